package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/mention"
)

// countReader reads bare numbers: a number is a claim only when it counts
// people or things (countMetric says how it knows).
type countReader struct{}

func (countReader) read(x *extractor, s *sentenceCtx, i int, c *Claim) bool {
	metric, ok := x.countMetric(s, i)
	if !ok && !x.opt.Mentions {
		return false
	}
	if s.mentions[i].Value.Qualifier == mention.Plural && !x.opt.Mentions {
		return false // "thousands", "dozens": an order of magnitude, no figure to set against another
	}
	c.Kind, c.Metric = mention.KindCount, metric
	return true
}

// countMetric decides whether a bare number counts people or things and what
// it measures. A number is a count when a cue word in its clause says what
// happened to what it counts ("killed 38", "67 passengers and crew"), when a
// people noun or a plural noun follows it ("eight IT specialists"), when it
// carries a unit ("1.5 million tons"), or when it elides the noun of an
// earlier count in the sentence ("half a million people ... two million").
func (x *extractor) countMetric(s *sentenceCtx, i int) (string, bool) {
	m := s.mentions[i]
	tr := s.mtok[i]
	toks := s.toks
	if notAFigure(s, i) {
		return "", false
	}
	// The noun right after the number, past adjectives.
	next := ""
	if tr[1] < len(toks) {
		next = toks[tr[1]].lower
	}
	if m.Value.Unit != "" {
		if mt, ok := x.cue(s, i); ok {
			return mt, true
		}
		return unitMetric(m.Value.Unit), true
	}
	// "38 of the 67", "44,000 of the victims"; "2,681 deaths, 2,530 of
	// them were buried", a part that opens its clause ("relatives of 12 of
	// them" counts relatives' kin, not a part)
	partitive := next == "of" && tr[1]+2 < len(toks) && (toks[tr[1]+1].lower == "the" ||
		partPronouns[toks[tr[1]+1].lower] && clauseStart(toks, tr))
	if notCounted[next] && !partitive {
		return "", false
	}
	cue, hasCue := x.cue(s, i)
	if !hasCue && tr[0] > 0 && (toks[tr[0]-1].lower == "the" || toks[tr[0]-1].lower == "both") &&
		m.Value.Number <= 12 && !toks[tr[0]].digit {
		return "", false // "the two economies": a reference, not a count
	}
	if hasCue && (cue == "passengers" || cue == "crew") && bothCrewAndPassengers(toks, tr[1]) {
		cue = "aboard" // "67 passengers and crew": everyone on board
	}
	secondOfPartitive := tr[0] >= 3 && toks[tr[0]-1].lower == "the" && toks[tr[0]-2].lower == "of" &&
		i > 0 && s.mtok[i-1][1] == tr[0]-2
	if hasCue && !predicateMetrics[cue] && !secondOfPartitive {
		if p, ok := predicateAfter(s, i); ok {
			cue = p
		}
	}
	noun, isNoun := countedNoun(toks, tr[1])
	if k := tr[1] + 2; !isNoun && partitive && i+1 < len(s.mtok) && s.mtok[i+1][0] == k {
		// "411 of the 650 seats": a part of a whole with its own figure
		// counts what the whole does ("one of the oldest pacts" counts
		// nothing)
		noun, isNoun = countedNoun(toks, s.mtok[i+1][1])
	}
	if _, ok := partitivePredicate(toks, tr); ok {
		// "32 of the victims were Kenyan": a part of the whole, which the
		// claim's scope names; it measures what the whole does
		if hasCue {
			return cue, true
		}
		return "people", true
	}
	if isNoun && isDemonym(noun) {
		// "32 Kenyans": people, whose nationality the claim's scope names
		if hasCue {
			return cue, true
		}
		return "people", true
	}
	switch {
	case isNoun && !lex().peopleNouns[noun] && !isCue(noun) && !nounIsName(toks, tr[1], noun) && !cueBeside(toks, tr, noun):
		return thingMeasure(toks, tr, noun) // "35 nationalities were among the dead" counts nationalities
	case hasCue && isNoun && lex().unitNouns[noun]:
		// "578 families displaced": what happened to them, counted in
		// families, is another measure than displaced people; "relocated
		// to 91 relief camps" counts where they went, no figure of them
		if tr[0] > 0 && placePreps[toks[tr[0]-1].lower] || tr[0] > 0 && toks[tr[0]-1].lower == "to" {
			return "", false
		}
		return noun + " " + cue, true
	case hasCue:
		return cue, true
	case isNoun && lex().peopleNouns[noun]:
		return "people", true
	case isNoun:
		return thingMeasure(toks, tr, noun)
	case s.lastCount != "" && partitive && partPronouns[toks[tr[1]+1].lower]:
		// "2,681 deaths, 2,530 of them were buried": a part of the
		// sentence's last count, which its scope says (subgroup)
		return s.lastCount, true
	case s.lastCount != "" && (tr[1] >= len(toks) || elisionNext[toks[tr[1]].lower]):
		// elided noun: "half a million people, though some say two million";
		// "44,000 died in Turkey and about 6,000 in Syria"
		return s.lastCount, true
	}
	return "", false
}

