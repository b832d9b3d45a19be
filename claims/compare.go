package claims

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"sort"
	"strings"
)

// CompareOptions tunes how claims are grouped into facts and compared.
type CompareOptions struct {
	Tolerance Tolerance // slack for hedged and exact figures; zero value: DefaultTolerance
	// Threshold is the context similarity (cosine, 0..1) above which two
	// claims of the same kind and metric are taken to speak of one fact.
	// Zero means DefaultThreshold.
	Threshold float64
}

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
func Compare(cl []Claim, opt CompareOptions) []Finding {
	if opt.Tolerance == (Tolerance{}) {
		opt.Tolerance = DefaultTolerance
	}
	if opt.Threshold == 0 {
		opt.Threshold = DefaultThreshold
	}
	sorted := make([]Claim, len(cl))
	copy(sorted, cl)
	sort.SliceStable(sorted, func(i, j int) bool {
		if sorted[i].Source != sorted[j].Source {
			return sorted[i].Source < sorted[j].Source
		}
		return sorted[i].Start < sorted[j].Start
	})
	vecs := weighVectors(sorted)
	cmp := newComparer(sorted, opt.Tolerance)

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
		if sorted[idx[0]].Kind == KindDate {
			th += dateThresholdBoost
		}
		for _, group := range cluster(sorted, vecs, idx, th, cmp) {
			members := make([]Claim, len(group))
			for i, g := range group {
				members[i] = sorted[g]
			}
			out = append(out, finding(members, vecs, group, cmp))
		}
	}
	sortFindings(out)
	return out
}

// bucketKey is what two claims must share to be compared at all.
func bucketKey(c Claim) string {
	unit := strings.ToUpper(c.Value.Unit)
	if c.Kind == KindMoney {
		unit = "money" // currencies are compared through rates
	}
	t := "fact"
	if c.Target {
		t = "target"
	}
	if c.Metric == "statement" {
		t = c.Source // two outlets' "said on Monday" are two statements
	}
	return string(c.Kind) + "|" + c.Metric + "|" + unit + "|" + t
}

