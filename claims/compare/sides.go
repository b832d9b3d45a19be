package compare

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
)

// makeSides puts claims on sides of mutually compatible values. Precise
// claims are placed first, each on the first side whose every claim it is
// compatible with; vague ones ("at least 38", "2024") then join the best
// supported side they fit, so that they never split two sides they both fit.
//
// A fact may hold thousands of claims (a store compared as one story) but
// few distinct values, so a side is tested by its distinct values, each
// pair of values is tested once, and a value placed before starts its
// search on the side it was placed on: a side that did not fit a value
// never fits it later, since sides only gain claims. The result is the
// same as testing every claim against every claim of every side.
func makeSides(cl []claims.Claim, cmp *comparer) []Side {
	n := len(cl)
	order := make([]int, n)
	prec := make([]int, n)
	for i := range cl {
		order[i] = i
		prec[i] = cl[i].Value.Precision()
	}
	sort.SliceStable(order, func(i, j int) bool { return prec[order[i]] > prec[order[j]] })

	vals := newValueSet(cl)
	type sideWork struct {
		members []int // indexes into cl, in the order placed
		vals    []int // the distinct value ids of its members
	}
	var sides []sideWork
	fits := func(s *sideWork, v int) bool {
		for _, o := range s.vals {
			if !vals.compatible(o, v, cmp) {
				return false
			}
		}
		return true
	}
	firstSide := make([]int, vals.len()) // by value: no side before it fits the value
	for _, i := range order {
		v := vals.id[i]
		precise := prec[i] >= pointPrecision
		best := -1
		from := 0
		if precise {
			from = firstSide[v]
		}
		for k := from; k < len(sides); k++ {
			if fits(&sides[k], v) && (best < 0 || len(sides[k].members) > len(sides[best].members)) {
				best = k
				if precise {
					break // precise claims take the first side they fit
				}
			}
		}
		if best < 0 {
			sides = append(sides, sideWork{})
			best = len(sides) - 1
		}
		if precise {
			firstSide[v] = best
		}
		s := &sides[best]
		s.members = append(s.members, i)
		if !slices.Contains(s.vals, v) {
			s.vals = append(s.vals, v)
		}
	}
	out := make([]Side, len(sides))
	labels := make([]string, len(sides))
	for k := range sides {
		m := sides[k].members
		sort.SliceStable(m, func(a, b int) bool {
			ca, cb := &cl[m[a]], &cl[m[b]]
			if ca.Source != cb.Source {
				return ca.Source < cb.Source
			}
			return ca.Start < cb.Start
		})
		s := &out[k]
		s.Claims = make([]claims.Claim, len(m))
		best := m[0]
		for j, i := range m {
			s.Claims[j] = cl[i]
			if prec[i] > prec[best] {
				best = i
			}
		}
		s.Value = cl[best].Value
		s.Sources = distinctSources(s.Claims)
		labels[k] = s.Value.String()
	}
	idx := make([]int, len(out))
	for k := range idx {
		idx[k] = k
	}
	sort.SliceStable(idx, func(i, j int) bool {
		a, b := &out[idx[i]], &out[idx[j]]
		if len(a.Sources) != len(b.Sources) {
			return len(a.Sources) > len(b.Sources)
		}
		return labels[idx[i]] < labels[idx[j]]
	})
	sorted := make([]Side, len(out))
	for k, i := range idx {
		sorted[k] = out[i]
	}
	return sorted
}

// distinctSources lists the sources of claims sorted by source: each once.
func distinctSources(cl []claims.Claim) []string {
	var out []string
	for i := range cl {
		if len(out) == 0 || out[len(out)-1] != cl[i].Source {
			out = append(out, cl[i].Source)
		}
	}
	return out
}

// valueSet numbers the distinct values of a fact's claims and remembers
// which pairs of them are compatible.
type valueSet struct {
	id    []int           // by claim: its value's number
	first []int           // by value: a claim that has it
	cl    []claims.Claim  // the claims
	pairs map[[2]int]bool // compatible(a, b), once tested
}

// valueKey is what compatible reads of a value; values with one key are
// interchangeable in every test.
type valueKey struct {
	number, low, high uint64
	unit              string
	qualifier         mention.Qualifier
	date, to          mention.Date // to: the range's end, To cleared
	hasDate, hasTo    bool
}

func newValueSet(cl []claims.Claim) *valueSet {
	vs := &valueSet{id: make([]int, len(cl)), cl: cl, pairs: map[[2]int]bool{}}
	index := map[valueKey]int{}
	for i := range cl {
		k, ok := keyOf(cl[i].Value)
		id, seen := index[k]
		if !ok || !seen {
			id = len(vs.first)
			vs.first = append(vs.first, i)
			if ok {
				index[k] = id
			}
		}
		vs.id[i] = id
	}
	return vs
}

// keyOf is a value's key; false for a value too unusual to share one (a
// range of dates whose end is itself a range).
func keyOf(v mention.Value) (valueKey, bool) {
	k := valueKey{
		number: math.Float64bits(v.Number), low: math.Float64bits(v.Low), high: math.Float64bits(v.High),
		unit: v.Unit, qualifier: v.Qualifier,
	}
	if v.Date != nil {
		k.hasDate, k.date = true, *v.Date
		k.date.To = nil
		if t := v.Date.To; t != nil {
			if t.To != nil {
				return k, false
			}
			k.hasTo, k.to = true, *t
		}
	}
	return k, true
}

func (vs *valueSet) len() int { return len(vs.first) }

// compatible is cmp.compatible of a claim with value a beside one with
// value b, in that order.
func (vs *valueSet) compatible(a, b int, cmp *comparer) bool {
	if ok, seen := vs.pairs[[2]int{a, b}]; seen {
		return ok
	}
	ok := cmp.compatible(vs.cl[vs.first[a]].Value, vs.cl[vs.first[b]].Value)
	vs.pairs[[2]int{a, b}] = ok
	return ok
}

// comparer decides whether two values can both be true, for one run of Compare.
type comparer struct {
	tol mention.Tolerance
	// storyYear is the year most of the collection's dated claims fall in. A
	// date whose year the text leaves out ("Dec. 28") is taken to lie within a
	// year of it, so that it cannot bridge to a background event of 1997.
	storyYear int
}

// pointPrecision is the mention.Value.Precision of a figure that names a
// point, exactly or about ("40", "about 40"); bounds and ranges ("at least
// 40", "30 to 40") are less precise.
const pointPrecision = 5

// yearlessReach is how many years from the story's year a dated claim may
// be and still meet a date with no year ("on 3 March").
const yearlessReach = 1

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
		if known.Year < cmp.storyYear-yearlessReach || known.Year > cmp.storyYear+yearlessReach {
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

// weakFit reports values that fit too many others to show that two groups
// are one fact: an open side ("at least 38", "since 2020") or an unknown
// year ("July 7").
func weakFit(v mention.Value) bool {
	if v.Date != nil {
		return v.Date.OpenEnded() || v.Date.Year == 0
	}
	return math.IsInf(v.Low, -1) || math.IsInf(v.High, 1)
}
