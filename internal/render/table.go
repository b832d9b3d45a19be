package render

import (
	"io"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"
)

// column is one column of a table: its header and, for long text, the width
// at which cells wrap (0: no limit).
type column struct {
	header string
	wrap   int
}

// writeTable prints rows under the columns: bordered with wrapped cells on a
// terminal, tab-separated plain rows with no header otherwise.
func writeTable(w io.Writer, opt Options, cols []column, rows [][]string) error {
	if !opt.TTY {
		return writePlain(w, rows)
	}
	b := tablewriter.NewConfigBuilder().
		WithHeaderAutoFormat(tw.Off). // our headers are upper case already; keep "LINE:COL" as written
		WithRowAutoWrap(tw.WrapNormal)
	// On a terminal of known width tablewriter shares the width among the
	// columns; otherwise long columns wrap at their own widths.
	if opt.Width > 0 {
		b = b.WithMaxWidth(opt.Width)
	} else {
		for i, c := range cols {
			if c.wrap > 0 {
				b = b.ForColumn(i).WithMaxWidth(c.wrap).Build()
			}
		}
	}
	t := tablewriter.NewTable(w, tablewriter.WithConfig(b.Build()))
	headers := make([]any, len(cols))
	for i, c := range cols {
		headers[i] = c.header
	}
	t.Header(headers...)
	for _, r := range rows {
		cells := make([]any, len(r))
		for i, c := range r {
			cells[i] = c
		}
		if err := t.Append(cells...); err != nil {
			return err
		}
	}
	return t.Render()
}

// writePlain prints one line a row, cells separated by tabs; tabs and line
// breaks inside a cell become spaces and " | " so that a row stays a line.
func writePlain(w io.Writer, rows [][]string) error {
	var b strings.Builder
	for _, r := range rows {
		for i, c := range r {
			if i > 0 {
				b.WriteByte('\t')
			}
			c = strings.ReplaceAll(c, "\n", " | ")
			b.WriteString(strings.ReplaceAll(c, "\t", " "))
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}
