package claims

import (
	"strings"
	"time"
)

// dateRecognizer finds date expressions: full dates in the usual orders,
// months, years in an event context, parts of periods ("early October",
// "mid-2024", "the end of 2024"), open sides ("since 2020", "before
// 2010"), ranges ("4 to 22 January 1995", "Q3 2016", "2019-2021",
// "summer 2022"), weeks, weekdays and relative dates ("yesterday", "last
// year", "two days ago").
//
// Relative expressions are resolved against opt.Reference, the publication
// date; when it is unknown they are skipped, and dates without a year keep
// Year 0. What a text leaves open is settled so:
//
//   - All-numeric dates with slashes, dashes or dots: month first (US order),
//     unless the first number cannot be a month and the second can (25/12/2024).
//     Two-digit years: 00-49 are 2000-2049, 50-99 are 1950-1999. Without a
//     year (4/22) only after a date word ("on", "since", a weekday...).
//   - A month and day, or a month, with no year and a known reference: the
//     latest occurrence on or before the reference (news mostly reports the
//     past), unless the next one starts within 61 days and is nearer; after
//     "since" always the past one; with a future cue in the clause ("will",
//     "scheduled", "due", ...) the next one.
//   - A weekday alone ("on Wednesday"): the latest such day on or before the
//     reference, or the next one when the clause has a future cue ("will",
//     "'ll", "next", "scheduled", "due", "expected", "plans"). Never without
//     a reference, and not in a name ("Black Friday").
//   - "last/this/next Friday": the Friday of the previous/current/next
//     Monday-to-Sunday week; "this past Friday" the latest one. "last/next
//     October": the nearest October strictly before/after the reference
//     month; "this October": the reference year's.
//   - "two days ago", "a week earlier", "in two weeks" resolve to a day;
//     "three months ago" to a month; "two years ago", "a year earlier" to a
//     year: the grain people mean, so that loose reports do not look like
//     conflicts. "Three years later" and "the following week" count from an
//     event of the story, not from the publication, and are left alone.
//   - A bare four-digit number is a year only after a date word (in, since,
//     by, before, after, until, from, during, through, between, of, the,
//     early, mid, late, a season, "fiscal"), in a list or range of years, or
//     next to a month; never when a count noun follows ("2000 people"), nor
//     when it is glued to other digits or letters (2,000; J2-8243). "By"
//     after a verb of change ("rose by 2000") is an amount.
//   - "May" is a month only capitalised; ambiguous month names (March, May,
//     April, June, August) and abbreviations stand alone only after a date
//     word ("in March"); with a day or year they stand anywhere.
//   - Seasons are northern: summer is June to August. "Winter 2023" spans
//     December 2022 to February 2024, as it may mean either winter.
//   - Ranges are inclusive: Date.To is the last day, month or year named.
//     "Between Monday and Wednesday" ends on the Wednesday placed as above.
type dateRecognizer struct{}

func (dateRecognizer) Name() string { return "date" }

// Recognize returns the date mentions of text in text order.
func (dateRecognizer) Recognize(text string, opt RecognizeOptions) []Mention {
	bp := dtPool.Get().(*[]dtok)
	p := dtParser{text: text, t: dtLex(text, (*bp)[:0]), lastEnd: -1}
	if !opt.Reference.IsZero() {
		y, m, d := opt.Reference.Date()
		p.ref = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		p.hasRef = true
	}
	p.run()
	*bp = p.t[:0]
	dtPool.Put(bp)
	return p.out
}

type dtParser struct {
	text    string
	t       []dtok
	ref     time.Time // the reference day, UTC midnight
	hasRef  bool
	out     []Mention
	lastEnd int  // token index after the last mention
	lastYr  bool // the last mention was a bare year (for lists: "2007 and 2009")
	slab    []Date
	at      int  // token where the expression being read starts
	since   bool // the expression being read is "since ...": its date is past
}

// dtRes is a parsed date and the token after it.
type dtRes struct {
	d      Date
	end    int
	noYear bool // the text gave no year; placed by the reference if known
	year   bool // a bare year
	wday   bool // a weekday alone, placed by the reference
}

