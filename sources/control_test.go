package sources

import (
	"encoding/binary"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

func TestBlankControls(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"clean text is kept", "38 people died.\r\n\tNext", "38 people died.\r\n\tNext"},
		{"CSI erase line", "a crew of 6\x1b[1A\x1b[2K.", "a crew of 6" + strings.Repeat(" ", 8) + "."},
		{"CSI clear screen and home", "x\x1b[2J\x1b[Hy", "x       y"},
		{"SGR colour", "\x1b[31;1m38\x1b[0m dead", "       38     dead"},
		{"OSC window title, BEL", "\x1b]0;pwned\x07Title", strings.Repeat(" ", 10) + "Title"},
		{"OSC 8 hyperlink keeps its text", "\x1b]8;;http://x.example/\x1b\\link\x1b]8;;\x1b\\ here", strings.Repeat(" ", 24) + "link" + strings.Repeat(" ", 7) + " here"},
		{"unterminated OSC stops at the line end", "a\x1b]0;title\nnext 5", "a         \nnext 5"},
		{"two-byte escapes", "a\x1b7b\x1b(Bc\x1bcd", "a  b   c  d"},
		{"C0 and DEL", "a\x01b\x7fc\x08d", "a b c d"},
		{"8-bit CSI", "a\u009b2Kb", "a\u00a0  b"},
		{"8-bit OSC with ST", "a\u009d0;t\u009cb", "a\u00a0   \u00a0b"},
		{"lone ESC at the end", "a\x1b", "a "},
		{"DCS string", "a\x1bPq#0\x1b\\b", "a" + strings.Repeat(" ", 7) + "b"},
		{"non-ASCII inside an OSC is kept", "\x1b]0;é\x07x", "    é x"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := string(blankControls([]byte(tc.in)))
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			if len(got) != len(tc.in) || utf8.RuneCountInString(got) != utf8.RuneCountInString(tc.in) {
				t.Errorf("length changed: %d bytes %d runes, want %d and %d", len(got), utf8.RuneCountInString(got), len(tc.in), utf8.RuneCountInString(tc.in))
			}
			if s := blankControlsString(tc.in); s != tc.want {
				t.Errorf("string form: got %q, want %q", s, tc.want)
			}
		})
	}
}

// An escape sequence in an article is never mined, and the positions after
// it still point at the file.
func TestParseBlanksEscapes(t *testing.T) {
	src := "---\ntitle: \"Crash \x1b]0;owned\x07report\"\n---\n\nThe ferry sank with a crew of 6\x1b[1A\x1b[2K on board. Officials said 12 died.\n"
	d, err := Parse("a.md", []byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(d.Text, "\x1b\x07") || strings.ContainsAny(d.Title, "\x1b\x07") {
		t.Fatalf("escape left: text %q, title %q", d.Text, d.Title)
	}
	if d.Title != "Crash"+strings.Repeat(" ", 11)+"report" {
		t.Errorf("title: got %q", d.Title)
	}
	i := strings.Index(d.Text, "12")
	if j := strings.Index(src, "12"); i != j {
		t.Errorf("offset of 12: got %d, want the file's %d", i, j)
	}
	if p := d.Position(i); p.Line != 5 || p.Col != 1+utf8.RuneCountInString(src[strings.LastIndex(src[:i], "\n")+1:i]) {
		t.Errorf("position of 12: got %v", p)
	}
}

// UTF-16 with a byte order mark says what it is: it is read, in either
// byte order, with lines and columns that count the file's characters.
func TestParseUTF16(t *testing.T) {
	text := "Ferry sinks\n\nThe ferry sank on Tuesday — 12 people died.\n"
	for _, tc := range []struct {
		name  string
		order binary.AppendByteOrder
		bom   []byte
	}{
		{"little endian", binary.LittleEndian, []byte{0xff, 0xfe}},
		{"big endian", binary.BigEndian, []byte{0xfe, 0xff}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := append([]byte(nil), tc.bom...)
			for _, u := range utf16.Encode([]rune(text)) {
				data = tc.order.AppendUint16(data, u)
			}
			d, err := Parse("a.txt", data, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d.Text != text || d.Raw {
				t.Errorf("got text %q (raw %v), want %q, not raw", d.Text, d.Raw, text)
			}
			if d.Title != "Ferry sinks" {
				t.Errorf("title: got %q", d.Title)
			}
			if p := d.Position(strings.Index(d.Text, "12")); p.Line != 3 || p.Col != 29 {
				t.Errorf("position of 12: got %v, want line 3 col 29", p)
			}
		})
	}
}

// A control character in a front-matter title no longer fails the file.
func TestFrontMatterControlCharacter(t *testing.T) {
	d, err := Parse("a.md", []byte("---\ntitle: Ferry\x01sinks\nauthor: A\x1b[31mB\n---\n\nThe ferry sank; 12 died.\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Ferry sinks" || d.Author != "A     B" {
		t.Errorf("got title %q, author %q", d.Title, d.Author)
	}
}
