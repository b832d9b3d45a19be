package report

import (
	"bytes"
	"fmt"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/internal/output"
	"github.com/claimdiff/claimdiff/sources"
	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	ghtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
)

// gfm parses and renders Markdown as GitHub does: GFM tables, strike-through,
// autolinks and task lists, with raw HTML passed through, so any HTML an
// article managed to inject would show in the output.
func gfm(t *testing.T, md string) (gast.Node, string) {
	t.Helper()
	g := goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(ghtml.WithUnsafe()),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()))
	src := []byte(md)
	root := g.Parser().Parse(text.NewReader(src))
	var b bytes.Buffer
	if err := g.Renderer().Render(&b, src, root); err != nil {
		t.Fatal(err)
	}
	return root, b.String()
}

// checkTables checks that every table row, in the AST and in the source
// line it came from, has as many cells as its header, and that every source
// line that looks like a row belongs to a table.
func checkTables(t *testing.T, md string, root gast.Node) int {
	t.Helper()
	src := []byte(md)
	rowsAt := map[int]bool{}
	tables := 0
	gast.Walk(root, func(n gast.Node, entering bool) (gast.WalkStatus, error) {
		tbl, ok := n.(*extast.Table)
		if !entering || !ok {
			return gast.WalkContinue, nil
		}
		tables++
		want := len(tbl.Alignments)
		for r := tbl.FirstChild(); r != nil; r = r.NextSibling() {
			if got := r.ChildCount(); got != want {
				t.Errorf("table %d: row has %d cells, want %d", tables, got, want)
			}
			line := lineAt(src, r.Pos())
			rowsAt[lineStart(src, r.Pos())] = true
			if got := cellsIn(line); got != want {
				t.Errorf("table %d: source row %q has %d cells, want %d", tables, line, got, want)
			}
		}
		return gast.WalkSkipChildren, nil
	})
	start := 0
	for _, line := range strings.SplitAfter(md, "\n") {
		if strings.HasPrefix(line, "|") && !rowsAt[start] && !delimRow.MatchString(line) {
			t.Errorf("line %q looks like a table row but is not part of a table", strings.TrimSpace(line))
		}
		start += len(line)
	}
	return tables
}

func lineStart(src []byte, pos int) int {
	return bytes.LastIndexByte(src[:pos], '\n') + 1
}

func lineAt(src []byte, pos int) string {
	s := lineStart(src, pos)
	e := bytes.IndexByte(src[s:], '\n')
	if e < 0 {
		return string(src[s:])
	}
	return string(src[s : s+e])
}

// cellsIn counts the cells of a "| a | b |" row the way GFM splits it: at
// pipes not preceded by a backslash.
func cellsIn(line string) int {
	line = strings.TrimSpace(line)
	line = strings.TrimPrefix(line, "|")
	if strings.HasSuffix(line, "|") && !strings.HasSuffix(line, `\|`) {
		line = line[:len(line)-1]
	}
	n := 1
	for i := 0; i < len(line); i++ {
		if line[i] == '|' && (i == 0 || line[i-1] != '\\') {
			n++
		}
	}
	return n
}

var delimRow = regexp.MustCompile(`^\|( *:?-+:? *\|)+\n?$`)

var tagRE = regexp.MustCompile(`<[^>]*>`)

// plain is the text a reader sees in rendered HTML, white space folded.
func plain(h string) string {
	return strings.Join(strings.Fields(html.UnescapeString(tagRE.ReplaceAllString(h, ""))), " ")
}

// hostilePieces are things an article may say that must reach the reader as
// the very characters written, never as markup.
var hostilePieces = []string{
	"a | b || c",
	"`code` and ``` fence",
	"<script>alert(1)</script>",
	"[click me](https://evil.example/x)",
	"![pixel](https://evil.example/p.png)",
	"<!-- hidden -->",
	"*star* _under_ **bold** ~~strike~~",
	"https://evil.example/bare and www.evil.example and someone@evil.example",
	"&amp; &lt;b&gt;",
	`<img src=x onerror="alert(2)">`,
	"$5 and $6$ math",
	"</summary></details><details open>",
	"[ref]: https://evil.example/ref",
	`C:\path\ |`,
	"snake_case_id and _x_y_ and __dunder__",
}

