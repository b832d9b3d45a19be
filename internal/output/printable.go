package output

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Printable returns s with every character that could act on a terminal
// or hide text shown visibly:
//
//   - C0 controls and DEL in caret notation: ESC is ^[, a line break ^J,
//     DEL ^? (as less and gh show them);
//   - C1 controls (U+0080 to U+009F, which some terminals take for ESC
//     sequences) and the bidirectional controls that reorder what is
//     shown (U+202A to U+202E, U+2066 to U+2069, U+200E, U+200F, U+061C)
//     as <U+009B>;
//   - bytes that are not UTF-8 as <9B>.
//
// Everything else is kept. Text with none of these (the common case) is
// returned as it is, without a copy.
func Printable(s string) string {
	i := firstUnprintable(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		c := s[i]
		if c >= 0x20 && c < 0x7f {
			b.WriteByte(c)
			i++
			continue
		}
		if c < 0x20 || c == 0x7f {
			b.WriteByte('^')
			b.WriteByte(c ^ 0x40)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteString("<" + hexByte(c) + ">")
		case hidden(r):
			b.WriteString("<U+" + strings.ToUpper(strconv.FormatInt(int64(r)+0x10000, 16)[1:]) + ">")
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// firstUnprintable returns the offset of the first byte Printable changes,
// or -1.
func firstUnprintable(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f {
			i++
			continue
		}
		if c < 0x80 {
			return i
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || hidden(r) {
			return i
		}
		i += n
	}
	return -1
}

// hidden reports the characters beyond ASCII that Printable shows as
// <U+XXXX>: C1 controls and the bidirectional controls.
func hidden(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9f:
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

func hexByte(c byte) string {
	const digits = "0123456789ABCDEF"
	return string([]byte{digits[c>>4], digits[c&15]})
}

// Line is s on one line, printable: runs of white space of every kind
// (line breaks and tabs too) become one space, the ends are trimmed, and
// what is left goes through Printable.
func Line(s string) string {
	if isLine(s) {
		return s
	}
	return Printable(strings.Join(strings.Fields(s), " "))
}

// isLine reports whether Line would return s unchanged: printable ASCII
// with single inner spaces, or text beyond ASCII that needs a closer look.
func isLine(s string) bool {
	space := true // no space at the start
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if space {
				return false
			}
			space = true
		case c < 0x20 || c >= 0x7f:
			return false
		default:
			space = false
		}
	}
	return !space || s == ""
}

// Defuse keeps a line of output from being read as a CI workflow command:
// the GitHub Actions runner takes a line that starts, after white space,
// with "::" (or the older "##[") for a command, so a line that would is
// given a backslash before it. Lines that start with a path or a source id,
// or with a sentence quoted from a source, go through it.
func Defuse(line string) string {
	t := strings.TrimLeftFunc(line, unicode.IsSpace) // the runner trims every kind
	if strings.HasPrefix(t, "::") || strings.HasPrefix(t, "##[") {
		i := len(line) - len(t)
		return line[:i] + `\` + t
	}
	return line
}
