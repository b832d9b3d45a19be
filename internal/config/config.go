package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Names are the file names Discover looks for, in order, in each directory.
var Names = []string{".claimdiff.yaml", ".claimdiff.yml"}

// Levels are the values fail-on takes (check.ParseLevel reads them).
var Levels = []string{"conflict", "rising", "revised", "single", "any"}

// File is a configuration file's settings. A field the file does not set
// is nil or empty.
type File struct {
	Path      string   // the file read; "" when there was none
	Tolerance *float64 // tolerance: relative slack for hedged figures, 0 or more
	Threshold *float64 // threshold: no longer used (claims are one fact when they share a frame); read so that older files still load
	FailOn    string   // fail-on: conflict, rising, revised, single or any
	Exclude   []string // exclude: patterns of files and directories left out of directory walks
}

// Error is a problem in a configuration file, at a line when it has one.
type Error struct {
	Path string // the file
	Line int    // from 1; 0 for the whole file
	Msg  string
}

func (e *Error) Error() string {
	if e.Line == 0 {
		return e.Path + ": " + e.Msg
	}
	return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
}

// Find returns the configuration file in dir or the nearest directory
// above it, "" when there is none.
func Find(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		for _, n := range Names {
			p := filepath.Join(abs, n)
			info, err := os.Stat(p)
			if err == nil && !info.IsDir() {
				return p, nil
			}
			if err != nil && !errors.Is(err, fs.ErrNotExist) {
				return "", err
			}
		}
		up := filepath.Dir(abs)
		if up == abs {
			return "", nil
		}
		abs = up
	}
}

// Discover reads the configuration file Find finds from dir, or returns
// an empty File when there is none.
func Discover(dir string) (*File, error) {
	p, err := Find(dir)
	if err != nil || p == "" {
		return &File{}, err
	}
	return Load(p)
}

// Load reads the configuration file at path. An unknown key, a value of
// the wrong type or out of range is an *Error naming the file and line.
func Load(p string) (*File, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, &Error{Path: p, Msg: pathErr(err).Error()}
	}
	return Parse(p, data)
}

// Parse reads a configuration file's contents; p names it in errors and
// is the directory exclude patterns are relative to.
func Parse(p string, data []byte) (*File, error) {
	f := &File{Path: p}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, yamlError(p, err)
	}
	if len(doc.Content) == 0 {
		return f, nil // empty, or only comments
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, &Error{Path: p, Line: root.Line, Msg: "want a mapping of settings (tolerance, threshold, fail-on, exclude)"}
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		errf := func(format string, args ...any) error {
			return &Error{Path: p, Line: v.Line, Msg: k.Value + ": " + fmt.Sprintf(format, args...)}
		}
		if l, ok := seen[k.Value]; ok {
			return nil, &Error{Path: p, Line: k.Line, Msg: fmt.Sprintf("%s is set already on line %d", k.Value, l)}
		}
		seen[k.Value] = k.Line
		switch k.Value {
		case "tolerance":
			var x float64
			if err := v.Decode(&x); err != nil || v.Kind != yaml.ScalarNode {
				return nil, errf("want a number, like 0.1")
			}
			if x < 0 {
				return nil, errf("%v: want 0 or more", x)
			}
			f.Tolerance = &x
		case "threshold":
			var x float64
			if err := v.Decode(&x); err != nil || v.Kind != yaml.ScalarNode {
				return nil, errf("want a number, like 0.25")
			}
			if x <= 0 || x > 1 {
				return nil, errf("%v: want a number above 0, at most 1", x)
			}
			f.Threshold = &x
		case "fail-on":
			if v.Kind != yaml.ScalarNode || !slices.Contains(Levels, v.Value) {
				return nil, errf("%q: want one of %s", v.Value, strings.Join(Levels, ", "))
			}
			f.FailOn = v.Value
		case "exclude":
			var pats []string
			if v.Kind == yaml.ScalarNode {
				pats = []string{v.Value}
			} else if err := v.Decode(&pats); err != nil {
				return nil, errf("want a list of patterns")
			}
			for _, pat := range pats {
				if err := checkPattern(pat); err != nil {
					return nil, errf("%q: %v", pat, err)
				}
			}
			f.Exclude = pats
		default:
			return nil, &Error{Path: p, Line: k.Line, Msg: fmt.Sprintf("unknown key %q: want tolerance, threshold, fail-on or exclude", k.Value)}
		}
	}
	return f, nil
}

