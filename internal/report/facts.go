package report

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/claims/mention"
)

// label names a fact for people: "deaths (Azerbaijan Airlines crash)".
func label(f compare.Finding) string {
	m, s := strings.TrimSpace(f.Metric), strings.TrimSpace(f.Subject)
	switch {
	case m != "" && s != "":
		return m + " (" + s + ")"
	case m != "":
		return m
	case s != "":
		return string(f.Kind) + " (" + s + ")"
	}
	return string(f.Kind)
}

// split sorts findings into conflicts (most serious first), agreements and
// singles, each in a stable order.
func split(fs []compare.Finding) (conflicts, agreed, singles []compare.Finding) {
	for _, f := range fs {
		if len(f.Sides) == 0 {
			continue // nothing to show; the engine never makes one
		}
		switch f.Status {
		case compare.Conflict:
			conflicts = append(conflicts, f)
		case compare.Agree:
			agreed = append(agreed, f)
		default:
			singles = append(singles, f)
		}
	}
	sort.SliceStable(conflicts, func(i, j int) bool {
		if conflicts[i].Severity != conflicts[j].Severity {
			return conflicts[i].Severity > conflicts[j].Severity
		}
		return less(conflicts[i], conflicts[j])
	})
	sort.SliceStable(agreed, func(i, j int) bool { return less(agreed[i], agreed[j]) })
	sort.SliceStable(singles, func(i, j int) bool { return less(singles[i], singles[j]) })
	return conflicts, agreed, singles
}

// less orders findings by label, then by fingerprint, so output is byte-stable.
func less(a, b compare.Finding) bool {
	if la, lb := label(a), label(b); la != lb {
		return la < lb
	}
	return a.Fingerprint < b.Fingerprint
}

// majority is the index of the side more sources back than any other, or -1
// when the leading sides tie.
func majority(f compare.Finding) int {
	best, n, tie := -1, 0, false
	for i, s := range f.Sides {
		switch k := len(s.Sources); {
		case k > n:
			best, n, tie = i, k, false
		case k == n:
			tie = true
		}
	}
	if tie {
		return -1
	}
	return best
}

// spread says how far apart a finding's sides are: "1 (2.6%)" for counts,
// "USD 1.3 billion (26%)" for money, "2 points (25%)" for percentages,
// "171 days" for dates.
func spread(f compare.Finding) string {
	if len(f.Sides) < 2 {
		return "—"
	}
	if f.Sides[0].Value.Date != nil {
		return datespread(f.Sides)
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, s := range f.Sides {
		lo = math.Min(lo, s.Value.Number)
		hi = math.Max(hi, s.Value.Number)
	}
	d := hi - lo
	diff := mention.Value{Number: d, Low: d, High: d, Unit: f.Sides[0].Value.Unit}.String()
	if diff2 := strings.TrimSuffix(diff, "%"); diff2 != diff {
		diff = diff2 + " points"
	}
	m := math.Max(math.Abs(lo), math.Abs(hi))
	if m == 0 {
		return diff
	}
	return diff + " (" + percent(d/m) + ")"
}

// datespread is the widest distance in days between the sides' dates. A date
// without a year is placed in the year, around the first dated side's, that
// brings it nearest to that side, as mention.Date.Overlaps does.
func datespread(sides []compare.Side) string {
	var ref *mention.Date
	for _, s := range sides {
		if d := s.Value.Date; d != nil && d.Year != 0 {
			ref = d
			break
		}
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, s := range sides {
		d := s.Value.Date
		if d == nil {
			continue
		}
		m := d.Mid()
		if d.Year == 0 && ref != nil {
			best := math.Inf(1)
			for y := ref.Year - 1; y <= ref.Year+1; y++ {
				c := *d
				c.Year = y
				if cm := c.Mid(); math.Abs(cm-ref.Mid()) < math.Abs(best-ref.Mid()) {
					best = cm
				}
			}
			m = best
		}
		lo, hi = math.Min(lo, m), math.Max(hi, m)
	}
	if math.IsInf(lo, 0) {
		return "—"
	}
	days := int(math.Round(hi - lo))
	if days == 1 {
		return "1 day"
	}
	return strconv.Itoa(days) + " days"
}

// percent prints a ratio as a percentage with at most one decimal: "2.6%", "26%".
func percent(r float64) string {
	return strconv.FormatFloat(math.Round(r*1000)/10, 'f', -1, 64) + "%"
}

// plural prints "1 source", "3 sources".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
