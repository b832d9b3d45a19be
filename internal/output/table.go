package output

import (
	"io"
	"sort"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/olekukonko/tablewriter/tw"
)

// Column is one column of a table.
type Column struct {
	Header string // upper case, printed as written
	Wrap   int    // the width at which long cells wrap on a terminal; 0: no limit
	// Paint, when set, colours a cell on a colour terminal; it is given the
	// cell already made printable, so the only escapes in a table are its
	// own.
	Paint func(cell string) string
}

// TableOptions says where a table goes.
type TableOptions struct {
	TTY   bool // a terminal: borders and wrapped cells; otherwise plain rows
	Color bool // Paint the columns that have it (on a terminal, or piped under --color always)
	Width int  // the terminal's width in columns: the table is fitted to it; 0 means unknown
}

// Table prints rows under the columns: bordered with wrapped cells on a
// terminal, tab-separated plain rows with no header otherwise. Every cell is
// made printable line by line (Line: a cell's own line breaks are kept, as
// lines of the cell), so what a source says can neither move the cursor
// nor throw the widths out; a plain row that would start a CI workflow
// command is defused (Defuse).
func Table(w io.Writer, cols []Column, rows [][]string, opt TableOptions) error {
	clean := make([][]string, len(rows))
	for i, r := range rows {
		clean[i] = make([]string, len(r))
		for j, c := range r {
			clean[i][j] = cellLines(c)
		}
	}
	painted := clean
	if opt.Color {
		painted = make([][]string, len(clean))
		for i, r := range clean {
			painted[i] = append([]string(nil), r...)
			for j := range r {
				if j < len(cols) && cols[j].Paint != nil {
					painted[i][j] = cols[j].Paint(r[j])
				}
			}
		}
	}
	if !opt.TTY {
		return writePlain(w, painted)
	}
	widths := make([]int, len(cols))
	for i, c := range cols {
		widths[i] = c.Wrap
	}
	if opt.Width > 0 {
		widths = fitWidths(cols, clean, opt.Width)
	}
	// tablewriter's own MaxWidth only applies when no column has a width
	// of its own, and it shares the width evenly; fitWidths shares it by
	// need, and a second pass trims what tablewriter's padding adds.
	out, err := renderTable(cols, painted, widths)
	if err != nil {
		return err
	}
	if over := tableWidth(out) - opt.Width; opt.Width > 0 && over > 0 {
		if shrink(cols, widths, over) {
			if out, err = renderTable(cols, painted, widths); err != nil {
				return err
			}
		}
	}
	_, err = io.WriteString(w, out)
	return err
}

// cellLines makes each line of a cell printable, on one line.
func cellLines(c string) string {
	if !strings.Contains(c, "\n") {
		return Line(c)
	}
	lines := strings.Split(c, "\n")
	for i, l := range lines {
		lines[i] = Line(l)
	}
	return strings.Join(lines, "\n")
}

func renderTable(cols []Column, rows [][]string, widths []int) (string, error) {
	var buf strings.Builder
	b := tablewriter.NewConfigBuilder().
		WithHeaderAutoFormat(tw.Off). // our headers are upper case already; keep "LINE:COL" as written
		WithRowAutoWrap(tw.WrapNormal)
	for i, wd := range widths {
		if wd > 0 {
			b = b.ForColumn(i).WithMaxWidth(wd).Build()
		}
	}
	t := tablewriter.NewTable(&buf, tablewriter.WithConfig(b.Build()))
	headers := make([]any, len(cols))
	for i, c := range cols {
		headers[i] = c.Header
	}
	t.Header(headers...)
	for _, r := range rows {
		cells := make([]any, len(r))
		for i, c := range r {
			cells[i] = c
		}
		if err := t.Append(cells...); err != nil {
			return "", err
		}
	}
	err := t.Render()
	return buf.String(), err
}

// tableWidth is the display width of a rendered table's first line.
func tableWidth(s string) int {
	line, _, _ := strings.Cut(s, "\n")
	return twwidth.Width(line)
}

// fitWidths shares a terminal's width among the columns: columns that do
// not wrap keep their natural width, and the rest is dealt out to the
// wrapping columns, the narrowest first, each taking what it needs up to
// an even share of what is left.
func fitWidths(cols []Column, rows [][]string, width int) []int {
	natural := make([]int, len(cols))
	for i, c := range cols {
		natural[i] = cellWidth(c.Header)
	}
	for _, r := range rows {
		for i := range cols {
			if i < len(r) {
				natural[i] = max(natural[i], cellWidth(r[i]))
			}
		}
	}
	// A column's width counts its padding, one space each side; the
	// borders take one more column each, and one at the end.
	left := width - len(cols) - 1
	var flex []int
	for i, c := range cols {
		if c.Wrap > 0 {
			flex = append(flex, i)
		} else {
			left -= natural[i] + 2
		}
	}
	sort.SliceStable(flex, func(a, b int) bool { return natural[flex[a]] < natural[flex[b]] })
	out := make([]int, len(cols))
	for k, i := range flex {
		share := max(left/(len(flex)-k), minWrap, cellWidth(cols[i].Header)+2)
		out[i] = min(natural[i]+2, share)
		left -= out[i]
	}
	return out
}

// minWrap is the narrowest a wrapping column gets, however small the terminal.
const minWrap = 8

// shrink takes over columns off the widest wrapping columns, one at a time;
// it reports whether it could take any.
func shrink(cols []Column, widths []int, over int) bool {
	took := false
	for ; over > 0; over-- {
		widest := -1
		for i, c := range cols {
			if c.Wrap > 0 && widths[i] > minWrap && (widest < 0 || widths[i] > widths[widest]) {
				widest = i
			}
		}
		if widest < 0 {
			break
		}
		widths[widest]--
		took = true
	}
	return took
}

// cellWidth is the display width of a cell's widest line.
func cellWidth(s string) int {
	n := 0
	for _, line := range strings.Split(s, "\n") {
		n = max(n, twwidth.Width(line))
	}
	return n
}

// writePlain prints one line a row, cells separated by tabs; the lines of a
// cell are joined by " | ", so that a row stays one line of tab-separated
// fields.
func writePlain(w io.Writer, rows [][]string) error {
	var b strings.Builder
	for _, r := range rows {
		line := make([]string, len(r))
		for i, c := range r {
			line[i] = strings.ReplaceAll(c, "\n", " | ")
		}
		b.WriteString(Defuse(strings.Join(line, "\t")))
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}
