package claims

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims/mention"
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
	v := getVocab()
	x := extractor{doc: doc, opt: opt, published: dayOf(doc), vocab: v, sentToks: v.sentToks}
	x.out = v.out // claims gather in scratch space and are copied out at their number
	for _, b := range doc.Blocks {
		if b.Kind.Mined() {
			x.block(b)
		}
	}
	if !opt.Mentions {
		x.out = dropPeriods(x.out)
	}
	var out []Claim
	if len(x.out) > 0 {
		out = slices.Clone(x.out)
	}
	clear(x.out) // the scratch space keeps no strings alive
	x.vocab.out = x.out[:0]
	x.vocab.done()
	x.vocab.release()
	if !sortedByStart(out) {
		sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	}
	return out
}

type extractor struct {
	doc        *sources.Document
	opt        ExtractOptions
	out        []Claim
	cur        Claim      // the claim being read
	lastPos    place      // where the last claim stands (see position)
	heading    string     // the last heading seen, for context
	blockAt    int        // where the block being read starts in doc.Text
	lastAmount lastAmount // the last amount read, for pronouns (see pronounScope)
	inherited  bool       // the last metric read was inherited from the figure before it (see metric)
	published  string     // the publication day, YYYY-MM-DD, or ""

	sents  []sentenceCtx // room for a block's sentences with figures
	firsts []int
	// Kept in the vocabulary and emptied for each extraction:
	sentToks map[int][]token // tokens of each sentence read so far, by its start
	vocab    *vocab          // tokenises

	// yenIsYuan: the article is about China, so "¥" is the yuan's sign
	// (China and Japan both write it). Read only when a "¥" is met.
	yenIsYuan, yenRead bool
}

// sentenceCtx is one sentence, tokenised once for all its mentions.
type sentenceCtx struct {
	start, end int // byte offsets into doc.Text
	text       string
	toks       []token
	mentions   []mention.Mention // offsets relative to the sentence
	mtok       [][2]int          // token index range of each mention

	// Filled by the first claim of the sentence, shared by the rest:
	folded      string    // the text with white space folded
	attribution string    // who the sentence says the figures come from
	names       []nameRun // its proper names

	lastCount string // the metric of the sentence's last count, for elided nouns

	phrases     []eventPhrase // how the sentence names events (see eventPhrases)
	phrasesRead bool
}

