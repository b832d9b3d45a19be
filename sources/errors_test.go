package sources

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		data string
		opt  Options
		want error
		msg  string // the whole message
	}{
		{"nul", "Six died.\x00\x00\x01", Options{}, ErrBinary, "a.txt: binary file, not text (NUL byte at offset 9)"},
		{"control", strings.Repeat("\x01\x02\x03 ab", 20), Options{}, ErrBinary, "a.txt: binary file, not text (60 control characters in the first 120 bytes)"},
		{"utf16 odd length", "\xff\xfeS\x00i", Options{}, ErrBinary, "a.txt: binary file, not text: UTF-16 text with an odd number of bytes"},
		{"utf16 without a bom", "S\x00i\x00x\x00 \x00d\x00i\x00e\x00d\x00", Options{}, ErrBinary, "a.txt: binary file, not text (NUL byte at offset 1)"},
		{"invalid utf8", "Título\nÉl dijo \xe9 38.\n", Options{}, ErrInvalidUTF8, "a.txt:2:9: invalid UTF-8 (byte 0xe9)"},
		{"invalid utf8 crlf", "One.\r\nTwo.\r\n\xff", Options{}, ErrInvalidUTF8, "a.txt:3:1: invalid UTF-8 (byte 0xff)"},
		{"empty", "", Options{}, ErrEmpty, "a.txt: empty file: no text"},
		{"white space", " \n\u00a0\u202f\r\n\t\u2009\n", Options{}, ErrEmpty, "a.txt: empty file: no text"},
		{"bom only", "\ufeff\n\n", Options{}, ErrEmpty, "a.txt: empty file: no text"},
		{"front matter only", "---\ntitle: x\n---\n\n", Options{}, ErrEmpty, "a.txt: empty file: no text"},
		{"too large", "The toll rose to 12.", Options{MaxBytes: 10}, ErrTooLarge, "a.txt: file too large: 20 bytes, over the limit of 10 (see --max-file-bytes)"},
		{"front matter yaml", "---\ntitle: x\n  y: z\n---\nText.", Options{}, ErrFrontMatter, "a.txt:3: front matter: mapping values are not allowed in this context"},
		{"front matter list", "---\n- a\n- b\n---\nText.", Options{}, ErrFrontMatter, "a.txt:2: front matter: want keys and values, found a list"},
		{"front matter date", "---\npublished: soon\n---\nText.", Options{}, ErrFrontMatter, "a.txt:2:12: front matter: published: cannot read \"soon\" as a date"},
		{"front matter open", "---\ntitle: x\nText.", Options{}, ErrFrontMatter, "a.txt:1: front matter: opened here and never closed with \"---\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("a.txt", []byte(tt.data), tt.opt)
			if !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
			var fe *FileError
			if !errors.As(err, &fe) {
				t.Fatalf("got %T, want *FileError", err)
			}
			if got := err.Error(); got != tt.msg {
				t.Errorf("got %q, want %q", got, tt.msg)
			}
		})
	}
}

func TestParseHTMLErrors(t *testing.T) {
	_, err := Parse("a.html", []byte("<html><body><nav><a href=/>Home</a></nav></body></html>"), Options{})
	if !errors.Is(err, ErrNoText) {
		t.Errorf("got %v, want %v", err, ErrNoText)
	}
}

func write(t *testing.T, dir, name, data string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// Load keeps going after a bad file and reports each one once.
func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.txt", "The toll rose to 12.")
	bin := write(t, dir, "bin.txt", "ab\x00cd")
	empty := write(t, dir, "empty.md", "")
	big := write(t, dir, "big.txt", strings.Repeat("The toll rose. ", 100))
	nodocs := filepath.Join(dir, "nodocs")
	write(t, nodocs, "notes.csv", "a,b")
	missing := filepath.Join(dir, "missing.txt")
	under := filepath.Join(good, "x.txt")

	docs, errs := Load([]string{good, bin, missing, empty, big, nodocs, under, good}, nil, Options{MaxBytes: 1000})
	if len(docs) != 2 {
		t.Errorf("got %v documents, want %v", len(docs), 2)
	}
	want := []struct {
		path string
		err  error
	}{
		{bin, ErrBinary},
		{missing, fs.ErrNotExist},
		{empty, ErrEmpty},
		{big, ErrTooLarge},
		{nodocs, ErrNoArticles},
		{under, nil},
	}
	if len(errs) != len(want) {
		t.Fatalf("got %v errors, want %v:\n%v", len(errs), len(want), errs)
	}
	for i, w := range want {
		if errs[i].Path != w.path {
			t.Errorf("error %d: got path %v, want %v", i, errs[i].Path, w.path)
		}
		if w.err != nil && !errors.Is(errs[i], w.err) {
			t.Errorf("error %d: got %v, want %v", i, errs[i], w.err)
		}
		if strings.Count(errs[i].Error(), w.path) != 1 {
			t.Errorf("error %d: %q should name the file once", i, errs[i].Error())
		}
	}
	if got := errs[1].Error(); got != missing+": no such file or directory" {
		t.Errorf("got %q, want %q", got, missing+": no such file or directory")
	}
}

