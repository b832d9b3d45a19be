package claims

import (
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/sources"
)

// maxTerms is how many context terms a claim keeps.
const maxTerms = 24

// properNounWeight is how much more a capitalised word says about which event
// a figure belongs to than a common word.
const properNounWeight = 2.5

// terms returns the claim's context features, most telling first: the words
// of its sentence weighted by nearness to the figure, event concepts
// ("@air" for plane, jet, airliner...), and with less weight the heading above
// and the two sentences before it in the same paragraph.
//
// A date attaches to the words nearest it ("on Tuesday as teams worked to
// identify the victims of the disaster" is about the teams' work, not the
// disaster), so for dates the weights fall off faster.
func (x *extractor) terms(s *sentenceCtx, tr [2]int, date bool) []string {
	reach, ctx := 6.0, 1.0
	if date {
		// the words around a date, not the story around it, say which event it dates
		reach, ctx = 2.5, 0.3
	}
	lo, hi := clause(s.toks, tr)
	for k, t := range s.toks {
		if k >= tr[0] && k < tr[1] || t.keyID == 0 && t.conceptID == 0 {
			continue
		}
		d := tr[0] - k
		if k >= tr[1] {
			d = k - tr[1] + 1
		}
		weight := falloff(d, reach)
		if k >= lo && k < hi {
			weight *= 1.5
		}
		x.add(termRef{t.keyID, t.conceptID, t.upper}, weight)
	}
	for _, t := range x.headRefs {
		x.add(t, 0.5*ctx)
	}
	for _, t := range x.titleRefs {
		x.add(t, 0.3*ctx) // the story's own name for its main event
	}
	weight := 0.4 * ctx
	for _, refs := range x.before(s) {
		for _, t := range refs {
			x.add(t, weight)
		}
		weight *= 0.6
	}
	return x.topTerms()
}

// termRef is a word of context as terms counts it.
type termRef struct {
	key, concept int32 // the vocabulary's numbers of its key and concept
	upper        bool
}

// appendTermRef appends t to out if it counts as a context term.
func appendTermRef(out []termRef, t token) []termRef {
	if t.keyID != 0 || t.conceptID != 0 {
		out = append(out, termRef{t.keyID, t.conceptID, t.upper})
	}
	return out
}

// before returns the context terms of the two sentences before s, back to
// the section's heading, the nearer first; once per sentence.
func (x *extractor) before(s *sentenceCtx) [][]termRef {
	if s.beforeRead {
		return s.beforeRefs[:s.nBefore]
	}
	s.beforeRead = true
	idx := sort.Search(len(x.doc.Sentences), func(i int) bool { return x.doc.Sentences[i].Start >= s.start })
	for back := 1; back <= len(s.beforeRefs) && idx-back >= 0; back++ {
		sp := x.doc.Sentences[idx-back]
		if sp.Start < x.headEnd {
			break
		}
		s.beforeRefs[s.nBefore] = x.refs(sp)
		s.nBefore++
	}
	return s.beforeRefs[:s.nBefore]
}

// refs returns the context terms of a sentence, once per sentence. Most
// sentences before a figure hold none themselves and are never tokenised
// for their own sake: their terms are read without keeping their tokens.
func (x *extractor) refs(sp sources.Span) []termRef {
	if r, ok := x.sentRefs[sp.Start]; ok {
		return r
	}
	v := x.vocab
	var r []termRef
	if toks, ok := x.sentToks[sp.Start]; ok {
		from := len(v.refs)
		for _, t := range toks {
			v.refs = appendTermRef(v.refs, t)
		}
		r = v.refs[from:len(v.refs):len(v.refs)]
	} else {
		r = x.keepRefs(x.doc.Text[sp.Start:sp.End])
	}
	x.sentRefs[sp.Start] = r
	return r
}

// keepRefs returns the context terms of text, kept in the vocabulary's room
// for them until the extraction ends. (The scan is ranged over here, not
// handed on as a function, so that it allocates nothing.)
func (x *extractor) keepRefs(text string) []termRef {
	v := x.vocab
	from := len(v.refs)
	for t := range v.scan(text) {
		v.refs = appendTermRef(v.refs, t)
	}
	return v.refs[from:len(v.refs):len(v.refs)]
}

// falloff is the weight of a word d tokens from the figure: 1/(1+d/reach).
// The common values are worked out once.
func falloff(d int, reach float64) float64 {
	switch {
	case d < len(falloffs[0]) && reach == 6:
		return falloffs[0][d]
	case d < len(falloffs[1]) && reach == 2.5:
		return falloffs[1][d]
	}
	return 1 / (1 + float64(d)/reach)
}

var falloffs = func() (t [2][64]float64) {
	for d := range t[0] {
		t[0][d] = 1 / (1 + float64(d)/6)
		t[1][d] = 1 / (1 + float64(d)/2.5)
	}
	return t
}()

// add counts a context word with a weight, under its key and its concept.
func (x *extractor) add(t termRef, weight float64) {
	if t.concept != 0 {
		x.addTerm(t.concept, 2*weight)
	}
	if t.key == 0 {
		return
	}
	if t.upper {
		weight *= properNounWeight // names pick out one event among several
	}
	x.addTerm(t.key, weight)
}

func (x *extractor) addTerm(id int32, weight float64) {
	v := x.vocab
	if v.weights[id] == 0 {
		v.touched = append(v.touched, id)
	}
	v.weights[id] += weight
}

