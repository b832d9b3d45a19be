package sources

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// Positions in an HTML page's text are places in the file: the line and
// column (in characters) where the character is written, an entity's
// where its '&' is.
func TestHTMLPosition(t *testing.T) {
	tests := []struct {
		file, text, want string
	}{
		{"bridge.html", "A cargo ship lost power", "bridge.html:30:6"},
		{"bridge.html", "Warning before the crash", "bridge.html:32:7"},
		{"bridge.html", "The port handled", "bridge.html:34:69"},
		{"quake.html", "metres reached", "quake.html:15:166"},      // after "1.2&nbsp;"
		{"pages/budget.html", "no room left", "budget.html:51:80"}, // after "&ldquo;"
		{"pages/budget.html", "€60 million", "budget.html:51:146"}, // columns count characters
		{"pages/election.html", "41,207", "election.html:31:32"},   // a table cell
		{"pages/reservoir.html", "£1,000", "reservoir.html:32:54"}, // "&pound;"
		{"pages/reservoir.html", "1,000, although", "reservoir.html:32:61"},
	}
	for _, tt := range tests {
		t.Run(tt.file+"/"+tt.text, func(t *testing.T) {
			d := parseFile(t, tt.file, Options{})
			i := strings.Index(d.Text, tt.text)
			if i < 0 {
				t.Fatalf("%q is not in the text", tt.text)
			}
			p := d.Position(i)
			p.Path = filepath.Base(p.Path)
			if got := p.String(); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// Pages cut short or written loosely are placed all the same.
func TestHTMLPositionMarkup(t *testing.T) {
	const para = "<p>The <b>river</b> rose by <a href=\"#\">4 metres</a> overnight, and the council opened 3 shelters for 212 families from the lower town.</p>\n"
	tests := []struct {
		name, page, text, want string
	}{
		{"inline tags", "<html><body>\n" + para, "4 metres", "x.html:2:41"},
		{"no end of head", "<html><head><title>River rises</title>\n<body>\n" + para, "3 shelters", "x.html:3:88"},
		{"self-closing script", "<html><head><script src=\"a.js\"/></script></head><body>\n" + para, "212 families", "x.html:2:103"},
		{"the same words in the menu", "<html><body><nav><a>212 families</a></nav>\n<main>\n" + para + "</main>", "212 families", "x.html:3:103"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("x.html", []byte(tt.page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			i := strings.Index(d.Text, tt.text)
			if i < 0 {
				t.Fatalf("%q is not in the text %q", tt.text, d.Text)
			}
			if got := d.Position(i).String(); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// Every sentence of every page starts where its first character is
// written in the file.
func TestHTMLPositionsInFile(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	pages, _ := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	for _, f := range append(files, pages...) {
		name, _ := filepath.Rel("testdata", f)
		t.Run(name, func(t *testing.T) {
			d := parseFile(t, name, Options{})
			lines := strings.Split(string(readFixture(t, name)), "\n")
			for _, s := range d.Sentences {
				p := d.Position(s.Start)
				line := lines[p.Line-1]
				i := 0
				for c := 1; c < p.Col; c++ {
					_, n := utf8.DecodeRuneInString(line[i:])
					i += n
				}
				r, _ := utf8.DecodeRuneInString(d.Text[s.Start:])
				if f, _ := utf8.DecodeRuneInString(line[i:]); f != r && f != '&' {
					t.Errorf("sentence %q at %v: the file has %q there", d.Text[s.Start:s.End], p, line[i:])
				}
			}
		})
	}
}

// A block that is not in the page (the extractor wrote it) is placed
// where the page was read up to: after the block before it.
func TestPlaceUnfound(t *testing.T) {
	page := "<p>First block.</p>\n<p>Second\nblock.</p>\n"
	pl := newPlacer([]byte(page))
	text := "First block.\n\nNot in the page.\n\nSecond block."
	for _, b := range []struct{ s, t string }{{"First block.", "First block."}, {"Not in the page.", "Not in the page."}, {"Second block.", "Second\nblock."}} {
		pl.place(strings.Index(text, b.s), b.s, b.t, []int{len(b.t)})
	}
	d := &Document{Path: "x.html", Text: text, anchors: pl.anchors}
	tests := []struct{ text, want string }{
		{"First", "x.html:1:4"},
		{"block.\n", "x.html:1:10"},
		{"Not in", "x.html:1:16"},
		{"page.", "x.html:1:16"},
		{"Second", "x.html:2:4"},
		{"block.", "x.html:3:1"},
	}
	for _, tt := range tests {
		i := strings.LastIndex(text, tt.text)
		if tt.text == "block.\n" {
			i = strings.Index(text, tt.text)
		}
		if got := d.Position(i).String(); got != tt.want {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
		}
	}
}

// After maxMisses failed searches the blocks left are placed without one,
// so that a page made of text that is not in it costs no more than a
// search per block up to then.
func TestPlaceGivesUp(t *testing.T) {
	pl := newPlacer([]byte("<p>Only this is in the page.</p>"))
	var text strings.Builder
	for i := range 3 * maxMisses {
		s := text.Len()
		b := "Block " + strings.Repeat("x", i) + " is not there."
		text.WriteString(b + "\n\n")
		pl.place(s, b, b, []int{len(b)})
	}
	if pl.misses != maxMisses {
		t.Errorf("misses: got %d, want %d", pl.misses, maxMisses)
	}
	if got, want := len(pl.anchors), 3*maxMisses; got != want {
		t.Errorf("anchors: got %d, want %d (one for each block)", got, want)
	}
}
