package sources

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A unit is a block being built: its span, the lines it came from and what
// the line reader knew of it.
type unit struct {
	kind  BlockKind
	s, e  int  // trimmed span of Text
	alone bool // a single line with blank lines (or the file's edges) around it
	item  bool // a list item
	fixed bool // kind settled by syntax (Markdown heading, code fence)
	plain bool // known not to be furniture
}

// A line of the text: [s, e) without its line break, [ts, te) trimmed.
type line struct{ s, e, ts, te int }

// splitLines appends to out the lines of text[from:], cut at "\n", a "\r"
// before it dropped. It also returns how many are not blank. out is a
// parse's scratch list, of room enough once a few texts have been read:
// it is not sized beforehand, which would take a pass over the text.
func splitLines(out []line, text string, from int) ([]line, int) {
	filled := 0
	s := from
	for s <= len(text) {
		i := strings.IndexByte(text[s:], '\n')
		e := len(text)
		if i >= 0 {
			e = s + i
		}
		ce := e
		if ce > s && text[ce-1] == '\r' {
			ce--
		}
		ts, te := trim(text, s, ce)
		out = append(out, line{s, ce, ts, te})
		if ts < te {
			filled++
		}
		if i < 0 {
			break
		}
		s = e + 1
	}
	return out, filled
}

// wrap limits: a run of lines is hard-wrapped when every line but the last
// is at most wrapMax characters long and at least wrapMin unless it ends a
// sentence; otherwise each line is a paragraph of its own (one paragraph per
// line, as web pages saved as text are laid out). Inside a hard-wrapped run
// a paragraph ends after a line that ends a sentence well short of the
// longest line.
const (
	wrapMin = 40
	wrapMax = 120
)

// readBlocks appends to units the blocks of plain text or Markdown read
// from text[from:]. Its lists of lines are kept in sc.
func readBlocks(sc *scratch, units []unit, text string, from int, markdown bool) []unit {
	lines, filled := splitLines(sc.lines[:0], text, from)
	// a unit holds one line or more: room for all at once
	units = slices.Grow(units, filled)
	run, sub := sc.run[:0], sc.sub[:0] // consecutive prose lines; a scratch list
	flush := func() {
		units, sub = proseUnits(units, sub, text, run)
		run = run[:0]
	}
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if l.ts == l.te {
			flush()
			continue
		}
		t := text[l.ts:l.te]
		if markdown {
			if fence := codeFence(t); fence != "" {
				flush()
				j := i + 1
				for j < len(lines) && !strings.HasPrefix(text[lines[j].ts:lines[j].te], fence) {
					j++
				}
				if j == len(lines) {
					j--
				}
				units = append(units, unit{kind: Furniture, s: l.ts, e: lines[j].te, fixed: true})
				i = j
				continue
			}
			if n := atxLevel(t); n > 0 {
				flush()
				s, e := atxText(text, l)
				if s < e {
					units = append(units, unit{kind: Heading, s: s, e: e, alone: true, fixed: true})
				}
				continue
			}
			if setext(t) && len(run) == 1 {
				h := run[0]
				run = run[:0]
				units = append(units, unit{kind: Heading, s: h.ts, e: h.te, alone: true, fixed: true})
				continue
			}
			if strings.HasPrefix(t, "![") || strings.HasPrefix(t, "<!--") || strings.HasPrefix(t, "[![") {
				flush()
				units = append(units, unit{kind: Furniture, s: l.ts, e: l.te, fixed: true})
				continue
			}
			if strings.HasPrefix(t, "|") {
				flush()
				if !tableRule(t) {
					s, e := trim(text, l.ts+1, l.te)
					if s < e {
						units = append(units, unit{kind: Paragraph, s: s, e: e, fixed: true})
					}
				}
				continue
			}
			if t[0] == '>' {
				// a quotation: read as prose, the marker left out of the span
				s, _ := trim(text, l.ts+1, l.te)
				l.ts = s
				if l.ts == l.te {
					continue
				}
				t = text[l.ts:l.te]
			}
		}
		if thematicBreak(t) {
			flush()
			continue
		}
		if n := bulletLen(t); n > 0 {
			flush()
			s, _ := trim(text, l.ts+n, l.te)
			e := l.te
			// indented lines that follow continue the item
			for i+1 < len(lines) {
				nl := lines[i+1]
				if nl.ts == nl.te || nl.ts == nl.s || bulletLen(text[nl.ts:nl.te]) > 0 {
					break
				}
				e = nl.te
				i++
			}
			units = append(units, unit{kind: Paragraph, s: s, e: e, item: true})
			continue
		}
		run = append(run, l)
	}
	flush()
	sc.lines, sc.run, sc.sub = lines, run, sub
	return units
}