func hostile() Input {
	say := strings.Join(hostilePieces, " ")
	sub := "the <b>crash</b> | [x](https://evil.example/s)"
	a := claim("a|`b`", 1, "deaths <i>", sub, "38", "# 1. "+say+" killed 38 people", num(38, "", mention.Exact))
	a.Path = "in/<script>|a.txt"
	b := claim("b", 2, "deaths <i>", sub, "39", "- "+say+" killed 39 people\n| --- | --- |\n\n</details>", num(39, "", mention.Exact))
	c := claim("c", 3, "when *", sub, "July 7", "> "+say+" on July 7", date(0, 7, 7))
	d := claim("b", 4, "when *", sub, "25 December 2024", say+" on 25 December 2024", date(2024, 12, 25))
	e := claim("c", 5, "agreed ~~x~~", sub, "6%", "1) "+say+" 6%", num(6, "%", mention.Exact))
	f := claim("b", 6, "agreed ~~x~~", sub, "6%", say+" 6%", num(6, "%", mention.Exact))
	g := claim("a|`b`", 7, "single <!--", sub, "$5bn", say+" $5bn", num(5e9, "USD", mention.Exact))
	docs := []*sources.Document{
		{ID: "a|`b`", Path: a.Path, Title: "Title " + say, Outlet: "<script>x</script>", URL: "https://news.example/safe"},
		{ID: "b", Path: "b.txt", Title: "[t](https://evil.example/t)", Outlet: "| x |", URL: "javascript:alert(3)"},
		{ID: "c", Path: "c.txt", Title: "<!--", Outlet: "*o*", URL: "https://evil.example/(x)|<y>"},
	}
	return Input{Docs: docs, Claims: []claims.Claim{a, b, c, d, e, f, g}, Findings: []compare.Finding{
		finding(compare.Conflict, 1, a, b), finding(compare.Conflict, 0.5, d, c), finding(compare.Agree, 0, e, f), finding(compare.Single, 0, g),
	}}
}

func TestHostileArticleRendersAsText(t *testing.T) {
	in := hostile()
	md := render(t, in, Options{Title: "<script>t</script> | [x](https://evil.example/title)", Tolerance: compare.DefaultTolerance})
	root, out := gfm(t, md)
	if n := checkTables(t, md, root); n != 3 {
		t.Errorf("got %d tables, want 3 (disagreements, timeline, sources)", n)
	}

	for _, bad := range []string{"<script", "<img", "<iframe", "<i>", "<b>", "<!--", "<em>", "<code>", "<pre>", "<h4", "<ol", "<blockquote>\n<h", "javascript:", "<details open"} {
		if strings.Contains(out, bad) {
			t.Errorf("rendered HTML holds %q from an article", bad)
		}
	}
	allowed := map[string]bool{"https://news.example/safe": true, "https://evil.example/%28x%29%7C%3Cy%3E": true}
	for _, m := range regexp.MustCompile(`<a\b[^>]*href="([^"]*)"`).FindAllStringSubmatch(out, -1) {
		if !allowed[html.UnescapeString(m[1])] {
			t.Errorf("got a link to %q, from article text", m[1])
		}
	}
	for _, tag := range []string{"<details>", "</details>", "<summary>", "<table>", "<h1"} {
		want := map[string]int{"<details>": 2, "</details>": 2, "<summary>": 2, "<table>": 3, "<h1": 1}[tag]
		if got := strings.Count(out, tag); got != want {
			t.Errorf("got %d %s, want %d", got, tag, want)
		}
	}
	text := plain(out)
	for _, p := range hostilePieces {
		if !strings.Contains(text, p) {
			t.Errorf("rendered text lacks %q as written", p)
		}
	}
	for _, p := range []string{"<script>t</script> | [x](https://evil.example/title)", "a|`b`", "in/<script>|a.txt:1", "the <b>crash</b> | [x](https://evil.example/s)"} {
		if !strings.Contains(text, p) {
			t.Errorf("rendered text lacks %q as written", p)
		}
	}
}

