package sources

import (
	"bytes"
	"sort"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// The text of an HTML page is laid out anew (blocks joined by blank lines,
// white space collapsed, entities decoded), so an offset of Text is not an
// offset of the file. To point messages at the file, the page's own text
// is read once more, token by token, keeping the file offset of each
// character; each extracted block is then found in it (the extractor
// drops and moves whole elements, but leaves the text of what it keeps
// as it was), and the runs of Text that stand as they are in the file are
// recorded with the line and column where they start.

// srcAnchor is a run of Text that stands as it is in the file: n bytes
// from offset text of Text are the bytes of the file at line, col.
type srcAnchor struct {
	text, n   int32
	line, col int32
}

// pageText is the text of a page as a browser shows it, white space left
// out: chars holds its bytes and at the file offset of each.
type pageText struct {
	chars []byte
	at    []int32
}

// readPageText reads the text of the page in data: every text token but
// those of <title>, <script>, <style> and the like, whose text is not shown.
func readPageText(data []byte) *pageText {
	p := &pageText{chars: make([]byte, 0, len(data)/4), at: make([]int32, 0, len(data)/4)}
	z := html.NewTokenizer(bytes.NewReader(data))
	off, skip := 0, ""
	for {
		tt := z.Next()
		raw := z.Raw()
		switch tt {
		case html.ErrorToken:
			return p
		case html.TextToken:
			if skip == "" {
				p.add(raw, off)
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			// the tokenizer reads what follows these up to their end tag
			// as text, even after "<script/>"
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style", "title", "textarea", "noscript", "noembed", "noframes", "iframe", "template":
				if skip == "" && (tt == html.StartTagToken || string(name) != "template") {
					skip = string(name)
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if string(name) == skip {
				skip = ""
			}
		}
		off += len(raw)
	}
}

// add appends the characters of a text token, raw as written at file
// offset off. An entity's characters all sit at its '&'.
func (p *pageText) add(raw []byte, off int) {
	for i := 0; i < len(raw); {
		c := raw[i]
		switch {
		case c == '&':
			j := entityEnd(raw, i)
			for _, r := range html.UnescapeString(string(raw[i:j])) {
				if !isSpace(r) {
					var b [utf8.UTFMax]byte
					for _, x := range b[:utf8.EncodeRune(b[:], r)] {
						p.chars = append(p.chars, x)
						p.at = append(p.at, int32(off+i))
					}
				}
			}
			i = j
		case c < utf8.RuneSelf:
			if !isSpace(rune(c)) {
				p.chars = append(p.chars, c)
				p.at = append(p.at, int32(off+i))
			}
			i++
		default:
			r, n := utf8.DecodeRune(raw[i:])
			if !isSpace(r) {
				for k := range n {
					p.chars = append(p.chars, raw[i+k])
					p.at = append(p.at, int32(off+i+k))
				}
			}
			i += n
		}
	}
}

// entityEnd returns the end of a character reference that starts at
// raw[i] == '&': its name or number and the ';' after it, if any.
func entityEnd(raw []byte, i int) int {
	j := i + 1
	if j < len(raw) && raw[j] == '#' {
		j++
	}
	for j < len(raw) && j-i < 40 && (raw[j] >= 'a' && raw[j] <= 'z' || raw[j] >= 'A' && raw[j] <= 'Z' || raw[j] >= '0' && raw[j] <= '9') {
		j++
	}
	if j < len(raw) && raw[j] == ';' {
		j++
	}
	return j
}

// placer finds the blocks of an extracted page in its text and records
// where they are in the file.
type placer struct {
	data    []byte // the file
	page    *pageText
	cursor  int   // where the search for the next block starts in page.chars
	misses  int   // searches that failed (see maxMisses)
	lines   []int // file offset of the start of each line, built once
	anchors []srcAnchor
	last    struct{ off, line, col int } // the last file place, to count on from
}

func newPlacer(data []byte) *placer {
	return &placer{data: data, page: readPageText(data)}
}

// place records the file positions of the block Text[start:start+len(t)],
// whose pieces came from the page as spans of inline (pieces[i] is the
// end of piece i). The block is looked for whole after the last one found;
// failing that each piece is.
func (pl *placer) place(start int, t, inline string, pieces []int) {
	key := make([]byte, 0, len(t))
	for i := 0; i < len(t); i++ {
		if t[i] != ' ' {
			key = append(key, t[i])
		}
	}
	if len(key) == 0 {
		return
	}
	at := make([]int32, len(key)) // file offset of each byte of key, -1 when not found
	for i := range at {
		at[i] = -1
	}
	if !pl.find(key, at) {
		// the pieces, each as its bytes that are not space
		k, s := 0, 0
		for _, e := range pieces {
			n := 0
			for _, r := range inline[s:e] {
				if !isSpace(r) {
					n += utf8.RuneLen(r)
				}
			}
			if k+n > len(key) {
				n = len(key) - k
			}
			if n > 0 {
				pl.find(key[k:k+n], at[k:k+n])
			}
			k, s = k+n, e
		}
	}
	// runs of t that stand as they are in the file
	first := len(pl.anchors)
	defer func() {
		if len(pl.anchors) == first {
			pl.unplaced(start)
		}
	}()
	k, prev := 0, -1 // prev: the offset in t of the last byte placed
	for i := 0; i < len(t); i++ {
		if t[i] == ' ' {
			continue
		}
		src := int(at[k])
		k++
		if src < 0 {
			prev = -1
			continue
		}
		if prev >= 0 {
			a := &pl.anchors[len(pl.anchors)-1]
			last := int(a.text) - start + int(a.n) - 1 // offset in t of the run's last byte
			fileLast := src - (i - last)
			if last == prev && fileLast >= 0 && string(pl.data[fileLast+1:src]) == t[last+1:i] && pl.data[fileLast] == t[last] {
				a.n = int32(i - int(a.text) + start + 1)
				prev = i
				continue
			}
		}
		line, col := pl.position(src)
		pl.anchors = append(pl.anchors, srcAnchor{text: int32(start + i), n: 1, line: int32(line), col: int32(col)})
		prev = i
	}
}

// unplaced anchors a block that was not found in the page's text (the
// extractor wrote it anew) where the page was read up to: after the last
// block found, or at the start of the page's text.
func (pl *placer) unplaced(start int) {
	off := 0
	if pl.cursor > 0 {
		off = int(pl.page.at[pl.cursor-1]) + 1
	} else if len(pl.page.at) > 0 {
		off = int(pl.page.at[0])
	}
	line, col := pl.position(min(off, len(pl.data)))
	pl.anchors = append(pl.anchors, srcAnchor{text: int32(start), line: int32(line), col: int32(col)})
}

// maxMisses is how many searches for a block or piece may fail before
// the rest of a page's blocks are placed without a search: a failed
// search reads the whole page's text, and a page made to fail many would
// otherwise take time quadratic in its size.
const maxMisses = 64

// find looks for key in the page's text from the cursor on, else the
// nearest before it; it fills in at and moves the cursor past it when
// found.
func (pl *placer) find(key []byte, at []int32) bool {
	if pl.misses >= maxMisses {
		return false
	}
	chars := pl.page.chars
	i := bytes.Index(chars[pl.cursor:], key)
	if i >= 0 {
		i += pl.cursor
	} else if i = bytes.LastIndex(chars[:min(len(chars), pl.cursor+len(key)-1)], key); i < 0 {
		pl.misses++
		return false
	}
	copy(at, pl.page.at[i:i+len(key)])
	pl.cursor = i + len(key)
	return true
}

// position is the line and column of file offset off.
func (pl *placer) position(off int) (line, col int) {
	if pl.lines == nil {
		pl.lines = append(make([]int, 0, bytes.Count(pl.data, []byte("\n"))+1), 0)
		for i, c := range pl.data {
			if c == '\n' {
				pl.lines = append(pl.lines, i+1)
			}
		}
	}
	l := sort.Search(len(pl.lines), func(i int) bool { return pl.lines[i] > off }) - 1
	if p := pl.last; p.line == l+1 && p.off <= off {
		col = p.col + utf8.RuneCount(pl.data[p.off:off])
	} else {
		col = utf8.RuneCount(pl.data[pl.lines[l]:off]) + 1
	}
	pl.last.off, pl.last.line, pl.last.col = off, l+1, col
	return l + 1, col
}

// filePosition maps an offset of Text through the anchors: inside a run,
// exactly; after one, at its end; before the first, at the first.
func (d *Document) filePosition(offset int) Position {
	as := d.anchors
	i := sort.Search(len(as), func(i int) bool { return int(as[i].text) > offset }) - 1
	if i < 0 {
		i, offset = 0, int(as[0].text)
	}
	a := as[i]
	end := int(a.text + a.n)
	if offset > end {
		offset = end
	}
	col := int(a.col) + utf8.RuneCountInString(d.Text[a.text:offset])
	return Position{Path: d.Path, Line: int(a.line), Col: col}
}
