// Command gaps measures how long the engine runs between two of its clock
// readings or yields (the points where the Worker can pause and answer
// health):
//
//	go run ./scripts/worker/gaps PAGE.html...
//	GOOS=js GOARCH=wasm go run -exec="$(go env GOROOT)/lib/wasm/go_js_wasm_exec" ./scripts/worker/gaps PAGE.html...
//
// It prints, per page, three runs of: the whole analysis time, the number
// of readings, the longest gap between two of them (from the start to the
// first, and from the last to the end of the JSON, included) and the
// functions whose readings began and ended it, and the time the Analysis
// takes to encode as JSON (which the server does with pauses too,
// analysis.EncodeJSONYield; the pauses there count as readings).
package main

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/quotelens/quotelens/internal/analysis"
	"github.com/quotelens/quotelens/internal/jsontext"
)

func main() {
	for _, f := range os.Args[1:] {
		page, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		for run := 0; run < 3; run++ {
			var reads int
			var gap time.Duration
			from, where, prev := "start", "end", "start"
			last := time.Now()
			start := last
			tick := func() {
				t := time.Now()
				reads++
				here := caller()
				if d := t.Sub(last); d > gap {
					gap, from, where = d, prev, here
				}
				last, prev = t, here
			}
			opts := analysis.Options{MaxTime: time.Second, Now: func() time.Time { tick(); return time.Now() }, Yield: tick}
			a, err := analysis.HTML(page, opts)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			end := time.Now()
			// The server reads the clock once more and encodes the
			// Analysis with the same pauses (EncodeJSONYield).
			tick()
			var jw jsontext.Writer
			a.EncodeJSONYield(&jw, tick)
			encode := time.Since(end)
			if d := time.Since(last); d > gap {
				gap, from, where = d, prev, "end"
			}
			fmt.Printf("%-40s %7.1f KiB  total %7.1f ms  readings %5d  longest gap %6.1f ms (from %s to %s)  quotes %d truncated %q  JSON %.0f KiB in %.1f ms\n",
				f, float64(len(page))/1024, ms(end.Sub(start)), reads, ms(gap), from, where, len(a.Quotes), a.Truncated, float64(len(jw.Bytes()))/1024, ms(encode))
		}
	}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// caller names the engine function that read the clock or yielded: the
// first frame outside this command, the budget, the reader that yields and
// the analysis's callback to attribution (with its line in attribution).
func caller() string {
	pc := make([]uintptr, 12)
	n := runtime.Callers(3, pc)
	frames := runtime.CallersFrames(pc[:n])
	for {
		f, more := frames.Next()
		name := f.Function[strings.LastIndex(f.Function, "/")+1:]
		switch {
		case strings.HasPrefix(name, "attribution."):
			return fmt.Sprintf("%s:%d", name, f.Line)
		case strings.HasPrefix(name, "main."), strings.Contains(name, "budget"), strings.HasSuffix(name, ".pause"),
			strings.Contains(name, "Read"), strings.HasSuffix(name, "quotes.func1"):
		default:
			return name
		}
		if !more {
			return "?"
		}
	}
}
