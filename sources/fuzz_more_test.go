package sources

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzFrontMatter: any front matter is read or refused with an error that
// names the file and a line of it; what is read holds no control character.
func FuzzFrontMatter(f *testing.F) {
	for _, s := range []string{
		"title: Ferry sinks\npublished: 2025-03-04",
		"title: \"a \\x1b[2J b\"\nauthor: [a, b]\noutlet: {name: X}",
		"title: x\n  y: z",
		"- a\n- b",
		"published: soon",
		"title: &a x\nauthor: *a",
		"title: \x1b]0;x\x07\nurl: javascript:alert(1)",
		"title: !!binary aGk=",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, yaml string) {
		data := "---\n" + yaml + "\n---\n\nThe toll rose to 12 on Monday.\n"
		d, err := Parse("a.md", []byte(data), Options{})
		if err != nil {
			fe, ok := err.(*FileError)
			if !ok || fe.Path != "a.md" || fe.Line < 0 || fe.Line > strings.Count(data, "\n")+1 {
				t.Fatalf("got %T %v, want a *FileError at a line of a.md", err, err)
			}
			return
		}
		for _, s := range []string{d.Title, d.Outlet, d.Author, d.URL} {
			if firstControl([]byte(s)) >= 0 {
				t.Fatalf("control character left in metadata %q", s)
			}
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in metadata %q", s)
			}
		}
	})
}

// FuzzParseHTML: pages built around the input are read or refused without
// a panic; what is read is valid UTF-8 without control characters, and its
// blocks and sentences lie in the text on character boundaries.
func FuzzParseHTML(f *testing.F) {
	for _, s := range []string{
		"The blaze killed 9 people on Tuesday, the fire service said in a statement.",
		"A &#27;[2J b &#x9b;2K c &#7; d",
		"<script>alert(1)</script><p>::error::x</p>",
		"<h1>T</h1><p>a</p><table><tr><td>1</td><td>2</td></tr></table>",
		"<a href=\"javascript:x\">link</a> \u202e reversed",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		page := "<!doctype html><html><head><title>" + body + "</title></head><body><article><h1>" + body +
			"</h1><p>" + body + " The fire at the docks killed 9 people on Tuesday, officials said later that day.</p><p>" +
			body + "</p></article></body></html>"
		d, err := Parse("p.html", []byte(page), Options{})
		if err != nil {
			return
		}
		if !utf8.ValidString(d.Text) {
			t.Fatalf("invalid UTF-8 in the text")
		}
		if i := firstControl([]byte(d.Text)); i >= 0 {
			t.Fatalf("control byte %#x in the text", d.Text[i])
		}
		for _, s := range []string{d.Title, d.Outlet, d.Author, d.URL} {
			if firstControl([]byte(s)) >= 0 {
				t.Fatalf("control character in metadata %q", s)
			}
		}
		onRune := func(i int) bool { return i == len(d.Text) || utf8.RuneStart(d.Text[i]) }
		for _, b := range d.Blocks {
			if b.Start < 0 || b.Start > b.End || b.End > len(d.Text) || !onRune(b.Start) || !onRune(b.End) {
				t.Fatalf("block %+v outside the text or off a character boundary", b)
			}
		}
		for _, s := range d.Sentences {
			if s.Start < 0 || s.Start >= s.End || s.End > len(d.Text) || !onRune(s.Start) || !onRune(s.End) {
				t.Fatalf("sentence %+v outside the text or off a character boundary", s)
			}
		}
	})
}

// FuzzIDs: whatever the paths, distinct files get distinct ids, the same
// whatever their order, and a file's id is a trailing part of its path.
func FuzzIDs(f *testing.F) {
	f.Add("a/x.txt\nb/x.txt\nx.md\n-")
	f.Add("2024/r.txt\n2025/r.txt\n./2024/r.txt\nstdin.txt\nd/stdin.txt")
	f.Add("::error::a.txt\na\nb.txt\n../a.txt\n/abs/a.txt")
	f.Fuzz(func(t *testing.T, list string) {
		paths := strings.Split(list, "\n")
		if len(paths) > 64 {
			paths = paths[:64]
		}
		ids := IDs(paths)
		rev := append([]string(nil), paths...)
		for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
			rev[i], rev[j] = rev[j], rev[i]
		}
		again := IDs(rev)
		byID := map[string]string{}
		for _, p := range paths {
			id := ids[p]
			if again[p] != id {
				t.Fatalf("%q: id %q one way, %q the other", p, id, again[p])
			}
			key := "\x00stdin"
			if p != "-" && p != "stdin" {
				key, _ = filepath.Abs(filepath.Clean(p))
			}
			if other, ok := byID[id]; ok && other != key {
				// Two files of one id: only when nothing in their paths
				// tells them apart (standard input and a file named stdin).
				if !(strings.Contains(other+key, "stdin")) {
					t.Fatalf("%q and %q share the id %q", other, key, id)
				}
			}
			byID[id] = key
		}
	})
}
