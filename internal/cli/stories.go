package cli

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/claims/story"
	"github.com/claimdiff/claimdiff/internal/output"
	"github.com/claimdiff/claimdiff/sources"
	"github.com/spf13/cobra"
)

// storiesOptions are the flags of `claimdiff stories`.
type storiesOptions struct {
	Inputs inputOptions
	Format string // --format: table or json
}

// NewStoriesCmd is the `claimdiff stories` command.
func NewStoriesCmd(io *IOStreams) *cobra.Command {
	o := &storiesOptions{}
	cmd := &cobra.Command{
		Use:   "stories [FILE|DIR|URL|-]... [--store S]",
		Short: "List the stories the sources tell",
		Long: `Stories groups the sources into stories, the sets of sources about one
happening, as compare, report and check do before comparing facts, and
lists them: the story's id (give it to --story), a label, its sources and
the dates they span. A store keeps each source's story from when it was
ingested, so listing a store's stories groups nothing again.`,
		Example: `  claimdiff stories articles/
  claimdiff stories --store claims.db --format json
  claimdiff compare --store claims.db --story s3f2a9c1d0b`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, err := configure(cmd, &o.Inputs, nil); err != nil {
				return err
			}
			return runStories(cmd.Context(), io, o, args)
		},
	}
	fs := cmd.Flags()
	o.Inputs.addFlags(fs)
	o.Inputs.addStoreFlags(fs)
	fs.StringVarP(&o.Format, "format", "f", "table", "output `format`: table or json")
	completeValues(cmd, "format", "table", "json")
	return cmd
}

type storyJSON struct {
	ID      string   `json:"id"`
	Label   string   `json:"label"`
	Sources []string `json:"sources"`
	From    string   `json:"from,omitempty"`
	To      string   `json:"to,omitempty"`
}

func runStories(ctx context.Context, io *IOStreams, o *storiesOptions, args []string) error {
	if o.Format != "table" && o.Format != "json" {
		return &usageError{fmt.Errorf("--format %q: want table or json", o.Format)}
	}
	in := o.Inputs
	in.Revisions = false
	l, err := load(ctx, io, args, in)
	if err != nil {
		return err
	}
	ss := l.stories()
	if o.Format == "json" {
		out := struct {
			Stories []storyJSON `json:"stories"`
		}{Stories: []storyJSON{}}
		for _, s := range ss {
			out.Stories = append(out.Stories, storyJSON{ID: s.ID, Label: s.Label, Sources: s.Sources, From: s.From, To: s.To})
		}
		if err := writeStoreJSON(io, out); err != nil {
			return err
		}
		return l.inputFailure()
	}
	rows := make([][]string, len(ss))
	for i, s := range ss {
		span := s.From
		if s.To != s.From {
			span += " – " + s.To
		}
		rows[i] = []string{s.ID, output.Clip(s.Label, output.MaxTitle), strconv.Itoa(len(s.Sources)), span, output.Clip(strings.Join(s.Sources, ", "), 4*output.MaxTitle)}
	}
	if err := writeStoreTable(io, []output.Column{{Header: "STORY"}, {Header: "LABEL", Wrap: 40}, {Header: "SOURCES"}, {Header: "DATES"}, {Header: "IDS", Wrap: 48}}, rows); err != nil {
		return err
	}
	return l.inputFailure()
}

// stories are the loaded sources' stories: as the store assigned them when
// it holds them, else grouped now.
func (l *loaded) stories() []story.Story {
	if l.Stories != nil {
		return l.Stories
	}
	l.Stories = groupDocs(l.Docs, l.Claims)
	return l.Stories
}

// groupDocs groups documents named on the command line into stories by
// their profiles: chosen together, they part only by what they name, not
// by their times (story.GroupChosen).
func groupDocs(docs []*sources.Document, cl []claims.Claim) []story.Story {
	by := map[string][]claims.Claim{}
	for _, c := range cl {
		by[c.Source] = append(by[c.Source], c)
	}
	ps := make([]story.Profile, len(docs))
	for i, d := range docs {
		ps[i] = story.NewProfile(d, by[d.ID])
	}
	return story.GroupChosen(ps)
}

// selectStory keeps the documents and claims of one story, --story ID; an
// id no story has is a usage error that says where ids are listed.
func (l *loaded) selectStory(id string) error {
	if id == "" {
		return nil
	}
	for _, s := range l.stories() {
		if s.ID != id {
			continue
		}
		keep := map[string]bool{}
		for _, src := range s.Sources {
			keep[src] = true
		}
		var docs []*sources.Document
		for _, d := range l.Docs {
			if keep[d.ID] {
				docs = append(docs, d)
			}
		}
		var cl []claims.Claim
		for _, c := range l.Claims {
			if keep[c.Source] {
				cl = append(cl, c)
			}
		}
		l.Docs, l.Claims, l.Stories = docs, cl, []story.Story{s}
		return nil
	}
	return &usageError{fmt.Errorf("--story %q: no such story among these sources (claimdiff stories lists them)", id)}
}

// byStory is an engine that compares each story's claims apart, so that no
// finding sets one happening's figures against another's. Stories are
// compared on all the processors (compare.CompareStories), their findings
// gathered in order; with one story (or none known) all the claims are one.
func byStory(a story.Assignment, opt compare.Options) func([]claims.Claim) []compare.Finding {
	return func(cl []claims.Claim) []compare.Finding {
		ids, parts := a.Split(cl)
		groups := make([][]claims.Claim, len(ids))
		for i, id := range ids {
			groups[i] = parts[id]
		}
		if len(ids) <= 1 {
			groups = [][]claims.Claim{cl}
		}
		var out []compare.Finding
		// The sink never fails: the error is always nil.
		_ = compare.CompareStories(groups, opt, func(_ int, fs []compare.Finding) error {
			out = append(out, fs...)
			return nil
		})
		if len(ids) > 1 {
			compare.SortFindings(out)
		}
		return out
	}
}
