// Package server is the HTTP face of the engine: the one handler that the
// browser extension's background and the Cloudflare Worker both serve.
package server

import (
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"

	"github.com/quotelens/quotelens/internal/analysis"
)

// MaxBodyBytes is the largest request body the handler reads: 5 MiB.
const MaxBodyBytes = 5 << 20

// New returns the handler:
//
//	GET  /v1/health   {"status":"ok","engine":VERSION}
//	POST /v1/analyze  text/html, text/plain, or application/json
//	                  {"html":…,"url":…} | {"text":…} → the Analysis
func New() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/v1/health", health)
	mux.HandleFunc("/v1/analyze", analyze)
	return mux
}

func health(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok", "engine": analysis.Version})
}

// request is the JSON form of an analyze request.
type request struct {
	HTML string `json:"html"`
	Text string `json:"text"`
	URL  string `json:"url"`
}

func analyze(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		writeError(w, http.StatusMethodNotAllowed, "use POST")
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBodyBytes))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge, "body over 5 MiB")
			return
		}
		writeError(w, http.StatusBadRequest, "read body: "+err.Error())
		return
	}
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	opts := analysis.Options{URL: r.URL.Query().Get("url")}
	var a *analysis.Analysis
	switch ct {
	case "text/html", "application/xhtml+xml":
		a, err = analysis.HTML(body, opts)
	case "text/plain":
		a = analysis.Text(string(body), opts)
	case "application/json":
		var req request
		if err := json.Unmarshal(body, &req); err != nil {
			writeError(w, http.StatusBadRequest, "malformed JSON: "+err.Error())
			return
		}
		if req.URL != "" {
			opts.URL = req.URL
		}
		switch {
		case req.HTML != "":
			a, err = analysis.HTML([]byte(req.HTML), opts)
		case req.Text != "":
			a = analysis.Text(req.Text, opts)
		default:
			writeError(w, http.StatusBadRequest, `JSON needs "html" or "text"`)
			return
		}
	default:
		writeError(w, http.StatusUnsupportedMediaType, "send text/html, text/plain or application/json")
		return
	}
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, a)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]any{"error": map[string]any{"status": status, "message": msg}})
}
