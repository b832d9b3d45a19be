package claims

import (
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/sources"
)

// ExtractOptions changes how claims are extracted.
type ExtractOptions struct {
	// Mentions keeps every expression as a claim, even those that measure
	// nothing claimdiff compares (durations, "the two countries").
	Mentions bool
}

// Extract returns the claims of one document, in text order.
//
// Every number, amount, percentage and date in the mined blocks is found
// (FindMentions), widened over its qualifier (Qualify), and then read in its
// sentence: a bare number is a claim only when it counts people or things
// (a cue such as "killed" or "aboard", a people noun, or a unit); a date is
// a claim unless it only says which period a figure covers.
func Extract(doc *sources.Document, opt ExtractOptions) []Claim {
	x := extractor{doc: doc, opt: opt, titleTok: annotate(tokenize(doc.Title)), published: dayOf(doc),
		sentToks: map[int][]token{}, weights: map[string]float64{}}
	for _, b := range doc.Blocks {
		if b.Kind.Mined() {
			x.block(b)
		}
	}
	sort.SliceStable(x.out, func(i, j int) bool { return x.out[i].Start < x.out[j].Start })
	return x.out
}

type extractor struct {
	doc       *sources.Document
	opt       ExtractOptions
	out       []Claim
	heading   string // the last heading seen, for context
	headTok   []token
	headEnd   int     // where the last heading ends: context does not reach back past it
	titleTok  []token // the document's title, when its metadata gives one
	published string  // the publication day, YYYY-MM-DD, or ""

	sentToks map[int][]token    // tokens of each sentence read so far, by its start
	weights  map[string]float64 // scratch space of terms()

	// yenIsYuan: the article is about China, so "¥" is the yuan's sign
	// (China and Japan both write it). Read only when a "¥" is met.
	yenIsYuan, yenRead bool
}

func (x *extractor) yuan() bool {
	if !x.yenRead {
		x.yenIsYuan, x.yenRead = yuanContext(x.doc.Text), true
	}
	return x.yenIsYuan
}

// yuanContext reports whether a text speaks of the yuan or of China more
// than of Japan, for reading "¥".
func yuanContext(text string) bool {
	china, japan := 0, 0
	for _, t := range tokenize(text) {
		switch t.lower {
		case "yuan", "renminbi", "rmb", "china", "chinese", "beijing":
			china++
		case "yen", "japan", "japanese", "tokyo":
			japan++
		}
	}
	return china > japan
}

// sentenceCtx is one sentence, tokenised once for all its mentions.
type sentenceCtx struct {
	start, end int // byte offsets into doc.Text
	text       string
	toks       []token
	mentions   []Mention // offsets relative to the sentence
	mtok       [][2]int  // token index range of each mention

	// Filled by the first claim of the sentence, shared by the rest:
	folded      string    // the text with white space folded
	attribution string    // who the sentence says the figures come from
	names       []nameRun // its proper names
}

func (x *extractor) block(b sources.Block) {
	text := x.doc.Text[b.Start:b.End]
	if b.Kind == sources.Heading {
		x.heading = strings.TrimSpace(text)
		x.headTok = annotate(tokenize(text))
		x.headEnd = b.End
	}
	ms := FindMentions(text, RecognizeOptions{Reference: x.doc.Published})
	if len(ms) == 0 {
		return
	}
	ms = Qualify(text, ms)
	// Group the mentions by sentence.
	var sents []*sentenceCtx
	for _, m := range ms {
		abs := b.Start + m.Start
		sp, ok := x.doc.SentenceAt(abs)
		if !ok || sp.Start < b.Start || sp.End > b.End {
			sp = sources.Span{Start: b.Start, End: b.End}
		}
		if len(sents) == 0 || sents[len(sents)-1].start != sp.Start {
			st := x.doc.Text[sp.Start:sp.End]
			sents = append(sents, &sentenceCtx{start: sp.Start, end: sp.End, text: st, toks: x.tokens(sp)})
		}
		s := sents[len(sents)-1]
		m.Start, m.End = abs-s.start, abs-s.start+(m.End-m.Start)
		if m.End > len(s.text) {
			continue
		}
		s.mentions = append(s.mentions, m)
		s.mtok = append(s.mtok, tokenRange(s.toks, m.Start, m.End))
	}
	for _, s := range sents {
		x.sentence(b, s)
	}
}

