// Package worddiff compares two phrasings word by word: the words of each
// text become runes (go-diff's line-mode trick applied to words), go-diff
// finds the edit, and the result comes back as runs of whole words that any
// renderer (terminal, Markdown, HTML) can print its own way. Words applies
// go-diff's semantic clean-up (fewer, longer runs); Exact keeps every shared
// word, which suits two sentences from different articles.
//
//	for _, c := range worddiff.Words("killed 38 people", "killed 39 people") {
//		fmt.Println(c.Op, c.Text) // equal "killed", delete "38", insert "39", equal "people"
//	}
package worddiff
