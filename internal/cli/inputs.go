package cli

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/claims/story"
	"github.com/claimdiff/claimdiff/internal/history"
	"github.com/claimdiff/claimdiff/sources"
	"github.com/spf13/pflag"
)

// inputOptions are the flags every command that reads articles shares.
type inputOptions struct {
	Published string       // --published: a publication date for sources that lack one
	MaxBytes  byteSize     // --max-file-bytes: refuse larger files
	Fetch     fetchOptions // --from, --offline and the flags of web pages

	// Store flags, for the commands that can read a claim store instead of files.
	Store     string   // --store: a SQLite path or postgres:// URL; "" reads files
	Sources   []string // --source: only these source ids or globs (store only)
	Since     string   // --since: only sources ingested since this date (store only)
	Revisions bool     // --revisions: with a store, the figures of earlier revisions too
	Story     string   // --story: only the sources of this story (claimdiff stories lists them)

	// From the configuration file: what directory walks leave out.
	Exclude      func(path string, dir bool) bool // nil: nothing
	excludeUnder func(root, path string) bool     // for files listed without a walk (git)
}

func (o *inputOptions) addFlags(fs *pflag.FlagSet) {
	fs.StringVar(&o.Published, "published", "", "publication `date` (YYYY-MM-DD) for sources that do not give one")
	o.MaxBytes = sources.DefaultMaxBytes
	fs.Var(&o.MaxBytes, "max-file-bytes", "refuse input files larger than this `size` (bytes, or with a unit: 16MiB, 500kB)")
	o.Fetch.addFlags(fs)
}

// addStoreFlags adds --store, --source and --since.
func (o *inputOptions) addStoreFlags(fs *pflag.FlagSet) {
	fs.StringVar(&o.Store, "store", "", "read claims from this `store` (SQLite path or postgres:// URL) instead of files")
	fs.StringSliceVar(&o.Sources, "source", nil, "with --store: only these source `ids` (globs allowed)")
	fs.StringVar(&o.Since, "since", "", "with --store: only sources ingested since this `date`")
	fs.BoolVar(&o.Revisions, "revisions", true, "with --store: read the sources' earlier revisions and mark the figures a source revised")
}

// addStoryFlag adds --story, for the commands that compare.
func (o *inputOptions) addStoryFlag(fs *pflag.FlagSet) {
	fs.StringVar(&o.Story, "story", "", "compare only the sources of this story `id` (claimdiff stories lists them)")
}

// checkStoreFlags refuses --source and --since without --store: they
// select stored sources, and would be ignored.
func (o *inputOptions) checkStoreFlags() error {
	if o.Store == "" && (len(o.Sources) > 0 || o.Since != "") {
		return &usageError{fmt.Errorf("--source and --since select sources in a claim store: give --store too")}
	}
	return nil
}

func (o *inputOptions) sourceOptions() (sources.Options, error) {
	opt := sources.Options{MaxBytes: int64(o.MaxBytes), Exclude: o.Exclude}
	if o.Published != "" {
		t, err := time.Parse("2006-01-02", o.Published)
		if err != nil {
			return opt, &usageError{fmt.Errorf("--published %q: want a date like 2025-07-15", o.Published)}
		}
		opt.Published = t
	}
	return opt, nil
}

// loaded is what the reading commands work on.
type loaded struct {
	Docs   []*sources.Document
	Claims []claims.Claim
	Errs   sources.ErrorList // files that could not be read; printed, exit 2
	Trail  *history.Trail    // from a store: the figures earlier revisions gave; nil for none

	Stories []story.Story // the sources' stories, once grouped (or read from the store); nil before

	// claimsUsedOnce: the claims are needed only to be compared, and are let
	// go once compare has its own copy (see compare).
	claimsUsedOnce bool
}

// load reads the articles named by args and extracts their claims. Files that
// cannot be read are reported on ErrOut as they are met; the others are kept.
// On a terminal, many sources get a progress bar. It stops when ctx is
// cancelled.
func load(ctx context.Context, io *IOStreams, args []string, o inputOptions) (*loaded, error) {
	opt, err := o.sourceOptions()
	if err != nil {
		return nil, err
	}
	if err := o.checkStoreFlags(); err != nil {
		return nil, err
	}
	if o.Store != "" {
		if len(args) > 0 {
			return nil, &usageError{fmt.Errorf("give either --store or source files, not both")}
		}
		l, err := loadStore(ctx, io, o)
		if err != nil {
			return nil, err
		}
		return l, l.selectStory(o.Story)
	}
	l, err := loadDocs(ctx, io, args, opt, o.Fetch)
	if err != nil {
		return nil, err
	}
	if err := l.extract(ctx, io); err != nil {
		return nil, err
	}
	return l, l.selectStory(o.Story)
}

// loadDocs reads the articles and web pages named by args and the --from
// lists of fo without extracting their claims, for a caller that gives
// them ids among other files first. Fetching stops when ctx is cancelled.
func loadDocs(ctx context.Context, io *IOStreams, args []string, opt sources.Options, fo fetchOptions) (*loaded, error) {
	if len(args) == 0 && len(fo.From) == 0 {
		return nil, &usageError{fmt.Errorf("no sources given: name files, directories, URLs or - for standard input")}
	}
	if n := slices.Index(args, "-"); n >= 0 && slices.Contains(args[n+1:], "-") {
		return nil, &usageError{fmt.Errorf("standard input (-) given more than once: it can be read once")}
	}
	docs, errs, err := readSources(ctx, io, args, fo, opt)
	if err != nil {
		return nil, err
	}
	for _, e := range errs {
		printError(io.ErrOut, e)
	}
	return &loaded{Docs: docs, Errs: errs}, nil
}

// extract extracts the claims of the documents, with a progress bar on a
// terminal when there are many; it stops when ctx is cancelled.
func (l *loaded) extract(ctx context.Context, io *IOStreams) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	bar := newProgress(io, "extracting", len(l.Docs))
	cl, err := claims.ExtractAllContext(ctx, l.Docs, claims.ExtractOptions{}, bar.callback())
	bar.clear()
	if err != nil {
		return err
	}
	l.Claims = cl
	return nil
}

// compareClaims runs the comparison, saying so on a terminal when there are
// many sources, and stops when ctx is cancelled.
func compareClaims(ctx context.Context, io *IOStreams, l *loaded, opt compare.Options) ([]compare.Finding, error) {
	bar := newProgress(io, "comparing", len(l.Docs))
	bar.note(fmt.Sprintf("comparing %d claims of %d sources…", len(l.Claims), len(l.Docs)))
	findings := l.compare(opt)
	bar.clear()
	return findings, ctx.Err()
}

// inputFailure is the error to return after a run whose inputs partly failed:
// the messages were printed already, so only the exit code travels.
func (l *loaded) inputFailure() error {
	if len(l.Errs) > 0 {
		return withCode(ExitError, nil)
	}
	return nil
}
