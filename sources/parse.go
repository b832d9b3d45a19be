package sources

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
)

// Errors of a file that is not an article, wrapped in a *FileError.
var (
	ErrBinary      = errors.New("binary file, not text")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrEmpty       = errors.New("empty file: no text")
	ErrNoText      = errors.New("no article text found in the page")
)

const bom = "\ufeff"

// Parse reads one source from its bytes. path names it in messages and gives
// its id (the base name without extension; "stdin" for standard input) and
// its format (by extension; see Load). Every error is a *FileError.
//
// For text and Markdown, Text is the file's own bytes and offsets are file
// offsets; a UTF-8 byte order mark is kept in Text but no block starts in
// it. Control characters and terminal escape sequences are blanked byte for
// byte (control.go), in every format, so Text holds none and offsets are
// kept. For HTML, Text is the article text extracted from the page (blocks
// joined by blank lines); Position maps its offsets to the page's file.
func Parse(path string, data []byte, opt Options) (*Document, error) {
	if limit := opt.maxBytes(); int64(len(data)) > limit {
		return nil, &FileError{Path: path, Err: tooLarge(int64(len(data)), limit)}
	}
	sum := sha256.Sum256(data)
	base := filepath.Base(path)
	d := &Document{
		ID:     strings.TrimSuffix(base, filepath.Ext(base)),
		Path:   path,
		Format: opt.Format,
		Hash:   hex.EncodeToString(sum[:]),
	}
	if d.Format == "" {
		d.Format = formatOf(path, data)
	}
	if path == "stdin" || path == "-" {
		d.ID, d.Path = "stdin", "stdin"
	}
	utf16, data, err := fromUTF16(d.Path, data)
	if err != nil {
		return nil, err
	}
	if err := checkText(d.Path, data); err != nil {
		return nil, err
	}
	data = blankControls(data)
	sc := scratchPool.Get().(*scratch)
	defer sc.release(len(data))
	if d.Format == "html" {
		err = parseHTML(d, data)
	} else {
		err = parseText(d, string(data), sc)
	}
	if err != nil {
		return nil, err
	}
	if utf16 {
		d.Raw = false // offsets index the UTF-8 text; lines and columns still count the file's characters
	}
	// Text from a page's entities (&#27;) and its metadata are blanked too.
	d.Text = blankControlsString(d.Text)
	d.Title, d.Outlet, d.Author, d.URL = blankControlsString(d.Title), blankControlsString(d.Outlet),
		blankControlsString(d.Author), blankControlsString(d.URL)
	if d.Format == "html" && d.Modified.IsZero() {
		d.Modified = pageModified(data)
	}
	if d.Published.IsZero() {
		d.Published = opt.Published // the source gives no date: the caller's, if any
	}
	// the sentences are found in scratch space, then copied at their size
	sc.spans = sentences(sc.spans[:0], d.Text, d.Blocks)
	d.Sentences = append(make([]Span, 0, len(sc.spans)), sc.spans...)
	return d, nil
}

// A scratch holds the working lists of one parse: the lines of the text,
// the blocks being built, the sentences found. A parse takes one from
// scratchPool and puts it back, so that the lists grow to the size of the
// texts read and are then reused: only what the Document keeps is
// allocated for each text.
type scratch struct {
	lines, run, sub []line
	units           []unit
	spans           []Span
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxPooledText is the size of the largest text whose scratch space goes
// back to the pool: the lists of a larger one would hold much memory for
// the many smaller texts that would reuse them.
const maxPooledText = 4 << 20

// release puts sc back in the pool after a parse of n bytes.
func (sc *scratch) release(n int) {
	if n <= maxPooledText {
		scratchPool.Put(sc)
	}
}

// formatOf picks the format by extension; for any other extension it
// sniffs: a page that starts like HTML is HTML, else text.
func formatOf(path string, data []byte) string {
	ext := strings.ToLower(filepath.Ext(path))
	if path == "stdin" || path == "-" {
		ext = ".stdin"
	}
	if f, ok := formats[ext]; ok {
		return f
	}
	head := bytes.TrimLeft(bytes.TrimPrefix(data, []byte(bom)), " \t\r\n")
	if len(head) > 512 {
		head = head[:512]
	}
	head = bytes.ToLower(head)
	if bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) ||
		bytes.HasPrefix(head, []byte("<head")) || bytes.HasPrefix(head, []byte("<!--")) && bytes.Contains(head, []byte("<html")) {
		return "html"
	}
	if bytes.HasPrefix(head, []byte("---")) || bytes.HasPrefix(head, []byte("# ")) {
		return "markdown"
	}
	return "text"
}

