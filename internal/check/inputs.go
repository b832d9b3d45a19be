package check

import (
	"context"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/sources"
)

// sourceExts are the extensions of files git lists that are read as
// sources with --new-from-rev.
var sourceExts = map[string]bool{".txt": true, ".text": true, ".md": true, ".markdown": true, ".html": true, ".htm": true}

// IsSource reports whether a file's name marks it as a source.
func IsSource(path string) bool { return sourceExts[strings.ToLower(filepath.Ext(path))] }

// GitSources lists the sources under dir that git knows of in the working
// tree: tracked files that still exist and untracked files it does not
// ignore. Paths are absolute, sorted.
func GitSources(ctx context.Context, ch *Changes, dir string) ([]string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		abs = r
	}
	spec, err := filepath.Rel(ch.Top, abs)
	if err != nil {
		return nil, err
	}
	out, err := git(ctx, ch.Top, "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", filepath.ToSlash(spec))
	if err != nil {
		return nil, err
	}
	deleted := map[string]bool{}
	for p := range ch.Old {
		deleted[p] = true
	}
	for _, p := range ch.Changed {
		delete(deleted, p)
	}
	var files []string
	seen := map[string]bool{}
	for _, p := range split0(out) {
		full := filepath.Join(ch.Top, filepath.FromSlash(p))
		if !IsSource(full) || seen[full] || deleted[full] {
			continue
		}
		seen[full] = true
		files = append(files, full)
	}
	sort.Strings(files)
	return files, nil
}

// ParseOld reads the base's versions of changed and deleted sources and
// extracts their claims. Files that are not sources, or that no longer
// parse, are left out: they only make the "before" side poorer. ids gives
// the sources' ids by path (sources.IDs over the files of both revisions);
// a path it lacks keeps the id Parse gives it.
func ParseOld(ch *Changes, opt sources.Options, ids map[string]string) []claims.Claim {
	keys := make([]string, 0, len(ch.Old))
	for p := range ch.Old {
		keys = append(keys, p)
	}
	sort.Strings(keys)
	var out []claims.Claim
	for _, p := range keys {
		if !IsSource(p) || sources.WrittenByClaimdiff(ch.Old[p]) {
			continue
		}
		d, err := sources.Parse(p, ch.Old[p], opt)
		if err != nil {
			continue
		}
		if id, ok := ids[p]; ok {
			d.ID = id
		}
		out = append(out, claims.Extract(d, claims.ExtractOptions{})...)
	}
	return out
}

// AtRevision builds the inputs of --new-from-rev: now are the claims of the
// sources in the working tree, old those of the base's versions of the
// changed and deleted ones (ParseOld).
func AtRevision(now, old []claims.Claim, ch *Changes) Inputs {
	gone := map[string]bool{}
	for _, p := range ch.Changed {
		gone[pathKey(p)] = true
	}
	for p := range ch.Old {
		gone[pathKey(p)] = true
	}
	in := Inputs{After: now, Changed: ch.Changed, Root: ch.Top}
	in.Before = without(now, func(c claims.Claim) bool { return gone[pathKey(c.Path)] })
	in.Before = append(in.Before, old...)
	return in
}

// AgainstFiles builds the inputs of `check NEW... --against DIR`: repo are
// the claims of DIR's sources, fresh those of the new files. A new file that
// lies inside DIR is the same source; its old version is unknown, so it
// counts as added.
func AgainstFiles(repo, fresh []claims.Claim, freshPaths []string, root string) Inputs {
	mine := map[string]bool{}
	for _, p := range freshPaths {
		mine[pathKey(p)] = true
	}
	in := Inputs{Changed: freshPaths, Root: root}
	in.Before = without(repo, func(c claims.Claim) bool { return mine[pathKey(c.Path)] })
	in.After = append(append([]claims.Claim(nil), in.Before...), fresh...)
	return in
}

// AgainstStore builds the inputs of `check NEW... --store S`: a new file
// whose id a stored source has replaces it, and the stored version is the
// one before the change.
func AgainstStore(stored, fresh []claims.Claim, freshIDs, freshPaths []string, root string) Inputs {
	ids := map[string]bool{}
	for _, id := range freshIDs {
		ids[id] = true
	}
	in := Inputs{Before: stored, Changed: freshPaths, Root: root}
	in.After = without(stored, func(c claims.Claim) bool { return ids[c.Source] })
	in.After = append(in.After, fresh...)
	return in
}

func without(cl []claims.Claim, drop func(claims.Claim) bool) []claims.Claim {
	keys := map[string]bool{}
	out := make([]claims.Claim, 0, len(cl))
	for _, c := range cl {
		k := c.Source + "\x00" + c.Path
		d, ok := keys[k]
		if !ok {
			d = drop(c)
			keys[k] = d
		}
		if !d {
			out = append(out, c)
		}
	}
	return out
}
