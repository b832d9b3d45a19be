package mention

import (
	"fmt"
	"math"
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
	GrainWeek  Grain = "week"  // "last week"
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
	ModBefore Mod = "before" // "before 2020", "by 2030", "no later than 2010"
	ModAfter  Mod = "after"  // "after 2020", "later than 2018": from the end of the period on
	ModSince  Mod = "since"  // "since 2020", "starting January 7": from the start of the period on

	ModBeforeEnd  Mod = "before-end"  // "by the end of 2024", "before the end of December"
	ModAfterStart Mod = "after-start" // "after the beginning of March"
)

// Date is a calendar date at some grain. Year 0 means the text does not give
// the year and nothing settles it; Month 0 a year alone; Day 0 a month alone.
type Date struct {
	Year     int   // 0 when unknown ("July 7" with no publication date)
	Month    int   // 1-12, 0 when the date is a year
	Day      int   // 1-31, 0 when the date is a month or year
	Mod      Mod   // early / mid / late part, or an open side
	Relative bool  // resolved from a relative expression ("last year", "on Wednesday")
	Week     int   // ISO week 1-53 when the date is a week ("last week"): Year is its ISO year, Month and Day 0
	Weekday  int   // 1 (Monday) to 7 for a weekday nothing places ("on Friday" with no publication date): Year, Month and Day 0
	To       *Date // the last date of a range, inclusive ("4 to 22 January 1995", "Q3 2016"); nil for one date
}

// Grain says how precise the date is.
func (d Date) Grain() Grain {
	switch {
	case d.To != nil:
		return d.rangeGrain()
	case d.Week != 0:
		return GrainWeek
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
	p := map[Grain]int{GrainYear: 1, GrainPart: 2, GrainMonth: 3, GrainTen: 4, GrainWeek: 5, GrainDay: 6}[d.Grain()]
	if d.Year == 0 {
		p--
	}
	return p
}

// Timex is the TIMEX-style value: 2024, 2024-12, 2024-12-25, XXXX-07-07,
// 2018-W22 for a week, and for a range the Recognizers-Text form
// (2016-07-01,2016-10-01,P3M): the first day, the day after the last for
// whole months or years (the last day for day ranges), and the length.
// The Mod is not part of it ("late 2024" is 2024 with mod end).
func (d Date) Timex() string {
	if d.To != nil {
		return d.rangeTimex()
	}
	if d.Week != 0 {
		return fmt.Sprintf("%04d-W%02d", d.Year, d.Week)
	}
	if d.Weekday != 0 && d.Day == 0 {
		return fmt.Sprintf("XXXX-WXX-%d", d.Weekday)
	}
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
	case d.To != nil:
		from := d
		from.To, from.Mod = nil, ModNone
		s = from.String() + " – " + d.To.String()
	case d.Week != 0:
		s = fmt.Sprintf("week %d of %d", d.Week, d.Year)
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
	case d.Weekday != 0:
		s = time.Weekday(d.Weekday%7).String() + " (date not given)"
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
	case ModSince:
		return "since " + s
	case ModBeforeEnd:
		return "by the end of " + s
	case ModAfterStart:
		return "after the start of " + s
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
	case d.To != nil:
		a, _ = d.base().span(year)
		ty := d.To.Year
		if ty == 0 || d.Year == 0 {
			ty = year
			if _, e := d.To.span(ty); e < a {
				ty++ // "from 10/25 to 01/25": the end is in the next year
			}
		}
		_, b = d.To.span(ty)
	case d.Week != 0:
		a = isoWeekMonday(d.Year, d.Week)
		b = a + 6
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
	case ModSince, ModAfterStart:
		b = 1e9
	case ModBeforeEnd:
		a = -1e9
	}
	return a, b
}

// base is the date without its range end and mod.
func (d Date) base() Date {
	d.To, d.Mod = nil, ModNone
	return d
}

// isoWeekMonday is the Monday of ISO week w of year y, in days since 1970-01-01.
func isoWeekMonday(y, w int) float64 {
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	mon := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+(w-1)*7)
	return float64(mon.Unix() / 86400)
}

// rangeGrain is the grain a range's length is closest to.
func (d Date) rangeGrain() Grain {
	lo, hi := d.Interval()
	switch n := hi - lo + 1; {
	case n <= 1:
		return GrainDay
	case n <= 7:
		return GrainWeek
	case n <= 11:
		return GrainTen
	case n <= 31:
		return GrainMonth
	case n <= 200:
		return GrainPart
	}
	return GrainYear
}

// rangeTimex writes a range the way Recognizers-Text does.
func (d Date) rangeTimex() string {
	from, to := d.base(), *d.To
	to.To, to.Mod = nil, ModNone
	lo, hi := d.Interval()
	year := func(y int) string {
		if y == 0 {
			return "XXXX"
		}
		return fmt.Sprintf("%04d", y)
	}
	switch {
	case from.Day != 0 && to.Day != 0:
		n, unit := int(hi-lo), "D"
		if from.Year != 0 && to.Year > from.Year && from.Month == to.Month && from.Day == to.Day {
			n, unit = to.Year-from.Year, "Y" // "the last 3 years"
		}
		return fmt.Sprintf("(%s-%02d-%02d,%s-%02d-%02d,P%d%s)", year(from.Year), from.Month, from.Day,
			year(to.Year), to.Month, to.Day, n, unit)
	case from.Month != 0 && to.Month != 0 && from.Week == 0 && to.Week == 0:
		ty, tm := to.Year, to.Month+1
		if tm == 13 {
			ty, tm = ty+1, 1
			if to.Year == 0 {
				ty = 0
			}
		}
		n := (to.Year-from.Year)*12 + to.Month - from.Month + 1
		if from.Year == 0 || to.Year == 0 {
			n = to.Month - from.Month + 1
			if n <= 0 {
				n += 12
			}
		}
		return fmt.Sprintf("(%s-%02d-01,%s-%02d-01,P%dM)", year(from.Year), from.Month, year(ty), tm, n)
	case from.Month == 0 && to.Month == 0 && from.Week == 0 && to.Week == 0 && from.Year != 0 && to.Year != 0:
		return fmt.Sprintf("(%04d-01-01,%04d-01-01,P%dY)", from.Year, to.Year+1, to.Year-from.Year+1)
	}
	day := func(x float64) string { return time.Unix(int64(x)*86400, 0).UTC().Format("2006-01-02") }
	return fmt.Sprintf("(%s,%s,P%dD)", day(lo), day(hi), int(hi-lo))
}

// OpenEnded reports a date with no first or no last day: "since 2020",
// "before 1990".
func (d Date) OpenEnded() bool {
	lo, hi := d.Interval()
	return lo < -1e6 || hi > 1e6
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

// Distance is the number of days between the middles of two dates. A date
// whose year is unknown is placed in the year (around the other's) that
// brings it nearest.
func (d Date) Distance(o Date) float64 {
	mid := func(x Date, y int) float64 {
		x.Year = y
		lo, hi := x.Interval()
		return (lo + hi) / 2
	}
	switch {
	case d.Year != 0 && o.Year != 0, d.Year == 0 && o.Year == 0:
		return math.Abs(d.Mid() - o.Mid())
	case d.Year == 0:
		d, o = o, d
	}
	best := math.Inf(1)
	for y := d.Year - 1; y <= d.Year+1; y++ {
		best = math.Min(best, math.Abs(d.Mid()-mid(o, y)))
	}
	return best
}
