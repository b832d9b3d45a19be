package cli

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/story"
	"github.com/claimdiff/claimdiff/internal/buildinfo"
	"github.com/claimdiff/claimdiff/internal/check"
	"github.com/claimdiff/claimdiff/internal/config"
	"github.com/claimdiff/claimdiff/sources"
	"github.com/spf13/cobra"
)

// checkOptions are the flags of `claimdiff check`.
type checkOptions struct {
	input          inputOptions
	Against        string // --against: the repository's directory of sources
	NewFromRev     string // --new-from-rev: git tells what changed since this revision
	FailOn         string // --fail-on: conflict, rising, single or any
	Format         string // --format: text, json, sarif, github or summary
	SARIF          string // --sarif: also write SARIF to this file
	Summary        string // --summary: also write the Markdown summary to this file
	JSON           string // --json: also write JSON to this file
	CodeQuality    string // --codequality: also write a GitLab Code Quality report to this file
	Baseline       string // --baseline: the baseline file
	UpdateBaseline bool   // --update-baseline: accept what the check finds
	Root           string // --root: paths in reports are relative to it
	Compare        comparison
}

// NewCheckCmd is `claimdiff check`: the CI check for new sources.
func NewCheckCmd(io *IOStreams) *cobra.Command {
	o := &checkOptions{}
	cmd := &cobra.Command{
		Use:   "check (NEW... --against DIR | NEW... --store S | --new-from-rev REV [DIR])",
		Short: "Fail CI when a new or changed source disagrees with the repository's sources",
		Long: `check reports the findings that a new or changed source brings: facts on
which it disagrees with the sources a repository already holds. Findings the
baseline file accepts do not fail the check; --update-baseline accepts the
current ones. Exit status: 0 nothing new at or above --fail-on, 1 new
findings at or above it, 2 usage or input errors.`,
		Example: `  claimdiff check articles/new.md --against articles/
  claimdiff check --new-from-rev origin/main articles/
  claimdiff check --new-from-rev "$BASE_SHA" articles/ --format github --sarif claimdiff.sarif --summary "$GITHUB_STEP_SUMMARY"`,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := configure(cmd, &o.input, &o.Compare)
			if err != nil {
				return err
			}
			if cfg.FailOn != "" && !cmd.Flags().Changed("fail-on") {
				o.FailOn = cfg.FailOn
			}
			return runCheck(cmd.Context(), io, o, args)
		},
	}
	fs := cmd.Flags()
	o.input.addFlags(fs)
	o.input.addStoreFlags(fs)
	o.input.addStoryFlag(fs)
	fs.StringVar(&o.Against, "against", "", "compare the new sources with the sources in this `dir`")
	fs.StringVar(&o.NewFromRev, "new-from-rev", "", "check the sources in DIR added or changed since this git `rev` (its merge base with HEAD)")
	fs.StringVar(&o.FailOn, "fail-on", "conflict", "fail on new findings at or above this `level`: conflict, revised (figures a stored source changed too), single (new single-source claims too) or any")
	fs.StringVar(&o.Format, "format", "text", "output `format` on stdout: text, json, sarif, github, summary (Markdown) or codequality (GitLab)")
	fs.StringVar(&o.SARIF, "sarif", "", "also write SARIF 2.1.0 to this `file`")
	fs.StringVar(&o.Summary, "summary", "", "also write a Markdown summary to this `file` (appended to when it is $GITHUB_STEP_SUMMARY)")
	fs.StringVar(&o.JSON, "json", "", "also write JSON to this `file`")
	fs.StringVar(&o.CodeQuality, "codequality", "", "also write a GitLab Code Quality report to this `file`")
	fs.StringVar(&o.Baseline, "baseline", "", "the baseline `file` of accepted findings (default: "+check.DefaultBaseline+" at the root)")
	fs.BoolVar(&o.UpdateBaseline, "update-baseline", false, "write the baseline so that it accepts every finding the check reports, and exit 0")
	fs.StringVar(&o.Root, "root", "", "report paths relative to this `dir` (default: the git work tree's top, else the current directory)")
	o.Compare.addFlags(fs)
	completeValues(cmd, "fail-on", config.Levels...)
	completeValues(cmd, "format", check.Formats()...)
	return cmd
}

