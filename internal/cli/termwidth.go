package cli

import (
	"io"
	"os"
	"strconv"
)

// termWidth is the width in columns of the terminal w writes to: $COLUMNS
// when set, else what the terminal says, else 0 (unknown: tables are not
// fitted).
func termWidth(w io.Writer) int {
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	f, ok := w.(*os.File)
	if !ok {
		return 0
	}
	return fdWidth(f.Fd())
}

// outWidth is the width tables are fitted to: the terminal's, when Out is one.
func outWidth(io *IOStreams) int {
	if !io.OutTTY {
		return 0
	}
	return termWidth(io.Out)
}
