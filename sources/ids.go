package sources

import (
	"path/filepath"
	"strings"
)

// IDs gives each path a source id that no other path of the list has:
//
//   - its base name without extension ("reuters" for 2024-12-29/reuters.txt)
//     when no other file of the list has that name, as it always was;
//   - else the shortest trailing part of its path, directories and name
//     without extension, slash-separated, that tells it from the others
//     with its name ("2024-12-29/reuters", "2024-12-30/reuters",
//     "europe/index" beside "asia/index");
//   - with its extension when only that tells two files apart ("x.txt",
//     "x.md").
//
// The ids depend only on the set of files, not on their order; a file
// listed twice, or spelled two ways (./a.txt and a.txt), gets one id.
// Standard input ("-" or "stdin") is "stdin"; a web page's id is URLID of
// its URL, whatever else is listed. Load gives its documents
// these ids; commands that read two sets of files that are compared
// together (check) give the ids over both.
func IDs(paths []string) map[string]string {
	type file struct {
		comps []string // directories and the name without extension
		ext   string
		key   string // the file, however it was spelled: its absolute path
	}
	files := map[string]*file{} // by key
	of := make(map[string]*file, len(paths))
	pages := map[string]string{} // a web page's id is its URL's alone
	for _, p := range paths {
		if _, ok := of[p]; ok {
			continue
		}
		if IsURL(p) {
			if id, err := URLID(p); err == nil {
				pages[p] = id
				continue
			}
		}
		f := &file{key: "\x00stdin", comps: []string{"stdin"}}
		if p != "-" && p != "stdin" {
			clean := filepath.Clean(p)
			base := filepath.Base(clean)
			f.ext = filepath.Ext(base)
			f.key = clean
			if abs, err := filepath.Abs(clean); err == nil {
				f.key = abs
			}
			f.comps = strings.Split(filepath.ToSlash(filepath.Dir(clean)), "/")
			if f.comps[0] == "." {
				f.comps = f.comps[:0]
			}
			name := strings.TrimSuffix(base, f.ext)
			if name == "" { // ".txt": the whole name
				name, f.ext = base, ""
			}
			f.comps = append(f.comps, name)
		}
		if g, ok := files[f.key]; ok {
			f = g
		} else {
			files[f.key] = f
		}
		of[p] = f
	}
	// Files whose whole paths differ only in their extensions keep it.
	byPath := map[string][]*file{}
	for _, f := range files {
		k := strings.Join(f.comps, "/")
		byPath[k] = append(byPath[k], f)
	}
	for _, group := range byPath {
		if len(group) > 1 {
			for _, f := range group {
				f.comps[len(f.comps)-1] += f.ext
			}
		}
	}
	byName := map[string][]*file{}
	for _, f := range files {
		name := f.comps[len(f.comps)-1]
		byName[name] = append(byName[name], f)
	}
	id := make(map[*file]string, len(files))
	for name, group := range byName {
		if len(group) == 1 {
			id[group[0]] = name
			continue
		}
		for _, f := range group {
			id[f] = strings.Join(f.comps, "/")
			for k := 2; k <= len(f.comps); k++ {
				mine := suffix(f.comps, k)
				alone := true
				for _, o := range group {
					if o != f && suffix(o.comps, k) == mine {
						alone = false
						break
					}
				}
				if alone {
					id[f] = mine
					break
				}
			}
		}
	}
	// Paths that are no file names ("/", "") can still meet: the whole
	// path tells them apart.
	owner := map[string]*file{}
	for f, i := range id {
		if o, ok := owner[i]; ok && o != f {
			id[f], id[o] = f.key, o.key
		}
		owner[i] = f
	}
	out := make(map[string]string, len(paths))
	for p, f := range of {
		out[p] = id[f]
	}
	for p, u := range pages {
		out[p] = u
	}
	return out
}

// suffix is the last k parts of a path, slash-separated: all of it when it
// has fewer.
func suffix(comps []string, k int) string {
	if k > len(comps) {
		k = len(comps)
	}
	return strings.Join(comps[len(comps)-k:], "/")
}

// SetIDs gives the documents the ids IDs gives their paths among the
// documents' own and the others: the files read apart from them that they
// are compared with.
func SetIDs(docs []*Document, others ...string) {
	paths := make([]string, 0, len(docs)+len(others))
	for _, d := range docs {
		paths = append(paths, d.Path)
	}
	ids := IDs(append(paths, others...))
	for _, d := range docs {
		d.ID = ids[d.Path]
	}
}