// proseUnits appends to out the paragraphs of a run of prose lines; sub is
// scratch space, returned for reuse.
func proseUnits(out []unit, sub []line, text string, run []line) ([]unit, []line) {
	if len(run) == 0 {
		return out, sub
	}
	if len(run) == 1 {
		return append(out, unit{kind: Paragraph, s: run[0].ts, e: run[0].te, alone: true}), sub
	}
	// Lines that stand for themselves even inside a run: furniture, a date
	// line, a byline, a line repeated.
	sub = sub[:0]
	for i, l := range run {
		t := text[l.ts:l.te]
		furniture := isFurniture(t)
		if furniture || special(t) || i > 0 && sameLine(text, run[i-1], l) || i+1 < len(run) && sameLine(text, l, run[i+1]) {
			out = wrapped(out, text, sub)
			sub = sub[:0]
			u := unit{kind: Paragraph, s: l.ts, e: l.te, plain: !furniture}
			if furniture {
				u.kind = Furniture
			}
			out = append(out, u)
			continue
		}
		sub = append(sub, l)
	}
	return wrapped(out, text, sub), sub
}

// special reports a short line that is its own block wherever it stands:
// a date line or a byline.
func special(t string) bool {
	if len(t) > 200 {
		return false
	}
	if _, _, ok := parseDateLine(t); ok {
		return true
	}
	_, ok := byline(t)
	return ok
}

func sameLine(text string, a, b line) bool {
	return a.te-a.ts == b.te-b.ts && text[a.ts:a.te] == text[b.ts:b.te]
}

// wrapped appends one paragraph of hard-wrapped lines, or one per line.
func wrapped(out []unit, text string, run []line) []unit {
	if len(run) == 0 {
		return out
	}
	hard := len(run) > 1
	longest := 0
	// longest matters only for a hard-wrapped run: the characters of the
	// lines are counted until one says the run is not
	for i := 0; hard && i < len(run); i++ {
		l := run[i]
		n := l.te - l.ts // bytes: as many as the characters, or more
		if n > wrapMin {
			n = utf8.RuneCountInString(text[l.ts:l.te])
		}
		if n > longest {
			longest = n
		}
		if i < len(run)-1 && (n > wrapMax || n < wrapMin && !endsSentence(text[l.ts:l.te])) {
			hard = false
		}
	}
	if !hard {
		for _, l := range run {
			out = append(out, unit{kind: Paragraph, s: l.ts, e: l.te, plain: true})
		}
		return out
	}
	// A paragraph ends inside the run after a short line that ends a sentence.
	s := run[0].ts
	for i, l := range run {
		last := i == len(run)-1
		if last || endsSentence(text[l.ts:l.te]) && utf8.RuneCountInString(text[l.ts:l.te])*10 < longest*7 {
			out = append(out, unit{kind: Paragraph, s: s, e: l.te})
			if !last {
				s = run[i+1].ts
			}
		}
	}
	return out
}

// codeFence returns the fence that opens a Markdown code block, or "".
func codeFence(t string) string {
	for _, f := range []string{"```", "~~~"} {
		if strings.HasPrefix(t, f) {
			return f
		}
	}
	return ""
}

// atxLevel returns the level of a Markdown "#" heading, or 0.
func atxLevel(t string) int {
	n := 0
	for n < len(t) && t[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n < len(t) && t[n] != ' ' && t[n] != '\t' {
		return 0
	}
	return n
}

// atxText is the span of a "#" heading's text, without the markers.
func atxText(text string, l line) (int, int) {
	s := l.ts
	for s < l.te && text[s] == '#' {
		s++
	}
	e := l.te
	for e > s && text[e-1] == '#' {
		e--
	}
	if e < l.te && e > s && text[e-1] != ' ' && text[e-1] != '\t' {
		e = l.te // "# C#" keeps its last '#'
	}
	return trim(text, s, e)
}

// setext reports a Markdown heading underline: "===" or "---".
func setext(t string) bool {
	if len(t) < 2 {
		return false
	}
	c := t[0]
	if c != '=' && c != '-' {
		return false
	}
	return strings.TrimRight(t, string(c)+" \t") == ""
}

// thematicBreak reports a line of three or more "-", "*" or "_".
func thematicBreak(t string) bool {
	if len(t) < 3 {
		return false
	}
	c := t[0]
	if c != '-' && c != '*' && c != '_' {
		return false
	}
	n := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case c:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// tableRule reports a Markdown table's header rule: "|---|:--:|".
func tableRule(t string) bool {
	return strings.Trim(t, "|-: \t") == "" && strings.Contains(t, "-")
}

// bulletLen returns the length of a list marker at the start of t ("- ",
// "• ", "12. ") and the white space after it, or 0.
func bulletLen(t string) int {
	r, n := utf8.DecodeRuneInString(t)
	switch r {
	case '-', '*', '+', '•', '·', '▪', '‣', '◦', '●', '○', '■', '□', '–', '—':
	default:
		i := 0
		for i < len(t) && i < 3 && t[i] >= '0' && t[i] <= '9' {
			i++
		}
		if i == 0 || i >= len(t) || t[i] != '.' && t[i] != ')' {
			return 0
		}
		n = i + 1
	}
	if n >= len(t) {
		return 0
	}
	r2, m := utf8.DecodeRuneInString(t[n:])
	if !isSpace(r2) {
		return 0
	}
	return n + m
}

// titleLike reports a short line that reads as a heading: no sentence-final
// punctuation, not starting in lower case.
func titleLike(t string) bool {
	if len(t) > 200 || endsSentence(t) || strings.HasSuffix(t, ",") || wordsUpTo(t, 20) > 20 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return !unicode.IsLower(r)
}
