package report

import (
	"html"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text makes s safe to print as plain text in any Markdown inline context:
// a paragraph, a list item, a blockquote or a GFM table cell. White space is
// folded to single spaces (a line break would end a table row or a
// <details> HTML block), control characters are dropped, and every character
// that could open markup is backslash-escaped: emphasis and strike-through
// (* _ ~), code (`), links and images ([ ]), raw HTML and comments (< >),
// entities (&), table cells (|), GitHub math ($) and escapes themselves (\);
// only "_" inside a word, which CommonMark never reads as emphasis, is left.
// GFM's extended autolinks are broken too (":" before "//", "." after "www",
// "@"), and a leading character that would start a block (a heading, a list,
// a thematic break) is escaped.
func Text(s string) string {
	return escape(fold(s))
}

// escape escapes folded text that begins a line; the private-use runes
// markOpen and markClose pass through untouched, so a caller can mark a span
// before escaping and turn the marks into emphasis after.
func escape(s string) string { return escapeAt(s, true) }

// escapeAt escapes folded text; lineStart says whether it begins a line,
// where "#", "-", "+", "=" and "1." would start a block.
func escapeAt(s string, lineStart bool) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !special[c] {
			b.WriteByte(c)
			continue
		}
		switch {
		case c == '_' && i > 0 && i+1 < len(s) && isAlnum(s[i-1]) && isAlnum(s[i+1]):
			// Inside a word "_" can neither open nor close emphasis: source
			// ids like 000_efe4 stay readable.
		case strings.IndexByte("\\`*_[]<>|~&$@", c) >= 0:
			b.WriteByte('\\')
		case c == ':' && strings.HasPrefix(s[i+1:], "//"):
			b.WriteByte('\\')
		case c == '.' && i >= 3 && strings.EqualFold(s[i-3:i], "www"):
			b.WriteByte('\\')
		case !lineStart:
		case i == 0 && strings.IndexByte("#-+=", c) >= 0:
			b.WriteByte('\\')
		case (c == '.' || c == ')') && i > 0 && i <= 9 && allDigits(s[:i]) && (i+1 == len(s) || s[i+1] == ' '):
			// "1. " or "1) " at the start of a line opens an ordered list.
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// special marks the bytes escape looks at twice.
var special = func() (t [256]bool) {
	for _, c := range []byte("\\`*_[]<>|~&$@:.)#-+=") {
		t[c] = true
	}
	return t
}()

// HTML makes s safe as text inside a raw HTML block, such as the <summary>
// of a <details> section, where Markdown is not interpreted: white space is
// folded (a blank line would end the HTML block) and <, >, &, ' and " become
// entities.
func HTML(s string) string {
	return html.EscapeString(fold(s))
}

// fold drops control characters and folds runs of white space to one space.
func fold(s string) string {
	if isFolded(s) {
		return s
	}
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && !unicode.IsSpace(r) || r == markOpen || r == markClose {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// isFolded reports whether fold would return s unchanged, the common case.
func isFolded(s string) bool {
	space := true // no space at the start
	for _, r := range s {
		switch {
		case r == ' ':
			if space {
				return false
			}
			space = true
		case unicode.IsSpace(r) || unicode.IsControl(r) || r == markOpen || r == markClose || r == utf8.RuneError:
			return false
		default:
			space = false
		}
	}
	return !space || s == ""
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// Marks around a span of text to be emphasised; fold removes them from
// article text, so only the report can place them.
const (
	markOpen  = '\uE000'
	markClose = '\uE001'
)

// URL returns u fit to be a Markdown link destination, or "" when it is not
// an absolute http or https address: a source's URL comes from the article
// itself, so javascript: and data: are refused, and every byte that could end
// the destination or a table cell ( ( ) < > | space ` \ " [ ] ) is
// percent-encoded.
func URL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	s := p.String()
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x80 && (isAlnum(c) || strings.IndexByte("-._~:/?#@!$&'*+,;=%", c) >= 0) {
			b.WriteByte(c)
			continue
		}
		b.WriteString("%" + strings.ToUpper(hex2(c)))
	}
	return b.String()
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func hex2(c byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[c>>4], digits[c&15]})
}