// vector is a sparse, unit-length weighting of context terms.
type vector map[string]float64

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
func weighVectors(cl []Claim) []profile {
	df := map[string]int{}
	for _, c := range cl {
		for _, t := range c.Terms {
			df[t]++
		}
	}
	n := float64(len(cl))
	out := make([]profile, len(cl))
	for i, c := range cl {
		p := profile{concepts: vector{}, words: make(vector, len(c.Terms))}
		for r, t := range c.Terms {
			w := 1 / (1 + 0.12*float64(r))
			if strings.HasPrefix(t, "@") {
				p.concepts[t] = w
				continue
			}
			p.words[t] = w * math.Log(1+n/float64(df[t]))
		}
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

func scaled(v vector, f float64) vector {
	out := make(vector, len(v))
	for t, w := range v {
		out[t] = w * f
	}
	return out
}

func norm(v vector) float64 {
	var n float64
	for _, w := range v {
		n += w * w
	}
	return math.Sqrt(n)
}

func cosine(a, b vector) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	var s float64
	for t, w := range a {
		s += w * b[t]
	}
	return s
}

// sameSentence is true for two claims of one sentence: "38 of the 67 people"
// are two facts, and so are two dates in one sentence. An amount restated in
// another currency ("1.7 trillion yuan, or roughly $240 billion") is the
// exception.
func sameSentence(a, b Claim) bool {
	if a.Kind == KindMoney && b.Kind == KindMoney && !strings.EqualFold(a.Value.Unit, b.Value.Unit) {
		return false
	}
	return a.Source == b.Source && a.Sentence == b.Sentence && a.Line == b.Line
}

// sameSourcePenalty raises the bar for two claims of one source: a writer
// rarely gives one fact twice with different values, so two different values
// in one article are more often two facts.
const sameSourcePenalty = 0.20

// samePeriod is false when both claims name a resolved period and the
// periods differ: a figure for 2023 and one for 2024 are two facts. It is
// false too when their sentences date them years apart; a figure whose
// sentence gives no year is taken to be of the story's own time.
func (cmp *comparer) samePeriod(a, b Claim) bool {
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
	if a.Period == "" || b.Period == "" || a.Period == b.Period {
		return true
	}
	return !isResolvedPeriod(a.Period) || !isResolvedPeriod(b.Period) ||
		strings.HasPrefix(a.Period, b.Period+"-") || strings.HasPrefix(b.Period, a.Period+"-")
}

func isResolvedPeriod(p string) bool {
	return len(p) >= 4 && p[0] >= '0' && p[0] <= '9'
}

type simPair struct {
	a, b int
	sim  float64
}

// cluster groups the claims idx (indexes into cl) into facts: candidate pairs
// come from an inverted index over their terms; pairs at or above the
// threshold are merged best first, and two groups merge only while their
// centroids stay that similar, so one loose pair cannot chain two events.
func cluster(cl []Claim, vecs []profile, idx []int, threshold float64, cmp *comparer) [][]int {
	post := map[string][]int{}
	for _, i := range idx {
		for _, t := range cl[i].Terms {
			post[t] = append(post[t], i)
		}
	}
	var pairs []simPair
	seen := map[[2]int]bool{}
	for _, i := range idx {
		for _, t := range cl[i].Terms {
			p := post[t]
			if len(p) > maxPosting {
				continue
			}
			for _, j := range p {
				if j <= i || seen[[2]int{i, j}] {
					continue
				}
				seen[[2]int{i, j}] = true
				if !cmp.samePeriod(cl[i], cl[j]) || sameSentence(cl[i], cl[j]) {
					continue
				}
				th := threshold
				if cl[i].Source == cl[j].Source {
					th += sameSourcePenalty
				}
				th += cmp.penalty(cl[i].Value, cl[j].Value)
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
	members := map[int][]int{}
	centroid := map[int]profile{}
	values := map[int][]Value{} // the group's distinct values, for the merge test
	for _, i := range idx {
		parent[i] = i
		members[i] = []int{i}
		centroid[i] = vecs[i]
		values[i] = []Value{cl[i].Value}
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for _, p := range pairs {
		ra, rb := find(p.a), find(p.b)
		if ra == rb {
			continue
		}
		if len(members[ra])+len(members[rb]) > 2 &&
			similarity(centroid[ra].unit(), centroid[rb].unit()) < threshold+cmp.groupPenalty(values[ra], values[rb]) {
			continue
		}
		if !cmp.periodsMix(cl, members[ra], members[rb]) || sentenceClash(cl, members[ra], members[rb]) {
			continue
		}
		if ra > rb {
			ra, rb = rb, ra
		}
		parent[rb] = ra
		members[ra] = append(members[ra], members[rb]...)
		centroid[ra] = centroid[ra].plus(centroid[rb])
		values[ra] = mergeValues(values[ra], values[rb])
		delete(values, rb)
		delete(members, rb)
		delete(centroid, rb)
	}
	var out [][]int
	for _, i := range idx {
		if find(i) == i {
			g := members[i]
			sort.Ints(g)
			out = append(out, g)
		}
	}
	return out
}

// penalty is how much more similar two claims must be to be one fact,
// given their values: nothing when they agree, conflictMargin plus a share
// for their distance when they do not.
func (cmp *comparer) penalty(a, b Value) float64 {
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
	return conflictMargin + distancePenalty*math.Min(d, 3)
}

// maxDateYears is how far apart two dates may lie and still be offered as one
// fact reported wrongly.
const maxDateYears = 2.0

// distance is years between dates, doublings between figures. A date with
// an unknown year is placed near the story's year, as in compatible.
func (cmp *comparer) distance(a, b Value) float64 {
	if a.Date != nil && b.Date != nil {
		x, y := *a.Date, *b.Date
		if cmp.storyYear != 0 && (x.Year == 0) != (y.Year == 0) {
			if x.Year == 0 {
				x, y = y, x
			}
			// y has no year: measure from the story's year, the nearest it can be
			y.Year = cmp.storyYear
			return math.Min(x.Distance(y), x.Distance(Date{Year: cmp.storyYear})) / 365.25
		}
		return x.Distance(y) / 365.25
	}
	x, y := math.Abs(a.Number), math.Abs(b.Number)
	if x == 0 || y == 0 {
		return 3
	}
	return math.Abs(math.Log2(x / y))
}

// groupPenalty is the penalty of merging two groups: none when one
// group's values all fit values of the other (the merge adds no new side),
// else the penalty of the value that fits worst, against its nearest value.
func (cmp *comparer) groupPenalty(a, b []Value) float64 {
	return math.Min(cmp.intoPenalty(a, b), cmp.intoPenalty(b, a))
}

func (cmp *comparer) intoPenalty(a, b []Value) float64 {
	var worst float64
	for _, x := range a {
		best := math.Inf(1)
		for _, y := range b {
			if weakFit(y) && len(b) > 1 {
				continue // "since 2020" or "July 7" fit too much to be evidence of one fact
			}
			best = math.Min(best, cmp.penalty(x, y))
		}
		worst = math.Max(worst, best)
	}
	return worst
}

// weakFit reports values that fit too many others to show that two groups
// are one fact: an open side ("at least 38", "since 2020") or an unknown
// year ("July 7").
func weakFit(v Value) bool {
	if v.Date != nil {
		lo, hi := v.Date.Interval()
		return lo < -1e6 || hi > 1e6 || v.Date.Year == 0
	}
	return math.IsInf(v.Low, -1) || math.IsInf(v.High, 1)
}

// maxGroupValues bounds the distinct values a group keeps for groupPenalty.
const maxGroupValues = 32

func mergeValues(a, b []Value) []Value {
	out := a
	for _, v := range b {
		dup := false
		for _, o := range out {
			if o.String() == v.String() {
				dup = true
				break
			}
		}
		if !dup && len(out) < maxGroupValues {
			out = append(out, v)
		}
	}
	return out
}

// sentenceClash is true when two groups hold claims of one sentence.
func sentenceClash(cl []Claim, a, b []int) bool {
	for _, i := range a {
		for _, j := range b {
			if sameSentence(cl[i], cl[j]) {
				return true
			}
		}
	}
	return false
}

// periodsMix is false when two groups hold figures for different resolved periods.
func (cmp *comparer) periodsMix(cl []Claim, a, b []int) bool {
	for _, i := range a {
		for _, j := range b {
			if !cmp.samePeriod(cl[i], cl[j]) {
				return false
			}
		}
	}
	return true
}

func add(a, b vector) vector {
	out := make(vector, len(a)+len(b))
	for t, w := range a {
		out[t] += w
	}
	for t, w := range b {
		out[t] += w
	}
	return out
}

func unit(v vector) vector {
	var n float64
	for _, w := range v {
		n += w * w
	}
	n = math.Sqrt(n)
	out := make(vector, len(v))
	if n == 0 {
		return out
	}
	for t, w := range v {
		out[t] = w / n
	}
	return out
}

// finding builds one fact from its claims: sides of compatible values, the
// status, severity and fingerprint.
func finding(members []Claim, vecs []profile, group []int, cmp *comparer) Finding {
	f := Finding{Kind: members[0].Kind, Metric: members[0].Metric}
	var live, superseded []Claim
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
	// A source on more than one side contradicts itself.
	onSide := map[string]int{}
	for _, s := range f.Sides {
		for _, src := range s.Sources {
			onSide[src]++
		}
	}
	for src, n := range onSide {
		if n > 1 {
			f.SelfContra = append(f.SelfContra, src)
		}
	}
	sort.Strings(f.SelfContra)
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
func makeSides(cl []Claim, cmp *comparer) []Side {
	order := make([]Claim, len(cl))
	copy(order, cl)
	sort.SliceStable(order, func(i, j int) bool {
		return order[i].Value.Precision() > order[j].Value.Precision()
	})
	var sides []Side
	fits := func(s Side, c Claim) bool {
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
	tol Tolerance
	// storyYear is the year most of the collection's dated claims fall in. A
	// date whose year the text leaves out ("Dec. 28") is taken to lie within a
	// year of it, so that it cannot bridge to a background event of 1997.
	storyYear int
}

func newComparer(cl []Claim, tol Tolerance) *comparer {
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
func (cmp *comparer) compatible(a, b Value) bool {
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
	return Compatible(a, b, tol)
}

func scale(v Value, r float64) Value {
	v.Number *= r
	v.Low *= r
	v.High *= r
	return v
}

// findingSubject names what a fact is about from all its claims: the name
// most of their sentences use ("Jeju Air") and the event word they use most
// ("crash"), falling back to the label of the claim nearest the centroid.
func findingSubject(members []Claim, vecs []profile, group []int) string {
	names, events := map[string]int{}, map[string]int{}
	seen := map[string]bool{}
	for _, c := range members {
		if seen[c.Sentence] {
			continue
		}
		seen[c.Sentence] = true
		toks := tokenize(c.Sentence)
		for _, n := range properNames(toks) {
			names[n]++
		}
		for _, t := range toks {
			if eventWord(t.lower) {
				events[t.lower]++
			}
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
func topConcept(members []Claim) string {
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
	if !runningTotals[f.Metric] || f.Kind != KindCount {
		return false
	}
	type span struct{ lo, hi string }
	spans := make([]span, len(f.Sides))
	for i, s := range f.Sides {
		for _, c := range s.Claims {
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
		if f.Kind == KindMoney {
			w = 1.3
		}
	}
	spread := 0.0
	for i := 1; i < len(f.Sides); i++ {
		spread = math.Max(spread, Spread(f.Sides[0].Value, f.Sides[i].Value))
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
		vals = append(vals, s.Value.String())
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

// sortFindings orders findings: conflicts (most serious first), then
// agreements, then single-source facts; ties by metric, subject, fingerprint.
func sortFindings(fs []Finding) {
	rank := map[Status]int{Conflict: 0, Updated: 1, Agree: 2, Single: 3}
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if rank[a.Status] != rank[b.Status] {
			return rank[a.Status] < rank[b.Status]
		}
		if a.Severity != b.Severity {
			return a.Severity > b.Severity
		}
		if len(a.Sources) != len(b.Sources) {
			return len(a.Sources) > len(b.Sources)
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		if a.Metric != b.Metric {
			return a.Metric < b.Metric
		}
		return a.Fingerprint < b.Fingerprint
	})
}
