package store

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/story"
	"github.com/claimdiff/claimdiff/sources"
)

// The tests here run the real claimdiff binary, built once per test run.

var (
	binOnce sync.Once
	binPath string
	binErr  error
	binDir  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

func claimdiffBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the claimdiff binary; skipped with -short")
	}
	binOnce.Do(func() {
		binDir, binErr = os.MkdirTemp("", "claimdiff-bin")
		if binErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "claimdiff")
		out, err := exec.Command("go", "build", "-o", binPath, "github.com/claimdiff/claimdiff/cmd/claimdiff").CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// reference ingests paths in this process, for what a store should hold.
func reference(t *testing.T, paths []string) ([]*sources.Document, []claims.Claim) {
	t.Helper()
	docs, errs := sources.Load(paths, nil, sources.Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	st, err := Open(context.Background(), filepath.Join(t.TempDir(), "ref.db"), Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	extract := func(d *sources.Document) []claims.Claim { return claims.Extract(d, claims.ExtractOptions{}) }
	if _, err := Ingest(context.Background(), st, docs, extract, nil); err != nil {
		t.Fatal(err)
	}
	d, cl, err := st.Load(context.Background(), Filter{})
	if err != nil {
		t.Fatal(err)
	}
	return d, cl
}

// consistency checks that every stored source has its current revision and
// all of that revision's claims, and that no revision is left without a
// source pointing at it or past it. It returns the number of sources.
func consistency(t *testing.T, loc string) int {
	t.Helper()
	st, err := Open(context.Background(), loc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	db := st.(*sqlStore).db
	checks := []struct {
		name  string
		query string
	}{
		{"sources without their current revision", `SELECT COUNT(*) FROM sources s
			LEFT JOIN revisions r ON r.source_id = s.id AND r.revision = s.revision WHERE r.source_id IS NULL`},
		{"revisions whose claim count is wrong", `SELECT COUNT(*) FROM revisions r
			WHERE r.claim_count <> (SELECT COUNT(*) FROM claims c WHERE c.source_id = r.source_id AND c.revision = r.revision)`},
		{"revisions of no source, or past the current one", `SELECT COUNT(*) FROM revisions r
			LEFT JOIN sources s ON s.id = r.source_id WHERE s.id IS NULL OR r.revision > s.revision`},
		{"claims of no revision", `SELECT COUNT(*) FROM claims c
			LEFT JOIN revisions r ON r.source_id = c.source_id AND r.revision = c.revision WHERE r.source_id IS NULL`},
	}
	for _, c := range checks {
		var n int
		if err := db.QueryRow(c.query).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 0 {
			t.Errorf("%s: got %d, want 0", c.name, n)
		}
	}
	var n int
	if err := db.QueryRow(`SELECT COUNT(*) FROM sources`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// sameAsReference compares a store with the reference ingest.
func sameAsReference(t *testing.T, loc string, wantDocs []*sources.Document, wantClaims []claims.Claim) {
	t.Helper()
	st, err := Open(context.Background(), loc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	docs, cl, err := st.Load(context.Background(), Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != len(wantDocs) || len(cl) != len(wantClaims) {
		t.Fatalf("got %d sources and %d claims, want %d and %d", len(docs), len(cl), len(wantDocs), len(wantClaims))
	}
	if !reflect.DeepEqual(docs, wantDocs) {
		t.Errorf("documents differ from a clean ingest")
	}
	if !reflect.DeepEqual(cl, wantClaims) {
		t.Errorf("claims differ from a clean ingest")
	}
	srcs, _ := st.Sources(context.Background(), Filter{})
	for _, s := range srcs {
		if s.Revision != 1 {
			t.Errorf("%s: got revision %d, want 1 (the content never changed)", s.ID, s.Revision)
		}
	}
}

func countSources(loc string) int {
	st, err := Open(context.Background(), loc, Options{})
	if err != nil {
		return 0
	}
	defer st.Close()
	var n int
	st.(*sqlStore).db.QueryRow(`SELECT COUNT(*) FROM sources`).Scan(&n)
	return n
}

func TestKilledIngest(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		bin := claimdiffBinary(t)
		loc := b.location(t)
		// Enough sources that the ingest cannot end between two looks at
		// the store, even on a busy machine: once extraction got faster,
		// 400 took a third of a second.
		const n = 1000
		paths := writeArticles(t, t.TempDir(), n, 1)
		wantDocs, wantClaims := reference(t, paths)

		cmd := exec.Command(bin, append([]string{"ingest", "--store", loc}, paths...)...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		deadline := time.Now().Add(2 * time.Minute)
		for countSources(loc) < 1 {
			select {
			case err := <-exited:
				t.Fatalf("ingest ended before it could be killed: %v\n%s", err, stderr.Bytes())
			default:
			}
			if time.Now().After(deadline) {
				t.Fatal("ingest stored nothing in two minutes")
			}
			time.Sleep(2 * time.Millisecond)
		}
		cmd.Process.Signal(syscall.SIGKILL)
		<-exited

		got := consistency(t, loc)
		if got == 0 || got >= n {
			t.Errorf("after the kill: got %d sources, want some but not all %d", got, n)
		}
		out, err := exec.Command(bin, append([]string{"ingest", "--store", loc}, paths...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("ingest again: %v\n%s", err, out)
		}
		want := fmt.Sprintf("ingested %d sources (%d new, 0 changed, %d unchanged)", n, n-got, got)
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("ingest again: got %q, want %q", out, want)
		}
		if c := consistency(t, loc); c != n {
			t.Errorf("after ingesting again: got %d sources, want %d", c, n)
		}
		sameAsReference(t, loc, wantDocs, wantClaims)
	})
}

func TestConcurrentIngest(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		bin := claimdiffBinary(t)
		loc := b.location(t)
		const n, procs = 120, 4
		paths := writeArticles(t, t.TempDir(), n, 2)
		wantDocs, wantClaims := reference(t, paths)

		// Each process ingests every file, in its own order, into one
		// store that none of them finds made.
		var wg sync.WaitGroup
		errs := make([]error, procs)
		outs := make([][]byte, procs)
		for p := range procs {
			order := append([]string(nil), paths...)
			rand.New(rand.NewPCG(uint64(p), 9)).Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			wg.Add(1)
			go func() {
				defer wg.Done()
				outs[p], errs[p] = exec.Command(bin, append([]string{"ingest", "--store", loc}, order...)...).CombinedOutput()
			}()
		}
		wg.Wait()
		for p := range procs {
			if errs[p] != nil {
				t.Errorf("process %d: %v\n%s", p, errs[p], outs[p])
			}
		}
		if c := consistency(t, loc); c != n {
			t.Errorf("got %d sources, want %d", c, n)
		}
		sameAsReference(t, loc, wantDocs, wantClaims)
		sameStories(t, loc, paths)
	})
}

// sameStories checks that the stories concurrent writers kept are the
// stories of grouping the sources at once.
func sameStories(t *testing.T, loc string, paths []string) {
	t.Helper()
	docs, errs := sources.Load(paths, nil, sources.Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var ps []story.Profile
	for _, d := range docs {
		ps = append(ps, story.NewProfile(d, claims.Extract(d, claims.ExtractOptions{})))
	}
	want := story.Group(ps)
	st, err := Open(context.Background(), loc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	got, missing, err := st.Stories(context.Background(), Filter{})
	if err != nil || len(missing) > 0 {
		t.Fatalf("Stories: %v, missing %v", err, missing)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("stories kept by concurrent writers differ from grouping at once:\ngot  %+v\nwant %+v", got, want)
	}
}

// TestConcurrentCreate opens one new SQLite store from many connections at
// once, as several ingests started together do. Switching a new file to WAL
// fails at once with SQLITE_BUSY when another opener holds a lock, whatever
// busy_timeout says; every opener must still succeed.
func TestConcurrentCreate(t *testing.T) {
	for round := range 20 {
		loc := filepath.Join(t.TempDir(), fmt.Sprintf("claims%d.db", round))
		const openers = 8
		var wg sync.WaitGroup
		errs := make([]error, openers)
		for i := range openers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				st, err := Open(context.Background(), loc, Options{Create: true})
				if err == nil {
					err = st.Close()
				}
				errs[i] = err
			}()
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("round %d, opener %d: %v", round, i, err)
			}
		}
	}
}
