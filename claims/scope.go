package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/mention"
)

// scopeNameKey folds a scope's name for comparison: lower case, without a
// leading article or trailing generic place words.
func scopeNameKey(name string) string {
	ws := strings.Fields(strings.ToLower(name))
	for len(ws) > 1 && ws[0] == "the" {
		ws = ws[1:]
	}
	for len(ws) > 1 && lex().genericPlaceWords[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	for i, w := range ws {
		ws[i] = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	}
	return strings.Join(ws, " ")
}

// scope reads who or what within its event figure i of sentence s counts.
// The figure's own phrase decides, in this order: an increment ("nine
// more bodies"), a nationality ("32 Kenyans", "of the victims were
// Kenyan"), a place ("1,293 deaths in Al Haouz", "In North Carolina, the
// toll reached 11", "South Carolina suffered 26 deaths", lists read with
// "respectively"), a trade partner for amounts ("imports from China"),
// then a subgroup ("including 27 children", "2,530 of them were buried").
// A place the sentence gives for the event itself ("the stampede in
// Prayagraj") is no scope: the event is there as a whole.
func (x *extractor) scope(s *sentenceCtx, i int, c *Claim) Scope {
	toks := s.toks
	tr := s.mtok[i]
	if increment(toks, tr) {
		return Scope{Kind: ScopeIncrement, Name: "more"}
	}
	if c.Kind == mention.KindCount {
		if n, ok := nationality(toks, tr); ok {
			return Scope{Kind: ScopeNationality, Name: n}
		}
	}
	if c.Kind == mention.KindMoney || c.Kind == mention.KindPercent {
		sc, base := x.amountScope(s, tr, c)
		x.lastAmount = lastAmount{at: c.Start, base: base}
		return sc
	}
	if p, ok := x.placeOf(s, i); ok {
		return Scope{Kind: ScopePlace, Name: p}
	}
	if h, ok := holder(toks, tr); ok {
		return Scope{Kind: ScopeHolder, Name: h}
	}
	if g, ok := x.subgroup(s, i, c); ok {
		return Scope{Kind: ScopeSubgroup, Name: g}
	}
	return Scope{}
}

// amountScope is the scope of an amount or a percentage (see scope), and
// that scope before the currency its clause measures in ("in yuan terms")
// was added: what a later pronoun carries (pronounScope).
func (x *extractor) amountScope(s *sentenceCtx, tr [2]int, c *Claim) (sc, base Scope) {
	toks := s.toks
	// an amount's other party, not a place: "$427 billion in goods
	// from China", "Germany pledged €244 million"
	p, hasPartner := partner(toks, tr)
	if !hasPartner && !TradeFlow(c.Metric) {
		// "Germany pledged €244 million", "the EU's €350 million": a
		// donor's or payer's own sum, a part of the whole
		p, hasPartner = party(toks, tr)
	}
	if !hasPartner && !TradeFlow(c.Metric) {
		// "Germany: €244 million", a line of a list of pledges
		p, hasPartner = labelPlace(s, tr)
	}
	if hasPartner && x.inherited && !TradeFlow(c.Metric) {
		// A party's own sum whose sentence names no measure: the
		// figure before it, often another party's in another
		// sentence, says nothing of this one's. Compare gives it the
		// measure of the party's other sums (joinPartyMeasure).
		c.Metric = "amount"
	}
	b, hasBasis := basis(toks, tr)
	if part, ok := moneyPart(toks, tr); ok {
		if hasPartner {
			p = p + " (" + part + ")"
		} else {
			b, hasBasis = part, true
		}
	}
	if !hasPartner && c.Kind == mention.KindPercent {
		// "Reform UK took 14.3 percent", "Labour's share was 33.7%"
		p, hasPartner = holder(toks, tr)
		if hasPartner {
			sc := Scope{Kind: ScopeHolder, Name: p}
			return sc, sc
		}
	}
	t, hasTerms := termsOf(toks, tr)
	withTerms := func(base Scope) (Scope, Scope) {
		sc := base
		if hasTerms {
			sc.Name += " (" + t + ")"
		}
		return sc, base
	}
	switch {
	case hasPartner && hasBasis:
		return withTerms(Scope{Kind: ScopePartner, Name: p + " (" + b + ")"})
	case hasPartner:
		return withTerms(Scope{Kind: ScopePartner, Name: p})
	case hasBasis:
		return withTerms(Scope{Kind: ScopeBasis, Name: b})
	}
	if sc, ok := x.pronounScope(s, tr); ok {
		return withTerms(sc)
	}
	if hasTerms {
		sc := Scope{Kind: ScopeBasis, Name: t}
		return sc, sc
	}
	if c.Kind == mention.KindPercent {
		if w, ok := shareOf(toks, tr); ok {
			sc := Scope{Kind: ScopeBasis, Name: "of " + w}
			return sc, sc
		}
	}
	return Scope{}, Scope{}
}

// lastAmount is the last amount read and its scope before its currency
// (see amountScope).
type lastAmount struct {
	at   int // its Start
	base Scope
}

// increment reports a figure that adds to an earlier one: "nine more
// bodies", "26 additional fatalities", "another 600".
func increment(toks []token, tr [2]int) bool {
	if tr[1] < len(toks) {
		switch toks[tr[1]].lower {
		case "more", "additional", "further", "extra":
			return !(tr[1]+1 < len(toks) && toks[tr[1]+1].lower == "than")
		}
	}
	if tr[0] > 0 {
		switch toks[tr[0]-1].lower {
		case "another", "additional", "further":
			return true
		}
	}
	return false
}

// nationality reads a count of one country's people: "32 Kenyans", "40
// French citizens", "32 of the victims were Kenyan".
func nationality(toks []token, tr [2]int) (string, bool) {
	g := knownPlaces()
	for k := tr[1]; k < len(toks) && k < tr[1]+3; k++ {
		t := toks[k]
		if t.word == "," || t.digit {
			break
		}
		if p, ok := g.demonym[foldName(t.word)]; ok && t.upper {
			return p, true
		}
		if k+1 < len(toks) && t.upper {
			if p, ok := g.demonym[foldName(t.word+" "+toks[k+1].word)]; ok {
				return p, true // "South Koreans"
			}
		}
		if !t.upper && !stopwords[t.lower] && k > tr[1] {
			break
		}
	}
	// "32 of the victims were Kenyan"
	if w, ok := partitivePredicate(toks, tr); ok {
		if p, ok := g.demonym[foldName(w)]; ok {
			return p, true
		}
	}
	return "", false
}

// placePreps introduce a place a figure is counted in.
var placePreps = wordSet(`in at from on inside`)

// placeOf is the place figure i is counted in, if its phrase gives one.
func (x *extractor) placeOf(s *sentenceCtx, i int) (string, bool) {
	toks := s.toks
	tr := s.mtok[i]
	if p, ok := respectively(s, i); ok {
		return p, true
	}
	// After the figure, up to the clause's end: a place phrase belongs to
	// the figures before it since the last one ("reached 1,591 in Al Haouz
	// and 809 in Taroudant"; "58 bodies and 95 body parts were recovered
	// from Malappuram"). An event word first ("injured in the landslides
	// in Chooralmala") makes what follows the event's place.
	_, hi := clause(toks, tr)
	for k := tr[1]; k < hi; k++ {
		t := toks[k]
		if t.event || t.concept == "@air" || subordinators[t.lower] {
			break // "killed when the plane went down after take-off from Addis Ababa"
		}
		if !placePreps[t.lower] {
			continue
		}
		if t.lower == "on" && k+2 < hi && toks[k+1].lower == "the" && toks[k+2].lower == "ground" {
			return "on the ground", true
		}
		name, end, ok := placeName(toks, k+1, hi)
		if !ok {
			continue
		}
		if end+1 < len(toks) && toks[end].lower == "to" && toks[end+1].upper {
			break // "from Florida to Virginia": the whole stretch
		}
		if end < len(toks) && toks[end].event {
			break // "died in the Lahaina fire": the event's own name, no part of it
		}
		return name, true
	}
	// "In North Carolina, the death toll has reached 11."
	if len(toks) > 2 && toks[0].lower == "in" {
		if name, end, ok := placeName(toks, 1, len(toks)); ok && end < len(toks) && toks[end].word == "," && end < tr[0] {
			return name, true
		}
	}
	// A known place as the label of a list line: "Kerala: 231 dead".
	if p, ok := labelPlace(s, tr); ok {
		return p, true
	}
	// A known place as the subject before the figure: "South Carolina
	// suffered 26 deaths", "South Carolina has recorded the highest count,
	// with 25 deaths".
	if p, ok := subjectPlace(toks, tr); ok {
		return p, true
	}
	return "", false
}

// labelPlace reads a place the gazetteer knows as the label of the
// figure's clause: the words from the sentence's start to a colon just
// before the clause, as lists and fact boxes give figures ("Germany: €244
// million", "Kerala: 231 dead"). The label is short and the figure is
// nearly all of the rest of the line, so a headline such as "Morocco: Quake
// Toll Rises to 632", where the label is the event's own country, does not
// qualify.
func labelPlace(s *sentenceCtx, tr [2]int) (string, bool) {
	toks := s.toks
	lo, hi := clause(toks, tr)
	colon := lo - 1
	if colon < 1 || colon > maxLabelWords || s.text[toks[colon].start] != ':' {
		return "", false
	}
	if tr[0]-lo > maxLabelSlack || hi-tr[1] > maxLabelSlack {
		return "", false // a clause of its own: "Morocco: Quake Toll Rises to 632"
	}
	for k := 0; k < colon; k++ {
		if toks[k].word == "," {
			return "", false
		}
	}
	k := 0
	if toks[0].lower == "the" {
		k = 1
	}
	name, end, ok := placeName(toks, k, colon)
	if !ok || end != colon {
		return "", false
	}
	return knownPlaces().place(name)
}

// maxLabelWords is the longest label before a colon that labelPlace reads
// as the place a line's figure belongs to.
const maxLabelWords = 5

// maxLabelSlack is how many words a labelled line may hold before or after
// its figure ("Germany: about €244 million pledged").
const maxLabelSlack = 2

// UnnamedPart is the subgroup of a part its sentence does not name ("2,530
// of them", "including 40"): only that sentence says which part it is.
const UnnamedPart = "part"

// subordinators open a clause of its own inside a sentence's clause: a
// place after them is where that happened, not where the figure counts.
var subordinators = wordSet(`when after before because as while which who whom
whose that where since until`)

// placeName reads a place's name at token k: capitalised words (a
// leading "the" allowed), not a month, weekday or event word, ending
// before limit; it returns the name and the token after it.
func placeName(toks []token, k, limit int) (string, int, bool) {
	if k < limit && toks[k].lower == "the" {
		k++
	}
	j := k
	for j < limit && toks[j].name && !toks[j].event && j-k < 4 {
		j++
	}
	if j == k {
		return "", k, false
	}
	name := joinWords(toks[k:j])
	for j < limit && lex().genericPlaceWords[toks[j].lower] {
		j++ // "the Al Haouz district"
	}
	return name, j, true
}

// subjectPlace finds a place the gazetteer knows as the subject of the
// figure's clause, at its start or after "that" or "while", followed by a
// verb before the figure: "South Carolina suffered 26 deaths". A figure
// in a "with" clause reads the subject of the clause before it: "South
// Carolina has recorded the highest count, with 25 deaths".
func subjectPlace(toks []token, tr [2]int) (string, bool) {
	g := knownPlaces()
	lo, _ := clause(toks, tr)
	if lo > 1 && (toks[lo].lower == "with" || toks[lo].lower == "including") {
		lo, _ = clause(toks, [2]int{lo - 2, lo - 1})
	}
	for k := lo; k < tr[0]; k++ {
		starts := k == lo || toks[k-1].lower == "that" || toks[k-1].lower == "while" || toks[k-1].lower == "whereas"
		if !starts || !toks[k].upper {
			continue
		}
		name, end, ok := placeName(toks, k, tr[0])
		if !ok || end >= tr[0] {
			continue
		}
		p, known := g.place(name)
		if !known {
			continue
		}
		if next := toks[end]; next.upper || next.digit || next.event || next.word == "," || next.lower == "and" ||
			stopwords[next.lower] && next.lower != "has" && next.lower != "had" {
			continue // a list, a longer name, an event's name, or no verb after it
		}
		return p, true
	}
	return "", false
}

// respectively reads "Georgia and Florida recorded 17 and 13 deaths,
// respectively" and "Tennessee and Virginia reported 2 and 1 deaths each":
// places and figures listed in the same order.
func respectively(s *sentenceCtx, i int) (string, bool) {
	toks := s.toks
	tr := s.mtok[i]
	lo, hi := clause(toks, tr)
	end := hi
	if hi < len(toks) && toks[hi].word == "," && hi+1 < len(toks) && toks[hi+1].lower == "respectively" {
		end = hi + 2
	}
	marked := false
	for k := lo; k < end && k < len(toks); k++ {
		if toks[k].lower == "respectively" || toks[k].lower == "each" && k > tr[1] {
			marked = true
		}
	}
	if !marked {
		return "", false
	}
	// the figures of the clause, in order, and the places before the first
	var figs []int
	for j, r := range s.mtok {
		if r[0] >= lo && r[1] <= hi {
			figs = append(figs, j)
		}
	}
	if len(figs) < 2 {
		return "", false
	}
	first := s.mtok[figs[0]][0]
	var names []string
	for k := lo; k < first; {
		if !toks[k].upper {
			k++
			continue
		}
		name, e, ok := placeName(toks, k, first)
		if !ok {
			k++
			continue
		}
		names = append(names, name)
		k = e
	}
	if len(names) != len(figs) {
		return "", false
	}
	for n, j := range figs {
		if j == i {
			return names[n], true
		}
	}
	return "", false
}

// partner reads the other party of a trade figure: "with China", "from
// Mexico", "to the US", or "Chinese imports".
func partner(toks []token, tr [2]int) (string, bool) {
	lo, hi := clause(toks, tr)
	if p, ok := partnerIn(toks, tr, lo, hi); ok {
		return p, true
	}
	// "U.S. exports to China also dipped, declining by $6.2 billion to
	// $147.8 billion": the sentence names the partner once
	return partnerIn(toks, tr, 0, len(toks))
}

// partnerIn finds the partner nearest a figure between tokens lo and hi.
func partnerIn(toks []token, tr [2]int, lo, hi int) (string, bool) {
	g := knownPlaces()
	best, bestD := "", 1<<30
	source := sourcePhrase(toks)
	for k := lo; k < hi; k++ {
		t := toks[k]
		if source[0] <= k && k < source[1] {
			continue // "according to figures from Beijing": whose data, not whose trade
		}
		var p string
		switch {
		case t.lower == "with" || t.lower == "from" || t.lower == "to" ||
			lex().tradeVerbs[t.lower] && k+1 < hi && toks[k+1].name:
			// "imports from China"; "China sold Russia $129 billion of
			// goods": a trade verb's object is the other party
			name, _, ok := placeName(toks, k+1, hi)
			if !ok {
				continue
			}
			c, known := g.country[foldName(name)]
			if !known {
				continue
			}
			p = c
		case t.upper && k+1 < hi && lex().tradeNouns[toks[k+1].lower]:
			// "Chinese imports", "U.S.–China trade"
			c, known := g.demonym[foldName(t.word)]
			if !known {
				c, known = g.country[foldName(t.word)]
			}
			if !known {
				continue
			}
			p = c
		default:
			continue
		}
		if d := dist(k, k+1, tr); d < bestD {
			best, bestD = p, d
		}
	}
	return best, best != ""
}

// TradeFlow reports the measures of trade between countries, whose
// parties are read from "with", "from" and "to" alone: "U.S. imports" are
// the whole of them.
func TradeFlow(m string) bool {
	m = strings.TrimPrefix(m, "change of ")
	switch m {
	case "trade", "exports", "imports", "deficit", "surplus", "change", "percent":
		return true
	}
	return false
}

// party is the country that gives, pays or is owed an amount, named in
// its clause: the nearest country or people's name ("Germany pledged",
// "the EU's", "French aid").
func party(toks []token, tr [2]int) (string, bool) {
	g := knownPlaces()
	lo, hi := clause(toks, tr)
	best, bestD := "", 1<<30
	for k := lo; k < hi; k++ {
		if !toks[k].upper || k >= tr[0] && k < tr[1] {
			continue
		}
		name, end, ok := placeName(toks, k, hi)
		if !ok {
			continue
		}
		c, known := g.country[foldName(name)]
		if !known {
			c, known = g.demonym[foldName(name)]
		}
		if known && k > 0 && locatives[toks[k-1].lower] && foldName(c) != foldName(name) {
			// "donors meeting in Paris": a capital that stands for its
			// country as a party ("Paris pledged") is only where here
			known = false
		}
		if known {
			if d := dist(k, end, tr); d < bestD {
				best, bestD = c, d
			}
		}
		k = end - 1
	}
	return best, best != ""
}

// pronounScope carries the scope of the paragraph's last amount to a
// figure whose clause speaks of it by a pronoun: "China's foreign trade
// reached 41.76 trillion yuan. Measured in dollars it fell 5 percent" is
// still China's foreign trade.
func (x *extractor) pronounScope(s *sentenceCtx, tr [2]int) (Scope, bool) {
	lo, _ := figureClause(s.toks, tr)
	pronoun := false
	for k := lo; k < tr[0]; k++ {
		if pronouns[s.toks[k].lower] {
			pronoun = true
			break
		}
	}
	if !pronoun || len(x.out) == 0 {
		return Scope{}, false
	}
	prev := x.out[len(x.out)-1]
	if prev.Start < x.blockAt || prev.Kind != mention.KindMoney && prev.Kind != mention.KindPercent {
		return Scope{}, false
	}
	if x.lastAmount.at != prev.Start {
		return Scope{}, false
	}
	// the currency it was measured in is the earlier figure's own
	return x.lastAmount.base, !x.lastAmount.base.IsZero()
}

// figureClause is the clause of a figure, taken with the clause before it
// when the figure's own is only a change or a level reached, hung on it:
// "it fell 5 percent, to $5.94 trillion", "foreign trade reached 41.76
// trillion yuan, up 0.2 percent".
func figureClause(toks []token, tr [2]int) (int, int) {
	lo, hi := clause(toks, tr)
	if lo > 1 && lo == tr[0]-1 && continuations[toks[lo].lower] {
		lo, _ = clause(toks, [2]int{lo - 2, lo - 1})
	}
	return lo, hi
}

// continuations open a clause that only gives a figure's level or change.
var continuations = wordSet(`to up down`)

// pronouns stand for something a sentence before named.
var pronouns = wordSet(`it its they their`)

// holder reads who a count or share belongs to as the proper name that
// opens the figure's clause, with a verb of winning or holding after it
// ("Reform UK took 14.3 percent and five seats", "while the Greens won
// four seats") or as a possessive before "share" ("Labour's share of the
// vote was 33.7 percent"). Names with an event word ("the Camp Fire
// claimed") and reporting verbs ("the ministry reported") are not
// holders; nor are other verbs, which more often say who counted than who
// holds.
func holder(toks []token, tr [2]int) (string, bool) {
	lo, _ := figureClause(toks, tr)
	k := lo
	for k < tr[0] && (clauseOpeners[toks[k].lower] || toks[k].lower == "the") {
		k++
	}
	if k >= tr[0] || !toks[k].name {
		return "", false
	}
	name, end, ok := placeName(toks, k, tr[0])
	if !ok || end >= tr[0] {
		return "", false
	}
	raw := toks[end-1].word
	if strings.HasSuffix(raw, "'s") || strings.HasSuffix(raw, "’s") {
		for j := end; j < tr[0] && j < end+2; j++ {
			if toks[j].lower == "share" {
				return strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s"), true
			}
		}
		return "", false
	}
	if end+3 < tr[0] {
		return "", false // the verb must be right before the figure
	}
	if lex().holdVerbs[toks[end].lower] {
		return name, true
	}
	return "", false
}

// shareOf reads the whole a percentage is a share of, up to two words:
// "3 percent of the burned area" is a share of the burned area, "86
// percent of the homes" of homes. A pronoun or a clause ("of what it seeks", "of
// them") names nothing another source can meet.
func shareOf(toks []token, tr [2]int) (string, bool) {
	k := tr[1]
	if k < len(toks) && (toks[k].lower == "percent" || toks[k].lower == "per" || toks[k].lower == "cent") {
		return "", false // the mention holds its unit; anything else is not "of"
	}
	if k >= len(toks) || toks[k].lower != "of" {
		return "", false
	}
	for k++; k < len(toks) && determiners[toks[k].lower]; k++ {
	}
	var words []string
	for ; k < len(toks) && len(words) < 2; k++ {
		t := toks[k]
		if t.word == "," || t.digit || stopwords[t.lower] || pronouns[t.lower] || t.reporting || phraseEnders[t.lower] {
			break
		}
		words = append(words, strings.TrimSuffix(t.lower, "s"))
	}
	return strings.Join(words, " "), len(words) > 0
}

// phraseEnders are prepositions that end the noun phrase before them.
var phraseEnders = wordSet(`between in on at for from to by with into over under after before`)

// determiners open a noun phrase without naming anything.
var determiners = wordSet(`the a an its their his her our this that these those all total`)

// clauseOpeners may open a clause before its subject.
var clauseOpeners = wordSet(`while whereas and but`)

// locatives put a place's name as where something happens, not as a party
// to it.
var locatives = wordSet(`in at near inside`)

// termsOf reads the currency a change is measured in: "up 0.2 percent in
// yuan terms", "down 5 percent in dollar terms".
func termsOf(toks []token, tr [2]int) (string, bool) {
	lo, hi := clause(toks, tr)
	for k := lo; k+2 < tr[0]; k++ {
		// "Measured in dollars, it fell 5 percent"
		if toks[k].lower == "measured" && toks[k+1].lower == "in" {
			return strings.TrimSuffix(toks[k+2].lower, "s") + " terms", true
		}
	}
	for k := tr[1]; k+2 < hi+1 && k+2 < len(toks); k++ {
		if toks[k].lower == "in" && toks[k+2].lower == "terms" {
			return toks[k+1].lower + " terms", true
		}
	}
	return "", false
}

// moneyPart reads an amount that is a part or a unit of a sum: "2.5
// million rupees each", "per family", "the first installment", "partial
// payments of 500,000 rupees".
func moneyPart(toks []token, tr [2]int) (string, bool) {
	lo, hi := clause(toks, tr)
	for k := lo; k < hi; k++ {
		switch toks[k].lower {
		case "each", "apiece":
			if k >= tr[1] {
				return "each", true
			}
		case "per":
			// "per family", but "6 per cent" is the figure's own unit
			if k >= tr[1] && k+1 < hi && toks[k+1].lower != "cent" && toks[k+1].lower != "centum" {
				return "per " + toks[k+1].lower, true
			}
		case "installment", "instalment", "tranche", "partial", "portion", "advance":
			return "part", true
		}
	}
	return "", false
}

// basis reads what a trade figure counts when its sentence says: "the
// goods deficit" against "the deficit in goods and services". Goods a
// flow is made of ("$427 billion worth of goods") are no basis.
func basis(toks []token, tr [2]int) (string, bool) {
	lo, hi := figureClause(toks, tr)
	for k := lo; k+1 < hi; k++ {
		if lex().worldWide[toks[k].lower] && tradeMeasure(toks[k+1]) {
			// "China's foreign trade", "its overall exports": with every
			// partner, not with the story's
			return "with all partners", true
		}
	}
	for k, t := range toks {
		if t.lower != "goods" {
			continue
		}
		both := k+2 < len(toks) && toks[k+1].lower == "and" && toks[k+2].lower == "services"
		name, next := "goods", k+1
		if both {
			name, next = "goods and services", k+3
		}
		if next < len(toks) && tradeMeasure(toks[next]) {
			return name, true // "goods deficit", "goods and services trade gap"
		}
		if k >= 2 && toks[k-1].lower == "in" {
			// "trade in goods", "the deficit with China in goods and services"
			for j := k - 2; j >= 0 && j >= k-5 && !toks[j].digit; j-- {
				if tradeMeasure(toks[j]) && !toks[j].reporting && !strings.HasSuffix(toks[j].lower, "ed") && !strings.HasPrefix(toks[j].lower, "bought") {
					return name, true
				}
			}
		}
	}
	return "", false
}

// tradeMeasure reports a word that names a trade figure.
func tradeMeasure(t token) bool {
	switch t.cue {
	case "deficit", "surplus", "imports", "exports", "trade":
		return true
	}
	return false
}

// sourcePhrase is the span of tokens that says where a sentence's figures
// come from, "according to" to the end of its clause, or [0, 0).
func sourcePhrase(toks []token) [2]int {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].lower == "according" && toks[k+1].lower == "to" {
			end := k + 2
			for end < len(toks) && toks[end].word != "," {
				end++
			}
			return [2]int{k, end}
		}
	}
	return [2]int{}
}

