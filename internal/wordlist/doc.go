// Package wordlist reads the vocabulary that claimdiff's readers keep as data:
// word lists and small key: value tables in text files embedded in the
// package that uses them (go:embed). Adding a cue is then a one-line change
// to a data file, with no Go to touch.
//
// A package registers its embedded files once, in a package-level variable,
// and reads its lists from them:
//
//	//go:embed words
//	var wordFiles embed.FS
//
//	var words = wordlist.Register("sources", wordFiles)
//
//	var shareWords = words.MustSet("words/share.txt")
//
// The file formats, one entry a line:
//
//	# a comment: a line whose first non-blank character is #
//	read more          # a word list entry: the whole line, trimmed
//	1: january jan     # a record: a key, a colon, a value
//
// Blank lines are skipped and " #" starts a comment anywhere on a line. A
// malformed entry is an *Error naming the file and the line. The files are
// embedded, so a bad one is a bug that the package's tests catch; the Must
// functions panic with the error.
//
// Hash sums every registered file, read or not: stored claims record it
// (claims.ExtractorStamp), so a change to any data file, or a data file
// added later, marks the claims extracted before it as stale.
//
// wordlist imports no other package of claimdiff, so every package may
// import it.
package wordlist