func (p *dtParser) run() {
	for i := 0; i < len(p.t); {
		t := &p.t[i]
		if t.kind == dtPunct || (t.kind == dtWord && t.cls == dtNone) || t.cls == dtKeyword && !p.starts(i) ||
			t.kind == dtNum && !p.numStarts(i) {
			i++
			continue
		}
		if r, ok := p.expr(i); ok && r.end > i {
			p.emit(i, r)
			i = r.end
			continue
		}
		i++
	}
}

// starts reports whether the keyword at i can begin a date expression:
// prepositions, units and cue words cannot; "the" and "a" only before a
// word the grammar knows or a number.
func (p *dtParser) starts(i int) bool {
	switch p.t[i].id {
	case wThe, wA, wAn:
		return i+1 < len(p.t) && (p.t[i+1].cls != dtNone || p.t[i+1].kind == dtNum)
	case wIn, wOn, wAt, wOf, wTo, wAnd, wOr, wFor, wThan, wAs, wCirca, wAround, wDuring, wThroughout,
		wAgo, wHence, wNow, wDay, wWeek, wMonth, wYear, wQuarter, wHalf, wDecade,
		wFiscal, wSeason, wElection, wWill, wLl, wShall, wScheduled, wDue, wExpected, wPlans:
		return false
	}
	return true
}

// numStarts reports whether the number at i can begin a date: one followed
// by a plain word ("38 people") cannot, unless a date word precedes a year.
func (p *dtParser) numStarts(i int) bool {
	if i+1 >= len(p.t) || p.t[i+1].kind != dtWord || p.t[i+1].cls != dtNone {
		return true
	}
	if p.t[i].nd == 4 && i > 0 && (p.t[i-1].cls != dtNone || p.t[i-1].kind == dtWord && p.possessive(i-1)) {
		return true
	}
	return p.t[i].nd == 8 || p.t[i].nd == 4 && p.adj(i+1) // 20161016, 1990s
}

func (p *dtParser) emit(i int, r dtRes) {
	d := r.d
	if d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > 31 || d.Year < 0 || d.Year > 9999 {
		return
	}
	// A mention starts at its first token; leading "on" is not part of it.
	s, e := p.t[i].s, p.t[r.end-1].e
	lo, hi := d.Interval()
	if len(p.slab) == cap(p.slab) {
		p.slab = make([]Date, 0, 16) // one allocation for many mentions' dates
	}
	p.slab = append(p.slab, d)
	p.out = append(p.out, Mention{Kind: KindDate, Start: s, End: e, Text: p.text[s:e],
		Value: Value{Low: lo, High: hi, Date: &p.slab[len(p.slab)-1]}})
	p.lastEnd, p.lastYr = r.end, r.year
}

// ---- token helpers ----

func (p *dtParser) kw(i int, id dtWordID) bool {
	return i >= 0 && i < len(p.t) && p.t[i].cls == dtKeyword && p.t[i].id == id
}

func (p *dtParser) kwAny(i int, ids ...dtWordID) bool {
	if i < 0 || i >= len(p.t) || p.t[i].cls != dtKeyword {
		return false
	}
	for _, id := range ids {
		if p.t[i].id == id {
			return true
		}
	}
	return false
}

func (p *dtParser) punct(i int, c byte) bool {
	return i >= 0 && i < len(p.t) && p.t[i].kind == dtPunct && p.t[i].p == c
}

func (p *dtParser) num(i int) bool { return i >= 0 && i < len(p.t) && p.t[i].kind == dtNum }

func (p *dtParser) word(i int) bool { return i >= 0 && i < len(p.t) && p.t[i].kind == dtWord }

// adj reports whether token i follows token i-1 with no space.
func (p *dtParser) adj(i int) bool { return i > 0 && i < len(p.t) && !p.t[i].sp }

func (p *dtParser) is(i int, w string) bool {
	return p.word(i) && strings.EqualFold(p.text[p.t[i].s:p.t[i].e], w)
}

