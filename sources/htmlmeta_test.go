package sources

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// readMeta reads the title, outlet, author, address and date from what a
// page's head and markup say, JSON-LD first, then Open Graph, then the page.
func TestReadMeta(t *testing.T) {
	const h1 = "<h1>Flood hits town</h1>"
	tests := []struct {
		name, page                            string
		title, outlet, author, url, published string
	}{
		{"open graph",
			`<meta property="og:title" content="Flood hits town"><meta property="og:site_name" content="The Courier">` +
				`<meta property="article:published_time" content="2025-03-02T23:30:00-05:00"><meta name="author" content="Ann Lee">` +
				`<link rel="canonical" href="https://courier.example/flood">`,
			"Flood hits town", "The Courier", "Ann Lee", "https://courier.example/flood", "2025-03-02"},
		{"json-ld first",
			`<meta property="og:title" content="Flood hits town!"><script type="application/ld+json">` +
				`{"@type":"NewsArticle","headline":"Flood hits town","datePublished":"2025-03-01","publisher":{"name":"Daily Post"},` +
				`"author":[{"@type":"Person","name":"Ann Lee"},{"name":"Bo Kim"}]}</script>`,
			"Flood hits town!", "Daily Post", "Ann Lee, Bo Kim", "", "2025-03-01"},
		{"json-ld graph and ids",
			`<script type="application/ld+json">{"@graph":[{"@type":["Article","NewsArticle"],"headline":"Flood hits town",` +
				`"datePublished":"2025-03-01T10:00:00+00:00","publisher":{"@id":"#org"},"author":{"@id":"#p"}},` +
				`{"@type":"Organization","@id":"#org","name":"Valley News"},{"@type":"Person","@id":"#p","name":"Ann Lee"}]}</script>`,
			"Flood hits town", "Valley News", "Ann Lee", "", "2025-03-01"},
		{"json-ld in a comment, a list",
			"<script type=\"application/ld+json\"><!--\n[{\"@type\":\"WebSite\",\"name\":\"Not this\"},{\"@type\":\"BlogPosting\",\"headline\":\"Flood hits town\",\"datePublished\":\"2025-03-01\"}]\n--></script>",
			"Flood hits town", "", "", "", "2025-03-01"},
		{"broken json-ld is left out",
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":</script><title>Flood hits town | The Courier</title>` + h1,
			"Flood hits town", "The Courier", "", "", ""},
		{"title with the site first", `<title>The Courier - Flood hits town</title>` + h1,
			"Flood hits town", "The Courier", "", "", ""},
		{"title that is only a headline", `<title>Flood hits town - what we know</title>`,
			"Flood hits town - what we know", "", "", "", ""},
		{"outlet from the address", `<title>Flood hits town</title><meta property="og:url" content="https://www.courier.example/a">`,
			"Flood hits town", "courier.example", "", "https://www.courier.example/a", ""},
		{"time said to be the publication date",
			`<body><time datetime="2025-01-01">New year</time><article><time datetime="2025-02-01">x</time>` +
				`<time class="entry-date published" datetime="2025-03-01T08:00:00Z">1 March</time></article>`,
			"", "", "", "", "2025-03-01"},
		{"time in the article before time elsewhere",
			`<body><aside><time datetime="2025-01-01">x</time></aside><article><time datetime="2025-02-01">y</time></article>`,
			"", "", "", "", "2025-02-01"},
		{"microdata", `<div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Flood hits town</h1>` +
			`<span itemprop="author">Ann Lee</span><span itemprop="datePublished" content="2025-03-01">1 March</span></div>`,
			"Flood hits town", "", "Ann Lee", "", "2025-03-01"},
		{"an author that is an address", `<meta property="article:author" content="https://facebook.example/ann">` + h1,
			"Flood hits town", "", "", "", ""},
		{"a date that is not one", `<meta property="article:published_time" content="soon">` + h1,
			"Flood hits town", "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			m := readMeta(root)
			published := ""
			if !m.published.IsZero() {
				published = m.published.Format(time.DateOnly)
			}
			got := []string{m.title, m.outlet, m.author, m.url, published}
			want := []string{tt.title, tt.outlet, tt.author, tt.url, tt.published}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("got %q, want %q", got, want)
					break
				}
			}
		})
	}
}
