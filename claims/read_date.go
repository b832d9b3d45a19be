package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/mention"
)

// dateReader reads dates: a date is a claim of when something happened.
// It is not one when it only bounds a state of things ("since 2000", "till
// August 4"), is a yardstick ("the slowest growth since 2020", "down 7.1
// percent from 2022"), dates a statement ("officials said on Monday"), a
// dateline ("PARIS, March 3 (Reuters) –") or the level a figure stood at
// ("the toll stood at 308 as of August 2", "touched 334 on Friday"), is a
// plan or forecast (after publication), a speaker's "today", a vague "a few
// years ago", or a year with no event in its clause ("the tariffs began in
// 2018": a period, not the day of an event). A date that dates an event's
// happening other than the event itself ("Biden approved an emergency on
// Sunday") carries that happening as its scope.
type dateReader struct{}

func (dateReader) read(x *extractor, s *sentenceCtx, i int, c *Claim) bool {
	m := s.mentions[i]
	d := m.Value.Date
	if d == nil || (d.Year == 0 && d.Month == 0 && d.Weekday == 0) {
		return false // "last year" with no publication date says nothing comparable
	}
	toks, tr := s.toks, s.mtok[i]
	keep := x.opt.Mentions // every expression is kept, with what it dates
	if (d.Mod == mention.ModBefore || d.Mod == mention.ModBeforeEnd || d.Mod == mention.ModAfter) && !keep {
		return false // "by 2030", "till August 4", "after 2020": the bound of a plan or a state of things
	}
	if baseline(toks, tr, m) || baselineDate(toks, tr) && (x.figureBeside(s, i) != "" || amountIn(s)) {
		return false // "the slowest growth since 2020", "down 7.1 percent from 2022": yardsticks
	}
	if d.Relative && (inQuote(s.text, m.Start) || vagueRelative(x.vocab, m.Text)) {
		// "today" in a quote is the speaker's day, not the publication's;
		// "a few years ago" names no date.
		return false
	}
	c.Metric = "date"
	if lo, _ := d.Interval(); x.published != "" && d.Year != 0 && lo > dayNumber(x.doc) {
		if d.Relative && !x.hasCueBefore(s, i, lex().futureCues, futureCueReach) {
			return false // "the second crash in five months" is a span, not a date to come
		}
		c.Target = true // a date after publication is a plan or a forecast
		if !keep {
			return false
		}
	}
	switch {
	case statementDate(toks, tr):
		c.Metric = "statement" // when something was said, not when it happened
	case dateline(s.text, m):
		c.Metric = "dateline"
	case asOf(toks, tr) || x.levelDate(s, i):
		c.Metric = "as of" // the day a figure stood at a level
	}
	if mt := x.figureBeside(s, i); mt != "" && c.Metric == "date" {
		c.Metric = "date of " + mt // "fell 15.7 percent on Monday": when shares fell
	}
	if c.Metric != "date" && !strings.HasPrefix(c.Metric, "date of ") && !keep {
		return false
	}
	concept, event := eventClause(toks, tr)
	c.Concept = strings.TrimPrefix(concept, "@")
	c.Happening = happening(toks, tr)
	if !event && c.Metric == "date" && c.Happening != "" {
		c.Scope = Scope{Kind: ScopeHappening, Name: c.Happening}
	}
	return true
}

// amountIn reports a sentence with an amount or a percentage: "from Oct."
// in it is what a figure is compared with.
func amountIn(s *sentenceCtx) bool {
	for _, m := range s.mentions {
		if m.Kind == mention.KindMoney || m.Kind == mention.KindPercent {
			return true
		}
	}
	return false
}

// eventClause reports a date whose clause names an event or what it did to
// people: "the earthquake struck on Friday", "the victim who perished on
// January 29", "Katrina, which killed 1,392 people in 2005". Trade words
// name no event: "trade outpaced China's in 2002" dates a period.
func eventClause(toks []token, tr [2]int) (concept string, ok bool) {
	lo, hi := datedClause(toks, tr)
	from := tr[1]
	if hi+1 < len(toks) && toks[hi+1].lower == "when" && hi-tr[1] <= 1 {
		// "shifted on December 25, 2024, when Flight 8243 crashed": the
		// clause after the date says what happened on it
		lo, from = tr[0], hi+2
		_, hi = clause(toks, [2]int{hi + 1, hi + 1})
	}
	// a clause of its own inside ("burst on 12 May after Storm Nara
	// flooded the valley") speaks of another happening
	for k := from; k < hi; k++ {
		if subordinators[toks[k].lower] {
			hi = k
			break
		}
	}
	best := 1 << 30
	for k := lo; k < hi; k++ {
		if k >= tr[0] && k < tr[1] {
			continue
		}
		t := toks[k]
		if (t.event || t.concept == "@air") && t.concept != "@trade" && !institution(toks, k) {
			if d := dist(k, k+1, tr); d < best {
				concept, best = t.concept, d
			}
			ok = true
		}
		if t.isCue && predicateMetrics[t.cue] {
			ok = true
		}
	}
	return concept, ok
}

