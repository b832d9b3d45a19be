package compare

import (
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
)

// Options tunes how claims are compared.
type Options struct {
	// Tolerance is the slack for hedged and exact figures; nil means
	// DefaultTolerance (a zero Tolerance is no slack at all).
	Tolerance *mention.Tolerance
}

// DefaultTolerance is the slack compare allows unless told otherwise: a
// hedged figure ("about 40") may be off by 10%.
var DefaultTolerance = mention.Tolerance{Approx: 0.10}

// Compare groups claims into facts and says for each whether the sources
// agree.
//
// A fact is the claims that share a frame (see Frame and frameOf): the same
// event, the same measure, of the same part of the event (scope), for the
// same period. A first pass over all the claims learns the story: the year
// it happens in and the day of its main event. Each fact's claims are then
// put on sides of mutually compatible values (mention.Compatible), and a
// fact with two or more sides is a conflict.
func Compare(cl []claims.Claim, opt Options) []Finding {
	return compareStory(cl, opt, runtime.GOMAXPROCS(0))
}

// compareStory is Compare with its facts put on sides by up to workers
// goroutines at once. Each fact is independent of the others once the
// frames are read; the findings are gathered in the facts' order, so the
// result is the same whatever the number of workers.
func compareStory(cl []claims.Claim, opt Options, workers int) []Finding {
	tol := DefaultTolerance
	if opt.Tolerance != nil {
		tol = *opt.Tolerance
	}
	sorted := Resolve(cl)
	sort.SliceStable(sorted, func(i, j int) bool {
		if sorted[i].Source != sorted[j].Source {
			return sorted[i].Source < sorted[j].Source
		}
		return sorted[i].Start < sorted[j].Start
	})
	st := newStory(sorted)
	cmp := &comparer{tol: tol, storyYear: st.year}
	groups := facts(sorted, st)
	per := make([][]Finding, len(groups))
	each(len(groups), workers, func(k int) {
		g := groups[k]
		members := make([]claims.Claim, len(g.members))
		for i, m := range g.members {
			members[i] = sorted[m]
		}
		f := finding(g.frame, members, st, cmp)
		if f.Status == Conflict && genericMeasures[g.frame.Measure] && g.frame.Scope == "" {
			// "half a million people ... two million": a count that says
			// nothing of what happened to those counted is too loose a
			// frame to set figures against each other; each side stands
			for _, s := range f.Sides {
				per[k] = append(per[k], finding(g.frame, s.Claims, st, cmp))
			}
			return
		}
		per[k] = []Finding{f}
	})
	n := 0
	for _, fs := range per {
		n += len(fs)
	}
	out := make([]Finding, 0, n)
	for _, fs := range per {
		out = append(out, fs...)
	}
	SortFindings(out)
	return out
}

// each calls do(0), …, do(n-1) on up to workers goroutines, and returns
// when all have returned.
func each(n, workers int, do func(i int)) {
	workers = min(workers, n)
	if workers <= 1 {
		for i := range n {
			do(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				do(i)
			}
		})
	}
	wg.Wait()
}

// Frame is what a figure is a figure of. Claims with the same frame are one
// fact; this is the whole rule, and facts applies it.
type Frame struct {
	Event   string // the event's key (see story.eventOf): "" for the story's main event
	Family  string // the kind, and for counts the unit: "count", "count|T", "money", "percent", "date"
	Measure string // what is measured (the claim's Metric): "deaths", "imports", "date"
	Scope   string // who or what within the event (claims.Scope.Key): "place:florida"; "" for the whole
	Period  string // the period a figure covers ("2023"); "" when its own phrase gives none
	Target  bool   // a target or forecast, not a reported figure
}

// base is a frame without its scope and period: the fact a claim that
// names neither belongs to, unless the story has only one candidate.
func (f Frame) base() Frame {
	f.Scope, f.Period = "", ""
	return f
}

