package mention

// Relative dates for the date recogniser: "last year", "two days ago",
// "on Wednesday", "the past three years", resolved against the reference.

import (
	"time"
)

// shift is -1, 0 or +1 for last/this/next and their synonyms at i.
func (p *dtParser) shift(i int) int {
	if i < 0 || i >= len(p.t) || p.t[i].cls != dtKeyword {
		return 0
	}
	switch p.t[i].id {
	case wLast, wPast, wPrevious:
		return -1
	case wNext, wComing, wFollowing, wUpcoming:
		return 1
	}
	return 0
}

func (p *dtParser) isShift(i int) bool {
	return p.kwAny(i, wLast, wPast, wPrevious, wThis, wCurrent, wNext, wComing, wFollowing, wUpcoming)
}

// countAt reads a small count: 3, three, a, a few, a couple of.
func (p *dtParser) countAt(i int) (int, int, bool) {
	if i >= len(p.t) {
		return 0, i, false
	}
	t := p.t[i]
	switch {
	case t.kind == dtNum && t.nd <= 3 && !t.ord && t.n > 0 && !p.joinedLeft(i):
		return t.n, i + 1, true
	case t.cls == dtNumber && t.v > 0:
		if t.v == 20 || t.v == 30 {
			if p.word(i+1) && p.t[i+1].cls == dtNumber && p.t[i+1].v < 10 {
				return t.v + p.t[i+1].v, i + 2, true
			}
		}
		return t.v, i + 1, true
	case p.kwAny(i, wA, wAn):
		if p.kw(i+1, wFew) {
			return 3, i + 2, true
		}
		if p.kw(i+1, wCouple) {
			if p.kw(i+2, wOf) {
				return 2, i + 3, true
			}
			return 2, i + 2, true
		}
		return 1, i + 1, true
	case p.kw(i, wFew):
		return 3, i + 1, true
	case p.kw(i, wCouple):
		if p.kw(i+1, wOf) {
			return 2, i + 2, true
		}
		return 2, i + 1, true
	}
	return 0, i, false
}

// unitAt is the calendar unit at i: 'd', 'w', 'm', 'q', 'y', 'D' (decade).
func (p *dtParser) unitAt(i int) byte {
	if i >= len(p.t) || p.t[i].cls != dtKeyword {
		return 0
	}
	switch p.t[i].id {
	case wDay:
		return 'd'
	case wWeek:
		return 'w'
	case wMonth:
		return 'm'
	case wQuarter:
		return 'q'
	case wYear:
		return 'y'
	case wDecade:
		return 'D'
	}
	return 0
}

// agoAt reads "two days ago", "a year earlier", "3 days from today", "two
// weeks from now", "in two weeks".
func (p *dtParser) agoAt(i int) (dtRes, bool) {
	n, k, ok := p.countAt(i)
	if !ok || !p.hasRef || n > 100 {
		return dtRes{}, false
	}
	u := p.unitAt(k)
	if u == 0 || u == 'q' {
		return dtRes{}, false
	}
	k++
	base := p.ref
	sign := 0
	switch {
	case p.kwAny(k, wAgo, wEarlier):
		sign, k = -1, k+1
	case p.kw(k, wBefore) && (p.endOfClause(k+1) || p.kwAny(k+1, wToday, wNow)):
		sign, k = -1, k+1
		if p.kwAny(k, wToday, wNow) {
			k++
		}
	case p.kw(k, wHence):
		sign, k = 1, k+1 // not "later": "three years later" counts from an event of the story
	case p.kw(i-1, wIn) && (p.endOfClause(k) || p.kwAny(k, wAnd, wOr, wWhen, wAt, wTo)):
		sign = 1 // "in two weeks", "elections in two years"
	case p.kwAny(k, wFrom, wAfter) && p.kwAny(k+1, wNow, wToday, wTomorrow, wYesterday):
		sign = 1
		switch p.t[k+1].id {
		case wTomorrow:
			base = base.AddDate(0, 0, 1)
		case wYesterday:
			base = base.AddDate(0, 0, -1)
		}
		k += 2
	default:
		return dtRes{}, false
	}
	n *= sign
	var d Date
	switch u {
	case 'd':
		d = p.day(base.AddDate(0, 0, n))
	case 'w':
		d = p.day(base.AddDate(0, 0, 7*n))
	case 'm':
		t := base.AddDate(0, n, 0)
		d = Date{Year: t.Year(), Month: int(t.Month()), Relative: true}
	case 'y':
		d = Date{Year: base.Year() + n, Relative: true}
	case 'D':
		d = Date{Year: base.Year() + 10*n, Relative: true}
	}
	return dtRes{d: d, end: k}, true
}

