package sources

import (
	"encoding/json"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A page says what it is in three places, read here in one walk of its
// tree: <meta> tags (Open Graph's og:title, og:site_name and
// article:published_time, and their older kin), JSON-LD (schema.org's
// NewsArticle: headline, datePublished, publisher.name, author.name) and
// the page itself (<title>, <time datetime>, itemprop attributes, <h1>).
// JSON-LD is what publishers fill in for search engines and is the most
// often right; Open Graph comes next; what the page shows comes last.

// pageMeta is what the head and markup of a page say about its article.
type pageMeta struct {
	title     string    // the article's headline
	outlet    string    // the publisher
	author    string    // the byline's name(s)
	url       string    // canonical address
	published time.Time // publication day, as written in the page's own zone
	h1        []string  // the text of the page's <h1> headings, in order
}

// metaNames are the <meta name|property|itemprop> keys read, and what
// each gives.
var metaNames = map[string]string{
	"og:title":         "title",
	"twitter:title":    "title2",
	"og:site_name":     "outlet",
	"application-name": "outlet2",
	"og:url":           "url2",
	"author":           "author",
	"article:author":   "author2",
	"byl":              "author2",
	"dc.creator":       "author2",
	"parsely-author":   "author2",
	"sailthru.author":  "author2",

	"article:published_time": "date",
	"og:published_time":      "date",
	"datepublished":          "date2",
	"date":                   "date2",
	"pubdate":                "date2",
	"publishdate":            "date2",
	"publish-date":           "date2",
	"publish_date":           "date2",
	"publication_date":       "date2",
	"dc.date":                "date2",
	"dc.date.issued":         "date2",
	"dcterms.created":        "date2",
	"dcterms.issued":         "date2",
	"sailthru.date":          "date2",
	"parsely-pub-date":       "date2",
	"article.published":      "date2",
}

// metaReader gathers what one walk of the page finds, by source and in
// order of preference within each.
type metaReader struct {
	fields  map[string]string // the first value of each metaNames key kind
	title   string            // <title>
	ldItems []any             // decoded JSON-LD blocks
	canon   string            // <link rel=canonical>
	times   []pageTime        // <time datetime> and itemprop=datePublished
	h1      []string
	author  string // itemprop=author
	head    string // itemprop=headline
}

// pageTime is a date found in the page's markup, with how sure it is to
// be the publication date.
type pageTime struct {
	value string
	rank  int // 0: said to be the publication date; 1: in the article; 2: anywhere
}

// readMeta reads what root says about its article.
func readMeta(root *html.Node) pageMeta {
	r := metaReader{fields: map[string]string{}}
	r.walk(root, false)
	var m pageMeta
	ld := readJSONLD(r.ldItems)

	m.title = firstOf(r.fields["title"], ld.headline, r.fields["title2"], r.head)
	m.outlet = firstOf(r.fields["outlet"], ld.publisher, r.fields["outlet2"])
	if m.title == "" {
		m.title = cutTitle(r.title, m.outlet, r.h1)
	}
	if m.title == "" && len(r.h1) > 0 {
		m.title = r.h1[0]
	}
	m.author = firstOf(ld.author, r.fields["author"], r.author, notURL(r.fields["author2"]))
	m.url = firstOf(r.canon, r.fields["url2"], ld.url)
	if m.outlet == "" {
		m.outlet = titleOutlet(r.title, m.title)
	}
	if m.outlet == "" {
		if u, err := url.Parse(m.url); err == nil {
			m.outlet = strings.TrimPrefix(u.Hostname(), "www.")
		}
	}
	dates := []string{ld.published, r.fields["date"], r.fields["date2"]}
	for rank := 0; rank <= 2; rank++ {
		for _, t := range r.times {
			if t.rank == rank {
				dates = append(dates, t.value)
			}
		}
	}
	for _, s := range dates {
		if t, ok := ParseDate(s); ok && s != "" {
			m.published = t
			break
		}
	}
	m.h1 = r.h1
	for _, p := range []*string{&m.title, &m.outlet, &m.author} {
		*p = oneLine(*p)
	}
	return m
}

func (r *metaReader) walk(n *html.Node, inArticle bool) {
	if n.Type != html.ElementNode {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			r.walk(c, inArticle)
		}
		return
	}
	switch n.DataAtom {
	case atom.Title:
		if r.title == "" {
			r.title = textOf(n)
		}
		return
	case atom.Meta:
		key := strings.ToLower(firstOf(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
		if kind := metaNames[key]; kind != "" && r.fields[kind] == "" {
			r.fields[kind] = strings.TrimSpace(attr(n, "content"))
		}
		return
	case atom.Link:
		if r.canon == "" && strings.EqualFold(attr(n, "rel"), "canonical") {
			r.canon = strings.TrimSpace(attr(n, "href"))
		}
		return
	case atom.Script:
		if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
			if v, ok := decodeJSONLD(textOf(n)); ok {
				r.ldItems = append(r.ldItems, v)
			}
		}
		return
	case atom.Style, atom.Template, atom.Noscript:
		return
	case atom.Article, atom.Main:
		inArticle = true
	case atom.H1:
		if t := oneLine(textOf(n)); t != "" {
			r.h1 = append(r.h1, t)
		}
	case atom.Time:
		if v := strings.TrimSpace(attr(n, "datetime")); v != "" {
			rank := 2
			if inArticle {
				rank = 1
			}
			if hasAttr(n, "pubdate") || strings.Contains(strings.ToLower(attr(n, "class")+" "+attr(n, "itemprop")), "publish") {
				rank = 0
			}
			r.times = append(r.times, pageTime{v, rank})
		}
	}
	switch strings.ToLower(attr(n, "itemprop")) {
	case "datepublished":
		if v := firstOf(attr(n, "content"), attr(n, "datetime"), oneLine(textOf(n))); v != "" {
			r.times = append(r.times, pageTime{v, 0})
		}
	case "headline":
		if r.head == "" {
			r.head = oneLine(textOf(n))
		}
	case "author":
		if r.author == "" {
			r.author = oneLine(textOf(n))
		}
	}
	if strings.Contains(strings.ToLower(attr(n, "itemtype")), "article") {
		inArticle = true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c, inArticle)
	}
}