// frameOf reads a claim's frame. Superseded figures ("revised down from
// 288") keep the frame of what they were a figure of: they are a marked
// side of their fact, never a fact of their own.
func frameOf(c claims.Claim, st *story) Frame {
	f := Frame{
		Event:   st.eventOf(c),
		Family:  family(c),
		Measure: c.Metric,
		Scope:   c.Scope.Key(),
		Period:  resolvedPeriod(c.Period),
		Target:  c.Target,
	}
	switch {
	case c.Scope.Kind == claims.ScopeIncrement:
		// "nine more bodies", "26 additional deaths": an increment is a part
		// of its own sentence's story; two outlets' increments are rarely
		// the same one
		f.Scope += "|" + c.Source + "|" + strconv.Itoa(c.Start)
	case c.Scope.Kind == claims.ScopeSubgroup && (genericMeasures[c.Metric] || c.Scope.Name == claims.UnnamedPart):
		// "including 27 children" counted as people, not as the dead or
		// the displaced; "2,530 of them were buried": a part of a whole
		// the sentence alone names
		f.Scope += "|" + c.Source + "|" + strconv.Itoa(c.Start)
	}
	if c.Kind == mention.KindDate && f.Scope == "" && c.Concept != "" && st.kind != "" && kindFamily(c.Concept) != st.kind {
		// "a scheduled visit from February 9" in a story of a crash: the
		// day of another kind of happening
		f.Scope = string(claims.ScopeHappening) + ":" + kindFamily(c.Concept) + "|" + happeningKey(c.Happening)
	}
	if c.Value.Date != nil && c.Value.Date.OpenEnded() {
		// "split since 2014", "before 1990": the bound of a state of
		// things, not the day of an event; it is compared with bounds
		f.Measure += "|open"
	}
	return f
}

// genericMeasures say only that people are counted, not what happened to
// them.
var genericMeasures = map[string]bool{"people": true}

// family is a claim's kind, with the unit for counts: people and tonnes are
// never one fact. Money in any currency is one family, compared through
// rates.
func family(c claims.Claim) string {
	if c.Kind == mention.KindCount && c.Value.Unit != "" {
		return string(c.Kind) + "|" + strings.ToUpper(c.Value.Unit)
	}
	return string(c.Kind)
}

// resolvedPeriod keeps a period that names a time ("2023", "2023-11",
// "2023/first 11 months", "december" in an undated source); a relative one
// left unresolved ("last year" in an undated source) says nothing another
// source can meet.
func resolvedPeriod(p string) string {
	for _, rel := range []string{"last ", "this ", "next ", "previous ", "that "} {
		if strings.HasPrefix(p, rel) {
			return ""
		}
	}
	return p
}

// fact is one group of claims with their frame.
type fact struct {
	frame   Frame
	members []int // indexes into the claims, in order
}

// facts groups claims by frame. A claim whose own phrase gives no period
// joins the fact of its base with the story's period when there is one,
// else the single period-bearing fact of its base; a claim with no scope
// joins its base's whole, which is itself a fact ("deaths" beside "deaths
// in Florida"), unless no source gives the whole and the base has a single
// scoped fact that no source sets beside another (see joinScope).
func facts(cl []claims.Claim, st *story) []fact {
	frames := make([]Frame, len(cl))
	for i, c := range cl {
		frames[i] = frameOf(c, st)
	}
	joinMeasure(cl, frames)
	joinPeriod(frames, st)
	joinPartyMeasure(cl, frames)
	joinScope(cl, frames)
	joinHappening(cl, frames)
	otherDays(cl, frames, st)
	index := map[Frame]int{}
	var out []fact
	for i, f := range frames {
		k, ok := index[f]
		if !ok {
			k = len(out)
			index[f] = k
			out = append(out, fact{frame: f})
		}
		out[k].members = append(out[k].members, i)
	}
	return out
}

// unnamedMeasure is the metric of an amount whose sentence says nothing of
// what it measures ("$160 billion" as a subheading).
const unnamedMeasure = "amount"

// joinMeasure gives an amount that names no measure the measure of its
// event's amounts, when one measure alone is given by several sources: the
// bare "$160 billion" of a story about damage estimates is an estimate of
// the damage.
func joinMeasure(cl []claims.Claim, frames []Frame) {
	joinUnnamed(cl, frames, 2, func(i int) (Frame, bool) {
		f := frames[i]
		return Frame{Event: f.Event, Family: f.Family}, f.Family == string(mention.KindMoney)
	})
}

// joinPartyMeasure gives an amount that names no measure the measure of
// the other sums of its party in its event and period, when they name one
// alone: "Germany: €224 million" in a list of pledges is the pledge that
// "Germany pledged €244 million" names. Trade flows are left alone, as are
// targets.
func joinPartyMeasure(cl []claims.Claim, frames []Frame) {
	joinUnnamed(cl, frames, 1, func(i int) (Frame, bool) {
		f := frames[i]
		if cl[i].Scope.Kind != claims.ScopePartner || f.Family != string(mention.KindMoney) || claims.TradeFlow(f.Measure) || f.Target {
			return Frame{}, false
		}
		f.Measure = ""
		return f, true
	})
}

