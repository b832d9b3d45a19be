package mention

import (
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// numberRecognizer finds numbers, amounts of money and percentages.
//
// It tokenises the text once (digit literals with their separators, words,
// symbols) and runs a small hand-written grammar over the tokens: no regular
// expressions. Things that look like numbers but are not figures are left
// out: identifiers and model names (a number glued to letters, joined to a
// word by a hyphen, or right after a capitalised name: A320, J2-8243,
// COVID-19, Flight 8243, Boeing 737-800), clock times, phone numbers,
// versions and IP addresses, slashed dates, decades and compound adjectives
// ("38-year-old").
//
// Values: a number's Value.Unit is "" for a bare figure, or a unit of
// things ("t" for tons and tonnes, "km", "bbl"...; nrUnits); money is in
// whole units of an ISO 4217 code ("50 cents" is 0.5 USD; a bare "$" is
// USD); a percentage has Unit "%", and "percentage points" has Unit "pp",
// so that a change of 3 points never compares equal to 3 percent.
// "dozens", "hundreds", "tens of thousands" carry the Plural qualifier.
// Ordinals ("4th") are kept as numbers with Subtype "ordinal" so that no
// other reading claims their digits; fractions and powers have their own
// subtypes. Qualifier words are read by Qualify, not here.
type numberRecognizer struct{}

func (numberRecognizer) Name() string { return "number" }

func (numberRecognizer) anchor() anchorSet { return nrAnchor }

func (r numberRecognizer) Recognize(text string, opt RecognizeOptions) []Mention {
	return recognizeAlone(r, text, opt)
}

// appendMentions appends the number, money and percent mentions of text
// to dst.
func (numberRecognizer) appendMentions(dst []Mention, text string, _ RecognizeOptions) []Mention {
	ms, _ := appendNumbers(dst, text, true, false)
	return ms
}

// numDetail is what the grammar learnt about a mention beyond its Value.
type numDetail struct {
	cur              currency // for money: the currency as written
	numStart, numEnd int      // byte span of the figure itself ("3.7 billion" in "$3.7 billion")
	bare             float64  // the figure before the currency factor (50 for "50 cents")
}

type ntKind uint8

const (
	ntWord  ntKind = iota // letters
	ntNum                 // a digit literal
	ntSym                 // one other rune
	ntIdent               // an identifier: letters and digits mixed (A320, J2-8243)
)

// ntok is a token. Offsets are bytes. It holds no pointers, so that the
// token slice costs the garbage collector nothing.
type ntok struct {
	start, end int
	val        float64 // a digit literal's value
	r          rune    // the rune of a symbol
	wi         uint16  // index of a known word in nrVocab (0: not a word the grammar reads)
	kind       ntKind
	sub        nsub // a digit literal's subtype
	sp         bool // white space before the token
	nl         bool // a line break before the token
	capital    bool // a word starting with an upper-case letter
	allCaps    bool // a word of two or more upper-case letters
	inner      bool // a word with an upper-case letter inside: iPhone, McLaren
	grouped    bool // a digit literal with thousands separators
	simple     bool // a plain run of digits: no separator, sign, decimal
}

// wd is the vocabulary entry of a word (the zero entry when unknown).
func (t *ntok) wd() *nword { return &nrVocab[t.wi] }

// lw is a known word folded to lower case, "" for other tokens.
func (t *ntok) lw() string { return nrVocab[t.wi].key }

// currency is the currency a word names, as currencyWord reads its folded
// form.
func (t *ntok) currency() (currency, bool) {
	if c := nrVocab[t.wi].cur; c != nil {
		return *c, true
	}
	return currency{}, false
}

// mayBeCode reports whether a word may be a currency code of nrCodes: one
// in capitals (USD), or one known in lower case too (usd, Rs). Others are
// not looked up.
func (t *ntok) mayBeCode() bool { return t.allCaps || t.wd().code }

// nsub is the subtype of a digit literal.
type nsub uint8

const (
	subInteger nsub = iota
	subDecimal
	subFraction
	subPower
)

func (s nsub) String() string {
	return [...]string{"integer", "decimal", "fraction", "power"}[s]
}

var ntPool = sync.Pool{New: func() any { s := make([]ntok, 0, 256); return &s }}

// recognizeNumbers finds the mentions; with money false, currencies are not
// read (the figure inside "$20" is a plain number). With detail it also
// returns what it learnt about each mention.
func recognizeNumbers(text string, money, detail bool) ([]Mention, []numDetail) {
	return appendNumbers(nil, text, money, detail)
}

// appendNumbers is recognizeNumbers appending the mentions to dst.
func appendNumbers(dst []Mention, text string, money, detail bool) ([]Mention, []numDetail) {
	loadNumberTables()
	p := ntPool.Get().(*[]ntok)
	toks := nrTokenize(text, (*p)[:0])
	g := ngrammar{text: text, t: toks, money: money, detail: detail, out: dst,
		end: ntok{kind: ntSym, sp: true, start: len(text), end: len(text)}}
	g.run()
	*p = toks[:0]
	ntPool.Put(p)
	return g.out, g.det
}

// ---- tokeniser ----

func isDigitByte(c byte) bool  { return c >= '0' && c <= '9' }
func isLetterByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// groupSpace reports whether r may separate thousands: a space, a no-break
// space, a thin or narrow no-break space.
func groupSpace(r rune) bool {
	return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009' || r == '\u2007'
}

var vulgar = map[rune]float64{
	'½': 0.5, '⅓': 1.0 / 3, '⅔': 2.0 / 3, '¼': 0.25, '¾': 0.75, '⅕': 0.2, '⅖': 0.4, '⅗': 0.6,
	'⅘': 0.8, '⅙': 1.0 / 6, '⅚': 5.0 / 6, '⅛': 0.125, '⅜': 0.375, '⅝': 0.625, '⅞': 0.875,
}

func nrTokenize(text string, toks []ntok) []ntok {
	sp, nl := true, true
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				sp = true
				i++
				continue
			case c == '\n':
				sp, nl = true, true
				i++
				continue
			case isDigitByte(c) || (c == '.' && i+1 < len(text) && isDigitByte(text[i+1]) && (i == 0 || !isAlnumByte(text[i-1]))):
				var t ntok
				t, i = scanDigits(text, i)
				t.sp, t.nl = sp, nl
				toks = append(toks, t)
			case isLetterByte(c):
				if j := plainWordEnd(text, i); j > 0 {
					// the common case, a lower-case or capitalised ASCII word, without scanWord
					var wi uint16
					if nrTable.mayHold(text[i:j]) { // most words are none
						wi = knownWord(text[i:j])
					}
					toks = appendWord(toks, ntok{start: i, end: j, kind: ntWord, wi: wi, capital: c <= 'Z', sp: sp, nl: nl})
					i = j
					if i < len(text) && text[i] == ' ' {
						// the space after most words, without a turn of the loop
						i++
						sp, nl = true, false
						continue
					}
					break
				}
				var t ntok
				t, i = scanWord(text, i)
				t.sp, t.nl = sp, nl
				toks = appendWord(toks, t)
			default:
				toks = append(toks, ntok{start: i, end: i + 1, kind: ntSym, r: rune(c), sp: sp, nl: nl})
				i++
			}
			sp, nl = false, false
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			sp = true
			if r == '\u2028' || r == '\u2029' || r == '\u0085' {
				nl = true
			}
			i += n
			continue
		case unicode.IsLetter(r) && r != '元':
			var t ntok
			t, i = scanWord(text, i)
			t.sp, t.nl = sp, nl
			toks = appendWord(toks, t)
		default:
			t := ntok{start: i, end: i + n, kind: ntSym, r: r, sp: sp, nl: nl}
			if v, ok := vulgar[r]; ok {
				t.kind, t.val, t.sub = ntNum, v, subFraction
			}
			toks = append(toks, t)
			i += n
		}
		sp, nl = false, false
	}
	return toks
}