func (x *extractor) block(b sources.Block) {
	text := x.doc.Text[b.Start:b.End]
	x.blockAt = b.Start
	if b.Kind == sources.Heading {
		x.heading = strings.TrimSpace(text)
	}
	// The mentions are found and qualified in the vocabulary's room: they
	// are read and done with before the next block.
	v := x.vocab
	v.found = mention.AppendMentions(v.found[:0], text, mention.RecognizeOptions{Reference: x.doc.Published})
	if len(v.found) == 0 {
		return
	}
	v.mentions = mention.AppendQualified(v.mentions[:0], text, v.found)
	ms := v.mentions
	// Group the mentions by sentence: each sentence's mentions are a run
	// of ms, made relative to the sentence in place.
	mtok := v.mtok[:0]
	sents, firsts := x.sents[:0], x.firsts[:0] // firsts: where each sentence's run starts
	kept := 0
	for _, m := range ms {
		abs := b.Start + m.Start
		sp, ok := x.doc.SentenceAt(abs)
		if !ok || sp.Start < b.Start || sp.End > b.End {
			sp = sources.Span{Start: b.Start, End: b.End}
		}
		if len(sents) == 0 || sents[len(sents)-1].start != sp.Start {
			st := x.doc.Text[sp.Start:sp.End]
			sents = append(sents, sentenceCtx{start: sp.Start, end: sp.End, text: st, toks: x.tokens(sp)})
			firsts = append(firsts, kept)
		}
		s := &sents[len(sents)-1]
		m.Start, m.End = abs-s.start, abs-s.start+(m.End-m.Start)
		if m.End > len(s.text) {
			continue
		}
		ms[kept] = m
		kept++
		mtok = append(mtok, tokenRange(s.toks, m.Start, m.End))
	}
	for i := range sents {
		s := &sents[i]
		end := kept
		if i+1 < len(sents) {
			end = firsts[i+1]
		}
		s.mentions, s.mtok = ms[firsts[i]:end:end], mtok[firsts[i]:end:end]
		x.sentence(b, s)
	}
	clear(sents)
	x.sents, x.firsts, v.mtok = sents, firsts, mtok
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
// They are kept in the vocabulary's room for the extraction's tokens: a
// slice of it grown as needed and reused by the next extraction.
func (x *extractor) tokens(sp sources.Span) []token {
	if t, ok := x.sentToks[sp.Start]; ok {
		return t
	}
	v := x.vocab
	from := len(v.kept)
	for t := range v.scan(x.doc.Text[sp.Start:sp.End]) {
		v.kept = append(v.kept, t)
	}
	t := v.kept[from:len(v.kept):len(v.kept)]
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

// reader reads one kind of mention in its sentence: whether it is a claim,
// and what it measures. Each kind has its file (read_count.go,
// read_amount.go, read_date.go); the table picks them.
type reader interface {
	read(x *extractor, s *sentenceCtx, i int, c *Claim) bool
}

var readers = map[mention.Kind]reader{
	mention.KindNumber:  countReader{},
	mention.KindMoney:   amountReader{},
	mention.KindPercent: amountReader{},
	mention.KindDate:    dateReader{},
}

func (x *extractor) sentence(b sources.Block, s *sentenceCtx) {
	first := len(x.out)
	var periodOf map[int]bool // mentions used as a figure's period
	for i, m := range s.mentions {
		r, ok := readers[m.Kind]
		if !ok {
			continue
		}
		c := &x.cur
		*c = Claim{Kind: m.Kind, Value: m.Value}
		if !r.read(x, s, i, c) {
			continue
		}
		if m.Kind == mention.KindMoney || m.Kind == mention.KindPercent || c.Value.Unit != "" {
			if p, ok := x.period(s, i); ok {
				c.Period = p.label
				if periodOf == nil {
					periodOf = map[int]bool{}
				}
				periodOf[p.index] = true
			}
		}
		if m.Kind != mention.KindDate {
			c.Target = x.hasCueBefore(s, i, lex().targetCues, targetCueReach) || x.hasCueAfter(s, i, lex().targetNouns, targetNounReach)
			c.Superseded = x.hasCueBefore(s, i, lex().supersededCues, supersededCueReach) || movedFrom(s.toks, s.mtok[i])
		}
		x.fill(c, b, s, m)
		x.frame(c, s, i)
		if c.Kind != mention.KindDate {
			c.EventYear, c.EventDate = eventDate(s, i)
		}
		x.out = append(x.out, *c)
		if c.Kind == mention.KindCount {
			s.lastCount = c.Metric
		}
	}
	// Dates that only say which period a figure covers are not claims.
	if periodOf == nil || x.opt.Mentions {
		return
	}
	kept := first
	for j := first; j < len(x.out); j++ {
		if c := &x.out[j]; c.Kind == mention.KindDate && periodOf[c.Start-s.start] {
			continue
		}
		x.out[kept] = x.out[j]
		kept++
	}
	clear(x.out[kept:])
	x.out = x.out[:kept]
}

// dropPeriods drops the bare years of an article about figures for
// periods: where amounts and percentages outnumber counts (trade, budgets,
// markets), "in 2023" and "in 2018" name the periods figures cover and the
// times of policies, not the days of events that other sources date.
func dropPeriods(cl []Claim) []Claim {
	amounts, counts := 0, 0
	for _, c := range cl {
		switch c.Kind {
		case mention.KindMoney, mention.KindPercent:
			amounts++
		case mention.KindCount:
			counts++
		}
	}
	if amounts <= counts {
		return cl
	}
	kept := cl[:0]
	for _, c := range cl {
		if d := c.Value.Date; d != nil && d.Month == 0 && d.Week == 0 {
			continue
		}
		kept = append(kept, c)
	}
	clear(cl[len(kept):])
	return kept
}

// sortedByStart reports claims in text order, as they mostly are.
func sortedByStart(cl []Claim) bool {
	for i := 1; i < len(cl); i++ {
		if cl[i].Start < cl[i-1].Start {
			return false
		}
	}
	return true
}

// fill sets the claim's place, text and context.
func (x *extractor) fill(c *Claim, b sources.Block, s *sentenceCtx, m mention.Mention) {
	c.Source, c.Path, c.Published = x.doc.ID, x.doc.Path, x.published
	c.Start, c.End = s.start+m.Start, s.start+m.End
	c.Text = x.doc.Text[c.Start:c.End]
	c.Line, c.Col = x.position(c.Start)
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
	c.Subject = subjectLabel(s.toks, s.names, tr)
}

// position is the line and column of offset off, as doc.Position gives
// them. Claims come in text order, several to a line (a paragraph is often
// one long line), so the column is counted on from the last claim's when it
// is on the same line. That holds only where Text is the file's own bytes:
// the lines of an HTML page's text are not the lines of the page.
func (x *extractor) position(off int) (line, col int) {
	if p := x.lastPos; x.doc.Raw && p.line > 0 && off >= p.off && strings.IndexByte(x.doc.Text[p.off:off], '\n') < 0 {
		line, col = p.line, p.col+utf8.RuneCountInString(x.doc.Text[p.off:off])
	} else {
		pos := x.doc.Position(off)
		line, col = pos.Line, pos.Col
	}
	x.lastPos = place{off, line, col}
	return line, col
}

// place is an offset and its line and column.
type place struct{ off, line, col int }

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

// isCue reports words that say what a figure measures.
func isCue(w string) bool {
	if _, ok := lex().metricCues[w]; ok {
		return true
	}
	_, ok := lex().metricCueStems[stem(w)]
	return ok
}

// CueOf is the measure a word is a cue of, by the word or its stem:
// "pledged" gives "aid", "killed" "deaths".
func CueOf(w string) (string, bool) {
	w = foldWord(w)
	if m, ok := lex().metricCues[w]; ok {
		return m, true
	}
	m, ok := lex().metricCueStems[stem(w)]
	return m, ok
}

// cueAt is the metric cue of token k, by its word or its stem.
func cueAt(toks []token, k int) (string, bool) {
	return toks[k].cue, toks[k].isCue
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
		if !t.reporting || t.lower == "according" {
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

// foldSpace folds every run of white space (no-break spaces included) to
// one space and trims the ends.
func foldSpace(s string) string {
	if spaced(s) {
		return s // the common case, without copying
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is owed before the next word
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.IsSpace(r) {
			space = b.Len() > 0
		} else {
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// spaced reports whether s is folded already: words parted by single ASCII
// spaces, none at either end.
func spaced(s string) bool {
	space := true // a space here would be at the start
	for i := 0; i < len(s); {
		c := s[i]
		if ' ' < c && c < utf8.RuneSelf { // the common case first
			space = false
			i++
			continue
		}
		switch {
		case c == ' ':
			if space {
				return false
			}
			space = true
			i++
		case c < ' ':
			return false // tabs, line breaks and other controls
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			space = false
			i += n
		}
	}
	return !space || s == ""
}
