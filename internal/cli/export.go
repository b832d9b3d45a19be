package cli

import (
	"context"
	"errors"
	"fmt"
	stdio "io"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimdiff/claimdiff/internal/store"
	"github.com/spf13/cobra"
)

type exportOptions struct {
	store   string
	sources []string
	since   string
	output  string
	salvage bool
}

// NewExportCmd is the `claimdiff export` command.
func NewExportCmd(io *IOStreams) *cobra.Command {
	o := &exportOptions{}
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the claim store as JSON Lines",
		Long: `Export writes one line per stored source, sorted by id: every revision with
its document (text included) and its claims. The same store always gives the
same bytes, so an export can be committed to git and diffed; import reads it
back.

--salvage reads a damaged store source by source, like sqlite3's .recover:
what can be read is written, and what could not is listed; import the
result into a new store.`,
		Example: `  claimdiff export -o claims.jsonl
  claimdiff export --source 'reuters-*' | claimdiff import --store other.db -
  claimdiff export --salvage --store damaged.db -o rescued.jsonl && claimdiff import --store new.db rescued.jsonl`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runExport(cmd.Context(), io, o)
		},
	}
	storeFlag(cmd.Flags(), &o.store)
	cmd.Flags().StringSliceVar(&o.sources, "source", nil, "only these source `ids` (globs allowed)")
	cmd.Flags().StringVar(&o.since, "since", "", "only sources ingested since this `date`")
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "write to this `file` instead of standard output")
	cmd.Flags().BoolVar(&o.salvage, "salvage", false, "read a damaged store source by source and write what can be read")
	return cmd
}

func runExport(ctx context.Context, io *IOStreams, o *exportOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if o.salvage {
		if len(o.sources) > 0 || o.since != "" {
			return &usageError{fmt.Errorf("--salvage reads every source it can: give no --source or --since")}
		}
		return runSalvage(ctx, io, o)
	}
	st, f, err := openSelected(ctx, storeLocation(o.store), o.sources, o.since)
	if err != nil {
		return salvageHint(err)
	}
	defer st.Close()
	if o.output == "" {
		_, err = store.Export(ctx, st, f, io.Out)
		return salvageHint(err)
	}
	var n int
	err = writeAtomically(o.output, func(w stdio.Writer) error {
		var err error
		n, err = store.Export(ctx, st, f, w)
		return err
	})
	if err != nil {
		return salvageHint(err)
	}
	printNote(io.ErrOut, "exported %d sources to %s", n, o.output)
	return nil
}

// salvageHint adds to the error of a damaged store the way out.
func salvageHint(err error) error {
	if err != nil && (errors.Is(err, store.ErrNotStore) && strings.Contains(err.Error(), "damaged") || strings.Contains(err.Error(), "malformed")) {
		return fmt.Errorf("%w\n(claimdiff export --salvage writes what can still be read)", err)
	}
	return err
}

// runSalvage is export --salvage: what a damaged store still holds, and a
// line for each source it could not read whole (exit 2 when there is one).
func runSalvage(ctx context.Context, io *IOStreams, o *exportOptions) error {
	loc := storeLocation(o.store)
	var got store.Salvaged
	write := func(w stdio.Writer) error {
		var err error
		got, err = store.Salvage(ctx, loc, w)
		return err
	}
	var err error
	if o.output == "" {
		err = write(io.Out)
	} else {
		err = writeAtomically(o.output, write)
	}
	if err != nil {
		return err
	}
	for _, p := range got.Partial {
		printNote(io.ErrOut, "claimdiff: source %s", p)
	}
	for _, l := range got.Lost {
		printNote(io.ErrOut, "claimdiff: source %s: lost", l)
	}
	to := "standard output"
	if o.output != "" {
		to = o.output
	}
	printNote(io.ErrOut, "salvaged %d sources whole, %d in part, %d lost, to %s", got.Sources, len(got.Partial), len(got.Lost), to)
	if len(got.Partial)+len(got.Lost) > 0 {
		return withCode(ExitError, nil)
	}
	return nil
}

// writeAtomically writes a file through fn beside its target and renames
// it into place, so that a failure leaves the previous file whole.
func writeAtomically(path string, fn func(stdio.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".claimdiff-export-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o644); err != nil { // CreateTemp makes it private
		tmp.Close()
		return err
	}
	err = fn(tmp)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
