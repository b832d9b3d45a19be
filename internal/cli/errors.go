package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/internal/output"
	"github.com/claimdiff/claimdiff/sources"
)

// ExitError carries an exit code up to Run; its message, if any, has been
// printed already or is printed by Run.
type exitError struct {
	code int
	err  error // nil when the command printed everything itself
}

func (e *exitError) Error() string {
	if e.err == nil {
		return ""
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

// withCode wraps err (which may be nil) with an exit code.
func withCode(code int, err error) error { return &exitError{code: code, err: err} }

// usageError marks errors in the command line: flags, arguments.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

// errFindings is returned by check when it found what --fail-on names; it is
// not printed as an error.
var errFindings = errors.New("findings")

// printError writes err to w as "claimdiff: message", made printable: a
// file name or a message quoting an input cannot move the cursor, and a
// message of several lines (git's own, say) gets the prefix on each line,
// so that none of them can start a CI workflow command. The error of one
// file is one line whatever its name holds (a line break shows as ^J).
func printError(w io.Writer, err error) {
	var fe *sources.FileError
	if errors.As(err, &fe) && err.Error() == fe.Error() {
		fmt.Fprintln(w, "claimdiff: "+output.Printable(fe.Error()))
		return
	}
	for _, line := range strings.Split(strings.TrimRight(err.Error(), "\n"), "\n") {
		fmt.Fprintln(w, "claimdiff: "+output.Line(line))
	}
}

// printNote writes a line of news to w (a summary, where a file went),
// printable and defused: it may hold a path.
func printNote(w io.Writer, format string, args ...any) {
	fmt.Fprintln(w, output.Defuse(output.Printable(fmt.Sprintf(format, args...))))
}
