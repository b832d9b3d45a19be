package sources

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// An HTML page is parsed once; its head and markup are read for the
// article's metadata (htmlmeta.go), then go-readability, a port of
// Firefox's Reader View, picks the article out of the page: it drops
// navigation, share bars, related links, footers and comments. Its tree is
// walked here to lay the article out as text: one block per paragraph,
// heading, list item, quote or table row, blocks joined by blank lines.
// Each block is then found in the page's own text, so that positions point
// at the file (htmlpos.go).
func parseHTML(d *Document, data []byte) error {
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return &FileError{Path: d.Path, Err: ErrNoText}
	}
	meta := readMeta(root)
	d.Title, d.Author, d.URL, d.Outlet, d.Published = meta.title, meta.author, meta.url, meta.outlet, meta.published
	metaTexts := dropFurniture(root)
	p := readability.NewParser()
	art, err := p.ParseAndMutate(root, nil)
	if err != nil || art.Node == nil {
		return &FileError{Path: d.Path, Err: ErrNoText}
	}
	w := htmlText{place: newPlacer(data), metaTexts: metaTexts}
	if h := titleHeading(meta, art.Node); h != "" {
		w.inline.WriteString(h)
		w.pieces = append(w.pieces, len(h))
		w.heading = true
		w.flush()
	}
	w.walk(art.Node)
	w.flush()
	if len(w.units) == 0 {
		return &FileError{Path: d.Path, Err: ErrNoText}
	}
	d.Text, d.Raw, d.anchors = w.b.String(), false, w.place.anchors
	metaLines(d, append(w.metaLines, oneLine(art.Byline())))
	classify(d, d.Text, w.units)
	for _, b := range d.Blocks {
		if b.Kind.Mined() {
			return nil
		}
	}
	return &FileError{Path: d.Path, Err: ErrNoText}
}

// metaLines reads the author and date from bylines and date lines
// ("Grace Moana · September 16, 2023", "By Jane Doe | 3 min read") when
// the page's metadata lacks them.
func metaLines(d *Document, lines []string) {
	for _, l := range lines {
		for _, part := range splitMetaLine(l) {
			if when, abs, ok := parseDateLine(part); ok && abs && d.Published.IsZero() {
				d.Published = when
			} else if name, ok := byline(part); ok && d.Author == "" {
				d.Author = name
			}
		}
	}
	if d.Author == "" && len(lines) > 0 {
		for _, part := range splitMetaLine(lines[0]) {
			if personName(part) {
				d.Author = part
				break
			}
		}
	}
}

// splitMetaLine cuts a byline or date line at the separators between its
// parts.
func splitMetaLine(l string) []string {
	parts := []string{l}
	for _, sep := range []string{" · ", " | ", " • ", " — ", " – ", " - "} {
		var next []string
		for _, p := range parts {
			for _, q := range strings.Split(p, sep) {
				if q = strings.TrimSpace(q); q != "" {
					next = append(next, q)
				}
			}
		}
		parts = next
	}
	return parts
}

// titleHeading is the page's headline when the extractor left it out of
// the article (Reader View drops a heading that repeats the title): the
// first <h1> that reads as the title, or "" when the article has it.
func titleHeading(meta pageMeta, article *html.Node) string {
	first := ""
	if n := firstText(article); n != nil && n.Parent != nil {
		first = oneLine(textOf(n.Parent))
	}
	for _, h := range meta.h1 {
		if sameTitle(meta.title, h) {
			if strings.EqualFold(first, h) {
				return ""
			}
			return h
		}
	}
	return ""
}

// firstText is the first text node under n that is not blank.
func firstText(n *html.Node) *html.Node {
	if n.Type == html.TextNode && strings.TrimSpace(n.Data) != "" {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if t := firstText(c); t != nil {
			return t
		}
	}
	return nil
}

// sameTitle reports a heading that repeats the title, as Reader View
// judges it: the words of the heading that the title lacks make up less
// than a quarter of the heading's letters ("Flood hits town" and "Flood
// hits the town: what we know").
func sameTitle(title, heading string) bool {
	words := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	in := setOf(words(title)...)
	all, lacked := 0, 0
	for _, w := range words(heading) {
		all += utf8.RuneCountInString(w)
		if !in[w] {
			lacked += utf8.RuneCountInString(w)
		}
	}
	return all > 0 && 4*lacked < all
}

// htmlText lays out the extracted tree as text.
type htmlText struct {
	b       strings.Builder
	units   []unit
	inline  strings.Builder // text of the block being read
	pieces  []int           // end in inline of each text node's part
	heading bool
	item    bool
	// metaTexts are the bylines and date lines of the page (see
	// dropFurniture): a block that is one of them, or a part, is Meta
	metaTexts []string
	// metaLines are the blocks found to be bylines and date lines, for the
	// author and date when the page's metadata lacks them
	metaLines []string
	place     *placer
}

// blockTags start a block of their own. Tags are matched by name, not
// atom: Reader View renames elements ("div" to "p") without their atom.
var blockTags = setOf(
	"p", "div", "section", "article", "main", "body",
	"h1", "h2", "h3", "h4", "h5", "h6",
	"ul", "ol", "li", "dl", "dt", "dd",
	"blockquote", "pre", "table", "thead", "tbody", "tfoot",
	"tr", "figure", "figcaption", "header", "footer", "aside",
	"hr", "head", "html", "details", "summary",
)

func (w *htmlText) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.inline.WriteString(n.Data)
		w.pieces = append(w.pieces, w.inline.Len())
		return
	case html.ElementNode:
		tag := n.Data
		switch tag {
		case "script", "style", "noscript", "template", "img", "svg", "iframe", "noembed", "noframes", "textarea":
			return
		case "br":
			w.inline.WriteByte(' ')
			return
		}
		if blockTags[tag] {
			w.flush()
			switch tag {
			case "h1", "h2", "h3", "h4", "h5", "h6":
				w.heading = true
			case "li", "dd", "dt":
				w.item = true
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				w.walk(c)
			}
			w.flush()
			return
		}
		if tag == "td" || tag == "th" {
			defer w.inline.WriteString(" ")
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
}

// isMeta reports a block that is a byline or date line, or a part of one.
func (w *htmlText) isMeta(t string) bool {
	for _, m := range w.metaTexts {
		if strings.Contains(m, t) {
			return true
		}
	}
	return false
}

// flush ends the block being read.
func (w *htmlText) flush() {
	inline := w.inline.String()
	t := oneLine(inline)
	pieces := w.pieces
	w.inline.Reset()
	w.pieces = w.pieces[:0]
	heading, item := w.heading, w.item
	w.heading, w.item = false, false
	if t == "" {
		return
	}
	if w.b.Len() > 0 {
		w.b.WriteString("\n\n")
	}
	s := w.b.Len()
	w.b.WriteString(t)
	if w.place != nil {
		w.place.place(s, t, inline, pieces)
	}
	u := unit{kind: Paragraph, s: s, e: w.b.Len(), item: item, alone: true}
	switch {
	case w.isMeta(t):
		u.kind, u.fixed = Meta, true
		w.metaLines = append(w.metaLines, t)
	case heading:
		u.kind, u.fixed = Heading, true
	}
	w.units = append(w.units, u)
}