// isDemonym reports a word for a country's people ("Kenyans").
func isDemonym(w string) bool {
	_, ok := knownPlaces().demonym[foldName(w)]
	return ok
}

// thingMeasure is what a count of things measures, if it is a figure
// claimdiff compares: things a predicate says were destroyed or damaged
// ("50,000 houses collapsed": "houses collapsed"), or things that are
// measures by themselves (seats, provinces). A count of camps, meals or
// autopsies is a mention, not a claim.
func thingMeasure(toks []token, tr [2]int, noun string) (string, bool) {
	lo, hi := clause(toks, tr)
	for k := lo; k < hi; k++ {
		if lex().damageVerbs[toks[k].lower] {
			return noun + " " + toks[k].lower, true
		}
	}
	if lex().thingNouns[noun] {
		return noun, true
	}
	return "", false
}

// notAFigure reports a number that is no figure of anything and so never
// stands between a figure and its cue: a part of a name or code ("Flight
// 8243"), a grade on a scale ("a 7 magnitude quake", "Category 4"), a
// duration or a percentage's number, an ordinal or a fraction.
func notAFigure(s *sentenceCtx, i int) bool {
	m := s.mentions[i]
	if m.Kind != mention.KindNumber {
		return false
	}
	tr := s.mtok[i]
	toks := s.toks
	if m.Subtype == "ordinal" || m.Subtype == "power" || m.Value.Number != float64(int64(m.Value.Number)) {
		return true // "2/3", "1.1^23": no count of anything ("half a million" is)
	}
	if isIdentifier(s.text, toks, tr) {
		return true
	}
	next := ""
	if tr[1] < len(toks) {
		next = toks[tr[1]].lower
	}
	if timeUnits[next] || next == "%" || lex().scaleWords[next] || tr[0] > 0 && lex().scaleWords[toks[tr[0]-1].lower] {
		return true
	}
	// an age: "aged between 4 and 75", "a 62-year-old", "ages 3 to 12"
	for k := tr[0] - 1; k >= 0 && k >= tr[0]-2; k-- {
		if w := toks[k].lower; w == "aged" || w == "age" || w == "ages" {
			return true
		}
	}
	return strings.HasPrefix(next, "year-old") || strings.HasPrefix(next, "years-old")
}

// partitivePredicate reads a partitive that says what its part is: "32 of
// the victims were Kenyan" gives "Kenyan". The claim's scope names the part;
// its measure is the whole's.
func partitivePredicate(toks []token, tr [2]int) (string, bool) {
	if tr[1]+2 >= len(toks) || toks[tr[1]].lower != "of" || toks[tr[1]+1].lower != "the" {
		return "", false
	}
	for k := tr[1] + 2; k < len(toks) && k < tr[1]+6; k++ {
		switch toks[k].lower {
		case "were", "was", "are", "is":
			if k+1 < len(toks) && !toks[k+1].digit && toks[k+1].word != "," && !stopwords[toks[k+1].lower] && !toks[k+1].isCue {
				return toks[k+1].word, true
			}
			return "", false
		case ",":
			return "", false
		}
	}
	return "", false
}

