package wordlist

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
)

// Files are one package's embedded data files.
type Files struct {
	prefix string // names the files in messages and in Hash: "sources"
	fsys   fs.FS
}

// Error is a malformed entry, or a file that cannot be read.
type Error struct {
	File string // the file, with its package's prefix: "sources/words/share.txt"
	Line int    // from 1; 0 when the error is the whole file's
	Msg  string
}

func (e *Error) Error() string {
	if e.Line == 0 {
		return e.File + ": " + e.Msg
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// Entry is one entry of a word list.
type Entry struct {
	Text string // the line, comment dropped, trimmed
	File string // the file, with its package's prefix
	Line int    // from 1
}

// Errorf is an error about e, naming its file and line: for an entry its
// reader rejects.
func (e Entry) Errorf(format string, args ...any) error {
	return &Error{File: e.File, Line: e.Line, Msg: fmt.Sprintf(format, args...)}
}

// Record is one entry of a key: value file.
type Record struct {
	Key   string // before the first colon, trimmed
	Value string // after it, trimmed
	File  string // the file, with its package's prefix
	Line  int    // from 1
}

// Errorf is an error about r, naming its file and line: for a value its
// reader rejects.
func (r Record) Errorf(format string, args ...any) error {
	return &Error{File: r.File, Line: r.Line, Msg: fmt.Sprintf(format, args...)}
}

// The registered Files, for Hash. They are added while packages initialise,
// and only read after that.
var (
	registryMu sync.Mutex
	registry   = map[string]*Files{}
)

// Register names a package's embedded files and returns them. Call it once
// per package, in a package-level variable, so that the files are
// registered before main runs and Hash covers them. prefix is the package's
// path in the module ("claims/mention"); a second registration under one
// prefix panics.
func Register(prefix string, fsys fs.FS) *Files {
	f := &Files{prefix: prefix, fsys: fsys}
	registryMu.Lock()
	defer registryMu.Unlock()
	if _, ok := registry[prefix]; ok {
		panic("wordlist: " + prefix + " registered twice")
	}
	registry[prefix] = f
	return f
}

// Registered lists the prefixes of the registered packages, sorted.
func Registered() []string {
	registryMu.Lock()
	defer registryMu.Unlock()
	out := make([]string, 0, len(registry))
	for p := range registry {
		out = append(out, p)
	}
	slices.Sort(out)
	return out
}

// Hash is a hex SHA-256 over every file of every registered package, with
// their names: it changes when any data file changes, is added or is removed.
func Hash() string {
	h := sha256.New()
	eachFile(func(name string, data []byte) {
		fmt.Fprintf(h, "%s\x00%d\x00", name, len(data))
		h.Write(data)
	})
	return hex.EncodeToString(h.Sum(nil))
}

// Names lists every file of every registered package, with its package's
// prefix ("claims/words/metric-cues.txt"), sorted: the files Hash covers.
func Names() []string {
	var out []string
	eachFile(func(name string, _ []byte) { out = append(out, name) })
	slices.Sort(out)
	return out
}

// eachFile calls fn with each registered file, by package prefix and then
// by path.
func eachFile(fn func(name string, data []byte)) {
	registryMu.Lock()
	all := make([]*Files, 0, len(registry))
	for _, f := range registry {
		all = append(all, f)
	}
	registryMu.Unlock()
	slices.SortFunc(all, func(a, b *Files) int { return strings.Compare(a.prefix, b.prefix) })
	for _, f := range all {
		err := fs.WalkDir(f.fsys, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := fs.ReadFile(f.fsys, p)
			if err != nil {
				return err
			}
			fn(path.Join(f.prefix, p), data)
			return nil
		})
		if err != nil {
			// embedded files are always readable
			panic("wordlist: " + f.prefix + ": " + err.Error())
		}
	}
}

// Append returns Files with lines added at the end of the named file, not
// registered: tests use it to show what one more entry in a data file does.
func (f *Files) Append(name string, lines ...string) *Files {
	return &Files{prefix: f.prefix, fsys: appended{fsys: f.fsys, name: name, extra: strings.Join(lines, "\n") + "\n"}}
}

// appended is an fs.FS in which one file has lines added at its end.
type appended struct {
	fsys  fs.FS
	name  string
	extra string
}

func (a appended) Open(name string) (fs.File, error) { return a.fsys.Open(name) }

func (a appended) ReadFile(name string) ([]byte, error) {
	data, err := fs.ReadFile(a.fsys, name)
	if err != nil || name != a.name {
		return data, err
	}
	if len(data) > 0 && data[len(data)-1] != '\n' {
		data = append(data, '\n')
	}
	return append(data, a.extra...), nil
}

func (f *Files) read(name string) (string, []byte, error) {
	file := path.Join(f.prefix, name)
	data, err := fs.ReadFile(f.fsys, name)
	if err != nil {
		return file, nil, &Error{File: file, Msg: err.Error()}
	}
	return file, data, nil
}

// Words reads a word list: one entry a line, which may hold spaces ("read
// more"). An entry given twice is an error.
func (f *Files) Words(name string) ([]string, error) {
	es, err := f.Entries(name)
	return texts(es), err
}

// Entries reads a word list with the place of each entry, for a reader
// that checks them.
func (f *Files) Entries(name string) ([]Entry, error) {
	file, data, err := f.read(name)
	if err != nil {
		return nil, err
	}
	return ParseEntries(file, data)
}

func texts(es []Entry) []string {
	if es == nil {
		return nil
	}
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Text
	}
	return out
}