// plainWordEnd returns the end of the ASCII word at i, in lower case or
// capitalised (people, Samarkand), when nothing glued to it needs scanWord
// (digits, other letters, a web address), or 0.
func plainWordEnd(text string, i int) int {
	if !isLetterByte(text[i]) {
		return 0
	}
	j := i + 1
	for j < len(text) && text[j] >= 'a' && text[j] <= 'z' {
		j++
	}
	if j == len(text) {
		return j
	}
	c := text[j]
	if c >= utf8.RuneSelf || isAlnumByte(c) || (c == ':' || c == '.') && j-i <= 5 {
		return 0
	}
	return j
}

// appendWord appends a word token; a run of lower-case words the grammar
// never reads ("killed", "people") becomes one token, which keeps them
// apart from figures at a fraction of the cost.
func appendWord(toks []ntok, t ntok) []ntok {
	if t.kind == ntWord && t.wi == 0 && !t.capital && t.sp && !t.nl && len(toks) > 0 {
		if p := &toks[len(toks)-1]; p.kind == ntWord && p.wi == 0 && !p.capital {
			p.end = t.end
			return toks
		}
	}
	return append(toks, t)
}

func isAlnumByte(c byte) bool { return isDigitByte(c) || isLetterByte(c) }

// scanWord reads a run of letters. A run that goes on into digits (A320,
// MH17, J2-8243) is an identifier, unless the letters are a currency code
// written against its figure (USD115, Rs500).
func scanWord(text string, i int) (ntok, int) {
	start := i
	allUpper, upper, inner := true, false, false
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if !isLetterByte(c) {
				break
			}
			if c >= 'a' {
				allUpper = false
			} else if i == start {
				upper = true
			} else {
				inner = true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && !unicode.Is(unicode.Mc, r) || r == '元' {
			break
		}
		if unicode.IsLower(r) {
			allUpper = false
		} else if i == start && unicode.IsUpper(r) {
			upper = true
		}
		i += n
	}
	t := ntok{start: start, end: i, kind: ntWord, capital: upper, allCaps: allUpper && i-start >= 2, inner: inner && !allUpper}
	w := text[start:i]
	// a web address is one identifier up to the next space
	if (w == "http" || w == "https") && strings.HasPrefix(text[i:], "://") || w == "www" && i < len(text) && text[i] == '.' {
		for i < len(text) && text[i] > ' ' {
			i++
		}
		t.kind, t.end = ntIdent, i
		return t, i
	}
	if i < len(text) && isDigitByte(text[i]) {
		if _, ok := nrCodes[w]; ok {
			t.wi = knownWord(w)
			return t, i
		}
		// "nzd$15" is handled by the dollar sign; here "US15" is an identifier.
		// An identifier: letters, digits, and hyphen- or dot-joined parts.
		for i < len(text) {
			c := text[i]
			if isAlnumByte(c) {
				i++
				continue
			}
			if (c == '-' || c == '.' || c == '/') && i+1 < len(text) && isAlnumByte(text[i+1]) && hasDigitAhead(text, i+1) {
				i++
				continue
			}
			break
		}
		t.kind, t.end = ntIdent, i
		return t, i
	}
	t.wi = knownWord(w)
	return t, i
}

// hasDigitAhead reports whether the alphanumeric run at i holds a digit.
func hasDigitAhead(text string, i int) bool {
	for ; i < len(text) && isAlnumByte(text[i]); i++ {
		if isDigitByte(text[i]) {
			return true
		}
	}
	return false
}

var pow10tab = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
	1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

func pow10(n int) float64 {
	if n >= 0 && n < len(pow10tab) {
		return pow10tab[n]
	}
	return math.Pow(10, float64(n))
}

// digitsAt counts the ASCII digits at i.
func digitsAt(text string, i int) int {
	j := i
	for j < len(text) && isDigitByte(text[j]) {
		j++
	}
	return j - i
}

// scanDigits reads a digit literal at i: 600,000; 2 000; 12,34,567.89; 1.5;
// .08; 5,00; 1e10; 1.1^23; 1.3x10^6; 3/4. Dotted chains (versions, IP
// addresses), slashed dates and clock times become identifiers.
func scanDigits(text string, i int) (ntok, int) {
	start := i
	var mant float64
	ndig := 0
	addDigits := func(a, b int) {
		for k := a; k < b; k++ {
			mant = mant*10 + float64(text[k]-'0')
			ndig++
		}
	}
	t := ntok{start: start, kind: ntNum, simple: true}
	n := digitsAt(text, i)
	addDigits(i, i+n)
	first := n
	i += n
	// Thousands separators.
	if first > 0 && first <= 3 && i < len(text) {
		if text[i] == ',' {
			var groups []int
			j := i
			for j < len(text) && text[j] == ',' {
				g := digitsAt(text, j+1)
				if g != 2 && g != 3 {
					break
				}
				groups = append(groups, g)
				j += 1 + g
				if g == 3 {
					break
				}
			}
			ok := len(groups) > 0 && groups[len(groups)-1] == 3
			if ok && len(groups) > 1 && first > 2 {
				ok = false
			}
			if ok {
				// more 3-digit groups after the first 3-digit one
				for j < len(text) && text[j] == ',' && digitsAt(text, j+1) == 3 {
					groups = append(groups, 3)
					j += 4
				}
				k := i
				for k < j {
					if text[k] != ',' {
						addDigits(k, k+1)
					}
					k++
				}
				i = j
				t.grouped = true
			}
		} else {
			r, rn := utf8.DecodeRuneInString(text[i:])
			if groupSpace(r) && digitsAt(text, i+rn) == 3 {
				j := i
				for j < len(text) {
					r2, n2 := utf8.DecodeRuneInString(text[j:])
					if r2 != r || digitsAt(text, j+n2) != 3 {
						break
					}
					addDigits(j+n2, j+n2+3)
					j += n2 + 3
				}
				i = j
				t.grouped = true
			}
		}
	}
	dec := 0
	if i+1 < len(text) && text[i] == '.' && isDigitByte(text[i+1]) {
		d := digitsAt(text, i+1)
		// A second dot: a version or an address, not a figure.
		if e := i + 1 + d; e+1 < len(text) && text[e] == '.' && isDigitByte(text[e+1]) {
			return identRun(text, start, e)
		}
		addDigits(i+1, i+1+d)
		dec = d
		i += 1 + d
		t.sub = subDecimal
	} else if !t.grouped && first > 0 && first <= 3 && i+1 < len(text) && text[i] == ',' && !(start > 1 && text[start-1] == ',' && isDigitByte(text[start-2])) {
		// A decimal comma: "5,00", "1,3" (not "22,24,26", a list).
		d := digitsAt(text, i+1)
		if (d == 1 || d == 2) && !(i+1+d+1 < len(text) && text[i+1+d] == ',' && isDigitByte(text[i+2+d])) {
			addDigits(i+1, i+1+d)
			dec = d
			i += 1 + d
			t.sub = subDecimal
		}
	}
	t.val = mant / pow10(dec)
	if t.sub == subDecimal || t.grouped {
		t.simple = false
	}
	if ndig > 15 {
		t.simple = false
	}
	if t.sub == subDecimal && t.val == math.Trunc(t.val) && !strings.ContainsRune(text[start:i], '.') {
		t.sub = subInteger
	}
	if t.sub == subDecimal && t.val == math.Trunc(t.val) {
		t.sub = subInteger
	}
	if i >= len(text) {
		t.end = i
		return t, i
	}
	switch c := text[i]; {
	case (c == 'e' || c == 'E') && i+1 < len(text):
		// 1e10, 12.32e+14, -12e-1
		j := i + 1
		neg := false
		if text[j] == '+' || text[j] == '-' {
			neg = text[j] == '-'
			j++
		}
		if d := digitsAt(text, j); d > 0 && d <= 3 && (j+d >= len(text) || !isLetterByte(text[j+d])) {
			e := 0
			for k := j; k < j+d; k++ {
				e = e*10 + int(text[k]-'0')
			}
			if neg {
				e = -e
			}
			t.val *= pow10(e)
			t.sub, t.simple = subPower, false
			i = j + d
		}
	case c == '^':
		if v, j, ok := scanPower(text, i+1, t.val); ok {
			t.val, t.sub, t.simple = v, subPower, false
			i = j
		}
	case c == 'x' && strings.HasPrefix(text[i:], "x10^"):
		if v, j, ok := scanPower(text, i+4, 10); ok {
			t.val, t.sub, t.simple = t.val*v, subPower, false
			i = j
		}
	case c == '/' && i+1 < len(text) && isDigitByte(text[i+1]) && t.sub == subInteger && !t.grouped:
		d := digitsAt(text, i+1)
		j := i + 1 + d
		if j+1 < len(text) && (text[j] == '/' || text[j] == '-') && isDigitByte(text[j+1]) {
			return identRun(text, start, j) // 5/17/2018
		}
		var den float64
		for k := i + 1; k < j; k++ {
			den = den*10 + float64(text[k]-'0')
		}
		// a fraction has a small denominator: 3/4, 1/16; 9/11 and 24/7 are names
		if den == 0 || t.val >= den || den > 10 && den != 16 && den != 32 && den != 64 && den != 100 {
			return identRun(text, start, j) // 24/7, a ratio or a date
		}
		t.val /= den
		t.sub, t.simple = subFraction, false
		i = j
	case c == ':' && i+1 < len(text) && isDigitByte(text[i+1]):
		return identRun(text, start, i) // 10:30, a time or a score
	case c == '.' && i+1 < len(text) && isDigitByte(text[i+1]):
		return identRun(text, start, i)
	}
	t.end = i
	return t, i
}