// dayNumber is the publication day as days since 1970-01-01.
func dayNumber(doc *sources.Document) float64 {
	return float64(doc.Published.Unix() / 86400)
}

func dayOf(doc *sources.Document) string {
	if doc.Published.IsZero() {
		return ""
	}
	return doc.Published.Format("2006-01-02")
}

// tokens returns the tokens of a sentence, tokenising each sentence once.
func (x *extractor) tokens(sp sources.Span) []token {
	if t, ok := x.sentToks[sp.Start]; ok {
		return t
	}
	t := annotate(tokenize(x.doc.Text[sp.Start:sp.End]))
	x.sentToks[sp.Start] = t
	return t
}

// tokenRange is the range of tokens that lie inside [start, end).
func tokenRange(toks []token, start, end int) [2]int {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].end > start })
	j := i
	for j < len(toks) && toks[j].start < end {
		j++
	}
	return [2]int{i, j}
}

func (x *extractor) sentence(b sources.Block, s *sentenceCtx) {
	first := len(x.out)
	periodOf := map[int]bool{} // mentions used as a figure's period
	var lastCount *Claim
	for i, m := range s.mentions {
		c := Claim{Kind: m.Kind, Value: m.Value}
		switch m.Kind {
		case KindDate:
			if m.Value.Date == nil || (m.Value.Date.Year == 0 && m.Value.Date.Month == 0) {
				continue // "last year" with no publication date says nothing comparable
			}
			if baseline(s.toks, s.mtok[i], m) || baselineDate(s.toks, s.mtok[i]) && x.figureBeside(s, i) != "" {
				continue // "the slowest growth since 2020", "down 7.1 percent from 2022": yardsticks
			}
			if m.Value.Date.Relative && (inQuote(s.text, m.Start) || vagueRelative(m.Text)) {
				// "today" in a quote is the speaker's day, not the publication's;
				// "a few years ago" names no date.
				continue
			}
			c.Metric = "date"
			if lo, _ := m.Value.Date.Interval(); x.published != "" && m.Value.Date.Year != 0 && lo > dayNumber(x.doc) {
				if m.Value.Date.Relative && !x.hasCueBefore(s, i, futureCues, 12) {
					continue // "the second crash in five months" is a span, not a date to come
				}
				c.Target = true // a date after publication is a plan or a forecast
			}
			if statementDate(s.toks, s.mtok[i]) {
				c.Metric = "statement" // when something was said, not when it happened
			} else if mt := x.figureBeside(s, i); mt != "" {
				c.Metric = "date of " + mt // "fell 15.7 percent on Monday": when shares fell
			}
		case KindMoney, KindPercent:
			if m.Kind == KindMoney && c.Value.Unit == "JPY" && strings.Contains(m.Text, "¥") && x.yuan() {
				c.Value.Unit = "CNY"
			}
			c.Metric = x.metric(s, i, "amount")
			if m.Kind == KindPercent {
				c.Metric = x.metric(s, i, "percent")
			}
		case KindNumber:
			metric, ok := x.countMetric(s, i, lastCount)
			if !ok && !x.opt.Mentions {
				continue
			}
			c.Kind, c.Metric = KindCount, metric
		default:
			continue
		}
		if m.Kind == KindMoney || m.Kind == KindPercent || c.Value.Unit != "" {
			if p, ok := x.period(s, i); ok {
				c.Period = p.label
				periodOf[p.index] = true
			}
		}
		if m.Kind != KindDate {
			c.Target = x.hasCueBefore(s, i, targetCues, 8) || x.hasCueAfter(s, i, targetNouns, 2)
			c.Superseded = x.hasCueBefore(s, i, supersededCues, 6) || movedFrom(s.toks, s.mtok[i])
		}
		x.fill(&c, b, s, m)
		if c.Kind != KindDate {
			c.EventYear, c.EventDate = eventDate(s, i)
		}
		x.out = append(x.out, c)
		if c.Kind == KindCount {
			lastCount = &x.out[len(x.out)-1]
		}
	}
	// Dates that only say which period a figure covers are not claims.
	kept := x.out[:first]
	for _, c := range x.out[first:] {
		if c.Kind == KindDate && periodOf[c.Start-s.start] && !x.opt.Mentions {
			continue
		}
		kept = append(kept, c)
	}
	x.out = kept
}

