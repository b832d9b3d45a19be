package compare

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
)

// CompareOptions tunes how claims are grouped into facts and compared.
type CompareOptions struct {
	// Tolerance is the slack for hedged and exact figures; nil means
	// DefaultTolerance (a zero Tolerance is no slack at all).
	Tolerance *mention.Tolerance
	// Threshold is the context similarity (cosine, 0..1) above which two
	// claims of the same kind and metric are taken to speak of one fact.
	// Zero means DefaultThreshold.
	Threshold float64
}

// DefaultTolerance is what compare uses unless told otherwise.
var DefaultTolerance = mention.Tolerance{Approx: 0.10}

// DefaultThreshold is the subject similarity compare uses unless told
// otherwise. Lower merges more (risking false conflicts between different
// events); higher splits more (risking missed conflicts).
const DefaultThreshold = 0.25

// dateThresholdBoost raises the bar for dates: a story's events all have
// different dates, so two dates are one fact only on stronger evidence.
const dateThresholdBoost = 0.05

// maxPosting bounds the inverted index used to find candidate pairs: a term
// shared by more claims than this is too common to suggest a match, which keeps
// comparison near-linear in the number of sources.
const maxPosting = 400

// Compare groups claims into facts and says for each whether the sources
// agree.
//
// Claims are first split by what they measure (kind, metric, unit family,
// target or reported). Within each group, claims whose contexts are similar
// (cosine over context terms weighted by rarity) are clustered; a claim for
// another resolved period never joins. Each cluster is one fact; its claims are
// then put on sides of mutually compatible values (Compatible), and a fact with
// two or more sides is a conflict.
func Compare(cl []claims.Claim, opt CompareOptions) []Finding {
	tol := DefaultTolerance
	if opt.Tolerance != nil {
		tol = *opt.Tolerance
	}
	if opt.Threshold == 0 {
		opt.Threshold = DefaultThreshold
	}
	sorted := make([]claims.Claim, len(cl))
	copy(sorted, cl)
	sort.SliceStable(sorted, func(i, j int) bool {
		if sorted[i].Source != sorted[j].Source {
			return sorted[i].Source < sorted[j].Source
		}
		return sorted[i].Start < sorted[j].Start
	})
	vecs := weighVectors(sorted)
	cmp := newComparer(sorted, tol)

	buckets := map[string][]int{}
	var keys []string
	for i, c := range sorted {
		k := bucketKey(c)
		if _, ok := buckets[k]; !ok {
			keys = append(keys, k)
		}
		buckets[k] = append(buckets[k], i)
	}
	sort.Strings(keys)
	var out []Finding
	for _, k := range keys {
		idx := buckets[k]
		th := opt.Threshold
		if sorted[idx[0]].Kind == mention.KindDate {
			th += dateThresholdBoost
		}
		for _, group := range cluster(sorted, vecs, idx, th, cmp) {
			members := make([]claims.Claim, len(group))
			for i, g := range group {
				members[i] = sorted[g]
			}
			out = append(out, finding(members, vecs, group, cmp))
		}
	}
	SortFindings(out)
	return out
}

// bucketKey is what two claims must share to be compared at all.
func bucketKey(c claims.Claim) string {
	unit := strings.ToUpper(c.Value.Unit)
	if c.Kind == mention.KindMoney {
		unit = "money" // currencies are compared through rates
	}
	t := "fact"
	if c.Target {
		t = "target"
	}
	if c.Metric == "statement" {
		t = c.Source // two outlets' "said on Monday" are two statements
	}
	if c.Superseded {
		t += "|superseded" // an earlier figure is not a rival to current ones, nor one of them
	}
	if c.Value.Date != nil && c.Value.Date.OpenEnded() {
		// "split since 2014", "before 1990": the bound of a state of
		// things, not the day of an event; it is compared with bounds
		t += "|open"
	}
	return string(c.Kind) + "|" + c.Metric + "|" + unit + "|" + t
}

// profile is how a claim's context is compared: its event concepts and its
// words, each a unit vector.
type profile struct {
	concepts vector  // "@air", "@crash"...: weighted by rank only, unit length
	words    vector  // other terms: weighted by rank and rarity (idf), unit length
	cn, wn   float64 // the two vectors' lengths before they were made unit
}

// conflictMargin is how much more similar two claims with incompatible values
// must be than two that agree: agreeing values are themselves evidence that
// two claims speak of one fact.
const conflictMargin = 0.05

// unknownYearMargin is the bar for a date with no year to join a dated one
// it fits: it fits many.
const unknownYearMargin = 0.15

