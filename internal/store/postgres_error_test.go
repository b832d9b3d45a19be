package store

import (
	"context"
	"errors"
	"net"
	"os"
	"strings"
	"testing"
)

func TestRedact(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"postgres://u:pw@db.example/news", "postgres://u:xxxxx@db.example/news"},
		{"postgres://u@db.example/news?password=hunter2&sslmode=disable", "postgres://u@db.example/news?password=xxxxx&sslmode=disable"},
		{"postgresql://u@db/news?sslpassword=k3y", "postgresql://u@db/news?sslpassword=xxxxx"},
		{"postgres://u@db/news?search_path=s", "postgres://u@db/news?search_path=s"},
		{"postgres://u@db:port/x?password=p", "postgres://…"},
	} {
		if got := redact(tc.in); got != tc.want {
			t.Errorf("redact(%q): got %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A store URL's secrets never reach a message, whatever fails: a refused
// connection, a URL pgx cannot parse. A refused connection tried twice
// (TLS, then plain) is said once.
func TestPostgresErrorsHideSecrets(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := l.Addr().String()
	l.Close()
	for _, loc := range []string{
		"postgres://claimdiff:s3cret@" + closed + "/news?password=hunter2&sslpassword=k3y",
		"postgres://claimdiff@" + closed + "/news?password=hunter2", // sslmode=prefer: two attempts
		"postgres://claimdiff:s3cret@" + closed + "/news?password=hunter2&connect_timeout=soon",
		"postgres://claimdiff:s3cret@host:port/news?password=hunter2",
	} {
		_, err := Open(context.Background(), loc, Options{})
		if err == nil {
			t.Fatalf("%s: opened a store on a closed port", loc)
		}
		msg := err.Error()
		for _, secret := range []string{"s3cret", "hunter2", "k3y"} {
			if strings.Contains(msg, secret) {
				t.Errorf("the message shows %q: %s", secret, msg)
			}
		}
		if strings.Contains(msg, "\n") {
			t.Errorf("the message is several lines: %q", msg)
		}
		if i := strings.Index(msg, "connection refused"); i >= 0 && strings.Contains(msg[i+1:], "connection refused") {
			t.Errorf("the refusal is said twice: %s", msg)
		}
	}
}

// A search_path that names no schema gets words, not a bare SQLSTATE.
func TestPostgresMissingSchema(t *testing.T) {
	base := os.Getenv(postgresEnv)
	if base == "" {
		t.Skip(postgresEnv + " is not set")
	}
	loc := base + "&search_path=claimdiff_no_such_schema"
	if !strings.Contains(base, "?") {
		loc = base + "?search_path=claimdiff_no_such_schema"
	}
	for _, opt := range []Options{{Create: true}, {}} {
		_, err := Open(context.Background(), loc, opt)
		if err == nil || !strings.Contains(err.Error(), "search_path does not exist") || strings.Contains(err.Error(), "SQLSTATE") {
			t.Errorf("create %v: got %v, want it to say the schema does not exist, without a SQLSTATE", opt.Create, err)
		}
		var se *Error
		if !errors.As(err, &se) {
			t.Errorf("got %T, want a *store.Error naming the store", err)
		}
	}
}