// joinUnnamed gives each amount that names no measure (unnamedMeasure) the
// measure its group's amounts name, when one measure alone is named there
// by at least minSources sources. group says which claims meet: the key
// they share, and whether the claim takes part at all.
func joinUnnamed(cl []claims.Claim, frames []Frame, minSources int, group func(i int) (Frame, bool)) {
	named := map[Frame]map[string]map[string]bool{} // group -> measure -> sources
	for i, f := range frames {
		k, ok := group(i)
		if !ok || f.Measure == unnamedMeasure {
			continue
		}
		if named[k] == nil {
			named[k] = map[string]map[string]bool{}
		}
		if named[k][f.Measure] == nil {
			named[k][f.Measure] = map[string]bool{}
		}
		named[k][f.Measure][cl[i].Source] = true
	}
	for i, f := range frames {
		if f.Measure != unnamedMeasure {
			continue
		}
		k, ok := group(i)
		if !ok {
			continue
		}
		only, n := "", 0
		for m, srcs := range named[k] {
			if len(srcs) >= minSources {
				only, n = m, n+1
			}
		}
		if n == 1 {
			frames[i].Measure = only
		}
	}
}

// joinPeriod gives a claim with no period of its own the period of its
// fact: the story's own period (the one most sources' figures name) when
// the story has one, else the one period its base's figures name. "Exports
// to China of $147.8 billion" in a story of 2023's trade are 2023's.
func joinPeriod(frames []Frame, st *story) {
	if st.period != "" {
		for i, f := range frames {
			if f.Period == "" && f.Family != string(mention.KindDate) {
				frames[i].Period = st.period
			}
		}
		return
	}
	periods := map[Frame]map[string]bool{} // base with scope -> periods named
	for _, f := range frames {
		if f.Period == "" {
			continue
		}
		k := f
		k.Period = ""
		if periods[k] == nil {
			periods[k] = map[string]bool{}
		}
		periods[k][f.Period] = true
	}
	year := ""
	if st.year != 0 {
		year = strconv.Itoa(st.year)
	}
	for i, f := range frames {
		if f.Period != "" {
			continue
		}
		ps := periods[f]
		switch {
		case len(ps) == 1:
			for p := range ps {
				frames[i].Period = p
			}
		case ps[year]:
			frames[i].Period = year
		}
	}
}

// joinScope lets the claims of a base's whole join its single scoped fact
// when that scope is not a part: no source gives a figure for the whole
// beside it, and no source names a sibling scope. "Killed 179 people in
// South Korea" and "killed 179 people" are one fact; "11 in Florida"
// beside a total of 64 is a part of it.
func joinScope(cl []claims.Claim, frames []Frame) {
	type baseInfo struct {
		scopes      map[string]bool
		wholeSrc    map[string]bool // sources giving the whole
		scopedSrc   map[string]bool // sources giving a scoped figure
		wholeClaims int
	}
	bases := map[Frame]*baseInfo{}
	keyOf := func(f Frame) Frame { f.Scope = ""; return f }
	for i, f := range frames {
		k := keyOf(f)
		b := bases[k]
		if b == nil {
			b = &baseInfo{scopes: map[string]bool{}, wholeSrc: map[string]bool{}, scopedSrc: map[string]bool{}}
			bases[k] = b
		}
		if f.Scope == "" {
			b.wholeSrc[cl[i].Source] = true
			b.wholeClaims++
		} else {
			b.scopes[f.Scope] = true
			b.scopedSrc[cl[i].Source] = true
		}
	}
	for i, f := range frames {
		if f.Scope != "" {
			continue
		}
		b := bases[keyOf(f)]
		if len(b.scopes) != 1 || !strings.HasPrefix(onlyKey(b.scopes), string(claims.ScopePlace)+":") {
			continue
		}
		part := false
		for src := range b.scopedSrc {
			if b.wholeSrc[src] {
				part = true // a source gives both: the scope is a part of the whole
			}
		}
		if !part {
			frames[i].Scope = onlyKey(b.scopes)
		}
	}
}

func onlyKey(m map[string]bool) string {
	for k := range m {
		return k
	}
	return ""
}

