package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // the PostgreSQL driver, "pgx"
)

type postgresDialect struct{}

func (postgresDialect) rebind(q string) string { return rebindDollar(q) }

// lockSource takes a transaction-scoped advisory lock on the source id, so
// that concurrent ingesters of one source queue up instead of both adding
// the same revision.
func (postgresDialect) lockSource(ctx context.Context, tx *sql.Tx, id string) error {
	_, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(hashtext('claimdiff source ' || $1))`, id)
	return err
}

func (postgresDialect) maxParams() int     { return 65535 }
func (postgresDialect) writers() int       { return 4 }
func (postgresDialect) rowsPerInsert() int { return 0 }

func (postgresDialect) readTx() *sql.TxOptions {
	return &sql.TxOptions{ReadOnly: true, Isolation: sql.LevelRepeatableRead}
}

// migrationLock serialises schema changes between processes.
const migrationLock = 0x63646966

func openPostgres(ctx context.Context, loc string, opt Options) (Store, error) {
	shown := redact(loc)
	fail := func(err error) (Store, error) { return nil, &Error{Location: shown, Err: err} }
	db, err := sql.Open("pgx", loc)
	if err != nil {
		return fail(err)
	}
	db.SetMaxOpenConns(8)
	db.SetConnMaxIdleTime(time.Minute)
	s := &sqlStore{db: db, d: postgresDialect{}, location: shown, now: time.Now}
	if err := s.initPostgres(ctx, opt); err != nil {
		db.Close()
		return fail(postgresError(err))
	}
	return s, nil
}

func (s *sqlStore) initPostgres(ctx context.Context, opt Options) error {
	var schema sql.NullString
	if err := s.db.QueryRowContext(ctx, `SELECT current_schema()`).Scan(&schema); err != nil {
		return err
	}
	if !schema.Valid {
		return errNoSchema
	}
	rows, err := s.db.QueryContext(ctx, `SELECT table_name FROM information_schema.tables
		WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`)
	if err != nil {
		return err
	}
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return err
		}
		names = append(names, n)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	empty, err := checkTables(names)
	if err != nil {
		return err
	}
	if empty && !opt.Create {
		return fmt.Errorf("%w (the database holds no claimdiff tables; run claimdiff ingest)", ErrNotExist)
	}
	if !empty {
		v, err := version(ctx, s.db)
		if err != nil {
			return err
		}
		if v > SchemaVersion {
			return tooNew(v)
		}
		if v == SchemaVersion {
			return nil
		}
	}
	return migrate(ctx, s.db, s.d, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, migrationLock)
		return err
	})
}

// secretParams are the parameters of a PostgreSQL URL that hold secrets.
var secretParams = []string{"password", "sslpassword"}

// redact hides the passwords of a URL, for messages: the userinfo's and
// those given as parameters (?password=, ?sslpassword=).
func redact(loc string) string {
	u, err := url.Parse(loc)
	if err != nil {
		return "postgres://…"
	}
	q := u.Query()
	hidden := false
	for _, k := range secretParams {
		if q.Has(k) {
			q.Set(k, "xxxxx")
			hidden = true
		}
	}
	if hidden {
		u.RawQuery = q.Encode()
	}
	return u.Redacted()
}

// errNoSchema is the error of a URL whose search_path names no schema that
// exists (current_schema() is NULL).
var errNoSchema = errors.New("the schema of the URL's search_path does not exist: create it (CREATE SCHEMA name) or name another")

// postgresError says what went wrong in words: a connection that failed
// once for each way it was tried (TLS, then plain) is said once, and the
// errors a user meets first name their remedy instead of a bare SQLSTATE.
func postgresError(err error) error {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code {
		case "3F000": // invalid_schema_name
			return errNoSchema
		case "3D000": // invalid_catalog_name
			return fmt.Errorf("no such database: %s", pe.Message)
		case "28P01", "28000": // invalid_password, invalid_authorization_specification
			return fmt.Errorf("the server refused the login: %s", pe.Message)
		case "42501": // insufficient_privilege
			return fmt.Errorf("not allowed: %s (the store needs to create tables in its schema)", pe.Message)
		}
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) == 1 {
		return err
	}
	// pgx joins one line per attempt: keep each distinct one.
	var out []string
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l != "" && !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return errors.New(strings.Join(out, " "))
}
