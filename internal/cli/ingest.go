package cli

import (
	"context"
	"fmt"
	"slices"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/store"
	"github.com/claimdiff/claimdiff/sources"
	"github.com/spf13/cobra"
)

type ingestOptions struct {
	input   inputOptions
	store   string
	stdinID string
}

// NewIngestCmd is the `claimdiff ingest` command.
func NewIngestCmd(io *IOStreams) *cobra.Command {
	o := &ingestOptions{}
	cmd := &cobra.Command{
		Use:   "ingest [FILE|DIR|URL|-]...",
		Short: "Extract the claims of sources and keep them in a claim store",
		Long: `Ingest reads articles, extracts their claims and stores both, one source per
transaction. A source is keyed by its id (the file name without extension; for
a web page, its URL's host and path) and the hash of its content: the same
content again is a no-op; changed content replaces the claims and keeps the
previous revision ("claimdiff history SOURCE" shows them). Run it from cron
or a CI schedule with --from urls.txt to follow a story as its pages change.

The store is a SQLite file (default ` + store.DefaultPath + `) or a PostgreSQL
database (--store postgres://user@host/db); $` + store.EnvVar + ` sets it too.`,
		Example: `  claimdiff ingest articles/
  claimdiff ingest --store postgres://newsroom@db/claims a.txt b.html
  curl -s https://example.org/story | claimdiff ingest --stdin-id example-story -
  claimdiff ingest --from urls.txt
  claimdiff compare --store .claimdiff/claims.db`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, err := configure(cmd, &o.input, nil); err != nil {
				return err
			}
			if len(args) == 0 && len(o.input.Fetch.From) == 0 {
				return &usageError{fmt.Errorf("no sources given: name files, directories, URLs or - for standard input, or --from a list")}
			}
			return runIngest(cmd.Context(), io, o, args)
		},
	}
	o.input.addFlags(cmd.Flags())
	storeFlag(cmd.Flags(), &o.store)
	cmd.Flags().StringVar(&o.stdinID, "stdin-id", "stdin", "source `id` of the article read from standard input (-)")
	return cmd
}

func runIngest(ctx context.Context, io *IOStreams, o *ingestOptions, args []string) error {
	if ctx == nil {
		ctx = context.Background()
	}
	opt, err := o.input.sourceOptions()
	if err != nil {
		return err
	}
	if o.stdinID == "" {
		return &usageError{fmt.Errorf("--stdin-id: give a source id")}
	}
	docs, errs, err := readSources(ctx, io, args, o.input.Fetch, opt)
	if err != nil {
		return err
	}
	for _, d := range docs {
		if d.Path == "stdin" && slices.Contains(args, "-") {
			d.ID = o.stdinID
		}
	}
	for _, e := range errs {
		printError(io.ErrOut, e)
	}
	st, err := store.Open(ctx, storeLocation(o.store), store.Options{Create: true})
	if err != nil {
		return err
	}
	defer st.Close()
	bar := newProgress(io, "ingesting", len(docs))
	extract := func(d *sources.Document) []claims.Claim { return claims.Extract(d, claims.ExtractOptions{}) }
	sum, err := store.Ingest(ctx, st, docs, extract, bar.callback())
	bar.clear()
	for _, e := range sum.Errs {
		printError(io.ErrOut, e)
	}
	if err != nil {
		return err
	}
	if !io.Quiet {
		printNote(io.ErrOut, "ingested %s into %s", sum, st.Location())
	}
	if len(errs) > 0 || len(sum.Errs) > 0 {
		return withCode(ExitError, nil)
	}
	return nil
}
