package mention

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Kind is what a claim or mention measures.
type Kind string

// The kinds of mentions and claims.
const (
	KindNumber  Kind = "number"  // a bare number (mentions only; a claim about it is a count)
	KindCount   Kind = "count"   // people, or things with a unit (tonnes, ...)
	KindMoney   Kind = "money"   // an amount in whole units of an ISO 4217 currency
	KindPercent Kind = "percent" // 6 for "6 percent"
	KindDate    Kind = "date"    // a calendar date with its grain
)

// Qualifier says how a stated figure bounds the true one.
type Qualifier string

// Qualifiers, from the words around a figure.
const (
	Exact     Qualifier = ""          // "38"
	Approx    Qualifier = "about"     // "about", "around", "some", "an estimated", "roughly"
	AtLeast   Qualifier = "at least"  // "at least 38", "38 or more"
	MoreThan  Qualifier = "more than" // "more than 240", "over 240"
	AtMost    Qualifier = "at most"   // "up to 40", "no more than 40"
	LessThan  Qualifier = "less than" // "fewer than 40", "under 40"
	Nearly    Qualifier = "nearly"    // "nearly 1.5 million", "almost": a little below
	Range     Qualifier = "between"   // "between 30 and 40", "30-40"
	Plural    Qualifier = "dozens"    // "dozens", "hundreds": a vague order of magnitude
	Estimated Qualifier = "estimated" // "an estimated $800 million"
)

// Value is a normalised figure: the number as stated and the interval of true
// values it allows. For dates Low and High are days since 1970-01-01
// (inclusive) and Date holds the calendar value and its grain.
type Value struct {
	Number    float64   // the figure as stated: 38, 3.7e9, 6; for a range its low end
	Low       float64   // smallest true value the claim allows (may be -Inf)
	High      float64   // largest true value the claim allows (may be +Inf)
	Unit      string    // "" for people, "t" for tonnes...; ISO 4217 for money; "%" for percent
	Qualifier Qualifier // how the figure bounds the truth
	Date      *Date     // for dates only
}

// NewNumber returns the value of a figure with a qualifier; hi is used only for
// Range (the high end of "between 30 and 40").
func NewNumber(n float64, unit string, q Qualifier, hi float64) Value {
	v := Value{Number: n, Low: n, High: n, Unit: unit, Qualifier: q}
	switch q {
	case AtLeast:
		v.High = math.Inf(1)
	case MoreThan:
		// "more than 10,000" as newspapers mean it: a count that has
		// reached 10,000, which a report of 10,000 does not contradict
		v.High = math.Inf(1)
	case AtMost:
		v.Low = math.Inf(-1)
		if n >= 0 {
			v.Low = 0
		}
	case LessThan:
		v.Low = 0
	case Range:
		v.High = hi
	case Plural:
		// "dozens" of N: at least two N, fewer than a hundred N (or the next scale).
		v.Low = 2 * n
		v.High = 100*n - 1
	}
	return v
}

// IsApprox reports whether the figure was hedged ("about", "nearly", "an
// estimated"), so that comparison gives it a tolerance.
func (v Value) IsApprox() bool {
	return v.Qualifier == Approx || v.Qualifier == Nearly || v.Qualifier == Estimated
}

// JSONValue is the value as the scorer and machines read it: a number for
// counts, money and percentages, a TIMEX string (YYYY, YYYY-MM, YYYY-MM-DD,
// XXXX for an unknown year) for dates.
func (v Value) JSONValue() any {
	if v.Date != nil {
		return v.Date.Timex()
	}
	return v.Number
}

// String renders the value for people: "38", "at least 38", "USD 3.7 billion",
// "6%", "2024-12-25", "late 2024", "thousands".
func (v Value) String() string { return v.render(true) }

// FingerprintString is String as findings' fingerprints were first made
// with: a vague magnitude reads "dozens (1,000s)", not "thousands".
// Fingerprints keep it so that baselines of accepted disagreements stay
// valid.
func (v Value) FingerprintString() string { return v.render(false) }

// render is String, or FingerprintString without named magnitudes.
func (v Value) render(namedMagnitudes bool) string {
	if v.Date != nil {
		return v.Date.String()
	}
	var s string
	switch {
	case v.Unit == "%":
		s = formatNumber(v.Number) + "%"
	case len(v.Unit) == 3 && strings.ToUpper(v.Unit) == v.Unit:
		s = v.Unit + " " + humanNumber(v.Number)
	case v.Unit != "":
		s = humanNumber(v.Number) + " " + v.Unit
	default:
		s = humanNumber(v.Number)
	}
	switch v.Qualifier {
	case Exact:
		return s
	case Range:
		hi := v
		hi.Number, hi.Qualifier = v.High, Exact
		return s + "–" + hi.String()
	case Plural:
		if w, ok := pluralWord(v.Number); ok && namedMagnitudes {
			return strings.Replace(s, humanNumber(v.Number), w, 1) // "thousands", "USD millions"
		}
		return v.Qualifier.String() + " (" + s + "s)"
	}
	return v.Qualifier.String() + " " + s
}

func (q Qualifier) String() string { return string(q) }