func runCheck(ctx context.Context, io *IOStreams, o *checkOptions, args []string) error {
	failOn, err := check.ParseLevel(o.FailOn)
	if err != nil {
		return &usageError{err}
	}
	format, err := check.ParseFormat(o.Format)
	if err != nil {
		return &usageError{err}
	}
	if err := o.input.checkStoreFlags(); err != nil {
		return err
	}
	copt, _, err := o.Compare.options()
	o.Compare.note(io)
	if err != nil {
		return err
	}
	in, ss, failed, err := checkInputs(ctx, io, o, args)
	if err != nil {
		return err
	}
	if o.input.Story != "" {
		if in, err = inStory(in, ss, o.input.Story); err != nil {
			return err
		}
	}
	bpath := o.Baseline
	if bpath == "" {
		bpath = filepath.Join(in.Root, check.DefaultBaseline)
	}
	bl, err := check.ReadBaseline(bpath)
	if err != nil {
		return withCode(ExitError, err)
	}
	engine := byStory(story.Assign(ss), copt)
	res := check.Run(in, check.Options{FailOn: failOn, Baseline: bl, Compare: copt, Engine: engine})
	if err := ctx.Err(); err != nil {
		return err
	}
	res.Version = buildinfo.Version()
	if o.UpdateBaseline {
		if failed != nil {
			// The unread sources' findings would be dropped as stale.
			printNote(io.ErrOut, "claimdiff: %s not written: some sources could not be read", bpath)
			return failed
		}
		nb := bl.Update(res)
		if err := nb.Write(); err != nil {
			return withCode(ExitError, err)
		}
		if !io.Quiet {
			printNote(io.ErrOut, "claimdiff: wrote %s: %d accepted", bpath, len(nb.Entries))
		}
		return failed
	}
	if err := check.Write(io.Out, format, res); err != nil {
		return withCode(ExitError, err)
	}
	for _, side := range []struct {
		path   string
		format check.Format
	}{{o.SARIF, check.FormatSARIF}, {o.Summary, check.FormatSummary}, {o.JSON, check.FormatJSON}, {o.CodeQuality, check.FormatCodeQuality}} {
		if side.path != "" {
			err := writeCheckFile(side.path, side.format, res)
			if errors.Is(err, check.ErrSummaryFull) {
				printNote(io.ErrOut, "claimdiff: %s not written to: %v", side.path, err)
				continue
			}
			if err != nil {
				return withCode(ExitError, err)
			}
		}
	}
	if !io.Quiet {
		printNote(io.ErrOut, "claimdiff: %s", res.Summary())
	}
	if failed != nil {
		return failed
	}
	if res.Failed() {
		return withCode(ExitFindings, errFindings)
	}
	return nil
}

// inStory keeps the claims of one story's sources, --story ID; an id no
// story has is a usage error.
func inStory(in check.Inputs, ss []story.Story, id string) (check.Inputs, error) {
	for _, s := range ss {
		if s.ID != id {
			continue
		}
		keep := map[string]bool{}
		for _, src := range s.Sources {
			keep[src] = true
		}
		of := func(cl []claims.Claim) []claims.Claim {
			var out []claims.Claim
			for _, c := range cl {
				if keep[c.Source] {
					out = append(out, c)
				}
			}
			return out
		}
		in.Before, in.After = of(in.Before), of(in.After)
		return in, nil
	}
	return in, &usageError{fmt.Errorf("--story %q: no such story among these sources (claimdiff stories lists them)", id)}
}

// checkInputs loads the repository before and after the change, and groups
// its sources after the change into stories. failed is the error to end
// with when some inputs could not be read.
func checkInputs(ctx context.Context, io *IOStreams, o *checkOptions, args []string) (in check.Inputs, ss []story.Story, failed error, err error) {
	in, docs, cl, failed, err := checkLoad(ctx, io, o, args)
	if err != nil {
		return in, nil, nil, err
	}
	return in, groupDocs(docs, cl), failed, nil
}

