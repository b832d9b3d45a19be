package sources

import (
	"bytes"
	"strings"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// HTML pages go through go-trafilatura, a port of the Python trafilatura
// article extractor: it drops navigation, share bars, footers and comments,
// and reads the title, site name, author, address and publication date from
// the page's own metadata (<meta property="article:published_time">,
// OpenGraph, JSON-LD). Its cleaned tree is walked here only to lay the
// article out as text: one block per paragraph, heading, list item, quote
// or table row, blocks joined by blank lines. Each block is then found in
// the page's own text, so that positions point at the file (htmlpos.go).
func parseHTML(d *Document, data []byte) error {
	res, err := trafilatura.Extract(bytes.NewReader(data), trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Fast,
	})
	if err != nil || res == nil || res.ContentNode == nil {
		return &FileError{Path: d.Path, Err: ErrNoText}
	}
	w := htmlText{place: newPlacer(data)}
	w.walk(res.ContentNode)
	w.flush()
	if len(w.units) == 0 {
		return &FileError{Path: d.Path, Err: ErrNoText}
	}
	d.Text, d.Raw, d.anchors = w.b.String(), false, w.place.anchors
	m := res.Metadata
	d.Title, d.Author, d.URL = oneLine(m.Title), oneLine(m.Author), m.URL
	d.Outlet = oneLine(m.Sitename)
	if d.Outlet == "" {
		d.Outlet = m.Hostname
	}
	if !m.Date.IsZero() {
		y, mo, day := m.Date.Date()
		d.Published = time.Date(y, mo, day, 0, 0, 0, 0, time.UTC)
	}
	classify(d, d.Text, w.units)
	for _, b := range d.Blocks {
		if b.Kind.Mined() {
			return nil
		}
	}
	return &FileError{Path: d.Path, Err: ErrNoText}
}

// htmlText lays out the extracted tree as text.
type htmlText struct {
	b       strings.Builder
	units   []unit
	inline  strings.Builder // text of the block being read
	pieces  []int           // end in inline of each text node's part
	heading bool
	item    bool
	place   *placer
}

// blockTags start a block of their own.
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
		case "script", "style", "noscript", "template", "img", "svg":
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
	if heading {
		u.kind, u.fixed = Heading, true
	}
	w.units = append(w.units, u)
}
