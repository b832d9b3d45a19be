package sources

import (
	"regexp"
	"strings"
	"time"
)

// headerUnits is how far from the top a date line or byline is looked for:
// within the first headerUnits blocks, and before the first real paragraph.
const headerUnits = 12

// proseWords: a paragraph of at least this many words that ends a sentence
// is article prose; it ends the header and stops a teaser or a list of
// related stories.
const proseWords = 12

// teaserWords: the short blocks before a "Read more" that advertise another
// page have at most this many words.
const teaserWords = 30

var bylineRe = regexp.MustCompile(`^(?i:by|written by|words by|reporting by|reported by|story by|text by|author|authors)\s*:?\s+(\p{Lu}.*)$`)

// byline reads "By Robbin Laird" or "Author: Jane Doe | July 15, 2025"
// and returns the author's name.
func byline(t string) (string, bool) {
	t = strings.Trim(t, "*_ ") // Markdown emphasis: "*By Jane Doe*"
	if len(t) > 160 || len(t) < 4 || !bylineStart(t) || words(t) > 16 {
		return "", false
	}
	m := bylineRe.FindStringSubmatch(t)
	if m == nil {
		return "", false
	}
	name := m[1]
	for _, sep := range []string{" | ", " • ", " · ", " — ", " – ", " - ", "|", "•", "·"} {
		if i := strings.Index(name, sep); i > 0 {
			name = name[:i]
		}
	}
	// "By Jane Doe on July 15, 2025", "By Jane Doe, 15 July 2025"
	for _, sep := range []string{" on ", ", "} {
		if i := strings.Index(name, sep); i > 0 {
			if _, _, ok := parseDateLine(name[i+len(sep):]); ok {
				name = name[:i]
			}
		}
	}
	name = strings.TrimSpace(strings.TrimRight(name, " ,;"))
	if endsSentence(name) && !initialEnd(name) {
		return "", false // "By contrast, the ministry said."
	}
	if words(name) > 8 {
		return "", false
	}
	return name, true
}

// bylineStart is a quick test for the first word of a byline.
func bylineStart(t string) bool {
	c := t[0] | 0x20
	if c != 'b' && c != 'w' && c != 'r' && c != 's' && c != 'a' && c != 't' {
		return false
	}
	var buf [8]byte
	l := appendLower(buf[:0], t[:min(len(t), 8)])
	for _, p := range []string{"by", "written", "words", "report", "story", "text", "author"} {
		if len(l) >= len(p) && string(l[:len(p)]) == p {
			return true
		}
	}
	return false
}

// initialEnd reports a name that ends in an initial or "Jr.".
func initialEnd(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	last := name[i+1:]
	return len(last) == 2 && last[1] == '.' || last == "Jr." || last == "Sr."
}

// bylineDate returns a date written after the author in a byline:
// "By Jane Doe | July 15, 2025".
func bylineDate(t string) (time.Time, bool) {
	for _, sep := range []string{"|", "•", "·", " — ", " – ", " - ", " on ", ", "} {
		if i := strings.Index(t, sep); i > 0 {
			if d, abs, ok := parseDateLine(t[i+len(sep):]); ok && abs {
				return d, true
			}
		}
	}
	return time.Time{}, false
}

// classify settles the kind of every unit, fills in the document's title,
// author and publication date from the header, and returns the blocks.
func classify(d *Document, text string, units []unit) {
	for i := range units {
		u := &units[i]
		if u.kind == Furniture {
			continue
		}
		t := text[u.s:u.e]
		if !u.plain && isFurniture(t) {
			u.kind = Furniture
			continue
		}
		if !u.fixed && !u.item && u.alone && titleLike(t) {
			u.kind = Heading
		}
	}
	repeats(text, units)
	header(d, text, units)
	teasers(text, units)
	related(text, units)
	if d.Title == "" {
		for _, u := range units {
			if u.kind == Heading {
				d.Title = oneLine(text[u.s:u.e])
				break
			}
			if u.kind == Paragraph {
				break
			}
		}
	}
	d.Blocks = make([]Block, 0, len(units))
	for _, u := range units {
		if u.s < u.e {
			d.Blocks = append(d.Blocks, Block{Kind: u.kind, Start: u.s, End: u.e})
		}
	}
}

// prose reports a paragraph of article prose.
func prose(text string, u unit) bool {
	t := text[u.s:u.e]
	return u.kind == Paragraph && !u.item && endsSentence(t) && wordsUpTo(t, proseWords) >= proseWords
}