// scanPower reads the exponent after "^": signs then digits.
func scanPower(text string, j int, base float64) (float64, int, bool) {
	neg := false
	for j < len(text) && (text[j] == '+' || text[j] == '-') {
		if text[j] == '-' {
			neg = !neg
		}
		j++
	}
	d := digitsAt(text, j)
	if d == 0 || d > 3 {
		return 0, 0, false
	}
	e := 0
	for k := j; k < j+d; k++ {
		e = e*10 + int(text[k]-'0')
	}
	if neg {
		e = -e
	}
	return math.Pow(base, float64(e)), j + d, true
}

// identRun makes an identifier token from start over digits, dots,
// slashes, colons and hyphens (and a trailing am/pm).
func identRun(text string, start, i int) (ntok, int) {
	for i < len(text) {
		c := text[i]
		if isAlnumByte(c) {
			i++
			continue
		}
		if (c == '.' || c == '/' || c == ':' || c == '-') && i+1 < len(text) && isDigitByte(text[i+1]) {
			i++
			continue
		}
		break
	}
	return ntok{start: start, end: i, kind: ntIdent}, i
}

// ---- grammar ----

// ngrammar matches figures over the tokens of one text.
type ngrammar struct {
	text   string
	t      []ntok
	money  bool
	out    []Mention
	detail bool
	det    []numDetail
	end    ntok // what tok returns past the end
}

func (g *ngrammar) run() {
	for i := 0; i < len(g.t); {
		if !g.mayStart(i) {
			i++
			continue
		}
		if end, ok := g.match(i); ok {
			i = end
			continue
		}
		i++
	}
}

// mayStart is a quick test that token i can start a mention: most words
// and punctuation cannot.
func (g *ngrammar) mayStart(i int) bool {
	t := &g.t[i]
	switch t.kind {
	case ntWord:
		w := t.wd()
		switch {
		case w.starts || t.allCaps || t.capital && t.end-t.start == 2:
			return true
		case w.kind == nwA:
			// "a million", "a third", A$: a word the grammar reads follows
			n := g.tok(i + 1)
			return n.kind == ntWord && n.wd().kind != nwNone || g.isSym(i+1, '$')
		}
		return w.dollar && g.isSym(i+1, '$')
	case ntSym:
		return t.r >= utf8.RuneSelf || t.r == '$' || t.r == '-'
	}
	return true
}

// tok returns token i, or a zero symbol token past the end.
func (g *ngrammar) tok(i int) *ntok {
	if i < 0 || i >= len(g.t) {
		g.end = ntok{kind: ntSym, sp: true, start: len(g.text), end: len(g.text)}
		return &g.end
	}
	return &g.t[i]
}

func (g *ngrammar) isSym(i int, r rune) bool {
	t := g.tok(i)
	return t.kind == ntSym && t.r == r && i < len(g.t)
}

func (g *ngrammar) word(i int) nwKind {
	t := g.tok(i)
	if t.kind != ntWord {
		return nwNone
	}
	return t.wd().kind
}

func (g *ngrammar) lower(i int) string {
	t := g.tok(i)
	if t.kind != ntWord {
		return ""
	}
	return t.lw()
}

// raw is the text of token i.
func (g *ngrammar) raw(i int) string {
	t := g.tok(i)
	return g.text[t.start:t.end]
}

// emit records a mention over tokens [a, b) and returns b.
func (g *ngrammar) emit(kind Kind, a, b int, v Value, sub string, c currency, fa, fb int, bare float64) int {
	if math.IsNaN(v.Number) || math.IsInf(v.Number, 0) {
		return b // 0E700, 9^999: no figure
	}
	if n := tidy(v.Number); n != v.Number {
		v = NewNumber(n, v.Unit, v.Qualifier, 0)
		bare = tidy(bare)
	}
	if sub == "decimal" && v.Number == math.Trunc(v.Number) && b-a > 1 && math.Abs(v.Number) >= 1000 {
		sub = "integer" // "2.07 billion"
	}
	s, e := g.t[a].start, g.t[b-1].end
	m := Mention{Kind: kind, Start: s, End: e, Text: g.text[s:e], Value: v, Subtype: sub}
	if g.out == nil {
		g.out = make([]Mention, 0, len(g.text)/128+2)
	}
	g.out = append(g.out, m)
	if g.detail {
		g.det = append(g.det, numDetail{cur: c, numStart: g.t[fa].start, numEnd: g.t[fb-1].end, bare: bare})
	}
	return b
}

// tidy removes the binary noise of a decimal times a scale: 2.07 * 1e9 is
// 2070000000.0000002 in floating point, and must equal "2,070 million".
func tidy(x float64) float64 {
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return x
	}
	if r := math.Round(x); math.Abs(x-r) <= 1e-9*math.Abs(x) {
		return r
	}
	e := math.Floor(math.Log10(math.Abs(x)))
	p := math.Pow(10, 14-e)
	if math.IsInf(p, 0) || p == 0 {
		return x
	}
	if r := math.Round(x*p) / p; !math.IsInf(r, 0) && !math.IsNaN(r) {
		return r
	}
	return x
}

// figure is a number read from tokens: the value and where it ends.
type figure struct {
	val    float64
	start  int // first token (a sign included)
	end    int // token after the figure
	sub    string
	words  bool    // written at least partly in words
	scale  float64 // the last scale word applied (million), 0 if none
	plural bool    // "dozens": a vague order of magnitude
	digits bool    // a bare digit literal with no words
}

