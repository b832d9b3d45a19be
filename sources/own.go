package sources

import (
	"bytes"
)

// A report written into the folder of articles it reports on would be read
// as an article on the next run: 75 claims, and conflicts of the sources
// with themselves. Files that claimdiff wrote are recognised by their
// shape and skipped when a directory is read (named on the command line
// they are still read):
//
//   - a report (claimdiff report): its method section;
//   - compare --format markdown: its table's header;
//   - check's Markdown summary: its heading;
//   - the plain rows of every table (extract, compare, claims, sources
//     when piped to a file): a first line of four or more tab-separated
//     fields, which an article does not start with;
//   - check's text format: a first line "path:line:col: conflict: …".
//
// internal/cli's tests write each of them into a folder and check that it
// is skipped, so a change of wording there cannot slip past this.
var ownMarks = [][]byte{
	[]byte("\n## Method\n\nclaimdiff found the figures and dates in each source"),
}

var ownStarts = [][]byte{
	[]byte("| Status | Subject | Metric | Values — sources |\n"),
	[]byte("## ✅ claimdiff check: "),
	[]byte("## ❌ claimdiff check: "),
}

// WrittenByClaimdiff reports whether data looks like a file claimdiff wrote.
func WrittenByClaimdiff(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte(bom))
	for _, s := range ownStarts {
		if bytes.HasPrefix(data, s) {
			return true
		}
	}
	for _, m := range ownMarks {
		if bytes.Contains(data, m) {
			return true
		}
	}
	first, _, _ := bytes.Cut(bytes.TrimLeft(data, "\r\n"), []byte("\n"))
	return bytes.Count(first, []byte("\t")) >= 3 || checkLine(first)
}

// checkLine reports a line of check's text format:
// "path:line:col: conflict: …" (or single, agree).
func checkLine(line []byte) bool {
	for _, rule := range []string{": conflict: ", ": single: ", ": agree: "} {
		i := bytes.Index(line, []byte(rule))
		if i < 0 {
			continue
		}
		// path:line:col before the rule
		head := line[:i]
		col := bytes.LastIndexByte(head, ':')
		if col < 0 || !digits(head[col+1:]) {
			continue
		}
		ln := bytes.LastIndexByte(head[:col], ':')
		if ln > 0 && digits(head[ln+1:col]) {
			return true
		}
	}
	return false
}

func digits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return len(b) > 0
}