// distancePenalty raises the bar further with how far apart two values are
// (years for dates, doublings for figures, at most three): reporters err by a
// day or a digit, while a story's different events lie years apart.
const distancePenalty = 0.15

// conceptShare is how much shared event concepts count against shared words
// when both claims have concepts.
const conceptShare = 0.5

// weighVectors turns each claim's ranked terms into a profile: rank gives a
// term's weight in its claim, rarity across all claims (idf) a word's worth.
func weighVectors(cl []claims.Claim) []profile {
	ids := map[string]int32{} // terms numbered in order of first use
	df := []int{}
	for _, c := range cl {
		for _, t := range c.Terms {
			id, ok := ids[t]
			if !ok {
				id = int32(len(df))
				ids[t] = id
				df = append(df, 0)
			}
			df[id]++
		}
	}
	n := float64(len(cl))
	out := make([]profile, len(cl))
	for i, c := range cl {
		var p profile
		for r, t := range c.Terms {
			w := 1 / (1 + 0.12*float64(r))
			id := ids[t]
			if strings.HasPrefix(t, "@") {
				p.concepts = append(p.concepts, entry{id, w})
				continue
			}
			p.words = append(p.words, entry{id, w * math.Log(1+n/float64(df[id]))})
		}
		p.concepts, p.words = sorted(p.concepts), sorted(p.words)
		p.cn, p.wn = norm(p.concepts), norm(p.words)
		p.concepts, p.words = unit(p.concepts), unit(p.words)
		out[i] = p
	}
	return out
}

// similarity of two contexts, 0..1: the cosine of their words, and when
// both have event concepts, the mean of that and the cosine of the concepts.
// Concepts are compared apart from words because outlets name one event with
// different words (plane, jet, airliner) but the same kind of event.
func similarity(a, b profile) float64 {
	w := cosine(a.words, b.words)
	if len(a.concepts) == 0 || len(b.concepts) == 0 {
		return w
	}
	return conceptShare*cosine(a.concepts, b.concepts) + (1-conceptShare)*w
}

func (p profile) plus(o profile) profile {
	return profile{concepts: add(scaled(p.concepts, p.cn), scaled(o.concepts, o.cn)),
		words: add(scaled(p.words, p.wn), scaled(o.words, o.wn)), cn: 1, wn: 1}
}

// unit makes a summed profile comparable again.
func (p profile) unit() profile {
	q := profile{cn: norm(p.concepts), wn: norm(p.words)}
	q.concepts, q.words = unit(p.concepts), unit(p.words)
	return q
}

// sameSentence is true for two claims of one sentence: "38 of the 67 people"
// are two facts, and so are two dates in one sentence. An amount restated in
// another currency ("1.7 trillion yuan, or roughly $240 billion") is the
// exception. It is sentenceKey(a) == sentenceKey(b) without building the
// keys, since it runs for every candidate pair.
func sameSentence(a, b claims.Claim) bool {
	if a.Kind == mention.KindMoney && b.Kind == mention.KindMoney && !strings.EqualFold(a.Value.Unit, b.Value.Unit) {
		return false
	}
	return a.Source == b.Source && a.Line == b.Line && a.Sentence == b.Sentence
}

// sameSourcePenalty raises the bar for two claims of one source: a writer
// rarely gives one fact twice with different values, so two different values
// in one article are more often two facts.
const sameSourcePenalty = 0.20

// samePeriod is false when both claims name a resolved period and the
// periods differ: a figure for 2023 and one for 2024 are two facts. It is
// false too when their sentences date them years apart; a figure whose
// sentence gives no year is taken to be of the story's own time.
func (cmp *comparer) samePeriod(a, b claims.Claim) bool {
	ya, yb := a.EventYear, b.EventYear
	if ya == 0 {
		ya = cmp.storyYear
	}
	if yb == 0 {
		yb = cmp.storyYear
	}
	if ya != 0 && yb != 0 && (ya-yb > 1 || yb-ya > 1) {
		return false // figures of events years apart: a background event
	}
	if da, db := timexMid(a.EventDate), timexMid(b.EventDate); da != 0 && db != 0 && math.Abs(da-db) > maxEventDays {
		return false // "in October 2018 a jet of the same model crashed, killing 189"
	}
	return periodsMeet(a.Period, b.Period)
}

// periodBonus lowers the bar for two figures of one metric that name the same
// period in two sources: "EU imports from China in 2023" in two outlets is
// one fact however differently they word the rest. (One source giving two
// figures of one metric and period speaks of two subjects.)
const periodBonus = 0.15

