package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/mention"
)

// A claim's frame is what its figure is a figure of: its event, its
// measure (Metric), its scope, its period and whether it is reported or a
// target. claims/compare makes one fact of the claims that share a frame.
// This file reads the parts a sentence gives: the scope, the event the
// sentence names, and a background event the figure is bound to.

// frame fills in the scope and event of claim c, mention i of sentence s.
func (x *extractor) frame(c *Claim, s *sentenceCtx, i int) {
	phrases := x.eventPhrases(s)
	tr := s.mtok[i]
	if p, ok := nearestPhrase(phrases, tr); ok {
		c.EventPhrase = p.text
	}
	if c.Kind != mention.KindDate {
		c.Event = boundEvent(s, phrases, tr)
		c.Scope = x.scope(s, i, c)
	}
}

// eventPhrase is how a sentence names an event: a name with the word for
// the kind of event ("Hurricane Helene", "the Maha Kumbh stampede"), or
// that word alone ("the earthquake").
type eventPhrase struct {
	from, to int    // token range
	text     string // as written, the event word in lower case after a name
	named    bool   // it carries a name
}

// eventPhrases returns the event phrases of a sentence, once a sentence.
func (x *extractor) eventPhrases(s *sentenceCtx) []eventPhrase {
	if s.phrasesRead {
		return s.phrases
	}
	s.phrasesRead = true
	toks := s.toks
	for k, t := range toks {
		if !t.event || institution(toks, k) {
			continue
		}
		switch {
		case t.upper && k+1 < len(toks) && toks[k+1].name && !toks[k+1].event:
			// "Hurricane Helene", "Storm Daniel"
			j := k + 1
			for j < len(toks) && toks[j].name && !toks[j].event && j-k < 4 {
				j++
			}
			s.phrases = append(s.phrases, eventPhrase{k, j, joinWords(toks[k:j]), true})
		case k > 0 && toks[k-1].name && !toks[k-1].event:
			// "the Maha Kumbh stampede", "Morocco Earthquake", "India's Kumbh stampede"
			j := k - 1
			for j > 0 && toks[j-1].name && !toks[j-1].event && k-j < 4 {
				j--
			}
			s.phrases = append(s.phrases, eventPhrase{j, k + 1, joinWords(toks[j:k]) + " " + eventNoun(t.lower), true})
		default:
			s.phrases = append(s.phrases, eventPhrase{k, k + 1, t.lower, false})
		}
	}
	return s.phrases
}

// eventNoun names an event by its noun where the text uses the verb:
// "Jeju Air crashed" is the Jeju Air crash.
func eventNoun(w string) string {
	for _, suf := range []string{"ed", "d"} {
		if n := strings.TrimSuffix(w, suf); n != w && eventWord(n) {
			return n
		}
	}
	return w
}

// joinWords joins tokens' words with single spaces, without possessives.
func joinWords(toks []token) string {
	ws := make([]string, len(toks))
	for i, t := range toks {
		ws[i] = strings.TrimSuffix(strings.TrimSuffix(t.word, "’s"), "'s")
	}
	return strings.Join(ws, " ")
}

// nearestPhrase is the event phrase nearest token range tr, a named one
// before a bare word.
func nearestPhrase(ps []eventPhrase, tr [2]int) (eventPhrase, bool) {
	best, bestD, found := eventPhrase{}, 1<<30, false
	for _, named := range []bool{true, false} {
		for _, p := range ps {
			if p.named != named {
				continue
			}
			if d := dist(p.from, p.to, tr); d < bestD {
				best, bestD, found = p, d, true
			}
		}
		if found {
			return best, true
		}
	}
	return best, false
}

// relativeWords open a clause that speaks of the noun phrase before it.
var relativeWords = wordSet(`which who that when whose`)

// boundEvent is the background event a figure belongs to by name: the figure
// stands in a relative clause whose antecedent is a named event set beside
// the story's ("behind Hurricane Katrina, which killed at least 1,392
// people"). A year in the antecedent's clause marks it as another event
// too ("Hurricane Maria, which killed nearly 3,000 people in 2017").
// Compare decides whether the name is not the story's own after all.
func boundEvent(s *sentenceCtx, phrases []eventPhrase, tr [2]int) string {
	toks := s.toks
	lo, _ := clause(toks, tr)
	if lo == 0 || lo >= len(toks) || !relativeWords[toks[lo].lower] {
		return ""
	}
	// the antecedent clause: the tokens before the comma at lo-1
	alo, _ := clause(toks, [2]int{lo - 2, lo - 1})
	var ante *eventPhrase
	for k := range phrases {
		p := &phrases[k]
		if p.named && p.from >= alo && p.to <= lo-1 && (ante == nil || p.to > ante.to) {
			ante = p
		}
	}
	if ante == nil {
		return ""
	}
	for k := alo; k < lo-1; k++ {
		if lex().otherEventMarkers[toks[k].lower] && k < ante.from || toks[k].digit && isYear(toks[k].word) {
			return ante.text
		}
	}
	return ""
}

func isYear(w string) bool {
	if len(w) != 4 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w[0] == '1' || w[0] == '2'
}
