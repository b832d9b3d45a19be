package sources

import (
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// Document is one source article.
type Document struct {
	ID        string    // the file name without its extension, unless another file read with it has that name (IDs); "stdin" for standard input
	Path      string    // the path it was read from, as given
	Format    string    // "text", "markdown" or "html"
	Text      string    // the text claims are mined from; offsets index it
	Raw       bool      // Text is the file's own bytes (control characters blanked), so offsets are file offsets (false for HTML; Position maps them)
	Hash      string    // sha256 (hex) of the file's bytes
	Title     string    // from front matter, the HTML page, or the first heading
	Outlet    string    // publisher, site name
	Author    string    // byline
	URL       string    // canonical address, when known
	Published time.Time // publication date; zero when unknown
	Modified  time.Time `json:",omitzero"` // when the page says it was last changed (front matter, article:modified_time, dateModified) or, fetched, its Last-Modified; zero when unknown
	Blocks    []Block   // the text's blocks in reading order
	Sentences []Span    // sentences of the mined blocks, in order

	lines   []int       // byte offset of the start of each line, built lazily
	anchors []srcAnchor // for HTML: runs of Text and where they are in the file
}

// BlockKind says what a block of text is.
type BlockKind string

// Block kinds. Only paragraphs and headings are mined for claims.
const (
	Paragraph BlockKind = "paragraph"
	Heading   BlockKind = "heading"
	Furniture BlockKind = "furniture" // "Read More", "5 min read", share bars, comment prompts
	Meta      BlockKind = "meta"      // front matter, byline, the date line
)

// Block is a run of text: a heading, a paragraph, or something not mined.
type Block struct {
	Kind  BlockKind
	Start int // byte offset into Text
	End   int // byte offset after the block
}

// Span is a byte range of Text.
type Span struct {
	Start int
	End   int
}

// Mined reports whether claims are mined from blocks of this kind.
func (k BlockKind) Mined() bool { return k == Paragraph || k == Heading }

// Position is a place in a file, for messages: file:line:col, 1-based, the
// column counted in characters.
type Position struct {
	Path string
	Line int
	Col  int
}

func (p Position) String() string {
	if p.Line == 0 {
		return p.Path
	}
	if p.Col == 0 {
		return p.Path + ":" + itoa(p.Line)
	}
	return p.Path + ":" + itoa(p.Line) + ":" + itoa(p.Col)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// Position maps a byte offset of Text to a line and column of the file:
// for text and Markdown, where the offset is; for HTML, where the
// character at offset is in the page's markup.
func (d *Document) Position(offset int) Position {
	if len(d.anchors) > 0 {
		return d.filePosition(offset)
	}
	if d.lines == nil {
		d.lines = make([]int, 1, strings.Count(d.Text, "\n")+1)
		for i := 0; ; {
			j := strings.IndexByte(d.Text[i:], '\n')
			if j < 0 {
				break
			}
			i += j + 1
			d.lines = append(d.lines, i)
		}
	}
	if offset < 0 {
		offset = 0
	}
	if offset > len(d.Text) {
		offset = len(d.Text)
	}
	line := sort.Search(len(d.lines), func(i int) bool { return d.lines[i] > offset }) - 1
	col := utf8.RuneCountInString(d.Text[d.lines[line]:offset]) + 1
	return Position{Path: d.Path, Line: line + 1, Col: col}
}

// BlockAt returns the block holding offset, and whether there is one.
func (d *Document) BlockAt(offset int) (Block, bool) {
	i := sort.Search(len(d.Blocks), func(i int) bool { return d.Blocks[i].End > offset })
	if i < len(d.Blocks) && d.Blocks[i].Start <= offset {
		return d.Blocks[i], true
	}
	return Block{}, false
}

// SentenceAt returns the sentence holding offset, and whether there is one.
func (d *Document) SentenceAt(offset int) (Span, bool) {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > offset })
	if i < len(d.Sentences) && d.Sentences[i].Start <= offset {
		return d.Sentences[i], true
	}
	return Span{}, false
}
