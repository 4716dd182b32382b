package article

import (
	"bytes"
	"io"
)

// YieldBytes is how much page the HTML parser reads between two calls of
// ParseBytesYield's yield. Parsing is about two thirds of the work of
// finding an article; 4 KiB is the parser's own read size, and some 20 µs
// of parsing natively (about 0.1 ms in WebAssembly).
const YieldBytes = 4 << 10

// yieldNodes is how many nodes newPage flattens between two calls of
// yield: flattening a page costs about a tenth of parsing it, per node
// far less than per 4 KiB read.
const yieldNodes = 4096

// pause calls the page's yield, if it has one.
func (p *page) pause() {
	if p.yield != nil {
		p.yield()
	}
}

// yieldingReader reads data, calling yield (when not nil) each time
// YieldBytes more have been read. No read is longer than YieldBytes, so
// the parser works on at most twice that between two calls.
func yieldingReader(data []byte, yield func()) io.Reader {
	r := bytes.NewReader(data)
	if yield == nil {
		return r
	}
	return &yielder{r: r, yield: yield}
}

type yielder struct {
	r     *bytes.Reader
	yield func()
	read  int // bytes read since the last call of yield
}

func (y *yielder) Read(b []byte) (int, error) {
	if y.read >= YieldBytes {
		y.yield()
		y.read = 0
	}
	if len(b) > YieldBytes {
		b = b[:YieldBytes]
	}
	n, err := y.r.Read(b)
	y.read += n
	return n, err
}
