package sources

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
)

// Options changes how sources are read.
type Options struct {
	Published time.Time // the publication date of sources that give none, when not zero
	MaxBytes  int64     // files larger than this are refused; 0 means DefaultMaxBytes
	// Exclude, when not nil, leaves out of a directory walk the files and
	// directories it reports (dir is true for a directory, skipped whole).
	// What is named in Load's arguments is read.
	Exclude func(path string, dir bool) bool
	// Listed says that the files were listed by a tool (git ls-files), not
	// named by the user: like a directory's files, those that claimdiff
	// wrote are skipped (WrittenByClaimdiff).
	Listed bool
	// Format "text", "markdown" or "html" reads every source so; "" picks
	// the format by extension (Parse).
	Format string
}

// DefaultMaxBytes is the largest file read unless Options.MaxBytes says otherwise.
const DefaultMaxBytes = 16 << 20

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

// Formats, by file extension. A file with no extension is plain text; a
// file named on the command line with another extension, and standard
// input, are read as HTML when they start like a web page.
var formats = map[string]string{
	"":          "text",
	".txt":      "text",
	".text":     "text",
	".md":       "markdown",
	".markdown": "markdown",
	".html":     "html",
	".htm":      "html",
}

// Load reads every source named by args: files, directories (recursively:
// files with the extensions above, in name order, hidden directories and
// files and a repository's README, LICENSE and the like skipped) and "-" for standard input (id "stdin"). Each source that
// cannot be read is reported in the error list, one error per file, and the
// others are still returned. The documents' ids are unique among the files
// listed (IDs).
func Load(args []string, stdin io.Reader, opt Options) ([]*Document, ErrorList) {
	// First what to read, in order; then the files are read and parsed
	// on all the processors, and the results gathered in that order.
	var todo []loadJob
	for _, a := range args {
		if a == "-" {
			todo = append(todo, loadJob{stdin: true})
			continue
		}
		info, err := os.Stat(a)
		if err != nil {
			todo = append(todo, loadJob{err: &FileError{Path: a, Err: pathErr(err)}})
			continue
		}
		if !info.IsDir() {
			todo = append(todo, loadJob{path: a, walked: opt.Listed})
			continue
		}
		files, errs := walk(a, opt.Exclude)
		for _, err := range errs {
			todo = append(todo, loadJob{err: err})
		}
		if len(files) == 0 && len(errs) == 0 {
			todo = append(todo, loadJob{err: &FileError{Path: a, Err: ErrNoArticles}})
		}
		for _, f := range files {
			todo = append(todo, loadJob{path: f, walked: true})
		}
	}
	read(todo, stdin, opt)
	var docs []*Document
	var errs ErrorList
	var paths []string // every file listed, read or not, so that ids do not move when one fails
	for _, j := range todo {
		switch {
		case j.own:
			continue // claimdiff's own output, in a directory
		case j.stdin:
			paths = append(paths, "stdin")
		case j.path != "":
			paths = append(paths, j.path)
		}
		if j.err != nil {
			errs = append(errs, asFileError(j.err))
		} else {
			docs = append(docs, j.doc)
		}
	}
	ids := IDs(paths)
	for _, d := range docs {
		d.ID = ids[d.Path]
	}
	return docs, errs
}

// loadJob is one source for Load to read: a file, standard input, or an
// error met while listing them; then its document or its error.
type loadJob struct {
	path   string
	stdin  bool
	walked bool // found in a directory (or listed by a tool): claimdiff's own output is skipped
	own    bool // it is claimdiff's own output, skipped
	doc    *Document
	err    error
}

// read reads the files and standard input of todo, the files side by side.
func read(todo []loadJob, stdin io.Reader, opt Options) {
	next := make(chan *loadJob)
	var wg sync.WaitGroup
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for j := range next {
				j.doc, j.own, j.err = readFile(j.path, opt, j.walked)
			}
		})
	}
	for i := range todo {
		switch j := &todo[i]; {
		case j.stdin:
			j.doc, j.err = readStdin(stdin, opt)
		case j.err == nil:
			next <- j
		}
	}
	close(next)
	wg.Wait()
}

