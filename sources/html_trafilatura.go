package sources

import (
	"bytes"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// For the comparison in pages_test.go: which extractor reads HTML, and
// whether claimdiff's own adapter (furniture dropped first, the headline
// put back, metadata read from the page) goes with it.
var (
	useTrafilatura = false
	ownAdapter     = true
)

func parseHTMLTrafilatura(d *Document, data []byte) error {
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return &FileError{Path: d.Path, Err: ErrNoText}
	}
	meta := readMeta(root)
	var metaTexts []string
	if ownAdapter {
		metaTexts = dropFurniture(root)
	}
	res, err := trafilatura.ExtractDocument(root, trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Fast,
	})
	if err != nil || res == nil || res.ContentNode == nil {
		return &FileError{Path: d.Path, Err: ErrNoText}
	}
	w := htmlText{place: newPlacer(data), metaTexts: metaTexts}
	if h := titleHeading(meta, res.ContentNode); h != "" && ownAdapter {
		w.inline.WriteString(h)
		w.pieces = append(w.pieces, len(h))
		w.heading = true
		w.flush()
	}
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
	if ownAdapter {
		metaLines(d, w.metaLines)
		d.Title, d.Author, d.URL, d.Outlet, d.Published = meta.title, meta.author, meta.url, meta.outlet, meta.published
	}
	classify(d, d.Text, w.units)
	for _, b := range d.Blocks {
		if b.Kind.Mined() {
			return nil
		}
	}
	return &FileError{Path: d.Path, Err: ErrNoText}
}