// topTerms returns the maxTerms heaviest terms added since the last call,
// heaviest first, ties in name order, and clears the weights.
func (x *extractor) topTerms() []string {
	v := x.vocab
	// Keep the best maxTerms in order as they come: most terms fall
	// below the last kept one at the first comparison.
	best := v.best[:0]
	for _, id := range v.touched {
		if len(best) == maxTerms && !v.heavier(id, best[maxTerms-1]) {
			continue
		}
		k := 0 // the first kept term id is heavier than
		for j := len(best); k < j; {
			if h := (k + j) / 2; v.heavier(id, best[h]) {
				j = h
			} else {
				k = h + 1
			}
		}
		if len(best) < maxTerms {
			best = append(best, 0)
		}
		copy(best[k+1:], best[k:])
		best[k] = id
	}
	// The terms go to the vocabulary's room until ownTerms gives the
	// extraction's claims theirs.
	from := len(v.terms)
	for _, id := range best {
		v.terms = append(v.terms, v.termNames[id])
	}
	keys := v.terms[from:len(v.terms):len(v.terms)]
	for _, id := range v.touched {
		v.weights[id] = 0
	}
	v.touched, v.best = v.touched[:0], best
	return keys
}

// ownTerms gives claims whose terms lie in the vocabulary's room terms of
// their own, all cut from one allocation of the size they need: claims
// keep their terms, and a claim per allocation would cost more. A cut has
// no spare capacity, so appending to it copies.
func ownTerms(claims []Claim) {
	n := 0
	for _, c := range claims {
		n += len(c.Terms)
	}
	all := make([]string, n)
	for i := range claims {
		c := &claims[i]
		k := copy(all, c.Terms)
		c.Terms, all = all[:k:k], all[k:]
	}
}

// heavier orders terms by weight, heaviest first, then by name.
func (v *vocab) heavier(a, b int32) bool {
	if wa, wb := v.weights[a], v.weights[b]; wa != wb {
		return wa > wb
	}
	// Terms from one context sentence tie: their names decide, mostly
	// by their first bytes.
	if pa, pb := v.termPrefix[a], v.termPrefix[b]; pa != pb {
		return pa < pb
	}
	return v.termNames[a] < v.termNames[b]
}

// subjectLabel names what a claim is about in a few words of its sentence:
// the name nearest the figure and the nearest event word
// ("Azerbaijan Airlines · crashed").
func subjectLabel(toks []token, names []nameRun, tr [2]int) string {
	bestName, bestD := "", 1<<30
	for _, n := range names {
		if d := dist(n.from, n.to, tr); d < bestD {
			bestName, bestD = n.text, d
		}
	}
	event, eventD := "", 1<<30
	for k, t := range toks {
		if t.event && !institution(toks, k) {
			if d := dist(k, k+1, tr); d < eventD {
				event, eventD = t.lower, d
			}
		}
	}
	switch {
	case bestName != "" && event != "":
		return bestName + " · " + event
	case bestName != "":
		return bestName
	}
	return event
}

type nameRun struct {
	from, to int
	text     string
}

// nameRuns are runs of capitalised words: proper names. A capitalised first
// word of the sentence counts only as part of a longer run ("Jeju Air"), and
// weekdays and months are dates, not names.
func nameRuns(toks []token) []nameRun {
	var out []nameRun
	for k := 0; k < len(toks); {
		if !toks[k].name {
			k++
			continue
		}
		j := k
		for j < len(toks) && toks[j].name && j-k < 4 {
			j++
		}
		if k > 0 && toks[k-1].word != "," || j-k > 1 {
			var ws []string
			for _, t := range toks[k:j] {
				ws = append(ws, strings.TrimSuffix(strings.TrimSuffix(t.word, "’s"), "'s"))
			}
			out = append(out, nameRun{k, j, strings.Join(ws, " ")})
		}
		k = j
	}
	return out
}

// SubjectWords reads a sentence for what findings are named after: its
// proper names ("Jeju Air") and its words that name a kind of event
// ("crash"), lower case, in text order, repeats kept. A word that names a
// body ("the fire agency") is no event.
func SubjectWords(sentence string) (names, events []string) {
	toks := tokenize(sentence)
	for _, n := range nameRuns(toks) {
		names = append(names, n.text)
	}
	for k, t := range toks {
		if eventWord(t.lower) && !institution(toks, k) {
			events = append(events, t.lower)
		}
	}
	return names, events
}

// institution reports an event word that names a body ("the fire agency",
// "the war ministry"), not an event.
func institution(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	switch toks[k+1].lower {
	case "agency", "department", "service", "services", "brigade", "brigades", "station",
		"chief", "official", "officials", "minister", "ministry", "committee", "office", "crews",
		"center", "centre", "management", "relief", "response", "fund", "authority":
		return true
	}
	return false
}

// eventWord reports words that name a kind of event (crash, earthquake,
// fire, trade), not its setting (airport, runway).
func eventWord(w string) bool {
	c, ok := eventConcepts[w]
	return ok && c != "@air" && !unnamingWords[w]
}

// unnamingWords tell which kind of event a sentence is about but do not name
// it well in a label: "China · bought" says less than "China · trade".
var unnamingWords = wordSet(`bought sold buys sells customs tariff tariffs
deficit surplus shot`)

// conceptOf finds a word's event concept by the word or its stem
// ("traded" -> @trade).
func conceptOf(w string) (string, bool) {
	if c, ok := eventConcepts[w]; ok {
		return c, true
	}
	c, ok := eventConceptStems[stem(w)]
	return c, ok
}

func dist(a, b int, tr [2]int) int {
	if b <= tr[0] {
		return tr[0] - b
	}
	if a >= tr[1] {
		return a - tr[1]
	}
	return 0
}
