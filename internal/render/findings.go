package render

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/internal/output"
)

// FindingSet is what `claimdiff compare` prints.
type FindingSet struct {
	Sources  []Source          // every source read
	Findings []compare.Finding // in any order: printers sort them
}

// Findings prints findings in opt.Format: table, json or markdown. Conflicts
// come first, the most serious on top, then agreements, then facts that one
// source alone gives.
func Findings(w io.Writer, set FindingSet, opt Options) error {
	var groups [][]claims.Claim
	for _, f := range set.Findings {
		for _, s := range f.Sides {
			groups = append(groups, s.Claims)
		}
		groups = append(groups, f.Superseded)
	}
	set.Sources = withClaimSources(set.Sources, groups...)
	set.Findings = SortFindings(set.Findings)
	switch opt.Format {
	case Table, "":
		return findingsText(w, set, opt)
	case JSON:
		return findingsJSON(w, set, opt)
	case Markdown:
		return findingsMarkdown(w, set, opt)
	}
	return fmt.Errorf("compare cannot print %q", opt.Format)
}

// SortFindings returns a sorted copy of the findings, in the order every
// format prints them (compare.SortFindings).
func SortFindings(fs []compare.Finding) []compare.Finding {
	out := append([]compare.Finding(nil), fs...)
	compare.SortFindings(out)
	return out
}

// Counts is how many findings have each status.
type Counts struct {
	Conflicts  int `json:"conflicts"`
	Updates    int `json:"updates,omitempty"` // running totals that rose from earlier sources to later ones
	Agreements int `json:"agreements"`
	Singles    int `json:"single"`
	Sources    int `json:"sources"`
}

// CountFindings counts the findings of each status: the summary line's
// numbers (Counts.String).
func CountFindings(set FindingSet) Counts { return countFindings(set) }

func countFindings(set FindingSet) Counts {
	c := Counts{Sources: len(set.Sources)}
	for _, f := range set.Findings {
		switch f.Status {
		case compare.Conflict:
			c.Conflicts++
			if f.Evolving {
				c.Updates++
			}
		case compare.Agree:
			c.Agreements++
		default:
			c.Singles++
		}
	}
	return c
}

// String is the summary line: "3 conflicts, 9 agreements, 40 single-source
// facts across 5 sources".
func (c Counts) String() string {
	rising := ""
	if c.Updates > 0 {
		rising = " (" + plural(c.Updates, "rising total", "rising totals") + ")"
	}
	return plural(c.Conflicts, "conflict", "conflicts") + rising + ", " +
		plural(c.Agreements, "agreement", "agreements") + ", " +
		plural(c.Singles, "single-source fact", "single-source facts") + " across " +
		plural(c.Sources, "source", "sources")
}

// shown is the findings a view lists: all of them, or the conflicts only.
func shown(set FindingSet, opt Options) []compare.Finding {
	if !opt.OnlyConflicts {
		return set.Findings
	}
	var out []compare.Finding
	for _, f := range set.Findings {
		if f.Status == compare.Conflict {
			out = append(out, f)
		}
	}
	return out
}

// findingColumns are the columns of the findings table; p colours the status.
func findingColumns(p palette) []output.Column {
	return []output.Column{
		{Header: "STATUS", Paint: func(cell string) string { return paintStatus(cell, p) }},
		{Header: "SUBJECT", Wrap: 36},
		{Header: "METRIC", Wrap: 22},
		{Header: "VALUES — SOURCES", Wrap: 56},
	}
}

// findingsText is the table (bordered on a terminal, plain rows when
// piped), the summary line on a terminal, and the evidence with Explain.
func findingsText(w io.Writer, set FindingSet, opt Options) error {
	p := newPalette(opt)
	ids := sourceIDs(set.Sources, opt.TTY)
	list := shown(set, opt)
	rows := make([][]string, 0, len(list))
	for _, f := range list {
		rows = append(rows, []string{statusCell(f, opt.TTY), f.Subject, f.Metric, valuesCell(f, ids)})
	}
	if len(rows) > 0 {
		if err := output.Table(w, findingColumns(p), rows, tableOptions(opt)); err != nil {
			return err
		}
	}
	if opt.TTY {
		line := countFindings(set).String()
		if opt.OnlyConflicts {
			line += " (showing conflicts only)"
		}
		if _, err := fmt.Fprintln(w, line); err != nil {
			return err
		}
	}
	if opt.Explain {
		return explainText(w, set, ids, p, opt.OnlyConflicts)
	}
	return nil
}

