package render

import (
	"io"
	"sort"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
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
	widths := make([]int, len(cols))
	for i, c := range cols {
		widths[i] = c.wrap
	}
	if opt.Width > 0 {
		widths = fitWidths(cols, rows, opt.Width)
	}
	// tablewriter's own MaxWidth only applies when no column has a width
	// of its own, and it shares the width evenly; fitWidths shares it by
	// need, and a second pass trims what tablewriter's padding adds.
	out, err := renderTable(cols, rows, widths)
	if err != nil {
		return err
	}
	if over := tableWidth(out) - opt.Width; opt.Width > 0 && over > 0 {
		if shrink(cols, widths, over) {
			if out, err = renderTable(cols, rows, widths); err != nil {
				return err
			}
		}
	}
	_, err = io.WriteString(w, out)
	return err
}

func renderTable(cols []column, rows [][]string, widths []int) (string, error) {
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
		headers[i] = c.header
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
func fitWidths(cols []column, rows [][]string, width int) []int {
	natural := make([]int, len(cols))
	for i, c := range cols {
		natural[i] = cellWidth(c.header)
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
		if c.wrap > 0 {
			flex = append(flex, i)
		} else {
			left -= natural[i] + 2
		}
	}
	sort.SliceStable(flex, func(a, b int) bool { return natural[flex[a]] < natural[flex[b]] })
	out := make([]int, len(cols))
	for k, i := range flex {
		share := max(left/(len(flex)-k), minWrap, cellWidth(cols[i].header)+2)
		out[i] = min(natural[i]+2, share)
		left -= out[i]
	}
	return out
}

// minWrap is the narrowest a wrapping column gets, however small the terminal.
const minWrap = 8

// shrink takes over columns off the widest wrapping columns, one at a time;
// it reports whether it could take any.
func shrink(cols []column, widths []int, over int) bool {
	took := false
	for ; over > 0; over-- {
		widest := -1
		for i, c := range cols {
			if c.wrap > 0 && widths[i] > minWrap && (widest < 0 || widths[i] > widths[widest]) {
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
// cell are joined by " | " and white space inside them is folded to single
// spaces, so that a row stays one line of tab-separated fields.
func writePlain(w io.Writer, rows [][]string) error {
	var b strings.Builder
	for _, r := range rows {
		for i, c := range r {
			if i > 0 {
				b.WriteByte('\t')
			}
			lines := strings.Split(c, "\n")
			for j, l := range lines {
				lines[j] = oneLine(l)
			}
			b.WriteString(strings.Join(lines, " | "))
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}