func TestReportTablesParse(t *testing.T) {
	tests := []struct {
		name   string
		in     Input
		tables int
	}{
		{"fixture", ferry(), 3},
		{"hostile", hostile(), 3},
		{"empty", Input{}, 0},
		{"findings without sides or claims", Input{Findings: []compare.Finding{
			{Status: compare.Conflict}, {Status: compare.Agree}, {Status: compare.Single},
			{Status: compare.Conflict, Kind: mention.KindDate, Sides: []compare.Side{{Value: date(2024, 1, 1)}, {Value: date(2024, 2, 1)}}},
		}}, 2},
		{"only singles", Input{Docs: ferry().Docs, Claims: ferry().Claims, Findings: ferry().Findings[5:]}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			md := render(t, tt.in, Options{Tolerance: compare.DefaultTolerance})
			root, _ := gfm(t, md)
			if got := checkTables(t, md, root); got != tt.tables {
				t.Errorf("got %d tables, want %d", got, tt.tables)
			}
		})
	}
}

func TestMarkdownDiffRenders(t *testing.T) {
	tests := []struct {
		name, a, b string
		del, ins   []string
	}{
		{"one number", "The crash killed 38 people.", "The crash killed 39 people.", []string{"38"}, []string{"39"}},
		{"money", "trade of $3.7bn last year", "trade of $5bn last year", []string{"$3.7bn"}, []string{"$5bn"}},
		{"markup words", "a *b* c", "a _d_ c", []string{"*b*"}, []string{"_d_"}},
		{"leading change", "# 38 dead", "- 39 dead", []string{"# 38"}, []string{"- 39"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, out := gfm(t, "> "+output.MarkdownDiff(worddiffWords(tt.a, tt.b))+"\n")
			for _, w := range tt.del {
				if !strings.Contains(out, "<del>"+html.EscapeString(w)+"</del>") {
					t.Errorf("got %s, want <del>%s</del>", out, w)
				}
			}
			for _, w := range tt.ins {
				if !strings.Contains(out, "<strong>"+html.EscapeString(w)+"</strong>") {
					t.Errorf("got %s, want <strong>%s</strong>", out, w)
				}
			}
		})
	}
}

func TestQuoteEmphasis(t *testing.T) {
	tests := []struct {
		name, sentence, text, want string
	}{
		{"number", "It killed 38 people.", "38", "<strong>38</strong>"},
		{"money", "Trade reached $3.7bn, officials said.", "$3.7bn", "<strong>$3.7bn</strong>"},
		{"inside a word", "It cost US$5bn in all.", "$5bn", "US$5bn"},
		{"not found", "It killed 38 people.", "39", "It killed 38 people."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, out := gfm(t, quote(claims.Claim{Sentence: tt.sentence, Text: tt.text})+"\n")
			if !strings.Contains(out, tt.want) || strings.Contains(out, "**") {
				t.Errorf("got %s, want it to hold %s", out, tt.want)
			}
		})
	}
}