// cueBeside reports a cue right by the counted phrase ("detained eight
// engineers", "wounded 40 others", "12 homes destroyed"): then the cue, not
// the noun, says what is measured.
func cueBeside(toks []token, tr [2]int, noun string) bool {
	for k := tr[0] - 1; k >= 0 && k >= tr[0]-2; k-- {
		if toks[k].lower == "and" || toks[k].lower == "or" {
			break // "58 bodies and 95 body parts": the cue is the other conjunct's noun
		}
		if toks[k].isCue {
			return true
		}
	}
	for k := tr[1]; k < len(toks) && k < tr[1]+4; k++ {
		if toks[k].lower == noun {
			return k+1 < len(toks) && toks[k+1].isCue
		}
	}
	return false
}

// nounIsName reports a counted noun that is capitalised, a people's name
// ("600,000 Azerbaijanis work in Russia"): they are people, whose cue says more.
func nounIsName(toks []token, from int, noun string) bool {
	for k := from; k < len(toks) && k < from+4; k++ {
		if toks[k].lower == noun {
			return toks[k].upper
		}
	}
	return false
}

// predicateAfter finds what happened to the people a count names in the rest
// of its sentence, past commas, up to the next figure: "Only two crew members,
// both found in the tail, survived".
func predicateAfter(s *sentenceCtx, i int) (string, bool) {
	end := len(s.toks)
	if i+1 < len(s.mtok) {
		end = s.mtok[i+1][0]
	}
	for k := s.mtok[i][1]; k < end && k < s.mtok[i][1]+12; k++ {
		if mt, ok := cueAt(s.toks, k); ok && predicateMetrics[mt] {
			return mt, true
		}
	}
	return "", false
}

// bothCrewAndPassengers reports "passengers and crew" (or the reverse) right
// after a number.
func bothCrewAndPassengers(toks []token, j int) bool {
	if j+2 >= len(toks) || toks[j+1].lower != "and" {
		return false
	}
	a, b := toks[j].lower, toks[j+2].lower
	return (a == "passengers" && (b == "crew" || b == "crews")) || (a == "crew" && b == "passengers")
}

// elisionNext may follow a number whose noun is left out.
var elisionNext = map[string]bool{",": true, "in": true, "on": true, "at": true, "across": true,
	"and": true, "or": true, "by": true, "for": true, "who": true}

// countedNoun finds the noun a number counts: the first word after it that
// looks like a plural noun, past up to three modifiers. "of the" is allowed
// for partitives ("38 of the 67 people").
func countedNoun(toks []token, j int) (string, bool) {
	for k := j; k < len(toks) && k < j+4; k++ {
		t := toks[k]
		if t.word == "," || (t.digit && !strings.ContainsRune(t.word, '-')) {
			return "", false // "737-800" is a model name inside the noun phrase
		}
		if nounLike(t) {
			// the head is the last noun of the phrase: "three police
			// sources" counts sources, "two crew members" members
			for k+1 < len(toks) && k+1 < j+5 && nounLike(toks[k+1]) {
				k++
			}
			return toks[k].lower, true
		}
		if stopwords[t.lower] && !(t.lower == "of" && k == j) && !phraseAdjectives[t.lower] {
			return "", false
		}
	}
	return "", false
}

// phraseAdjectives may stand between a number and its noun: "four other
// affected states", "nine more bodies".
var phraseAdjectives = wordSet(`other more additional further new`)