// joinedLeft reports whether token i is glued to what comes before it, as in
// 2,000, J2-8243, $2024 or 3.2024.
func (p *dtParser) joinedLeft(i int) bool {
	if i == 0 || p.t[i].sp {
		return false
	}
	q := p.t[i-1]
	if q.kind != dtPunct {
		return true
	}
	switch q.p {
	case '(', '[', '"', '\'', 0:
		return false
	case ':':
		return i > 1 && !p.word(i-2) // "says:30 December" is not glued; 10:30 is
	}
	return true
}

// currencyBefore reports whether a currency sign precedes token i: "$ 12".
func (p *dtParser) currencyBefore(i int) bool {
	if i == 0 || p.t[i-1].kind != dtPunct {
		return false
	}
	switch p.text[p.t[i-1].s:p.t[i-1].e] {
	case "$", "€", "£", "¥", "₹", "₽", "₺", "₩", "₪":
		return true
	}
	return false
}

// joinedRight reports whether the token before end is glued to what follows,
// as in 2024.5, 12/25/2024/7 or 2024x.
func (p *dtParser) joinedRight(end int) bool {
	if end >= len(p.t) || p.t[end].sp {
		return false
	}
	q := p.t[end]
	switch q.kind {
	case dtNum:
		return true
	case dtWord:
		return !(q.e-q.s == 1 && (p.text[q.s]|0x20) == 's' && p.punct(end-1, '\''))
	}
	switch q.p {
	case '.', ',', '/', '-', ':', '%':
		return end+1 < len(p.t) && !p.t[end+1].sp && p.t[end+1].kind != dtPunct
	case '\'':
		return false
	}
	return false
}

// countNounAt reports whether token i is a noun that makes a number a count.
func (p *dtParser) countNounAt(i int) bool {
	if !p.word(i) {
		return false
	}
	w := p.text[p.t[i].s:p.t[i].e]
	if len(w) > 14 {
		return false
	}
	return dtCountNouns[strings.ToLower(w)]
}

// endOfClause reports whether token i ends a clause (or the text).
func (p *dtParser) endOfClause(i int) bool {
	if i >= len(p.t) {
		return true
	}
	if p.t[i].kind != dtPunct {
		return false
	}
	switch p.t[i].p {
	case '.', ',', ';', ':', '!', '?', ')', '"', '\'':
		return true
	}
	return p.t[i].p == 0
}

// ---- grammar ----

// expr is an optionally open-sided span: "since 2020", "before the end of
// December", "no later than January 1, 2010".
func (p *dtParser) expr(i int) (dtRes, bool) {
	mod, j := p.openSide(i)
	p.at, p.since = i, mod == ModSince
	if mod == ModNone {
		return p.span(i, false)
	}
	r, ok := p.span(j, true)
	if !ok {
		return r, false
	}
	switch {
	case mod == ModBefore && r.d.Mod == ModEnd, mod == ModBeforeEnd && r.d.Mod == ModEnd:
		r.d.Mod = ModBeforeEnd
	case (mod == ModAfter || mod == ModSince) && r.d.Mod == ModStart:
		r.d.Mod = ModAfterStart
	case mod == ModBeforeEnd && r.d.To == nil && r.d.Mod == ModNone:
		r.d.Mod = ModBeforeEnd
	default:
		r.d.Mod = mod
	}
	if mod == ModBeforeEnd && p.kw(i, wBy) && r.d.Mod == ModBeforeEnd && r.year && !p.byYear(i) {
		return r, false
	}
	r.year = false
	return r, true
}

// byYear reports whether "by" at i introduces a time rather than an amount
// of change ("rose by 2000").
func (p *dtParser) byYear(i int) bool {
	if i == 0 || !p.word(i-1) {
		return true
	}
	w := strings.ToLower(p.text[p.t[i-1].s:p.t[i-1].e])
	if strings.HasSuffix(w, "ed") {
		return false
	}
	switch w {
	case "up", "down", "rose", "fell", "grew", "rise", "rises", "fall", "falls", "grow", "grows", "cut", "more", "less", "increase", "decrease", "drop", "drops":
		return false
	}
	return true
}

