package sources

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/claimdiff/claimdiff/internal/wordlist"
)

// Each furniture file, given one more entry, makes a line furniture that
// was not before.
func TestFurnitureWordFiles(t *testing.T) {
	tests := []struct {
		file, entry, line string
	}{
		{"words/furniture.txt", "donate now", "Donate now »"},
		{"words/related.txt", "further reading", "Further reading: ten lessons from the flood plains of Libya"},
		{"words/calls-to-action.txt", "watch the briefing", "Watch the briefing: the minister on the port closure"},
		{"words/share-bar.txt", "signal", "Share Signal Facebook"},
		{"words/caption-labels.txt", "drawing", "The harbour at dawn. Drawing: Jo Lee"},
		{"words/credits.txt", "via afp", "Rescuers on the quay, via AFP"},
		{"words/credited-by.txt", "map", "The flooded valley (map by the aid agency)"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			if page.isFurniture(tt.line) {
				t.Fatalf("%q is furniture already", tt.line)
			}
			more, err := loadPageWords(wordLists.Append(tt.file, tt.entry))
			if err != nil {
				t.Fatal(err)
			}
			if !more.isFurniture(tt.line) {
				t.Errorf("with %q in %s, %q is not furniture", tt.entry, tt.file, tt.line)
			}
		})
	}
}

// Each abbreviation file, given one more entry, keeps a sentence from
// ending after it; the sentence starters end one.
func TestSentenceWordFiles(t *testing.T) {
	tests := []struct {
		file, entry, text string
		before, after     int // sentences without and with the entry
	}{
		{"words/abbrev-titles.txt", "atty", "The case went to Atty. Morgan on Monday. She refused it.", 3, 2},
		{"words/abbrev-numbered.txt", "cl", "It is set out in Cl. 4 of the treaty. Both sides signed.", 3, 2},
		{"words/abbrev-latin.txt", "sc", "The word is defined, sc. The meaning intended, in the annex.", 2, 1},
		{"words/abbrev-enders.txt", "mtg", "They met at the annual mtg. Nobody objected to the plan.", 2, 1},
		{"words/sentence-starters.txt", "nobody", "They met at the annual mtg. Nobody objected to the plan.", 1, 2},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			files := wordLists
			if tt.file == "words/sentence-starters.txt" {
				files = files.Append("words/abbrev-enders.txt", "mtg")
			}
			base, err := loadSentenceWords(files)
			if err != nil {
				t.Fatal(err)
			}
			more, err := loadSentenceWords(files.Append(tt.file, tt.entry))
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range []struct {
				w    *sentenceWords
				want int
			}{{base, tt.before}, {more, tt.after}} {
				stops := newStopFinder(tt.text)
				if got := c.w.splitSentences(nil, &stops, tt.text, 0, len(tt.text)); len(got) != c.want {
					t.Errorf("%d sentences, want %d", len(got), c.want)
				}
			}
		})
	}
}

func TestSentenceWordsBadAbbreviation(t *testing.T) {
	_, err := loadSentenceWords(wordLists.Append("words/abbrev-titles.txt", "3rd"))
	if err == nil || !strings.HasPrefix(err.Error(), "sources/words/abbrev-titles.txt:") ||
		!strings.HasSuffix(err.Error(), `: abbreviation "3rd" does not start and end with a lower-case letter`) {
		t.Errorf("got error %v", err)
	}
}

// A line longer than maxFurnitureWords words reaches the credit phrases
// only through the quick test maybeCaption: every phrase must pass it.
func TestCreditsPassQuickTest(t *testing.T) {
	for _, c := range page.credits {
		line := "Rescuers and volunteers on the quay at first light, " + strings.TrimSpace(c) + " Jo Lee"
		if !maybeCaption(line) {
			t.Errorf("credit %q: maybeCaption does not let %q through; add a fragment of it there", c, line)
		}
		if !page.isFurniture(line) {
			t.Errorf("credit %q: %q is not furniture", c, line)
		}
	}
}

func TestWordFilesLoad(t *testing.T) {
	if _, err := loadPageWords(wordLists); err != nil {
		t.Error(err)
	}
	if _, err := loadSentenceWords(wordLists); err != nil {
		t.Error(err)
	}
	_, err := loadPageWords(wordLists.Append("words/furniture.txt", "menu"))
	var we *wordlist.Error
	if err == nil || !strings.Contains(err.Error(), `sources/words/furniture.txt:`) || !strings.Contains(err.Error(), `"menu" is listed already`) {
		t.Errorf("a repeated phrase: got error %v", err)
	} else if !errors.As(err, &we) {
		t.Errorf("got %T, want *wordlist.Error", err)
	}
}

// A word added to an HTML class file makes the elements of that class
// furniture, or bylines.
func TestHTMLClassWordFiles(t *testing.T) {
	const page = `<body><p>` + "The river rose by four metres overnight and crews opened shelters." + `</p>` +
		`<div class="paywall-note">Subscribers read on</div>` +
		`<p class="credit-line">By Ann Lee</p></body>`
	tests := []struct {
		file, entry   string
		before, after string // the text left, and the bylines read
	}{
		{"words/html-furniture-classes.txt", "paywall", "Subscribers read on", ""},
		{"words/html-byline-classes.txt", "credit", "", "By Ann Lee"},
	}
	read := func(cw *htmlClassWords) (text, meta string) {
		root, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		m := cw.dropFurniture(root)
		return oneLine(textOf(root)), strings.Join(m, "|")
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			more, err := loadHTMLClassWords(wordLists.Append(tt.file, tt.entry))
			if err != nil {
				t.Fatal(err)
			}
			text, meta := read(htmlClasses())
			if !strings.Contains(text, "Subscribers read on") || !strings.Contains(text, "By Ann Lee") || meta != "" {
				t.Fatalf("without %q: text %q, bylines %q", tt.entry, text, meta)
			}
			text, meta = read(more)
			if tt.before != "" && strings.Contains(text, tt.before) {
				t.Errorf("with %q: text %q still holds %q", tt.entry, text, tt.before)
			}
			if meta != tt.after {
				t.Errorf("with %q: bylines %q, want %q", tt.entry, meta, tt.after)
			}
		})
	}
}
