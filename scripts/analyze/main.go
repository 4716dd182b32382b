// Command analyze prints the Analysis of pages: who said what.
//
//	go run ./scripts/analyze [-format json|table] [-out DIR] FILE... | -
//
// A FILE ending in .txt is read as plain text (a paragraph a line); any other
// as HTML. "-" reads standard input (HTML unless -text). With -out, each
// FILE's Analysis is written to DIR/NAME.json, where NAME is the file name
// without its extension, or its folder's name when the file is source.html
// or article.html (as in a folder of saved pages).
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/quotelens/quotelens/internal/analysis"
)

func main() {
	format := flag.String("format", "json", "output format: json or table")
	out := flag.String("out", "", "write one DIR/NAME.json per input file instead of printing")
	text := flag.Bool("text", false, "read standard input as plain text")
	url := flag.String("url", "", "the page's address, copied into the Analysis")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: analyze [-format json|table] [-out DIR] FILE... | -\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	if *format != "json" && *format != "table" {
		fmt.Fprintf(os.Stderr, "analyze: unknown format %q\n", *format)
		os.Exit(2)
	}
	if *out != "" {
		if err := os.MkdirAll(*out, 0o755); err != nil {
			fmt.Fprintln(os.Stderr, "analyze:", err)
			os.Exit(1)
		}
	}
	failed := false
	for _, name := range flag.Args() {
		a, err := analyzeFile(name, *text, analysis.Options{URL: *url})
		if err != nil {
			fmt.Fprintf(os.Stderr, "analyze: %s: %v\n", name, err)
			failed = true
			continue
		}
		if err := write(a, name, *out, *format); err != nil {
			fmt.Fprintf(os.Stderr, "analyze: %s: %v\n", name, err)
			failed = true
		}
	}
	if failed {
		os.Exit(1)
	}
}

func analyzeFile(name string, text bool, opts analysis.Options) (*analysis.Analysis, error) {
	var data []byte
	var err error
	if name == "-" {
		data, err = io.ReadAll(os.Stdin)
	} else {
		data, err = os.ReadFile(name)
		text = strings.HasSuffix(strings.ToLower(name), ".txt")
	}
	if err != nil {
		return nil, err
	}
	if text {
		return analysis.Text(string(data), opts), nil
	}
	return analysis.HTML(data, opts)
}

// outName names a file's result: source.html and article.html take their
// folder's name.
func outName(name string) string {
	base := filepath.Base(name)
	stem := strings.TrimSuffix(base, filepath.Ext(base))
	if stem == "source" || stem == "article" || stem == "index" {
		if d := filepath.Base(filepath.Dir(name)); d != "." && d != "/" {
			return d
		}
	}
	if name == "-" {
		return "stdin"
	}
	return stem
}

func write(a *analysis.Analysis, name, out, format string) error {
	w := io.Writer(os.Stdout)
	if out != "" {
		ext := ".json"
		if format == "table" {
			ext = ".txt"
		}
		f, err := os.Create(filepath.Join(out, outName(name)+ext))
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	if format == "table" {
		return table(w, a)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(a); err != nil {
		return errors.New("encode: " + err.Error())
	}
	return nil
}

// table prints speakers with their quotes and cues, for people.
func table(w io.Writer, a *analysis.Analysis) error {
	fmt.Fprintf(w, "%s\n", a.Title)
	fmt.Fprintf(w, "language %s · %d quotes · %d speakers · %d disputes\n", a.Language, len(a.Quotes), len(a.Speakers), len(a.Disputes))
	if a.Truncated != "" {
		fmt.Fprintf(w, "stopped early: the %s limit (internal/analysis/limits.go)\n", a.Truncated)
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SPEAKER\tKIND\tCUE\tCONF\tQUOTE")
	byID := map[string]analysis.Speaker{}
	for _, s := range a.Speakers {
		byID[s.ID] = s
	}
	order := append([]analysis.Speaker{}, a.Speakers...)
	order = append(order, analysis.Speaker{ID: "", Name: "(no speaker)"})
	for _, s := range order {
		first := true
		for _, q := range a.Quotes {
			id := ""
			if q.Speaker != nil {
				id = *q.Speaker
			}
			if id != s.ID {
				continue
			}
			name := ""
			if first {
				name = s.Name
				if s.Role != "" {
					name += " (" + clip(s.Role, 40) + ")"
				}
				first = false
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%.2f\t%s\n", name, q.Kind, q.Cue, q.Confidence, clip(q.Text, 90))
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, d := range a.Disputes {
		fmt.Fprintf(w, "\nDISPUTE (%s): %q\n  vs %q\n", d.Cue, clip(d.Claim.Text, 100), clip(d.Dispute.Text, 100))
	}
	return nil
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
