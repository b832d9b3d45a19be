package sources

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/claimdiff/claimdiff/internal/wordlist"
)

// Reader View keeps what sits inside the article's container, and sites
// put furniture there too: a newsletter box, a video player's label, a
// donation appeal. Before it runs, the elements whose class or id names
// such furniture are taken out of the page, and forms and buttons with
// them. An element that holds the headline or the article, or much of the
// page's text, is kept whatever its name: a class like "has-share-bar" on
// the article's wrapper must not take the article with it.
//
// The byline and date line ("Grace Moana · September 16, 2023") are kept,
// and their text returned, so that they are laid out as Meta blocks, never
// mined: Reader View keeps them when the page's metadata names the author
// already, and their dates are not claims. (An attribute would not do to
// mark them: Reader View moves their text into new elements.)

// htmlClassWords are the words of class and id names that mark page
// furniture and bylines, from words/html-furniture-classes.txt and
// words/html-byline-classes.txt.
type htmlClassWords struct {
	furniture map[string]bool // "newsletter", "promo", "share"
	meta      map[string]bool // "byline", "dateline", "pubdate"
}

// htmlClasses are the class words of the embedded lists, read when the
// first HTML page is.
var htmlClasses = sync.OnceValue(func() *htmlClassWords { return wordlist.Must(loadHTMLClassWords(wordLists)) })

// loadHTMLClassWords reads the class word lists of f.
func loadHTMLClassWords(f *wordlist.Files) (*htmlClassWords, error) {
	furniture, err := f.Set("words/html-furniture-classes.txt")
	if err != nil {
		return nil, err
	}
	meta, err := f.Set("words/html-byline-classes.txt")
	if err != nil {
		return nil, err
	}
	return &htmlClassWords{furniture: furniture, meta: meta}, nil
}

// metaChars is the most text (bytes other than space) a byline or date
// line holds.
const metaChars = 160

// dropFurniture takes the furniture out of the tree under root and
// returns the text of its bylines and date lines.
func dropFurniture(root *html.Node) []string { return htmlClasses().dropFurniture(root) }

// dropFurniture is dropFurniture with the class words cw.
func (cw *htmlClassWords) dropFurniture(root *html.Node) (meta []string) {
	body := findAtom(root, atom.Body)
	if body == nil {
		return nil
	}
	total := textLen(body)
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode {
				switch {
				case cw.isFurnitureElement(c) && !holdsArticle(c, total):
					n.RemoveChild(c)
				case cw.isMetaElement(c):
					if t := oneLine(textOf(c)); t != "" {
						meta = append(meta, t)
					}
				default:
					visit(c)
				}
			}
			c = next
		}
	}
	visit(body)
	return meta
}

// isFurnitureElement reports a form or button, or an element whose class
// or id is made of a furniture word and other words.
func (cw *htmlClassWords) isFurnitureElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Form, atom.Button, atom.Input, atom.Select, atom.Textarea:
		return true
	}
	for _, key := range []string{"class", "id"} {
		v := attr(n, key)
		if v == "" {
			continue
		}
		for _, w := range nameWords(v) {
			if cw.furniture[w] {
				return true
			}
		}
	}
	return false
}

// isMetaElement reports a short element whose class or id names a byline
// or a date line, or a <time>'s parent of little text.
func (cw *htmlClassWords) isMetaElement(n *html.Node) bool {
	named := false
	for _, key := range []string{"class", "id", "itemprop"} {
		for _, w := range nameWords(attr(n, key)) {
			named = named || cw.meta[w]
		}
	}
	if !named {
		for c := n.FirstChild; c != nil && !named; c = c.NextSibling {
			named = c.Type == html.ElementNode && c.DataAtom == atom.Time
		}
	}
	if !named || textLen(n) > metaChars {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if findAtom(c, atom.H1) != nil || findAtom(c, atom.P) != nil {
			return false
		}
	}
	return true
}

// nameWords splits a class or id into lower-case words at punctuation,
// digits and camel case.
func nameWords(v string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	prevLower := false
	for _, r := range v {
		switch {
		case unicode.IsUpper(r):
			if prevLower {
				flush()
			}
			b.WriteRune(unicode.ToLower(r))
			prevLower = false
		case unicode.IsLower(r):
			b.WriteRune(r)
			prevLower = true
		default:
			flush()
			prevLower = false
		}
	}
	flush()
	return out
}

// holdsArticle reports an element that holds the headline, an <article>
// or <main>, or more than a third of the page's text.
func holdsArticle(n *html.Node, total int) bool {
	if findAtom(n, atom.H1) != nil || findAtom(n, atom.Article) != nil || findAtom(n, atom.Main) != nil {
		return true
	}
	return textLen(n)*3 > total
}

// findAtom returns the first element under n (n included) of the tag a.
func findAtom(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findAtom(c, a); f != nil {
			return f
		}
	}
	return nil
}

// textLen counts the bytes of the text under n that are not space,
// leaving out scripts and styles.
func textLen(n *html.Node) int {
	switch {
	case n.Type == html.TextNode:
		k := 0
		for _, r := range n.Data {
			if !isSpace(r) {
				k++
			}
		}
		return k
	case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style):
		return 0
	}
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		k += textLen(c)
	}
	return k
}
