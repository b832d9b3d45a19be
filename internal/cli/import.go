package cli

import (
	"context"
	"os"

	"github.com/claimdiff/claimdiff/internal/store"
	"github.com/spf13/cobra"
)

type importOptions struct {
	store string
}

// NewImportCmd is the `claimdiff import` command.
func NewImportCmd(io *IOStreams) *cobra.Command {
	o := &importOptions{}
	cmd := &cobra.Command{
		Use:   "import FILE|-...",
		Short: "Read JSON Lines written by export into the claim store",
		Long: `Import stores each source of an export as it is: its revisions, their times
and claims (nothing is extracted again), one source per transaction. A source
the store holds already with the same revisions is left alone, so importing
twice changes nothing; a source it holds with other revisions is replaced by
the exported one, as a restore from a backup would.`,
		Example: `  claimdiff import claims.jsonl
  claimdiff export --store a.db | claimdiff import --store postgres://db/claims -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runImport(cmd.Context(), io, o, args)
		},
	}
	storeFlag(cmd.Flags(), &o.store)
	return cmd
}

func runImport(ctx context.Context, io *IOStreams, o *importOptions, args []string) error {
	if ctx == nil {
		ctx = context.Background()
	}
	st, err := store.Open(ctx, storeLocation(o.store), store.Options{Create: true})
	if err != nil {
		return err
	}
	defer st.Close()
	var total store.Summary
	bad := false
	for _, a := range args {
		var sum store.Summary
		if a == "-" {
			sum, err = store.Import(ctx, st, io.In, "stdin")
		} else {
			f, ferr := os.Open(a)
			if ferr != nil {
				printError(io.ErrOut, ferr)
				bad = true
				continue
			}
			sum, err = store.Import(ctx, st, f, a)
			f.Close()
		}
		for _, e := range sum.Errs {
			printError(io.ErrOut, e)
			bad = true
		}
		total.Sources += sum.Sources
		total.New += sum.New
		total.Changed += sum.Changed
		total.Unchanged += sum.Unchanged
		total.Claims += sum.Claims
		if err != nil {
			return err
		}
	}
	printNote(io.ErrOut, "imported %s into %s", total, st.Location())
	if bad {
		return withCode(ExitError, nil)
	}
	return nil
}