func statusCell(f compare.Finding, tty bool) string {
	s := string(f.Status)
	if f.Evolving {
		// a running total whose values rise with their sources' dates
		if tty {
			s += "\n(rising)"
		} else {
			s += " (rising)"
		}
	}
	if len(f.SelfContra) > 0 {
		// A source contradicts itself: it is listed on two sides of the
		// values, and --explain names it.
		sep := " "
		if tty {
			sep = "\n"
		}
		s += sep + "(self)"
	}
	return s
}

// paintStatus colours a status cell's status, its first word.
func paintStatus(cell string, p palette) string {
	status, rest := cell, ""
	if i := strings.IndexAny(cell, " \n"); i >= 0 {
		status, rest = cell[:i], cell[i:]
	}
	switch compare.Status(status) {
	case compare.Conflict:
		status = p.red(status)
	case compare.Agree:
		status = p.green(status)
	}
	if len(rest) > 0 && strings.HasPrefix(rest[1:], "(rising)") {
		rest = rest[:1] + p.cyan("(rising)") + rest[1+len("(rising)"):]
	}
	return status + rest
}

// valuesCell lists each side on a line: "38 — 000, 002, 003".
func valuesCell(f compare.Finding, ids map[string]string) string {
	lines := make([]string, 0, len(f.Sides)+len(f.Superseded))
	for _, s := range f.Sides {
		lines = append(lines, sideLabel(s)+" — "+sideSources(s, ids))
	}
	// Figures their sources say were replaced are kept, apart from the sides;
	// those a source revised are said in one line.
	revised := revisedSources(f)
	for _, c := range sortClaims(f.Superseded) {
		if c.Earlier == "" || !revised[c.Source] {
			lines = append(lines, "(earlier "+c.Value.String()+" — "+shortID(ids, c.Source)+")")
		}
	}
	lines = append(lines, revisedLines(f, ids)...)
	return strings.Join(lines, "\n")
}

// sideLabel is the side's value, with the period its claims cover when they
// name one: "USD 3.7 billion (2024)".
func sideLabel(s compare.Side) string {
	label := s.Value.String()
	periods := map[string]bool{}
	for _, c := range s.Claims {
		if c.Period != "" {
			periods[c.Period] = true
		}
	}
	if len(periods) > 0 {
		ps := make([]string, 0, len(periods))
		for p := range periods {
			ps = append(ps, p)
		}
		sort.Strings(ps)
		label += " (" + oneLine(strings.Join(ps, ", ")) + ")"
	}
	return label
}

// sideSources lists the side's sources, marking those whose every claim on
// the side is a superseded figure.
func sideSources(s compare.Side, ids map[string]string) string {
	old := map[string]bool{}
	for _, c := range s.Claims {
		if _, seen := old[c.Source]; !seen {
			old[c.Source] = true
		}
		old[c.Source] = old[c.Source] && c.Superseded
	}
	parts := make([]string, len(s.Sources))
	for i, src := range s.Sources {
		parts[i] = shortID(ids, src)
		if old[src] {
			parts[i] += " (superseded)"
		}
	}
	return strings.Join(parts, ", ")
}

// shortID is how a table or the evidence shows a source's id: short on a
// terminal, on one line and printable.
func shortID(ids map[string]string, id string) string {
	if s, ok := ids[id]; ok {
		return oneLine(s)
	}
	return oneLine(id)
}

func joinIDs(list []string, ids map[string]string) string {
	parts := make([]string, len(list))
	for i, id := range list {
		parts[i] = shortID(ids, id)
	}
	return strings.Join(parts, ", ")
}

