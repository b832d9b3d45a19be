package report

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/internal/output"
	"github.com/claimdiff/claimdiff/internal/worddiff"
	"github.com/claimdiff/claimdiff/sources"
)

// Input is what a report is made of.
type Input struct {
	Docs     []*sources.Document // the sources, in any order
	Claims   []claims.Claim      // every claim extracted from them
	Findings []compare.Finding   // what compare.Compare made of the claims
}

// Options change what the report says and how long it may be.
type Options struct {
	Title     string            // the report's title; "" gives DefaultTitle
	Tolerance mention.Tolerance // the tolerance the findings were compared with, for the method note
	MaxBytes  int               // fold the least serious sections until the report fits; 0 means no limit
	Date      string            // printed under the title when set; the report carries no timestamp otherwise
}

// DefaultTitle is the title of a report when Options.Title is empty.
const DefaultTitle = "Where the sources agree and disagree"

// LimitError says the report does not fit MaxBytes even with every section
// folded that can be.
type LimitError struct {
	Limit int // Options.MaxBytes
	Need  int // the size of the most folded report
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("the report needs at least %d bytes even with every section folded; --max-bytes is %d", e.Need, e.Limit)
}

// Write renders the report to w. The output depends only on the input and
// the options: findings and sources are sorted, and no clock is read.
func Write(w io.Writer, in Input, opt Options) error {
	p := build(in, opt)
	out, err := p.fit(opt.MaxBytes)
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, out)
	return err
}

// parts are the report's sections, rendered once; fit chooses which of them
// to fold.
type parts struct {
	head      string   // title, date, summary, alert
	tableHead string   // the disagreements heading and table header
	rows      []string // one table row per conflict, most serious first
	details   []string // one <details> section per conflict, most serious first
	changed   string   // figures their sources revised; "" when none was
	timeline  string
	inventory string
	agreed    string
	singles   string
	method    string

	nAgreed, nSingles, nTimeline, nChanged int
}

func build(in Input, opt Options) *parts {
	conflicts, agreed, singles := split(in.Findings)
	docs := sortedDocs(in)
	urls := map[string]string{}
	for _, d := range docs {
		if u := output.URL(d.URL); u != "" {
			urls[d.ID] = u
		}
	}
	p := &parts{nAgreed: len(agreed), nSingles: len(singles)}
	p.head = head(in, docs, conflicts, agreed, singles, opt)
	p.tableHead = "## Disagreements\n\n"
	if len(conflicts) > 0 {
		p.tableHead += "| # | Fact | Majority | Other values | Spread |\n| ---: | --- | --- | --- | --- |\n"
	}
	for i, f := range conflicts {
		p.rows = append(p.rows, row(i+1, f))
		p.details = append(p.details, details(i+1, f, urls))
	}
	p.changed, p.nChanged = changedSection(in.Findings, urls)
	p.timeline, p.nTimeline = timeline(in.Findings)
	p.inventory = inventory(in, docs, urls)
	p.agreed = agreedList(agreed)
	p.singles = singleList(singles)
	p.method = method(opt)
	return p
}

