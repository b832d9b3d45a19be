package mention

// Parts of periods for the date recogniser: "early 2024", "the end of
// the month", "the first half of 2025", "the second Monday of next month",
// seasons.

import (
	"time"
)

// part reads early/mid/late X, the end/beginning/middle of X, the first half
// of X, the third quarter of X, earlier/later this X.
func (p *dtParser) part(i int) (dtRes, bool) {
	t := p.t[i]
	if t.cls != dtKeyword && t.cls != dtOrdinal && t.kind != dtNum {
		return dtRes{}, false
	}
	j := i
	if p.kw(j, wThe) {
		j++
	}
	var mod Mod
	k := j + 1
	switch {
	case p.kw(j, wEarly):
		mod = ModStart
	case p.kw(j, wLate):
		mod = ModEnd
	case p.kw(j, wMid):
		mod = ModMid
	case p.kwAny(j, wEnd, wBeginning, wStart, wMiddle) && p.kw(j+1, wOf):
		mod = ModStart
		switch p.t[j].id {
		case wEnd:
			mod = ModEnd
		case wMiddle:
			mod = ModMid
		}
		k = j + 2
	case p.kwAny(j, wEarlier, wLater):
		// "earlier this month", "later in the year": the period itself.
		k := j + 1
		if p.kw(k, wIn) && p.kw(k+1, wThe) {
			k += 2
		} else if p.kw(k, wThis) {
			k++
		} else {
			return dtRes{}, false
		}
		if d, ok := p.thisUnit(k); ok && j == i {
			return dtRes{d: d, end: k + 1}, true
		}
		return dtRes{}, false
	default:
		return p.fraction(i)
	}
	if mod != ModMid && j > i && k == j+1 {
		return dtRes{}, false // "the early", "the late"
	}
	if p.punct(k, '-') && p.adj(k) {
		k++
	}
	// "the end of the year", "end of month", "the end of this week"
	u := k
	if p.kwAny(u, wThe, wThis) {
		u++
	}
	if k < len(p.t) && p.kwAny(u, wYear, wMonth, wWeek) && (u > k || !p.kw(k, wThe) || k == u) {
		if d, ok := p.thisUnit(u); ok {
			d.Mod = mod
			return dtRes{d: d, end: u + 1, lead: j - i}, true
		}
	}
	if p.inPart {
		return dtRes{}, false // "the end of the end of": no nesting, and no quadratic time
	}
	p.inPart = true
	r, ok := p.single(k, true)
	p.inPart = false
	if !ok || r.d.Mod != ModNone || r.d.To != nil && !(r.d.Month == 0 && r.d.To.Year == r.d.Year+9) {
		return dtRes{}, false // parts of years, months and decades ("late 1990s")
	}
	if r.d.Day != 0 {
		return dtRes{}, false // "early 25 December" is not English
	}
	r.d.Mod = mod
	r.year = false
	r.lead = j - i // "end of 2024", as Recognizers-Text writes it
	return r, true
}

// thisUnit is the current year, month or week of the reference.
func (p *dtParser) thisUnit(k int) (Date, bool) {
	if !p.hasRef {
		return Date{}, false
	}
	switch {
	case p.kw(k, wYear):
		return Date{Year: p.ref.Year(), Relative: true}, true
	case p.kw(k, wMonth):
		return Date{Year: p.ref.Year(), Month: int(p.ref.Month()), Relative: true}, true
	case p.kw(k, wWeek):
		return p.weekOf(p.ref), true
	}
	return Date{}, false
}

func (p *dtParser) weekOf(t time.Time) Date {
	y, w := t.ISOWeek()
	return Date{Year: y, Week: w, Relative: true}
}

// fraction reads "the first half of 2025", "the third quarter of 2016",
// "1st quarter of 2013", "the first quarter of the year".
func (p *dtParser) fraction(i int) (dtRes, bool) {
	j := i
	if p.kw(j, wThe) {
		j++
	}
	n := 0
	switch {
	case j < len(p.t) && p.t[j].cls == dtOrdinal:
		n = p.t[j].v
	case p.num(j) && p.t[j].ord:
		n = p.t[j].n
	case p.kw(j, wLast):
		n = -1
	default:
		return dtRes{}, false
	}
	if r, ok := p.nthOf(n, j+1); ok {
		return r, true
	}
	unit := 0
	switch {
	case p.kw(j+1, wQuarter):
		unit = 3
	case p.kw(j+1, wHalf):
		unit = 6
	default:
		return dtRes{}, false
	}
	parts := 12 / unit
	if n == -1 {
		n = parts
	}
	if n < 1 || n > parts {
		return dtRes{}, false
	}
	k := j + 2
	if p.kw(k, wOf) || p.punct(k, ',') {
		k++
	}
	y, end := 0, k
	switch {
	case p.num(k) && p.t[k].nd == 4 && !p.joinedRight(k+1):
		y, end = p.t[k].n, k+1
	case p.kw(k, wThe) && p.kw(k+1, wYear):
		end = k + 2 // Recognizers-Text keeps "the year" unresolved
	case p.kw(k, wThis) && p.kw(k+1, wYear) && p.hasRef:
		y, end = p.ref.Year(), k+2
	case p.kw(k, wLast) && p.kw(k+1, wYear) && p.hasRef:
		y, end = p.ref.Year()-1, k+2
	case p.kw(k, wNext) && p.kw(k+1, wYear) && p.hasRef:
		y, end = p.ref.Year()+1, k+2
	default:
		return dtRes{}, false // "in the third quarter" of a match
	}
	return dtRes{d: dtPeriod(y, (n-1)*unit+1, unit), end: end}, true
}