// fromUTF16 transcodes a text that starts with a UTF-16 byte order mark,
// which says unambiguously what it is, to UTF-8 (the mark dropped). Other
// data is returned as it is.
func fromUTF16(path string, data []byte) (bool, []byte, error) {
	var order unicode.Endianness
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		order = unicode.LittleEndian
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		order = unicode.BigEndian
	default:
		return false, data, nil
	}
	if len(data)%2 != 0 {
		return true, nil, &FileError{Path: path, Err: fmt.Errorf("%w: UTF-16 text with an odd number of bytes", ErrBinary)}
	}
	out, err := unicode.UTF16(order, unicode.ExpectBOM).NewDecoder().Bytes(data)
	if err != nil {
		return true, nil, &FileError{Path: path, Err: fmt.Errorf("%w: UTF-16 text that cannot be read: %v", ErrBinary, err)}
	}
	return true, out, nil
}

// checkText refuses what is not UTF-8 text: NUL bytes or many control
// characters (binary), invalid UTF-8 (at its line and column).
func checkText(path string, data []byte) error {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return &FileError{Path: path, Err: fmt.Errorf("%w (NUL byte at offset %d)", ErrBinary, i)}
	}
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	if ctl := controls(head); ctl > 0 && ctl*20 > len(head) {
		return &FileError{Path: path, Err: fmt.Errorf("%w (%d control characters in the first %d bytes)", ErrBinary, ctl, len(head))}
	}
	if !utf8.Valid(data) {
		i := invalidAt(data)
		line := 1 + bytes.Count(data[:i], []byte("\n"))
		ls := bytes.LastIndexByte(data[:i], '\n') + 1
		col := utf8.RuneCount(data[ls:i]) + 1
		return &FileError{Path: path, Line: line, Col: col, Err: fmt.Errorf("%w (byte 0x%02x)", ErrInvalidUTF8, data[i])}
	}
	if blankBytes(bytes.TrimPrefix(data, []byte(bom))) {
		return &FileError{Path: path, Err: ErrEmpty}
	}
	return nil
}

// controls counts the control characters in data that text does not hold:
// those below 0x20 other than white space and ESC.
func controls(data []byte) int {
	// Text has few bytes below 0x20 (a line break every line or so): eight
	// bytes at a time are let through while none of them is below 0x20.
	// Subtracting 0x20 from each byte of x borrows into the top bit of
	// the bytes below 0x20, the first of them at least; &^ x then drops
	// the top bits of the bytes of 0x80 and above.
	n, i := 0, 0
	for ; i+8 <= len(data); i += 8 {
		if x := binary.LittleEndian.Uint64(data[i:]); (x-0x20*ones)&^x&(0x80*ones) != 0 {
			n += controlsIn(data[i : i+8])
		}
	}
	return n + controlsIn(data[i:])
}

// controlsIn is controls, a byte at a time.
func controlsIn(data []byte) int {
	n := 0
	for _, c := range data {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b {
			n++
		}
	}
	return n
}

// invalidAt returns the offset of the first byte that is not valid UTF-8.
func invalidAt(data []byte) int {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// parseText reads plain text and Markdown: Text is the file's own bytes.
// sc is the parse's scratch space.
func parseText(d *Document, text string, sc *scratch) error {
	d.Text, d.Raw = text, true
	from := 0
	if strings.HasPrefix(text, bom) {
		from = len(bom)
	}
	body, meta, err := frontMatter(d, text, from)
	if err != nil {
		return err
	}
	units := sc.units[:0]
	if meta != nil {
		units = append(units, *meta)
	}
	units = readBlocks(sc, units, text, body, d.Format == "markdown")
	sc.units = units
	mined := false
	for _, u := range units {
		mined = mined || u.kind != Furniture && u.kind != Meta
	}
	if !mined {
		return &FileError{Path: d.Path, Err: ErrEmpty}
	}
	classify(d, text, units)
	return nil
}

// blankBytes reports whether data holds nothing but white space; it stops
// at the first thing that is not.
func blankBytes(data []byte) bool {
	for i := 0; i < len(data); {
		r, n := rune(data[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(data[i:])
		}
		if !isSpace(r) {
			return false
		}
		i += n
	}
	return true
}
