package check

import (
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/internal/history"
	"github.com/claimdiff/claimdiff/internal/output"
)

// Inputs are the repository's claims before and after a change.
type Inputs struct {
	Before  []claims.Claim // the repository as it was (at REV, or without the new files)
	After   []claims.Claim // the repository with the new and changed sources
	Changed []string       // paths of the new and changed sources, as their claims' Path give them
	Root    string         // reports give paths relative to it (slash-separated); "" keeps them

	// The figures of the sources' earlier revisions, compared beside the
	// claims before and after the change (nil for none): after the change,
	// a new file of a stored source is its latest revision, and a figure it
	// changed is "revised".
	BeforeTrail, AfterTrail *history.Trail
}

// Options change what the check reports and when it fails.
type Options struct {
	FailOn   Level           // report, and fail on, new findings at or above it
	Baseline *Baseline       // accepted findings; nil for none
	Compare  compare.Options // the tolerance, as compare and report take it
	// Engine compares claims; nil is compare.Compare with Compare. Tests
	// give a simpler one, which must set each finding's Fingerprint.
	Engine func([]claims.Claim) []compare.Finding
}

// Result is what a check found.
type Result struct {
	FailOn       Level             // the --fail-on level
	Items        []Item            // new findings at or above FailOn: worst first, then by place
	Stale        []Entry           // baseline entries that match no finding any more
	BaselinePath string            // the baseline file, relative to Root, for messages
	Findings     []compare.Finding // every finding after the change, for --update-baseline
	Version      string            // claimdiff's version, for SARIF
}

// Item is one new finding, placed at a claim of a new or changed source.
type Item struct {
	Finding     compare.Finding // the finding, its claims' paths relative to Root
	Fingerprint string          // line-independent id; baselines and SARIF match on it
	Level       Level           // conflict, rising, single or any
	Rule        string          // "conflict", "single" or "agree"
	At          claims.Claim    // where to point: a claim of a new or changed source
	Accepted    bool            // the baseline accepts it: shown, but it does not fail
	Title       string          // a few words: "conflict: deaths (plane crash)"
	Message     string          // one line
	Details     []string        // one line per side: value, sources, a quote
}

// Failing returns the items that make the check fail.
func (r *Result) Failing() []Item {
	out := make([]Item, 0, len(r.Items))
	for _, it := range r.Items {
		if !it.Accepted {
			out = append(out, it)
		}
	}
	return out
}

// Failed reports whether a new finding at or above FailOn is not accepted.
func (r *Result) Failed() bool {
	for _, it := range r.Items {
		if !it.Accepted {
			return true
		}
	}
	return false
}

// Run compares the repository before and after the change and returns the
// new findings, sorted, with the baseline applied.
func Run(in Inputs, opt Options) *Result {
	engine := opt.Engine
	if engine == nil {
		engine = func(cl []claims.Claim) []compare.Finding { return compare.Compare(cl, opt.Compare) }
	}
	before := map[string]bool{}
	for _, f := range in.BeforeTrail.Compare(in.Before, engine) {
		before[fingerprint(f)] = true
		if k := valueKey(f); k != "" {
			before[k] = true
		}
	}
	ps := newPaths(in.Root)
	changed := map[string]bool{}
	for _, p := range in.Changed {
		changed[ps.key(p)] = true
	}
	// A claim is new when its source changed and the source said nothing
	// like it before: fixing a typo in an article leaves its claims old.
	old := map[string]bool{}
	for _, c := range in.Before {
		old[claimKey(c)] = true
	}
	isNew := func(c claims.Claim) bool { return changed[ps.key(c.Path)] && !old[claimKey(c)] }
	after := in.AfterTrail.Compare(in.After, engine)
	res := &Result{FailOn: opt.FailOn, Findings: after}
	now := map[string]bool{}
	for _, f := range after {
		fp := fingerprint(f)
		now[fp] = true
		lv := levelOf(f)
		if k := valueKey(f); lv < opt.FailOn || before[fp] || k != "" && before[k] {
			continue
		}
		at, ok := pointAt(f, isNew)
		if !ok {
			continue
		}
		res.Items = append(res.Items, newItem(ps.finding(f), fp, lv, ps.claim(at), opt.Baseline.Has(fp)))
	}
	sort.SliceStable(res.Items, func(i, j int) bool { return itemLess(res.Items[i], res.Items[j]) })
	if opt.Baseline != nil {
		res.BaselinePath = ps.rel(opt.Baseline.Path)
		for _, e := range opt.Baseline.Entries {
			if !now[e.Fingerprint] {
				res.Stale = append(res.Stale, e)
			}
		}
	}
	return res
}

