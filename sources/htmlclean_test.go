package sources

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestNameWords(t *testing.T) {
	tests := []struct{ in, want string }{
		{"InlinePromo_root__w1", "inline promo root w"},
		{"ad-slot", "ad slot"},
		{"newsletterBox", "newsletter box"},
		{"entry-content post-4417", "entry content post"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(nameWords(tt.in), " "); got != tt.want {
			t.Errorf("nameWords(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

// Furniture inside the article's container goes before Reader View runs;
// the article stays, whatever its wrapper is called; bylines are kept and
// returned.
func TestDropFurniture(t *testing.T) {
	long := strings.Repeat("The river rose by four metres overnight. ", 20)
	page := `<body><div class="page has-share-bar"><h1>Flood</h1></div>` +
		`<div class="content social-embeds"><p>` + long + `</p>` + // most of the page's text
		`<div class="Newsletter_box"><p>Sign up now</p><form><input></form></div>` +
		`<p class="byline">By Ann Lee · 2 March 2025</p>` +
		`<div class="video-embed">Video: the flood 2:14</div>` +
		`<div class="story-body"><p>Crews opened 3 shelters.</p></div>` +
		`<div class="related-links"><p>Dam repairs delayed</p></div>` +
		`<button>Share</button></div></body>`
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	meta := dropFurniture(root)
	text := oneLine(textOf(root))
	for _, want := range []string{"Flood", "The river rose", "By Ann Lee", "Crews opened 3 shelters.", long[:40]} {
		if !strings.Contains(text, want) {
			t.Errorf("got %q, want it to hold %q", text, want)
		}
	}
	for _, gone := range []string{"Sign up now", "Video: the flood", "Dam repairs", "Share"} {
		if strings.Contains(text, gone) {
			t.Errorf("got %q, want %q left out", text, gone)
		}
	}
	if got, want := strings.Join(meta, "|"), "By Ann Lee · 2 March 2025"; got != want {
		t.Errorf("bylines: got %q, want %q", got, want)
	}
}
