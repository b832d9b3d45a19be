package sources

import "strings"

// FileError is a problem with one input file, at a place in it when known.
type FileError struct {
	Path string // the file as named by the user
	Line int    // 1-based line, 0 when the problem is the whole file
	Col  int    // 1-based column, 0 when unknown
	Err  error
}

func (e *FileError) Error() string {
	return Position{Path: e.Path, Line: e.Line, Col: e.Col}.String() + ": " + e.Err.Error()
}

func (e *FileError) Unwrap() error { return e.Err }

// ErrorList is the problems met while reading several files. The zero value
// is an empty list; Err is nil when it is empty.
type ErrorList []*FileError

func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Err returns the list as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