// futureCue reports whether the clause before i speaks of the future.
func (p *dtParser) futureCue(i int) bool {
	for j := i - 1; j >= 0 && j >= i-10; j-- {
		t := p.t[j]
		if t.kind == dtPunct && (t.p == '.' || t.p == '!' || t.p == '?' || t.p == ';') {
			return false
		}
		if p.kwAny(j, wWill, wLl, wShall, wScheduled, wDue, wExpected, wPlans, wNext) {
			return true
		}
	}
	return false
}

// mondayOf is the Monday of the week of t.
func dtMonday(t time.Time) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
}

// weekdayLed reads a weekday and what follows it: "Wednesday, December 25",
// "Friday 7/6", "Thursday the 21st", "Friday next week", "tuesday of last
// week", or the weekday alone. shift is set after "last", "this", "next".
func (p *dtParser) weekdayLed(i int, shift int, shifted bool) (dtRes, bool) {
	t := p.t[i]
	wd := t.v
	full := t.e-t.s == len(weekdayWords[wd][0])
	j := i + 1
	if p.punct(j, ',') {
		j++
	}
	if p.punct(j, '-') {
		j++
	}
	paren := p.punct(j, '(')
	if paren {
		j++
	}
	if j < len(p.t) {
		var r dtRes
		ok := false
		switch {
		case p.t[j].cls == dtMonth:
			r, ok = p.monthLed(j, true)
		case p.num(j):
			r, ok = p.numLed(j, true)
		case p.t[j].cls == dtOrdinal || p.t[j].cls == dtNumber:
			r, ok = p.wordDayLed(j)
		}
		if ok && r.d.Day != 0 && r.d.To == nil && (!paren || p.punct(r.end, ')')) {
			if paren {
				r.end++
			}
			return r, true
		}
	}
	// "Thursday the 21st", "tuesday the eleventh"
	if p.kw(i+1, wThe) {
		if day, e, ok := p.dayAt(i + 2); ok && p.hasRef && !(p.kw(e, wOf) || p.word(e) && p.t[e].cls == dtMonth) {
			if d, ok := p.weekdayDay(wd, day); ok {
				return dtRes{d: d, end: e}, true
			}
		}
	}
	if !p.hasRef {
		// Nothing to place it by: the weekday alone, which the reader of
		// all the sources may place ("on Friday" in an undated article)
		if !full || shifted || i > 0 && p.word(i-1) && p.t[i-1].upper && p.t[i-1].cls == dtNone {
			return dtRes{}, false
		}
		return dtRes{d: Date{Weekday: wd, Relative: true}, end: i + 1, wday: true}, true
	}
	// "Friday next week", "tuesday of next week", "on Sunday of last week"
	k := i + 1
	if p.kw(k, wOf) {
		k++
	}
	if p.kw(k, wThe) && p.kw(k+1, wFollowing) {
		k++
	}
	if p.isShift(k) && p.kw(k+1, wWeek) && p.t[k+1].e-p.t[k+1].s == 4 {
		mon := dtMonday(p.ref).AddDate(0, 0, 7*p.shift(k))
		return dtRes{d: p.day(mon.AddDate(0, 0, wd-1)), end: k + 2}, true
	}
	if !full && !shifted {
		return dtRes{}, false
	}
	if shifted {
		mon := dtMonday(p.ref).AddDate(0, 0, 7*shift)
		return dtRes{d: p.day(mon.AddDate(0, 0, wd-1)), end: i + 1}, true
	}
	// an event's name: "Black Friday", "Super Tuesday"
	if i > 0 && p.word(i-1) && p.t[i-1].upper && p.t[i-1].cls == dtNone {
		return dtRes{}, false
	}
	rw := (int(p.ref.Weekday())+6)%7 + 1
	if p.futureCue(i) {
		return dtRes{d: p.day(p.ref.AddDate(0, 0, (wd-rw+7)%7)), end: i + 1, wday: true}, true
	}
	return dtRes{d: p.day(p.ref.AddDate(0, 0, -((rw - wd + 7) % 7))), end: i + 1, wday: true}, true
}