// fill sets the claim's place, text and context.
func (x *extractor) fill(c *Claim, b sources.Block, s *sentenceCtx, m Mention) {
	c.Source, c.Path, c.Published = x.doc.ID, x.doc.Path, x.published
	c.Start, c.End = s.start+m.Start, s.start+m.End
	c.Text = x.doc.Text[c.Start:c.End]
	pos := x.doc.Position(c.Start)
	c.Line, c.Col = pos.Line, pos.Col
	if s.folded == "" { // what is the same for every claim of the sentence, once
		s.folded, s.attribution, s.names = foldSpace(s.text), attribution(s.toks), nameRuns(s.toks)
		if b.Kind == sources.Heading {
			s.folded = strings.TrimSpace(strings.TrimLeft(s.folded, "#")) // "# Title" quotes as "Title"
		}
	}
	c.Sentence, c.Attribution = s.folded, s.attribution
	if b.Kind != sources.Heading {
		c.Heading = x.heading
	}
	tr := tokenRange(s.toks, m.Start, m.End)
	c.Terms = x.terms(s, tr, c.Kind == KindDate)
	c.Subject = subjectLabel(s.toks, s.names, tr)
}

// clause returns the token range of the clause holding token range tr: the
// tokens between the nearest clause breaks on either side.
func clause(toks []token, tr [2]int) (int, int) {
	lo := tr[0]
	for lo > 0 && toks[lo-1].word != "," {
		lo--
	}
	hi := tr[1]
	for hi < len(toks) && toks[hi].word != "," {
		hi++
	}
	return lo, hi
}

// countMetric decides whether a bare number counts people or things and what
// it measures. A number is a count when a cue word in its clause says what
// happened to what it counts ("killed 38", "67 passengers and crew"), when a
// people noun or a plural noun follows it ("eight IT specialists"), when it
// carries a unit ("1.5 million tons"), or when it elides the noun of an
// earlier count in the sentence ("half a million people ... two million").
func (x *extractor) countMetric(s *sentenceCtx, i int, prev *Claim) (string, bool) {
	m := s.mentions[i]
	tr := s.mtok[i]
	toks := s.toks
	if m.Subtype == "ordinal" || m.Subtype == "power" || m.Value.Number != float64(int64(m.Value.Number)) {
		return "", false // "2/3", "1.1^23": no count of anything ("half a million" is)
	}
	if isIdentifier(s.text, toks, tr) {
		return "", false
	}
	// The noun right after the number, past adjectives.
	next := ""
	if tr[1] < len(toks) {
		next = toks[tr[1]].lower
	}
	if timeUnits[next] || next == "%" {
		return "", false
	}
	if m.Value.Unit != "" {
		if mt, ok := x.cue(s, i); ok {
			return mt, true
		}
		return unitMetric(m.Value.Unit), true
	}
	partitive := next == "of" && tr[1]+2 < len(toks) && toks[tr[1]+1].lower == "the" // "38 of the 67", "44,000 of the victims"
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
	if sub, ok := subgroup(toks, tr, partitive); ok {
		return sub, true // "32 of the victims were Kenyan"
	}
	switch {
	case isNoun && !peopleNouns[noun] && !isCue(noun) && !nounIsName(toks, tr[1], noun) && !cueBeside(toks, tr, noun):
		return stem(noun), true // "35 nationalities were among the dead" counts nationalities
	case hasCue:
		return cue, true
	case isNoun && peopleNouns[noun]:
		return "people", true
	case isNoun:
		return stem(noun), true
	case prev != nil && (tr[1] >= len(toks) || elisionNext[toks[tr[1]].lower]):
		// elided noun: "half a million people, though some say two million";
		// "44,000 died in Turkey and about 6,000 in Syria"
		return prev.Metric, true
	}
	return "", false
}