// valueKey names a finding by its kind, metric and values, without its
// subject: an engine may word the subject of one fact differently once
// another source joins it, and a source that sides with one of the values
// the repository already disputes brings no new disagreement. A finding of
// one value has no such key: one figure alone says too little to tell two
// facts apart.
func valueKey(f compare.Finding) string {
	if len(f.Sides) < 2 {
		return ""
	}
	return "values\x00" + string(f.Kind) + "\x00" + f.Metric + "\x00" + strings.Join(sideValues(f), "\x00")
}

// claimKey names a claim without its place: the source, the value and the
// sentence it stands in.
func claimKey(c claims.Claim) string {
	return c.Source + "\x00" + string(c.Kind) + "\x00" + c.Value.String() + "\x00" + c.Text + "\x00" + c.Sentence
}

// pointAt picks the claim to annotate: a new claim, on a side other than
// the best supported one when there is such a claim, since that is where
// the change departs from the rest. ok is false when no claim is new.
func pointAt(f compare.Finding, changed func(claims.Claim) bool) (claims.Claim, bool) {
	var first *claims.Claim
	for i, s := range f.Sides {
		for j := range s.Claims {
			c := &f.Sides[i].Claims[j]
			if !changed(*c) {
				continue
			}
			if i > 0 {
				return *c, true
			}
			if first == nil {
				first = c
			}
		}
	}
	if first == nil {
		return claims.Claim{}, false
	}
	return *first, true
}

func itemLess(a, b Item) bool {
	if a.Level != b.Level {
		return a.Level > b.Level
	}
	if a.At.Path != b.At.Path {
		return a.At.Path < b.At.Path
	}
	if a.At.Line != b.At.Line {
		return a.At.Line < b.At.Line
	}
	if a.At.Col != b.At.Col {
		return a.At.Col < b.At.Col
	}
	return a.Fingerprint < b.Fingerprint
}

// newItem words a finding for the formats. Every text in it that came from
// a source (subjects, ids, paths, quotes) is on one line and printable
// (output.Line), and quotes are cut around their claim (output.Excerpt).
func newItem(f compare.Finding, fp string, lv Level, at claims.Claim, accepted bool) Item {
	it := Item{Finding: f, Fingerprint: fp, Level: lv, Rule: rule(f), At: at, Accepted: accepted}
	what := f.Metric
	if what == "" {
		what = string(f.Kind)
	}
	if f.Subject != "" {
		what += " (" + f.Subject + ")"
	}
	what = output.Line(what)
	it.Title = it.Rule + ": " + what
	mine := sideOf(f, at)
	var others []string
	for i, s := range f.Sides {
		if i != mine {
			others = append(others, output.Line(s.Value.String()+" in "+strings.Join(s.Sources, ", ")))
		}
	}
	here := output.Line(at.Value.String()) // the claim's own words: "late 2024", though its side says 25 December 2024
	src := output.Line(at.Source)
	switch {
	case f.Status == compare.Conflict && f.Evolving:
		// a running total that rose from earlier sources to later ones
		it.Message = what + ": " + here + " in " + src + " differs from " + strings.Join(others, "; ") + " (a rising total: the later sources give more)"
	case f.Status == compare.Conflict:
		it.Message = what + ": " + src + " says " + here + ", but " + strings.Join(others, "; ")
	case f.Status == compare.Single:
		it.Message = what + ": " + here + " is given by " + src + " alone"
	default:
		it.Message = what + ": " + here + " in " + src + " agrees with " + strings.Join(others, "; ")
		if len(others) == 0 && mine >= 0 {
			it.Message = what + ": " + here + " in " + output.Line(strings.Join(f.Sides[mine].Sources, ", "))
		}
	}
	for _, s := range f.SelfContra {
		if s == at.Source {
			it.Message += " (" + src + " gives more than one value)"
		}
	}
	for _, r := range history.Revisions(f) {
		revised := r.Source + " revised its figure: " + r.Values()
		if it.Rule == "revised" && r.Source == at.Source {
			it.Message = what + ": " + revised
			continue
		}
		it.Message += " (" + revised + ")"
	}
	for _, s := range f.Sides {
		for _, c := range s.Claims {
			it.Details = append(it.Details, output.Line(s.Value.String()+" in "+c.Source+" ("+c.Path+":"+strconv.Itoa(c.Line)+")")+": "+
				quote(c, output.MaxQuote))
		}
	}
	for _, c := range f.Superseded {
		if c.Earlier != "" {
			it.Details = append(it.Details, output.Line("earlier "+c.Value.String()+" in "+c.Source+" (revision stored "+c.Earlier+")")+": "+
				quote(c, output.MaxQuote))
		}
	}
	return it
}