// match tries every form at token i.
func (g *ngrammar) match(i int) (int, bool) {
	t := g.tok(i)
	if t.kind == ntIdent {
		return i + 1, true
	}
	if g.money {
		if c, j, ok := g.prefixCurrency(i); ok {
			if f, ok := g.figure(j, true); ok && !f.plural {
				end := f.end
				val := f.val
				// "$ 10 dollars": the name repeated after the figure.
				if c2, e2, ok := g.suffixCurrency(end); ok && c2.code == c.code && c2.factor == 1 {
					end = e2
				}
				if !c.minor && f.scale == 0 && f.sub == "integer" {
					if cents, e2, ok := g.centsTail(end, c); ok {
						val += cents / c.factor
						end = e2
					}
				}
				v := NewNumber(val*c.factor, c.code, Exact, 0)
				g.emit(KindMoney, i, end, v, f.sub, c, f.start, f.end, val)
				return end, true
			}
		}
	}
	if f, ok := g.figure(i, false); ok {
		return g.afterFigure(f), true
	}
	if t.kind == ntWord {
		switch t.wd().kind {
		case nwPercent:
			// "percent of 10", "per cent of twenty-two"
			j := i + 1
			if t.wd().short {
				if g.lower(j) != "cent" {
					return 0, false
				}
				j++
			}
			if g.word(j) == nwOf && !g.precededByFigure(i) {
				if f, ok := g.figure(j+1, false); ok && f.sub != "fraction" && g.endsClause(f.end) {
					g.emit(KindPercent, i, f.end, NewNumber(f.val, "%", Exact, 0), f.sub, currency{}, f.start, f.end, f.val)
					return f.end, true
				}
			}
		case nwPlural, nwDozen:
			if t.wd().kind == nwDozen && !t.wd().plural {
				return 0, false
			}
			// "dozens", "hundreds of thousands", "tens of millions"
			n := t.wd().val
			end := i + 1
			if g.word(i+1) == nwOf && g.word(i+2) == nwPlural && g.t[i+2].wd().val >= 1e3 && g.t[i+2].wd().val > n {
				n *= g.t[i+2].wd().val
				end = i + 3
			}
			if t.wd().kind == nwPlural && t.wd().val == 10 && end == i+1 {
				return 0, false // "tens" alone
			}
			g.emit(KindNumber, i, end, NewNumber(n, "", Plural, 0), "integer", currency{}, i, end, n)
			return end, true
		}
	}
	return 0, false
}

// precededByFigure reports whether token i follows a number.
func (g *ngrammar) precededByFigure(i int) bool {
	p := g.tok(i - 1)
	return i > 0 && (p.kind == ntNum || p.kind == ntWord && (p.wd().kind == nwUnit || p.wd().kind == nwTeen || p.wd().kind == nwTens || p.wd().kind == nwScale || p.wd().kind == nwHundred))
}

// endsClause reports whether token i starts no word: the end, or punctuation.
func (g *ngrammar) endsClause(i int) bool {
	if i >= len(g.t) {
		return true
	}
	t := g.t[i]
	return t.kind == ntSym && t.r != '-' && t.r != '$'
}

// afterFigure reads what follows a figure: percent, currency, unit; and
// emits the mention.
func (g *ngrammar) afterFigure(f figure) int {
	k := f.end
	t := g.tok(k)
	if f.plural {
		return g.emit(KindNumber, f.start, k, NewNumber(f.val, "", Plural, 0), f.sub, currency{}, f.start, f.end, f.val)
	}
	// "4th", "21st": an ordinal, kept apart so that it is never a count
	if t.kind == ntWord && !t.sp && f.digits && k < len(g.t) {
		switch t.lw() {
		case "st", "nd", "rd", "th":
			return g.emit(KindNumber, f.start, k+1, NewNumber(f.val, "", Exact, 0), "ordinal", currency{}, f.start, f.end, f.val)
		}
	}
	// percent
	if t.kind == ntSym && t.r == '%' && k < len(g.t) && (!t.sp || !f.words) {
		return g.emit(KindPercent, f.start, k+1, NewNumber(f.val, "%", Exact, 0), f.sub, currency{}, f.start, f.end, f.val)
	}
	if t.kind == ntWord && t.wd().kind == nwPercent {
		end := k + 1
		unit := "%"
		if t.wd().short {
			if g.lower(k+1) != "cent" {
				goto currency
			}
			end = k + 2
		} else if t.lw() == "percentage" && (g.lower(k+1) == "points" || g.lower(k+1) == "point") {
			unit, end = "pp", k+2
		}
		return g.emit(KindPercent, f.start, end, NewNumber(f.val, unit, Exact, 0), f.sub, currency{}, f.start, f.end, f.val)
	}
currency:
	if g.money {
		if c, end, ok := g.suffixCurrency(k); ok {
			val := f.val
			// "75 USD million"
			if w := g.tok(end); end < len(g.t) && w.kind == ntWord && w.wd().kind == nwScale && !w.wd().short && f.scale == 0 {
				val *= w.wd().val
				end++
			}
			whole := val * c.factor
			// "3 dollars 50 cents", "thirteen dollars and forty-five cents"
			if !c.minor && f.scale == 0 && f.sub == "integer" {
				if cents, e2, ok := g.centsTail(end, c); ok {
					whole += cents
					val += cents / c.factor
					end = e2
				}
			}
			return g.emit(KindMoney, f.start, end, NewNumber(whole, c.code, Exact, 0), f.sub, c, f.start, f.end, val)
		}
	}
	// units of things
	if t.kind == ntWord && k < len(g.t) {
		key := t.lw()
		if key == "metric" || key == "square" || key == "cubic" {
			if n := g.tok(k + 1); n.kind == ntWord && n.wd().unit != "" {
				unit := n.wd().unit
				if key == "square" {
					unit += "2"
				} else if key == "cubic" {
					unit += "3"
				}
				return g.emit(KindNumber, f.start, k+2, NewNumber(f.val, unit, Exact, 0), f.sub, currency{}, f.start, f.end, f.val)
			}
		}
		if u, ok := g.unit(k); ok && (t.sp || !f.words) {
			if !(t.sp && len(key) == 1 && f.words) {
				return g.emit(KindNumber, f.start, k+1, NewNumber(f.val, u, Exact, 0), f.sub, currency{}, f.start, f.end, f.val)
			}
		}
	}
	if k < len(g.t) && t.kind == ntWord && !t.sp {
		return k + 1 // glued to letters it does not read: 5G, 10x
	}
	return g.emit(KindNumber, f.start, k, NewNumber(f.val, "", Exact, 0), f.sub, currency{}, f.start, f.end, f.val)
}

// unit reads a unit word at token k: "km", "tonnes". A one-letter unit
// must be written in lower case (5G is no 5 grams).
func (g *ngrammar) unit(k int) (string, bool) {
	t := g.tok(k)
	if k >= len(g.t) || t.kind != ntWord {
		return "", false
	}
	u := t.wd().unit
	if u == "" || t.end-t.start == 1 && g.raw(k) != t.lw() {
		return "", false
	}
	return u, true
}

// centsTail reads the minor units after an amount in major units.
func (g *ngrammar) centsTail(k int, major currency) (float64, int, bool) {
	j := k
	if g.word(j) == nwAnd {
		j++
	}
	t := g.tok(j)
	if j >= len(g.t) || !(t.kind == ntNum && t.simple) && !(t.kind == ntWord && (t.wd().kind == nwUnit || t.wd().kind == nwTeen || t.wd().kind == nwTens)) {
		return 0, 0, false
	}
	f, ok := g.figure(j, false)
	if !ok || f.val >= 100 || f.val < 0 || f.val != math.Trunc(f.val) || f.scale != 0 {
		return 0, 0, false
	}
	if c, e, ok := g.suffixCurrency(f.end); ok {
		if c.minor {
			return f.val * c.factor, e, true
		}
		return 0, 0, false
	}
	if g.endsClause(f.end) && !g.isSym(f.end, '%') {
		return f.val / 100, f.end, true
	}
	return 0, 0, false
}