// weekdayDay finds the month near the reference in which day falls on
// weekday wd: "Thursday the 21st".
func (p *dtParser) weekdayDay(wd, day int) (Date, bool) {
	for _, off := range []int{0, -1, 1, -2, 2} {
		first := time.Date(p.ref.Year(), p.ref.Month()+time.Month(off), 1, 0, 0, 0, 0, time.UTC)
		t := first.AddDate(0, 0, day-1)
		if t.Month() == first.Month() && (int(t.Weekday())+6)%7+1 == wd {
			return p.day(t), true
		}
	}
	return Date{}, false
}

// shiftLed reads last/this/next with what follows: "last year", "next
// week", "this quarter", "last Thursday", "next week Wednesday", "last
// October", "the past three years", "next 3 days".
func (p *dtParser) shiftLed(i int) (dtRes, bool) {
	if p.kwAny(i, wFollowing, wPrevious) && p.kw(i-1, wThe) && p.unitAt(i+1) != 0 {
		return dtRes{}, false // "the following week": counted from an event of the story
	}
	s := p.shift(i)
	past := p.kw(i, wPast)
	j := i + 1
	// "next 3 days", "past two quarters", "last couple of weeks"
	if n, k, ok := p.countAt(j); ok && !p.kwAny(i, wThis, wCurrent) && !p.kwAny(j, wA, wAn) && p.unitAt(k) != 0 && p.hasRef {
		return p.lastN(s, n, p.unitAt(k), k+1)
	}
	if j >= len(p.t) {
		return dtRes{}, false
	}
	t := p.t[j]
	switch {
	case p.kw(j, wWeekend) && p.hasRef:
		return p.weekend(s, past, j+1)
	case t.cls == dtWeekday:
		if !p.hasRef {
			return dtRes{}, false
		}
		if past || p.kwAny(i, wComing, wUpcoming) {
			// "past Wednesday", "this coming Friday": the nearest one on that side
			rw := (int(p.ref.Weekday())+6)%7 + 1
			if past {
				return dtRes{d: p.day(p.ref.AddDate(0, 0, -((rw-t.v+6)%7 + 1))), end: j + 1}, true
			}
			return dtRes{d: p.day(p.ref.AddDate(0, 0, (t.v-rw+6)%7+1)), end: j + 1}, true
		}
		return p.weekdayLed(j, s, true)
	case p.kwAny(j, wSpring, wSummer, wAutumn, wFall, wWinter) && p.hasRef && !p.kw(j, wFall):
		// "last summer": the latest one over; "this winter": the one under way or next
		first := dtSeasonStart(p.t[j].id)
		y := p.ref.Year()
		if first == 12 && int(p.ref.Month()) <= 2 {
			y--
		}
		start := time.Date(y, time.Month(first), 1, 0, 0, 0, 0, time.UTC)
		if s < 0 && !start.AddDate(0, 3, 0).After(p.ref) {
			s = 0 // "last summer" in September is this year's
		}
		start = start.AddDate(s, 0, 0)
		d := dtPeriod(start.Year(), int(start.Month()), 3)
		d.Relative = true
		return dtRes{d: d, end: j + 1}, true
	case p.kw(i, wThis) && p.kwAny(j, wPast, wComing, wUpcoming) && j+1 < len(p.t) && p.t[j+1].cls == dtWeekday:
		return p.shiftLed(j) // "this past Wednesday"
	case t.cls == dtMonth:
		if p.joinedRight(j+1) || (t.v == dtMay && !t.upper) {
			return dtRes{}, false
		}
		if !p.hasRef {
			return dtRes{d: Date{Month: t.v}, end: j + 1, noYear: true}, true
		}
		y := p.ref.Year()
		rm := int(p.ref.Month())
		switch {
		case s < 0 && t.v >= rm:
			y--
		case s > 0 && t.v <= rm:
			y++
		}
		return dtRes{d: Date{Year: y, Month: t.v, Relative: true}, end: j + 1}, true
	}
	if !p.hasRef {
		return dtRes{}, false
	}
	switch p.unitAt(j) {
	case 'D':
		if s < 0 && p.t[j].e-p.t[j].s == 6 {
			return p.lastN(-1, 1, 'D', j+1) // "the past decade": the last ten years
		}
	case 'y':
		if past {
			return p.lastN(-1, 1, 'y', j+1)
		}
		return dtRes{d: Date{Year: p.ref.Year() + s, Relative: true}, end: j + 1}, true
	case 'm':
		if past {
			return p.lastN(-1, 1, 'm', j+1)
		}
		t := p.ref.AddDate(0, s, 1-p.ref.Day())
		return dtRes{d: Date{Year: t.Year(), Month: int(t.Month()), Relative: true}, end: j + 1}, true
	case 'w':
		if p.t[j].e-p.t[j].s != 4 || p.kw(j+1, wOf) {
			return dtRes{}, false // "the last week of 2019" is not last week
		}
		mon := dtMonday(p.ref).AddDate(0, 0, 7*s)
		// "next week Wednesday", "previous week - Monday", "next week on Friday"
		k := j + 1
		if p.punct(k, '-') || p.punct(k, ',') || p.kw(k, wOn) {
			k++
		}
		if k < len(p.t) && p.t[k].cls == dtWeekday && !p.joinedRight(k+1) {
			return dtRes{d: p.day(mon.AddDate(0, 0, p.t[k].v-1)), end: k + 1}, true
		}
		if past {
			return p.lastN(-1, 1, 'w', j+1)
		}
		return dtRes{d: p.weekOf(mon), end: j + 1}, true
	case 'q':
		q0 := (int(p.ref.Month())-1)/3 + s
		first := time.Date(p.ref.Year(), time.Month(3*q0+1), 1, 0, 0, 0, 0, time.UTC)
		d := dtPeriod(first.Year(), int(first.Month()), 3)
		d.Relative = true
		return dtRes{d: d, end: j + 1}, true
	}
	return dtRes{}, false
}

