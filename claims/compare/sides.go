package compare

import (
	"math"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
)

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
				if c.Value.Precision() >= pointPrecision {
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