// yamlError turns a YAML syntax error into an *Error with its line.
func yamlError(p string, err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	var line int
	if n, _ := fmt.Sscanf(msg, "line %d:", &line); n == 1 {
		msg = strings.TrimSpace(msg[strings.IndexByte(msg, ':')+1:])
	}
	return &Error{Path: p, Line: line, Msg: msg}
}

func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// checkPattern rejects a pattern path.Match cannot read, and absolute ones.
func checkPattern(pat string) error {
	if strings.TrimSpace(pat) == "" {
		return errors.New("empty pattern")
	}
	if path.IsAbs(pat) || filepath.IsAbs(pat) {
		return errors.New("want a path relative to the configuration file")
	}
	_, err := path.Match(strings.TrimSuffix(pat, "/"), "")
	return err
}

// Excluder returns a test of whether a file or directory met in a
// directory walk is excluded, or nil when the file excludes nothing.
// Patterns are slash-separated globs (path.Match): one with a slash inside
// or "./" before matches the path relative to the configuration file's
// directory, another a name at any depth; a trailing slash matches
// directories only.
// A walk skips an excluded directory with all it holds; what is named on
// the command line is read.
func (f *File) Excluder() func(p string, dir bool) bool {
	if len(f.Exclude) == 0 {
		return nil
	}
	base, err := filepath.Abs(filepath.Dir(f.Path))
	if err != nil {
		base = filepath.Dir(f.Path)
	}
	return func(p string, dir bool) bool {
		rel := ""
		if abs, err := filepath.Abs(p); err == nil {
			if r, err := filepath.Rel(base, abs); err == nil && r != ".." && !strings.HasPrefix(r, ".."+string(filepath.Separator)) {
				rel = filepath.ToSlash(r)
			}
		}
		return f.excluded(rel, filepath.Base(p), dir)
	}
}

// ExcludedUnder reports whether the file p, found under the directory root
// without a walk (git lists files, not directories), is excluded: p itself
// or a directory between root and p.
func (f *File) ExcludedUnder(root, p string) bool {
	ex := f.Excluder()
	if ex == nil {
		return false
	}
	if ex(p, false) {
		return true
	}
	root, err := filepath.Abs(root)
	if err != nil {
		return false
	}
	p, err = filepath.Abs(p)
	if err != nil {
		return false
	}
	for d := filepath.Dir(p); d != root && strings.HasPrefix(d, root+string(filepath.Separator)); d = filepath.Dir(d) {
		if ex(d, true) {
			return true
		}
	}
	return false
}

// excluded matches one path against the patterns: rel relative to the
// configuration's directory ("" when outside it), name its last element.
func (f *File) excluded(rel, name string, dir bool) bool {
	for _, pat := range f.Exclude {
		dirOnly := strings.HasSuffix(pat, "/")
		anchored := strings.HasPrefix(pat, "./")
		pat = strings.TrimPrefix(strings.TrimSuffix(pat, "/"), "./")
		if (dir || !dirOnly) && matches(pat, anchored || strings.Contains(pat, "/"), rel, name) {
			return true
		}
	}
	return false
}

// matches matches one pattern: an anchored one (with a slash inside, or
// "./" before) against the path from the configuration's directory;
// another against the name.
func matches(pat string, anchored bool, rel, name string) bool {
	if anchored {
		ok, _ := path.Match(pat, rel)
		return rel != "" && ok
	}
	ok, _ := path.Match(pat, name)
	return ok
}
