package cli

import (
	"io"
	"os"

	"github.com/mattn/go-isatty"
)

// IOStreams are the streams a command may write to and read from, and how
// to write to them. Commands never touch os.Stdout directly, so tests can
// capture everything.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	// OutTTY is true when Out is a terminal: tables get borders and colour.
	OutTTY bool
	// ErrTTY is true when ErrOut is a terminal: progress is drawn, and a
	// summary line is written there when Out is not a terminal.
	ErrTTY bool
	// NoColor is true when the environment asks for no colour: NO_COLOR
	// set to anything but the empty string, CLICOLOR=0, or TERM=dumb.
	NoColor bool
	// ForceColor is true when CLICOLOR_FORCE is set, not empty and not 0:
	// colour even when Out is not a terminal. NoColor wins over it.
	ForceColor bool
	// ColorMode is --color: "auto" (or "", the environment and the
	// terminal decide), "always" or "never". It wins over the environment.
	ColorMode string
	// Quiet is -q: no progress and no summary lines on ErrOut; errors and
	// warnings are still written.
	Quiet bool
}

// System returns the process's own streams, reading the colour variables
// of the environment.
func System() *IOStreams {
	return &IOStreams{
		In:         os.Stdin,
		Out:        os.Stdout,
		ErrOut:     os.Stderr,
		OutTTY:     isTerminal(os.Stdout),
		ErrTTY:     isTerminal(os.Stderr),
		NoColor:    noColorEnv(os.Getenv),
		ForceColor: forceColorEnv(os.Getenv),
	}
}

// noColorEnv reads the variables that turn colour off
// (https://no-color.org, https://bixense.com/clicolors).
func noColorEnv(getenv func(string) string) bool {
	return getenv("NO_COLOR") != "" || getenv("CLICOLOR") == "0" || getenv("TERM") == "dumb"
}

// forceColorEnv reads CLICOLOR_FORCE.
func forceColorEnv(getenv func(string) string) bool {
	v := getenv("CLICOLOR_FORCE")
	return v != "" && v != "0"
}

// Color modes of --color.
const (
	ColorAuto   = "auto"
	ColorAlways = "always"
	ColorNever  = "never"
)

// Color reports whether Out should get colour: --color always or never,
// else none when the environment says so (NoColor), else colour on a
// terminal or when forced (ForceColor).
func (s *IOStreams) Color() bool {
	switch s.ColorMode {
	case ColorAlways:
		return true
	case ColorNever:
		return false
	}
	if s.NoColor {
		return false
	}
	return s.OutTTY || s.ForceColor
}

// Progress reports whether progress may be drawn on ErrOut.
func (s *IOStreams) Progress() bool { return s.ErrTTY && !s.Quiet }

// SummaryToErr reports whether a command's summary line goes to ErrOut:
// when Out is piped to a file or a program and ErrOut is a terminal
// where someone reads it, unless -q.
func (s *IOStreams) SummaryToErr() bool { return !s.OutTTY && s.ErrTTY && !s.Quiet }

func isTerminal(f *os.File) bool {
	return isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
}
