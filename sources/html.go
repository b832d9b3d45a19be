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
// or table row, blocks joined by blank lines.
func parseHTML(d *Document, data []byte) error {
	res, err := trafilatura.Extract(bytes.NewReader(data), trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Fast,
	})
	if err != nil || res == nil || res.ContentNode == nil {
		return &FileError{Path: d.Path, Err: ErrNoText}
	}
	var w htmlText
	w.walk(res.ContentNode)
	w.flush()
	if len(w.units) == 0 {
		return &FileError{Path: d.Path, Err: ErrNoText}
	}
	d.Text, d.Raw = w.b.String(), false
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
	heading bool
	item    bool
}

// blockTags start a block of their own.
var blockTags = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "main": true, "body": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"ul": true, "ol": true, "li": true, "dl": true, "dt": true, "dd": true,
	"blockquote": true, "pre": true, "table": true, "thead": true, "tbody": true, "tfoot": true,
	"tr": true, "figure": true, "figcaption": true, "header": true, "footer": true, "aside": true,
	"hr": true, "br": false, "head": true, "html": true, "details": true, "summary": true,
}

func (w *htmlText) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.inline.WriteString(n.Data)
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
			heading := len(tag) == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6'
			if heading {
				w.heading = true
			}
			if tag == "li" || tag == "dd" || tag == "dt" {
				w.item = true
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				w.walk(c)
			}
			if tag == "td" || tag == "th" {
				w.inline.WriteByte(' ')
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
	t := oneLine(w.inline.String())
	w.inline.Reset()
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
	u := unit{kind: Paragraph, s: s, e: w.b.Len(), item: item, alone: true}
	if heading {
		u.kind, u.fixed = Heading, true
	}
	w.units = append(w.units, u)
}
