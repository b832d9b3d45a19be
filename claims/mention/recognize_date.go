package mention

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
//     Two-digit years: up to fifteen years after the reference's (00-49 with
//     no reference) are 20xx, the others 19xx. Without a
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

func (dateRecognizer) anchor() anchorSet { return dtAnchor }

// Recognize returns the date mentions of text in text order.
func (r dateRecognizer) Recognize(text string, opt RecognizeOptions) []Mention {
	return recognizeAlone(r, text, opt)
}

// appendMentions appends the date mentions of text to dst.
func (dateRecognizer) appendMentions(dst []Mention, text string, opt RecognizeOptions) []Mention {
	bp := dtPool.Get().(*[]dtok)
	p := dtParser{text: text, t: dtLex(text, (*bp)[:0]), lastEnd: -1, out: dst, lists: dateLists}
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
	at      int            // token where the expression being read starts
	since   bool           // the expression being read is "since ...": its date is past
	inPart  bool           // reading the period inside "early ...", "the end of ..."
	lists   *dateWordLists // the count nouns: dateLists but in tests
}

// dtRes is a parsed date and the token after it.
type dtRes struct {
	d      Date
	end    int
	noYear bool // the text gave no year; placed by the reference if known
	year   bool // a bare year
	wday   bool // a weekday alone, placed by the reference
	lead   int  // leading tokens that are not part of the mention: "the" of "the next quarter"
}

func (p *dtParser) run() {
	for i := 0; i < len(p.t); {
		if !p.mayStart(i) {
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

// mayStart is a quick test that token i can begin a date expression:
// punctuation and most words cannot. It holds as well where a date word
// comes before, so starts also puts what follows "since" or "from" to it.
func (p *dtParser) mayStart(i int) bool {
	t := &p.t[i]
	switch {
	case t.kind == dtNum:
		return p.numStarts(i)
	case t.cls == dtKeyword:
		return p.starts(i)
	case t.cls == dtOrdinal:
		return p.leads(i + 1) // "first Friday of July", "first quarter"
	}
	return t.cls != dtNone // a month, a weekday, a number word
}

// leads reports whether token i can carry a date on: a number or a word
// the grammar knows.
func (p *dtParser) leads(i int) bool {
	return i < len(p.t) && (p.t[i].cls != dtNone || p.t[i].kind == dtNum)
}

// starts reports whether the keyword at i can begin a date expression:
// prepositions, units and cue words cannot; an open side ("since", "by")
// or a range ("from", "between") only before what may start a date; "a"
// and "few" only in a date counted from the reference ("a week ago"); the
// words that make a date with the next ("the", "last", "later", "Q",
// "summer") only before what can carry it on.
func (p *dtParser) starts(i int) bool {
	id := p.t[i].id
	if opensDate(id) {
		// Another open side next ("until after 2020") is let through
		// untested: a run of them is then tested in one step each, not
		// again and again to its end.
		n := i + 1
		return n < len(p.t) && (p.t[n].cls == dtKeyword && opensDate(p.t[n].id) || p.mayStart(n))
	}
	switch id {
	case wA, wAn, wFew, wCouple:
		return p.hasRef && p.leads(i+1)
	case wThe, wLast, wPast, wPrevious, wThis, wCurrent, wNext, wComing, wFollowing, wUpcoming,
		wLater, wEarlier, wGreater, wPrior, wStarting, wBeginning, wQ, wH,
		wSpring, wSummer, wAutumn, wFall, wWinter:
		return p.leads(i + 1)
	case wNo, wNot:
		return p.kwAny(i+1, wLater, wEarlier) // "no later than"
	case wIn, wOn, wAt, wOf, wTo, wAnd, wOr, wFor, wThan, wAs, wCirca, wAround, wDuring, wThrough, wThroughout,
		wAgo, wHence, wNow, wDay, wWeek, wMonth, wYear, wQuarter, wHalf, wDecade,
		wFiscal, wSeason, wElection, wWill, wLl, wShall, wScheduled, wDue, wExpected, wPlans, wWhen, wWeekend, wOver:
		return false
	}
	return true
}

// opensDate reports whether a keyword opens a date that follows it: an
// open side or a range.
func opensDate(id dtWordID) bool {
	switch id {
	case wSince, wBefore, wAfter, wBy, wUntil, wTill, wFrom, wBetween:
		return true
	}
	return false
}

// numStarts reports whether the number at i can begin a date: one followed
// by a plain word ("38 people") cannot, unless a date word precedes a year;
// nor, unless it has the digits of a year or of a date (2016, Nov;
// 20161016,), one followed by a comma, a colon or a percent sign (8,900;
// 10:30; 5%), or the whole part of a decimal (24.6), which begins a date
// only with a third part (25.12.2024) or after "on" or a weekday (on 12.6).
func (p *dtParser) numStarts(i int) bool {
	if nd := p.t[i].nd; nd != 4 && nd != 8 {
		if p.punct(i+1, ',') || p.punct(i+1, ':') || p.punct(i+1, '%') {
			return false
		}
		if p.punct(i+1, '.') && p.num(i+2) && !p.punct(i+3, '.') && !p.kw(i-1, wOn) && !(i > 0 && p.t[i-1].cls == dtWeekday) {
			return false
		}
	}
	if i+1 >= len(p.t) || p.t[i+1].kind != dtWord || p.t[i+1].cls != dtNone {
		return true
	}
	if p.t[i].nd == 4 && i > 0 && (p.t[i-1].cls != dtNone || p.t[i-1].kind == dtWord && p.possessive(i-1)) {
		return true
	}
	return p.t[i].nd == 8 || p.t[i].nd == 4 && p.adj(i+1) || p.isS(i+1) // 20161016, 1990s, '90s
}

func (p *dtParser) emit(i int, r dtRes) {
	d := r.d
	if d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > 31 || d.Year < 0 || d.Year > 9999 {
		return
	}
	s, e := p.t[i+r.lead].s, p.t[r.end-1].e
	lo, hi := d.Interval()
	if len(p.slab) == cap(p.slab) {
		p.slab = make([]Date, 0, 8) // one allocation for many mentions' dates
	}
	if p.out == nil {
		p.out = make([]Mention, 0, 8)
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
	if len(w) > p.lists.longestCountNoun {
		return false
	}
	return p.lists.countNouns[strings.ToLower(w)]
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
	r.lead = 0
	switch {
	case mod == ModBefore && r.d.Mod == ModEnd, mod == ModBeforeEnd && r.d.Mod == ModEnd:
		r.d.Mod = ModBeforeEnd
	case mod == ModAfter && r.d.Mod == ModStart:
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
	if between && p.kw(i, wAnd) {
		return i + 1, true
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
		// "on 12 and 13 March" is a range of days too
		if c, ok := p.connector(k, between || p.kw(i-1, wOn)); ok && p.sepAt(c+1) == 0 {
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
