package sources_test

import (
	"fmt"
	"strings"

	"github.com/claimdiff/claimdiff/sources"
)

func ExampleParse() {
	page := "top of page\n\nBridge Reopens After Repairs\n\n07/15/2025\nBy Ana Gomez\n\n" +
		"The bridge reopened on Monday after 14 months. Mr. Ortiz said it cost $3.7 million.\n\n" +
		"5 min read\n"
	d, err := sources.Parse("bridge.txt", []byte(page), sources.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.ID, d.Title, d.Author, d.Published.Format("2006-01-02"))
	for _, b := range d.Blocks {
		fmt.Printf("%-9s %s %q\n", b.Kind, d.Position(b.Start), d.Text[b.Start:b.End])
	}
	for _, s := range d.Sentences {
		fmt.Printf("%q\n", d.Text[s.Start:s.End])
	}
	// Output:
	// bridge Bridge Reopens After Repairs Ana Gomez 2025-07-15
	// furniture bridge.txt:1:1 "top of page"
	// heading   bridge.txt:3:1 "Bridge Reopens After Repairs"
	// meta      bridge.txt:5:1 "07/15/2025"
	// meta      bridge.txt:6:1 "By Ana Gomez"
	// paragraph bridge.txt:8:1 "The bridge reopened on Monday after 14 months. Mr. Ortiz said it cost $3.7 million."
	// furniture bridge.txt:10:1 "5 min read"
	// "Bridge Reopens After Repairs"
	// "The bridge reopened on Monday after 14 months."
	// "Mr. Ortiz said it cost $3.7 million."
}

func ExampleLoad() {
	docs, errs := sources.Load([]string{"testdata/column.txt", "testdata/missing.txt", "testdata/badfront.md"}, nil, sources.Options{})
	for _, d := range docs {
		fmt.Println(d.ID, d.Published.Format("2006-01-02"), len(d.Sentences), "sentences")
	}
	fmt.Println(errs)
	// Output:
	// column 2023-09-14 6 sentences
	// testdata/missing.txt: no such file or directory
	// testdata/badfront.md:4: front matter: mapping values are not allowed in this context
}

// An HTML page's text is the article, laid out anew; its positions are
// places in the page's file.
func ExampleDocument_Position_html() {
	page := `<html><head><meta property="og:site_name" content="The Courier">
<title>Flood hits town | The Courier</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Flood hits town</h1>
<p class="byline">By Ana Gomez &middot; March 2, 2025</p>
<p>The river rose by <b>4 metres</b> overnight,
   and the council opened 3 shelters.</p></article>
<footer>&copy; The Courier</footer></body></html>`
	d, err := sources.Parse("flood.html", []byte(page), sources.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Title, "|", d.Outlet, "|", d.Author, "|", d.Published.Format("2006-01-02"))
	for _, b := range d.Blocks {
		fmt.Printf("%-9s %s %q\n", b.Kind, d.Position(b.Start), d.Text[b.Start:b.End])
	}
	i := strings.Index(d.Text, "3 shelters")
	fmt.Println(d.Position(i), d.Text[i:i+len("3 shelters")])
	// Output:
	// Flood hits town | The Courier | Ana Gomez | 2025-03-02
	// heading   flood.html:4:14 "Flood hits town"
	// meta      flood.html:5:19 "By Ana Gomez · March 2, 2025"
	// paragraph flood.html:6:4 "The river rose by 4 metres overnight, and the council opened 3 shelters."
	// flood.html:7:27 3 shelters
}