// nounLike reports a word that can be the noun a number counts: a people
// noun, a noun that does not change in the plural, or a plural.
func nounLike(t token) bool {
	if lex().peopleNouns[t.lower] || lex().invariantNouns[t.lower] || notCounted[t.lower] && t.lower != "of" {
		return true
	}
	return len(t.lower) > 3 && strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") &&
		!strings.HasSuffix(t.lower, "us") && !timeUnits[t.lower] && !stopwords[t.lower]
}

// isIdentifier reports whether a number is part of a name or code: right
// after a capitalised word that does not start the sentence ("Flight 8243",
// "Embraer 190"), or glued to letters by a hyphen ("J2-8243", "737-800").
func isIdentifier(text string, toks []token, tr [2]int) bool {
	if tr[0] >= len(toks) {
		return false
	}
	t := toks[tr[0]]
	if !t.digit {
		return false
	}
	if t.start > 0 && (text[t.start-1] == '-' || text[t.start-1] == '/') {
		return true
	}
	if tr[1] < len(toks) && allCaps(toks[tr[1]].word) && text[t.end:toks[tr[1]].start] == " " {
		return true // "737 MAX", a model name
	}
	if tr[0] > 0 {
		p := toks[tr[0]-1]
		if p.upper && p.end+1 >= t.start && tr[0]-1 > 0 && !mention.MonthWord(p.lower) && p.word != "," {
			return true
		}
	}
	return false
}