// prefixCurrency reads a currency written before a figure: $, US$, "us $",
// C$, €, USD, Rs. It returns the token where the figure starts.
func (g *ngrammar) prefixCurrency(i int) (currency, int, bool) {
	t := g.tok(i)
	if i >= len(g.t) {
		return currency{}, 0, false
	}
	switch t.kind {
	case ntSym:
		if t.r == '$' && g.isSym(i+1, '$') {
			return currency{}, 0, false
		}
		c, ok := currencySign(t.r)
		if !ok || c.minor {
			return currency{}, 0, false
		}
		return c, i + 1, g.figureStarts(i + 1)
	case ntWord:
		if t.wi == 0 && !t.allCaps && !(t.capital && t.end-t.start == 2) {
			return currency{}, 0, false // not a code, a prefix or a name
		}
		// a dollar sign with a country prefix: US$, C$, "hk $", "u.s $", Mex$
		key, j := t.lw(), i+1
		if key == "u" && g.isSym(i+1, '.') && g.lower(i+2) == "s" && !g.t[i+1].sp && !g.t[i+2].sp {
			key, j = "u.s", i+3
			if g.isSym(j, '.') && !g.t[j].sp {
				j++
			}
		}
		if g.isSym(j, '$') {
			if c, ok := nrDollarPrefixes[key]; ok && (!g.t[j].sp || len(key) >= 2 || key == "c") {
				return c, j + 1, g.figureStarts(j + 1)
			}
			return currency{}, 0, false
		}
		if t.allCaps || t.capital || t.wd().code { // codes: USD, Rs, rmb
			if c, ok := nrCodes[g.raw(i)]; ok {
				j := i + 1
				if key == "rs" && g.isSym(j, '.') {
					j++
				}
				return c, j, g.figureStarts(j)
			}
		}
		if key == "dollar" || key == "dollars" {
			return cur("USD", "Dollar"), i + 1, g.figureStarts(i+1) && g.tok(i+1).kind == ntNum
		}
	}
	return currency{}, 0, false
}

// figureStarts reports whether a figure can start at token i.
func (g *ngrammar) figureStarts(i int) bool {
	t := g.tok(i)
	if i >= len(g.t) {
		return false
	}
	switch t.kind {
	case ntNum:
		return true
	case ntWord:
		switch t.wd().kind {
		case nwUnit, nwTeen, nwTens, nwA, nwHalf, nwQuarter, nwHundred:
			return true
		}
	}
	return false
}

// suffixCurrency reads a currency written after a figure: dollars, US
// dollars, Finnish markka, USD, €, 元, and "-cent" / "-yen" compounds.
func (g *ngrammar) suffixCurrency(k int) (currency, int, bool) {
	if k >= len(g.t) {
		return currency{}, 0, false
	}
	t := g.tok(k)
	if t.kind == ntSym && t.r == '-' && !t.sp && g.tok(k+1).kind == ntWord && !g.t[k+1].sp {
		if c, ok := g.t[k+1].currency(); ok {
			return c, k + 2, true
		}
		return currency{}, 0, false
	}
	switch t.kind {
	case ntSym:
		if c, ok := currencySign(t.r); ok {
			if g.figureStarts(k+1) && g.tok(k+1).kind == ntNum {
				return currency{}, 0, false // the sign of the next amount
			}
			return c, k + 1, true
		}
	case ntWord:
		if t.mayBeCode() {
			if c, ok := nrCodes[g.raw(k)]; ok {
				return c, k + 1, true
			}
		}
		// two-word names: "australian dollars", "us dollar", "hong kong dollars"
		if n := g.tok(k + 1); k+1 < len(g.t) && n.kind == ntWord && t.wd().pairFirst {
			if c, ok := g.pairCurrency(k); ok {
				return c, k + 2, true
			}
			if k+2 < len(g.t) && g.t[k+2].kind == ntWord {
				key := t.lw() + " " + n.lw() + " " + singular(g.t[k+2].lw())
				if c, ok := nrCurrencyPairs[key]; ok {
					return c, k + 3, true
				}
			}
		}
		if t.lw() == "u" && g.isSym(k+1, '.') && g.lower(k+2) == "s" {
			j := k + 3
			if g.isSym(j, '.') {
				j++
			}
			if w := g.lower(j); w == "dollar" || w == "dollars" {
				return cur("USD", "United States dollar"), j + 1, true
			}
		}
		if c, ok := t.currency(); ok {
			return c, k + 1, true
		}
	}
	return currency{}, 0, false
}

func (g *ngrammar) pairCurrency(k int) (currency, bool) {
	a, b := g.t[k].lw(), g.t[k+1].lw()
	if len(a) > 12 || len(b) > 12 || a == "" || b == "" {
		return currency{}, false
	}
	var buf [32]byte
	n := copy(buf[:], a)
	buf[n] = ' '
	n++
	n += copy(buf[n:], singular(b))
	c, ok := nrCurrencyPairs[string(buf[:n])]
	return c, ok
}

// singular drops a plural s: dollars -> dollar, francs -> franc.
func singular(w string) string {
	if len(w) > 3 && w[len(w)-1] == 's' {
		return w[:len(w)-1]
	}
	return w
}

// ---- figures ----

// figure reads a number at token i: digits, words, or both, with scales,
// fractions and decimals. money tells that a currency was written before
// it, so that "m" after the digits means million.
func (g *ngrammar) figure(i int, money bool) (figure, bool) {
	return g.figureOver(i, money, true)
}

// figureOver is figure; over tells whether "N over M" may be read (not
// inside the M of another one, so that chains stay linear).
func (g *ngrammar) figureOver(i int, money, over bool) (figure, bool) {
	if i >= len(g.t) {
		return figure{}, false
	}
	t := g.tok(i)
	// signs
	switch {
	case t.kind == ntSym && t.r == '-' && g.tok(i+1).kind == ntNum && !g.t[i+1].sp && !g.glued(i):
		f, ok := g.figureOver(i+1, money, over)
		if ok && f.start == i+1 {
			f.val, f.start = -f.val, i
		}
		return f, ok
	case t.kind == ntWord && t.wd().kind == nwNeg:
		if n := g.tok(i + 1); n.kind == ntSym || n.kind == ntWord && n.wd().kind == nwNeg {
			return figure{}, false // one sign only
		}
		f, ok := g.figureOver(i+1, money, over)
		if ok && f.start == i+1 {
			f.val, f.start = -f.val, i
			return f, true
		}
		return figure{}, false
	}
	switch t.kind {
	case ntNum:
		if g.blocked(i) {
			return figure{}, false
		}
	case ntWord:
		switch t.wd().kind {
		case nwUnit, nwTeen, nwTens, nwA, nwHalf, nwQuarter, nwHundred:
		default:
			return figure{}, false
		}
		if g.compound(i) {
			return figure{}, false
		}
	default:
		return figure{}, false
	}
	f, ok := g.fraction(i)
	if !ok {
		var c card
		c, ok = g.card(i, len(g.t), money)
		if !ok {
			return figure{}, false
		}
		f = figure{val: c.val, start: i, end: c.end, sub: c.sub, words: c.words, scale: c.lastScale, digits: !c.words && c.end == i+1}
		if c.plural {
			f.plural = true
		}
		// "one" as a pronoun: "the one you mentioned", "which one".
		if c.words && c.end == i+1 && t.lw() == "one" && g.pronounOne(i) {
			return figure{}, false
		}
		if !money && g.compound(c.end-1) {
			return figure{}, false
		}
		// decimals in words: "two hundred point zero three"
		if c.words && g.word(c.end) == nwPoint {
			if v, e, ok := g.pointDigits(c.end + 1); ok {
				f.val += v * sign(f.val)
				f.end = e
				f.sub = "decimal"
			}
		}
		// mixed numbers: "one and a half", "twenty and three fifths", "3 million and a half"
		if g.word(f.end) == nwAnd && f.sub == "integer" {
			if fr, ok := g.fraction(f.end + 1); ok && fr.sub == "fraction" && fr.val < 1 && g.smallNumerator(f.end+1) {
				s := 1.0
				if c.lastScale > 0 && c.lastScale >= 1e3 && fr.val < 1 {
					s = c.lastScale
				}
				f.val += fr.val * s
				f.end, f.sub, f.words = fr.end, "fraction", true
			}
		}
	}
	// "one over three", "one out of three"
	if over && f.sub != "fraction" && f.sub != "power" {
		if fr, ok := g.overFraction(f); ok {
			f = fr
		}
	}
	// a scale after a fraction: "half a million", "five and a half million", "two thirds of a million"
	if f.sub == "fraction" && f.words {
		j := f.end
		if g.word(j) == nwOf {
			j++
		}
		if g.word(j) == nwA {
			j++
		}
		if w := g.tok(j); j < len(g.t) && w.kind == ntWord && w.wd().kind == nwScale && !w.wd().short {
			f.val *= w.wd().val
			f.end = j + 1
		} else if w.kind == ntWord && w.wd().kind == nwDozen && j == f.end+1 {
			f.val *= 12
			f.end = j + 1
			f.sub = "integer"
		}
	}
	return f, true
}

