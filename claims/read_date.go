package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/mention"
)

// dateReader reads dates: a date is a claim of when something happened,
// unless it is a yardstick ("since 2020" after a superlative, "from 2022"
// after a figure), a speaker's "today", a vague "a few years ago", or a
// span read as a date to come. A date that dates a statement, or the figure
// right before it, says so in its metric.
type dateReader struct{}

func (dateReader) read(x *extractor, s *sentenceCtx, i int, c *Claim) bool {
	m := s.mentions[i]
	if m.Value.Date == nil || (m.Value.Date.Year == 0 && m.Value.Date.Month == 0) {
		return false // "last year" with no publication date says nothing comparable
	}
	if baseline(s.toks, s.mtok[i], m) || baselineDate(s.toks, s.mtok[i]) && x.figureBeside(s, i) != "" {
		return false // "the slowest growth since 2020", "down 7.1 percent from 2022": yardsticks
	}
	if m.Value.Date.Relative && (inQuote(s.text, m.Start) || vagueRelative(m.Text)) {
		// "today" in a quote is the speaker's day, not the publication's;
		// "a few years ago" names no date.
		return false
	}
	c.Metric = "date"
	if lo, _ := m.Value.Date.Interval(); x.published != "" && m.Value.Date.Year != 0 && lo > dayNumber(x.doc) {
		if m.Value.Date.Relative && !x.hasCueBefore(s, i, futureCues, 12) {
			return false // "the second crash in five months" is a span, not a date to come
		}
		c.Target = true // a date after publication is a plan or a forecast
	}
	if statementDate(s.toks, s.mtok[i]) {
		c.Metric = "statement" // when something was said, not when it happened
	} else if mt := x.figureBeside(s, i); mt != "" {
		c.Metric = "date of " + mt // "fell 15.7 percent on Monday": when shares fell
	}
	return true
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
	for k := tr[0] - 1; k >= 0 && k >= tr[0]-3; k-- {
		if toks[k].word == "," {
			break
		}
		if reportingVerbs[toks[k].lower] {
			return true
		}
	}
	// "The World Bank on Monday estimated..."
	for k := tr[1]; k < len(toks) && k < tr[1]+2 && toks[k].word != ","; k++ {
		if reportingVerbs[toks[k].lower] || toks[k].lower == "estimated" {
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

// baseline reports an open-ended date ("since 2020") that a superlative
// or "first ... since" before it turns into a yardstick.
func baseline(toks []token, tr [2]int, m mention.Mention) bool {
	if d := m.Value.Date; d == nil || (d.Mod != mention.ModSince && d.Mod != mention.ModAfter) {
		return false
	}
	if tr[1]+1 < len(toks) && toks[tr[1]].word == "," && toks[tr[1]+1].lower == "when" {
		return false // "since 1960, when a tsunami killed 61": that event is a claim
	}
	for k := tr[0] - 1; k >= 0 && k >= tr[0]-5 && toks[k].word != ","; k-- {
		w := toks[k].lower
		if w == "most" || w == "least" || w == "first" || w == "worst" || w == "best" ||
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
func vagueRelative(s string) bool {
	for _, w := range tokenize(s) {
		switch w.lower {
		case "few", "several", "some", "many", "recent", "recently", "couple":
			return true
		}
	}
	return false
}
