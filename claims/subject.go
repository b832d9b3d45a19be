package claims

import (
	"cmp"
	"slices"
	"sort"
	"strings"
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
	w := x.weights
	clear(w)
	add := func(t token, weight float64) {
		if t.concept != "" {
			w[t.concept] += 2 * weight
		}
		if t.key == "" {
			return
		}
		if t.upper {
			weight *= properNounWeight // names pick out one event among several
		}
		w[t.key] += weight
	}
	lo, hi := clause(s.toks, tr)
	for k, t := range s.toks {
		if k >= tr[0] && k < tr[1] {
			continue
		}
		d := tr[0] - k
		if k >= tr[1] {
			d = k - tr[1] + 1
		}
		weight := 1 / (1 + float64(d)/reach)
		if k >= lo && k < hi {
			weight *= 1.5
		}
		add(t, weight)
	}
	for _, t := range x.headTok {
		add(t, 0.5*ctx)
	}
	for _, t := range x.titleTok {
		add(t, 0.3*ctx) // the story's own name for its main event
	}
	// The two sentences before, back to the section's heading.
	idx := sort.Search(len(x.doc.Sentences), func(i int) bool { return x.doc.Sentences[i].Start >= s.start })
	for back, weight := 1, 0.4*ctx; back <= 2 && idx-back >= 0; back, weight = back+1, weight*0.6 {
		sp := x.doc.Sentences[idx-back]
		if sp.Start < x.headEnd {
			break
		}
		for _, t := range x.tokens(sp) {
			add(t, weight)
		}
	}
	type kw struct {
		k string
		w float64
	}
	pairs := make([]kw, 0, len(w))
	for k, v := range w {
		pairs = append(pairs, kw{k, v})
	}
	slices.SortFunc(pairs, func(a, b kw) int {
		if a.w != b.w {
			return cmp.Compare(b.w, a.w)
		}
		return strings.Compare(a.k, b.k)
	})
	if len(pairs) > maxTerms {
		pairs = pairs[:maxTerms]
	}
	keys := make([]string, len(pairs))
	for i, p := range pairs {
		keys[i] = p.k
	}
	return keys
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
		if eventWord(t.lower) && !institution(toks, k) {
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
		if !isNameWord(toks[k]) {
			k++
			continue
		}
		j := k
		for j < len(toks) && isNameWord(toks[j]) && j-k < 4 {
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

func properNames(toks []token) []string {
	var out []string
	for _, n := range nameRuns(toks) {
		out = append(out, n.text)
	}
	return out
}

func isNameWord(t token) bool {
	return t.upper && !t.digit && !stopwords[t.lower] && !monthWord(t.lower) && !weekdayWord(t.lower)
}

func weekdayWord(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// institution reports an event word that names a body ("the fire agency",
// "the war ministry"), not an event.
func institution(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	switch toks[k+1].lower {
	case "agency", "department", "service", "services", "brigade", "brigades", "station",
		"chief", "official", "officials", "minister", "ministry", "committee", "office", "crews":
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

// annotate sets each token's context key and concept once, so that the
// claims of a sentence share the work.
func annotate(toks []token) []token {
	for i := range toks {
		t := &toks[i]
		if t.word == "," || t.digit || stopwords[t.lower] || len(t.lower) < 2 || monthWord(t.lower) {
			continue
		}
		t.concept, _ = conceptOf(t.lower)
		// What is measured is the claim's metric already; as context it
		// would only make every death toll look like every other.
		if _, ok := metricCues[t.lower]; ok || t.lower == "people" {
			continue
		}
		t.key = stem(t.lower)
	}
	return toks
}

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
