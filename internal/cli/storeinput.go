package cli

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/store"
	"github.com/spf13/pflag"
)

// storeFlag is the --store flag of the store commands (ingest, sources,
// claims, export, import), which fall back on CLAIMDIFF_STORE and then the
// default path; the reading commands' --store has no default.
func storeFlag(fs *pflag.FlagSet, p *string) {
	fs.StringVar(p, "store", "", "the claim `store`: a SQLite file or a postgres:// URL (default $"+store.EnvVar+", else "+store.DefaultPath+")")
}

// storeLocation picks the store: the flag, then the environment, then the default.
func storeLocation(flag string) string {
	if flag != "" {
		return flag
	}
	if env := os.Getenv(store.EnvVar); env != "" {
		return env
	}
	return store.DefaultPath
}

// storeFilter reads --source and --since.
func storeFilter(ids []string, since string) (store.Filter, error) {
	f := store.Filter{IDs: ids}
	if since == "" {
		return f, nil
	}
	for _, layout := range []string{"2006-01-02", time.RFC3339Nano} {
		if t, err := time.Parse(layout, since); err == nil {
			f.Since = t
			return f, nil
		}
	}
	return f, &usageError{fmt.Errorf("--since %q: want a date like 2025-07-15 or a time like 2025-07-15T10:00:00Z", since)}
}

// openSelected opens the store that --store (or its default) names and reads
// --source and --since: what the store commands share.
func openSelected(ctx context.Context, location string, ids []string, since string) (store.Store, store.Filter, error) {
	f, err := storeFilter(ids, since)
	if err != nil {
		return nil, f, err
	}
	st, err := store.Open(ctx, location, store.Options{})
	return st, f, err
}

// loadStore reads the documents and claims of the sources in the store that
// --source and --since select.
func loadStore(ctx context.Context, io *IOStreams, o inputOptions) (*loaded, error) {
	st, f, err := openSelected(ctx, o.Store, o.Sources, o.Since)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	docs, cl, err := st.Load(ctx, f)
	if err != nil {
		return nil, err
	}
	srcs, err := st.Sources(ctx, f)
	if err != nil {
		return nil, err
	}
	warnStale(io, srcs, claims.ExtractorStamp())
	l := &loaded{Docs: docs, Claims: cl}
	ss, missing, err := st.Stories(ctx, f)
	if err != nil {
		return nil, err
	}
	if len(missing) == 0 {
		l.Stories = ss
	} else {
		// stored before stories were kept: grouped now, and not kept
		printNote(io.ErrOut, "claimdiff: %d of %s no story yet (stored before stories were kept): grouped now, not kept; "+
			"claimdiff export | claimdiff import into a new store keeps them", len(missing), plural(len(srcs), "stored source have"))
	}
	if o.Revisions {
		if l.Trail, err = storeTrail(ctx, st, f); err != nil {
			return nil, err
		}
	}
	return l, nil
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// maxStaleNamed is how many stale sources the warning names.
const maxStaleNamed = 5

// warnStale warns when some stored sources' claims were extracted by
// another claimdiff than this one (extractor): compared with the others,
// they mix two sets of rules. Ingesting their files again re-extracts them.
func warnStale(io *IOStreams, srcs []store.Source, extractor string) {
	var stale []string
	for _, s := range srcs {
		if s.Extractor != extractor {
			stale = append(stale, strconv.Quote(s.ID)) // quoted: an id is a file name, which may hold anything
		}
	}
	if len(stale) == 0 {
		return
	}
	named := strings.Join(stale[:min(len(stale), maxStaleNamed)], ", ")
	if len(stale) > maxStaleNamed {
		named += fmt.Sprintf(" and %d more", len(stale)-maxStaleNamed)
	}
	fmt.Fprintf(io.ErrOut, "claimdiff: warning: %d of %s (%s) hold claims extracted by another version of claimdiff; "+
		"ingest their files again to re-extract them\n", len(stale), plural(len(srcs), "stored source"), named)
}
