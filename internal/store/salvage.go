package store

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"time"

	"github.com/claimdiff/claimdiff/claims"
)

// Salvaged is what Salvage could and could not read of a damaged store.
type Salvaged struct {
	Sources int      // sources written whole, every revision with its claims
	Partial []string // sources written without some of what they held: "id: what was lost"
	Lost    []string // sources found but not written: "id: why"
}

// Salvage reads what it can of a store that Open refuses as damaged, or
// that fails part way through an export, and writes it to w in the export's
// JSON Lines form (import reads it back into a new store), like sqlite3's
// .recover: the ids of the sources are gathered from every table that
// still answers, then each source is read on its own, so that a damaged
// page costs the sources stored on it and not the rest. A source whose
// claims cannot be read is written with the revisions that can (Partial);
// one whose text cannot be read is Lost. The store is opened read-only and
// never written to.
func Salvage(ctx context.Context, loc string, w io.Writer) (Salvaged, error) {
	var out Salvaged
	s, err := openSalvage(ctx, loc)
	if err != nil {
		return out, err
	}
	defer s.Close()
	bw := bufio.NewWriter(w)
	for _, id := range s.salvageIDs(ctx) {
		r, lost, err := s.salvageRecord(ctx, id)
		switch {
		case err != nil:
			out.Lost = append(out.Lost, id+": "+err.Error())
			continue
		case lost != "":
			out.Partial = append(out.Partial, id+": "+lost)
		default:
			out.Sources++
		}
		b, err := json.Marshal(r)
		if err != nil {
			out.Lost = append(out.Lost, id+": "+err.Error())
			continue
		}
		bw.Write(b)
		if err := bw.WriteByte('\n'); err != nil {
			return out, err
		}
	}
	return out, bw.Flush()
}

// openSalvage opens a store for salvage: a SQLite file read-only, past the
// checks that refuse a damaged one (it must still be a SQLite file), or a
// PostgreSQL database as usual.
func openSalvage(ctx context.Context, loc string) (*sqlStore, error) {
	if IsPostgres(loc) {
		st, err := openPostgres(ctx, loc, Options{})
		if err != nil {
			return nil, err
		}
		return st.(*sqlStore), nil
	}
	if err := salvageable(loc); err != nil {
		return nil, &Error{Location: loc, Err: err}
	}
	db, err := sql.Open("sqlite", sqliteDSN(loc, true))
	if err != nil {
		return nil, &Error{Location: loc, Err: err}
	}
	return &sqlStore{db: db, d: sqliteDialect{}, location: loc, now: time.Now}, nil
}

// salvageable checks that path is a SQLite file that is, or may have been,
// a claimdiff store: its header says SQLite and names claimdiff, or no
// application.
func salvageable(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	head := make([]byte, 100)
	if _, err := io.ReadFull(f, head); err != nil || !bytes.Equal(head[:16], sqliteHeader) {
		return fmt.Errorf("%w: not a SQLite database", ErrNotStore)
	}
	if app := binary.BigEndian.Uint32(head[68:72]); app != 0 && app != applicationID {
		return fmt.Errorf("%w: a SQLite database of another application (application_id %#x)", ErrNotStore, app)
	}
	return nil
}

// salvageIDs gathers the source ids that any table still gives, each query
// read row by row up to where it fails.
func (s *sqlStore) salvageIDs(ctx context.Context) []string {
	seen := map[string]bool{}
	for _, q := range []string{
		`SELECT id FROM sources`,
		`SELECT id FROM sources ORDER BY id`,
		`SELECT DISTINCT source_id FROM revisions`,
		`SELECT DISTINCT source_id FROM claims`,
	} {
		rows, err := s.db.QueryContext(ctx, q)
		if err != nil {
			continue
		}
		for rows.Next() {
			var id string
			if rows.Scan(&id) == nil {
				seen[id] = true
			}
		}
		rows.Close()
	}
	ids := make([]string, 0, len(seen))
	for id := range seen {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// salvageRecord reads one source as Records does; failing that (its row in
// sources lost, a damaged page), its revisions one by one and then their
// claims, all of them or none; failing that, it gives up. lost says what a
// partial record lacks.
func (s *sqlStore) salvageRecord(ctx context.Context, id string) (Record, string, error) {
	r, err := s.record(ctx, id)
	if err == nil && len(r.Revisions) > 0 {
		return r, "", nil
	}
	first := err
	r = Record{ID: id}
	rows, err := s.db.QueryContext(ctx, s.d.rebind(`SELECT revision, ingested_at, text, document FROM revisions
		WHERE source_id = ? ORDER BY revision`), id)
	if err != nil {
		return r, "", fmt.Errorf("unreadable: %v", err)
	}
	var skipped int
	for rows.Next() {
		var rev Revision
		var ing, text, meta string
		if err := rows.Scan(&rev.Revision, &ing, &text, &meta); err != nil {
			skipped++
			continue
		}
		var perr error
		if rev.Ingested, perr = parseTime(ing); perr == nil {
			rev.Document, perr = decodeDocument(meta, text)
		}
		if perr != nil {
			skipped++
			continue
		}
		r.Revisions = append(r.Revisions, rev)
	}
	if err := rows.Err(); err != nil {
		first = firstErr(first, err)
		skipped++
	}
	rows.Close()
	if len(r.Revisions) == 0 {
		return r, "", fmt.Errorf("unreadable: %v", firstErr(first, fmt.Errorf("no revision left")))
	}
	var lost []string
	if skipped > 0 {
		lost = append(lost, "some revisions")
	}
	if err := s.salvageClaims(ctx, &r); err != nil {
		lost = append(lost, "its claims")
		first = firstErr(first, err)
	}
	if len(lost) == 0 {
		return r, "", nil
	}
	return r, "written without " + joinAnd(lost) + " (" + errString(first) + ")", nil
}

// salvageClaims reads the claims of a salvaged record's revisions, every
// one or none: a revision with some of its claims would mislead.
func (s *sqlStore) salvageClaims(ctx context.Context, r *Record) error {
	rows, err := s.db.QueryContext(ctx, s.d.rebind(`SELECT revision, data FROM claims WHERE source_id = ? ORDER BY revision, seq`), r.ID)
	if err != nil {
		return err
	}
	defer rows.Close()
	byRev := map[int][]claims.Claim{}
	for rows.Next() {
		var rev int
		var data string
		if err := rows.Scan(&rev, &data); err != nil {
			return err
		}
		c, err := decodeClaim(data)
		if err != nil {
			return err
		}
		byRev[rev] = append(byRev[rev], c)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for i := range r.Revisions {
		r.Revisions[i].Claims = byRev[r.Revisions[i].Revision]
	}
	return nil
}

func joinAnd(parts []string) string {
	if len(parts) == 2 {
		return parts[0] + " and " + parts[1]
	}
	return parts[0]
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

func errString(err error) string {
	if err == nil {
		return "no error"
	}
	return err.Error()
}