// allCaps reports a word of two or more letters, all capitals.
func allCaps(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

func unitMetric(unit string) string {
	switch unit {
	case "t":
		return "tonnes"
	case "acre":
		return "acres"
	case "ha":
		return "hectares"
	}
	return unit
}

// cue finds the metric cue nearest to mention i inside its clause. A cue on
// the far side of another figure belongs to that figure ("killed 38 people
// and wounded 29"), and in a partitive ("38 of the 67 people on board were
// killed") the first figure reads its cue past the second's noun phrase.
func (x *extractor) cue(s *sentenceCtx, i int) (string, bool) {
	toks := s.toks
	tr := s.mtok[i]
	lo, hi := clause(toks, tr)
	partitive := tr[1]+2 < len(toks) && toks[tr[1]].lower == "of" && toks[tr[1]+1].lower == "the" &&
		i+1 < len(s.mentions) && s.mtok[i+1][0] == tr[1]+2
	other := func(k int) bool { // token k lies in another mention
		for j, r := range s.mtok {
			if j != i && k >= r[0] && k < r[1] {
				return true
			}
		}
		return false
	}
	best, bestDist := "", 1<<30
	after, afterDist := "", 1<<30 // the nearest cue after the figure
	joined := false               // the best cue before is across a conjunction
	for k := lo; k < hi; k++ {
		if k >= tr[0] && k < tr[1] {
			continue
		}
		mt, ok := toks[k].wordCue, toks[k].isWordCue
		if !ok || other(k) {
			continue
		}
		d := k - tr[1]
		if k < tr[0] {
			d = tr[0] - k
		}
		// Blocked by another figure in between?
		a, b := k, tr[0]
		if k > tr[0] {
			a, b = tr[1], k
		}
		blocked := false
		for j, r := range s.mtok {
			if j != i && r[0] >= a && r[1] <= b && s.mentions[j].Kind == s.mentions[i].Kind && !notAFigure(s, j) {
				blocked = true
			}
		}
		if blocked && !partitive {
			continue
		}
		if partitive && k > tr[1] {
			// skip the partitive's own noun phrase: only predicate cues count
			if cat := mt; cat == "aboard" || cat == "people" {
				continue
			}
		}
		if s.mentions[i].Kind == mention.KindNumber && moneyOnly(mt) {
			continue
		}
		if k > tr[0] && d < afterDist {
			after, afterDist = mt, d
		}
		if d < bestDist {
			best, bestDist = mt, d
			joined = k < tr[0] && conjunctionBetween(toks, k, tr[0])
		}
	}
	// "2,122 people were confirmed dead and at least 2,421 others were
	// injured": a cue across "and" belongs to the first conjunct, when the
	// figure has a predicate of its own after it.
	if joined && after != "" && afterDist <= coordinatedCueDistance {
		return after, true
	}
	if best == "" && anaphoricNumber(toks, lo, tr[0]) {
		// "many were injured, with witnesses saying the number could be
		// between 30 and 40": "the number" is the count the sentence named
		for k := lo - 1; k >= 0; k-- {
			if toks[k].isWordCue && !other(k) && !(s.mentions[i].Kind == mention.KindNumber && moneyOnly(toks[k].wordCue)) {
				return toks[k].wordCue, true
			}
		}
	}
	if best == "" || bestDist > maxCueDistance && !levelOf(toks, tr) {
		return "", false
	}
	return best, true
}

// anaphoricNumber reports "the number", "the figure" or "the tally" between
// tokens lo and hi: a count the sentence has named already.
func anaphoricNumber(toks []token, lo, hi int) bool {
	for k := lo; k+1 < hi; k++ {
		if toks[k].lower == "the" {
			switch toks[k+1].lower {
			case "number", "figure", "tally", "count":
				return true
			}
		}
	}
	return false
}

// coordinatedCueDistance is how near its own cue must follow a figure in a
// second conjunct ("and 2,421 others were injured") to outrank one before.
const coordinatedCueDistance = 4

// conjunctionBetween reports "and", "but", "while" or "whereas" between
// tokens a and b: a clause of its own begins between them.
func conjunctionBetween(toks []token, a, b int) bool {
	for k := a + 1; k < b; k++ {
		switch toks[k].lower {
		case "and", "but", "while", "whereas":
			return true
		}
	}
	return false
}

// maxCueDistance is how far, in words, a cue may stand from its figure,
// unless the figure is the level its clause's subject reached (see levelOf).
const maxCueDistance = 12

// levelOf reports a figure that is the level a subject reached, however
// long the subject ("the death toll of the quake that struck the region on
// Friday has risen to 2,960"): the subject's cue is the figure's.
func levelOf(toks []token, tr [2]int) bool {
	if tr[0] > 0 && toks[tr[0]-1].lower == "at" {
		// "put the death toll of the landslide ... at 249"
		for k := tr[0] - 2; k >= 0 && toks[k].word != ","; k-- {
			switch toks[k].lower {
			case "put", "puts", "putting", "placed", "places", "estimated", "estimates":
				return true
			}
		}
	}
	for k := tr[0] - 1; k >= 0 && k >= tr[0]-2; k-- {
		switch toks[k].lower {
		case "reached", "reaches", "touched", "hit", "hits", "passed", "topped", "surpassed":
			return true
		case "to", "at":
			if k > 0 {
				switch toks[k-1].lower {
				case "risen", "rose", "rises", "climbed", "climbs", "jumped", "increased", "surged", "grown",
					"grew", "mounted", "mounts", "stands", "stood", "put", "standing", "fell", "dropped", "revised":
					return true
				}
			}
		}
	}
	return false
}

// moneyOnly metrics never describe a count of people.
func moneyOnly(m string) bool {
	switch m {
	case "trade", "exports", "imports", "remittances", "aid", "loan", "debt", "investment",
		"budget", "spending", "revenue", "sales", "profit", "losses", "damage", "compensation",
		"fine", "gdp", "deal", "cost", "price", "funding", "salary", "reserves", "sanctions",
		"bail", "surplus", "deficit", "share", "change", "inflation", "unemployment", "turnout", "territory",
		"approval", "support", "interest":
		return true
	}
	return false
}

// partPronouns stand for a whole a partitive takes its part of: "2,530 of
// them", "of whom", "of these".
var partPronouns = wordSet(`them whom these those`)

// clauseStart reports a figure that opens its clause.
func clauseStart(toks []token, tr [2]int) bool {
	lo, _ := clause(toks, tr)
	return tr[0] == lo
}
