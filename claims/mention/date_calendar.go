package mention

// Calendar dates for the date recogniser: the forms led by a number, a
// month or a quarter, and how a date without a year is placed.

import (
	"strings"
	"time"
)

// core is a date without a part: the forms led by a number, a month, a
// weekday, a relative word or a quarter.
func (p *dtParser) core(i int, ctx bool) (dtRes, bool) {
	t := p.t[i]
	switch t.kind {
	case dtNum:
		if r, ok := p.agoAt(i); ok {
			return r, true
		}
		return p.numLed(i, ctx)
	case dtWord:
		switch t.cls {
		case dtMonth:
			return p.monthLed(i, ctx)
		case dtWeekday:
			return p.weekdayLed(i, 0, false)
		case dtOrdinal, dtNumber:
			if r, ok := p.agoAt(i); ok {
				return r, true
			}
			if y, e, ok := p.spelledYear(i); ok && (ctx || p.yearWordBefore(i)) && !p.countNounAt(e) {
				return dtRes{d: Date{Year: y}, end: e, year: true}, true
			}
			return p.wordDayLed(i)
		case dtKeyword:
			switch t.id {
			case wToday, wTomorrow, wYesterday:
				if !p.hasRef {
					return dtRes{}, false
				}
				off := 0
				switch t.id {
				case wTomorrow:
					off = 1
				case wYesterday:
					off = -1
				}
				return dtRes{d: p.day(p.ref.AddDate(0, 0, off)), end: i + 1}, true
			case wThe:
				return p.theLed(i)
			case wLast, wPast, wPrevious, wThis, wCurrent, wNext, wComing, wFollowing, wUpcoming:
				return p.shiftLed(i)
			case wA, wAn, wFew, wCouple:
				return p.agoAt(i)
			case wQ, wH:
				return p.qLed(i, ctx)
			case wRest, wRemaining:
				return p.restOf(i)
			case wSpring, wSummer, wAutumn, wFall, wWinter:
				return p.seasonLed(i)
			case wDecadeName:
				// "the nineties", "the early seventies"; "in their twenties" is an age
				if !p.kw(i-1, wThe) && !(ctx && p.kw(i-2, wThe)) || p.t[i].v == 20 {
					return dtRes{}, false
				}
				y := 1900 + p.t[i].v
				return dtRes{d: Date{Year: y, To: &Date{Year: y + 9}}, end: i + 1}, true
			}
		}
	}
	return dtRes{}, false
}

// day is the date of a day the reference settles.
func (p *dtParser) day(t time.Time) Date {
	return Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Relative: true}
}