// subgroup reads a partitive that names a part of a group by what it is:
// "32 of the victims were Kenyan" counts Kenyans.
func subgroup(toks []token, tr [2]int, partitive bool) (string, bool) {
	if !partitive {
		return "", false
	}
	for k := tr[1] + 2; k < len(toks) && k < tr[1]+6; k++ {
		switch toks[k].lower {
		case "were", "was", "are", "is":
			if k+1 < len(toks) && !toks[k+1].digit && toks[k+1].word != "," && !stopwords[toks[k+1].lower] && !isCue(toks[k+1].lower) {
				return stem(toks[k+1].lower), true
			}
			return "", false
		case ",":
			return "", false
		}
	}
	return "", false
}

// isCue reports words that say what a figure measures.
func isCue(w string) bool {
	if _, ok := metricCues[w]; ok {
		return true
	}
	_, ok := metricCueStems[stem(w)]
	return ok
}

// cueBeside reports a cue right by the counted phrase ("detained eight
// engineers", "wounded 40 others", "12 homes destroyed"): then the cue, not
// the noun, says what is measured.
func cueBeside(toks []token, tr [2]int, noun string) bool {
	for k := tr[0] - 1; k >= 0 && k >= tr[0]-2; k-- {
		if isCue(toks[k].lower) {
			return true
		}
	}
	for k := tr[1]; k < len(toks) && k < tr[1]+4; k++ {
		if toks[k].lower == noun {
			return k+1 < len(toks) && isCue(toks[k+1].lower)
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
	"and": true, "or": true, "by": true}

// countedNoun finds the noun a number counts: the first word after it that
// looks like a plural noun, past up to three modifiers. "of the" is allowed
// for partitives ("38 of the 67 people").
func countedNoun(toks []token, j int) (string, bool) {
	for k := j; k < len(toks) && k < j+4; k++ {
		t := toks[k]
		if t.word == "," || (t.digit && !strings.ContainsRune(t.word, '-')) {
			return "", false // "737-800" is a model name inside the noun phrase
		}
		if peopleNouns[t.lower] {
			return t.lower, true
		}
		if stopwords[t.lower] && !(t.lower == "of" && k == j) {
			return "", false
		}
		if invariantNouns[t.lower] {
			return t.lower, true
		}
		if len(t.lower) > 3 && strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") &&
			!strings.HasSuffix(t.lower, "us") && !timeUnits[t.lower] && !notCounted[t.lower] {
			return t.lower, true
		}
	}
	return "", false
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
		if p.upper && p.end+1 >= t.start && tr[0]-1 > 0 && !monthWord(p.lower) && p.word != "," {
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

func monthWord(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december", "jan", "feb", "mar", "apr",
		"jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

func unitMetric(unit string) string {
	switch unit {
	case "t":
		return "tonnes"
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
	for k := lo; k < hi; k++ {
		if k >= tr[0] && k < tr[1] {
			continue
		}
		mt, ok := metricCues[toks[k].lower]
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
			if j != i && r[0] >= a && r[1] <= b && s.mentions[j].Kind == s.mentions[i].Kind {
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
		if s.mentions[i].Kind == KindNumber && moneyOnly(mt) {
			continue
		}
		if d < bestDist {
			best, bestDist = mt, d
		}
	}
	if best == "" || bestDist > 12 {
		return "", false
	}
	return best, true
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

// metric is what a money or percent figure measures: the cue nearest it,
// preferring its own clause, the head of a compound ("trade surplus" is a
// surplus), and flows over commodities ("imports, mostly oil and gas, rose to
// $129bn" are imports). A percentage change names what changed ("change of
// trade"). With no cue, an amount inherits the metric of the figure before it
// ("The total compares with $240.1 billion").
func (x *extractor) metric(s *sentenceCtx, i int, fallback string) string {
	toks := s.toks
	tr := s.mtok[i]
	kind := s.mentions[i].Kind
	cl, ch := clause(toks, tr)
	best, bestDist := "", 1<<30
	for k := range toks {
		if k >= tr[0] && k < tr[1] {
			continue
		}
		mt, ok := cueAt(toks, k)
		if !ok {
			continue
		}
		if kind == KindMoney && !moneyMetric(mt) || kind == KindPercent && !percentMetric(mt) {
			continue
		}
		if mt == "change" && k < tr[0] && toks[tr[0]-1].lower == "to" {
			continue // "decreased to 6 percent" gives a level, not a change
		}
		if k+1 < len(toks) && k+1 != tr[0] {
			if next, ok := cueAt(toks, k+1); ok && next != mt && moneyMetric(next) == moneyMetric(mt) {
				continue // "trade surplus": the head noun says what it is
			}
		}
		d := k - tr[1]
		if k < tr[0] {
			d = tr[0] - k
		}
		if k < cl || k >= ch {
			d += 10
		}
		if commodity(mt) {
			d += 8
		}
		if kind == KindPercent && !levelMetric(mt) && mt != "change" {
			d += 6 // "Russia's share of trade ... 6 percent" is a share
		}
		if d < bestDist {
			best, bestDist = mt, d
		}
	}
	if best == "change" && kind == KindPercent {
		if of := x.changeOf(s, i); of != "" {
			best = "change of " + of
		}
	}
	if best == "" {
		for k := len(x.out) - 1; k >= 0 && k >= len(x.out)-3; k-- {
			if prev := x.out[k]; prev.Kind == kind && prev.Metric != fallback {
				return prev.Metric
			}
		}
		return fallback
	}
	return best
}

// levelMetric names percentages that are levels: shares and rates.
func levelMetric(m string) bool {
	switch m {
	case "share", "inflation", "unemployment", "turnout", "territory", "approval", "support", "interest", "votes":
		return true
	}
	return false
}

// changeOf finds what a percentage change is a change of: the nearest flow
// or amount cue in the sentence ("exports jumped 46.9%").
func (x *extractor) changeOf(s *sentenceCtx, i int) string {
	tr := s.mtok[i]
	// "$218 billion last year, up about 26%": the change of the amount before it
	for j := i - 1; j >= 0; j-- {
		if s.mentions[j].Kind == KindPercent {
			break
		}
		if s.mentions[j].Kind == KindMoney {
			if mt := x.metric(s, j, ""); mt != "" {
				return mt
			}
			break
		}
	}
	best, bestDist := "", 1<<30
	for k := range s.toks {
		mt, ok := cueAt(s.toks, k)
		if !ok || mt == "change" || !moneyMetric(mt) || commodity(mt) {
			continue
		}
		d := dist(k, k+1, tr)
		if d < bestDist {
			best, bestDist = mt, d
		}
	}
	return best
}

// cueAt is the metric cue of token k, by its word or its stem.
func cueAt(toks []token, k int) (string, bool) {
	if mt, ok := metricCues[toks[k].lower]; ok {
		return mt, true
	}
	mt, ok := metricCueStems[stem(toks[k].lower)]
	return mt, ok
}

// commodity metrics name goods, which a flow of money is usually made of
// rather than about.
func commodity(m string) bool {
	return m == "oil" || m == "gas" || m == "freight"
}

func moneyMetric(m string) bool {
	switch m {
	case "share", "change", "inflation", "unemployment", "turnout", "territory", "approval", "support":
		return false
	}
	return moneyOnly(m) || m == "freight" || m == "oil" || m == "gas" || m == "deployed" || m == "workers"
}

func percentMetric(m string) bool {
	switch m {
	case "share", "change", "inflation", "unemployment", "turnout", "territory", "approval",
		"support", "votes", "interest", "trade", "exports", "imports", "gdp", "sales", "revenue",
		"profit", "price", "budget", "debt":
		return true
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
		if metricCues[w] == "change" {
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

type periodRef struct {
	label string
	index int // the date mention's start in the sentence
}

// period finds the period a figure covers: a date in its clause ("$3.7
// billion in 2024", "decreased to 6 percent in 2025"), or a date that opens
// the sentence ("Last year, trade reached $5bn"). A resolved period is its
// TIMEX; an unresolved one ("last year" with no publication date) its words.
func (x *extractor) period(s *sentenceCtx, i int) (periodRef, bool) {
	tr := s.mtok[i]
	lo, hi := clause(s.toks, tr)
	for j, m := range s.mentions {
		if m.Kind != KindDate || j == i || !periodGrain(m) || statementDate(s.toks, s.mtok[j]) || baselineDate(s.toks, s.mtok[j]) {
			continue
		}
		r := s.mtok[j]
		if r[0] >= lo && r[1] <= hi && (r[0]-tr[1] <= 6 && r[0] >= tr[1] || tr[0]-r[1] <= 6 && r[1] <= tr[0]) {
			return periodRef{label: x.periodLabel(s, j), index: m.Start}, true
		}
	}
	// Else the one period-like date of the sentence, wherever it stands
	// ("Last year, trade reached $5bn"; "came to 1.7 trillion yuan in 2023,
	// or roughly $240 billion").
	only := -1
	for j, m := range s.mentions {
		if m.Kind != KindDate || j == i || !periodGrain(m) || statementDate(s.toks, s.mtok[j]) || baselineDate(s.toks, s.mtok[j]) {
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
		if m.Kind == KindMoney || m.Kind == KindPercent {
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

// eventDate is the year, and the month or day when it gives one, of the date
// nearest figure i in its sentence: "in 1997, when a jet flew into a hillside
// and 228 people died" puts the 228 in 1997.
func eventDate(s *sentenceCtx, i int) (year int, timex string) {
	bestD := 1 << 30
	for j, m := range s.mentions {
		d := m.Value.Date
		if j == i || m.Kind != KindDate || d == nil || d.Year == 0 {
			continue
		}
		if k := dist(s.mtok[j][0], s.mtok[j][1], s.mtok[i]); k < bestD {
			bestD, year, timex = k, d.Year, ""
			if d.Month != 0 && d.To == nil {
				timex = d.Timex()
			}
		}
	}
	return year, timex
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

// periodGrain reports dates that can be the period a figure covers: a year,
// a part of one, a month, or a relative span ("last year"). A day is when
// something happened ("fell 15.7 percent on Monday"), a claim of its own.
func periodGrain(m Mention) bool {
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

// attribution finds who a sentence says the figures come from: "according
// to X", or the subject of a reporting verb ("X said", "said X").
func attribution(toks []token) string {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].lower == "according" && toks[k+1].lower == "to" {
			return phrase(toks, k+2, 1)
		}
	}
	for k, t := range toks {
		if !attributionVerbs[t.lower] || t.lower == "according" {
			continue
		}
		// "X said": the words before the verb, back to the clause start.
		if k > 0 && toks[k-1].word != "," {
			return phrase(toks, k-1, -1)
		}
		if k+1 < len(toks) {
			return phrase(toks, k+1, 1)
		}
	}
	return ""
}

// phrase collects up to five words from k in direction dir, stopping at a
// clause break, and returns them in text order.
func phrase(toks []token, k, dir int) string {
	var ws []string
	for n := 0; n < 5 && k >= 0 && k < len(toks) && toks[k].word != ","; n++ {
		ws = append(ws, toks[k].word)
		if dir < 0 && (toks[k].upper || stopwords[toks[k].lower]) && n > 0 && !toks[k].upper {
			break
		}
		k += dir
	}
	if dir < 0 {
		for a, b := 0, len(ws)-1; a < b; a, b = a+1, b-1 {
			ws[a], ws[b] = ws[b], ws[a]
		}
	}
	return strings.Join(ws, " ")
}

// baseline reports an open-ended date ("since 2020") that a superlative
// or "first ... since" before it turns into a yardstick.
func baseline(toks []token, tr [2]int, m Mention) bool {
	if d := m.Value.Date; d == nil || (d.Mod != ModSince && d.Mod != ModAfter) {
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

// foldSpace folds every run of white space (no-break spaces included) to
// one space and trims the ends.
func foldSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
