package render

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/internal/history"
	"github.com/claimdiff/claimdiff/internal/output"
	"github.com/claimdiff/claimdiff/internal/worddiff"
)

// evidence is what --explain shows of one conflict: each side's quotes and
// the word diff of the two closest sentences on opposite sides.
type evidence struct {
	finding compare.Finding
	sides   []sideEvidence
	closest *closestPair // nil when no two sentences differ
}

type sideEvidence struct {
	side   compare.Side
	quotes []quote
}

// quote is one claim as evidence: where it is and the sentence holding it.
type quote struct {
	source   string // the source's id
	where    string // path:line
	sentence string // on one line, cut around the claim (output.Excerpt); the claim's text when the sentence is unknown
	text     string // the claim's text, to highlight inside the sentence
	note     string // "superseded", "target"
}

type closestPair struct {
	a, b  quote
	diffs []worddiff.Chunk
	dist  int     // edit distance in words
	rel   float64 // dist over the longer sentence's words: 0 same, 1 nothing shared
}

// maxQuotes is how many sentences of a side --explain prints: enough to
// see the evidence, not a page per source when thousands agree.
const maxQuotes = 10

func shownQuotes(q []quote) (shown []quote, more int) {
	if len(q) > maxQuotes {
		return q[:maxQuotes], len(q) - maxQuotes
	}
	return q, 0
}

// maxSentences bounds the sentences of a side that are tried for the
// closest pair, so that a fact that 10,000 sources give stays cheap.
const maxSentences = 16

func newEvidence(f compare.Finding) evidence {
	ev := evidence{finding: f}
	for _, s := range f.Sides {
		se := sideEvidence{side: s}
		seen := map[string]bool{}
		for _, c := range sortClaims(s.Claims) {
			q := newQuote(c)
			key := q.where + "\x00" + q.sentence
			if seen[key] {
				continue
			}
			seen[key] = true
			se.quotes = append(se.quotes, q)
		}
		ev.sides = append(ev.sides, se)
	}
	ev.closest = closest(ev.sides)
	return ev
}

func newQuote(c claims.Claim) quote {
	q := quote{source: c.Source, where: oneLine(c.Path) + ":" + strconv.Itoa(c.Line),
		sentence: output.Excerpt(c.Sentence, c.Text, output.MaxQuote), text: oneLine(c.Text)}
	if c.Path == "" {
		q.where = oneLine(c.Source) + ":" + strconv.Itoa(c.Line)
	}
	switch {
	case c.Earlier != "":
		q.note = earlierNote(c)
	case c.Superseded:
		q.note = "superseded"
	case c.Target:
		q.note = "target"
	case c.Resolved != "":
		q.note = "date " + c.Resolved
	}
	return q
}

// closest finds the two sentences on different sides with the smallest word
// edit distance relative to their length: raw distance would favour two
// short sentences that share nothing over two long ones that differ in a
// figure. Pairs of equal sentences are skipped, since their diff shows
// nothing. Ties go to the smaller raw distance, then the earlier pair.
func closest(sides []sideEvidence) *closestPair {
	var best *closestPair
	for i := range sides {
		for j := i + 1; j < len(sides); j++ {
			for _, a := range limit(sides[i].quotes) {
				for _, b := range limit(sides[j].quotes) {
					if a.sentence == b.sentence {
						continue
					}
					diffs, dist := wordDiff(a.sentence, b.sentence)
					rel := float64(dist) / float64(max(len(strings.Fields(a.sentence)), len(strings.Fields(b.sentence)), 1))
					if best == nil || rel < best.rel || (rel == best.rel && dist < best.dist) {
						best = &closestPair{a: a, b: b, diffs: diffs, dist: dist, rel: rel}
					}
				}
			}
		}
	}
	return best
}

func limit(q []quote) []quote {
	if len(q) > maxSentences {
		return q[:maxSentences]
	}
	return q
}

// explainText prints the evidence of every conflict, rising totals among
// them: why its claims are one fact, each side's quotes, and the closest
// pair of sentences; then, unless only conflicts are asked for, of every
// other fact a source revised.
func explainText(w io.Writer, set FindingSet, ids map[string]string, p palette, onlyConflicts bool) error {
	var b strings.Builder
	var list, revised []compare.Finding
	for _, f := range set.Findings {
		switch {
		case f.Status == compare.Conflict:
			list = append(list, f)
		case !onlyConflicts && len(history.Revisions(f)) > 0:
			revised = append(revised, f)
		}
	}
	for i, f := range list {
		head := fmt.Sprintf("%s %d of %d: %s", conflictTitle(f), i+1, len(list), findingTitle(f))
		ev := newEvidence(f)
		if f.Evolving {
			ev.closest = inOrder(ev.closest, published(set.Sources))
		}
		explainOne(&b, ev, head, ids, p)
	}
	for i, f := range revised {
		explainOne(&b, newEvidence(f), fmt.Sprintf("Revised %d of %d: %s", i+1, len(revised), findingTitle(f)), ids, p)
	}
	// A line that starts with a path or a sentence must not start a CI
	// workflow command.
	lines := strings.SplitAfter(b.String(), "\n")
	for i, l := range lines {
		lines[i] = output.Defuse(l)
	}
	_, err := io.WriteString(w, strings.Join(lines, ""))
	return err
}

