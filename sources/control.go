package sources

// Control characters and terminal escape sequences in a source are
// blanked before it is read: each of their bytes becomes a space (a C1
// control, two bytes in UTF-8, becomes U+00A0, two bytes and one
// character), so that
//
//   - no escape sequence is ever mined: "ESC[1A ESC[2K" reads as blank
//     space, not as "2K" (2,000) crew;
//   - what a source says cannot drive a terminal, a CI log or a report:
//     every text of a Document is free of control characters but line
//     breaks and tabs;
//   - offsets, lines and columns still point at the file: the text keeps
//     its length in bytes and in characters, and its line breaks.
//
// Blanking rather than removing is what keeps the offsets; the file's hash
// is still taken over its own bytes. A whole sequence is blanked, not just
// its ESC: CSI (ESC [ … final byte), OSC (ESC ] … BEL or ESC \, OSC 8
// hyperlinks included; the link's text stays), DCS, SOS, PM and APC
// strings (ESC P, X, ^, _ … ESC \), two-byte escapes (ESC 7, ESC ( B), and
// their 8-bit C1 forms (U+009B, U+009D, …). A string that is never
// terminated is blanked to the end of its line.

const esc = 0x1b

// blankControls returns data with every control character and escape
// sequence blanked, or data itself when it holds none (the common case,
// which allocates nothing).
func blankControls(data []byte) []byte {
	i := firstControl(data)
	if i < 0 {
		return data
	}
	out := append([]byte(nil), data...)
	blankFrom(out, i)
	return out
}

// blankControlsString is blankControls for metadata: a title, an author.
func blankControlsString(s string) string {
	if firstControl([]byte(s)) < 0 { // the conversion does not escape: no copy
		return s
	}
	b := []byte(s)
	blankFrom(b, firstControl(b))
	return string(b)
}

// firstControl returns the offset of the first byte blankControls would
// change, or -1.
func firstControl(data []byte) int {
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch {
		case c >= 0x20 && c < 0x7f:
		case c == '\n' || c == '\t' || c == '\r':
		case c == 0xc2:
			if i+1 < len(data) && data[i+1] >= 0x80 && data[i+1] <= 0x9f {
				return i
			}
		case c < 0x80:
			return i // C0 controls, ESC, DEL
		}
	}
	return -1
}

// blankFrom blanks b in place from offset i on.
func blankFrom(b []byte, i int) {
	for i < len(b) {
		c := b[i]
		switch {
		case c >= 0x20 && c < 0x7f || c == '\n' || c == '\t' || c == '\r' || c >= 0x80 && c != 0xc2:
			i++
		case c == 0xc2:
			if i+1 >= len(b) || b[i+1] < 0x80 || b[i+1] > 0x9f {
				i++
				continue
			}
			kind := b[i+1] // the C1 control: 0x9b is CSI, 0x9d OSC, …
			b[i+1] = 0xa0  // U+00A0: two bytes, one character, white space
			i += 2
			switch kind {
			case 0x9b:
				i = blankCSI(b, i)
			case 0x9d, 0x90, 0x98, 0x9e, 0x9f:
				i = blankString(b, i)
			}
		case c == esc:
			b[i] = ' '
			i++
			if i >= len(b) {
				return
			}
			switch n := b[i]; {
			case n == '[':
				b[i] = ' '
				i = blankCSI(b, i+1)
			case n == ']' || n == 'P' || n == 'X' || n == '^' || n == '_':
				b[i] = ' '
				i = blankString(b, i+1)
			default:
				// ESC, intermediate bytes (0x20-0x2f), a final byte (0x30-0x7e)
				for i < len(b) && b[i] >= 0x20 && b[i] <= 0x2f {
					b[i] = ' '
					i++
				}
				if i < len(b) && b[i] >= 0x30 && b[i] <= 0x7e {
					b[i] = ' '
					i++
				}
			}
		default: // other C0 controls and DEL
			b[i] = ' '
			i++
		}
	}
}

// blankCSI blanks a control sequence's parameter and intermediate bytes and
// its final byte, from b[i], and returns where it ends.
func blankCSI(b []byte, i int) int {
	for i < len(b) && b[i] >= 0x20 && b[i] <= 0x3f {
		b[i] = ' '
		i++
	}
	if i < len(b) && b[i] >= 0x40 && b[i] <= 0x7e {
		b[i] = ' '
		i++
	}
	return i
}

// blankString blanks an OSC, DCS, SOS, PM or APC string from b[i] up to and
// including its terminator (BEL, ESC \ or the C1 ST), or up to the end of
// the line when it has none.
func blankString(b []byte, i int) int {
	for i < len(b) {
		switch c := b[i]; {
		case c == '\n':
			return i
		case c == 0x07:
			b[i] = ' '
			return i + 1
		case c == esc:
			b[i] = ' '
			if i+1 < len(b) && b[i+1] == '\\' {
				b[i+1] = ' '
				return i + 2
			}
			i++
		case c == 0xc2 && i+1 < len(b) && b[i+1] == 0x9c: // ST
			b[i+1] = 0xa0
			return i + 2
		case c == 0xc2 && i+1 < len(b) && b[i+1] >= 0x80 && b[i+1] <= 0x9f:
			b[i+1] = 0xa0
			i += 2
		case c == '\r':
			i++
		case c < 0x80:
			b[i] = ' '
			i++
		default:
			// A multi-byte character inside the string: blanked a byte at
			// a time would leave invalid UTF-8, so it is kept. Terminals
			// take no action on printable text inside an OSC either.
			i++
		}
	}
	return i
}
