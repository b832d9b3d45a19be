package check

import (
	"fmt"
	"io"
	"strconv"
)

// writeText writes one "path:line:col: rule: message" line per failing item
// and per stale baseline entry; editors and problem matchers read it.
func writeText(w io.Writer, r *Result) error {
	for _, it := range r.Failing() {
		if _, err := fmt.Fprintf(w, "%s: %s: %s\n", it.position(), it.Rule, oneLine(it.Message)); err != nil {
			return err
		}
	}
	for _, e := range r.Stale {
		at := r.BaselinePath
		if e.Line > 0 {
			at += ":" + strconv.Itoa(e.Line)
		}
		if _, err := fmt.Fprintf(w, "%s: %s\n", at, oneLine(staleMessage(e))); err != nil {
			return err
		}
	}
	return nil
}

// oneLine folds line breaks, so that one message stays one line.
func oneLine(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c == '\n' || c == '\r' {
			b[i] = ' '
		}
	}
	return string(b)
}