// A file over the limit is refused without reading it whole, even when its
// size is not known ahead (a device, a pipe).
func TestReadFileTooLargeUnknownSize(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	_, err := ReadFile("/dev/zero", Options{MaxBytes: 1 << 10})
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("got %v, want %v", err, ErrTooLarge)
	}
}

func TestLoadDirectory(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.md", "a.txt", "sub/c.html", "sub/deeper/d.markdown", "e.htm", "notes.csv", "README", "README.md", "sub/LICENSE.txt", ".hidden/x.txt", ".y.txt"} {
		data := "The toll rose to 12."
		if strings.HasSuffix(name, "htm") || strings.HasSuffix(name, "html") {
			data = "<html><body><article><p>The toll rose to 12, officials said on Monday after the storm had passed over the coast.</p><p>Roads were closed for a week while crews cleared the debris and repaired the bridges.</p></article></body></html>"
		}
		write(t, dir, name, data)
	}
	docs, errs := Load([]string{dir}, nil, Options{})
	if errs.Err() != nil {
		t.Fatal(errs)
	}
	var got []string
	for _, d := range docs {
		rel, _ := filepath.Rel(dir, d.Path)
		got = append(got, rel+"="+d.Format)
	}
	want := "a.txt=text b.md=markdown e.htm=html sub/c.html=html sub/deeper/d.markdown=markdown"
	if strings.Join(got, " ") != want {
		t.Errorf("got %v, want %v", strings.Join(got, " "), want)
	}
}

// Load reads files side by side but gives documents and errors in the
// order of its arguments, each directory's files in name order.
func TestLoadKeepsOrder(t *testing.T) {
	dir := t.TempDir()
	var want []string
	for i := range 60 {
		name := fmt.Sprintf("d/%02d.txt", i)
		data := fmt.Sprintf("Report %d: the toll rose to %d.", i, i+1)
		if i%7 == 3 {
			data = "" // an empty file: an error in its place
		}
		write(t, dir, name, data)
		if data != "" {
			want = append(want, fmt.Sprintf("%02d", i))
		}
	}
	write(t, dir, "first.txt", "The first report said 3 died.")
	args := []string{filepath.Join(dir, "first.txt"), "-", filepath.Join(dir, "d"), filepath.Join(dir, "missing.txt")}
	docs, errs := Load(args, strings.NewReader("Standard input says 4 died."), Options{})
	var got []string
	for _, d := range docs {
		got = append(got, d.ID)
	}
	want = append([]string{"first", "stdin"}, want...)
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("documents in the order\n%v, want\n%v", got, want)
	}
	var gotErrs []string
	for _, e := range errs {
		gotErrs = append(gotErrs, filepath.Base(e.Path))
	}
	if w := "03.txt 10.txt 17.txt 24.txt 31.txt 38.txt 45.txt 52.txt 59.txt missing.txt"; strings.Join(gotErrs, " ") != w {
		t.Errorf("errors in the order %v, want %v", gotErrs, w)
	}
}

func TestErrorList(t *testing.T) {
	var l ErrorList
	if l.Err() != nil {
		t.Errorf("got %v, want nil", l.Err())
	}
	l = append(l, &FileError{Path: "a.txt", Line: 3, Col: 14, Err: ErrInvalidUTF8}, &FileError{Path: "b.md", Err: ErrEmpty})
	want := "a.txt:3:14: invalid UTF-8\nb.md: empty file: no text"
	if got := l.Err().Error(); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestReadFileUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every file")
	}
	p := write(t, t.TempDir(), "secret.txt", "The toll rose to 12.")
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	_, err := ReadFile(p, Options{})
	if !errors.Is(err, fs.ErrPermission) {
		t.Errorf("got %v, want %v", err, fs.ErrPermission)
	}
	if want := p + ": permission denied"; err == nil || err.Error() != want {
		t.Errorf("got %v, want %v", err, want)
	}
}

// An unreadable directory is reported and the walk goes on: the files
// after it in name order are still read (the binary's own test, in
// internal/cli, runs this as another user when the tests run as root).
func TestLoadUnreadableDirectory(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every directory")
	}
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b/locked.txt", "c.txt", "d/e.txt"} {
		write(t, dir, name, "The toll rose to 12.")
	}
	locked := filepath.Join(dir, "b")
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(locked, 0o755)
	docs, errs := Load([]string{dir}, nil, Options{})
	var got []string
	for _, d := range docs {
		got = append(got, d.ID)
	}
	if strings.Join(got, " ") != "a c e" {
		t.Errorf("got %v, want a c e", got)
	}
	if len(errs) != 1 || errs[0].Path != locked || !errors.Is(errs[0], fs.ErrPermission) {
		t.Errorf("got errors %v, want one for %s: permission denied", errs, locked)
	}
}