// repeats makes furniture of a block that repeats the one before it (an
// image's alt text and caption, a headline shown twice); a short line that
// is not a sentence goes with its copy.
func repeats(text string, units []unit) {
	for i := 1; i < len(units); i++ {
		a, b := &units[i-1], &units[i]
		if a.e-a.s != b.e-b.s || !sameFold(text[a.s:a.e], text[b.s:b.e]) {
			continue
		}
		b.kind = Furniture
		t := text[a.s:a.e]
		if words(t) <= 20 && !endsSentence(t) {
			a.kind = Furniture
		}
	}
}

// header finds the date line and byline near the top: lines that are only
// a date, "By …" lines, and a list of short items holding one of them
// (" • Jane Doe / • 2 days ago / • 5 min read").
func header(d *Document, text string, units []unit) {
	for i := 0; i < len(units) && i < headerUnits; i++ {
		u := &units[i]
		if prose(text, *u) {
			return
		}
		if u.kind == Furniture || u.fixed && u.kind != Heading {
			continue
		}
		t := text[u.s:u.e]
		if when, abs, ok := parseDateLine(t); ok {
			u.kind = Meta
			if abs && d.Published.IsZero() {
				d.Published = when
			}
			continue
		}
		if name, ok := byline(t); ok {
			u.kind = Meta
			if d.Author == "" {
				d.Author = name
			}
			if when, ok := bylineDate(t); ok && d.Published.IsZero() {
				d.Published = when
			}
			continue
		}
		if u.item {
			bylineList(d, text, units, i)
		}
	}
}

// bylineList makes Meta of a list of short items of which one is a date, a
// byline or furniture: the name in it, if any, is the author.
func bylineList(d *Document, text string, units []unit, i int) {
	a, b := i, i
	for a > 0 && units[a-1].item {
		a--
	}
	for b+1 < len(units) && units[b+1].item {
		b++
	}
	marked, name := false, ""
	for j := a; j <= b; j++ {
		t := text[units[j].s:units[j].e]
		if words(t) > 6 || endsSentence(t) {
			return
		}
		if _, _, ok := parseDateLine(t); ok || units[j].kind == Furniture {
			marked = true
		} else if n, ok := byline(t); ok {
			marked, name = true, n
		} else if name == "" && personName(t) {
			name = t
		}
	}
	if !marked {
		return
	}
	for j := a; j <= b; j++ {
		if units[j].kind != Furniture {
			units[j].kind = Meta
		}
		t := text[units[j].s:units[j].e]
		if when, abs, ok := parseDateLine(t); ok && abs && d.Published.IsZero() {
			d.Published = when
		}
	}
	if d.Author == "" {
		d.Author = name
	}
}

// personName reports two to four capitalised words without digits.
func personName(t string) bool {
	fs := strings.Fields(t)
	if len(fs) < 2 || len(fs) > 4 {
		return false
	}
	for _, w := range fs {
		if w == "" || !(w[0] >= 'A' && w[0] <= 'Z') && w[0] < 0x80 || strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	return true
}

// teasers makes furniture of the short blocks right before a call to action
// ("War Without End / Read More"): a headline and blurb of another page. A
// paragraph of prose stops it: an article cut short by "Read more" is kept.
func teasers(text string, units []unit) {
	for i, u := range units {
		if u.kind != Furniture || !foldedIn(page.calls, text[u.s:u.e]) {
			continue
		}
		for j, n := i-1, 0; j >= 0 && n < 3; j, n = j-1, n+1 {
			v := &units[j]
			if v.kind == Furniture || v.kind == Meta || v.fixed && v.kind != Heading {
				break
			}
			if v.kind == Paragraph && (prose(text, *v) || wordsUpTo(text[v.s:v.e], teaserWords) > teaserWords) {
				break
			}
			v.kind = Furniture
		}
	}
}

// related makes furniture of what follows a "Related posts" heading, up to
// the next paragraph of prose or the heading of one.
func related(text string, units []unit) {
	for i := 0; i < len(units); i++ {
		if units[i].kind != Furniture || !foldedIn(page.related, text[units[i].s:units[i].e]) {
			continue
		}
		for i+1 < len(units) {
			v := &units[i+1]
			if v.kind == Paragraph && (prose(text, *v) || wordsUpTo(text[v.s:v.e], teaserWords) > teaserWords) {
				break
			}
			if v.kind == Heading && i+2 < len(units) && prose(text, units[i+2]) {
				break // the article goes on: a section heading and its prose
			}
			if v.kind != Meta {
				v.kind = Furniture
			}
			i++
		}
	}
}

// oneLine joins the lines of a heading with single spaces.
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
}
