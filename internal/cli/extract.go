package cli

import (
	"context"
	"fmt"
	"github.com/claimdiff/claimdiff/claims/compare"

	"github.com/claimdiff/claimdiff/internal/render"
	"github.com/spf13/cobra"
)

// extractOptions are the flags of `claimdiff extract`.
type extractOptions struct {
	Inputs   inputOptions
	Format   string // --format: table, json or jsonl
	Mentions bool   // --mentions: every expression, claim or not
}

// NewExtractCmd is the `claimdiff extract` command.
func NewExtractCmd(io *IOStreams) *cobra.Command {
	o := &extractOptions{}
	cmd := &cobra.Command{
		Use:   "extract [FILE|DIR|URL|-]...",
		Short: "Print the factual claims each source makes",
		Long: `Extract reads articles and prints the claims each makes: counts of people
and things, amounts of money, percentages and dates, normalised, with what
they measure, their qualifier and the quoted text.

On a terminal the claims are a table; piped, they are tab-separated rows
(source, line:col, kind, metric, value, qualifier, text). --format json
prints {"sources": [...], "claims": [...]}, --format jsonl one claim a line.`,
		Example: `  claimdiff extract story.txt
  claimdiff extract --format json articles/ > claims.json
  claimdiff extract --mentions - < story.md`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, err := configure(cmd, &o.Inputs, nil); err != nil {
				return err
			}
			return runExtract(cmd.Context(), io, o, args)
		},
	}
	o.Inputs.addFlags(cmd.Flags())
	cmd.Flags().StringVarP(&o.Format, "format", "f", string(render.Table), "output `format`: table, json or jsonl")
	cmd.Flags().BoolVar(&o.Mentions, "mentions", false, "list every number, amount, percentage and date expression, claim or not")
	completeValues(cmd, "format", string(render.Table), string(render.JSON), string(render.JSONL))
	return cmd
}

func runExtract(ctx context.Context, io *IOStreams, o *extractOptions, args []string) error {
	format, err := render.ParseFormat(o.Format, render.Table, render.JSON, render.JSONL)
	if err != nil {
		return &usageError{fmt.Errorf("--format: %w", err)}
	}
	l, err := load(ctx, io, args, o.Inputs)
	if err != nil {
		return err
	}
	opt := render.Options{Format: format, TTY: io.OutTTY, Color: io.Color(), Width: outWidth(io)}
	srcs := render.SourcesOf(l.Docs)
	if o.Mentions {
		set := render.MentionSet{Sources: srcs}
		for _, d := range l.Docs {
			set.Mentions = append(set.Mentions, render.MentionsOf(d, l.Claims)...)
		}
		err = render.Mentions(io.Out, set, opt)
	} else {
		// dates only the other sources can place are placed as compare places them
		err = render.Claims(io.Out, render.ClaimSet{Sources: srcs, Claims: compare.Resolve(l.Claims)}, opt)
	}
	if err != nil {
		return fmt.Errorf("write claims: %w", err)
	}
	if io.SummaryToErr() {
		fmt.Fprintf(io.ErrOut, "%s from %s\n", plural(len(l.Claims), "claim"), plural(len(l.Docs), "source"))
	}
	return l.inputFailure()
}