// openSide reads "since", "before", "after", "by", "until", "no later than"...
func (p *dtParser) openSide(i int) (Mod, int) {
	if i >= len(p.t) || p.t[i].cls != dtKeyword {
		return ModNone, i
	}
	switch p.t[i].id {
	case wSince:
		return ModSince, i + 1
	case wStarting, wBeginning:
		if p.kw(i+1, wOf) {
			return ModNone, i
		}
		if p.kwAny(i+1, wOn, wFrom, wIn) {
			return ModSince, i + 2
		}
		return ModSince, i + 1
	case wBefore:
		return ModBefore, i + 1
	case wPrior:
		if p.kw(i+1, wTo) {
			return ModBefore, i + 2
		}
	case wAfter:
		return ModAfter, i + 1
	case wBy, wUntil, wTill:
		return ModBeforeEnd, i + 1
	case wLater, wGreater:
		if p.kw(i+1, wThan) {
			return ModAfter, i + 2
		}
	case wEarlier:
		if p.kw(i+1, wThan) {
			return ModBefore, i + 2
		}
	case wPre, wPost:
		if p.punct(i+1, '-') && p.adj(i+1) && p.adj(i+2) && p.num(i+2) {
			if p.t[i].id == wPre {
				return ModBefore, i + 2
			}
			return ModAfter, i + 2
		}
	case wNo, wNot:
		if p.kw(i+1, wLater) && p.kw(i+2, wThan) {
			return ModBefore, i + 3
		}
		if p.kw(i+1, wEarlier) && p.kw(i+2, wThan) {
			return ModSince, i + 3
		}
	}
	return ModNone, i
}

// span is a range or a single date. ctx says a date word came before, so a
// bare year or month may stand alone.
func (p *dtParser) span(i int, ctx bool) (dtRes, bool) {
	between := p.kw(i, wBetween)
	if between || p.kw(i, wFrom) {
		return p.rangeAt(i+1, between, true)
	}
	return p.rangeAt(i, false, ctx)
}

// connector reads "to", "till", "until", "through", "-" (or "and" after
// "between").
func (p *dtParser) connector(i int, between bool) (int, bool) {
	if between {
		return i + 1, p.kw(i, wAnd)
	}
	if p.punct(i, '-') {
		return i + 1, true
	}
	if p.kwAny(i, wTo, wTill, wUntil, wThrough) {
		return i + 1, true
	}
	return i, false
}

// rangeAt reads "X to Y" at i; after "from" or "between" the left side may
// stand alone only if the range fails.
func (p *dtParser) rangeAt(i int, between, ctx bool) (dtRes, bool) {
	// A bare day on the left: "4 to 22 January 1995", "9 to 12 of June".
	if day, k, ok := p.bareDay(i); ok {
		if c, ok := p.connector(k, between); ok && p.sepAt(c+1) == 0 {
			if r2, ok := p.single(c, true); ok && r2.d.Day > day && r2.d.To == nil && r2.d.Week == 0 && r2.d.Mod == ModNone {
				from := r2.d
				from.Day = day
				to := r2.d
				from.To = &to
				return dtRes{d: from, end: r2.end}, true
			}
		}
	}
	r1, ok := p.single(i, ctx)
	if !ok {
		return r1, false
	}
	c, ok := p.connector(r1.end, between)
	if !ok || r1.d.To != nil {
		if between || p.joinedRight(r1.end) {
			return r1, false
		}
		return r1, true
	}
	d1 := r1.d
	// The right side: a full date, a bare day, or a bare year.
	if r2, ok := p.single(c, true); ok && r2.d.To == nil && r2.d.Mod == ModNone && r2.d.Week == 0 && d1.Week == 0 &&
		(d1.Day != 0) == (r2.d.Day != 0) && (d1.Month != 0) == (r2.d.Month != 0) {
		d2 := r2.d
		if r1.noYear && d2.Year != 0 && !r2.noYear {
			d1.Year = d2.Year
			if d1.Month > d2.Month {
				d1.Year--
			}
		}
		if r2.noYear && d1.Year != 0 {
			d2.Year = d1.Year
			if d2.Month < d1.Month || (d2.Month == d1.Month && d2.Day < d1.Day) {
				d2.Year++
			}
		}
		if r1.wday && r2.wday && d2.Year*400+d2.Month*32+d2.Day < d1.Year*400+d1.Month*32+d1.Day {
			// "between Monday and Wednesday": the Monday before that Wednesday
			d1 = p.day(time.Date(d1.Year, time.Month(d1.Month), d1.Day-7, 0, 0, 0, 0, time.UTC))
		}
		if d2.Year != 0 && d1.Year != 0 && d2.Year*400+d2.Month*32+d2.Day <= d1.Year*400+d1.Month*32+d1.Day {
			return r1, !between
		}
		if d1.Year == 0 && d2.Year != 0 || d1.Year != 0 && d2.Year == 0 {
			d1.Year, d2.Year = 0, 0
		}
		mod := d1.Mod
		d1.Mod = ModNone
		d1.To = &d2
		d1.Mod = mod
		return dtRes{d: d1, end: r2.end}, true
	}
	if d1.Day != 0 && d1.Month != 0 && d1.To == nil {
		if day, k, ok := p.bareDayRight(c); ok && day > d1.Day && !p.joinedRight(k) {
			d2 := d1
			d2.Day, d2.Mod = day, ModNone
			d1.To = &d2
			// "November 19-20, 2016"
			if d1.Year == 0 {
				if y, k2, ok := p.yearAfter(k); ok {
					d1.Year, d2.Year = y, y
					k = k2
				}
			}
			return dtRes{d: d1, end: k}, true
		}
	}
	if r1.year && p.num(c) && p.t[c].nd == 4 && !p.joinedRight(c+1) && !p.countNounAt(c+1) {
		if y := p.t[c].n; y > d1.Year && y-d1.Year < 200 {
			d1.To = &Date{Year: y}
			return dtRes{d: d1, end: c + 1}, true
		}
	}
	return r1, !between
}