// place returns the year of month m (day d, or 0 for the whole month) nearest
// the reference: the latest occurrence on or before it, unless the next one
// starts within 61 days and is nearer.
func (p *dtParser) place(m, d int) int {
	y := p.ref.Year()
	first := func(yy int) time.Time {
		if d == 0 {
			return time.Date(yy, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		}
		return time.Date(yy, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	}
	last := func(yy int) time.Time {
		if d == 0 {
			return time.Date(yy, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
		}
		return first(yy)
	}
	past := y
	if first(y).After(p.ref) {
		past = y - 1
	}
	if p.since {
		return past // "since late September" is over
	}
	behind := p.ref.Sub(last(past)).Hours() / 24
	if behind < 0 {
		behind = 0
	}
	ahead := first(past+1).Sub(p.ref).Hours() / 24
	window := 61.0
	if behind > 0 && p.futureCue(p.at) {
		window = 366 // "the court will rule on 3 June": the next one
	}
	if ahead <= window && ahead < behind || ahead <= window && window > 61 {
		return past + 1
	}
	return past
}

// noYear finishes a date the text gave no year for.
func (p *dtParser) noYear(d Date, end int) (dtRes, bool) {
	if p.hasRef {
		d.Year = p.place(d.Month, d.Day)
		d.Relative = true
	}
	return dtRes{d: d, end: end, noYear: true}, true
}

// dateWordBefore reports whether the word before i makes a following number
// or month a date: "in", "since", "on", ...
func (p *dtParser) dateWordBefore(i int) bool {
	if i == 0 {
		return false
	}
	q := p.t[i-1]
	if q.cls == dtWeekday {
		return true
	}
	if q.cls != dtKeyword {
		return false
	}
	switch q.id {
	case wIn, wOn, wSince, wBefore, wAfter, wUntil, wTill, wFrom, wDuring, wThrough, wThroughout,
		wEarly, wLate, wMid, wLast, wNext, wThis, wPast, wComing, wBetween, wStarting, wBeginning:
		return true
	case wBy:
		return p.byYear(i - 1)
	case wAnd, wOr, wTo:
		return p.lastEnd == i-1
	}
	return false
}

// dayAt reads a day of the month: 25, 25th, twenty-fifth, twenty five, first.
func (p *dtParser) dayAt(i int) (int, int, bool) {
	if i >= len(p.t) {
		return 0, i, false
	}
	t := p.t[i]
	if t.kind == dtNum {
		if t.nd > 2 || t.n < 1 || t.n > 31 {
			return 0, i, false
		}
		// not a clock time, a decimal, a percentage or a measure
		if p.adj(i+1) && (p.punct(i+1, ':') || p.punct(i+1, '%') || p.word(i+1) ||
			(p.punct(i+1, '.') || p.punct(i+1, ',')) && p.num(i+2) && p.adj(i+2)) {
			return 0, i, false
		}
		if p.countNounAt(i + 1) {
			return 0, i, false
		}
		return t.n, i + 1, true
	}
	if t.kind != dtWord {
		return 0, i, false
	}
	switch {
	case t.cls == dtNumber && (t.v == 20 || t.v == 30):
		k := i + 1
		if p.punct(k, '-') && p.adj(k) {
			k++
		}
		if k < len(p.t) && (p.t[k].cls == dtOrdinal || p.t[k].cls == dtNumber) && p.t[k].v >= 1 && p.t[k].v <= 9 && t.v+p.t[k].v <= 31 {
			return t.v + p.t[k].v, k + 1, p.wordNumberEnds(k + 1)
		}
		return t.v, i + 1, p.wordNumberEnds(i + 1)
	case (t.cls == dtOrdinal || t.cls == dtNumber) && t.v >= 1 && t.v <= 31:
		return t.v, i + 1, p.wordNumberEnds(i + 1)
	}
	return 0, i, false
}

// wordNumberEnds reports whether a number in words ends before token i:
// "August two" is not a day in "August two thousand and fifteen", nor
// "January nineteen" in "January nineteen eighty six".
func (p *dtParser) wordNumberEnds(i int) bool {
	if i >= len(p.t) || p.t[i].kind != dtWord {
		return true
	}
	if _, _, ok := p.spelledYear(i); ok {
		return true // "January twenty five nineteen eighty six"
	}
	if p.t[i].cls == dtNumber || p.t[i].cls == dtOrdinal {
		return false
	}
	return !p.is(i, "thousand") && !p.is(i, "hundred")
}

// yearAfter reads a four-digit year after a date: ", 2024", " 2024", " of
// 2024", " in 2019", "-2016", "/2020".
func (p *dtParser) yearAfter(i int) (int, int, bool) {
	j := i
	switch {
	case p.punct(j, ','):
		j++
	case p.kwAny(j, wOf, wIn):
		j++
	case (p.punct(j, '-') || p.punct(j, '/')) && p.adj(j) && p.adj(j+1):
		j++
	}
	if y, e, ok := p.spelledYear(j); ok {
		return y, e, true
	}
	if !p.num(j) || p.t[j].nd != 4 || p.t[j].ord || p.t[j].n < 1000 || p.t[j].n > 2999 || p.joinedRight(j+1) {
		return 0, i, false
	}
	if j > i && p.punct(i, ',') && p.punct(j+1, '-') && p.adj(j+1) && p.num(j+2) {
		return 0, i, false
	}
	return p.t[j].n, j + 1, true
}

// spelledYear reads a year in words: "nineteen ninety six", "nineteen
// hundred and ninety three", "two thousand and fifteen", "twenty twenty".
func (p *dtParser) spelledYear(i int) (int, int, bool) {
	if i >= len(p.t) || p.t[i].cls != dtNumber {
		return 0, i, false
	}
	a := p.t[i].v
	if a == 2 && p.is(i+1, "thousand") {
		k := i + 2
		if p.kw(k, wAnd) {
			k++
		}
		if n, e, ok := p.wordsBelow100(k); ok && n > 0 {
			return 2000 + n, e, true
		}
		return 2000, i + 2, true
	}
	if a < 10 || a > 20 {
		return 0, i, false
	}
	k := i + 1
	if p.is(k, "hundred") {
		k++
		if p.kw(k, wAnd) {
			k++
		}
	}
	if n, e, ok := p.wordsBelow100(k); ok && (n >= 10 || k > i+1 || p.t[k].v == 0) {
		return a*100 + n, e, true
	}
	return 0, i, false
}

// wordsBelow100 reads "ninety six", "seventy-eight", "fifteen", "zero one".
func (p *dtParser) wordsBelow100(k int) (int, int, bool) {
	if k >= len(p.t) || p.t[k].cls != dtNumber {
		return 0, k, false
	}
	unit := func(e int) bool { return e < len(p.t) && p.t[e].cls == dtNumber && p.t[e].v >= 1 && p.t[e].v <= 9 }
	switch v := p.t[k].v; {
	case v >= 20 && v%10 == 0:
		e := k + 1
		if p.punct(e, '-') && p.adj(e) {
			e++
		}
		if unit(e) {
			return v + p.t[e].v, e + 1, true
		}
		return v, k + 1, true
	case v == 0:
		if unit(k + 1) {
			return p.t[k+1].v, k + 2, true // "nineteen zero one"
		}
		return 0, k, false
	default:
		return v, k + 1, true
	}
}

// yearWordBefore reports whether a date word before i makes a spelled
// number a year: "in nineteen ninety six".
func (p *dtParser) yearWordBefore(i int) bool {
	return p.kwAny(i-1, wIn, wSince, wBefore, wAfter, wUntil, wTill, wFrom, wDuring, wThrough, wBetween, wBy, wOf) ||
		(p.kwAny(i-1, wAnd, wOr, wTo) && p.lastYr && p.lastEnd == i-1)
}

// monthLed reads December 25, 2024; Dec. 25; Oct-2; December 2024; Dec/2018;
// june of 1992; September-2020-23; and a month alone where it may stand.
func (p *dtParser) monthLed(i int, ctx bool) (dtRes, bool) {
	t := p.t[i]
	m := t.v
	abbr := t.e-t.s != len(monthWords[m][0])
	if m == dtMay && !t.upper {
		return dtRes{}, false // "they may 5"
	}
	j := i + 1
	if p.punct(j, '.') && p.adj(j) {
		j++
	}
	k := j
	if (p.punct(k, '-') || p.punct(k, '/')) && p.adj(k) && p.adj(k+1) {
		k++
		// "September-2020-23"
		if p.num(k) && p.t[k].nd == 4 && p.sepAt(k+1) == '-' && p.num(k+2) && p.t[k+2].nd <= 2 && !p.joinedRight(k+3) {
			if y, d := p.t[k].n, p.t[k+2].n; y >= 1000 && y <= 2999 && d >= 1 && d <= 31 {
				return dtRes{d: Date{Year: y, Month: m, Day: d}, end: k + 3}, true
			}
		}
	}
	if p.punct(k, ',') && p.num(k+1) && p.t[k+1].ord {
		k++ // "October, 1st"
	}
	if p.kw(k, wThe) && k+1 < len(p.t) && (p.t[k+1].ord || p.t[k+1].cls == dtOrdinal) {
		k++ // "june the 28th"
	}
	if day, e, ok := p.dayAt(k); ok && (p.t[k].kind == dtNum || !abbr || p.t[k].cls == dtOrdinal) {
		if p.t[k].kind == dtNum && !p.t[k].ord && p.t[k].nd <= 2 && p.punct(e, '-') && p.adj(e) && p.num(e+1) && p.t[e+1].nd == 4 {
			// "Sep-23-2020"
			if y := p.t[e+1].n; y >= 1000 && y <= 2999 && !p.joinedRight(e+2) {
				return dtRes{d: Date{Year: y, Month: m, Day: day}, end: e + 2}, true
			}
		}
		if p.punct(e, ',') && p.num(e+1) && p.adj(e+1) && p.t[e+1].nd == 3 {
			return dtRes{}, false // "May 2,000"
		}
		d := Date{Month: m, Day: day}
		if y, e2, ok := p.yearAfter(e); ok {
			d.Year = y
			return dtRes{d: d, end: e2}, true
		}
		if p.t[k].kind == dtWord && !t.upper && !ctx && !p.dateWordBefore(i) {
			return dtRes{}, false // "march one", lower case
		}
		return p.noYear(d, e)
	}
	// "January-March 2024", "Nov to Feb 2017": months of a range that ends in a year
	if c, ok := p.connector(i+1, false); ok && c < len(p.t) && p.t[c].cls == dtMonth && !(p.t[c].v == dtMay && !p.t[c].upper) {
		if y, e, ok := p.yearAfter(c + 1); ok {
			from := Date{Year: y, Month: m}
			if m > p.t[c].v {
				from.Year--
			}
			from.To = &Date{Year: y, Month: p.t[c].v}
			return dtRes{d: from, end: e}, true
		}
	}
	if y, e, ok := p.yearAfter(j); ok {
		if p.punct(e, '-') && p.adj(e) && p.num(e+1) && p.adj(e+1) && p.t[e+1].nd <= 2 && p.t[e+1].n >= 1 && p.t[e+1].n <= 31 && !p.joinedRight(e+2) {
			return dtRes{d: Date{Year: y, Month: m, Day: p.t[e+1].n}, end: e + 2}, true
		}
		return dtRes{d: Date{Year: y, Month: m}, end: e}, true
	}
	// "June next year", "March this year"
	if p.hasRef && p.kwAny(j, wThis, wNext, wLast) && p.kw(j+1, wYear) && p.t[j+1].e-p.t[j+1].s == 4 {
		return dtRes{d: Date{Year: p.ref.Year() + p.shift(j), Month: m, Relative: true}, end: j + 2}, true
	}
	// a month alone
	if abbr {
		if !ctx && !p.dateWordBefore(i) {
			return dtRes{}, false
		}
	} else {
		switch m {
		case 3, 4, 5, 6, 8: // also words: march, april, may, june, august
			if !ctx && !p.dateWordBefore(i) {
				return dtRes{}, false
			}
		}
	}
	if p.punct(i+1, '-') && p.adj(i+1) && p.word(i+2) {
		return dtRes{}, false // "March-like"
	}
	return p.noYear(Date{Month: m}, i+1)
}

// wordDayLed reads "second of Aug", "twenty second of June".
func (p *dtParser) wordDayLed(i int) (dtRes, bool) {
	day, k, ok := p.dayAt(i)
	if !ok || !p.kw(k, wOf) || k+1 >= len(p.t) || p.t[k+1].cls != dtMonth {
		return dtRes{}, false
	}
	return p.dayMonth(day, k+1)
}

// dayMonth finishes "25 December 2024" from the month token at j.
func (p *dtParser) dayMonth(day, j int) (dtRes, bool) {
	t := p.t[j]
	m := t.v
	if m == dtMay && !t.upper {
		if _, _, ok := p.yearAfter(j + 1); !ok {
			return dtRes{}, false
		}
	}
	k := j + 1
	if p.punct(k, '.') && p.adj(k) {
		k++
	}
	d := Date{Month: m, Day: day}
	if y, e, ok := p.yearAfter(k); ok {
		d.Year = y
		return dtRes{d: d, end: e}, true
	}
	if y, e, ok := p.yearAfter(j + 1); ok {
		d.Year = y
		return dtRes{d: d, end: e}, true
	}
	return p.noYear(d, j+1)
}

// sepAt is the separator of an all-numeric date at i, if glued on both sides.
func (p *dtParser) sepAt(i int) byte {
	if i+1 >= len(p.t) || !p.adj(i) || !p.adj(i+1) || p.t[i].kind != dtPunct {
		return 0
	}
	switch c := p.t[i].p; c {
	case '/', '-', '.':
		return c
	}
	return 0
}

// numLed reads the dates that start with a number.
func (p *dtParser) numLed(i int, ctx bool) (dtRes, bool) {
	t := p.t[i]
	if t.nd == 4 && p.adj(i) && p.kw(i-1, wFiscal) {
		ctx = true // FY2024
	}
	if !ctx && p.joinedLeft(i) || p.currencyBefore(i) {
		return dtRes{}, false
	}
	switch {
	case t.nd == 8 && !t.ord:
		y, m, d := t.n/10000, t.n/100%100, t.n%100
		if y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= 31 && !p.joinedRight(i+1) {
			return dtRes{d: Date{Year: y, Month: m, Day: d}, end: i + 1}, true
		}
	case t.nd == 4 && !t.ord:
		return p.yearLed(i, ctx)
	case t.nd == 2 && t.n%10 == 0 && p.punct(i-1, '\'') && p.adj(i) && p.isS(i+1) && !p.joinedRight(i+2):
		// the '90s; a bare "70s" may be an age or a temperature
		y := 1900 + t.n
		if t.n < 20 {
			y += 100
		}
		return dtRes{d: Date{Year: y, To: &Date{Year: y + 9}}, end: i + 2}, true
	case t.nd <= 2:
		return p.smallLed(i, ctx)
	}
	return dtRes{}, false
}

// yearLed reads 2024-12-25, 2019-aug-01, 2016-11, 2017 q1, 2016H2, 2017
// april, 2019-2021, 1990s, and a bare year where it may stand.
func (p *dtParser) yearLed(i int, ctx bool) (dtRes, bool) {
	y := p.t[i].n
	if y < 1000 || y > 2999 {
		return dtRes{}, false
	}
	if sep := p.sepAt(i + 1); sep != 0 {
		j := i + 2
		switch {
		case p.num(j) && p.t[j].nd <= 2 && !p.t[j].ord:
			a := p.t[j].n
			if p.sepAt(j+1) == sep {
				if p.num(j+2) && p.t[j+2].nd <= 2 && !p.joinedRight(j+3) {
					if b := p.t[j+2].n; a >= 1 && a <= 12 && b >= 1 && b <= 31 {
						return dtRes{d: Date{Year: y, Month: a, Day: b}, end: j + 3}, true
					}
				}
				if j+2 < len(p.t) && p.t[j+2].cls == dtMonth && a >= 1 && a <= 31 && !p.joinedRight(j+3) {
					return dtRes{d: Date{Year: y, Month: p.t[j+2].v, Day: a}, end: j + 3}, true // 2020/23/Sep
				}
				return dtRes{}, false
			}
			if sep == '.' || p.joinedRight(j+1) {
				return dtRes{}, false
			}
			if sep == '-' && p.t[j].nd == 2 && a == (y+1)%100 {
				return dtRes{d: Date{Year: y, To: &Date{Year: y + 1}}, end: j + 1}, true // 2010-11 season
			}
			if a >= 1 && a <= 12 {
				return dtRes{d: Date{Year: y, Month: a}, end: j + 1}, true
			}
		case j < len(p.t) && p.t[j].cls == dtMonth:
			m := p.t[j].v
			if p.sepAt(j+1) == sep && p.num(j+2) && p.t[j+2].nd <= 2 && !p.joinedRight(j+3) {
				if d := p.t[j+2].n; d >= 1 && d <= 31 {
					return dtRes{d: Date{Year: y, Month: m, Day: d}, end: j + 3}, true
				}
			}
		case p.num(j) && p.t[j].nd == 4 && sep == '-':
			if y2 := p.t[j].n; y2 > y && y2-y < 200 && !p.joinedRight(j+1) && !p.countNounAt(j+1) {
				return dtRes{d: Date{Year: y, To: &Date{Year: y2}}, end: j + 1}, true
			}
		case p.kwAny(j, wQ, wH) && p.num(j+1) && p.adj(j+1):
			return p.quarterOf(y, j, j+2)
		}
		return dtRes{}, false
	}
	if y%10 == 0 && p.punct(i+1, '\'') && p.adj(i+1) && p.isS(i+2) && !p.joinedRight(i+3) {
		return dtRes{d: Date{Year: y, To: &Date{Year: y + 9}}, end: i + 3}, true // the 1970's
	}
	if p.joinedRight(i + 1) {
		// 2016H2, 1990s
		if p.kw(i+1, wH) || p.kw(i+1, wQ) {
			return p.quarterOf(y, i+1, i+3)
		}
		if p.word(i+1) && p.t[i+1].e-p.t[i+1].s == 1 && p.text[p.t[i+1].s]|0x20 == 's' && y%10 == 0 && !p.joinedRight(i+2) {
			return dtRes{d: Date{Year: y, To: &Date{Year: y + 9}}, end: i + 2}, true
		}
		return dtRes{}, false
	}
	// spaced forms: "2017 q1", "2016 the third quarter", "2017 april", "2016, nov", "2016 - 11", "2016 10 16"
	j := i + 1
	if p.kwAny(j, wQ, wH) && p.num(j+1) && p.adj(j+1) {
		return p.quarterOf(y, j, j+2)
	}
	if p.kw(j, wThe) && j+2 < len(p.t) && p.t[j+1].cls == dtOrdinal && p.kwAny(j+2, wQuarter, wHalf) {
		// "2016 the third quarter"
		n, unit := p.t[j+1].v, 3
		if p.kw(j+2, wHalf) {
			unit = 6
		}
		if n >= 1 && n <= 12/unit {
			return dtRes{d: dtPeriod(y, (n-1)*unit+1, unit), end: j + 3}, true
		}
	}
	k := j
	if p.punct(k, ',') {
		k++
	}
	if k < len(p.t) && p.t[k].cls == dtMonth && !(p.t[k].v == dtMay && !p.t[k].upper) {
		m := p.t[k].v
		if !p.num(k+1) || p.t[k+1].nd == 4 {
			return dtRes{d: Date{Year: y, Month: m}, end: k + 1}, true
		}
	}
	if (p.punct(j, '-') || p.punct(j, '/')) && p.num(j+1) && !p.joinedRight(j+2) {
		if a := p.t[j+1]; a.nd <= 2 && a.n >= 1 && a.n <= 12 && !a.ord && !p.word(j+2) {
			return dtRes{d: Date{Year: y, Month: a.n}, end: j + 2}, true
		}
	}
	if p.num(j) && p.num(j+1) && p.t[j].nd == 2 && p.t[j+1].nd == 2 && !p.joinedRight(j+2) && !p.word(j+2) {
		if m, d := p.t[j].n, p.t[j+1].n; m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			return dtRes{d: Date{Year: y, Month: m, Day: d}, end: j + 2}, true
		}
	}
	if !p.yearContext(i, ctx) {
		return dtRes{}, false
	}
	return dtRes{d: Date{Year: y}, end: i + 1, year: true}, true
}

// isS reports whether token i is a lone "s" glued to what precedes it.
func (p *dtParser) isS(i int) bool {
	return p.word(i) && p.adj(i) && p.t[i].e-p.t[i].s == 1 && p.text[p.t[i].s]|0x20 == 's'
}

// yearContext reports whether the bare four-digit number at i is a year.
func (p *dtParser) yearContext(i int, ctx bool) bool {
	y := p.t[i].n
	if p.countNounAt(i+1) || p.punct(i+1, '%') {
		return false
	}
	if ctx {
		return true
	}
	if i == 0 {
		return false
	}
	q := p.t[i-1]
	if q.cls == dtMonth {
		return true
	}
	if q.kind == dtPunct && q.p == ',' && p.lastYr && p.lastEnd == i-1 {
		return true
	}
	if q.kind == dtWord && q.cls == dtNone && p.possessive(i-1) {
		return y >= 1900 && y <= 2099 && y%100 != 0 && p.word(i+1) // "Russia's 2022 invasion", "its 2023 budget"
	}
	if q.cls != dtKeyword {
		return false
	}
	switch q.id {
	case wIn, wSince, wBefore, wAfter, wUntil, wTill, wFrom, wDuring, wThrough, wThroughout, wBetween,
		wCirca, wEarly, wLate, wMid, wSummer, wWinter, wSpring, wAutumn, wFall, wFiscal, wYear:
		return true
	case wBy:
		return p.byYear(i - 1)
	case wAnd, wOr, wTo:
		return p.lastYr && p.lastEnd == i-1
	case wOf:
		return y >= 1900 && y <= 2099 && (y%100 != 0 || p.endOfClause(i+1))
	case wThe, wA:
		if y < 1900 || y > 2099 || y%100 == 0 {
			return false
		}
		return p.word(i + 1) // "the 2014 downing", "the 2024 Olympics"; the count nouns are out above
	}
	return false
}

// possessive reports whether the word at i is a possessive: its, their,
// Russia's.
func (p *dtParser) possessive(i int) bool {
	w := p.text[p.t[i].s:p.t[i].e]
	if len(w) == 1 && (w[0]|0x20) == 's' && i > 0 && p.punct(i-1, '\'') && !p.t[i].sp && !p.t[i-1].sp {
		return true
	}
	for _, q := range dtPossessives {
		if strings.EqualFold(w, q) { // no lower-case copy: "Their" is common
			return true
		}
	}
	return false
}

var dtPossessives = [...]string{"its", "his", "her", "their", "our", "my", "your"}

// quarterOf reads the Q3 or H2 at q after year y; end is the token after it.
func (p *dtParser) quarterOf(y, q, end int) (dtRes, bool) {
	if !p.num(q+1) || !p.adj(q+1) {
		return dtRes{}, false
	}
	n := p.t[q+1].n
	if p.t[q+1].nd != 1 || p.joinedRight(end) {
		return dtRes{}, false
	}
	if p.kw(q, wQ) && n >= 1 && n <= 4 {
		return dtRes{d: dtPeriod(y, 3*n-2, 3), end: end}, true
	}
	if p.kw(q, wH) && n >= 1 && n <= 2 {
		return dtRes{d: dtPeriod(y, 6*n-5, 6), end: end}, true
	}
	return dtRes{}, false
}

// qLed reads Q3 2019, H1 2016, Q3 this year, and Q2 alone after a date word.
func (p *dtParser) qLed(i int, ctx bool) (dtRes, bool) {
	if !p.num(i+1) || !p.adj(i+1) || p.t[i+1].nd != 1 {
		return dtRes{}, false
	}
	k := i + 2
	if p.punct(k, ',') || p.kw(k, wOf) {
		k++
	}
	if p.num(k) && p.t[k].nd == 4 && !p.joinedRight(k+1) && p.t[k].n >= 1000 && p.t[k].n <= 2999 {
		if r, ok := p.quarterOf(p.t[k].n, i, i+2); ok {
			r.end = k + 1
			return r, true
		}
	}
	if p.hasRef && p.kwAny(k, wThis, wLast, wNext) && p.kw(k+1, wYear) {
		y := p.ref.Year() + p.shift(k)
		if r, ok := p.quarterOf(y, i, i+2); ok {
			r.end = k + 2
			return r, true
		}
	}
	if p.joinedRight(i+2) || !p.kw(i, wQ) || !(ctx || p.dateWordBefore(i) || p.kwAny(i-1, wThe, wFor, wOf)) {
		return dtRes{}, false
	}
	r, ok := p.quarterOf(0, i, i+2)
	return r, ok
}

// order picks month and day from two numbers of an all-numeric date: month
// first unless only the other order is valid.
func dtOrder(a, b int) (m, d int, ok bool) {
	switch {
	case a >= 1 && a <= 12 && b >= 1 && b <= 31:
		return a, b, true
	case b >= 1 && b <= 12 && a >= 1 && a <= 31:
		return b, a, true
	}
	return 0, 0, false
}

func (p *dtParser) year2(t dtok) int {
	if t.nd == 4 {
		return t.n
	}
	pivot := 50 // without a reference, 00-49 are this century
	if p.hasRef {
		pivot = p.ref.Year()%100 + 16 // up to fifteen years ahead of the reference
	}
	if t.n < pivot {
		return 2000 + t.n
	}
	return 1900 + t.n
}

// smallLed reads the dates that start with a number of one or two digits:
// 12/25/2024, 25.12.2024, 9-18-15, 11/2016, 4/22 (after a date word),
// 25 December 2024, 25th of December, 16. Nov. 2016, 05-Aug-2016, 20th of
// next month.
func (p *dtParser) smallLed(i int, ctx bool) (dtRes, bool) {
	a := p.t[i]
	if sep := p.sepAt(i + 1); sep != 0 && !a.ord {
		j := i + 2
		if p.num(j) && !p.t[j].ord {
			b := p.t[j]
			if p.sepAt(j+1) == sep && p.num(j+2) && (p.t[j+2].nd == 4 || p.t[j+2].nd == 2) && b.nd <= 2 && !p.joinedRight(j+3) {
				if m, d, ok := dtOrder(a.n, b.n); ok {
					return dtRes{d: Date{Year: p.year2(p.t[j+2]), Month: m, Day: d}, end: j + 3}, true
				}
				return dtRes{}, false
			}
			if b.nd <= 2 && p.punct(j+1, ',') && p.adj(j+1) && p.num(j+2) && p.adj(j+2) && (p.t[j+2].nd == 4 || p.t[j+2].nd == 2) && !p.joinedRight(j+3) {
				if m, d, ok := dtOrder(a.n, b.n); ok && sep == '/' { // 08/12,2015
					return dtRes{d: Date{Year: p.year2(p.t[j+2]), Month: m, Day: d}, end: j + 3}, true
				}
			}
			if p.joinedRight(j + 1) {
				if sep == '-' || sep == '/' {
					// "2/29-3/1": a range whose left side is glued to its connector
					if p.punct(j+1, '-') && b.nd <= 2 && (ctx || p.dateWordBefore(i)) {
						if m, d, ok := dtOrder(a.n, b.n); ok {
							return p.noYear(Date{Month: m, Day: d}, j+1)
						}
					}
				}
				return dtRes{}, false
			}
			if b.nd == 4 && sep != '.' && a.n >= 1 && a.n <= 12 && b.n >= 1000 && b.n <= 2999 {
				return dtRes{d: Date{Year: b.n, Month: a.n}, end: j + 1}, true
			}
			onDay := p.kw(i-1, wOn) || i > 0 && p.t[i-1].cls == dtWeekday
			if b.nd <= 2 && !p.kw(j+1, wOf) && !p.punct(j+1, '%') && !p.countNounAt(j+1) &&
				(sep != '.' || onDay) && (ctx || p.dateWordBefore(i) && !p.kw(i-1, wIn) && (sep == '/' || onDay)) {
				if m, d, ok := dtOrder(a.n, b.n); ok {
					return p.noYear(Date{Month: m, Day: d}, j+1)
				}
			}
		}
		if j < len(p.t) && p.t[j].cls == dtMonth {
			// 05-Aug-2016, 23/Sep/2020
			return p.dayMonthCheck(a.n, j)
		}
		return dtRes{}, false
	}
	// "11 - 2016", "11 / 2016"
	if (p.punct(i+1, '-') || p.punct(i+1, '/')) && p.num(i+2) && p.t[i+2].nd == 4 && !a.ord && a.n >= 1 && a.n <= 12 && !p.joinedRight(i+3) && !p.countNounAt(i+3) {
		if y := p.t[i+2].n; y >= 1000 && y <= 2999 {
			return dtRes{d: Date{Year: y, Month: a.n}, end: i + 3}, true
		}
	}
	if a.n < 1 || a.n > 31 || (p.adj(i+1) && p.word(i+1)) {
		return dtRes{}, false
	}
	j := i + 1
	if p.punct(j, '.') && p.adj(j) {
		j++ // "16. Nov. 2016"
	}
	if p.kw(j, wOf) {
		j++
	}
	if j < len(p.t) && p.t[j].cls == dtMonth {
		return p.dayMonthCheck(a.n, j)
	}
	// "20th of next month", "31st of this month", "4 till 23 of this month"
	if p.hasRef && p.kwAny(j, wThis, wNext, wLast, wPrevious, wComing) && p.kw(j+1, wMonth) || p.kw(j, wIn) && p.kwAny(j+1, wThis, wNext, wLast) && p.kw(j+2, wMonth) {
		if p.kw(j, wIn) {
			j++
		}
		if !p.hasRef {
			return dtRes{}, false
		}
		t := p.ref.AddDate(0, p.shift(j), -p.ref.Day()+1)
		return dtRes{d: Date{Year: t.Year(), Month: int(t.Month()), Day: a.n, Relative: true}, end: j + 2}, true
	}
	return dtRes{}, false
}

// dayMonthCheck is dayMonth for a day number that must not be a count.
func (p *dtParser) dayMonthCheck(day, j int) (dtRes, bool) {
	if day < 1 || day > 31 {
		return dtRes{}, false
	}
	return p.dayMonth(day, j)
}