// cutTitle takes the site's name off a <title>: "Flood hits town | The
// Courier" is "Flood hits town" when the outlet is "The Courier" or a
// heading of the page is "Flood hits town"; so is "The Courier - Flood
// hits town".
func cutTitle(title, outlet string, h1 []string) string {
	title = oneLine(title)
	for _, sp := range titleSplits(title) {
		head, tail := sp[0], sp[1]
		if outlet != "" && strings.EqualFold(tail, outlet) {
			return head
		}
		if outlet != "" && strings.EqualFold(head, outlet) {
			return tail
		}
		for _, h := range h1 {
			if strings.EqualFold(h, head) {
				return head
			}
			if strings.EqualFold(h, tail) {
				return tail
			}
		}
	}
	return title
}

// titleOutlet is the site's name from a <title> of the form "headline |
// site" or "site - headline", once the headline is known.
func titleOutlet(title, headline string) string {
	for _, sp := range titleSplits(oneLine(title)) {
		head, tail := sp[0], sp[1]
		switch {
		case strings.EqualFold(head, headline) && words(tail) <= 5:
			return tail
		case strings.EqualFold(tail, headline) && words(head) <= 5:
			return head
		}
	}
	return ""
}

// titleSplits cuts a <title> in two at the first and at the last of the
// separators that sites put between headline and site name.
func titleSplits(title string) [][2]string {
	var out [][2]string
	for _, s := range []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • "} {
		for _, i := range []int{strings.Index(title, s), strings.LastIndex(title, s)} {
			if i <= 0 {
				continue
			}
			head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(s):])
			if head != "" && tail != "" {
				out = append(out, [2]string{head, tail})
			}
		}
	}
	return out
}