func TestSpread(t *testing.T) {
	tests := []struct {
		name   string
		values []mention.Value
		want   string
	}{
		{"counts", []mention.Value{num(38, "", mention.Exact), num(39, "", mention.Exact)}, "1 (2.6%)"},
		{"money", []mention.Value{num(3.7e9, "USD", mention.Exact), num(5e9, "USD", mention.Exact)}, "USD 1.3 billion (26%)"},
		{"percent", []mention.Value{num(6, "%", mention.Exact), num(8, "%", mention.Exact)}, "2 points (25%)"},
		{"dates", []mention.Value{date(2024, 12, 25), date(2025, 1, 4)}, "10 days"},
		{"date without year", []mention.Value{date(2024, 12, 25), date(0, 7, 7)}, "171 days"},
		{"one side", []mention.Value{num(1, "", mention.Exact)}, "—"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var f compare.Finding
			for _, v := range tt.values {
				f.Sides = append(f.Sides, compare.Side{Value: v})
			}
			if got := spread(f); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// bigInput is a story with many findings of every status, to fold.
func bigInput(n int) Input {
	in := ferry()
	for i := 0; i < n; i++ {
		sub := fmt.Sprintf("event %03d", i)
		s := fmt.Sprintf("In event %03d the count was", i)
		a := claim("alpha", 10+i, "count", sub, "10", s+" 10 according to the first source.", num(10, "", mention.Exact))
		b := claim("bravo", 10+i, "count", sub, "11", s+" 11 according to the second source.", num(11, "", mention.Exact))
		c := claim("charlie", 10+i, "agreed", sub, "7", s+" 7 and all agree.", num(7, "", mention.Exact))
		d := claim("alpha", 10+i, "agreed", sub, "7", s+" 7, all agree.", num(7, "", mention.Exact))
		e := claim("bravo", 20+i, "single", sub, "5", s+" 5 says one.", num(5, "", mention.Exact))
		in.Claims = append(in.Claims, a, b, c, d, e)
		in.Findings = append(in.Findings, finding(compare.Conflict, 0.01*float64(i%7), a, b), finding(compare.Agree, 0, c, d), finding(compare.Single, 0, e))
	}
	return in
}

func TestMaxBytes(t *testing.T) {
	in := bigInput(40)
	opt := Options{Tolerance: compare.DefaultTolerance}
	p := build(in, opt)
	full := len(render(t, in, opt))
	n := len(p.rows) // 43 conflicts
	// size is the length of the report folded as f says, under its own size as
	// the limit (the notice prints the limit, so settle it in two rounds).
	size := func(f folding) int {
		f.limit = full
		for i := 0; i < 3; i++ {
			f.limit = len(p.assemble(f))
		}
		return f.limit
	}
	tests := []struct {
		name    string
		limit   int
		has     []string // substrings the report must hold
		hasNot  []string
		wantErr bool
	}{
		{"no limit", 0, []string{"- agreed (event 000)", "<summary>43. count"}, []string{"[!NOTE]", "left out"}, false},
		{"roomy limit", full, []string{"- agreed (event 000)"}, []string{"[!NOTE]"}, false},
		{"agreed folded first", full - 1, []string{"it leaves out the 42 agreed facts.", "- single (event 000)"}, []string{"- agreed (event"}, false},
		{"then singles", size(folding{agreed: true, singles: true, details: n, rows: n}),
			[]string{"the 42 agreed facts and the 42 facts given by one source.", "<summary>43. count"}, []string{"- single (event"}, false},
		{"then the least serious evidence", size(folding{agreed: true, singles: true, details: 20, rows: n}),
			[]string{"the evidence for the 23 least serious disagreements.", "<summary>20. count", "_The evidence for the 23 least serious", "## Timeline\n\n|"},
			[]string{"<summary>21."}, false},
		{"then timeline and inventory", size(folding{agreed: true, singles: true, timeline: true, inventory: true, rows: n}),
			[]string{"the evidence for all 43 disagreements, the timeline and the source inventory.", "_The evidence for all 43 disagreements is left out", "| 43 | count"}, []string{"<details>", "| Date |", "| Source |"}, false},
		{"then table rows", size(folding{agreed: true, singles: true, timeline: true, inventory: true, rows: 10}),
			[]string{"the table rows of the 33 least serious disagreements.", "| 10 | count"}, []string{"| 11 |"}, false},
		{"too small", 500, nil, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			o := opt
			o.MaxBytes = tt.limit
			err := Write(&b, in, o)
			if (err != nil) != tt.wantErr {
				t.Fatalf("got error %v, want error %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			md := b.String()
			if tt.limit > 0 && len(md) > tt.limit {
				t.Errorf("got %d bytes, want at most %d", len(md), tt.limit)
			}
			for _, s := range tt.has {
				if !strings.Contains(md, s) {
					t.Errorf("report lacks %q:\n%s", s, clip(md))
				}
			}
			for _, s := range tt.hasNot {
				if strings.Contains(md, s) {
					t.Errorf("report holds %q:\n%s", s, clip(md))
				}
			}
			root, _ := gfm(t, md)
			checkTables(t, md, root)
		})
	}
}

func clip(s string) string {
	if len(s) > 1500 {
		return s[:1500] + "…"
	}
	return s
}
