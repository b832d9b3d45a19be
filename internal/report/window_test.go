package report

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

func TestWindow(t *testing.T) {
	tests := []struct {
		name, sentence, text string
		n                    int
		want                 string
	}{
		{"short sentence", "It killed 38 people.", "38", 8, "It killed 38 people."},
		{"cut both sides", "a b c d 38 e f g h", "38", 2, "… c d 38 e f …"},
		{"at the start", "38 people died in the crash", "38 people", 2, "38 people died in …"},
		{"inside a word", "it cost US$5bn in all", "$5bn", 1, "… cost US$5bn in …"},
		{"not found", "It killed 38 people.", "39", 1, "It killed 38 people."},
		{"folded", "It  killed\n38 people.", "38", 1, "… killed 38 people."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := window(claims.Claim{Sentence: tt.sentence, Text: tt.text}, tt.n); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
