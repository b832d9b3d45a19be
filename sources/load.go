package sources

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Options changes how sources are read.
type Options struct {
	Published time.Time // overrides the publication date of every source when not zero
	MaxBytes  int64     // files larger than this are refused; 0 means DefaultMaxBytes
}

// DefaultMaxBytes is the largest file read unless Options.MaxBytes says otherwise.
const DefaultMaxBytes = 16 << 20

// Parse reads one source from its bytes. path names it in messages and gives
// its id and format (by extension).
func Parse(path string, data []byte, opt Options) (*Document, error) {
	sum := sha256.Sum256(data)
	base := filepath.Base(path)
	d := &Document{
		ID:     strings.TrimSuffix(base, filepath.Ext(base)),
		Path:   path,
		Format: "text",
		Text:   string(data),
		Raw:    true,
		Hash:   hex.EncodeToString(sum[:]),
	}
	d.Blocks = lineBlocks(d.Text)
	d.Sentences = sentences(d.Text, d.Blocks)
	if !opt.Published.IsZero() {
		d.Published = opt.Published
	}
	return d, nil
}

// lineBlocks makes one block of each non-blank line (placeholder until the
// real block reader lands).
func lineBlocks(text string) []Block {
	var out []Block
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			if strings.TrimSpace(text[start:i]) != "" {
				out = append(out, Block{Kind: Paragraph, Start: start, End: i})
			}
			start = i + 1
		}
	}
	return out
}

// sentences splits mined blocks at ". " (placeholder).
func sentences(text string, blocks []Block) []Span {
	var out []Span
	for _, b := range blocks {
		if !b.Kind.Mined() {
			continue
		}
		s := b.Start
		for i := b.Start; i < b.End; i++ {
			if (text[i] == '.' || text[i] == '?' || text[i] == '!') && i+1 < b.End && text[i+1] == ' ' {
				out = append(out, Span{s, i + 1})
				s = i + 2
			}
		}
		if s < b.End {
			out = append(out, Span{s, b.End})
		}
	}
	return out
}

// Load reads every source named by args: files, directories (recursively, by
// extension) and "-" for stdin. Sources that cannot be read are reported in
// the error list, one error per file, and the rest are still returned.
func Load(args []string, stdin io.Reader, opt Options) ([]*Document, ErrorList) {
	var docs []*Document
	var errs ErrorList
	for _, a := range args {
		var data []byte
		var err error
		if a == "-" {
			data, err = io.ReadAll(stdin)
			a = "stdin"
		} else {
			data, err = os.ReadFile(a)
		}
		if err != nil {
			errs = append(errs, &FileError{Path: a, Err: err})
			continue
		}
		d, err := Parse(a, data, opt)
		if err != nil {
			errs = append(errs, &FileError{Path: a, Err: err})
			continue
		}
		docs = append(docs, d)
	}
	return docs, errs
}
