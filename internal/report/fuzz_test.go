package report

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/output"
	"github.com/claimdiff/claimdiff/internal/worddiff"
)

// fold is how escaped text reads back: on one line, printable. (The
// private-use marks the escaper keeps for itself are dropped from input.)
func fold(s string) string {
	return output.Line(strings.NewReplacer("\uE000", "", "\uE001", "").Replace(s))
}

// FuzzText checks, through a GFM parser, that any text, escaped, reads back as itself (white space
// folded) in a paragraph, a list item, a blockquote and a table cell, with no
// markup: no link, emphasis, code, HTML or extra cell.
func FuzzText(f *testing.F) {
	for _, s := range hostilePieces {
		f.Add(s)
	}
	for _, s := range []string{"1. a", "# h", "- x", "***", "___", "a  \nb", "\\", "`", "<", "&#65;", "www.x.com", "x@y.co", "http://a.b", "~~", "==", "[^1]", "<http://a.b>", "a\u00a0b", "5 * 3 = 15"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsRune(s, utf8.RuneError) {
			return
		}
		want := fold(s)
		if want == "" {
			return
		}
		e := output.Markdown(s)
		for _, md := range []string{
			e + "\n",
			"- " + e + "\n",
			"> " + e + "\n",
			"| h |\n| --- |\n| " + e + " |\n",
		} {
			root, out := gfm(t, md)
			for _, tag := range []string{"<a", "<em", "<strong", "<code", "<del", "<img", "<h1", "<h2", "<hr", "<ol", "<pre", "<br", "<input"} {
				if strings.Contains(out, tag) {
					t.Fatalf("%q escaped as %q renders %s in %q", s, e, tag, out)
				}
			}
			got := plain(out)
			if strings.HasPrefix(md, "|") {
				checkTables(t, md, root)
				got = strings.TrimPrefix(got, "h ")
			}
			if got != want {
				t.Fatalf("%q escaped as %q reads %q, want %q (markdown %q, html %q)", s, e, got, want, md, out)
			}
		}
	})
}

// FuzzQuote checks that a claim's sentence with its text in bold reads back
// as the sentence, whatever the two hold.
func FuzzQuote(f *testing.F) {
	f.Add("It cost US$5bn in all.", "$5bn")
	f.Add("It killed 38 people.", "38")
	f.Add("a *38* b", "*38*")
	f.Add("(38)", "38")
	f.Fuzz(func(t *testing.T, sentence, text string) {
		if !utf8.ValidString(sentence+text) || strings.ContainsRune(sentence+text, utf8.RuneError) || fold(sentence) == "" ||
			len(sentence) > output.MaxQuote {
			return
		}
		_, out := gfm(t, quote(claims.Claim{Sentence: sentence, Text: text})+"\n")
		if got, want := plain(out), fold(sentence); got != want {
			t.Fatalf("quote of %q (claim %q) reads %q, want %q", sentence, text, got, want)
		}
	})
}

var (
	strongRE = regexp.MustCompile(`(?s)<strong>.*?</strong>`)
	delRE    = regexp.MustCompile(`(?s)<del>.*?</del>`)
)

// FuzzMarkdownDiff checks that a rendered word diff reads as the first text
// without its bold runs and as the second without its struck ones.
func FuzzMarkdownDiff(f *testing.F) {
	f.Add("The crash killed 38 people.", "The crash killed 39 people.")
	f.Add("# 38 *dead*", "- 39 _dead_")
	f.Add("a ~~b~~ c", "a **b** c")
	f.Fuzz(func(t *testing.T, a, b string) {
		if !utf8.ValidString(a+b) || strings.ContainsRune(a+b, utf8.RuneError) || fold(a) == "" && fold(b) == "" {
			return
		}
		_, out := gfm(t, "> "+output.MarkdownDiff(worddiff.Exact(fold(a), fold(b)))+"\n")
		norm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
		if got, want := norm(plain(strongRE.ReplaceAllString(out, " "))), fold(a); got != want {
			t.Fatalf("diff of %q and %q reads %q without its bold runs, want %q (%s)", a, b, got, want, out)
		}
		if got, want := norm(plain(delRE.ReplaceAllString(out, " "))), fold(b); got != want {
			t.Fatalf("diff of %q and %q reads %q without its struck runs, want %q (%s)", a, b, got, want, out)
		}
	})
}
