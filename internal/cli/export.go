package cli

import (
	"context"
	"os"
	"path/filepath"

	"github.com/claimdiff/claimdiff/internal/store"
	"github.com/spf13/cobra"
)

type exportOptions struct {
	store   string
	sources []string
	since   string
	output  string
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
back.`,
		Example: `  claimdiff export -o claims.jsonl
  claimdiff export --source 'reuters-*' | claimdiff import --store other.db -`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runExport(cmd.Context(), io, o)
		},
	}
	storeFlag(cmd.Flags(), &o.store)
	cmd.Flags().StringSliceVar(&o.sources, "source", nil, "only these source `ids` (globs allowed)")
	cmd.Flags().StringVar(&o.since, "since", "", "only sources ingested since this `date`")
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "write to this `file` instead of standard output")
	return cmd
}

func runExport(ctx context.Context, io *IOStreams, o *exportOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	st, f, err := openSelected(ctx, storeLocation(o.store), o.sources, o.since)
	if err != nil {
		return err
	}
	defer st.Close()
	if o.output == "" {
		_, err = store.Export(ctx, st, f, io.Out)
		return err
	}
	// Written beside the target and renamed, so a failed export leaves the
	// previous file whole.
	tmp, err := os.CreateTemp(filepath.Dir(o.output), ".claimdiff-export-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o644); err != nil { // CreateTemp makes it private
		tmp.Close()
		return err
	}
	n, err := store.Export(ctx, st, f, tmp)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), o.output); err != nil {
		return err
	}
	printNote(io.ErrOut, "exported %d sources to %s", n, o.output)
	return nil
}