// bareDay reads a day number 1-31 (digits, possibly ordinal) that is not part
// of a bigger number.
func (p *dtParser) bareDay(i int) (int, int, bool) {
	if !p.num(i) || p.t[i].nd > 2 || p.joinedLeft(i) {
		return 0, i, false
	}
	n := p.t[i].n
	if n < 1 || n > 31 {
		return 0, i, false
	}
	return n, i + 1, true
}

// bareDayRight is bareDay on the right of a range, glued to its dash.
func (p *dtParser) bareDayRight(i int) (int, int, bool) {
	if !p.num(i) || p.t[i].nd > 2 || p.t[i].n < 1 || p.t[i].n > 31 {
		return 0, i, false
	}
	return p.t[i].n, i + 1, true
}

// single is one date, possibly with a part ("early", "mid", "the end of").
func (p *dtParser) single(i int, ctx bool) (dtRes, bool) {
	if i >= len(p.t) {
		return dtRes{}, false
	}
	if r, ok := p.part(i); ok {
		return r, true
	}
	return p.core(i, ctx)
}

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
		mod = map[dtWordID]Mod{wEnd: ModEnd, wBeginning: ModStart, wStart: ModStart, wMiddle: ModMid}[p.t[j].id]
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
			return dtRes{d: d, end: u + 1}, true
		}
	}
	r, ok := p.single(k, true)
	if !ok || r.d.Mod != ModNone || r.d.To != nil && !(r.d.Month == 0 && r.d.To.Year == r.d.Year+9) {
		return dtRes{}, false // parts of years, months and decades ("late 1990s")
	}
	if r.d.Day != 0 {
		return dtRes{}, false // "early 25 December" is not English
	}
	r.d.Mod = mod
	r.year = false
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
	if p.t[k].cls != dtWeekday || p.t[k].e-p.t[k].s != len(dtWeekdayNames[p.t[k].v]) || n == 0 || n > 5 {
		return dtRes{}, false
	}
	wd := p.t[k].v
	e := k + 1
	var y, m int
	switch {
	case p.kwAny(e, wOf, wIn) && e+1 < len(p.t) && p.t[e+1].cls == dtMonth && !(p.t[e+1].v == 5 && !p.t[e+1].upper):
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
			return p.wordDayLed(i)
		case dtKeyword:
			switch t.id {
			case wToday, wTomorrow, wYesterday:
				if !p.hasRef {
					return dtRes{}, false
				}
				off := map[dtWordID]int{wToday: 0, wTomorrow: 1, wYesterday: -1}[t.id]
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
			}
		}
	}
	return dtRes{}, false
}

