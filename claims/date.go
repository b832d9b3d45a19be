package claims

import (
	"fmt"
	"time"
)

// Grain is how precise a date is.
type Grain string

// Date grains, from vague to precise.
const (
	GrainYear  Grain = "year"  // "in 2023"
	GrainPart  Grain = "part"  // "late 2024", "mid-2024" (a part of a year)
	GrainMonth Grain = "month" // "June 2025"
	GrainTen   Grain = "tenth" // "early October" (a part of a month)
	GrainDay   Grain = "day"   // "25 December 2024"
)

// Mod is a part of a period: "early", "mid", "late", or an open side.
type Mod string

// Mods, with the names TIMEX and Recognizers-Text use.
const (
	ModNone   Mod = ""
	ModStart  Mod = "start"  // "early 2024", "early October"
	ModMid    Mod = "mid"    // "mid-2024"
	ModEnd    Mod = "end"    // "late 2024", "late December"
	ModBefore Mod = "before" // "before 2020"
	ModAfter  Mod = "after"  // "after 2020", "since 2020"
)

// Date is a calendar date at some grain. Year 0 means the text does not give
// the year and nothing settles it; Month 0 a year alone; Day 0 a month alone.
type Date struct {
	Year     int  // 0 when unknown ("July 7" with no publication date)
	Month    int  // 1-12, 0 when the date is a year
	Day      int  // 1-31, 0 when the date is a month or year
	Mod      Mod  // early / mid / late part, or an open side
	Relative bool // resolved from a relative expression ("last year", "on Wednesday")
}

// Grain says how precise the date is.
func (d Date) Grain() Grain {
	switch {
	case d.Day != 0:
		return GrainDay
	case d.Month != 0 && d.Mod != ModNone:
		return GrainTen
	case d.Month != 0:
		return GrainMonth
	case d.Mod != ModNone:
		return GrainPart
	}
	return GrainYear
}

// Precision orders dates from vague to precise.
func (d Date) Precision() int {
	p := map[Grain]int{GrainYear: 1, GrainPart: 2, GrainMonth: 3, GrainTen: 4, GrainDay: 5}[d.Grain()]
	if d.Year == 0 {
		p--
	}
	return p
}

// Timex is the TIMEX-style value: 2024, 2024-12, 2024-12-25, XXXX-07-07.
// The Mod is not part of it ("late 2024" is 2024 with mod end).
func (d Date) Timex() string {
	y := "XXXX"
	if d.Year != 0 {
		y = fmt.Sprintf("%04d", d.Year)
	}
	switch {
	case d.Day != 0:
		return fmt.Sprintf("%s-%02d-%02d", y, d.Month, d.Day)
	case d.Month != 0:
		return fmt.Sprintf("%s-%02d", y, d.Month)
	}
	return y
}

// String renders the date for people: "25 December 2024", "late 2024", "July 7".
func (d Date) String() string {
	var s string
	switch {
	case d.Day != 0 && d.Year != 0:
		s = fmt.Sprintf("%d %s %d", d.Day, time.Month(d.Month), d.Year)
	case d.Day != 0:
		s = fmt.Sprintf("%d %s (year not given)", d.Day, time.Month(d.Month))
	case d.Month != 0 && d.Year != 0:
		s = fmt.Sprintf("%s %d", time.Month(d.Month), d.Year)
	case d.Month != 0:
		s = fmt.Sprintf("%s (year not given)", time.Month(d.Month))
	case d.Year != 0:
		s = fmt.Sprintf("%d", d.Year)
	default:
		s = "unknown date"
	}
	switch d.Mod {
	case ModStart:
		return "early " + s
	case ModMid:
		return "mid " + s
	case ModEnd:
		return "late " + s
	case ModBefore:
		return "before " + s
	case ModAfter:
		return "after " + s
	}
	return s
}

// span is the first and last day (inclusive) of the date in a given year,
// as days since 1970-01-01.
func (d Date) span(year int) (lo, hi float64) {
	first := func(y, m, day int) float64 {
		return float64(time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC).Unix() / 86400)
	}
	var a, b float64
	switch {
	case d.Day != 0:
		a = first(year, d.Month, d.Day)
		b = a
	case d.Month != 0:
		a = first(year, d.Month, 1)
		b = first(year, d.Month+1, 1) - 1
	default:
		a = first(year, 1, 1)
		b = first(year+1, 1, 1) - 1
	}
	// Parts of a period: a third of it each, overlapping a little so that
	// "mid" meets "early" and "late" at their edges.
	n := b - a + 1
	switch d.Mod {
	case ModStart:
		b = a + n*0.4
	case ModMid:
		a, b = a+n*0.25, a+n*0.75
	case ModEnd:
		a = a + n*0.6
	case ModBefore:
		b, a = a-1, -1e9
	case ModAfter:
		a, b = b+1, 1e9
	}
	return a, b
}

// Interval is the date's first and last day as days since 1970-01-01; for an
// unknown year it is placed in the leap year 2000 so that 29 February exists.
func (d Date) Interval() (lo, hi float64) {
	y := d.Year
	if y == 0 {
		y = 2000
	}
	return d.span(y)
}

// Mid is the middle day of the date's interval.
func (d Date) Mid() float64 {
	lo, hi := d.Interval()
	return (lo + hi) / 2
}

// Overlaps reports whether two dates can name the same day. A date whose year
// is unknown is tried in the other's year (and the years either side, for
// ranges that cross a new year); two unknown years compare month and day.
func (d Date) Overlaps(o Date) bool {
	if d.Year != 0 && o.Year != 0 {
		return overlap(pair(d.span(d.Year)), pair(o.span(o.Year)))
	}
	if d.Year == 0 && o.Year == 0 {
		return overlap(pair(d.span(2000)), pair(o.span(2000)))
	}
	known, unknown := d, o
	if d.Year == 0 {
		known, unknown = o, d
	}
	if unknown.Month == 0 {
		return true // a mod of an unknown year says nothing
	}
	k := pair(known.span(known.Year))
	for y := known.Year - 1; y <= known.Year+1; y++ {
		if overlap(k, pair(unknown.span(y))) {
			return true
		}
	}
	return false
}

type interval [2]float64

func pair(lo, hi float64) interval { return interval{lo, hi} }

func overlap(a, b interval) bool { return a[0] <= b[1] && b[0] <= a[1] }
