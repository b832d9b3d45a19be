package output

import (
	"html"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/internal/worddiff"
)

// Markdown makes s safe to print as plain text in any Markdown inline
// context, at the start of a line: a paragraph, a list item, a blockquote or
// a GFM table cell. White space is folded to single spaces (a line break
// would end a table row or a <details> HTML block), control characters are
// shown visibly as Printable shows them, and every character
// that could open markup is backslash-escaped: emphasis and strike-through
// (* _ ~), code (`), links and images ([ ]), raw HTML and comments (< >),
// entities (&), table cells (|), GitHub math ($) and escapes themselves (\);
// only "_" inside a word, which CommonMark never reads as emphasis, is left.
// GFM's extended autolinks are broken too (":" before "//", "." after "www",
// "@"), and a leading character that would start a block (a heading, a list,
// a thematic break) is escaped.
func Markdown(s string) string {
	return escapeAt(fold(s), true)
}

// MarkdownInline is Markdown for text that does not begin a line, where "#",
// "-" or "1." cannot start a block and are left alone.
func MarkdownInline(s string) string {
	return escapeAt(fold(s), false)
}

// MarkdownEmphasis is Markdown for a sentence with the first place span
// stands in it in bold, where CommonMark lets emphasis open and close
// there (it will not open "**" between a letter and a "$", for one).
func MarkdownEmphasis(sentence, span string) string {
	s, t := fold(sentence), fold(span)
	i := strings.Index(s, t)
	if t == "" || i < 0 || !canEmphasise(s, i, i+len(t)) {
		return escapeAt(s, true)
	}
	return strings.NewReplacer(string(markOpen), "**", string(markClose), "**").Replace(
		escapeAt(s[:i]+string(markOpen)+t+string(markClose)+s[i+len(t):], true))
}

// canEmphasise reports whether "**" put around s[i:j] would be a left- and a
// right-flanking delimiter run, so that it renders as bold.
func canEmphasise(s string, i, j int) bool {
	first, _ := utf8.DecodeRuneInString(s[i:])
	last, _ := utf8.DecodeLastRuneInString(s[:j])
	if i > 0 && isPunct(first) {
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsSpace(before) && !isPunct(before) {
			return false
		}
	}
	if j < len(s) && isPunct(last) {
		after, _ := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsSpace(after) && !isPunct(after) {
			return false
		}
	}
	return !unicode.IsSpace(first) && !unicode.IsSpace(last)
}

func isPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

// MarkdownCode is s as a code span outside a table, on one line and
// printable, fenced with more backticks than it holds in a row. (Inside a
// GFM table cell a "|" would end the cell even in a code span: there, use
// MarkdownInline.)
func MarkdownCode(s string) string {
	s = Line(s)
	run, longest := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		s = " " + s + " "
	}
	return fence + s + fence
}

// MarkdownDiff renders a word diff as Markdown: removed runs struck through,
// added runs in bold. Runs are separated by spaces, so their delimiters
// always open and close.
func MarkdownDiff(cs []worddiff.Chunk) string {
	var parts []string
	for i, c := range cs {
		// Only a first run of equal words begins the line unwrapped.
		t := escapeAt(fold(c.Text()), i == 0 && c.Op == worddiff.Equal)
		switch c.Op {
		case worddiff.Delete:
			t = "~~" + guard(t, '~') + "~~"
		case worddiff.Insert:
			t = "**" + guard(t, '*') + "**"
		}
		parts = append(parts, t)
	}
	return strings.Join(parts, " ")
}

// guard writes an escaped delimiter character at either end of a run as a
// character reference: "\~" next to "~~" can be read as part of the
// delimiter run ("~~\~b~~" strikes nothing in goldmark), "&#126;" cannot.
func guard(t string, delim byte) string {
	esc := string([]byte{'\\', delim})
	ref := "&#" + strconv.Itoa(int(delim)) + ";"
	if strings.HasPrefix(t, esc) {
		t = ref + t[2:]
	}
	if strings.HasSuffix(t, esc) {
		t = t[:len(t)-2] + ref
	}
	return t
}

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

// fold is Line, without the marks.
func fold(s string) string {
	if isFolded(s) {
		return s
	}
	s = strings.Map(func(r rune) rune {
		if r == markOpen || r == markClose {
			return -1
		}
		return r
	}, s)
	return Line(s)
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
		case unicode.IsSpace(r) || unicode.IsControl(r) || hidden(r) || r == markOpen || r == markClose || r == utf8.RuneError:
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
// article text, so only MarkdownEmphasis can place them.
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