// checkLoad loads the repository before and after the change; docs and cl
// are the sources after it, and their claims.
func checkLoad(ctx context.Context, io *IOStreams, o *checkOptions, args []string) (in check.Inputs, docs []*sources.Document, cl []claims.Claim, failed error, err error) {
	root := o.Root
	if root == "" {
		root = check.GitTop(ctx, ".")
	}
	if root == "" {
		root = "."
	}
	switch {
	case o.NewFromRev != "":
		if o.Against != "" || o.input.Store != "" {
			return in, nil, nil, nil, &usageError{fmt.Errorf("--new-from-rev reads the sources from git: give no --against or --store")}
		}
		if len(args) > 1 {
			return in, nil, nil, nil, &usageError{fmt.Errorf("--new-from-rev takes one directory, got %d arguments", len(args))}
		}
		dir := "."
		if len(args) == 1 {
			dir = args[0]
		}
		ch, err := check.GitChanges(ctx, o.NewFromRev, dir)
		if err != nil {
			return in, nil, nil, nil, withCode(ExitError, err)
		}
		files, err := check.GitSources(ctx, ch, dir)
		if err != nil {
			return in, nil, nil, nil, withCode(ExitError, err)
		}
		if under := o.input.excludeUnder; under != nil {
			files = slices.DeleteFunc(files, func(f string) bool { return under(dir, f) })
			ch.Changed = slices.DeleteFunc(ch.Changed, func(f string) bool { return under(dir, f) })
			maps.DeleteFunc(ch.Old, func(f string, _ []byte) bool { return under(dir, f) })
		}
		opt, err := o.input.sourceOptions()
		if err != nil {
			return in, nil, nil, nil, err
		}
		// Ids are given over the files of both revisions, so that a file
		// keeps its id across the change.
		all := append([]string(nil), files...)
		for p := range ch.Old {
			all = append(all, p)
		}
		ids := sources.IDs(all)
		var now loaded
		if len(files) > 0 {
			listed := opt
			listed.Exclude = nil // git's list, filtered above
			listed.Listed = true // git's list of the directory: claimdiff's own output is skipped
			l, err := loadDocs(ctx, io, files, listed, fetchOptions{})
			if err != nil {
				return in, nil, nil, nil, err
			}
			for _, d := range l.Docs {
				d.ID = ids[d.Path]
			}
			if err := l.extract(ctx, io); err != nil {
				return in, nil, nil, nil, err
			}
			now = *l
		}
		in = check.AtRevision(now.Claims, check.ParseOld(ch, opt, ids), ch)
		if o.Root != "" {
			in.Root = o.Root
		}
		return in, now.Docs, now.Claims, now.inputFailure(), nil
	case o.Against != "" && o.input.Store != "":
		return in, nil, nil, nil, &usageError{fmt.Errorf("give either --against or --store, not both")}
	case o.Against == "" && o.input.Store == "":
		return in, nil, nil, nil, &usageError{fmt.Errorf("say what to check against: --against DIR, --store S or --new-from-rev REV")}
	}
	if len(args) == 0 && len(o.input.Fetch.From) == 0 {
		return in, nil, nil, nil, &usageError{fmt.Errorf("no new sources given")}
	}
	opt, err := o.input.sourceOptions()
	if err != nil {
		return in, nil, nil, nil, err
	}
	fresh, err := loadDocs(ctx, io, args, opt, o.input.Fetch)
	if err != nil {
		return in, nil, nil, nil, err
	}
	var repo *loaded
	if o.input.Store != "" {
		stored := o.input
		stored.Revisions = false // the trails are read below, with the new files in them
		stored.Story = ""        // the story is picked below, among the new files too
		repo, err = load(ctx, io, nil, stored)
		if err != nil {
			return in, nil, nil, nil, err
		}
		idsAgainstStore(fresh.Docs, repo.Docs)
	} else {
		if repo, err = loadDocs(ctx, io, []string{o.Against}, opt, fetchOptions{}); err != nil {
			return in, nil, nil, nil, err
		}
		// The new files and the repository's are read apart but compared
		// together: their ids are given over both.
		sources.SetIDs(append(append([]*sources.Document(nil), fresh.Docs...), repo.Docs...))
		if err := repo.extract(ctx, io); err != nil {
			return in, nil, nil, nil, err
		}
	}
	if err := fresh.extract(ctx, io); err != nil {
		return in, nil, nil, nil, err
	}
	var paths, ids []string
	for _, d := range fresh.Docs {
		paths = append(paths, d.Path)
		ids = append(ids, d.ID)
	}
	if o.input.Store != "" {
		in = check.AgainstStore(repo.Claims, fresh.Claims, ids, paths, root)
		if o.input.Revisions {
			if in.BeforeTrail, in.AfterTrail, err = checkTrails(ctx, o.input, fresh); err != nil {
				return in, nil, nil, nil, err
			}
		}
	} else {
		in = check.AgainstFiles(repo.Claims, fresh.Claims, paths, root)
	}
	failed = fresh.inputFailure()
	if failed == nil {
		failed = repo.inputFailure()
	}
	return in, afterDocs(repo.Docs, fresh.Docs), in.After, failed, nil
}

