package corpus

import (
	"reflect"
	"strings"
	"testing"
)

func TestGenerateDeterministic(t *testing.T) {
	a, b := Generate(40, 7), Generate(40, 7)
	if !reflect.DeepEqual(a, b) {
		t.Errorf("got different articles for the same seed")
	}
	if c := Generate(40, 8); reflect.DeepEqual(a, c) {
		t.Errorf("got the same articles for different seeds")
	}
}

func TestGenerateShape(t *testing.T) {
	as := Generate(300, 1)
	if len(as) != 300 {
		t.Fatalf("got %d articles, want 300", len(as))
	}
	ids := map[string]bool{}
	total := 0
	for _, a := range as {
		if ids[a.ID] {
			t.Errorf("got duplicate id %s", a.ID)
		}
		ids[a.ID] = true
		total += len(a.Text)
		if len(a.Text) < 1500 || len(a.Text) > 4500 {
			t.Errorf("%s: got %d bytes, want 1.5-4.5 KB", a.ID, len(a.Text))
		}
		if !strings.HasPrefix(a.Text, a.Title+"\n\n") {
			t.Errorf("%s: text does not open with the title %q", a.ID, a.Title)
		}
		if strings.Contains(a.Text, "%!") {
			t.Errorf("%s: got a formatting error in %q", a.ID, a.Text)
		}
	}
	if avg := total / len(as); avg < 2000 || avg > 4000 {
		t.Errorf("got an average of %d bytes, want 2-4 KB", avg)
	}
}

// TestStoriesDisagree checks that some articles of a story report a figure
// the others do not: the conflicts compare benchmarks rely on.
func TestStoriesDisagree(t *testing.T) {
	as := Generate(600, 3)
	differ := 0
	for s := 0; s < len(as)/perStory; s++ {
		group := as[s*perStory : (s+1)*perStory]
		titles := map[string]bool{}
		for _, a := range group {
			if a.Story != s {
				t.Fatalf("%s: got story %d, want %d", a.ID, a.Story, s)
			}
			titles[a.Text[len(a.Title):]] = true
		}
		if len(titles) != len(group) {
			t.Errorf("story %d: got identical articles", s)
		}
		// the first paragraph carries the toll; compare the digits in it
		first := map[string]bool{}
		for _, a := range group {
			p := strings.SplitN(a.Text, "\n\n", 3)[1]
			first[strings.Map(func(r rune) rune {
				if r >= '0' && r <= '9' {
					return r
				}
				return -1
			}, p)] = true
		}
		if len(first) > 1 {
			differ++
		}
	}
	if differ == 0 {
		t.Errorf("got no story whose articles disagree")
	}
}

// GenerateNews tells Generate's stories with every paragraph kept, in order,
// the headline first, about newsLength times as long.
func TestGenerateNewsKeepsTheFigures(t *testing.T) {
	dense, news := Generate(30, 3), GenerateNews(30, 3)
	if !reflect.DeepEqual(news, GenerateNews(30, 3)) {
		t.Errorf("got different articles for the same seed")
	}
	for i, a := range news {
		d := dense[i]
		if a.ID != d.ID || a.Title != d.Title || !a.Published.Equal(d.Published) {
			t.Fatalf("%s: metadata differs from Generate's %s", a.ID, d.ID)
		}
		if !strings.HasPrefix(a.Text, a.Title+"\n\n") {
			t.Errorf("%s: text does not open with the title", a.ID)
		}
		rest := a.Text
		for _, p := range strings.Split(strings.TrimSpace(d.Text), "\n\n") {
			k := strings.Index(rest, p)
			if k < 0 {
				t.Errorf("%s: paragraph missing or out of order: %q", a.ID, p)
				break
			}
			rest = rest[k+len(p):]
		}
		if r := float64(len(a.Text)) / float64(len(d.Text)); r < newsLength || r > newsLength+0.5 {
			t.Errorf("%s: %.1f times as long as Generate's, want about %d", a.ID, r, newsLength)
		}
		if strings.Contains(a.Text, "\n\n\n") || !strings.HasSuffix(a.Text, ".\n") {
			t.Errorf("%s: paragraphs badly joined", a.ID)
		}
	}
}

func TestGenerateStories(t *testing.T) {
	tests := []struct{ n, stories, want int }{
		{10, 3, 3},
		{1000, 300, 300},
		{5, 9, 5},
		{4, 0, 1},
	}
	for _, tt := range tests {
		arts := GenerateStories(tt.n, tt.stories, 1)
		if len(arts) != tt.n {
			t.Fatalf("GenerateStories(%d, %d): got %d articles, want %d", tt.n, tt.stories, len(arts), tt.n)
		}
		seen := map[int]bool{}
		ids := map[string]bool{}
		for i, a := range arts {
			seen[a.Story] = true
			if ids[a.ID] {
				t.Errorf("GenerateStories(%d, %d): id %q twice", tt.n, tt.stories, a.ID)
			}
			ids[a.ID] = true
			if i > 0 && a.Story < arts[i-1].Story {
				t.Errorf("GenerateStories(%d, %d): story %d after %d", tt.n, tt.stories, a.Story, arts[i-1].Story)
			}
		}
		if len(seen) != tt.want {
			t.Errorf("GenerateStories(%d, %d): got %d stories, want %d", tt.n, tt.stories, len(seen), tt.want)
		}
	}
	a, b := GenerateStories(50, 7, 3), GenerateStories(50, 7, 3)
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("GenerateStories is not deterministic at %d", i)
		}
	}
}
