package mention

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// qualifierPhrases are the words before a figure that bound it, longest
// first within a first word so that "no more than" wins over "more than"
// (words/qualifier-phrases.txt; see setQualifiers).
var qualifierPhrases []qualifierPhrase

// Qualify widens number, money and percent mentions over the words that
// bound them and sets their Value accordingly: "at least 38" [38, +Inf),
// "more than 240", "nearly 1.5 million", "about $3.7 billion", "up to 40",
// "38 or more", and ranges ("between 30 and 40", "30 to 40", "30-40",
// "$30-40 million") which merge two mentions into one. Dates and ordinals
// pass through unchanged. The mentions must be in text order, with offsets
// into text.
func Qualify(text string, ms []Mention) []Mention {
	return AppendQualified(make([]Mention, 0, len(ms)), text, ms)
}

// AppendQualified appends Qualify(text, ms) to out, so that a caller that
// reads many texts can keep the list's room from one to the next.
func AppendQualified(out []Mention, text string, ms []Mention) []Mention {
	loadNumberTables()
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if !qualifiable(m) {
			out = append(out, m)
			continue
		}
		if i+1 < len(ms) && qualifiable(ms[i+1]) {
			if r, ok := mergeRange(text, m, ms[i+1]); ok {
				out = append(out, r)
				i++
				continue
			}
		}
		out = append(out, qualifyOne(text, m))
	}
	return out
}

func qualifiable(m Mention) bool {
	switch m.Kind {
	case KindNumber, KindMoney, KindPercent, KindCount:
	default:
		return false
	}
	return m.Subtype != "ordinal" && m.Value.Qualifier == Exact && !math.IsNaN(m.Value.Number)
}

// qualifyOne reads the qualifier words around one mention.
func qualifyOne(text string, m Mention) Mention {
	q, start := leftQualifier(text, m.Start)
	end := m.End
	if q == Exact {
		q, end = rightQualifier(text, m.End)
	}
	if q == Exact {
		return m
	}
	m.Start, m.End = start, end
	m.Text = text[start:end]
	m.Value = NewNumber(m.Value.Number, m.Value.Unit, q, 0)
	return m
}

// qualifierEnds lists, by the last word of a phrase, the indexes of the
// qualifier phrases that end in it, in table order: the word before a
// figure rules out the other phrases at once.
var qualifierEnds map[string][]int

// allQualifiers is every index of qualifierPhrases.
var allQualifiers []int

// setQualifiers makes the qualifier tables from the word lists l.
func setQualifiers(l *numberWordLists) {
	qualifierPhrases, overNouns = l.qualifiers, l.overNouns
	qualifierEnds, allQualifiers = map[string][]int{}, nil
	for i, p := range qualifierPhrases {
		last := p.words[len(p.words)-1]
		qualifierEnds[last] = append(qualifierEnds[last], i)
		allQualifiers = append(allQualifiers, i)
	}
}

// qualifiersEndingIn returns the indexes of the phrases that may end in
// the word w: those whose last word it is in any case, or all of them for
// a word with other than ASCII, which folds otherwise ("\u212A" is "k").
func qualifiersEndingIn(w string) []int {
	var buf [16]byte
	if len(w) > len(buf) {
		return nil // longer than any phrase word, even one with letters that fold to ASCII
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return allQualifiers
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return qualifierEnds[string(buf[:len(w)])]
}

// leftQualifier matches a qualifier phrase that ends right before pos,
// returning the qualifier and where the phrase starts.
func leftQualifier(text string, pos int) (Qualifier, int) {
	var buf [3][2]int
	words := prevWords(text, pos, 3, &buf)
	if len(words) == 0 {
		return Exact, pos
	}
	last := words[len(words)-1]
	for _, i := range qualifiersEndingIn(text[last[0]:last[1]]) {
		p := qualifierPhrases[i]
		n := len(p.words)
		if n > len(words) {
			continue
		}
		ok := true
		for k := 0; k < n; k++ {
			w := words[len(words)-n+k]
			if !strings.EqualFold(text[w[0]:w[1]], p.words[k]) {
				ok = false
				break
			}
		}
		if ok {
			start := words[len(words)-n][0]
			if n == 1 && p.words[0] == "over" && prepositionalOver(text, start) {
				return Exact, pos // "the dispute over 38 deaths"
			}
			return p.q, start
		}
	}
	return Exact, pos
}

// overNouns are nouns after which "over" is a preposition, not a bound
// (words/over-nouns.txt).
var overNouns map[string]bool

// prepositionalOver reports whether the "over" at start follows such a noun.
func prepositionalOver(text string, start int) bool {
	var buf [3][2]int
	w := prevWords(text, start, 1, &buf)
	return len(w) == 1 && overNouns[strings.ToLower(text[w[0][0]:w[0][1]])]
}

// rightQualifier matches "or more", "or so", "or fewer", "-plus" and "+"
// right after pos.
func rightQualifier(text string, pos int) (Qualifier, int) {
	var buf [3][2]int
	rest := text[pos:]
	if strings.HasPrefix(rest, "+") && (len(rest) == 1 || !isDigitByte(rest[1])) {
		return AtLeast, pos + 1
	}
	if len(rest) > 5 && strings.EqualFold(rest[:5], "-plus") && !startsLetter(rest[5:]) {
		return AtLeast, pos + 5
	}
	words := nextWords(text, pos, 2, &buf)
	if len(words) < 2 || !strings.EqualFold(text[words[0][0]:words[0][1]], "or") {
		return Exact, pos
	}
	switch strings.ToLower(text[words[1][0]:words[1][1]]) {
	case "more":
		return AtLeast, words[1][1]
	case "so":
		return Approx, words[1][1]
	case "fewer", "less":
		return AtMost, words[1][1]
	}
	return Exact, pos
}

func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// prevWords returns the byte spans of up to n words (letters and dots)
// before pos, in text order, each separated from the next by white space.
func prevWords(text string, pos, n int, buf *[3][2]int) [][2]int {
	out := buf[:0]
	i := pos
	for len(out) < n {
		j := i
		for j > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:j])
			if !unicode.IsSpace(r) {
				break
			}
			j -= size
		}
		if j == i {
			break // glued to what follows: not a separate word
		}
		k := j
		for k > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:k])
			if !unicode.IsLetter(r) && r != '.' {
				break
			}
			k -= size
		}
		if k == j {
			break
		}
		out = append(out, [2]int{k, j})
		i = k
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