// happening names what happened on a date, in the words of its clause: the
// verb nearest before it and the words after the verb ("approved a state of
// emergency"), for a date that dates no event of its own.
func happening(toks []token, tr [2]int) string {
	lo, hi := datedClause(toks, tr)
	verb := -1
	for k := tr[0] - 1; k >= lo; k-- {
		if isVerbLike(toks[k]) {
			verb = k
			break
		}
	}
	if verb < 0 {
		for k := tr[1]; k < hi && !subordinators[toks[k].lower]; k++ {
			if isVerbLike(toks[k]) {
				verb = k
				break
			}
		}
	}
	if verb < 0 {
		return ""
	}
	ws := []string{toks[verb].lower}
	for k := verb + 1; k < hi && len(ws) < 5 && (k < tr[0] || k >= tr[1]); k++ {
		if k == tr[0] || toks[k].digit || placePreps[toks[k].lower] && len(ws) > 1 {
			break
		}
		ws = append(ws, toks[k].lower)
	}
	for len(ws) > 1 && stopwords[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	return strings.Join(ws, " ")
}

// isVerbLike reports a word that is probably a verb: in the past tense, or
// a participle ("devotees reaching the river on Tuesday").
func isVerbLike(t token) bool {
	if t.upper || t.digit || stopwords[t.lower] || t.reporting || lex().notVerbs[t.lower] {
		return false
	}
	return lex().irregularPast[t.lower] || len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed") && !strings.HasSuffix(t.lower, "eed") ||
		len(t.lower) > 5 && strings.HasSuffix(t.lower, "ing")
}

// datedClause is the clause a date belongs to: its own, or, for a date
// the sentence opens with ("On Friday, the authority cremated 94 bodies"),
// its own and the one after it, which says what happened that day.
func datedClause(toks []token, tr [2]int) (lo, hi int) {
	lo, hi = clause(toks, tr)
	if lo == 0 && tr[0] <= 2 && hi-tr[1] <= 2 && hi+1 < len(toks) {
		_, hi = clause(toks, [2]int{hi + 1, hi + 1})
	} else if lo > 1 && tr[0]-lo <= 1 && hi-tr[1] <= 1 {
		// "Devotees reaching the river at dawn, on Tuesday.": a date set
		// apart at the end dates the clause before it
		lo, _ = clause(toks, [2]int{lo - 2, lo - 1})
	}
	return lo, hi
}

// asOf reports a date that says when a figure stood where it stood: "as
// of Monday", "so far on Friday".
func asOf(toks []token, tr [2]int) bool {
	for k := tr[0] - 1; k >= 0 && k >= tr[0]-2; k-- {
		if toks[k].lower == "of" && k > 0 && toks[k-1].lower == "as" {
			return true
		}
	}
	return false
}

// levelDate reports a date beside a count that its clause says a total
// reached: "the toll touched 334 on Friday", "the toll surged to 64 over
// the weekend". The day is when the figure was given, not an event's.
func (x *extractor) levelDate(s *sentenceCtx, i int) bool {
	tr := s.mtok[i]
	lo, hi := clause(s.toks, tr)
	for j, r := range s.mtok {
		if j == i || r[0] < lo || r[1] > hi || s.mentions[j].Kind != mention.KindNumber {
			continue
		}
		a, b := r[1], tr[0]
		if tr[1] <= r[0] {
			a, b = tr[1], r[0]
		}
		inner := false // "the stampede that took place on Wednesday has risen to 30"
		for k := a; k < b; k++ {
			if relativeWords[s.toks[k].lower] {
				inner = true
			}
		}
		if !inner && levelOf(s.toks, r) {
			return true
		}
	}
	return false
}

// dateline reports a date in a wire story's dateline: "PARIS, March 3
// (Reuters) –", "Wayanad (Kerala), Aug 1 (PTI)": capitalised words and a
// comma before it, at the start of the text, and an agency in brackets or
// a dash after it.
func dateline(text string, m mention.Mention) bool {
	before := strings.TrimSpace(text[:m.Start])
	if !strings.HasSuffix(before, ",") || len(before) > 60 {
		return false
	}
	for _, r := range before[:len(before)-1] {
		if r == '.' || r == '!' || r == '?' {
			return false
		}
	}
	if before == "" || before[0] < 'A' || before[0] > 'Z' {
		return false
	}
	after := strings.TrimLeft(text[m.End:], " \u00a0")
	return strings.HasPrefix(after, "(") || strings.HasPrefix(after, "--") || strings.HasPrefix(after, "—") ||
		strings.HasPrefix(after, "–") || strings.HasPrefix(after, "- ")
}

// figureBeside is the metric of a figure standing right before date i in
// its clause, whose date it then is.
func (x *extractor) figureBeside(s *sentenceCtx, i int) string {
	tr := s.mtok[i]
	lo, _ := clause(s.toks, tr)
	for j := i - 1; j >= 0; j-- {
		r := s.mtok[j]
		if r[1] < lo || tr[0]-r[1] > 2 {
			break
		}
		m := s.mentions[j]
		if m.Kind == mention.KindMoney || m.Kind == mention.KindPercent {
			return x.metric(s, j, string(m.Kind))
		}
	}
	return ""
}

// statementDate reports a date that dates a statement: a reporting verb
// right before it ("data showed on Friday", "said in May 2024").
func statementDate(toks []token, tr [2]int) bool {
	if lo, hi := clause(toks, tr); lo == 0 && tr[0] <= 2 && hi-tr[1] <= 2 && hi+1 < len(toks) {
		// "On Friday morning, the district collector said that ...": the
		// opening date's clause says who said what
		for k := hi + 1; k < len(toks) && k <= hi+6 && toks[k].word != ","; k++ {
			if lex().reportingVerbs[toks[k].lower] {
				return true
			}
		}
	}
	for k := tr[0] - 1; k >= 0 && k >= tr[0]-3; k-- {
		if toks[k].word == "," {
			break
		}
		if lex().reportingVerbs[toks[k].lower] || lex().stampVerbs[toks[k].lower] {
			return true
		}
	}
	// "The World Bank on Monday estimated..."
	for k := tr[1]; k < len(toks) && k < tr[1]+2 && toks[k].word != ","; k++ {
		if lex().reportingVerbs[toks[k].lower] || toks[k].lower == "estimated" {
			return true
		}
	}
	return false
}

// baselineDate reports a date a figure is compared with, not the period it
// covers: "down 7.1 percent from 2022", "compared with 2022", "higher than in 2019".
func baselineDate(toks []token, tr [2]int) bool {
	for k := tr[0]; k >= 0 && k >= tr[0]-2; k-- { // the mention may hold the word ("from 2022")
		switch toks[k].lower {
		case "from", "than", "with", "versus", "vs":
			return true
		}
	}
	return false
}

// baseline reports an open-ended date ("since 2020") that a superlative,
// "first ... since" or "as deadly ... since" before it turns into a
// yardstick. "The largest quake since 1960, when 12,000 died" measures this
// quake against that one; the earlier one's own figures are claims, its
// year a yardstick.
func baseline(toks []token, tr [2]int, m mention.Mention) bool {
	if d := m.Value.Date; d == nil || (d.Mod != mention.ModSince && d.Mod != mention.ModAfter) {
		return false
	}
	for k := tr[0] - 1; k >= 0 && k >= tr[0]-5 && toks[k].word != ","; k-- {
		w := toks[k].lower
		if w == "most" || w == "least" || w == "first" || w == "worst" || w == "best" || w == "as" ||
			(strings.HasSuffix(w, "est") && len(w) > 5) {
			return true
		}
	}
	return false
}

// inQuote reports whether offset lies inside a quotation in text.
func inQuote(text string, offset int) bool {
	open := false
	straight := 0
	for _, r := range text[:offset] {
		switch r {
		case '“':
			open = true
		case '”':
			open = false
		case '"':
			straight++
		}
	}
	return open || straight%2 == 1
}

// vagueRelative reports relative expressions whose size is not said.
func vagueRelative(v *vocab, s string) bool {
	for w := range v.scan(s) {
		switch w.lower {
		case "few", "several", "some", "many", "recent", "recently", "couple":
			return true
		}
	}
	return false
}