type findingJSON struct {
	Kind              string        `json:"kind"`
	Metric            string        `json:"metric"`
	Subject           string        `json:"subject"`
	Event             string        `json:"event"`            // the event it is a figure of
	Scope             string        `json:"scope,omitempty"`  // who or what within the event
	Period            string        `json:"period,omitempty"` // the period its figures cover
	Why               string        `json:"why"`              // the frame its claims share, in words
	Status            string        `json:"status"`
	Fingerprint       string        `json:"fingerprint"`
	Severity          float64       `json:"severity"`
	Values            []sideJSON    `json:"values"`
	Sources           []string      `json:"sources"`
	SelfContradictory []string      `json:"self_contradictory"`
	Superseded        []claimJSON   `json:"superseded"`        // figures their sources say were replaced, or earlier revisions gave
	Revised           []revisedJSON `json:"revised,omitempty"` // sources that changed their figure in a later revision
	Closest           *closestJSON  `json:"closest,omitempty"` // with --explain, for conflicts
}

// closestJSON is --explain's pair of closest sentences on opposite sides.
type closestJSON struct {
	A        string `json:"a"`        // path:line of the first sentence
	B        string `json:"b"`        // path:line of the second
	Diff     string `json:"diff"`     // the word diff, [-old-] {+new+}
	Distance int    `json:"distance"` // edit distance in words
}

type sideJSON struct {
	Value     any         `json:"value"`
	Currency  string      `json:"currency,omitempty"`
	Unit      string      `json:"unit,omitempty"`
	Qualifier string      `json:"qualifier,omitempty"`
	Low       *float64    `json:"low,omitempty"`
	High      *float64    `json:"high,omitempty"`
	Grain     string      `json:"grain,omitempty"`
	Display   string      `json:"display"`
	Sources   []string    `json:"sources"`
	Claims    []claimJSON `json:"claims"`
}

// findingsJSON prints {"findings": [...], "sources": [...], "summary": {...}},
// each finding written as it is made.
func findingsJSON(w io.Writer, set FindingSet, opt Options) error {
	o := newJSONObject(w)
	jsonList(o, "findings", shown(set, opt), func(f compare.Finding) findingJSON {
		fj := newFindingJSON(f)
		if opt.Explain && f.Status == compare.Conflict {
			if c := newEvidence(f).closest; c != nil {
				fj.Closest = &closestJSON{A: c.a.where, B: c.b.where, Diff: renderDiff(c.diffs, false), Distance: c.dist}
			}
		}
		return fj
	})
	jsonList(o, "sources", set.Sources, same)
	o.field("summary", countFindings(set))
	return o.close()
}

func newFindingJSON(f compare.Finding) findingJSON {
	out := findingJSON{
		Kind:              string(f.Kind),
		Metric:            f.Metric,
		Subject:           f.Subject,
		Event:             f.Event,
		Scope:             f.Scope,
		Period:            f.Period,
		Why:               f.Why,
		Status:            string(f.Status),
		Fingerprint:       f.Fingerprint,
		Severity:          finite(f.Severity),
		Values:            make([]sideJSON, 0, len(f.Sides)),
		Sources:           orEmpty(append([]string(nil), f.Sources...)),
		SelfContradictory: orEmpty(append([]string(nil), f.SelfContra...)),
		Superseded:        make([]claimJSON, 0, len(f.Superseded)),
		Revised:           newRevisedJSON(f),
	}
	sort.Strings(out.Sources)
	sort.Strings(out.SelfContradictory)
	for _, c := range sortClaims(f.Superseded) {
		out.Superseded = append(out.Superseded, newClaimJSON(c))
	}
	for _, s := range f.Sides {
		v := newValueJSON(f.Kind, s.Value)
		side := sideJSON{
			Value: v.value, Currency: v.currency, Unit: v.unit, Qualifier: v.qualifier,
			Low: v.low, High: v.high, Grain: v.grain, Display: sideLabel(s),
			Sources: orEmpty(append([]string(nil), s.Sources...)),
			Claims:  make([]claimJSON, 0, len(s.Claims)),
		}
		sort.Strings(side.Sources)
		for _, c := range sortClaims(s.Claims) {
			side.Claims = append(side.Claims, newClaimJSON(c))
		}
		out.Values = append(out.Values, side)
	}
	return out
}