// afterDocs are the repository's documents with the new ones: a new file
// with a stored or repository source's id replaces it.
func afterDocs(repo, fresh []*sources.Document) []*sources.Document {
	ids := map[string]bool{}
	for _, d := range fresh {
		ids[d.ID] = true
	}
	out := append([]*sources.Document(nil), fresh...)
	for _, d := range repo {
		if !ids[d.ID] {
			out = append(out, d)
		}
	}
	return out
}

// writeCheckFile writes one more format to a file. $GITHUB_STEP_SUMMARY is
// appended to, as GitHub expects of every step that writes to it, and what
// it holds already counts against GitHub's 1 MiB limit.
func writeCheckFile(path string, f check.Format, res *check.Result) error {
	flags := os.O_CREATE | os.O_WRONLY | os.O_TRUNC
	appending := false
	if s := os.Getenv("GITHUB_STEP_SUMMARY"); s != "" && s == path {
		flags = os.O_CREATE | os.O_WRONLY | os.O_APPEND
		appending = true
	}
	file, err := os.OpenFile(path, flags, 0o644)
	if err != nil {
		return err
	}
	if appending && f == check.FormatSummary {
		var held int64
		if info, err := file.Stat(); err == nil {
			held = info.Size()
		}
		err = check.WriteSummary(file, res, held)
	} else {
		err = check.Write(file, f, res)
	}
	if err != nil {
		file.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return file.Close()
}

// idsAgainstStore gives new files their ids among the stored sources: a file
// whose path (without extension) ends with a stored source's id is that
// source, changed (the longest such id wins); the others get ids among the
// stored sources' paths and their own (sources.IDs), so that a new file
// never takes the id of a stored source it is not.
func idsAgainstStore(fresh, stored []*sources.Document) {
	var paths []string
	for _, d := range fresh {
		paths = append(paths, d.Path)
	}
	for _, d := range stored {
		paths = append(paths, d.Path)
	}
	ids := sources.IDs(paths)
	for _, d := range fresh {
		d.ID = ids[d.Path]
		if sources.IsURL(d.Path) {
			continue // a page's id is its URL's (sources.URLID), stored or not
		}
		p := filepath.ToSlash(filepath.Clean(d.Path))
		p = strings.TrimSuffix(p, filepath.Ext(p))
		best := ""
		for _, s := range stored {
			if (p == s.ID || strings.HasSuffix(p, "/"+s.ID)) && len(s.ID) > len(best) {
				best = s.ID
			}
		}
		if best != "" {
			d.ID = best
		}
	}
}
