package output

import (
	"testing"
)

func TestMarkdown(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "The crash killed 38 people.", "The crash killed 38 people."},
		{"white space folds", " a\tb\n\nc \u00a0d ", "a b c d"},
		{"control characters are shown", "a\x00b\x1bc\u202e", `a^\@b^\[c\<U+202E\>`},
		{"pipe", "a | b", `a \| b`},
		{"backslash", `a\b`, `a\\b`},
		{"emphasis", "*a* _b_ ~~c~~", `\*a\* \_b\_ \~\~c\~\~`},
		{"code", "`x`", "\\`x\\`"},
		{"link", "[a](http://x.example)", `\[a\](http\://x.example)`},
		{"image", "![i](x.png)", `!\[i\](x.png)`},
		{"html", "<script>", `\<script\>`},
		{"comment", "<!-- c -->", `\<!-- c --\>`},
		{"entity", "&amp;", `\&amp;`},
		{"math", "$5 and $6", `\$5 and \$6`},
		{"bare url", "see https://x.example/a", `see https\://x.example/a`},
		{"www", "see WWW.x.example", `see WWW\.x.example`},
		{"email", "a@x.example", `a\@x.example`},
		{"colon kept", "said: 38", "said: 38"},
		{"heading", "# not a heading", `\# not a heading`},
		{"hash inside", "issue #5", "issue #5"},
		{"bullet", "- item", `\- item`},
		{"plus", "+ item", `\+ item`},
		{"ordered", "1. item", `1\. item`},
		{"ordered paren", "12) item", `12\) item`},
		{"year is not a list", "2024. The year", `2024\. The year`},
		{"decimal kept", "3.7 billion", "3.7 billion"},
		{"marks are dropped", "a\uE000b\uE001c", "abc"},
		{"unicode kept", "25 décembre – “quoted”", "25 décembre – “quoted”"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Markdown(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestHTML(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "deaths (crash)", "deaths (crash)"},
		{"tags", "<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"},
		{"close details", "</summary></details>", "&lt;/summary&gt;&lt;/details&gt;"},
		{"blank line cannot end the block", "a\n\nb", "a b"},
		{"quotes and amp", `"a" & 'b'`, "&#34;a&#34; &amp; &#39;b&#39;"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := HTML(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestURL(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"https", "https://news.example/a?b=1#c", "https://news.example/a?b=1#c"},
		{"http", "http://news.example/a", "http://news.example/a"},
		{"javascript refused", "javascript:alert(1)", ""},
		{"data refused", "data:text/html,<script>", ""},
		{"relative refused", "/a/b", ""},
		{"no host refused", "https:///a", ""},
		{"parens encoded", "https://x.example/a_(b)", "https://x.example/a_%28b%29"},
		{"pipe and brackets encoded", "https://x.example/a|b[c]", "https://x.example/a%7Cb%5Bc%5D"},
		{"space and quote encoded", `https://x.example/a b"c`, "https://x.example/a%20b%22c"},
		{"angle brackets encoded", "https://x.example/<b>", "https://x.example/%3Cb%3E"},
		{"surrounding space trimmed", "  https://x.example/  ", "https://x.example/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := URL(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestMarkdownIntraword(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"id", "000_efe4a1d644a42c45", "000_efe4a1d644a42c45"},
		{"snake", "a_b_c", "a_b_c"},
		{"edges", "_a_ a_ _b", `\_a\_ a\_ \_b`},
		{"star inside", "a*b*c", `a\*b\*c`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Markdown(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestMarkdownCode(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"a.txt:3", "`a.txt:3`"},
		{"a`b", "``a`b``"},
		{"`a", "`` `a ``"},
		{"a\nb\x1b", "`a b^[`"},
	} {
		if got := MarkdownCode(tt.in); got != tt.want {
			t.Errorf("MarkdownCode(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}