// ldArticle is what the JSON-LD of a page says of its article.
type ldArticle struct {
	headline, published, publisher, author, url string
}

// decodeJSONLD decodes one <script type="application/ld+json">; some
// sites wrap it in an HTML comment or CDATA.
func decodeJSONLD(s string) (any, bool) {
	s = strings.TrimSpace(s)
	for _, w := range [][2]string{{"<!--", "-->"}, {"//<![CDATA[", "//]]>"}, {"<![CDATA[", "]]>"}} {
		s = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, w[0]), w[1]))
	}
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		return nil, false
	}
	return v, true
}

// readJSONLD finds the article among the JSON-LD objects of a page (at
// the top, in a list, or in an "@graph") and reads it, following "@id"
// references to its publisher and author.
func readJSONLD(items []any) ldArticle {
	var objs []map[string]any
	var collect func(v any, depth int)
	collect = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch v := v.(type) {
		case []any:
			for _, e := range v {
				collect(e, depth+1)
			}
		case map[string]any:
			objs = append(objs, v)
			if g, ok := v["@graph"]; ok {
				collect(g, depth+1)
			}
		}
	}
	for _, it := range items {
		collect(it, 0)
	}
	byID := map[string]map[string]any{}
	for _, o := range objs {
		if id, ok := o["@id"].(string); ok {
			if _, seen := byID[id]; !seen {
				byID[id] = o
			}
		}
	}
	resolve := func(v any) any {
		if o, ok := v.(map[string]any); ok {
			if id, ok := o["@id"].(string); ok && len(o) == 1 {
				if t, ok := byID[id]; ok {
					return t
				}
			}
		}
		return v
	}
	var a ldArticle
	for _, o := range objs {
		if !ldIsArticle(o["@type"]) {
			continue
		}
		a.headline = firstOf(a.headline, ldString(o["headline"]), ldString(o["name"]))
		a.published = firstOf(a.published, ldString(o["datePublished"]), ldString(o["dateCreated"]))
		a.publisher = firstOf(a.publisher, ldName(resolve, o["publisher"]))
		a.author = firstOf(a.author, ldName(resolve, o["author"]))
		a.url = firstOf(a.url, ldString(o["url"]), ldString(resolve(o["mainEntityOfPage"])))
	}
	return a
}

// ldIsArticle reports a schema.org type of news or blog article.
func ldIsArticle(t any) bool {
	switch t := t.(type) {
	case string:
		return strings.HasSuffix(t, "Article") || strings.HasSuffix(t, "BlogPosting") || t == "Report"
	case []any:
		for _, e := range t {
			if ldIsArticle(e) {
				return true
			}
		}
	}
	return false
}

// ldName reads the name of an organisation or of people: a string, an
// object with a name, or a list of them joined with ", ".
func ldName(resolve func(any) any, v any) string {
	v = resolve(v)
	switch v := v.(type) {
	case string:
		if strings.HasPrefix(v, "http://") || strings.HasPrefix(v, "https://") {
			return ""
		}
		return strings.TrimSpace(v)
	case map[string]any:
		return ldString(v["name"])
	case []any:
		var names []string
		for _, e := range v {
			if n := ldName(resolve, e); n != "" && len(names) < 8 {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// ldString reads a string value, or the "@id" or "@value" of an object.
func ldString(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case map[string]any:
		return firstOf(ldString(v["@value"]), ldString(v["@id"]))
	case []any:
		if len(v) > 0 {
			return ldString(v[0])
		}
	}
	return ""
}

// notURL drops a value that is an address (article:author often is).
func notURL(s string) string {
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		return ""
	}
	return s
}

func firstOf(s ...string) string {
	for _, v := range s {
		if strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return true
		}
	}
	return false
}

// textOf is the text of n and its descendants.
func textOf(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b.WriteString(c.Data)
			case html.ElementNode:
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}
