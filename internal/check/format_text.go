package check

import (
	"fmt"
	"io"
	"strconv"

	"github.com/claimdiff/claimdiff/internal/output"
)

// writeText writes one "path:line:col: rule: message" line per failing item
// and per stale baseline entry; editors and problem matchers read it.
func writeText(w io.Writer, r *Result) error {
	for _, it := range r.Failing() {
		if _, err := fmt.Fprintln(w, textLine(it.position(), it.Rule+": "+it.Message)); err != nil {
			return err
		}
	}
	for _, e := range r.Stale {
		at := r.BaselinePath
		if e.Line > 0 {
			at += ":" + strconv.Itoa(e.Line)
		}
		if _, err := fmt.Fprintln(w, textLine(at, staleMessage(e))); err != nil {
			return err
		}
	}
	return nil
}

// textLine is one line of the text format, "place: message", printable, and
// defused, since a file may be named like a CI workflow command.
func textLine(place, msg string) string {
	return output.Defuse(output.Line(place) + ": " + output.Line(msg))
}