// pluralWord names a vague order of magnitude the way writers do: 12 is
// "dozens", 1,000 "thousands", 10,000 "tens of thousands".
func pluralWord(n float64) (string, bool) {
	if n == 12 {
		return "dozens", true
	}
	for _, scale := range []struct {
		n    float64
		word string
	}{{1, ""}, {1e3, "thousands"}, {1e6, "millions"}, {1e9, "billions"}, {1e12, "trillions"}} {
		for _, m := range []struct {
			n    float64
			word string
		}{{1, ""}, {10, "tens"}, {100, "hundreds"}} {
			if n != m.n*scale.n || m.word == "" && scale.word == "" {
				continue
			}
			switch {
			case m.word == "":
				return scale.word, true
			case scale.word == "":
				return m.word, true
			}
			return m.word + " of " + scale.word, true
		}
	}
	return "", false
}

// formatNumber prints a number with no exponent and no trailing zeros.
func formatNumber(n float64) string {
	return strconv.FormatFloat(n, 'f', -1, 64)
}

// humanNumber prints large round figures with a scale word: 3.7 billion, 600,000.
func humanNumber(n float64) string {
	abs := math.Abs(n)
	for _, s := range []struct {
		f    float64
		name string
	}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}} {
		if abs >= s.f {
			q := n / s.f
			if math.Abs(q*1000-math.Round(q*1000)) < 1e-6 {
				return formatNumber(math.Round(q*1000)/1000) + " " + s.name
			}
		}
	}
	if n == math.Trunc(n) && abs < 1e15 {
		return groupThousands(int64(n))
	}
	return formatNumber(n)
}

func groupThousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// Tolerance is how far apart two figures may be and still agree.
type Tolerance struct {
	Approx float64 // relative slack for hedged figures ("about", "nearly"): 0.1 is 10%
	Exact  float64 // relative slack for exact figures: 0 by default (38 vs 39 disagree)
}

// Compatible reports whether two values can both be true: same unit and
// overlapping intervals, after widening hedged figures by the tolerance. Dates
// with an unknown year are compared on month and day alone.
func Compatible(a, b Value, tol Tolerance) bool {
	if (a.Date == nil) != (b.Date == nil) {
		return false
	}
	if a.Date != nil {
		return a.Date.Overlaps(*b.Date)
	}
	if !strings.EqualFold(a.Unit, b.Unit) {
		return false
	}
	al, ah := a.bounds(tol)
	bl, bh := b.bounds(tol)
	return al <= bh && bl <= ah
}

// bounds is the interval widened by the precision the figure was written
// with and by the tolerance that applies to the value.
func (v Value) bounds(tol Tolerance) (lo, hi float64) {
	lo, hi = v.Low, v.High
	if h := writtenHalf(v.Number); h > 0 && !v.IsApprox() {
		// a hedged figure's tolerance stands for its precision too
		lo, hi = lo-h, hi+h
	}
	t := tol.Exact
	if v.IsApprox() {
		t = tol.Approx
	}
	if t > 0 {
		if v.Qualifier == Nearly {
			// "nearly 1.5 million" is a little below 1.5 million, not above it.
			return lo - math.Abs(lo)*t, hi
		}
		lo -= math.Abs(lo) * t
		hi += math.Abs(hi) * t
	}
	return lo, hi
}

// writtenShare is the share of a unit of the last written digit a figure
// may be off by: a little under half, so that 38 and 39 never meet.
const writtenShare = 0.45

// writtenHalf is half a unit of the last digit a figure is written with, in
// the scale writers give it in: "$240bn" stands for 239.5 to 240.5
// billion and "$240.1bn" for 240.05 to 240.15 billion, so the two agree,
// as "38" (37.5 to 38.5) and "39" do not. A figure with more than six
// decimals was computed, not written: it gets none.
func writtenHalf(n float64) float64 {
	x := math.Abs(n)
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return 0
	}
	scale := 1.0
	for _, s := range []float64{1e12, 1e9, 1e6} {
		if x >= s {
			scale = s
			break
		}
	}
	digits := strconv.FormatFloat(x/scale, 'f', -1, 64)
	dec := 0
	if i := strings.IndexByte(digits, '.'); i >= 0 {
		dec = len(digits) - i - 1
	}
	if dec > 6 {
		return 0
	}
	return writtenShare * math.Pow(10, -float64(dec)) * scale
}

// Spread is the relative distance between two values' figures, 0 when equal:
// used to rank conflicts (38 vs 39 is small, $3.7bn vs $5bn is large).
func Spread(a, b Value) float64 {
	if a.Date != nil && b.Date != nil {
		return math.Abs(a.Date.Mid()-b.Date.Mid()) / 365
	}
	m := math.Max(math.Abs(a.Number), math.Abs(b.Number))
	if m == 0 {
		return 0
	}
	return math.Abs(a.Number-b.Number) / m
}

// Precision orders values from vague to precise, so that a side of a finding
// can show its most precise claim.
func (v Value) Precision() int {
	if v.Date != nil {
		return v.Date.Precision()
	}
	p := 10
	if v.IsApprox() || v.Qualifier == Plural {
		p = 5
	}
	if math.IsInf(v.Low, 0) || math.IsInf(v.High, 0) || v.Qualifier == Range {
		p = 3
	}
	return p
}

// GoString helps test failures.
func (v Value) GoString() string {
	return fmt.Sprintf("Value{%v [%v,%v] %q %q}", v.JSONValue(), v.Low, v.High, v.Unit, v.Qualifier)
}
