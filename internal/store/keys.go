package store

import (
	"bytes"
)

// The export spells every key as claimdiff's other JSON does, lower case
// with underscores ("id", "text", "event_date"), while the documents and
// claims in it are written from their Go types (codec.go) so that a field
// added to claims.Claim or sources.Document is carried without a change
// here. The keys are renamed on the way out and back on the way in; a
// reader takes keys case-insensitively, so an export made before the
// renaming ("ID", "Text") still imports. None of these types has a map,
// whose keys would be data.

// renameKeys returns the JSON b with every object key passed through f.
// b is what encoding/json wrote: keys are ASCII and the string before a
// ":" outside a string is a key.
func renameKeys(b []byte, f func([]byte) []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/32)
	for i := 0; i < len(b); {
		c := b[i]
		if c != '"' {
			out = append(out, c)
			i++
			continue
		}
		end := stringEnd(b, i)
		if end < len(b) && b[end] == ':' {
			out = append(out, '"')
			out = append(out, f(b[i+1:end-1])...)
			out = append(out, '"')
		} else {
			out = append(out, b[i:end]...)
		}
		i = end
	}
	return out
}

// stringEnd returns the offset just after the JSON string that starts at
// b[i] (a '"').
func stringEnd(b []byte, i int) int {
	j := i + 1
	for {
		k := bytes.IndexAny(b[j:], `"\`)
		if k < 0 {
			return len(b)
		}
		j += k
		if b[j] == '\\' {
			j += 2
			continue
		}
		return j + 1
	}
}

// snakeKey spells a Go field name as claimdiff's JSON does: "EventDate"
// is "event_date", "URL" "url", "ID" "id"; a key in lower case already is
// kept.
func snakeKey(k []byte) []byte {
	lower := true
	for _, c := range k {
		if 'A' <= c && c <= 'Z' {
			lower = false
			break
		}
	}
	if lower {
		return k
	}
	out := make([]byte, 0, len(k)+4)
	for i, c := range k {
		if 'A' <= c && c <= 'Z' {
			// a word starts here: after a lower-case letter or a digit, or
			// at the last capital of an acronym followed by lower case
			if i > 0 && (isLower(k[i-1]) || isDigit(k[i-1]) || i+1 < len(k) && isLower(k[i+1]) && isUpper(k[i-1])) {
				out = append(out, '_')
			}
			c += 'a' - 'A'
		}
		out = append(out, c)
	}
	return out
}

// goKey undoes snakeKey as far as a case-insensitive reader needs:
// "event_date" is read as "EventDate".
func goKey(k []byte) []byte {
	if bytes.IndexByte(k, '_') < 0 {
		return k
	}
	return bytes.ReplaceAll(k, []byte("_"), nil)
}

func isLower(c byte) bool { return 'a' <= c && c <= 'z' }
func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
func isDigit(c byte) bool { return '0' <= c && c <= '9' }
