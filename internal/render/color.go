package render

// palette colours text with ANSI escapes, or leaves it alone. It is ours
// rather than a library's so that output depends only on Options, never on
// the environment of the test or of the process.
type palette bool

const (
	ansiReset = "\x1b[0m"
	ansiBold  = "\x1b[1m"
	ansiDim   = "\x1b[2m"
	ansiRed   = "\x1b[31m"
	ansiGreen = "\x1b[32m"
	ansiCyan  = "\x1b[36m"
)

func (p palette) paint(code, s string) string {
	if !p || s == "" {
		return s
	}
	return code + s + ansiReset
}

func (p palette) red(s string) string   { return p.paint(ansiRed, s) }
func (p palette) green(s string) string { return p.paint(ansiGreen, s) }
func (p palette) bold(s string) string  { return p.paint(ansiBold, s) }
func (p palette) dim(s string) string   { return p.paint(ansiDim, s) }
func (p palette) cyan(s string) string  { return p.paint(ansiCyan, s) }

func newPalette(opt Options) palette { return palette(opt.Color) }
