package check

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Changes are the files under a directory that differ between a revision
// and the working tree, as git tells them.
type Changes struct {
	Top     string            // the work tree's top directory
	Base    string            // the commit compared against: the merge base of REV and HEAD
	Changed []string          // added, modified and untracked files (absolute paths)
	Old     map[string][]byte // the base's version of modified and deleted files, by absolute path
}

// GitChanges asks git which files under dir were added or changed since
// rev. It compares against the merge base of rev and HEAD, so that commits
// that landed on rev's branch after this one forked are not taken for
// changes here. Untracked files that git does not ignore count as added.
func GitChanges(ctx context.Context, rev, dir string) (*Changes, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		abs = r
	}
	top, err := git(ctx, abs, "rev-parse", "--show-toplevel")
	if err != nil {
		return nil, fmt.Errorf("%s: not in a git work tree: %w", dir, err)
	}
	ch := &Changes{Top: strings.TrimSpace(string(top)), Old: map[string][]byte{}}
	if _, err := git(ctx, ch.Top, "rev-parse", "--verify", "--quiet", rev+"^{commit}"); err != nil {
		return nil, fmt.Errorf("--new-from-rev %s: no such commit (in CI, fetch the history: fetch-depth: 0)", rev)
	}
	base, err := git(ctx, ch.Top, "merge-base", rev, "HEAD")
	if err != nil {
		return nil, fmt.Errorf("--new-from-rev %s: no common ancestor with HEAD (a shallow clone? fetch with fetch-depth: 0): %w", rev, err)
	}
	ch.Base = strings.TrimSpace(string(base))
	spec, err := filepath.Rel(ch.Top, abs)
	if err != nil {
		return nil, err
	}
	spec = filepath.ToSlash(spec)
	out, err := git(ctx, ch.Top, "diff", "--name-status", "-z", "--no-renames", "--no-ext-diff", ch.Base, "--", spec)
	if err != nil {
		return nil, err
	}
	f := split0(out)
	for i := 0; i+1 < len(f); i += 2 {
		status, p := f[i], f[i+1]
		full := filepath.Join(ch.Top, filepath.FromSlash(p))
		switch status[0] {
		case 'A':
			ch.Changed = append(ch.Changed, full)
		case 'M', 'T':
			ch.Changed = append(ch.Changed, full)
			fallthrough
		case 'D':
			old, err := git(ctx, ch.Top, "show", ch.Base+":"+p)
			if err != nil {
				return nil, err
			}
			ch.Old[full] = old
		}
	}
	out, err = git(ctx, ch.Top, "ls-files", "-z", "--others", "--exclude-standard", "--", spec)
	if err != nil {
		return nil, err
	}
	for _, p := range split0(out) {
		ch.Changed = append(ch.Changed, filepath.Join(ch.Top, filepath.FromSlash(p)))
	}
	return ch, nil
}

// GitTop returns the top of the work tree holding dir, or "" when dir is not
// in one or git is not installed.
func GitTop(ctx context.Context, dir string) string {
	out, err := git(ctx, dir, "rev-parse", "--show-toplevel")
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

func split0(b []byte) []string {
	var out []string
	for _, f := range bytes.Split(b, []byte{0}) {
		if len(f) > 0 {
			out = append(out, string(f))
		}
	}
	return out
}

// GitEnv is the environment git runs in: this process's, without the
// variables that would point git at another repository than the one -C
// names (GIT_DIR and the like, which "git rebase --exec" and hooks set).
func GitEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		switch k, _, _ := strings.Cut(kv, "="); k {
		case "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY",
			"GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_NAMESPACE", "GIT_PREFIX":
			continue
		}
		env = append(env, kv)
	}
	return env
}

// git runs git in dir and returns its standard output; its error carries
// git's own message.
func git(ctx context.Context, dir string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", append([]string{"-C", dir, "-c", "core.quotepath=off"}, args...)...)
	cmd.Env = GitEnv()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			msg := strings.TrimSpace(stderr.String())
			if msg == "" {
				msg = ee.Error()
			}
			return nil, fmt.Errorf("git %s: %s", args[0], msg)
		}
		return nil, fmt.Errorf("git %s: %w", args[0], err)
	}
	return out, nil
}