// Set reads a word list as a set.
func (f *Files) Set(name string) (map[string]bool, error) {
	ws, err := f.Words(name)
	if err != nil {
		return nil, err
	}
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m, nil
}

// Records reads a file of key: value entries, in file order. A key may come
// again; Table rejects that.
func (f *Files) Records(name string) ([]Record, error) {
	file, data, err := f.read(name)
	if err != nil {
		return nil, err
	}
	return ParseRecords(file, data)
}

// Table reads a file of key: value entries as a map. A key given twice is
// an error.
func (f *Files) Table(name string) (map[string]string, error) {
	rs, err := f.Records(name)
	if err != nil {
		return nil, err
	}
	m := make(map[string]string, len(rs))
	line := make(map[string]int, len(rs))
	for _, r := range rs {
		if l, ok := line[r.Key]; ok {
			return nil, r.Errorf("key %q is given already on line %d", r.Key, l)
		}
		m[r.Key], line[r.Key] = r.Value, r.Line
	}
	return m, nil
}

// MustWords is Words, panicking on an error.
func (f *Files) MustWords(name string) []string { return Must(f.Words(name)) }

// MustSet is Set, panicking on an error.
func (f *Files) MustSet(name string) map[string]bool { return Must(f.Set(name)) }

// MustEntries is Entries, panicking on an error.
func (f *Files) MustEntries(name string) []Entry { return Must(f.Entries(name)) }

// MustRecords is Records, panicking on an error.
func (f *Files) MustRecords(name string) []Record { return Must(f.Records(name)) }

// MustTable is Table, panicking on an error.
func (f *Files) MustTable(name string) map[string]string { return Must(f.Table(name)) }

// Must returns v, or panics with err: for a package-level variable read
// from embedded files, which the package's tests check,
//
//	var lists = wordlist.Must(loadLists(files))
func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// entries calls fn with each entry of data (comments and blank lines
// dropped) and its line number. The entries are substrings of one copy of
// data: a list costs an allocation for its text, not one a line.
func entries(file string, data []byte, fn func(entry string, line int) error) error {
	rest := strings.TrimPrefix(string(data), "\ufeff")
	for n := 1; rest != ""; n++ {
		s, after, _ := strings.Cut(rest, "\n")
		rest = after
		if i := commentAt(s); i >= 0 {
			s = s[:i]
		}
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		if i := strings.IndexFunc(s, func(r rune) bool { return r < ' ' && r != '\t' || r == 0x7f }); i >= 0 {
			return &Error{File: file, Line: n, Msg: fmt.Sprintf("control character %q in entry", s[i])}
		}
		if err := fn(s, n); err != nil {
			return err
		}
	}
	return nil
}

// commentAt is where a comment starts in line: a # first on the line or
// after a space or tab; -1 for none.
func commentAt(line string) int {
	for i := 0; i < len(line); i++ {
		if line[i] == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t') {
			return i
		}
	}
	return -1
}

// ParseWords reads a word list from data; file names it in errors.
func ParseWords(file string, data []byte) ([]string, error) {
	es, err := ParseEntries(file, data)
	return texts(es), err
}

// ParseEntries reads a word list from data with the place of each entry.
func ParseEntries(file string, data []byte) ([]Entry, error) {
	var out []Entry
	seen := map[string]int{}
	err := entries(file, data, func(s string, line int) error {
		if l, ok := seen[s]; ok {
			return &Error{File: file, Line: line, Msg: fmt.Sprintf("%q is listed already on line %d", s, l)}
		}
		seen[s] = line
		out = append(out, Entry{Text: s, File: file, Line: line})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ParseRecords reads key: value entries from data; file names it in errors.
// An entry with no colon, or with nothing before or after it, is malformed.
func ParseRecords(file string, data []byte) ([]Record, error) {
	var out []Record
	err := entries(file, data, func(s string, line int) error {
		k, v, ok := strings.Cut(s, ":")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if !ok || k == "" || v == "" {
			return &Error{File: file, Line: line, Msg: fmt.Sprintf("malformed entry %q: want \"key: value\"", s)}
		}
		out = append(out, Record{Key: k, Value: v, File: file, Line: line})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
