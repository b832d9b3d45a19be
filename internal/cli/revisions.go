package cli

import (
	"context"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/internal/history"
	"github.com/claimdiff/claimdiff/internal/store"
)

// revisionsOf is a stored record's revisions as history reads them.
func revisionsOf(r store.Record) []history.Revision {
	out := make([]history.Revision, len(r.Revisions))
	for i, rev := range r.Revisions {
		out[i] = history.Revision{Number: rev.Revision, Ingested: rev.Ingested, Document: rev.Document, Claims: rev.Claims}
	}
	return out
}

// storeTrail reads the earlier revisions of the stored sources f selects,
// for compare to show the figures a source revised.
func storeTrail(ctx context.Context, st store.Store, f store.Filter) (*history.Trail, error) {
	srcs, err := st.Sources(ctx, f)
	if err != nil {
		return nil, err
	}
	var hs []history.History
	for _, s := range srcs {
		if s.Revision < 2 {
			continue
		}
		r, err := st.Record(ctx, s.ID)
		if err != nil {
			return nil, err
		}
		hs = append(hs, history.Build(r.ID, revisionsOf(r)))
	}
	return history.NewTrail(hs...), nil
}

// compare compares the loaded claims, with the earlier figures of their
// sources' revisions beside them when there are any.
func (l *loaded) compare(opt compare.Options) []compare.Finding {
	return l.Trail.Compare(l.Claims, func(cl []claims.Claim) []compare.Finding { return compare.Compare(cl, opt) })
}
