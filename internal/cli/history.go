package cli

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/claimdiff/claimdiff/internal/history"
	"github.com/claimdiff/claimdiff/internal/render"
	"github.com/claimdiff/claimdiff/internal/store"
	"github.com/claimdiff/claimdiff/sources"
	"github.com/spf13/cobra"
)

// historyOptions are the flags of `claimdiff history`.
type historyOptions struct {
	Store  string // --store: the claim store
	Format string // --format: table, json or markdown
}

// NewHistoryCmd is the `claimdiff history` command.
func NewHistoryCmd(io *IOStreams) *cobra.Command {
	o := &historyOptions{}
	cmd := &cobra.Command{
		Use:   "history SOURCE",
		Short: "Show a stored source's revisions and what each changed in its figures",
		Long: `History lists the revisions the claim store keeps of one source (each
ingest of changed content is one): when each was stored, and the publication
and last-modified dates the page gave. Between each revision and the next it
shows what happened to the figures: changed (38 → 41 deaths, with the word
diff of the sentence), removed or added; then a summary of the rest of the
text (title, paragraphs and words changed).

SOURCE is a source id (claimdiff sources lists them), the URL a page was
fetched from, or the file it was read from.`,
		Example: `  claimdiff history harbour-gazette
  claimdiff history https://example.org/news/ferry-toll --format markdown > history.md
  claimdiff history articles/ap-ferry.html --store team.db --format json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runHistory(cmd.Context(), io, o, args[0])
		},
	}
	storeFlag(cmd.Flags(), &o.Store)
	cmd.Flags().StringVarP(&o.Format, "format", "f", string(render.Table), "output `format`: table, json or markdown")
	return cmd
}

func runHistory(ctx context.Context, io *IOStreams, o *historyOptions, arg string) error {
	format, err := render.ParseFormat(o.Format, render.Table, render.JSON, render.Markdown)
	if err != nil {
		return &usageError{fmt.Errorf("--format: %w", err)}
	}
	if ctx == nil {
		ctx = context.Background()
	}
	st, err := store.Open(ctx, storeLocation(o.Store), store.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	rec, err := findRecord(ctx, st, arg)
	if err != nil {
		return err
	}
	h := history.Build(rec.ID, revisionsOf(rec))
	opt := render.Options{Format: format, TTY: io.OutTTY, Color: io.Color(), Width: outWidth(io)}
	if err := render.History(io.Out, h, opt); err != nil {
		return fmt.Errorf("write history: %w", err)
	}
	return nil
}

// findRecord reads the source arg names: a stored id, else the id of the
// URL or file it is.
func findRecord(ctx context.Context, st store.Store, arg string) (store.Record, error) {
	ids := []string{arg}
	if sources.IsURL(arg) {
		if id, err := sources.URLID(arg); err == nil {
			ids = append(ids, id)
		}
	} else {
		// the file's id: its name without extension, or, when other files
		// had that name, with as many of its directories as told them apart
		p := filepath.ToSlash(filepath.Clean(arg))
		parts := strings.Split(strings.TrimSuffix(p, filepath.Ext(p)), "/")
		for k := 1; k <= len(parts); k++ {
			ids = append(ids, strings.Join(parts[len(parts)-k:], "/"))
		}
	}
	for _, id := range ids {
		r, err := st.Record(ctx, id)
		if err == nil {
			return r, nil
		}
		if !errors.Is(err, store.ErrNoSource) {
			return r, err
		}
	}
	return store.Record{}, fmt.Errorf("no source %q in %s (claimdiff sources lists them)", arg, st.Location())
}