// explainOne prints one finding's evidence under a heading.
func explainOne(b *strings.Builder, ev evidence, head string, ids map[string]string, p palette) {
	f := ev.finding
	b.WriteString("\n")
	b.WriteString(p.bold(head) + "\n")
	if f.Why != "" {
		// why these claims are one fact, before why they disagree
		b.WriteString("  " + p.dim("one fact: "+output.Line(f.Why)) + "\n")
	}
	for _, se := range ev.sides {
		b.WriteString("  " + p.bold(sideLabel(se.side)) + " — " + sideSources(se.side, ids) + "\n")
		shown, more := shownQuotes(se.quotes)
		for _, q := range shown {
			b.WriteString("    " + p.cyan(q.where) + "  " + quoteText(q, p) + "\n")
		}
		if more > 0 {
			b.WriteString("    " + p.dim(fmt.Sprintf("(and %s; --format json lists them all)", plural(more, "more sentence", "more sentences"))) + "\n")
		}
	}
	if len(f.SelfContra) > 0 {
		b.WriteString("  " + p.red("contradicts itself: "+joinIDs(f.SelfContra, ids)) + "\n")
	}
	revised := revisedSources(f)
	for _, c := range sortClaims(f.Superseded) {
		if c.Earlier != "" && revised[c.Source] {
			continue // below, with its current sentence
		}
		q := newQuote(c)
		b.WriteString("  " + p.dim("earlier "+c.Value.String()+" — "+shortID(ids, c.Source)) + "\n")
		b.WriteString("    " + p.cyan(q.where) + "  " + quoteText(q, p) + "\n")
	}
	for _, rv := range revisionsOf(f) {
		b.WriteString("  " + p.cyan("revised by "+shortID(ids, rv.r.Source)+": "+rv.r.Values()) + "\n")
		for _, c := range rv.r.From {
			q := newQuote(c)
			b.WriteString("    " + p.cyan(q.where) + "  " + quoteText(q, p) + "\n")
		}
		for _, line := range diffLines(&closestPair{a: rv.before, b: rv.after, diffs: rv.diffs}, p) {
			b.WriteString("    " + line + "\n")
		}
	}
	if c := ev.closest; c != nil {
		b.WriteString("  closest sentences: " + c.a.where + " vs " + c.b.where + "\n")
		for _, line := range diffLines(c, p) {
			b.WriteString("    " + line + "\n")
		}
	}
}

// findingTitle names a finding: "deaths — Azerbaijan Airlines plane crash".
func findingTitle(f compare.Finding) string {
	parts := []string{}
	if f.Metric != "" {
		parts = append(parts, f.Metric)
	}
	if f.Subject != "" {
		parts = append(parts, oneLine(f.Subject))
	}
	if len(parts) == 0 {
		return string(f.Kind)
	}
	return strings.Join(parts, " — ")
}

// quoteText is the sentence in quotes with the claim's text in bold on a
// colour terminal, and its note.
func quoteText(q quote, p palette) string {
	s := q.sentence
	if p && q.text != "" {
		if i := strings.Index(s, q.text); i >= 0 {
			s = s[:i] + p.bold(q.text) + s[i+len(q.text):]
		}
	}
	s = "“" + s + "”"
	if q.note != "" {
		s += " (" + q.note + ")"
	}
	return s
}

// published maps source ids to their publication dates (YYYY-MM-DD, "" when
// unknown).
func published(list []Source) map[string]string {
	m := make(map[string]string, len(list))
	for _, s := range list {
		m[s.ID] = s.Published
	}
	return m
}

// conflictTitle names a conflict: a rising total says so, as its values
// rise with their sources' publication dates.
func conflictTitle(f compare.Finding) string {
	if f.Evolving {
		return "Conflict (rising total)"
	}
	return "Conflict"
}

// inOrder turns a rising total's closest pair so that the earlier
// publication comes first and the diff reads from the old figure to the new.
func inOrder(c *closestPair, pub map[string]string) *closestPair {
	if c == nil {
		return nil
	}
	pa, pb := pub[c.a.source], pub[c.b.source]
	if pa == "" || pb == "" || pa <= pb {
		return c
	}
	diffs, dist := wordDiff(c.b.sentence, c.a.sentence)
	return &closestPair{a: c.b, b: c.a, diffs: diffs, dist: dist, rel: c.rel}
}
