package wordlist

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

func TestParseWords(t *testing.T) {
	tests := []struct {
		name, data string
		want       []string
		err        string
	}{
		{"one a line", "read more\nshare\n", []string{"read more", "share"}, ""},
		{"comments and blanks", "# navigation\n\n  menu  \nhome # the home link\n#\n", []string{"menu", "home"}, ""},
		{"hash inside a word", "c#\n", []string{"c#"}, ""},
		{"no final newline", "a\nb", []string{"a", "b"}, ""},
		{"byte order mark", "\ufeffa\n", []string{"a"}, ""},
		{"crlf", "a\r\nb\r\n", []string{"a", "b"}, ""},
		{"empty", "# nothing yet\n", nil, ""},
		{"twice", "a\nb\na\n", nil, "x/w.txt:3: \"a\" is listed already on line 1"},
		{"control character", "a\x01b\n", nil, "x/w.txt:1: control character '\\x01' in entry"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseWords("x/w.txt", []byte(tt.data))
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("got error %v, want %s", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseRecords(t *testing.T) {
	tests := []struct {
		name, data string
		want       []Record
		err        string
	}{
		{"records", "# month: names\n1: january jan\n2 :february feb # short\n", []Record{
			{Key: "1", Value: "january jan", File: "x/r.txt", Line: 2},
			{Key: "2", Value: "february feb", File: "x/r.txt", Line: 3},
		}, ""},
		{"a colon in the value", "time: 10:30\n", []Record{{Key: "time", Value: "10:30", File: "x/r.txt", Line: 1}}, ""},
		{"no colon", "1: january\nfebruary\n", nil, "x/r.txt:2: malformed entry \"february\": want \"key: value\""},
		{"no key", ": january\n", nil, "x/r.txt:1: malformed entry \": january\": want \"key: value\""},
		{"no value", "\n\n1:   # empty\n", nil, "x/r.txt:3: malformed entry \"1:\": want \"key: value\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseRecords("x/r.txt", []byte(tt.data))
			if tt.err != "" {
				var we *Error
				if err == nil || err.Error() != tt.err || !errors.As(err, &we) {
					t.Fatalf("got error %v, want %s", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestFiles(t *testing.T) {
	f := &Files{prefix: "pkg", fsys: fstest.MapFS{
		"words/a.txt": {Data: []byte("one\ntwo\n")},
		"words/t.txt": {Data: []byte("k: v\nk: w\n")},
	}}
	set, err := f.Set("words/a.txt")
	if err != nil || !reflect.DeepEqual(set, map[string]bool{"one": true, "two": true}) {
		t.Errorf("Set: got %v, %v", set, err)
	}
	if _, err := f.Table("words/t.txt"); err == nil || err.Error() != `pkg/words/t.txt:2: key "k" is given already on line 1` {
		t.Errorf("Table: got error %v", err)
	}
	if _, err := f.Words("words/missing.txt"); err == nil || err.Error() != "pkg/words/missing.txt: open words/missing.txt: file does not exist" {
		t.Errorf("Words of a missing file: got error %v", err)
	}
	more := f.Append("words/a.txt", "three")
	if got := more.MustWords("words/a.txt"); !reflect.DeepEqual(got, []string{"one", "two", "three"}) {
		t.Errorf("Append: got %q", got)
	}
	if got := f.MustWords("words/a.txt"); len(got) != 2 {
		t.Errorf("Append changed the files it was called on: %q", got)
	}
	rs := f.MustRecords("words/t.txt")
	if err := rs[1].Errorf("bad %s", "value"); err.Error() != "pkg/words/t.txt:2: bad value" {
		t.Errorf("Record.Errorf: got %v", err)
	}
}

func TestMustPanicsWithTheError(t *testing.T) {
	f := &Files{prefix: "pkg", fsys: fstest.MapFS{"w.txt": {Data: []byte("a\na\n")}}}
	defer func() {
		err, _ := recover().(error)
		if err == nil || err.Error() != `pkg/w.txt:2: "a" is listed already on line 1` {
			t.Errorf("got panic %v", err)
		}
	}()
	f.MustSet("w.txt")
}

// Hash covers every registered file, read or not: a new file changes it.
func TestHash(t *testing.T) {
	before := Hash()
	if before != Hash() {
		t.Fatal("Hash is not stable")
	}
	fsys := fstest.MapFS{"words/a.txt": {Data: []byte("one\n")}}
	Register("wordlist-test-hash", fsys)
	withA := Hash()
	if withA == before {
		t.Error("registering files left Hash unchanged")
	}
	fsys["words/b.txt"] = &fstest.MapFile{Data: []byte("two\n")}
	if Hash() == withA {
		t.Error("a file added, never read, left Hash unchanged")
	}
	fsys["words/b.txt"] = &fstest.MapFile{Data: []byte("three\n")}
	withB := Hash()
	fsys["words/b.txt"] = &fstest.MapFile{Data: []byte("two\n")}
	if Hash() == withB {
		t.Error("a changed file left Hash unchanged")
	}
}

func TestRegisterTwicePanics(t *testing.T) {
	Register("wordlist-test-twice", fstest.MapFS{})
	defer func() {
		if recover() == nil {
			t.Error("no panic")
		}
	}()
	Register("wordlist-test-twice", fstest.MapFS{})
}

func TestNames(t *testing.T) {
	Register("wordlist-test-names", fstest.MapFS{"words/b.txt": {Data: []byte("b\n")}, "words/a.txt": {Data: []byte("a\n")}})
	var got []string
	for _, n := range Names() {
		if strings.HasPrefix(n, "wordlist-test-names/") {
			got = append(got, n)
		}
	}
	want := []string{"wordlist-test-names/words/a.txt", "wordlist-test-names/words/b.txt"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
