package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/claimdiff/claimdiff/internal/output"
	"github.com/spf13/cobra"
)

type sourcesOptions struct {
	store   string
	sources []string
	since   string
	format  string
}

// NewSourcesCmd is the `claimdiff sources` command.
func NewSourcesCmd(io *IOStreams) *cobra.Command {
	o := &sourcesOptions{}
	cmd := &cobra.Command{
		Use:   "sources",
		Short: "List the sources in the claim store",
		Long: `Sources lists what the claim store holds: one row per source with its current
revision, number of claims, publication and ingest dates, outlet and title.
A table on a terminal, tab-separated rows when piped, or --format json.`,
		Example: `  claimdiff sources
  claimdiff sources --since 2025-07-01 --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runSources(cmd.Context(), io, o)
		},
	}
	storeFlag(cmd.Flags(), &o.store)
	cmd.Flags().StringSliceVar(&o.sources, "source", nil, "only these source `ids` (globs allowed)")
	cmd.Flags().StringVar(&o.since, "since", "", "only sources ingested since this `date`")
	cmd.Flags().StringVar(&o.format, "format", "table", "output `format`: table or json")
	completeValues(cmd, "format", "table", "json")
	return cmd
}

type storedSourceJSON struct {
	ID        string `json:"id"`
	Revision  int    `json:"revision"`
	Claims    int    `json:"claims"`
	Hash      string `json:"hash"`
	Path      string `json:"path"`
	Format    string `json:"format"`
	Title     string `json:"title,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Author    string `json:"author,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Ingested  string `json:"ingested"`
}

func runSources(ctx context.Context, io *IOStreams, o *sourcesOptions) error {
	if o.format != "table" && o.format != "json" {
		return &usageError{fmt.Errorf("--format %q: want table or json", o.format)}
	}
	if ctx == nil {
		ctx = context.Background()
	}
	st, f, err := openSelected(ctx, storeLocation(o.store), o.sources, o.since)
	if err != nil {
		return err
	}
	defer st.Close()
	srcs, err := st.Sources(ctx, f)
	if err != nil {
		return err
	}
	if o.format == "json" {
		out := struct {
			Sources []storedSourceJSON `json:"sources"`
		}{Sources: []storedSourceJSON{}}
		for _, s := range srcs {
			out.Sources = append(out.Sources, storedSourceJSON{ID: s.ID, Revision: s.Revision, Claims: s.Claims, Hash: s.Hash,
				Path: s.Path, Format: s.Format, Title: s.Title, Outlet: s.Outlet, Author: s.Author, URL: s.URL,
				Published: storeDate(s.Published), Ingested: s.Ingested.UTC().Format(time.RFC3339)})
		}
		return writeStoreJSON(io, out)
	}
	rows := make([][]string, len(srcs))
	for i, s := range srcs {
		rows[i] = []string{s.ID, strconv.Itoa(s.Revision), strconv.Itoa(s.Claims), storeDate(s.Published),
			s.Ingested.UTC().Format("2006-01-02 15:04"), output.Clip(s.Outlet, output.MaxTitle), output.Clip(s.Title, output.MaxTitle)}
	}
	return writeStoreTable(io, []output.Column{{Header: "ID"}, {Header: "REV"}, {Header: "CLAIMS"}, {Header: "PUBLISHED"},
		{Header: "INGESTED"}, {Header: "OUTLET", Wrap: 24}, {Header: "TITLE", Wrap: 48}}, rows)
}

func storeDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

func writeStoreJSON(io *IOStreams, v any) error {
	enc := json.NewEncoder(io.Out)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// writeStoreTable prints a table with borders on a terminal and plain
// tab-separated rows, no header, when piped (output.Table).
func writeStoreTable(io *IOStreams, cols []output.Column, rows [][]string) error {
	return output.Table(io.Out, cols, rows, output.TableOptions{TTY: io.OutTTY, Width: outWidth(io)})
}