// day is the date of a day the reference settles.
func (p *dtParser) day(t time.Time) Date {
	return Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Relative: true}
}

var dtMonthNames = [13]string{"", "january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"}

var dtWeekdayNames = [8]string{"", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

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
			return t.v + p.t[k].v, k + 1, true
		}
		return t.v, i + 1, true
	case (t.cls == dtOrdinal || t.cls == dtNumber) && t.v >= 1 && t.v <= 31:
		return t.v, i + 1, true
	}
	return 0, i, false
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
	if !p.num(j) || p.t[j].nd != 4 || p.t[j].ord || p.t[j].n < 1000 || p.t[j].n > 2999 || p.joinedRight(j+1) {
		return 0, i, false
	}
	if j > i && p.punct(i, ',') && p.punct(j+1, '-') && p.adj(j+1) && p.num(j+2) {
		return 0, i, false
	}
	return p.t[j].n, j + 1, true
}

// monthLed reads December 25, 2024; Dec. 25; Oct-2; December 2024; Dec/2018;
// june of 1992; September-2020-23; and a month alone where it may stand.
func (p *dtParser) monthLed(i int, ctx bool) (dtRes, bool) {
	t := p.t[i]
	m := t.v
	abbr := t.e-t.s != len(dtMonthNames[m])
	if m == 5 && !t.upper {
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
	if m == 5 && !t.upper {
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
	if p.kw(j, wThe) {
		if r, ok := p.fraction(j); ok && r.d.Year == 0 && r.end == j+3 {
			r.d.Year, r.d.To.Year = y, y
			return r, true
		}
	}
	k := j
	if p.punct(k, ',') {
		k++
	}
	if k < len(p.t) && p.t[k].cls == dtMonth && (p.t[k].upper || p.t[k].e-p.t[k].s != 3 || true) && !(p.t[k].v == 5 && !p.t[k].upper) {
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
	switch strings.ToLower(w) {
	case "its", "his", "her", "their", "our", "my", "your":
		return true
	}
	return false
}

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
		y := p.ref.Year() + map[dtWordID]int{wThis: 0, wLast: -1, wNext: 1}[p.t[k].id]
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

func dtYear2(t dtok) int {
	if t.nd == 4 {
		return t.n
	}
	if t.n < 50 {
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
					return dtRes{d: Date{Year: dtYear2(p.t[j+2]), Month: m, Day: d}, end: j + 3}, true
				}
				return dtRes{}, false
			}
			if b.nd <= 2 && p.punct(j+1, ',') && p.adj(j+1) && p.num(j+2) && p.adj(j+2) && (p.t[j+2].nd == 4 || p.t[j+2].nd == 2) && !p.joinedRight(j+3) {
				if m, d, ok := dtOrder(a.n, b.n); ok && sep == '/' { // 08/12,2015
					return dtRes{d: Date{Year: dtYear2(p.t[j+2]), Month: m, Day: d}, end: j + 3}, true
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
	full := t.e-t.s == len(dtWeekdayNames[wd])
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
		return dtRes{}, false
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
		if p.joinedRight(j+1) || (t.v == 5 && !t.upper) {
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

// theLed reads "the day before yesterday", "the following week", "the 15th
// day of June", "the 28th of June", and "on the 15th" with a reference.
func (p *dtParser) theLed(i int) (dtRes, bool) {
	j := i + 1
	if j >= len(p.t) {
		return dtRes{}, false
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
		return p.shiftLed(j)
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

// restOf reads "rest of the week", "the remaining of the month".
func (p *dtParser) restOf(i int) (dtRes, bool) {
	if !p.hasRef {
		return dtRes{}, false
	}
	k := i + 1
	if p.kw(k, wOf) {
		k++
	}
	if p.kwAny(k, wThe, wThis, wCurrent) || p.is(k, "my") {
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