// quote is the claim's sentence, or its text when the sentence is unknown,
// cut to about limit characters around the claim, in quotation marks.
func quote(c claims.Claim, limit int) string {
	return "\u201c" + output.Excerpt(c.Sentence, c.Text, limit) + "\u201d"
}

func sideOf(f compare.Finding, c claims.Claim) int {
	for i, s := range f.Sides {
		for _, o := range s.Claims {
			if o.Path == c.Path && o.Start == c.Start && o.End == c.End {
				return i
			}
		}
	}
	return -1
}

// paths makes claims' paths relative to a root, remembering what it has
// resolved: a repository has thousands of claims and a few dozen files.
type paths struct {
	root string
	keys map[string]string
	rels map[string]string
}

func newPaths(root string) *paths {
	return &paths{root: root, keys: map[string]string{}, rels: map[string]string{}}
}

// finding copies f with every claim's path made relative to the root.
func (ps *paths) finding(f compare.Finding) compare.Finding {
	sides := make([]compare.Side, len(f.Sides))
	for i, s := range f.Sides {
		s.Claims = append([]claims.Claim(nil), s.Claims...)
		for j := range s.Claims {
			s.Claims[j] = ps.claim(s.Claims[j])
		}
		sides[i] = s
	}
	f.Sides = sides
	return f
}

func (ps *paths) claim(c claims.Claim) claims.Claim {
	c.Path = ps.rel(c.Path)
	return c
}

// rel makes p relative to the root, slash-separated, when it lies under it.
func (ps *paths) rel(p string) string {
	if r, ok := ps.rels[p]; ok {
		return r
	}
	r := filepath.ToSlash(p)
	if p != "" && ps.root != "" {
		x, err := filepath.Rel(ps.key(ps.root), ps.key(p))
		if err == nil && x != ".." && !strings.HasPrefix(x, ".."+string(filepath.Separator)) {
			r = filepath.ToSlash(x)
		}
	}
	ps.rels[p] = r
	return r
}

func (ps *paths) key(p string) string {
	k, ok := ps.keys[p]
	if !ok {
		k = pathKey(p)
		ps.keys[p] = k
	}
	return k
}

// pathKey is p absolute and clean, with symbolic links resolved where they
// can be, so that two spellings of one file compare equal.
func pathKey(p string) string {
	if p == "" {
		return ""
	}
	a, err := filepath.Abs(p)
	if err != nil {
		return filepath.Clean(p)
	}
	if r, err := filepath.EvalSymlinks(a); err == nil {
		return r
	}
	return a
}

func sortStrings(s []string) { sort.Strings(s) }
