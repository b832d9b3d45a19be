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
		{"quake.html", "metres reached", "quake.html:15:166"}, // after "1.2&nbsp;"
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
