package render

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/internal/history"
	"github.com/claimdiff/claimdiff/sources"
	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// hostileHistory is a source of two revisions whose title, address and
// sentences try to add markup, links and terminal escapes.
func hostileHistory() history.History {
	rev := func(n int, title, sentence string, v float64) history.Revision {
		d := &sources.Document{ID: "wire", Path: "wire.md", Title: title, Outlet: "Wire | <b>x</b>",
			URL: "javascript:alert(1)", Published: time.Date(2025, 3, 2, 0, 0, 0, 0, time.UTC), Text: sentence,
			Blocks: []sources.Block{{Kind: sources.Paragraph, Start: 0, End: len(sentence)}}}
		i := strings.Index(sentence, "9")
		if v != 9 {
			i = strings.Index(sentence, "11")
		}
		c := claims.Claim{Source: "wire", Path: "wire.md", Kind: mention.KindCount, Metric: "deaths", Sentence: sentence,
			Text: sentence[i : i+len(strings.Fields(sentence[i:])[0])], Start: i, Value: mention.NewNumber(v, "", mention.Exact, 0)}
		return history.Revision{Number: n, Ingested: time.Date(2025, 3, 1+n, 12, 0, 0, 0, time.UTC), Document: d, Claims: []claims.Claim{c}}
	}
	return history.Build("wire", []history.Revision{
		rev(1, "Fire <script>alert(1)</script> | [x](javascript:y)", "The fire killed 9 people, said <img src=x onerror=y> and [a](javascript:z) | cell | `code`.", 9),
		rev(2, "Fire \x1b]0;owned\x07 toll", "The fire killed 11 people, said <img src=x onerror=y> and [a](javascript:z) | cell | `code`.", 11),
	})
}

func TestHistoryMarkdownSafe(t *testing.T) {
	var b bytes.Buffer
	if err := History(&b, hostileHistory(), Options{Format: Markdown}); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	if !strings.Contains(md, "~~9~~ **11**") {
		t.Errorf("the toll's diff is missing:\n%s", md)
	}
	src := []byte(md)
	root := goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser().Parse(text.NewReader(src))
	gast.Walk(root, func(n gast.Node, entering bool) (gast.WalkStatus, error) {
		if !entering {
			return gast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *gast.RawHTML, *gast.HTMLBlock:
			t.Errorf("raw HTML from the source: %q", n.Text(src))
		case *gast.Link, *gast.AutoLink, *gast.Image:
			t.Errorf("a link from the source: %q", n.Text(src))
		case *extast.Table:
			want := len(n.Alignments)
			for r := n.FirstChild(); r != nil; r = r.NextSibling() {
				if got := r.ChildCount(); got != want {
					t.Errorf("a table row of %d cells, want %d", got, want)
				}
			}
		}
		return gast.WalkContinue, nil
	})
	if strings.ContainsRune(md, 0x1b) || strings.ContainsRune(md, 0x07) {
		t.Errorf("a control character reached the Markdown:\n%q", md)
	}
}

func TestHistoryTextSafe(t *testing.T) {
	for _, color := range []bool{false, true} {
		var b bytes.Buffer
		if err := History(&b, hostileHistory(), Options{Format: Table, TTY: color, Color: color}); err != nil {
			t.Fatal(err)
		}
		out := strings.ReplaceAll(b.String(), "\x1b[", "CSI[") // our own colour
		if strings.ContainsAny(out, "\x1b\x07") {
			t.Errorf("colour %v: a control character from the source reached the terminal:\n%q", color, out)
		}
		if !strings.Contains(out, " deaths  9 → 11") {
			t.Errorf("colour %v: no change of the toll:\n%s", color, out)
		}
	}
}
