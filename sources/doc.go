// Package sources reads article files (plain text, Markdown, HTML) into
// Documents: the text claims are mined from, its metadata (title, outlet,
// published date), its blocks (headings, paragraphs, page furniture) and
// sentences, with byte offsets that map back to file:line:col.
//
// It imports no other claimdiff package.
package sources
