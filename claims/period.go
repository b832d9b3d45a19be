package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/mention"
)

// periodRef is the period a figure covers and the date mention that gave it.
type periodRef struct {
	label string
	index int // the date mention's start in the sentence
}

// period finds the period a figure covers: a year- or month-like date in its
// clause ("$3.7 billion in 2024", "decreased to 6 percent in 2025"), else the
// one such date of the sentence ("Last year, trade reached $5bn"). Dates of
// statements and yardsticks ("from 2022") are never periods. A resolved
// period is its TIMEX; an unresolved one ("last year" with no publication
// date) its words.
func (x *extractor) period(s *sentenceCtx, i int) (periodRef, bool) {
	tr := s.mtok[i]
	lo, hi := clause(s.toks, tr)
	best, bestD := -1, 1<<30
	for j, m := range s.mentions {
		if m.Kind != mention.KindDate || j == i || !periodGrain(m) || statementDate(s.toks, s.mtok[j]) || baselineDate(s.toks, s.mtok[j]) {
			continue
		}
		r := s.mtok[j]
		if r[0] < lo || r[1] > hi || r[0] >= tr[1] && r[0]-tr[1] > periodReach || r[1] <= tr[0] && tr[0]-r[1] > periodReach {
			continue
		}
		if x.figureBetween(s, i, j) {
			continue // "$823.2 billion in 2023, down from $877.6 billion in 2022": 2022 is the other's
		}
		if d := dist(r[0], r[1], tr); d < bestD {
			best, bestD = j, d
		}
	}
	if best >= 0 {
		return periodRef{label: x.periodLabel(s, best), index: s.mentions[best].Start}, true
	}
	// Else the one period-like date the sentence opens with ("Last year,
	// trade reached $5bn"), or, for a figure restating or continuing the
	// clause before ("came to 1.7 trillion yuan in 2023, or roughly $240
	// billion"), that clause's. A year elsewhere in the sentence ("topping
	// off at $154 billion in 2022") dates another figure.
	_, opening := clause(s.toks, [2]int{0, 0})
	before := -1 // where the clause before the figure's starts
	if lo > 1 {
		before, _ = clause(s.toks, [2]int{lo - 2, lo - 1})
	}
	restates := lo > 0 && (s.toks[lo].lower == "or" || s.toks[lo].lower == "and" || relativeWords[s.toks[lo].lower])
	only := -1
	for j, m := range s.mentions {
		if m.Kind != mention.KindDate || j == i || !periodGrain(m) || statementDate(s.toks, s.mtok[j]) || baselineDate(s.toks, s.mtok[j]) {
			continue
		}
		if r := s.mtok[j]; !(r[1] <= opening && opening < lo) && !(restates && r[1] <= lo) && !(r[0] >= before && r[1] <= lo && before >= 0 && dateClause(s, before, lo-1)) {
			continue
		}
		if only >= 0 {
			return periodRef{}, false
		}
		only = j
	}
	if only >= 0 {
		return periodRef{label: x.periodLabel(s, only), index: s.mentions[only].Start}, true
	}
	return periodRef{}, false
}

// figureBetween reports another figure between mentions i and j: a date
// beyond it is that figure's period.
func (x *extractor) figureBetween(s *sentenceCtx, i, j int) bool {
	a, b := s.mtok[i], s.mtok[j]
	if b[0] < a[0] {
		a, b = b, a
	}
	for k, r := range s.mtok {
		if k == i || k == j || s.mentions[k].Kind == mention.KindDate || notAFigure(s, k) {
			continue
		}
		if r[0] >= a[1] && r[1] <= b[0] {
			return true
		}
	}
	return false
}

// periodReach is how far, in words, a period may stand from its figure in
// the figure's clause: "December imports from South Korea reached a record
// high, topping $116 billion".
const periodReach = 10

// dateClause reports a clause between tokens lo and hi that is a date
// alone, set before the figure it dates ("Pre-pandemic, in 2019, the U.S.
// imported $449.11 billion").
func dateClause(s *sentenceCtx, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		t := s.toks[k]
		if t.word == "," || stopwords[t.lower] || t.digit || monthWordToken(t) {
			continue
		}
		return false
	}
	return true
}

// monthWordToken reports a month's name.
func monthWordToken(t token) bool { return mention.MonthWord(t.lower) }

// periodGrain reports dates that can be the period a figure covers: a year,
// a part of one, a month, or a relative span ("last year"). A day is when
// something happened ("fell 15.7 percent on Monday"), a claim of its own.
func periodGrain(m mention.Mention) bool {
	d := m.Value.Date
	return d != nil && (d.Day == 0 || d.Year == 0 && d.Month == 0)
}