// sortedDocs returns the documents by id, adding a bare entry for any source
// that has claims but no document (a store may hold claims alone).
func sortedDocs(in Input) []*sources.Document {
	seen := map[string]bool{}
	var docs []*sources.Document
	for _, d := range in.Docs {
		if !seen[d.ID] {
			seen[d.ID] = true
			docs = append(docs, d)
		}
	}
	for _, c := range in.Claims {
		if !seen[c.Source] {
			seen[c.Source] = true
			docs = append(docs, &sources.Document{ID: c.Source, Path: c.Path})
		}
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
	return docs
}

func head(in Input, docs []*sources.Document, conflicts, agreed, singles []compare.Finding, opt Options) string {
	var b strings.Builder
	title := opt.Title
	if strings.TrimSpace(title) == "" {
		title = DefaultTitle
	}
	b.WriteString("# " + output.Markdown(title) + "\n\n")
	if opt.Date != "" {
		b.WriteString("Report date: " + output.Markdown(opt.Date) + "\n\n")
	}
	facts := len(conflicts) + len(agreed) + len(singles)
	fmt.Fprintf(&b, "Compared **%d** %s making **%d** %s about **%d** %s: **%d** in conflict, **%d** agreed on by several sources, **%d** given by one source only.",
		len(docs), pick(len(docs), "source", "sources"), len(in.Claims), pick(len(in.Claims), "claim", "claims"),
		facts, pick(facts, "fact", "facts"), len(conflicts), len(agreed), len(singles))
	b.WriteString(" " + dateRange(docs) + "\n")
	if len(conflicts) > 0 {
		f := conflicts[0]
		fmt.Fprintf(&b, "\n> [!WARNING]\n> The sources disagree on %s; the most serious: %s, %s.\n",
			plural(len(conflicts), "fact", "facts"), output.Markdown(label(f)), output.Markdown(versus(f)))
	}
	return b.String()
}

// dateRange says when the sources were published.
func dateRange(docs []*sources.Document) string {
	var dates []time.Time
	for _, d := range docs {
		if !d.Published.IsZero() {
			dates = append(dates, d.Published)
		}
	}
	undated := len(docs) - len(dates)
	if len(dates) == 0 {
		return "The sources give no publication dates."
	}
	sort.Slice(dates, func(i, j int) bool { return dates[i].Before(dates[j]) })
	first, last := day(dates[0]), day(dates[len(dates)-1])
	s := "The sources were published between " + first + " and " + last
	if first == last {
		s = "The sources were published on " + first
	}
	if undated > 0 {
		s += " (" + plural(undated, "source gives", "sources give") + " no date)"
	}
	return s + "."
}

func day(t time.Time) string { return t.Format("2006-01-02") }

func pick(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// versus is "38 vs 39": the sides' values, most supported first.
func versus(f compare.Finding) string {
	var vs []string
	for _, s := range f.Sides {
		vs = append(vs, s.Value.String())
	}
	return strings.Join(vs, " vs ")
}

// side prints one side of a finding for a table cell: "**38** (a, b, c)".
func side(s compare.Side, bold bool) string {
	v := output.Markdown(s.Value.String())
	if bold {
		v = "**" + v + "**"
	}
	return v + " (" + output.Markdown(strings.Join(s.Sources, ", ")) + ")"
}

func row(n int, f compare.Finding) string {
	maj := majority(f)
	var majority string
	var others []string
	for i, s := range f.Sides {
		if i == maj {
			majority = side(s, true)
			continue
		}
		others = append(others, side(s, false))
	}
	if maj < 0 {
		majority = "none (" + plural(len(f.Sides), "side", "sides") + " tie)"
	}
	return fmt.Sprintf("| %d | %s | %s | %s | %s |\n", n, output.Markdown(label(f)), majority, strings.Join(others, "; "), output.Markdown(spread(f)))
}

// maxQuotes is how many sentences a side of a conflict quotes; a fact that
// hundreds of sources give stays readable, and the rest are counted.
const maxQuotes = 10

// details is the evidence for one conflict: every source's sentence, its
// place, and a word diff between the majority's phrasing and each other's.
func details(n int, f compare.Finding, urls map[string]string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<details>\n<summary>%d. %s: %s</summary>\n\n", n, output.HTML(label(f)), output.HTML(versus(f)))
	maj := majority(f)
	if f.Evolving {
		b.WriteString("A rising total: the values rise with the sources' publication dates, " + updates(f) + ", so a later figure likely updates an earlier one.\n\n")
	}
	for i, s := range f.Sides {
		role := ""
		switch {
		case i == maj:
			role = "majority, "
		case maj >= 0:
			role = "outlier, "
		}
		fmt.Fprintf(&b, "**%s**: %s%s\n\n", output.Markdown(s.Value.String()), role, plural(len(s.Sources), "source", "sources"))
		seen := map[string]bool{}
		shown, more := 0, 0
		for _, c := range s.Claims {
			key := c.Source + "\x00" + c.Sentence
			if seen[key] {
				continue
			}
			seen[key] = true
			if shown == maxQuotes {
				more++
				continue
			}
			shown++
			b.WriteString("- " + output.Markdown(c.Source) + ", " + place(c))
			if u := urls[c.Source]; u != "" {
				b.WriteString(" ([article](" + u + "))")
			}
			if v := c.Value.String(); v != s.Value.String() {
				b.WriteString(": " + output.Markdown(v))
			}
			b.WriteString("\n  > " + quote(c) + "\n")
		}
		if more > 0 {
			b.WriteString("- and " + plural(more, "more sentence", "more sentences") + "\n")
		}
		b.WriteString("\n")
	}
	for i, s := range f.Sides[1:] {
		x, y, cs := closest(f.Sides[0], s)
		if cs == nil {
			continue
		}
		fmt.Fprintf(&b, "Word diff, %s (%s) → %s (%s); ~~struck~~ words are only in the first, **bold** only in the second:\n\n",
			output.Markdown(x.Source), output.Markdown(f.Sides[0].Value.String()), output.Markdown(y.Source), output.Markdown(f.Sides[i+1].Value.String()))
		b.WriteString("> " + output.MarkdownDiff(cs) + "\n\n")
	}
	b.WriteString("</details>\n")
	return b.String()
}

// place is "path:line" of a claim, escaped.
func place(c claims.Claim) string {
	p := c.Path
	if p == "" {
		p = c.Source
	}
	if c.Line > 0 {
		p += ":" + strconv.Itoa(c.Line)
	}
	return output.Markdown(p)
}

// closest picks the two phrasings, one from each side, that share the most
// words, so the diff shows what differs rather than two unrelated sentences;
// it returns nil chunks when every pair reads the same. A phrasing is the
// claim with a few words either side (the whole sentence is quoted above);
// only the first maxPairs claims of each side are tried.
func closest(a, b compare.Side) (x, y claims.Claim, best []worddiff.Chunk) {
	const maxPairs = 12
	most := -1
	for _, ca := range a.Claims[:min(len(a.Claims), maxPairs)] {
		for _, cb := range b.Claims[:min(len(b.Claims), maxPairs)] {
			sa, sb := window(ca, diffWords), window(cb, diffWords)
			if sa == sb {
				continue
			}
			cs := worddiff.Exact(sa, sb)
			same := 0
			for _, c := range cs {
				if c.Op == worddiff.Equal {
					same += len(c.Words)
				}
			}
			if same > most {
				most, x, y, best = same, ca, cb, cs
			}
		}
	}
	return x, y, best
}

// diffWords is how many words either side of a claim its phrasing keeps.
const diffWords = 8

// window is the claim's text with up to n words of its sentence either side,
// "…" marking where the sentence goes on; the whole sentence when the claim's
// text is not found in it.
func window(c claims.Claim, n int) string {
	s, t := sentence(c), output.Line(c.Text)
	i := strings.Index(s, t)
	if t == "" || i < 0 {
		return s
	}
	// Widen to whole words: "$5bn" in "US$5bn" keeps "US$5bn".
	j := i + len(t)
	for i > 0 && s[i-1] != ' ' {
		i--
	}
	for j < len(s) && s[j] != ' ' {
		j++
	}
	before, after := strings.Fields(s[:i]), strings.Fields(s[j:])
	words := []string{s[i:j]}
	if len(before) > n {
		before = append([]string{"…"}, before[len(before)-n:]...)
	}
	if len(after) > n {
		after = append(after[:n:n], "…")
	}
	words = append(append(before, words...), after...)
	return strings.Join(words, " ")
}

// sentence is the claim's sentence, or its own text when it has none.
func sentence(c claims.Claim) string {
	if s := output.Line(c.Sentence); s != "" {
		return s
	}
	return output.Line(c.Text)
}

// quote is the claim's sentence, escaped, cut around the claim when it is
// long, with the claim's own words in bold where emphasis can open and
// close there.
func quote(c claims.Claim) string {
	return output.MarkdownEmphasis(output.Excerpt(c.Sentence, c.Text, output.MaxQuote), c.Text)
}

// timeline is a table of the dated facts, in date order; dates without a
// year come last.
func timeline(fs []compare.Finding) (string, int) {
	var dated []compare.Finding
	for _, f := range fs {
		if f.Kind == mention.KindDate && len(f.Sides) > 0 && f.Sides[0].Value.Date != nil {
			dated = append(dated, f)
		}
	}
	key := func(f compare.Finding) (bool, float64) {
		d := f.Sides[0].Value.Date
		return d.Year == 0, d.Mid()
	}
	sort.SliceStable(dated, func(i, j int) bool {
		ui, mi := key(dated[i])
		uj, mj := key(dated[j])
		if ui != uj {
			return !ui
		}
		if mi != mj {
			return mi < mj
		}
		return less(dated[i], dated[j])
	})
	var b strings.Builder
	b.WriteString("## Timeline\n\n")
	if len(dated) == 0 {
		b.WriteString("The sources report no dated events that claimdiff compared.\n")
		return b.String(), 0
	}
	b.WriteString("| Date | Event | Sources | Agreement |\n| --- | --- | --- | --- |\n")
	for _, f := range dated {
		var status string
		switch f.Status {
		case compare.Conflict:
			var others []string
			for _, s := range f.Sides[1:] {
				others = append(others, side(s, false))
			}
			status = "**conflict**: also " + strings.Join(others, "; ")
		case compare.Agree:
			status = "agree"
		default:
			status = "one source"
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", output.Markdown(f.Sides[0].Value.String()), output.Markdown(label(f)),
			output.Markdown(strings.Join(f.Sides[0].Sources, ", ")), status)
	}
	return b.String(), len(dated)
}

// inventory is a table of the sources: what each is, how many claims it
// makes, and how many of them other sources confirm or contradict.
func inventory(in Input, docs []*sources.Document, urls map[string]string) string {
	count, confirmed, contradicted := map[string]int{}, map[string]int{}, map[string]int{}
	for _, c := range in.Claims {
		count[c.Source]++
	}
	for _, f := range in.Findings {
		for i, s := range f.Sides {
			for _, c := range s.Claims {
				if others(s.Sources, c.Source) {
					confirmed[c.Source]++
				}
				if f.Status != compare.Conflict {
					continue
				}
				for k, o := range f.Sides {
					if k != i && others(o.Sources, c.Source) {
						contradicted[c.Source]++
						break
					}
				}
			}
		}
	}
	var b strings.Builder
	b.WriteString("## Sources\n\n")
	if len(docs) == 0 {
		b.WriteString("No sources were read.\n")
		return b.String()
	}
	b.WriteString("| Source | Title | Outlet | Published | Claims | Confirmed | Contradicted |\n| --- | --- | --- | --- | ---: | ---: | ---: |\n")
	for _, d := range docs {
		id := output.Markdown(d.ID)
		if u := urls[d.ID]; u != "" {
			id = "[" + id + "](" + u + ")"
		}
		pub := "—"
		if !d.Published.IsZero() {
			pub = day(d.Published)
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %d | %d | %d |\n", id, orDash(output.Clip(d.Title, output.MaxTitle)), orDash(output.Clip(d.Outlet, output.MaxTitle)), pub,
			count[d.ID], confirmed[d.ID], contradicted[d.ID])
	}
	b.WriteString("\nConfirmed: claims that another source backs with a compatible value. Contradicted: claims that another source gives an incompatible value for.\n")
	return b.String()
}

// others reports whether a list of sources holds one other than id.
func others(list []string, id string) bool {
	for _, s := range list {
		if s != id {
			return true
		}
	}
	return false
}

func orDash(s string) string {
	if t := output.Markdown(s); t != "" {
		return t
	}
	return "—"
}

// agreedList lists the facts several sources agree on, one line each.
func agreedList(fs []compare.Finding) string {
	var b strings.Builder
	b.WriteString("## Agreed facts\n\n")
	if len(fs) == 0 {
		b.WriteString("No fact is given alike by several sources.\n")
		return b.String()
	}
	for _, f := range fs {
		fmt.Fprintf(&b, "- %s: **%s**%s — %s\n", output.Markdown(label(f)), output.Markdown(f.Sides[0].Value.String()), alsoGiven(f), output.Markdown(strings.Join(f.Sources, ", ")))
	}
	return b.String()
}

// updates lists a running total's values from the earliest to the latest:
// "31,643 (relief-bulletin) → **50,783** (spring-review)".
func updates(f compare.Finding) string {
	sides := append([]compare.Side(nil), f.Sides...)
	sort.SliceStable(sides, func(i, j int) bool { return sides[i].Value.Number < sides[j].Value.Number })
	var parts []string
	for i, s := range sides {
		parts = append(parts, side(s, i == len(sides)-1))
	}
	return strings.Join(parts, " → ")
}

// alsoGiven lists the other ways a finding's value was given: " (also given
// as December 2024, late 2024)".
func alsoGiven(f compare.Finding) string {
	shown := f.Sides[0].Value.String()
	seen := map[string]bool{shown: true}
	var more []string
	for _, c := range f.Claims() {
		if v := c.Value.String(); !seen[v] {
			seen[v] = true
			more = append(more, v)
		}
	}
	if len(more) == 0 {
		return ""
	}
	sort.Strings(more)
	return " (also given as " + output.Markdown(strings.Join(more, ", ")) + ")"
}

// singleList lists the facts one source alone gives.
func singleList(fs []compare.Finding) string {
	var b strings.Builder
	b.WriteString("## Facts from one source\n\n")
	if len(fs) == 0 {
		b.WriteString("Every fact compared is given by more than one source.\n")
		return b.String()
	}
	for _, f := range fs {
		where := ""
		if cs := f.Claims(); len(cs) > 0 {
			where = " (" + place(cs[0]) + ")"
		}
		fmt.Fprintf(&b, "- %s: %s — %s%s\n", output.Markdown(label(f)), output.Markdown(sideValues(f)), output.Markdown(strings.Join(f.Sources, ", ")), where)
	}
	return b.String()
}

func sideValues(f compare.Finding) string {
	var vs []string
	for _, s := range f.Sides {
		vs = append(vs, s.Value.String())
	}
	return strings.Join(vs, ", ")
}

func method(opt Options) string {
	tol := opt.Tolerance
	return "## Method\n\n" +
		"claimdiff found the figures and dates in each source (counts of people and things, amounts of money, " +
		"percentages, dates), grouped the claims that speak of the same fact, and compared their values as intervals. " +
		"Two claims agree when their intervals can overlap: hedged figures (\"about\", \"nearly\", \"an estimated\") are " +
		"widened by " + percent(tol.Approx) + ", exact figures by " + percent(tol.Exact) + "; a date agrees with a more " +
		"precise date inside it (December 2024 and 25 December 2024). Disagreements are listed most serious first.\n\n" +
		"Not covered: claims without a figure or a date (names, places, causes, who said what), figures the " +
		"extractor did not recognise, and which source is right: the majority is not the truth, and an outlier may " +
		"be a correction.\n"
}

// commas prints an integer with thousands separators: 1,048,576.
func commas(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}