// lastN is the range of the last (s<0) or next (s>0) n units from the
// reference: "past 3 weeks", "next two days"; quarters are whole quarters.
func (p *dtParser) lastN(s, n int, u byte, end int) (dtRes, bool) {
	if s == 0 || n < 1 || n > 100 {
		return dtRes{}, false
	}
	if u == 'q' {
		cur := time.Date(p.ref.Year(), time.Month((int(p.ref.Month())-1)/3*3+1), 1, 0, 0, 0, 0, time.UTC)
		from, to := cur.AddDate(0, -3*n, 0), cur.AddDate(0, -1, 0)
		if s > 0 {
			from, to = cur.AddDate(0, 3, 0), cur.AddDate(0, 3*n+2, 0)
		}
		t := Date{Year: to.Year(), Month: int(to.Month()), Relative: true}
		return dtRes{d: Date{Year: from.Year(), Month: int(from.Month()), Relative: true, To: &t}, end: end}, true
	}
	add := func(t time.Time, k int) time.Time {
		switch u {
		case 'd':
			return t.AddDate(0, 0, k)
		case 'w':
			return t.AddDate(0, 0, 7*k)
		case 'm':
			return t.AddDate(0, k, 0)
		case 'y':
			return t.AddDate(k, 0, 0)
		case 'D':
			return t.AddDate(10*k, 0, 0)
		}
		return t
	}
	from, to := add(p.ref, -n), p.ref
	if s > 0 {
		from, to = p.ref.AddDate(0, 0, 1), add(p.ref, n)
	}
	td := p.day(to)
	d := p.day(from)
	d.To = &td
	return dtRes{d: d, end: end}, true
}

// weekend is a Saturday-to-Sunday range: this week's (s 0), the next
// week's (s 1), or the last week's (s -1); latest is the latest one begun
// on or before the reference ("past weekend", "over the weekend").
func (p *dtParser) weekend(s int, latest bool, end int) (dtRes, bool) {
	sat := dtMonday(p.ref).AddDate(0, 0, 5+7*s)
	if latest {
		sat = dtMonday(p.ref).AddDate(0, 0, 5)
		if sat.After(p.ref) {
			sat = sat.AddDate(0, 0, -7)
		}
	}
	to := p.day(sat.AddDate(0, 0, 1))
	d := p.day(sat)
	d.To = &to
	return dtRes{d: d, end: end}, true
}

