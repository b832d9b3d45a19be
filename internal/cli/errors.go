package cli

import "errors"

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
