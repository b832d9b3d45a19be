package claims

import (
	"testing"

	"github.com/claimdiff/claimdiff/sources"
)

// TestExtractTakesOneVocabulary: an extraction that reads a relative date
// and a "¥" (both tokenise text besides the sentences) makes no second
// vocabulary. With two, on one processor the pool's one slot kept the
// second and dropped the one that had learnt the words.
func TestExtractTakesOneVocabulary(t *testing.T) {
	tests := []struct{ name, text string }{
		{"plain", "The storm killed 12 people on 3 May 2024.\n"},
		{"relative date", "---\npublished: 2024-05-10\n---\nOfficials said a few days ago that 40 people were missing.\n\nThe bridge fell last week, killing 9.\n"},
		{"yen sign", "Beijing pledged ¥500 million in aid to China's flooded provinces on Tuesday, after 30 deaths.\n"},
	}
	for _, tt := range tests {
		doc, err := sources.Parse("a.md", []byte(tt.text), sources.Options{})
		if err != nil {
			t.Fatal(err)
		}
		drainVocabs()
		before := vocabsMade.Load()
		Extract(doc, ExtractOptions{})
		if got := vocabsMade.Load() - before; got != 1 {
			t.Errorf("%s: got %d vocabularies made, want 1", tt.name, got)
		}
	}
}

func drainVocabs() {
	for {
		select {
		case <-vocabs:
		default:
			return
		}
	}
}