// ErrNoArticles is the error of a directory holding no article files.
var ErrNoArticles = errors.New("no articles in this directory (.txt, .md, .markdown, .html, .htm)")

// repoFile reports the files a repository of sources keeps beside its
// articles (README.md, CHANGELOG.md, LICENSE.txt, CONTRIBUTING.md): a
// directory walk leaves them out; named on the command line they are read.
func repoFile(name string) bool {
	base := strings.ToUpper(strings.TrimSuffix(name, filepath.Ext(name)))
	switch base {
	case "README", "CHANGELOG", "CHANGES", "LICENSE", "LICENCE", "CONTRIBUTING", "CODE_OF_CONDUCT", "NOTICE", "AUTHORS":
		return true
	}
	return false
}

// walk lists the article files under dir, in order, leaving out what
// exclude (when not nil) reports, and the directories (or files) it could
// not read: an unreadable directory (lost+found, one of another user's) is
// reported and the walk goes on past it, since skipping the files after it
// in silence would hide sources from a check.
func walk(dir string, exclude func(string, bool) bool) ([]string, []error) {
	var files []string
	var errs []error
	filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, &FileError{Path: p, Err: pathErr(err)})
			if e != nil && e.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		hidden := p != dir && strings.HasPrefix(e.Name(), ".")
		excluded := p != dir && exclude != nil && exclude(p, e.IsDir())
		if e.IsDir() {
			if hidden || excluded {
				return filepath.SkipDir
			}
			return nil
		}
		if excluded {
			return nil
		}
		ext := strings.ToLower(filepath.Ext(e.Name()))
		if hidden || ext == "" || formats[ext] == "" || !e.Type().IsRegular() && e.Type()&fs.ModeSymlink == 0 ||
			repoFile(e.Name()) {
			return nil
		}
		files = append(files, p)
		return nil
	})
	sort.Strings(files)
	return files, errs
}

// ReadFile reads and parses one file, refusing it before reading when it
// is larger than the limit.
func ReadFile(path string, opt Options) (*Document, error) {
	d, _, err := readFile(path, opt, false)
	return d, err
}

// readFile is ReadFile; for a file found in a directory (skipOwn) that
// claimdiff wrote it returns own and no document.
func readFile(path string, opt Options, skipOwn bool) (d *Document, own bool, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, false, &FileError{Path: path, Err: pathErr(err)}
	}
	defer f.Close()
	limit := opt.maxBytes()
	if info, err := f.Stat(); err == nil {
		if info.IsDir() {
			return nil, false, &FileError{Path: path, Err: errors.New("is a directory")}
		}
		if info.Size() > limit {
			return nil, false, &FileError{Path: path, Err: tooLarge(info.Size(), limit)}
		}
	}
	data, err := readLimited(f, limit)
	if err != nil {
		return nil, false, &FileError{Path: path, Err: pathErr(err)}
	}
	if skipOwn && WrittenByClaimdiff(data) {
		return nil, true, nil
	}
	d, err = Parse(path, data, opt)
	return d, false, err
}

func readStdin(r io.Reader, opt Options) (*Document, error) {
	if r == nil {
		r = strings.NewReader("")
	}
	data, err := readLimited(r, opt.maxBytes())
	if err != nil {
		return nil, &FileError{Path: "stdin", Err: err}
	}
	return Parse("stdin", data, opt)
}

// readLimited reads r whole unless it holds more than limit bytes (a file
// that grew, a pipe).
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(-1, limit)
	}
	return data, nil
}

// ErrTooLarge is the error of a file over Options.MaxBytes.
var ErrTooLarge = errors.New("file too large")

func tooLarge(size, limit int64) error {
	if size < 0 {
		return fmt.Errorf("%w: more than %d bytes (the limit; see --max-file-bytes)", ErrTooLarge, limit)
	}
	return fmt.Errorf("%w: %d bytes, over the limit of %d (see --max-file-bytes)", ErrTooLarge, size, limit)
}

// pathErr drops the operation and path from an *fs.PathError: the
// FileError names the file already.
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func asFileError(err error) *FileError {
	var fe *FileError
	if errors.As(err, &fe) {
		return fe
	}
	return &FileError{Err: err}
}
