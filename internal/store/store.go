package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/story"
	"github.com/claimdiff/claimdiff/sources"
)

// DefaultPath is where the store lives unless --store or CLAIMDIFF_STORE says
// otherwise: a SQLite file under the current directory.
const DefaultPath = ".claimdiff/claims.db"

// EnvVar names the environment variable that chooses the store.
const EnvVar = "CLAIMDIFF_STORE"

// Store is a claim store. Its methods are safe for concurrent use, and several
// processes may share one store.
type Store interface {
	// Put stores one source and its claims, extracted by this claimdiff
	// (claims.ExtractorStamp), in one transaction. The same content (by
	// hash) as the current revision, extracted by the same extractor, is a
	// no-op; the same content extracted by another replaces the current
	// revision's document and claims (Reextracted); other content becomes
	// a new revision, keeping the previous one.
	Put(ctx context.Context, doc *sources.Document, cl []claims.Claim) (Outcome, error)
	// Hash returns the content hash of the current revision of a source, ""
	// when the source is not stored.
	Hash(ctx context.Context, id string) (string, error)
	// Current returns the content hash and extractor stamp of every stored
	// source's current revision, by id.
	Current(ctx context.Context) (map[string]Stored, error)
	// Sources lists the stored sources (current revisions), sorted by id.
	Sources(ctx context.Context, f Filter) ([]Source, error)
	// Load returns the current revisions' documents (text included) and
	// their claims, sorted by source id then text order.
	Load(ctx context.Context, f Filter) ([]*sources.Document, []claims.Claim, error)
	// Claims returns the claims of current revisions that match q.
	Claims(ctx context.Context, q Query) ([]claims.Claim, error)
	// Record returns one stored source with every revision, oldest first;
	// an error wrapping ErrNoSource when no source has that id.
	Record(ctx context.Context, id string) (Record, error)
	// Records calls fn with each stored source, with every revision, sorted by id.
	Records(ctx context.Context, f Filter, fn func(Record) error) error
	// PutRecord stores a record as it is (revisions, times and claims), in
	// one transaction; storing a record already there is a no-op.
	PutRecord(ctx context.Context, r Record) (Outcome, error)
	// Stories returns the stories of the sources f selects, as they were
	// assigned when the sources were stored (claims/story), each listing
	// the selected sources only; missing are the selected sources stored
	// before stories were kept, which have none.
	Stories(ctx context.Context, f Filter) (ss []story.Story, missing []string, err error)
	// Location names the store for messages: a path, or a URL without its password.
	Location() string
	Close() error
}

// Outcome says what Put did with a source.
type Outcome int

// Outcomes of Put and PutRecord.
const (
	Unchanged   Outcome = iota // the same content was stored already, by this extractor
	New                        // the source was not stored
	Changed                    // the content changed: a new revision
	Reextracted                // the same content, extracted again: its claims were another extractor's
)

func (o Outcome) String() string {
	return [...]string{"unchanged", "new", "changed", "re-extracted"}[o]
}

// Stored is what the store holds of a source's current revision, for
// telling whether it needs extracting again.
type Stored struct {
	Hash      string // sha256 of the content
	Extractor string // the extractor stamp of its claims; "" for claims stored before stamps
}

// Options changes how a store is opened.
type Options struct {
	// Create makes a missing store (file or schema). Commands that only read
	// leave it false, so a mistyped path is an error, not an empty store.
	Create bool
}

// Filter selects stored sources.
type Filter struct {
	IDs   []string  // source ids or globs (path.Match); empty means all
	Since time.Time // only sources whose current revision was stored at or after this; zero means all
}

// Query selects stored claims. Empty fields match everything.
type Query struct {
	Filter
	Kind    mention.Kind // exact kind
	Metric  string       // exact metric, case-insensitive
	Subject string       // text the subject contains, case-insensitive
}

// Source is one stored source as listed: its current revision's metadata.
type Source struct {
	ID        string    // the source id
	Revision  int       // the current revision, from 1
	Hash      string    // sha256 of the current content
	Path      string    // the path it was read from
	Format    string    // text, markdown or html
	Title     string    // title, when known
	Outlet    string    // publisher, when known
	Author    string    // byline, when known
	URL       string    // canonical address, when known
	Published time.Time // publication date; zero when unknown
	Ingested  time.Time // when the current revision was stored
	Claims    int       // claims of the current revision
	Extractor string    // the extractor stamp of its claims (claims.ExtractorStamp); "" before stamps
}

// Revision is one stored version of a source: the document (text included)
// and the claims extracted from it.
type Revision struct {
	Revision  int               // from 1
	Ingested  time.Time         // when it was stored
	Document  *sources.Document // the document, text included
	Claims    []claims.Claim    // in text order
	Extractor string            // the extractor stamp of the claims; "" when not known
}

// Record is a stored source with every revision, oldest first; the last is
// the current one. It is the unit of export and import.
type Record struct {
	ID        string     // the source id
	Revisions []Revision // oldest first; the last is current
}

// Errors that say what is wrong with a store, for callers to test with errors.Is.
var (
	ErrNotExist = errors.New("no store here")
	ErrNotStore = errors.New("not a claimdiff store")
	ErrTooNew   = errors.New("store is newer than this claimdiff")
	ErrNoSource = errors.New("no such source in the store")
)

// Error is a problem with a store, naming it.
type Error struct {
	Location string // path or URL (no password)
	Err      error
}

func (e *Error) Error() string { return "store " + e.Location + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// IsPostgres reports whether a store location is a PostgreSQL URL rather
// than a SQLite path.
func IsPostgres(loc string) bool {
	return strings.HasPrefix(loc, "postgres://") || strings.HasPrefix(loc, "postgresql://")
}

// Open opens the store at loc: a postgres:// URL, or else a SQLite file path.
func Open(ctx context.Context, loc string, opt Options) (Store, error) {
	if loc == "" {
		return nil, fmt.Errorf("no store given")
	}
	if IsPostgres(loc) {
		return openPostgres(ctx, loc, opt)
	}
	return openSQLite(ctx, loc, opt)
}