func sign(v float64) float64 {
	if v < 0 {
		return -1
	}
	return 1
}

// glued reports whether token i touches a letter or digit token before it.
func (g *ngrammar) glued(i int) bool {
	if i == 0 || g.t[i].sp {
		return false
	}
	p := g.t[i-1]
	return p.kind == ntWord || p.kind == ntNum || p.kind == ntIdent
}

// smallNumerator reports whether a fraction's numerator at i is "a", "one"
// or a unit word: the shape of the fraction part of a mixed number.
func (g *ngrammar) smallNumerator(i int) bool {
	switch g.word(i) {
	case nwA, nwUnit, nwHalf, nwQuarter:
		return true
	}
	return false
}

// pronounOne reports whether "one" at i is a pronoun, not a count.
func (g *ngrammar) pronounOne(i int) bool {
	switch g.lower(i - 1) {
	case "the", "that", "this", "which", "each", "every", "any", "no", "another", "some", "no-one", "every-one":
		return true
	}
	switch g.lower(i + 1) {
	case "another":
		return true
	}
	if g.isSym(i+1, '\'') || g.isSym(i+1, '’') {
		return true
	}
	return false
}

// compound reports whether a figure at token i ends a hyphenated adjective
// ("38-year-old", "two-day", "five-star"): a hyphen glued to a word that is
// not a number, currency, scale or unit.
func (g *ngrammar) compound(i int) bool {
	if h := g.tok(i + 1); i+1 >= len(g.t) || h.kind != ntSym || !isHyphen(h.r) || h.sp {
		return false
	}
	n := g.tok(i + 2)
	if i+2 >= len(g.t) || n.sp || n.kind != ntWord {
		return false
	}
	switch n.wd().kind {
	case nwUnit, nwTeen, nwTens, nwHundred, nwScale, nwOrd, nwScaleOrd, nwHalf, nwQuarter, nwDozen:
		return false
	}
	if _, ok := n.currency(); ok || n.lw() == "plus" {
		return false
	}
	if _, ok := g.unit(i + 2); ok {
		return false
	}
	return true
}

// pointDigits reads the digits said after "point": "zero three", "seventy-one".
func (g *ngrammar) pointDigits(j int) (float64, int, bool) {
	var v float64
	nd := 0
	for j < len(g.t) {
		t := g.t[j]
		if t.kind != ntWord {
			break
		}
		switch t.wd().kind {
		case nwUnit:
			v = v*10 + t.wd().val
			nd++
			j++
			continue
		case nwTeen:
			v = v*100 + t.wd().val
			nd += 2
			j++
			continue
		case nwTens:
			d := t.wd().val
			j++
			k := j
			if g.isSym(k, '-') {
				k++
			}
			if g.word(k) == nwUnit && g.t[k].wd().val > 0 {
				d += g.t[k].wd().val
				j = k + 1
			}
			v = v*100 + d
			nd += 2
			continue
		}
		break
	}
	if nd == 0 {
		return 0, 0, false
	}
	return v / pow10(nd), j, true
}

// overFraction reads "N over M" and "N out of M" when M ends the clause.
func (g *ngrammar) overFraction(f figure) (figure, bool) {
	j := f.end
	var out bool
	switch g.word(j) {
	case nwOver:
		j++
	case nwOut:
		if g.word(j+1) != nwOf {
			return figure{}, false
		}
		j += 2
		out = true
	default:
		return figure{}, false
	}
	d, ok := g.figureOver(j, false, false)
	if !ok || d.val == 0 || d.sub == "fraction" || !g.endsClause(d.end) {
		return figure{}, false
	}
	if out && f.val >= d.val {
		return figure{}, false
	}
	return figure{val: f.val / d.val, start: f.start, end: d.end, sub: "fraction", words: true}, true
}

// fraction reads a fraction in words at i: "two thirds", "a half", "one
// hundred thirty fifths", "three twenty-firsts", "a trillionth", "half".
func (g *ngrammar) fraction(i int) (figure, bool) {
	t := g.tok(i)
	if t.kind != ntWord {
		return figure{}, false
	}
	switch t.wd().kind {
	case nwHalf:
		if t.wd().plural {
			return figure{}, false
		}
		return figure{val: 0.5, start: i, end: i + 1, sub: "fraction", words: true}, true
	case nwQuarter:
		// "quarter million" only: a lone "quarter" is a period of time.
		if w := g.tok(i + 1); i+1 < len(g.t) && w.kind == ntWord && w.wd().kind == nwScale && !w.wd().short {
			return figure{val: 0.25, start: i, end: i + 1, sub: "fraction", words: true}, true
		}
		return figure{}, false
	case nwA:
		j := i + 1
		if den, pl, e, ok := g.denominator(j); ok && !pl {
			return figure{val: 1 / den, start: i, end: e, sub: "fraction", words: true}, true
		}
		if g.word(j) == nwQuarter || g.word(j) == nwHalf {
			// "a quarter million"
			if w := g.tok(j + 1); j+1 < len(g.t) && w.kind == ntWord && w.wd().kind == nwScale && !w.wd().short {
				return figure{val: 1 / g.t[j].wd().val, start: i, end: j + 1, sub: "fraction", words: true}, true
			}
		}
	}
	c, ok := g.card(i, len(g.t), false)
	if !ok || !c.words {
		return figure{}, false
	}
	k := c.end
	if g.isSym(k, '-') {
		k++
	}
	den, pl, e, ok := g.denominator(k)
	if !ok {
		return figure{}, false
	}
	num := c.val
	// The denominator may take the last part of the words: "one hundred
	// thirty fifths" is 100/35, "one hundred one thousand fifths" 100/1005.
	if den < 10 && c.segStart > i && !c.segAnd && (c.segKind == nwTens && !c.segCompound || c.segScaled) {
		if n2, ok := g.card(i, c.segStart, false); ok && n2.end == c.segStart {
			seg, _ := g.card(c.segStart, c.end, false)
			num, den = n2.val, seg.val+den
		}
	} else if c.segAnd && c.segKind == nwUnit && c.segStart > i {
		// "one hundred and three quarters": 100 + 3/4
		seg, _ := g.card(c.segStart, c.end, false)
		if num == 1 && pl || num > 1 && !pl && den != 2 {
			return figure{}, false
		}
		whole := num - seg.val
		s := 1.0
		if c.lastScale >= 1e3 && whole == c.lastScale*math.Trunc(whole/c.lastScale) {
			s = c.lastScale // "six million and two thirds"
		}
		return figure{val: whole + seg.val/den*s, start: i, end: e, sub: "fraction", words: true}, true
	}
	if num == 1 && pl && den != 2 || num != 1 && !pl {
		return figure{}, false
	}
	return figure{val: num / den, start: i, end: e, sub: "fraction", words: true}, true
}

// denominator reads an ordinal used as a denominator at i: "fifths",
// "twenty-first", "one hundred fifth", "quarter", "half".
func (g *ngrammar) denominator(i int) (float64, bool, int, bool) {
	t := g.tok(i)
	if i >= len(g.t) || t.kind != ntWord {
		return 0, false, 0, false
	}
	switch t.wd().kind {
	case nwOrd:
		if t.wd().val <= 2 {
			return 0, false, 0, false // "first", "second": not fractions
		}
		return t.wd().val, t.wd().plural, i + 1, true
	case nwScaleOrd, nwQuarter:
		return t.wd().val, t.wd().plural, i + 1, true
	case nwHalf:
		return 2, t.wd().plural, i + 1, true
	case nwTens:
		j := i + 1
		if g.isSym(j, '-') {
			j++
		}
		if w := g.tok(j); j < len(g.t) && w.kind == ntWord && w.wd().kind == nwOrd && w.wd().val < 10 {
			return t.wd().val + w.wd().val, w.wd().plural, j + 1, true
		}
	case nwUnit, nwTeen, nwHundred:
		c, ok := g.card(i, len(g.t), false)
		if !ok || c.val < 100 {
			return 0, false, 0, false
		}
		j := c.end
		if g.word(j) == nwAnd {
			j++
		}
		if w := g.tok(j); j < len(g.t) && w.kind == ntWord && w.wd().kind == nwOrd && w.wd().val < 10 {
			return c.val + w.wd().val, w.wd().plural, j + 1, true
		}
	}
	return 0, false, 0, false
}

