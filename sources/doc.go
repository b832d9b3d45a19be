// Package sources reads article files and web pages (plain text, Markdown, HTML) into
// Documents: the text claims are mined from, its metadata (title, outlet,
// author, published date), its blocks (headings, paragraphs, page
// furniture, meta lines) and sentences, with byte offsets that map back to
// file:line:col.
//
// Load reads files, directories and standard input, one error per bad file:
//
//	docs, errs := sources.Load([]string{"articles/", "-"}, os.Stdin, sources.Options{})
//	for _, e := range errs {
//		fmt.Fprintln(os.Stderr, e) // articles/x.txt:3:14: invalid UTF-8 (byte 0xe9)
//	}
//	for _, d := range docs {
//		for _, s := range d.Sentences {
//			fmt.Println(d.Position(s.Start), d.Text[s.Start:s.End])
//		}
//	}
//
// A Fetcher reads web pages the same way (HTML, plain text or Markdown, by
// their Content-Type), several at a time, one error per page; a page's id
// is URLID of its address:
//
//	f := &sources.Fetcher{Timeout: 30 * time.Second}
//	docs, errs := f.Fetch(ctx, []string{"https://example.org/news/ferry-toll"}, sources.Options{})
//
// For text and Markdown, Text is the file's own bytes, so offsets are file
// offsets. For HTML, Text is the article text that go-readability (Reader
// View) picks out of the page, blocks joined by blank lines, and the title,
// outlet, author and date are read from the page's JSON-LD, Open Graph
// tags and markup (htmlmeta.go): offsets index that text
// (Text[start:end] is a claim's text), while Position gives the line and
// column in the page's file where the character is written.
//
// Only Paragraph and Heading blocks are mined for claims (BlockKind.Mined).
// Furniture is what a web page puts around an article ("Read more",
// "5 min read", share bars, image credits, related stories; see
// furniture.go and its word lists in words/); Meta is front matter, the
// byline and the date line.
//
// It imports no other claimdiff package but internal/wordlist, which reads
// its word lists (words/: page furniture, abbreviations).
package sources
