package report

import (
	"sort"
	"strings"
)

// folding says which sections fit leaves out, in the order it gives them up:
// the agreed facts, the single-source facts, the evidence of the least
// serious conflicts, the timeline, the source inventory, the figures
// changed after publication, and last the least serious conflicts' table
// rows.
type folding struct {
	limit     int
	agreed    bool
	singles   bool
	details   int // conflicts that keep their evidence, most serious first
	timeline  bool
	inventory bool
	changed   bool
	rows      int // conflicts that keep their table row
}

// fit returns the report, folded as little as needed to stay within limit
// bytes (0: no limit).
func (p *parts) fit(limit int) (string, error) {
	f := folding{limit: limit, details: len(p.details), rows: len(p.rows)}
	out := p.assemble(f)
	if limit <= 0 || len(out) <= limit {
		return out, nil
	}
	fits := func(f folding) bool { return len(p.assemble(f)) <= limit }
	steps := []func(*folding){
		func(f *folding) { f.agreed = true },
		func(f *folding) { f.singles = true },
		nil, // evidence, one conflict at a time
		func(f *folding) { f.timeline = true },
		func(f *folding) { f.inventory = true },
		func(f *folding) { f.changed = true },
		nil, // table rows, one at a time
	}
	for i, step := range steps {
		switch i {
		case 2:
			// Keep the largest number of conflicts' evidence that fits; the
			// size grows with the number kept, so a binary search finds it.
			n := sort.Search(len(p.details)+1, func(k int) bool {
				g := f
				g.details = len(p.details) - k
				return fits(g)
			})
			if n <= len(p.details) {
				f.details = len(p.details) - n
				return p.assemble(f), nil
			}
			f.details = 0
		case len(steps) - 1:
			n := sort.Search(len(p.rows)+1, func(k int) bool {
				g := f
				g.rows = len(p.rows) - k
				return fits(g)
			})
			if n <= len(p.rows) {
				f.rows = len(p.rows) - n
				return p.assemble(f), nil
			}
			f.rows = 0
		default:
			step(&f)
			if fits(f) {
				return p.assemble(f), nil
			}
		}
	}
	return "", &LimitError{Limit: limit, Need: len(p.assemble(f))}
}

// assemble joins the sections, folded as f says, with a note saying what was
// left out.
func (p *parts) assemble(f folding) string {
	var b strings.Builder
	b.WriteString(p.head)
	if n := f.notice(p); n != "" {
		b.WriteString("\n> [!NOTE]\n> " + n + "\n")
	}
	b.WriteString("\n" + p.tableHead)
	if len(p.rows) == 0 {
		b.WriteString("The sources do not disagree on any fact claimdiff compared.\n")
	}
	for _, r := range p.rows[:f.rows] {
		b.WriteString(r)
	}
	if left := len(p.rows) - f.rows; left > 0 {
		b.WriteString("\n" + folded(plural(left, "less serious disagreement is", "less serious disagreements are"), f.limit) + "\n")
	}
	if len(p.details) > 0 {
		b.WriteString("\n### Evidence\n\n")
		for i, d := range p.details[:f.details] {
			if i > 0 {
				b.WriteString("\n")
			}
			b.WriteString(d)
		}
		if left := len(p.details) - f.details; left > 0 {
			if f.details > 0 {
				b.WriteString("\n")
			}
			b.WriteString(folded("The evidence for "+evidenceOf(left, len(p.details))+" is", f.limit) + "\n")
		}
	}
	section := func(text string, fold bool, heading, what string) {
		b.WriteString("\n")
		if !fold {
			b.WriteString(text)
			return
		}
		b.WriteString(heading + "\n\n" + folded(what, f.limit) + "\n")
	}
	if p.changed != "" {
		section(p.changed, f.changed, "## Changed after publication", "The "+plural(p.nChanged, "figure changed after publication is", "figures changed after publication are"))
	}
	section(p.timeline, f.timeline, "## Timeline", "The timeline of "+plural(p.nTimeline, "dated event is", "dated events is"))
	section(p.inventory, f.inventory, "## Sources", "The source inventory is")
	section(p.agreed, f.agreed, "## Agreed facts", "The "+plural(p.nAgreed, "agreed fact is", "agreed facts are"))
	section(p.singles, f.singles, "## Facts from one source", "The "+plural(p.nSingles, "fact given by one source is", "facts given by one source are"))
	b.WriteString("\n" + p.method)
	return b.String()
}

// folded is the line left where a section was folded.
func folded(what string, limit int) string {
	return "_" + what + " left out to keep this report under " + commas(limit) + " bytes (`--max-bytes`)._"
}

// evidenceOf names the disagreements whose evidence was left out: "the 3
// least serious disagreements", or "all 4 disagreements" when none is left.
func evidenceOf(left, total int) string {
	switch {
	case left == total && total == 1:
		return "the disagreement"
	case left == total:
		return "all " + plural(total, "disagreement", "disagreements")
	}
	return "the " + plural(left, "least serious disagreement", "least serious disagreements")
}

// notice sums up what was folded, for the top of the report.
func (f folding) notice(p *parts) string {
	var left []string
	if f.agreed && p.nAgreed > 0 {
		left = append(left, "the "+plural(p.nAgreed, "agreed fact", "agreed facts"))
	}
	if f.singles && p.nSingles > 0 {
		left = append(left, "the "+plural(p.nSingles, "fact", "facts")+" given by one source")
	}
	if n := len(p.details) - f.details; n > 0 {
		left = append(left, "the evidence for "+evidenceOf(n, len(p.details)))
	}
	if f.timeline && p.nTimeline > 0 {
		left = append(left, "the timeline")
	}
	if f.inventory {
		left = append(left, "the source inventory")
	}
	if f.changed && p.nChanged > 0 {
		left = append(left, "the "+plural(p.nChanged, "figure", "figures")+" changed after publication")
	}
	if n := len(p.rows) - f.rows; n > 0 {
		left = append(left, "the table rows of the "+plural(n, "least serious disagreement", "least serious disagreements"))
	}
	if len(left) == 0 {
		return ""
	}
	list := left[0]
	if len(left) > 1 {
		list = strings.Join(left[:len(left)-1], ", ") + " and " + left[len(left)-1]
	}
	return "This report was shortened to stay under " + commas(f.limit) + " bytes (`--max-bytes`): it leaves out " + list + "."
}