// nextWords returns the spans of up to n letter words after pos, separated
// only by white space.
func nextWords(text string, pos, n int, buf *[3][2]int) [][2]int {
	out := buf[:0]
	i := pos
	for len(out) < n {
		j := i
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsSpace(r) {
				break
			}
			j += size
		}
		if j == i {
			break
		}
		k := j
		for k < len(text) {
			r, size := utf8.DecodeRuneInString(text[k:])
			if !unicode.IsLetter(r) {
				break
			}
			k += size
		}
		if k == j {
			break
		}
		out = append(out, [2]int{j, k})
		i = k
	}
	return out
}

// mergeRange joins two mentions that state a range: "30-40", "30 to 40",
// "between 30 and 40", "$30-40 million", "5-6%" ("from 35 to 38" is a
// change: two figures).
func mergeRange(text string, a, b Mention) (Mention, bool) {
	var buf [3][2]int
	if a.End > b.Start {
		return Mention{}, false
	}
	gap := strings.TrimFunc(text[a.End:b.Start], unicode.IsSpace)
	start := a.Start
	switch gap {
	case "-", "‐", "‑", "‒", "–", "—", "to":
		// "rose from 35 to 38" is a change, two figures, not a range; so is
		// "edged up by $35 billion to $3.05 trillion", a change and a level
		words := prevWords(text, a.Start, 1, &buf)
		if len(words) == 1 && (strings.EqualFold(text[words[0][0]:words[0][1]], "from") || strings.EqualFold(text[words[0][0]:words[0][1]], "by")) {
			return Mention{}, false
		}
	case "and":
		words := prevWords(text, a.Start, 1, &buf)
		if len(words) != 1 || !strings.EqualFold(text[words[0][0]:words[0][1]], "between") {
			return Mention{}, false
		}
		start = words[0][0]
	default:
		return Mention{}, false
	}
	kind, unit := b.Kind, b.Value.Unit
	switch {
	case a.Kind == b.Kind && a.Value.Unit == b.Value.Unit:
	case a.Kind == KindNumber && a.Value.Unit == "" && (b.Kind == KindMoney || b.Kind == KindPercent || b.Value.Unit != ""):
	case a.Kind == KindMoney && b.Kind == KindNumber && b.Value.Unit == "":
		kind, unit = KindMoney, a.Value.Unit
	default:
		return Mention{}, false
	}
	lo, hi := a.Value.Number, b.Value.Number
	// "30-40 million": the low end takes the high end's scale.
	if hi >= 1000*lo && lo > 0 && strings.IndexFunc(b.Text, unicode.IsLetter) >= 0 && !strings.ContainsAny(a.Text, ",.") {
		for _, s := range []float64{1e12, 1e9, 1e7, 1e6, 1e5, 1e3} {
			if bare := hi / s; bare >= lo && bare < 1000 {
				lo = tidy(lo * s)
				break
			}
		}
	}
	if lo > hi || lo < 0 {
		return Mention{}, false
	}
	m := Mention{Kind: kind, Start: start, End: b.End, Text: text[start:b.End], Subtype: b.Subtype}
	m.Value = NewNumber(lo, unit, Range, hi)
	return m, true
}