// card is a cardinal read from tokens.
type card struct {
	val         float64
	end         int
	sub         string
	words       bool
	plural      bool
	lastScale   float64
	segStart    int    // token where the last number part starts ("thirty" in "one hundred thirty")
	segAnd      bool   // "and" before the last part
	segKind     nwKind // unit, teen, tens (or none for digits)
	segScaled   bool   // the last part has a scale word after it ("one thousand")
	segCompound bool   // the last part is tens and units ("thirty-two")
}

type cardState uint8

const (
	csNone cardState = iota
	csUnit
	csTeen
	csTens
	csTensUnit
	csHundred
	csScale
	csDigit
	csDozen
	csA
	csZero
)

// card reads a cardinal at i, stopping before limit: digits and number
// words with hundreds, scales (thousand .. trillion, lakh, crore, bn, k),
// "and", and dozens.
func (g *ngrammar) card(i, limit int, money bool) (card, bool) {
	var (
		total, group, lastScale, lastAtom float64
		hasHundred, words, andSeen        bool
		st                                = csNone
		best                              card
		ok                                bool
		sub                               = "integer"
		segStart                          = i
		segAnd, segScaled, segCompound    bool
		segKind                           nwKind
	)
	save := func(j int) {
		if st == csA {
			return
		}
		best = card{val: total + group, end: j, sub: sub, words: words, lastScale: lastScale,
			segStart: segStart, segAnd: segAnd, segKind: segKind, segScaled: segScaled, segCompound: segCompound}
		ok = true
	}
	startSeg := func(j int, k nwKind) {
		segStart, segAnd, segKind, segScaled, segCompound = j, andSeen, k, false, false
		andSeen = false
	}
	j := i
loop:
	for j < limit {
		t := &g.t[j]
		if j > i && t.nl {
			break
		}
		switch t.kind {
		case ntNum:
			if j > i && g.blocked(j) {
				break loop
			}
			if t.sub == subFraction && st != csNone {
				// "2 1/4": a whole number and a fraction
				if st == csDigit && t.sp && group == math.Trunc(group) && sub == "integer" && t.val > 0 {
					group += t.val * sign(group)
					sub = "fraction"
					j++
					save(j)
				}
				break loop
			}
			switch {
			case st == csNone:
				group, lastAtom = t.val, t.val
				sub = t.sub.String()
				st = csDigit
				startSeg(j, nwNone)
			case st == csScale && t.val < 1000 && t.simple && g.word(j+1) == nwHundred:
				group, lastAtom = t.val, t.val
				st = csDigit
				startSeg(j, nwNone)
			case st == csHundred && andSeen && t.simple && t.val < 100:
				group += t.val
				lastAtom = t.val
				st = csDigit
				startSeg(j, nwNone)
			default:
				break loop
			}
			j++
			// glued suffixes: 10k, 3.7bn, 10M, 2mil, 1MM, £2.5m
			if n := g.tok(j); j < limit && n.kind == ntWord && !n.sp {
				if s, ok := gluedScale(g.raw(j), money || g.millionNext(j+1)); ok && !g.gluedAfter(j) {
					group *= s
					lastScale = s
					j++
					st = csScale
					if sub != "power" {
						sub = "integer"
						if group != math.Trunc(group) {
							sub = "decimal"
						}
					}
					save(j)
					break loop
				}
			}
			if sub == "power" || sub == "fraction" {
				save(j)
				break loop
			}
			save(j)
			continue
		case ntWord:
		case ntSym:
			if t.r == '-' && (st == csTens) && !g.isSym(j+1, '-') {
				// "fifty-two", "fifty - two"
				if n := g.tok(j + 1); j+1 < limit && n.kind == ntWord && n.wd().kind == nwUnit && n.wd().val > 0 {
					j++
					continue
				}
			}
			break loop
		default:
			break loop
		}
		w := t.wd()
		switch w.kind {
		case nwAnd:
			if st != csHundred && st != csScale {
				break loop
			}
			n := g.tok(j + 1)
			if j+1 >= limit || andSeen {
				break loop
			}
			if n.kind == ntWord && (n.wd().kind == nwUnit && n.wd().val > 0 || n.wd().kind == nwTeen || n.wd().kind == nwTens) ||
				n.kind == ntNum && st == csHundred && n.simple && n.val < 100 && n.val > 0 && g.word(j+2) != nwHundred && g.word(j+2) != nwScale {
				andSeen = true
				j++
				continue
			}
			break loop
		case nwUnit:
			if w.val == 0 {
				if st != csNone {
					break loop
				}
				group, st, words = 0, csZero, true
				startSeg(j, nwUnit)
				j++
				save(j)
				break loop
			}
			switch st {
			case csNone, csHundred, csScale:
				if st == csScale {
					group = 0
				}
				group += w.val
				lastAtom = w.val
				st = csUnit
				startSeg(j, nwUnit)
			case csTens:
				if g.t[j].sp && !g.isSym(j-1, '-') || g.isSym(j-1, '-') {
					group += w.val
					lastAtom += w.val
					st = csTensUnit
					segCompound = true
				}
			default:
				break loop
			}
		case nwTeen:
			switch st {
			case csNone, csHundred, csScale:
				group += w.val
				lastAtom = w.val
				st = csTeen
				startSeg(j, nwTeen)
			default:
				break loop
			}
		case nwTens:
			switch st {
			case csNone, csHundred, csScale:
				group += w.val
				lastAtom = w.val
				st = csTens
				startSeg(j, nwTens)
			default:
				break loop
			}
		case nwHundred:
			if hasHundred || andSeen {
				break loop
			}
			switch st {
			case csNone:
				if j+1 >= limit || g.word(j+1) != nwScale || g.t[j+1].wd().short {
					break loop // "hundred" alone is no figure; "hundred thousand" is
				}
				group = 100
				startSeg(j, nwUnit)
			case csA:
				group = 100
			case csUnit, csTeen, csTens, csTensUnit, csDigit:
				group *= 100
			default:
				break loop
			}
			hasHundred = true
			segScaled = true
			st = csHundred
		case nwScale:
			if andSeen {
				break loop
			}
			if w.short {
				// "5 bn", "2.33 k", "10 bln": only right after digits
				if st != csDigit {
					break loop
				}
			}
			switch {
			case st == csNone || st == csZero:
				break loop
			case st == csScale && group == 0 && w.val > lastScale:
				total *= w.val
			case st == csA:
				group = 1
				fallthrough
			default:
				if group == 0 || lastScale != 0 && w.val >= lastScale {
					break loop
				}
				total += group * w.val
				group = 0
			}
			lastScale = w.val
			hasHundred = false
			segScaled = true
			st = csScale
			if sub == "decimal" && (total) == math.Trunc(total) {
				sub = "integer"
			}
		case nwDozen:
			switch st {
			case csA:
				group = 12
			case csUnit, csTeen, csTens, csTensUnit, csDigit:
				group = group - lastAtom + lastAtom*12
			default:
				break loop
			}
			st = csDozen
			words = true
			j++
			save(j)
			break loop
		case nwA:
			if st != csNone {
				break loop
			}
			n := g.tok(j + 1)
			if j+1 >= limit || n.kind != ntWord || !(n.wd().kind == nwHundred || n.wd().kind == nwScale && !n.wd().short || n.wd().kind == nwDozen && !n.wd().plural) {
				break loop
			}
			st = csA
			startSeg(j, nwUnit)
		case nwNone:
			// spaced upper-case scales after digits: "1,674.5 G", "10 M"
			if st == csDigit && t.sp {
				switch g.raw(j) {
				case "M", "G", "B", "K", "MM":
					s, _ := gluedScale(g.raw(j), true)
					if g.raw(j) == "K" {
						s = 1e3
					}
					group *= s
					lastScale = s
					st = csScale
					j++
					sub = "integer"
					save(j)
				}
			}
			break loop
		default:
			break loop
		}
		if w.kind != nwScale && w.kind != nwHundred || st != csNone {
			words = true
		}
		j++
		save(j)
	}
	if !ok {
		return card{}, false
	}
	if best.end > limit {
		return card{}, false
	}
	// "three hundred thousand" and digits with scales are integers unless the
	// value is not whole.
	if best.sub == "decimal" && best.val == math.Trunc(best.val) && best.lastScale > 0 {
		best.sub = "integer"
	}
	return best, true
}

