package cli

import (
	"context"
	"fmt"
	"strconv"

	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/internal/output"
	"github.com/claimdiff/claimdiff/internal/store"
	"github.com/spf13/cobra"
)

type claimsOptions struct {
	store   string
	sources []string
	since   string
	kind    string
	metric  string
	subject string
	format  string
}

// NewClaimsCmd is the `claimdiff claims` command.
func NewClaimsCmd(io *IOStreams) *cobra.Command {
	o := &claimsOptions{}
	cmd := &cobra.Command{
		Use:   "claims",
		Short: "Query the claims in the claim store",
		Long: `Claims lists the stored claims of the current revision of each source,
filtered by kind, metric, subject text and source. A table on a terminal,
tab-separated rows when piped, or --format json.`,
		Example: `  claimdiff claims --kind count --metric deaths
  claimdiff claims --subject "plane crash" --source 'bbc-*' --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runClaims(cmd.Context(), io, o)
		},
	}
	fs := cmd.Flags()
	storeFlag(fs, &o.store)
	fs.StringSliceVar(&o.sources, "source", nil, "only these source `ids` (globs allowed)")
	fs.StringVar(&o.since, "since", "", "only sources ingested since this `date`")
	fs.StringVar(&o.kind, "kind", "", "only claims of this `kind`: count, money, percent or date")
	fs.StringVar(&o.metric, "metric", "", "only claims of this `metric` (deaths, injured, ...)")
	fs.StringVar(&o.subject, "subject", "", "only claims whose subject contains this `text` (any case)")
	fs.StringVar(&o.format, "format", "table", "output `format`: table or json")
	completeValues(cmd, "kind", string(mention.KindCount), string(mention.KindMoney), string(mention.KindPercent), string(mention.KindDate))
	completeValues(cmd, "format", "table", "json")
	return cmd
}

type storedClaimJSON struct {
	Source    string `json:"source"`
	Kind      string `json:"kind"`
	Metric    string `json:"metric,omitempty"`
	Subject   string `json:"subject,omitempty"`
	Value     any    `json:"value"`
	Currency  string `json:"currency,omitempty"`
	Unit      string `json:"unit,omitempty"`
	Qualifier string `json:"qualifier,omitempty"`
	Text      string `json:"text"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Line      int    `json:"line"`
	Col       int    `json:"col"`
}

func runClaims(ctx context.Context, io *IOStreams, o *claimsOptions) error {
	if o.format != "table" && o.format != "json" {
		return &usageError{fmt.Errorf("--format %q: want table or json", o.format)}
	}
	switch mention.Kind(o.kind) {
	case "", mention.KindCount, mention.KindMoney, mention.KindPercent, mention.KindDate:
	default:
		return &usageError{fmt.Errorf("--kind %q: want count, money, percent or date", o.kind)}
	}
	if ctx == nil {
		ctx = context.Background()
	}
	st, f, err := openSelected(ctx, storeLocation(o.store), o.sources, o.since)
	if err != nil {
		return err
	}
	defer st.Close()
	cl, err := st.Claims(ctx, store.Query{Filter: f, Kind: mention.Kind(o.kind), Metric: o.metric, Subject: o.subject})
	if err != nil {
		return err
	}
	if o.format == "json" {
		out := struct {
			Claims []storedClaimJSON `json:"claims"`
		}{Claims: []storedClaimJSON{}}
		for _, c := range cl {
			j := storedClaimJSON{Source: c.Source, Kind: string(c.Kind), Metric: c.Metric, Subject: c.Subject,
				Value: c.Value.JSONValue(), Qualifier: string(c.Value.Qualifier), Text: c.Text,
				Start: c.Start, End: c.End, Line: c.Line, Col: c.Col}
			if c.Kind == mention.KindMoney {
				j.Currency = c.Value.Unit
			} else if c.Kind != mention.KindPercent {
				j.Unit = c.Value.Unit
			}
			out.Claims = append(out.Claims, j)
		}
		return writeStoreJSON(io, out)
	}
	rows := make([][]string, len(cl))
	for i, c := range cl {
		rows[i] = []string{c.Source, strconv.Itoa(c.Line) + ":" + strconv.Itoa(c.Col), string(c.Kind), c.Metric,
			c.Value.String(), c.Text, c.Subject}
	}
	return writeStoreTable(io, []output.Column{{Header: "SOURCE"}, {Header: "LINE"}, {Header: "KIND"}, {Header: "METRIC", Wrap: 22},
		{Header: "VALUE", Wrap: 28}, {Header: "TEXT", Wrap: 48}, {Header: "SUBJECT", Wrap: 36}}, rows)
}