// joinHappening gives a date of a happening its event's frame when other
// sources date the event by the same happening: "the dams burst on 12 May"
// beside "the dams burst on 11 May and flooded the valley" dates the
// flood, as the other source says.
func joinHappening(cl []claims.Claim, frames []Frame) {
	eventVerbs := map[Frame]map[string]bool{} // event date frame -> verbs its dates are given with
	for i, f := range frames {
		if f.Family != string(mention.KindDate) || f.Scope != "" || cl[i].Happening == "" {
			continue
		}
		if eventVerbs[f] == nil {
			eventVerbs[f] = map[string]bool{}
		}
		eventVerbs[f][happeningKey(cl[i].Happening)] = true
	}
	main := mainMeasure(cl, frames)
	prefix := string(claims.ScopeHappening) + ":"
	for i, f := range frames {
		if f.Family != string(mention.KindDate) || !strings.HasPrefix(f.Scope, prefix) {
			continue
		}
		base := f
		base.Scope = ""
		verb, _, _ := strings.Cut(cl[i].Happening, " ")
		m, cue := claims.CueOf(verb)
		switch {
		case eventVerbs[base][strings.TrimPrefix(f.Scope, prefix)]:
			frames[i].Scope = ""
		case base.Event == "" && cue && m == main:
			// "pledged in Paris on 15 April" in a story of pledges,
			// "killed on Monday" in a story of a death toll: what the
			// story counts happened that day, so it dates the event
			frames[i].Scope = ""
		}
	}
}

// mainMeasure is the measure of the story's main event that the most
// sources give a figure of: "deaths" in a story of a disaster, "aid" in
// one of a donors' conference.
func mainMeasure(cl []claims.Claim, frames []Frame) string {
	sources := map[string]map[string]bool{}
	for i, f := range frames {
		if f.Event != "" || f.Family == string(mention.KindDate) || f.Target {
			continue
		}
		if sources[f.Measure] == nil {
			sources[f.Measure] = map[string]bool{}
		}
		sources[f.Measure][cl[i].Source] = true
	}
	best, bestN := "", 0
	for m, s := range sources {
		if n := len(s); n > bestN || n == bestN && m < best {
			best, bestN = m, n
		}
	}
	return best
}

// happeningKey is what two happenings must share to be one: the verb.
func happeningKey(h string) string {
	return strings.TrimPrefix(claims.Scope{Kind: claims.ScopeHappening, Name: h}.Key(), string(claims.ScopeHappening)+":")
}

// otherDays takes out of an event's date the dates that are of other days
// than the event's, as their own sources or wording show: a source that
// dates the event one day and gives another day besides speaks of two
// happenings ("the storm came ashore on Sunday; the dams burst on
// Monday"), and the same words resolved to different days ("on Sunday" in
// two outlets a week apart) are two Sundays, not a disagreement. The date
// that fits the event's day stays; the other becomes a fact of its own
// day, which other sources' dates of that day may join. A date without a
// year, or open-ended, fits too much to tell: it stays ("the July 7 crash"
// beside "December 2024" may be a slip a reader wants flagged).
func otherDays(cl []claims.Claim, frames []Frame, st *story) {
	byFrame := map[Frame][]int{}
	for i, f := range frames {
		if f.Family == string(mention.KindDate) && f.Scope == "" {
			byFrame[f] = append(byFrame[f], i)
		}
	}
	for _, idx := range byFrame {
		anchor := factAnchor(cl, idx)
		if anchor == nil {
			continue
		}
		fits := func(i int) bool {
			d := cl[i].Value.Date
			return d != nil && dateGap(*d, *anchor) == 0
		}
		strong := func(i int) bool {
			d := cl[i].Value.Date
			return d != nil && d.Year != 0 && !d.OpenEnded()
		}
		fitting := map[string]bool{} // sources with a date that fits
		wording := map[string]bool{} // relative wordings that fit
		for _, i := range idx {
			if fits(i) {
				fitting[cl[i].Source] = true
				if cl[i].Value.Date.Relative {
					wording[strings.ToLower(cl[i].Text)] = true
				}
			}
		}
		for _, i := range idx {
			if fits(i) || !strong(i) {
				continue
			}
			c := cl[i]
			if fitting[c.Source] || c.Value.Date.Relative && wording[strings.ToLower(c.Text)] {
				frames[i].Scope = otherDayScope + c.Value.Date.Timex()
			}
		}
	}
}

// otherDayScope keys the date of a happening on another day than its
// event's (see otherDays).
const otherDayScope = "day:"

// factAnchor is the day most sources of a date fact give, the more precise
// on a tie, then the earlier: what the fact's other dates are measured
// against.
func factAnchor(cl []claims.Claim, idx []int) *mention.Date {
	sub := make([]claims.Claim, 0, len(idx))
	for _, i := range idx {
		sub = append(sub, cl[i])
	}
	return anchorDate(sub, 0)
}