// millionNext reports whether the word at k makes a glued "m" before it
// read as million rather than metres: "1.5m people", "3m barrels", "2m
// tonnes" (but "a 2m wall", "1.8m tall").
func (g *ngrammar) millionNext(k int) bool {
	t := g.tok(k)
	if k >= len(g.t) || t.kind != ntWord || !t.sp {
		return false
	}
	if _, ok := g.unit(k); ok {
		return true
	}
	if _, ok := t.currency(); ok {
		return true
	}
	// the first word of the token (a run of unread words is one token)
	raw := g.raw(k)
	if e := strings.IndexFunc(raw, func(r rune) bool { return !unicode.IsLetter(r) }); e >= 0 {
		raw = raw[:e]
	}
	switch strings.ToLower(raw) {
	case "people", "persons", "children", "women", "men", "of":
		return true
	}
	// a plural noun: "residents", "voters"
	return len(raw) > 3 && raw[len(raw)-1] == 's' && raw[len(raw)-2] != 's'
}

// gluedAfter reports whether a letter or digit touches the end of token j.
func (g *ngrammar) gluedAfter(j int) bool {
	n := g.tok(j + 1)
	return j+1 < len(g.t) && !n.sp && (n.kind == ntWord || n.kind == ntNum || n.kind == ntIdent)
}

// blocked reports whether the digit literal at i is part of an identifier,
// a code or a name rather than a figure.
func (g *ngrammar) blocked(i int) bool {
	t := &g.t[i]
	if t.kind != ntNum {
		return true
	}
	// glued to letters after it: 8243abc, 4th is handled by the caller
	if n := g.tok(i + 1); i+1 < len(g.t) && !n.sp {
		switch n.kind {
		case ntIdent:
			return true
		case ntWord:
			raw := g.raw(i + 1)
			if _, ok := gluedScale(raw, true); ok {
				break
			}
			if n.mayBeCode() && isCode(raw) {
				break
			}
			l := n.lw()
			if _, ok := g.unit(i + 1); ok {
				break
			}
			if _, ok := n.currency(); ok {
				break
			}
			if l == "st" || l == "nd" || l == "rd" || l == "th" {
				break
			}
			if n.wd().kind == nwPercent || n.wd().kind == nwScale {
				break
			}
			return true
		case ntNum:
			return true
		}
	}
	// glued to letters before it (other than a currency code): handled by
	// the tokeniser; a hyphen joining it to a word: COVID-19, SCP-173.
	if i > 0 && !t.sp {
		p := g.t[i-1]
		switch {
		case p.kind == ntWord:
			if _, ok := nrCodes[g.raw(i-1)]; !ok {
				return true
			}
		case p.kind == ntSym && (isHyphen(p.r)) && i > 1 && !p.sp:
			pp := g.t[i-2]
			if pp.kind == ntWord && pp.wd().kind == nwNone {
				return true
			}
			if pp.kind == ntIdent {
				return true
			}
			if pp.kind == ntNum {
				// 30-40 is a range; 737-800 after a name, or a chain of
				// three (a phone number), is not.
				if g.isSym(i+1, '-') && !g.t[i+1].sp && g.tok(i+2).kind == ntNum {
					return true
				}
				if i > 2 && g.isSym(i-3, '-') && !g.t[i-3].sp && !pp.sp {
					return true
				}
				return g.blocked(i - 2)
			}
		case p.kind == ntSym && p.r == '+':
			return true
		case p.kind == ntSym && (p.r == '#' || p.r == '№' || p.r == '%' || p.r == '=' || p.r == '&' || p.r == '_' || p.r == '@' || p.r == '~' || p.r == '\\'):
			return true
		}
	}
	// the first of a chain of three: 1111-2222-3333
	if g.isSym(i+1, '-') && !g.t[i+1].sp && g.tok(i+2).kind == ntNum && !g.t[i+2].sp &&
		g.isSym(i+3, '-') && !g.t[i+3].sp && g.tok(i+4).kind == ntNum && !g.t[i+4].sp {
		return true
	}
	// clock times: "3 p.m.", "10 am"
	if n := g.tok(i + 1); i+1 < len(g.t) && n.kind == ntWord {
		switch n.lw() {
		case "am", "pm", "a", "p":
			if n.lw() == "am" || n.lw() == "pm" || g.isSym(i+2, '.') && g.lower(i+3) == "m" {
				if n.lw() != "am" || !n.sp || !n.capital && g.raw(i+1) == "am" {
					return true
				}
			}
		case "o":
			if g.isSym(i+2, '\'') || g.isSym(i+2, '’') {
				return true
			}
		}
	}
	// right after a name: Flight 8243, Embraer 190, Boeing 737, ISO 4217;
	// but a scale word after it makes it a quantity, as in a list that
	// leaves the verb out: "France 110 million euros and Spain 25 million"
	return t.simple && g.afterName(i) && !g.scaled(i)
}

// scaled reports whether the number at i is followed by a scale word
// ("25 million", "3 bn"), which no name or model number takes.
func (g *ngrammar) scaled(i int) bool {
	n := g.tok(i + 1)
	return i+1 < len(g.t) && n.kind == ntWord && n.sp && n.wd().kind == nwScale
}

// afterName reports whether the number at i follows a capitalised word
// that names something (not the first word of a sentence, not a month or a
// day, not a currency or number word).
func (g *ngrammar) afterName(i int) bool {
	if i == 0 || !g.t[i].sp || g.t[i].nl {
		return false
	}
	p := g.t[i-1]
	if p.kind != ntWord || !(p.capital || p.inner) || p.end-p.start < 2 {
		return false
	}
	if p.wd().kind != nwNone {
		return false
	}
	if p.mayBeCode() && isCode(g.raw(i-1)) {
		return false
	}
	if _, ok := p.currency(); ok {
		return false
	}
	if calendarWord(p.lw()) {
		return false
	}
	if p.allCaps {
		return true
	}
	// A name before a number is singular (Flight, Section, Boeing); a word
	// in s is a verb or a plural, as in a title-case headline ("Floods
	// Leave 99 Dead", "Crash Kills 38").
	if w := g.raw(i - 1); len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u' {
		return false
	}
	// The first word of a sentence is capitalised anyway: a name only if
	// it is no function word ("In 2023", "About 200", but "Section 230").
	if i-1 == 0 || p.nl {
		return !p.wd().function
	}
	q := g.t[i-2]
	if q.kind == ntSym {
		switch q.r {
		case '.', '!', '?', ':', ';', '"', '“', '”', '(', '[', '—', '–', '\'', '‘', '’', '*', '#', '>':
			return !p.wd().function
		}
	}
	return true
}

// isHyphen reports whether r joins words or numbers: the hyphen-minus, the
// hyphen, the non-breaking hyphen, the figure dash and the en dash.
func isHyphen(r rune) bool {
	return r == '-' || r == '‐' || r == '‑' || r == '‒' || r == '–'
}
