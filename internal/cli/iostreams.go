package cli

import (
	"io"
	"os"

	"github.com/mattn/go-isatty"
)

// IOStreams are the streams a command may write to and read from. Commands
// never touch os.Stdout directly, so tests can capture everything.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	// OutTTY is true when Out is a terminal: tables get borders and colour.
	OutTTY bool
	// ErrTTY is true when ErrOut is a terminal: progress bars are drawn.
	ErrTTY bool
	// NoColor turns colour off even on a terminal (NO_COLOR is set).
	NoColor bool
}

// System returns the process's own streams.
func System() *IOStreams {
	_, noColor := os.LookupEnv("NO_COLOR")
	return &IOStreams{
		In:      os.Stdin,
		Out:     os.Stdout,
		ErrOut:  os.Stderr,
		OutTTY:  isTerminal(os.Stdout),
		ErrTTY:  isTerminal(os.Stderr),
		NoColor: noColor || os.Getenv("TERM") == "dumb",
	}
}

// Color reports whether Out should get colour.
func (s *IOStreams) Color() bool { return s.OutTTY && !s.NoColor }

func isTerminal(f *os.File) bool {
	return isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
}