func samePeriods(a, b map[string]bool) bool {
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// maxEventDays is how far apart the dates two figures' sentences give may
// lie for the figures to be of one event: a toll still rises weeks after a
// disaster; an event months apart is another one.
const maxEventDays = 100

// timexMid is the middle day of a YYYY-MM or YYYY-MM-DD value, 0 for others.
func timexMid(t string) float64 {
	var y, m, d int
	switch len(t) {
	case 7:
		if _, err := fmt.Sscanf(t, "%4d-%2d", &y, &m); err != nil {
			return 0
		}
	case 10:
		if _, err := fmt.Sscanf(t, "%4d-%2d-%2d", &y, &m, &d); err != nil {
			return 0
		}
	default:
		return 0
	}
	return mention.Date{Year: y, Month: m, Day: d}.Mid()
}

// periodsMeet is false for two resolved periods that differ ("2023" and
// "2024", "2023" and "2023/first 11 months"); a month meets its year, and an
// unresolved period ("last year" with no publication date) meets anything.
func periodsMeet(a, b string) bool {
	if a == "" || b == "" || a == b {
		return true
	}
	return !isResolvedPeriod(a) || !isResolvedPeriod(b) ||
		strings.HasPrefix(a, b+"-") || strings.HasPrefix(b, a+"-")
}

func isResolvedPeriod(p string) bool {
	return len(p) >= 4 && p[0] >= '0' && p[0] <= '9'
}

type simPair struct {
	a, b int
	sim  float64
}

// candidateTerms is how many of a claim's best terms are used to find
// claims to compare it with.
const candidateTerms = 8

// group is a set of claims being merged into one fact, with what the merge
// tests need summarised so that a test costs no more than the summaries.
type group struct {
	members   []int
	sum       profile         // the members' profiles added up
	centre    profile         // sum made unit length: the centroid
	values    []int           // distinct value ids (at most maxGroupValues)
	periods   map[string]bool // resolved periods of the members
	yrLo      int             // earliest and latest event year (0: none)
	yrHi      int
	evLo      float64 // earliest and latest event day (0: none)
	evHi      float64
	sentences map[string]bool // sentence keys of the members
	// For dates: the values each source gives, and each wording of a date
	// resolved against a publication date, by value id (see datesClash).
	dated map[string][]int
}

// cluster groups the claims idx (indexes into cl) into facts: candidate pairs
// come from an inverted index over their best terms; pairs at or above the
// threshold (raised for values that disagree, for two claims of one source)
// are merged best first, and two groups merge only while their centroids stay
// that similar, so one loose pair cannot chain two events.
func cluster(cl []claims.Claim, vecs []profile, idx []int, threshold float64, cmp *comparer) [][]int {
	post := map[string][]int{}
	for _, i := range idx {
		for _, t := range topTerms(cl[i].Terms) {
			post[t] = append(post[t], i)
		}
	}
	// Intern values so that penalties between them are computed once.
	valueID := map[int]int{}
	var values []mention.Value
	ids := map[string]int{}
	for _, i := range idx {
		k := valueKey(cl[i].Value)
		id, ok := ids[k]
		if !ok {
			id = len(values)
			ids[k] = id
			values = append(values, cl[i].Value)
		}
		valueID[i] = id
	}
	weak := make([]bool, len(values))
	for i, v := range values {
		weak[i] = weakFit(v)
	}
	memo := map[[2]int]float64{}
	penalty := func(a, b int) float64 {
		if a > b {
			a, b = b, a
		}
		if p, ok := memo[[2]int{a, b}]; ok {
			return p
		}
		p := cmp.penalty(values[a], values[b])
		memo[[2]int{a, b}] = p
		return p
	}

	var pairs []simPair
	mark := make([]int, len(cl)) // j -> 1 + the last i it was compared with
	for _, i := range idx {
		for _, t := range topTerms(cl[i].Terms) {
			p := post[t]
			if len(p) > maxPosting {
				continue
			}
			for _, j := range p {
				if j <= i || mark[j] == i+1 {
					continue
				}
				mark[j] = i + 1
				if !cmp.samePeriod(cl[i], cl[j]) || sameSentence(cl[i], cl[j]) {
					continue
				}
				th := threshold
				if cl[i].Source == cl[j].Source {
					th += sameSourcePenalty
				}
				th += penalty(valueID[i], valueID[j])
				if isResolvedPeriod(cl[i].Period) && cl[i].Period == cl[j].Period && cl[i].Source != cl[j].Source {
					th -= periodBonus // "imports in 2023" from two sources: one fact, however worded
				}
				if s := similarity(vecs[i], vecs[j]); s >= th {
					pairs = append(pairs, simPair{i, j, s})
				}
			}
		}
	}
	sort.Slice(pairs, func(x, y int) bool {
		if pairs[x].sim != pairs[y].sim {
			return pairs[x].sim > pairs[y].sim
		}
		if pairs[x].a != pairs[y].a {
			return pairs[x].a < pairs[y].a
		}
		return pairs[x].b < pairs[y].b
	})

	parent := map[int]int{}
	groups := map[int]*group{}
	for _, i := range idx {
		parent[i] = i
		g := &group{members: []int{i}, sum: vecs[i], centre: vecs[i], values: []int{valueID[i]},
			periods: map[string]bool{}, sentences: map[string]bool{sentenceKey(cl[i]): true}}
		if isResolvedPeriod(cl[i].Period) {
			g.periods[cl[i].Period] = true
		}
		g.yrLo, g.yrHi = cmp.eventYear(cl[i]), cmp.eventYear(cl[i])
		g.evLo = timexMid(cl[i].EventDate)
		g.evHi = g.evLo
		if cl[i].Kind == mention.KindDate {
			g.dated = map[string][]int{"source " + cl[i].Source: {valueID[i]}}
			if cl[i].Value.Date.Relative {
				g.dated["words "+strings.ToLower(cl[i].Text)] = []int{valueID[i]}
			}
		}
		groups[i] = g
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	groupPenalty := func(a, b []int) float64 {
		into := func(a, b []int) float64 {
			var worst float64
			for _, x := range a {
				best := math.Inf(1)
				for _, y := range b {
					if weak[y] && len(b) > 1 {
						continue // "since 2020" or "July 7" fit too much to be evidence of one fact
					}
					best = math.Min(best, penalty(x, y))
				}
				worst = math.Max(worst, best)
			}
			return worst
		}
		// none when one group's values all fit values of the other (the merge
		// adds no new side), else the penalty of the value that fits worst
		return math.Min(into(a, b), into(b, a))
	}
	refused := map[[4]int]bool{} // merges refused, by the two groups' roots and sizes
	for _, p := range pairs {
		ra, rb := find(p.a), find(p.b)
		if ra == rb {
			continue
		}
		ga, gb := groups[ra], groups[rb]
		key := [4]int{ra, rb, len(ga.members), len(gb.members)}
		if refused[key] {
			continue
		}
		bonus := 0.0
		if len(ga.periods) == 1 && len(gb.periods) == 1 && samePeriods(ga.periods, gb.periods) {
			bonus = periodBonus
		}
		if len(ga.members)+len(gb.members) > 2 &&
			similarity(ga.centre, gb.centre) < threshold+groupPenalty(ga.values, gb.values)-bonus ||
			!periodsMix(ga, gb) || clash(ga.sentences, gb.sentences) || datesClash(ga.dated, gb.dated, values, weak, cmp) {
			refused[key] = true
			continue
		}
		if ra > rb {
			ra, rb, ga, gb = rb, ra, gb, ga
		}
		parent[rb] = ra
		ga.members = append(ga.members, gb.members...)
		ga.sum = ga.sum.plus(gb.sum).pruned(maxCentroidTerms)
		ga.centre = ga.sum.unit()
		for _, v := range gb.values {
			if !slices.Contains(ga.values, v) && len(ga.values) < maxGroupValues {
				ga.values = append(ga.values, v)
			}
		}
		for k := range gb.periods {
			ga.periods[k] = true
		}
		for k := range gb.sentences {
			ga.sentences[k] = true
		}
		for k, ids := range gb.dated {
			for _, id := range ids {
				if !slices.Contains(ga.dated[k], id) {
					ga.dated[k] = append(ga.dated[k], id)
				}
			}
		}
		ga.yrLo, ga.yrHi = minKnown(ga.yrLo, gb.yrLo), max(ga.yrHi, gb.yrHi)
		ga.evLo, ga.evHi = minKnown(ga.evLo, gb.evLo), max(ga.evHi, gb.evHi)
		delete(groups, rb)
	}
	var out [][]int
	for _, i := range idx {
		if find(i) == i {
			g := groups[i].members
			sort.Ints(g)
			out = append(out, g)
		}
	}
	return out
}

// maxCentroidTerms bounds a group's centroid, so that comparing two large
// groups costs no more than comparing two claims.
const maxCentroidTerms = 64

// pruned keeps the n heaviest words and concepts of a profile.
func (p profile) pruned(n int) profile {
	return profile{concepts: topN(p.concepts, n), words: topN(p.words, n), cn: p.cn, wn: p.wn}
}

// topTerms are the terms used to find candidates.
func topTerms(t []string) []string {
	if len(t) > candidateTerms {
		return t[:candidateTerms]
	}
	return t
}

// valueKey identifies a value for interning.
func valueKey(v mention.Value) string {
	return fmt.Sprintf("%v|%v|%v|%s|%s", v.JSONValue(), v.Low, v.High, v.Unit, v.Qualifier) + dateMod(v)
}

func dateMod(v mention.Value) string {
	if v.Date == nil {
		return ""
	}
	return "|" + string(v.Date.Mod)
}

// sentenceKey identifies a claim's sentence; an amount in another currency
// counts apart, so that a restatement ("1.7 trillion yuan, or roughly $240
// billion") may join its fact.
func sentenceKey(c claims.Claim) string {
	k := c.Source + "|" + strconv.Itoa(c.Line) + "|" + c.Sentence
	if c.Kind == mention.KindMoney {
		k += "|" + strings.ToUpper(c.Value.Unit)
	}
	return k
}

func clash(a, b map[string]bool) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// datesClash reports two groups of dates that cannot be one fact:
//   - one source gives dates in them that do not fit each other: a writer
//     who dates two things differently speaks of two events ("the storm
//     came ashore on Sunday", "the dams gave way on Monday"), however alike
//     the two sentences' words;
//   - the same words resolve to days that do not fit: two outlets that both
//     say "on Sunday", a week apart, do not contradict each other about
//     the day; they speak of two Sundays.
//
// Dates that fit too much to be evidence (weak: no year, open-ended) do not
// count: "the July 7 crash" beside "December 2024" may be the writer's
// slip, and a reader wants it flagged.
func datesClash(a, b map[string][]int, values []mention.Value, weak []bool, cmp *comparer) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	for k, ids := range a {
		for _, x := range ids {
			for _, y := range b[k] {
				if !weak[x] && !weak[y] && !cmp.compatible(values[x], values[y]) {
					return true
				}
			}
		}
	}
	return false
}

// eventYear is the year a claim's event is placed in: its sentence's year,
// else the story's.
func (cmp *comparer) eventYear(c claims.Claim) int {
	if c.EventYear != 0 {
		return c.EventYear
	}
	return cmp.storyYear
}

// minKnown is the smaller of two years or days, 0 standing for unknown.
func minKnown[T int | float64](a, b T) T {
	if a == 0 {
		return b
	}
	if b == 0 {
		return a
	}
	return min(a, b)
}

// periodsMix is false when two groups hold figures for different resolved
// periods, or for events years apart.
func periodsMix(a, b *group) bool {
	lo, hi := minKnown(a.yrLo, b.yrLo), max(a.yrHi, b.yrHi)
	if lo != 0 && hi-lo > 1 {
		return false
	}
	if dlo, dhi := minKnown(a.evLo, b.evLo), max(a.evHi, b.evHi); dlo != 0 && dhi-dlo > maxEventDays {
		return false
	}
	for p := range a.periods {
		for q := range b.periods {
			if !periodsMeet(p, q) {
				return false
			}
		}
	}
	return true
}

// penalty is how much more similar two claims must be to be one fact,
// given their values: nothing when they agree, conflictMargin plus a share
// for their distance when they do not.
func (cmp *comparer) penalty(a, b mention.Value) float64 {
	if cmp.compatible(a, b) {
		if a.Date != nil && (a.Date.Year == 0) != (b.Date.Year == 0) {
			// "December 25" fits 2014 only because its year is unknown:
			// weak evidence either way.
			return unknownYearMargin
		}
		return 0
	}
	d := cmp.distance(a, b)
	if a.Date != nil && d > maxDateYears {
		return math.Inf(1) // a story's dates years apart are of different events
	}
	if a.Date != nil && a.Date.Year != 0 && b.Date.Year != 0 && (dateGap(*a.Date, *b.Date) > maxEventDays ||
		a.Date.Month != 0 && b.Date.Month != 0 && d*365.25 > maxEventDays) {
		// Two dated spans months apart ("May 2025" and "late 2024"; months
		// whose middles lie that far apart): other events (a delivery, an
		// earlier crash), not one event dated wrongly. A date
		// whose year the text leaves out stays comparable: "July 7" may be a slip.
		return math.Inf(1)
	}
	return conflictMargin + distancePenalty*math.Min(d, 3)
}

// dateGap is the number of days between two dates' intervals, 0 when they
// overlap.
func dateGap(a, b mention.Date) float64 {
	alo, ahi := a.Interval()
	blo, bhi := b.Interval()
	return math.Max(0, math.Max(blo-ahi, alo-bhi))
}

// maxDateYears is how far apart two dates may lie and still be offered as one
// fact reported wrongly.
const maxDateYears = 2.0

// distance is years between dates, doublings between figures. A date with
// an unknown year is placed near the story's year, as in compatible.
func (cmp *comparer) distance(a, b mention.Value) float64 {
	if a.Date != nil && b.Date != nil {
		x, y := *a.Date, *b.Date
		if cmp.storyYear != 0 && (x.Year == 0) != (y.Year == 0) {
			if x.Year == 0 {
				x, y = y, x
			}
			// y has no year: measure from the story's year, the nearest it can be
			y.Year = cmp.storyYear
			return math.Min(x.Distance(y), x.Distance(mention.Date{Year: cmp.storyYear})) / 365.25
		}
		return x.Distance(y) / 365.25
	}
	x, y := math.Abs(a.Number), math.Abs(b.Number)
	if x == 0 || y == 0 {
		return 3
	}
	return math.Abs(math.Log2(x / y))
}

// weakFit reports values that fit too many others to show that two groups
// are one fact: an open side ("at least 38", "since 2020") or an unknown
// year ("July 7").
func weakFit(v mention.Value) bool {
	if v.Date != nil {
		return v.Date.OpenEnded() || v.Date.Year == 0
	}
	return math.IsInf(v.Low, -1) || math.IsInf(v.High, 1)
}

// maxGroupValues bounds the distinct values a group keeps for groupPenalty.
const maxGroupValues = 16

// finding builds one fact from its claims: sides of compatible values, the
// status, severity and fingerprint.
func finding(members []claims.Claim, vecs []profile, group []int, cmp *comparer) Finding {
	f := Finding{Kind: members[0].Kind, Metric: members[0].Metric}
	var live, superseded []claims.Claim
	for _, c := range members {
		if c.Superseded {
			superseded = append(superseded, c)
		} else {
			live = append(live, c)
		}
	}
	if len(live) == 0 {
		live, superseded = superseded, nil
	}
	f.Sides = makeSides(live, cmp)
	f.Superseded = superseded
	srcs := map[string]bool{}
	for _, c := range members {
		srcs[c.Source] = true
	}
	f.Sources = sortedKeys(srcs)
	switch {
	case len(f.Sides) > 1 && risingTotal(f):
		f.Status = Updated
	case len(f.Sides) > 1:
		f.Status = Conflict
	case len(f.Sources) > 1:
		f.Status = Agree
	default:
		f.Status = Single
	}
	// A source contradicts itself when two of its claims on different sides
	// cannot both be true ("at least 93" beside "93" can).
	type placed struct {
		side int
		v    mention.Value
	}
	bySource := map[string][]placed{}
	for i, sd := range f.Sides {
		for _, c := range sd.Claims {
			bySource[c.Source] = append(bySource[c.Source], placed{i, c.Value})
		}
	}
	self := map[string]bool{}
	for src, ps := range bySource {
		for i := 0; i < len(ps) && !self[src]; i++ {
			for _, q := range ps[i+1:] {
				if q.side != ps[i].side && !cmp.compatible(ps[i].v, q.v) {
					self[src] = true
					break
				}
			}
		}
	}
	f.SelfContra = sortedKeys(self)
	f.Subject = findingSubject(members, vecs, group)
	f.Concept = topConcept(members)
	if f.Status == Conflict {
		f.Severity = severity(f)
	}
	f.Fingerprint = fingerprint(f)
	return f
}

// makeSides puts claims on sides of mutually compatible values. Precise
// claims are placed first, each on the first side whose every claim it is
// compatible with; vague ones ("at least 38", "2024") then join the best
// supported side they fit, so that they never split two sides they both fit.
func makeSides(cl []claims.Claim, cmp *comparer) []Side {
	order := make([]claims.Claim, len(cl))
	copy(order, cl)
	sort.SliceStable(order, func(i, j int) bool {
		return order[i].Value.Precision() > order[j].Value.Precision()
	})
	var sides []Side
	fits := func(s Side, c claims.Claim) bool {
		for _, o := range s.Claims {
			if !cmp.compatible(o.Value, c.Value) {
				return false
			}
		}
		return true
	}
	for _, c := range order {
		best := -1
		for i, s := range sides {
			if fits(s, c) && (best < 0 || len(sides[i].Claims) > len(sides[best].Claims)) {
				best = i
				if c.Value.Precision() >= 5 {
					break // precise claims take the first side they fit
				}
			}
		}
		if best < 0 {
			sides = append(sides, Side{})
			best = len(sides) - 1
		}
		sides[best].Claims = append(sides[best].Claims, c)
	}
	for i := range sides {
		s := &sides[i]
		sort.SliceStable(s.Claims, func(a, b int) bool {
			if s.Claims[a].Source != s.Claims[b].Source {
				return s.Claims[a].Source < s.Claims[b].Source
			}
			return s.Claims[a].Start < s.Claims[b].Start
		})
		srcs := map[string]bool{}
		best := s.Claims[0]
		for _, c := range s.Claims {
			srcs[c.Source] = true
			if c.Value.Precision() > best.Value.Precision() {
				best = c
			}
		}
		s.Value = best.Value
		s.Sources = sortedKeys(srcs)
	}
	sort.SliceStable(sides, func(i, j int) bool {
		if len(sides[i].Sources) != len(sides[j].Sources) {
			return len(sides[i].Sources) > len(sides[j].Sources)
		}
		return sides[i].Value.String() < sides[j].Value.String()
	})
	return sides
}

// comparer decides whether two values can both be true, for one run of Compare.
type comparer struct {
	tol mention.Tolerance
	// storyYear is the year most of the collection's dated claims fall in. A
	// date whose year the text leaves out ("Dec. 28") is taken to lie within a
	// year of it, so that it cannot bridge to a background event of 1997.
	storyYear int
}

func newComparer(cl []claims.Claim, tol mention.Tolerance) *comparer {
	var years []int
	for _, c := range cl {
		if d := c.Value.Date; d != nil && d.Year != 0 && d.Month != 0 {
			years = append(years, d.Year)
		}
	}
	cmp := &comparer{tol: tol}
	if len(years) > 0 {
		sort.Ints(years)
		cmp.storyYear = years[len(years)/2]
	}
	return cmp
}

// compatible is Compatible with two refinements: money in different
// currencies is compared through approximate rates, with at least
// crossCurrencySlack of tolerance; and a date with an unknown year meets a
// dated one only if that one lies within a year of the story's year.
func (cmp *comparer) compatible(a, b mention.Value) bool {
	tol := cmp.tol
	if a.Date != nil && b.Date != nil && cmp.storyYear != 0 && (a.Date.Year == 0) != (b.Date.Year == 0) {
		known := a.Date
		if known.Year == 0 {
			known = b.Date
		}
		if known.Year < cmp.storyYear-1 || known.Year > cmp.storyYear+1 {
			return false
		}
	}
	if a.Date == nil && b.Date == nil && a.Unit != b.Unit {
		ra, oka := usdRate[strings.ToUpper(a.Unit)]
		rb, okb := usdRate[strings.ToUpper(b.Unit)]
		if !oka || !okb {
			return false
		}
		a, b = scale(a, ra), scale(b, rb)
		a.Unit, b.Unit = "USD", "USD"
		if tol.Approx < crossCurrencySlack {
			tol.Approx = crossCurrencySlack
		}
		if tol.Exact < crossCurrencySlack {
			tol.Exact = crossCurrencySlack
		}
	}
	return mention.Compatible(a, b, tol)
}

func scale(v mention.Value, r float64) mention.Value {
	v.Number *= r
	v.Low *= r
	v.High *= r
	return v
}

// findingSubject names what a fact is about from all its claims: the name
// most of their sentences use ("Jeju Air") and the event word they use most
// ("crash"), falling back to the label of the claim nearest the centroid.
func findingSubject(members []claims.Claim, vecs []profile, group []int) string {
	names, events := map[string]int{}, map[string]int{}
	seen := map[string]bool{}
	for _, c := range members {
		if seen[c.Sentence] {
			continue
		}
		seen[c.Sentence] = true
		ns, evs := claims.SubjectWords(c.Sentence)
		for _, n := range ns {
			names[n]++
		}
		for _, e := range evs {
			events[e]++
		}
	}
	name, event := mostCommon(names), mostCommon(events)
	switch {
	case name != "" && event != "":
		return name + " · " + event
	case name != "" || event != "":
		return name + event
	}
	var c profile
	for _, g := range group {
		c = c.plus(vecs[g])
	}
	c = c.unit()
	best, bestSim := "", -1.0
	for i, g := range group {
		if members[i].Subject == "" {
			continue
		}
		if s := similarity(vecs[g], c); s > bestSim {
			best, bestSim = members[i].Subject, s
		}
	}
	return best
}

// mostCommon is the key with the highest count, ties to the first in order.
func mostCommon(m map[string]int) string {
	best := ""
	for k, v := range m {
		if best == "" || v > m[best] || v == m[best] && k < best {
			best = k
		}
	}
	return best
}

// topConcept is the event concept most of the claims' contexts share.
func topConcept(members []claims.Claim) string {
	n := map[string]int{}
	for _, c := range members {
		for _, t := range c.Terms {
			if strings.HasPrefix(t, "@") {
				n[t]++
				break
			}
		}
	}
	best := ""
	for k, v := range n {
		if best == "" || v > n[best] || (v == n[best] && k < best) {
			best = k
		}
	}
	return best
}

// runningTotals are metrics that only grow as a story unfolds.
var runningTotals = map[string]bool{
	"deaths": true, "injured": true, "casualties": true, "displaced": true, "evacuated": true,
	"arrested": true, "detained": true, "cases": true, "affected": true,
}

// risingTotal reports sides of a running total whose values rise with their
// sources' publication dates: every source of a lower side was published no
// later than every source of a higher side, and not all on one day. A side
// of a source with no publication date makes it a conflict.
func risingTotal(f Finding) bool {
	if !runningTotals[f.Metric] || f.Kind != mention.KindCount {
		return false
	}
	type span struct{ lo, hi string }
	spans := make([]span, len(f.Sides))
	for i, s := range f.Sides {
		// A side's time is that of its figures proper: "more than 1,600"
		// reported early fits every later toll and says nothing of when
		// the side's own value was given.
		cs := s.Claims
		var exact []claims.Claim
		for _, c := range cs {
			if !weakFit(c.Value) {
				exact = append(exact, c)
			}
		}
		if len(exact) > 0 {
			cs = exact
		}
		for _, c := range cs {
			if c.Published == "" {
				return false
			}
			if spans[i].lo == "" || c.Published < spans[i].lo {
				spans[i].lo = c.Published
			}
			if c.Published > spans[i].hi {
				spans[i].hi = c.Published
			}
		}
	}
	apart := false
	for i := range f.Sides {
		for j := range f.Sides {
			if i == j || f.Sides[i].Value.Number >= f.Sides[j].Value.Number {
				continue
			}
			// side i is lower: it must be older
			if spans[i].hi > spans[j].lo {
				return false
			}
			if spans[i].hi < spans[j].lo {
				apart = true
			}
		}
	}
	return apart
}

// metricWeight says how much a disagreement on a metric matters.
var metricWeight = map[string]float64{
	"deaths": 3, "injured": 2, "missing": 2, "aboard": 2, "survivors": 2, "casualties": 2,
	"date": 1.5, "displaced": 1.5, "evacuated": 1.5, "arrested": 1.5, "detained": 1.5,
}

// severity ranks conflicts: what is measured, how far apart the sides are,
// and how many sources speak.
func severity(f Finding) float64 {
	w := metricWeight[f.Metric]
	if w == 0 {
		w = 1
		if f.Kind == mention.KindMoney {
			w = 1.3
		}
	}
	spread := 0.0
	for i := 1; i < len(f.Sides); i++ {
		spread = math.Max(spread, mention.Spread(f.Sides[0].Value, f.Sides[i].Value))
	}
	s := w * (1 + math.Log(float64(len(f.Sources)))) * (0.5 + math.Min(spread, 1))
	return math.Round(s*1000) / 1000
}

// fingerprint identifies a finding across runs and edits: kind, metric, event
// concept and the sides' values; never line numbers or wording, so moving a
// paragraph does not change it, and a new figure does.
func fingerprint(f Finding) string {
	var vals []string
	for _, s := range f.Sides {
		vals = append(vals, s.Value.FingerprintString())
	}
	sort.Strings(vals)
	h := sha256.Sum256([]byte(string(f.Kind) + "|" + f.Metric + "|" + f.Concept + "|" + strings.Join(vals, "|")))
	return hex.EncodeToString(h[:8])
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// statusRank orders statuses for people: what needs attention first.
var statusRank = map[Status]int{Conflict: 0, Updated: 1, Agree: 2, Single: 3}

// SortFindings orders findings the way every output lists them: conflicts
// (most serious first), then updated totals, agreements and single-source
// facts; then by the number of sources, kind, metric, subject and
// fingerprint, so that the order never depends on how they were found. A
// status it does not know goes last.
func SortFindings(fs []Finding) {
	rank := func(s Status) int {
		if r, ok := statusRank[s]; ok {
			return r
		}
		return len(statusRank)
	}
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		switch {
		case rank(a.Status) != rank(b.Status):
			return rank(a.Status) < rank(b.Status)
		case a.Status != b.Status:
			return a.Status < b.Status
		case a.Severity != b.Severity:
			return a.Severity > b.Severity
		case len(a.Sources) != len(b.Sources):
			return len(a.Sources) > len(b.Sources)
		case a.Kind != b.Kind:
			return a.Kind < b.Kind
		case a.Metric != b.Metric:
			return a.Metric < b.Metric
		case a.Subject != b.Subject:
			return a.Subject < b.Subject
		}
		return a.Fingerprint < b.Fingerprint
	})
}
