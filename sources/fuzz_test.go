package sources

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*"))
	pages, _ := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	for _, p := range append(files, pages...) {
		if info, err := os.Stat(p); err == nil && info.IsDir() {
			continue // testdata/fuzz: the corpora; testdata/pages, read above
		}
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, uint8(0))
		f.Add(data, uint8(1))
	}
	for _, s := range []string{
		"\ufeffTitle\r\n\r\nBy A. B\r\n07/15/2025\r\nThe toll rose to 38. It was\u00a0late.\r\n",
		"---\ntitle: x\n---\n# H\n\n- a\n- b\n\n```\nx\n```\n",
		"a\n===\n\n> q. r.\n|a|b|\n|-|-|\n",
		"Read More\n\nComments\n\nRelated posts\n\nX\n",
		"x... y\u2026 Z. Mr. A. \u201cB.\u201d C? d! E",
	} {
		f.Add([]byte(s), uint8(0))
		f.Add([]byte(s), uint8(1))
	}
	exts := []string{".txt", ".md", ".html"}
	if os.Getenv("FUZZ_NO_HTML") != "" {
		exts = exts[:2]
	}
	f.Fuzz(func(t *testing.T, data []byte, format uint8) {
		path := "f" + exts[int(format)%len(exts)]
		d, err := Parse(path, data, Options{})
		if err != nil {
			return
		}
		text := d.Text
		if d.Raw && text != string(blankControls(data)) {
			t.Fatalf("Raw text is not the file's bytes")
		}
		if len(data) > 0 && d.Raw && len(text) != len(data) {
			t.Fatalf("Raw text has %d bytes, the file %d", len(text), len(data))
		}
		if d.Raw && utf8.RuneCountInString(text) != utf8.RuneCount(data) {
			t.Fatalf("blanking changed the number of characters: columns would move")
		}
		if i := firstControl([]byte(text)); i >= 0 {
			t.Fatalf("control byte %#x left in the text at %d", text[i], i)
		}
		for _, s := range []string{d.Title, d.Outlet, d.Author, d.URL} {
			if firstControl([]byte(s)) >= 0 {
				t.Fatalf("control byte left in metadata %q", s)
			}
		}
		onRune := func(i int) bool { return i == len(text) || utf8.RuneStart(text[i]) }
		prev := 0
		for _, b := range d.Blocks {
			if b.Start < prev || b.Start >= b.End || b.End > len(text) {
				t.Fatalf("block %+v out of order or outside the text (%d bytes, previous end %d)", b, len(text), prev)
			}
			if !onRune(b.Start) || !onRune(b.End) {
				t.Fatalf("block %+v not on rune boundaries", b)
			}
			if d.Raw && b.Start < len(bom) && len(text) >= len(bom) && text[:len(bom)] == bom {
				t.Fatalf("block %+v starts in the BOM", b)
			}
			prev = b.End
		}
		prev = 0
		for _, s := range d.Sentences {
			if s.Start < prev || s.Start >= s.End || s.End > len(text) {
				t.Fatalf("sentence %+v out of order or outside the text", s)
			}
			if !onRune(s.Start) || !onRune(s.End) {
				t.Fatalf("sentence %+v not on rune boundaries", s)
			}
			b, ok := d.BlockAt(s.Start)
			if !ok || !b.Kind.Mined() || s.End > b.End {
				t.Fatalf("sentence %+v not inside a mined block (%+v)", s, b)
			}
			prev = s.End
		}
		lines := strings.Split(string(data), "\n")
		for _, i := range []int{-1, 0, len(text) / 2, len(text), len(text) + 1} {
			_ = d.Position(i).String()
		}
		for _, s := range d.Sentences {
			// every position is a place in the file
			p := d.Position(s.Start)
			if p.Line < 1 || p.Line > len(lines) || p.Col < 1 || p.Col > utf8.RuneCountInString(lines[p.Line-1])+1 {
				t.Fatalf("sentence at %d: position %v is not in the file (%d lines)", s.Start, p, len(lines))
			}
		}
	})
}

func readFixture(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return data
}