// subgroup reads a figure that counts a part of those a sentence counts:
// "including 27 children", "among them four students", "2,530 of them
// were buried", "Of these, 2,328 people ...".
func (x *extractor) subgroup(s *sentenceCtx, i int, c *Claim) (string, bool) {
	toks := s.toks
	tr := s.mtok[i]
	noun, _ := countedNoun(toks, tr[1])
	name := noun
	if name == "" || !lex().subgroupNouns[name] && !lex().peopleNouns[name] {
		name = UnnamedPart
	}
	if lex().subgroupNouns[noun] && c.Metric != noun {
		return noun, true // "12 children were among the dead"
	}
	lo, _ := clause(toks, tr)
	for k := tr[0] - 1; k >= lo && k >= tr[0]-3; k-- {
		if toks[k].lower == "including" || toks[k].lower == "among" {
			return name, true
		}
	}
	// "including 27 children and 76 women": a figure coordinated with one
	if i > 0 && tr[0] >= 2 && toks[tr[0]-1].lower == "and" {
		prev := s.mtok[i-1]
		if prev[1] <= tr[0]-1 && tr[0]-1-prev[1] <= 2 {
			for k := prev[0] - 1; k >= lo && k >= prev[0]-3; k-- {
				if toks[k].lower == "including" {
					return name, true
				}
			}
		}
	}
	// "2,530 of them", "of whom 30" (a part, unless it says what happened
	// to them that the whole does not: "90 taken to hospital, of whom 30
	// died" counts deaths)
	ofThem := tr[1]+1 < len(toks) && toks[tr[1]].lower == "of" && (toks[tr[1]+1].lower == "them" || toks[tr[1]+1].lower == "whom" || toks[tr[1]+1].lower == "these")
	ofWhom := tr[0] >= 2 && toks[tr[0]-2].lower == "of" && (toks[tr[0]-1].lower == "whom" || toks[tr[0]-1].lower == "them")
	ofThese := len(toks) > 2 && toks[0].lower == "of" && (toks[1].lower == "these" || toks[1].lower == "them" || toks[1].lower == "those") && toks[2].word == ","
	if ofThem || ofWhom || ofThese {
		if predicateMetrics[c.Metric] && s.lastCount != "" && s.lastCount != c.Metric {
			return "", false
		}
		return name, true
	}
	return "", false
}