// theLed reads "the day before yesterday", "the following week", "the 15th
// day of June", "the 28th of June", and "on the 15th" with a reference.
func (p *dtParser) theLed(i int) (dtRes, bool) {
	j := i + 1
	if j >= len(p.t) {
		return dtRes{}, false
	}
	if p.kw(j, wWeekend) && p.hasRef && p.kwAny(i-1, wOver, wAt, wDuring, wOn) {
		return p.weekend(-1, true, j+1) // "over the weekend": the latest one
	}
	if p.kw(j, wDay) && p.t[j].e-p.t[j].s == 3 && p.hasRef {
		switch {
		case p.kw(j+1, wBefore) && p.kw(j+2, wYesterday):
			return dtRes{d: p.day(p.ref.AddDate(0, 0, -2)), end: j + 3}, true
		case p.kw(j+1, wAfter) && p.kw(j+2, wTomorrow):
			return dtRes{d: p.day(p.ref.AddDate(0, 0, 2)), end: j + 3}, true
		}
		return dtRes{}, false
	}
	if p.isShift(j) && p.unitAt(j+1) != 0 {
		r, ok := p.shiftLed(j)
		r.lead = 1 // "next quarter", as Recognizers-Text writes it
		return r, ok
	}
	day, k, ok := p.dayAt(j)
	if !ok || (p.num(j) && !p.t[j].ord && !p.kw(i-1, wFor)) {
		return dtRes{}, false
	}
	// "the 15th day of June", "the thirty-first day of the month"
	if p.kw(k, wDay) && p.kw(k+1, wOf) {
		u := k + 2
		if u < len(p.t) && p.t[u].cls == dtMonth {
			return p.dayMonth(day, u)
		}
		if p.kw(u, wThe) && p.kw(u+1, wMonth) && p.hasRef {
			return dtRes{d: Date{Year: p.ref.Year(), Month: int(p.ref.Month()), Day: day, Relative: true}, end: u + 2}, true
		}
		if p.isShift(u) && p.kw(u+1, wMonth) && p.hasRef {
			t := p.ref.AddDate(0, p.shift(u), 1-p.ref.Day())
			return dtRes{d: Date{Year: t.Year(), Month: int(t.Month()), Day: day, Relative: true}, end: u + 2}, true
		}
		return dtRes{}, false
	}
	if p.kw(k, wOf) && k+1 < len(p.t) && p.t[k+1].cls == dtMonth {
		return p.dayMonth(day, k+1)
	}
	if k < len(p.t) && p.t[k].cls == dtMonth {
		return p.dayMonth(day, k)
	}
	// "on the 15th", "for the 27": a day of the reference month or the one before
	if !p.hasRef || !p.kwAny(i-1, wOn, wFor) || !p.endOfClause(k) && !p.kwAny(k, wAnd, wOr, wTo) {
		return dtRes{}, false
	}
	t := p.ref.AddDate(0, 0, 1-p.ref.Day())
	if day > p.ref.Day() {
		t = t.AddDate(0, -1, 0)
	}
	return dtRes{d: Date{Year: t.Year(), Month: int(t.Month()), Day: day, Relative: true}, end: k}, true
}

// dtRestOwner is the one word besides the date keywords that restOf reads
// before a unit: "the rest of my week".
const dtRestOwner = "my"

// restOf reads "rest of the week", "the remaining of the month".
func (p *dtParser) restOf(i int) (dtRes, bool) {
	if !p.hasRef {
		return dtRes{}, false
	}
	k := i + 1
	if p.kw(k, wOf) {
		k++
	}
	if p.kwAny(k, wThe, wThis, wCurrent) || p.is(k, dtRestOwner) {
		k++
	}
	var end time.Time
	switch p.unitAt(k) {
	case 'w':
		end = dtMonday(p.ref).AddDate(0, 0, 6)
	case 'm':
		end = p.ref.AddDate(0, 1, -p.ref.Day())
	case 'y':
		end = time.Date(p.ref.Year(), 12, 31, 0, 0, 0, 0, time.UTC)
	default:
		return dtRes{}, false
	}
	to := p.day(end)
	d := p.day(p.ref)
	d.To = &to
	return dtRes{d: d, end: k + 1}, true
}