// nthOf reads what follows an ordinal n (-1 for "last") at k: "the first
// week of 2019", "the first Friday of July", "the second Monday of next
// month", "third Tuesday" (of the reference month).
func (p *dtParser) nthOf(n, k int) (dtRes, bool) {
	if k >= len(p.t) {
		return dtRes{}, false
	}
	if p.kw(k, wWeek) && p.t[k].e-p.t[k].s == 4 && p.kw(k+1, wOf) && p.num(k+2) && p.t[k+2].nd == 4 && !p.joinedRight(k+3) {
		y := p.t[k+2].n
		if y < 1000 || y > 2999 || n == 0 || n > 5 {
			return dtRes{}, false
		}
		if n == -1 {
			y, w := time.Date(y, 12, 28, 0, 0, 0, 0, time.UTC).ISOWeek()
			return dtRes{d: Date{Year: y, Week: w}, end: k + 3}, true
		}
		return dtRes{d: Date{Year: y, Week: n}, end: k + 3}, true
	}
	if p.t[k].cls != dtWeekday || p.t[k].e-p.t[k].s != len(weekdayWords[p.t[k].v][0]) || n == 0 || n > 5 {
		return dtRes{}, false
	}
	wd := p.t[k].v
	e := k + 1
	var y, m int
	switch {
	case p.kwAny(e, wOf, wIn) && e+1 < len(p.t) && p.t[e+1].cls == dtMonth && !(p.t[e+1].v == dtMay && !p.t[e+1].upper):
		m = p.t[e+1].v
		e += 2
		if yy, e2, ok := p.yearAfter(e); ok {
			y, e = yy, e2
		} else if p.hasRef {
			y = p.place(m, 0)
		} else {
			return dtRes{}, false
		}
	case p.kwAny(e, wOf, wIn) && (p.isShift(e+1) || p.kw(e+1, wThis)) && p.kw(e+2, wMonth) && p.hasRef:
		t := p.ref.AddDate(0, p.shift(e+1), 1-p.ref.Day())
		y, m, e = t.Year(), int(t.Month()), e+3
	case n > 0 && p.hasRef:
		y, m = p.ref.Year(), int(p.ref.Month())
	default:
		return dtRes{}, false
	}
	first := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
	off := (wd - ((int(first.Weekday())+6)%7 + 1) + 7) % 7
	t := first.AddDate(0, 0, off+7*(n-1))
	if n == -1 {
		last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
		t = last.AddDate(0, 0, -(((int(last.Weekday())+6)%7+1-wd)+7)%7)
	}
	if int(t.Month()) != m {
		return dtRes{}, false
	}
	return dtRes{d: p.day(t), end: e}, true
}

// dtSeasonStart is the first month of a (northern) season.
func dtSeasonStart(id dtWordID) int {
	switch id {
	case wSpring:
		return 3
	case wSummer:
		return 6
	case wAutumn, wFall:
		return 9
	}
	return 12
}

// seasonLed reads "summer 2016", "the spring of 2019", "fall 2023": the
// season's three months. A winter named by a year may mean the one that
// ends in it or the one that starts in it, so it spans both.
func (p *dtParser) seasonLed(i int) (dtRes, bool) {
	k := i + 1
	if p.kw(k, wOf) {
		k++
	}
	if !p.num(k) || p.t[k].nd != 4 || p.joinedRight(k+1) || p.countNounAt(k+1) {
		return dtRes{}, false
	}
	y := p.t[k].n
	if y < 1000 || y > 2999 {
		return dtRes{}, false
	}
	first := dtSeasonStart(p.t[i].id)
	if first == 12 {
		return dtRes{d: Date{Year: y - 1, Month: 12, To: &Date{Year: y + 1, Month: 2}}, end: k + 1}, true
	}
	return dtRes{d: dtPeriod(y, first, 3), end: k + 1}, true
}

// dtPeriod is the range of n months from month m of year y.
func dtPeriod(y, m, n int) Date {
	to := Date{Year: y + (m+n-2)/12, Month: (m+n-2)%12 + 1}
	return Date{Year: y, Month: m, To: &to}
}
