package sources

import (
	"slices"
	"strings"
	"testing"
)

func TestIDs(t *testing.T) {
	for _, tc := range []struct {
		name  string
		paths []string
		want  []string // the id of each path, in order
	}{
		{"unique names keep the base name", []string{"a/harbour-wire.txt", "b/seoul.md", "c.html"}, []string{"harbour-wire", "seoul", "c"}},
		{"two days of one outlet", []string{"2024-12-29/reuters.txt", "2024-12-30/reuters.txt", "ap.txt"},
			[]string{"2024-12-29/reuters", "2024-12-30/reuters", "ap"}},
		{"every index.html", []string{"news/asia/index.html", "news/europe/index.html", "blog/asia/index.html"},
			[]string{"news/asia/index", "europe/index", "blog/asia/index"}},
		{"extension tells them apart", []string{"a/x.txt", "a/x.md"}, []string{"x.txt", "x.md"}},
		{"a web page is its URL's", []string{"https://www.example.org/news/index.html", "news/index.html", "b/index.html"},
			[]string{"example.org/news/index.html", "news/index", "b/index"}},
		{"one file spelled two ways", []string{"a/x.txt", "./a/x.txt", "b/x.txt"}, []string{"a/x", "a/x", "b/x"}},
		{"a shorter path", []string{"x.txt", "sub/x.txt"}, []string{"x", "sub/x"}},
		{"standard input", []string{"-", "stdin.txt", "d/stdin.txt"}, []string{"stdin", "stdin.txt", "d/stdin"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ids := IDs(tc.paths)
			var got []string
			for _, p := range tc.paths {
				got = append(got, ids[p])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
			rev := slices.Clone(tc.paths)
			slices.Reverse(rev)
			for p, id := range IDs(rev) {
				if ids[p] != id {
					t.Errorf("order matters: %s is %s one way, %s the other", p, ids[p], id)
				}
			}
		})
	}
}

// Files of one name in several directories are several sources, not one.
func TestLoadDuplicateNames(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"2024-12-29/wire.txt", "2024-12-30/wire.txt", "2024-12-31/wire.txt", "letter.txt"} {
		write(t, dir, name, "The toll rose to 12.")
	}
	docs, errs := Load([]string{dir}, nil, Options{})
	if errs.Err() != nil {
		t.Fatal(errs)
	}
	var got []string
	for _, d := range docs {
		got = append(got, d.ID)
	}
	if want := "2024-12-29/wire 2024-12-30/wire 2024-12-31/wire letter"; strings.Join(got, " ") != want {
		t.Errorf("got %v, want %v", strings.Join(got, " "), want)
	}
}