// periodLabel names the period of date mention j: its TIMEX when resolved,
// its words otherwise; a part of it ("the first 11 months of 2023", "the
// first half of 2024") keeps the part's words after a slash, so that it is
// another period than the whole year.
func (x *extractor) periodLabel(s *sentenceCtx, j int) string {
	m := s.mentions[j]
	label := strings.ToLower(foldSpace(m.Text))
	if m.Value.Date != nil && m.Value.Date.Year != 0 {
		label = m.Value.Date.Timex()
	}
	r := s.mtok[j]
	if r[0] >= 2 && s.toks[r[0]-1].lower == "of" && partWords[s.toks[r[0]-2].lower] {
		// "the first 11 months of", "the first half of", "the third quarter of"
		k := r[0] - 2
		for k > 0 && r[0]-k < 5 && s.toks[k-1].word != "," && !stopwords[s.toks[k-1].lower] ||
			k > 0 && (s.toks[k-1].digit || partWords[s.toks[k-1].lower]) {
			k--
		}
		var part []string
		for _, t := range s.toks[k : r[0]-1] {
			part = append(part, t.lower)
		}
		return label + "/" + strings.Join(part, " ")
	}
	return label
}

// eventDate is the year, and month or day, that a figure's own phrase dates
// its event to: a date in its clause ("killed 228 people in 1997"), a date
// the sentence opens with ("In 1997, when a jet flew into a hillside, 228
// people died"), or the date of the clause a "when", "which" or "who"
// clause hangs on ("since 1960, when at least 12,000 people died"). A year
// elsewhere in the sentence ("the deadliest since 1996") dates nothing.
func eventDate(s *sentenceCtx, i int) (year int, timex string) {
	toks := s.toks
	tr := s.mtok[i]
	lo, hi := clause(toks, tr)
	alo, ahi := -1, -1 // the antecedent clause of a relative one
	if lo > 1 && relativeWords[toks[lo].lower] {
		alo, _ = clause(toks, [2]int{lo - 2, lo - 1})
		ahi = lo - 1
	}
	_, fronted := clause(toks, [2]int{0, 0}) // the sentence's opening clause
	if end := labelEnd(s); end > fronted {
		fronted = end // "Gaisal, 2 August 1999: ... killing about 290"
	}
	bestD := 1 << 30
	for j, m := range s.mentions {
		d := m.Value.Date
		if j == i || m.Kind != mention.KindDate || d == nil || d.Year == 0 {
			continue
		}
		r := s.mtok[j]
		inClause := r[0] >= lo && r[1] <= hi && !d.OpenEnded()
		inAnte := r[0] >= alo && r[1] <= ahi
		opening := r[1] <= fronted && fronted < lo && !d.OpenEnded()
		if !inClause && !inAnte && !opening {
			continue
		}
		if k := dist(r[0], r[1], tr); k < bestD {
			bestD, year, timex = k, d.Year, ""
			if d.Month != 0 && d.To == nil {
				timex = d.Timex()
			}
		}
	}
	return year, timex
}

// labelEnd is the token index of the colon that ends a line's short label
// ("Gaisal, 2 August 1999: the two expresses met head-on"), or 0: a date
// in the label dates all the line says.
func labelEnd(s *sentenceCtx) int {
	for k, t := range s.toks {
		if k > maxLabelWords+3 {
			break
		}
		if t.word == "," && s.text[t.start] == ':' {
			return k
		}
	}
	return 0
}

// movedFrom reports a figure a change started from: "up from 80", "down
// from 12", "revised from 1,644".
func movedFrom(toks []token, tr [2]int) bool {
	if tr[0] < 2 || toks[tr[0]-1].lower != "from" {
		return false
	}
	// "up from 80", "narrowed to €291 billion, from almost €400 billion"
	for k := tr[0] - 2; k >= 0 && k >= tr[0]-10; k-- {
		w := toks[k].lower
		switch w {
		case "up", "down", "revised", "narrowed", "widened", "shrank", "grew", "risen", "rising", "fallen":
			return true
		}
		if toks[k].wordCue == "change" {
			return true
		}
	}
	return false
}

// hasCueBefore reports whether a word of set stands in the figure's clause
// within n tokens before it.
func (x *extractor) hasCueBefore(s *sentenceCtx, i int, set map[string]bool, n int) bool {
	tr := s.mtok[i]
	lo, _ := clause(s.toks, tr)
	for k := tr[0] - 1; k >= lo && k >= tr[0]-n; k-- {
		if set[s.toks[k].lower] {
			return true
		}
	}
	return false
}

// hasCueAfter reports whether a word of set follows the figure within n
// tokens ("the $200 billion goal").
func (x *extractor) hasCueAfter(s *sentenceCtx, i int, set map[string]bool, n int) bool {
	tr := s.mtok[i]
	for k := tr[1]; k < len(s.toks) && k < tr[1]+n && s.toks[k].word != ","; k++ {
		if set[s.toks[k].lower] {
			return true
		}
	}
	return false
}
