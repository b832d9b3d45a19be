package sources

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// kindOf returns the kind of the block that holds the first occurrence of
// sub in d's text.
func kindOf(t *testing.T, d *Document, sub string) BlockKind {
	t.Helper()
	i := strings.Index(d.Text, sub)
	if i < 0 {
		t.Fatalf("%s: %q not in the text", d.Path, sub)
	}
	b, ok := d.BlockAt(i)
	if !ok {
		return ""
	}
	return b.Kind
}

func parseFile(t *testing.T, name string, opt Options) *Document {
	t.Helper()
	d, err := ReadFile(filepath.Join("testdata", name), opt)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestParseBlocks(t *testing.T) {
	tests := []struct {
		file string
		text string
		want BlockKind
	}{
		{"page.txt", "top of page", Furniture},
		{"page.txt", "Floodwaters Recede in Valencia", Heading},
		{"page.txt", "Marta Ruiz", Meta},
		{"page.txt", "3 days ago", Meta},
		{"page.txt", "4 min read", Furniture},
		{"page.txt", "Volunteers clearing mud", Furniture},
		{"page.txt", "Share Facebook X Email", Furniture},
		{"page.txt", "Storms that dumped", Paragraph},
		{"page.txt", "Thousands of volunteers", Paragraph},
		{"page.txt", "Rebuilding the Towns", Heading},
		{"page.txt", "Officials said 120,000 vehicles", Paragraph},
		{"page.txt", "Read More", Furniture},
		{"page.txt", "Drought Returns to Catalonia", Furniture},
		{"page.txt", "Reservoirs near Barcelona", Furniture},
		{"page.txt", "Learn More", Furniture},
		{"page.txt", "Comments", Furniture},
		{"page.txt", "Related posts", Furniture},
		{"page.txt", "Spain Sets Up Reconstruction Fund", Furniture},
		{"page.txt", "Warnings Came Too Late", Furniture},
		{"page.txt", "bottom of page", Furniture},
		{"column.txt", "Dam Failures in Eastern Libya", Heading},
		{"column.txt", "Published 14 September 2023", Meta},
		{"column.txt", "By Omar Haddad", Meta},
		{"column.txt", "Two dams above", Paragraph},
		{"column.txt", "The featured image was created", Furniture},
		{"front.md", "title: \"Wildfire", Meta},
		{"front.md", "Wildfire on Maui: what we know\n\nThe fire", Heading},
		{"front.md", "Damage estimates", Heading},
		{"front.md", "Officials put the cost", Paragraph},
		{"front.md", "Burned boats", Furniture},
		{"front.md", "code 123", Furniture},
		{"front.md", "A resident said", Paragraph},
		{"front.md", "5 min read", Furniture},
		{"bridge.html", "Container ship strikes Baltimore bridge", Heading},
		{"bridge.html", "A cargo ship lost power", Paragraph},
		{"bridge.html", "Warning before the crash", Heading},
		{"bridge.html", "The port handled", Paragraph},
		{"quake.html", "Strong earthquake shakes", Heading},
		{"quake.html", "Officials confirmed at least 64", Paragraph},
		{"quake.html", "Roads cut off", Heading},
		{"quake.html", "Read more: How the tsunami", Furniture},
	}
	docs := map[string]*Document{}
	for _, tt := range tests {
		t.Run(tt.file+"/"+tt.text, func(t *testing.T) {
			d := docs[tt.file]
			if d == nil {
				d = parseFile(t, tt.file, Options{})
				docs[tt.file] = d
			}
			if got := kindOf(t, d, tt.text); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// A box of related stories inside an article ends where the article goes on.
func TestParseRelatedBox(t *testing.T) {
	text := "The river rose by 4 metres overnight and the council opened 3 shelters for families.\n\n" +
		"Related stories\n\nDam Repairs Delayed Again\n\nHow Flood Maps Are Drawn\n\n" +
		"Roads Reopen\n\nCrews reopened 12 of the 15 closed roads by Friday, the council said in a statement.\n"
	d, err := Parse("x.txt", []byte(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want BlockKind
	}{
		{"Related stories", Furniture},
		{"Dam Repairs Delayed Again", Furniture},
		{"How Flood Maps Are Drawn", Furniture},
		{"Roads Reopen", Heading},
		{"Crews reopened", Paragraph},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := kindOf(t, d, tt.text); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// Hard-wrapped lines make one paragraph; a short line that ends a
// sentence ends it.
func TestParseWrapped(t *testing.T) {
	d := parseFile(t, "column.txt", Options{})
	var got []string
	for _, b := range d.Blocks {
		if b.Kind == Paragraph {
			got = append(got, d.Text[b.Start:b.Start+10])
		}
	}
	want := []string{"Two dams a", "Aid groups"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Lines with no blank line between them, each a long paragraph, are
// paragraphs each.
func TestParseLinePerParagraph(t *testing.T) {
	long := strings.Repeat("The ministry said the count had risen again overnight. ", 4)
	text := "Heading Of The Story\n\n" + long + "\nFirst. " + long + "\nSecond. " + long + "\n"
	d, err := Parse("x.txt", []byte(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, b := range d.Blocks {
		if b.Kind == Paragraph {
			n++
		}
	}
	if n != 3 {
		t.Errorf("got %v paragraphs, want %v", n, 3)
	}
}

func TestParseMetadata(t *testing.T) {
	tests := []struct {
		file                           string
		opt                            Options
		title, outlet, author, url, id string
		format                         string
		published                      time.Time
	}{
		{"page.txt", Options{}, "Floodwaters Recede in Valencia as Cleanup Begins", "", "Marta Ruiz", "", "page", "text", time.Time{}},
		{"column.txt", Options{}, "Dam Failures in Eastern Libya", "", "Omar Haddad", "", "column", "text", day("2023-09-14")},
		// the source gives its date: Options.Published is only for those that do not
		{"column.txt", Options{Published: day("2023-09-20")}, "Dam Failures in Eastern Libya", "", "Omar Haddad", "", "column", "text", day("2023-09-14")},
		{"page.txt", Options{Published: day("2023-09-20")}, "Floodwaters Recede in Valencia as Cleanup Begins", "", "Marta Ruiz", "", "page", "text", day("2023-09-20")},
		{"front.md", Options{}, "Wildfire on Maui: what we know", "Island Courier", "Keoni Akana, Lisa Park", "https://courier.example/maui-fire", "front", "markdown", day("2023-08-12")},
		{"quake.html", Options{}, "Strong earthquake shakes Noto Peninsula", "Coastline Weekly", "Kenji Mori", "", "quake", "html", day("2024-01-02")},
		{"bridge.html", Options{}, "Container ship strikes Baltimore bridge", "Harbour Ledger", "Dana Whitfield", "https://ledger.example/2024/03/27/baltimore-bridge", "bridge", "html", day("2024-03-27")},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			d := parseFile(t, tt.file, tt.opt)
			got := []string{d.ID, d.Format, d.Title, d.Outlet, d.Author, d.URL, d.Published.Format(time.DateOnly)}
			want := []string{tt.id, tt.format, tt.title, tt.outlet, tt.author, tt.url, tt.published.Format(time.DateOnly)}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("got %q, want %q", got[i], want[i])
				}
			}
			if d.Raw != (tt.format != "html") {
				t.Errorf("Raw: got %v, want %v", d.Raw, tt.format != "html")
			}
		})
	}
}

// The date line near the top sets Published in every common form; a
// relative date is Meta but sets nothing; front matter wins.
func TestParseDateLine(t *testing.T) {
	body := "\n\nThe council said on Monday that 12 bridges had been closed for repairs after the floods.\n"
	tests := []struct {
		name, text string
		want       string
	}{
		{"us", "07/15/2025" + body, "2025-07-15"},
		{"day first dots", "15.07.2025" + body, "2025-07-15"},
		{"iso", "2025-07-15" + body, "2025-07-15"},
		{"iso time", "2025-07-15T09:30:00Z" + body, "2025-07-15"},
		{"label", "Published 3 March 2025" + body, "2025-03-03"},
		{"label colon", "Updated: March 3, 2025 at 10:15 am EST" + body, "2025-03-03"},
		{"weekday", "Tuesday, July 15, 2025" + body, "2025-07-15"},
		{"ordinal", "15th July 2025" + body, "2025-07-15"},
		{"abbrev", "Sept. 9, 2024" + body, "2024-09-09"},
		{"byline date", "By Ana Gomez | July 15, 2025" + body, "2025-07-15"},
		{"byline on date", "By Ana Gomez on 15 July 2025" + body, "2025-07-15"},
		{"relative", "2 days ago" + body, "0001-01-01"},
		{"after title", "Bridges Closed\n\nBy Ana Gomez\n07/15/2025" + body, "2025-07-15"},
		{"front matter crlf", "---\r\npublished: 5 May 2025\r\n---\r\n" + body, "2025-05-05"},
		{"front matter wins", "---\ndate: 2025-01-02\n---\n07/15/2025" + body, "2025-01-02"},
		{"not near the top", "The council met again on Friday. Officials spoke at length about the repairs to come.\n\n07/15/2025" + body, "0001-01-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("x.txt", []byte(tt.text), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := d.Published.Format(time.DateOnly); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestParseWhiteSpace(t *testing.T) {
	tests := []struct {
		name, text string
		sentences  []string
	}{
		{"nbsp", "Officials\u00a0said\u00a038\u00a0people died.\u00a0Rescuers\u202fcontinued.", []string{"Officials\u00a0said\u00a038\u00a0people died.", "Rescuers\u202fcontinued."}},
		{"thin space around", "\u2009\u00a0The toll rose to 12.\u2003The road reopened.\u00a0\n", []string{"The toll rose to 12.", "The road reopened."}},
		{"crlf", "Storm Report\r\n\r\nThe toll rose to 12.\r\nIt was windy.\r\n", []string{"Storm Report", "The toll rose to 12.", "It was windy."}},
		{"bom", "\ufeffThe toll rose to 12. It was windy.", []string{"The toll rose to 12.", "It was windy."}},
		{"curly", "\u201cWe counted 40,\u201d she said. \u2018Yes.\u2019 The end\u2014for now.", []string{"\u201cWe counted 40,\u201d she said.", "\u2018Yes.\u2019", "The end\u2014for now."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("x.txt", []byte(tt.text), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range d.Sentences {
				got = append(got, d.Text[s.Start:s.End])
			}
			if strings.Join(got, "|") != strings.Join(tt.sentences, "|") {
				t.Errorf("got %q, want %q", got, tt.sentences)
			}
			for _, b := range d.Blocks {
				if b.Start < 3 && strings.HasPrefix(d.Text, bom) {
					t.Errorf("block starts at %d, inside the BOM", b.Start)
				}
				if strings.ContainsAny(d.Text[b.End-1:b.End], "\r\n") {
					t.Errorf("block %q ends with a line break", d.Text[b.Start:b.End])
				}
			}
		})
	}
}

func TestPosition(t *testing.T) {
	text := "Título\r\n\r\nÉl dijo: «38 muertos».\r\nSecond line ok.\r\n"
	d, err := Parse("es.txt", []byte(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		sub  string
		want string
	}{
		{"Título", "es.txt:1:1"},
		{"dijo", "es.txt:3:4"},
		{"38", "es.txt:3:11"},
		{"muertos", "es.txt:3:14"},
		{"Second", "es.txt:4:1"},
		{"ok.", "es.txt:4:13"},
	}
	for _, tt := range tests {
		t.Run(tt.sub, func(t *testing.T) {
			if got := d.Position(strings.Index(text, tt.sub)).String(); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// Standard input is read as "stdin" and sniffed for its format.
func TestLoadStdin(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("testdata", "bridge.html"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in, format string
	}{
		{"text", "The toll rose to 12.", "text"},
		{"markdown", "# Storm\n\nThe toll rose to 12.", "markdown"},
		{"html", string(page), "html"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := Load([]string{"-"}, strings.NewReader(tt.in), Options{})
			if errs.Err() != nil {
				t.Fatal(errs)
			}
			if got := docs[0].ID + "/" + docs[0].Format; got != "stdin/"+tt.format {
				t.Errorf("got %v, want %v", got, "stdin/"+tt.format)
			}
		})
	}
}

// The page's navigation, share bar, comments and footer are not in the
// article text at all.
func TestParseHTMLLeavesOutThePage(t *testing.T) {
	tests := []struct{ file, absent string }{
		{"bridge.html", "Business"},
		{"bridge.html", "Facebook"},
		{"bridge.html", "Port traffic resumes"},
		{"bridge.html", "All rights reserved"},
		{"quake.html", "Sign in"},
		{"quake.html", "WhatsApp"},
		{"quake.html", "slept in the car"},
		{"quake.html", "Privacy policy"},
	}
	for _, tt := range tests {
		t.Run(tt.file+"/"+tt.absent, func(t *testing.T) {
			d := parseFile(t, tt.file, Options{})
			if strings.Contains(d.Text, tt.absent) {
				t.Errorf("got %q in the text, want it left out", tt.absent)
			}
		})
	}
}
