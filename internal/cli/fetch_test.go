package cli

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/sources"
)

// story serves the Harbour Gazette's ferry story as it changes: each
// request to /news/ferry-sinks gets the next version (testdata/pages/
// gazette-N.html) once next is called, the last one after that; /old
// redirects to it. Other paths fail in the ways web pages do.
type site struct {
	srv     *httptest.Server
	version atomic.Int32
	pages   [][]byte
}

func newSite(t *testing.T) *site {
	t.Helper()
	s := &site{}
	for i := 1; i <= 3; i++ {
		b, err := os.ReadFile(filepath.Join("testdata", "pages", fmt.Sprintf("gazette-%d.html", i)))
		if err != nil {
			t.Fatal(err)
		}
		s.pages = append(s.pages, b)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/news/ferry-sinks", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(s.pages[min(int(s.version.Load()), len(s.pages)-1)])
	})
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news/ferry-sinks", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/gone", http.NotFound)
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for range 100 {
			fmt.Fprint(w, "<p>The ferry sinking off Cape Ardent killed 38 people, the coastguard said.</p>\n")
		}
	})
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.7")
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=iso-8859-1")
		w.Write([]byte("The mayor of S\xe8te, Jos\xe9 N\xfa\xf1ez, said the sinking killed 38 people.\n"))
	})
	s.srv = httptest.NewServer(mux)
	t.Cleanup(s.srv.Close)
	return s
}

func (s *site) url(path string) string { return s.srv.URL + path }
func (s *site) next()                  { s.version.Add(1) }

// storedSources is what `claimdiff sources` lists: "id revision claims" a line.
func storedSources(t *testing.T, st string) string {
	t.Helper()
	out, errOut, code := storeRun(t, "", "sources", "--store", st)
	if code != 0 {
		t.Fatalf("sources: exit %d: %s", code, errOut)
	}
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		f := strings.Split(l, "\t")
		if len(f) > 2 {
			lines = append(lines, f[0]+" "+f[1]+" "+f[2])
		}
	}
	return strings.Join(lines, "\n")
}

// TestIngestURLs ingests a story's URL as it changes, beside URLs that
// fail: each change is a revision with the right figures, each failure is
// reported under its URL, and nothing of a failed page is stored.
func TestIngestURLs(t *testing.T) {
	s := newSite(t)
	st := filepath.Join(t.TempDir(), "claims.db")
	id, _ := sources.URLID(s.url("/news/ferry-sinks"))
	bad := []struct{ path, msg string }{
		{"/gone", "HTTP error: 404 Not Found"},
		{"/slow", "no complete answer in time: gave up after 300ms (see --fetch-timeout)"},
		{"/big", "file too large: more than 4000 bytes (the limit; see --max-file-bytes)"},
		{"/report.pdf", "not an article: its content type is application/pdf (want HTML, plain text or Markdown)"},
	}
	args := []string{"ingest", "--store", st, "--fetch-timeout", "300ms", "--max-file-bytes", "4000", s.url("/news/ferry-sinks")}
	for _, b := range bad {
		args = append(args, s.url(b.path))
	}
	for round, want := range []string{id + " 1 5", id + " 2 5", id + " 3 6", id + " 3 6"} { // the last fetch finds the page unchanged
		if round == 1 {
			// Before the new version is stored, check says its figures
			// changed: what a scheduled job opens an issue for.
			list := filepath.Join(t.TempDir(), "urls.txt")
			os.WriteFile(list, []byte(s.url("/news/ferry-sinks")+"\n"), 0o644)
			out, errOut, code := storeRun(t, "", "check", "--store", st, "--from", list, "--fail-on", "revised")
			if code != ExitFindings || !regexp.MustCompile(`: revised: deaths \([^)]*\): `+regexp.QuoteMeta(id)+` revised its figure: 38 → 41\n`).MatchString(out) {
				t.Errorf("check of the changed page: exit %d, got\n%s%s", code, out, errOut)
			}
		}
		_, errOut, code := storeRun(t, "", args...)
		if code != ExitError {
			t.Errorf("round %d: exit %d, want %d (some URLs fail)", round+1, code, ExitError)
		}
		for _, b := range bad {
			if line := "claimdiff: " + s.url(b.path) + ": " + b.msg + "\n"; !strings.Contains(errOut, line) {
				t.Errorf("round %d: stderr %q lacks %q", round+1, errOut, line)
			}
		}
		if got := storedSources(t, st); got != want {
			t.Errorf("round %d: stored %q, want %q (no failed page stored)", round+1, got, want)
		}
		if round < 2 {
			s.next()
		}
	}

	out, errOut, code := storeRun(t, "", "history", "--store", st, s.url("/news/ferry-sinks"))
	if code != 0 {
		t.Fatalf("history: exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"Revision 1 → 2: 2 figures changed, 3 unchanged",
		"changed  deaths     38 → 41",
		"killed [-38-] {+41+} people",
		"changed  survivors  64 → 61",
		"Revision 2 → 3: 1 figure changed, 1 added, 4 unchanged",
		"changed  deaths  41 → 43",
		"added    deaths  2",
		"2025-03-04 18:00 UTC",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("history lacks %q:\n%s", want, out)
		}
	}

	// The same page behind a redirect is the source of the URL given; the
	// address it was read from is kept as its url.
	out, errOut, code = storeRun(t, "", "extract", "--format", "json", s.url("/old"))
	if code != 0 {
		t.Fatalf("extract: exit %d: %s", code, errOut)
	}
	oldID, _ := sources.URLID(s.url("/old"))
	if !strings.Contains(out, `"source": "`+oldID+`"`) || !strings.Contains(out, `"path": "`+s.url("/old")+`"`) {
		t.Errorf("extract of a redirect: got\n%s\nwant source %s and its URL as path", out, oldID)
	}
}

// TestURLInputs covers --from, --offline and a page in Latin-1.
func TestURLInputs(t *testing.T) {
	s := newSite(t)
	dir := t.TempDir()
	list := filepath.Join(dir, "urls.txt")
	local := filepath.Join(dir, "local-note.txt")
	os.WriteFile(local, []byte("Officials said the sinking killed 40 people.\n"), 0o644)
	os.WriteFile(list, []byte("# the story's pages\n"+s.url("/news/ferry-sinks")+"\n\n"+s.url("/latin1")+"\n"+local+"\n"), 0o644)

	out, errOut, code := storeRun(t, "", "extract", "--from", list)
	if code != 0 {
		t.Fatalf("extract --from: exit %d: %s", code, errOut)
	}
	pageID, _ := sources.URLID(s.url("/news/ferry-sinks"))
	latinID, _ := sources.URLID(s.url("/latin1"))
	for _, want := range []string{pageID + "\t14:45\tcount\tdeaths\t38", latinID + "\t1:56\tcount\tdeaths\t38", "local-note\t1:35\tcount\tdeaths\t40"} {
		if !strings.Contains(out, want) {
			t.Errorf("extract --from lacks %q:\n%s", want, out)
		}
	}
	out, errOut, code = storeRun(t, "", "extract", "--format", "json", "--from", list)
	if code != 0 || !strings.Contains(out, "Jos\u00e9 N\u00fa\u00f1ez") {
		t.Errorf("the Latin-1 page: exit %d, got\n%s\n%s", code, out, errOut)
	}

	st := filepath.Join(dir, "claims.db")
	_, errOut, code = storeRun(t, "", "ingest", "--store", st, "--offline", "--from", list)
	if code != ExitError {
		t.Errorf("ingest --offline: exit %d, want %d", code, ExitError)
	}
	for _, u := range []string{s.url("/news/ferry-sinks"), s.url("/latin1")} {
		if want := "claimdiff: " + u + ": not fetched: --offline reads local files only"; !strings.Contains(errOut, want) {
			t.Errorf("ingest --offline: stderr %q lacks %q", errOut, want)
		}
	}
	if got := storedSources(t, st); got != "local-note 1 1" {
		t.Errorf("ingest --offline stored %q, want the local file only", got)
	}

	// On a terminal, a progress bar counts the pages, then is cleared.
	var tty strings.Builder
	if code := Run([]string{"extract", s.url("/news/ferry-sinks"), s.url("/latin1")}, &IOStreams{In: strings.NewReader(""), Out: io.Discard, ErrOut: &tty, ErrTTY: true}); code != 0 {
		t.Errorf("extract on a terminal: exit %d: %s", code, tty.String())
	}
	if got := tty.String(); !strings.Contains(got, "\rfetching [                              ] 0/2 sources") ||
		!strings.Contains(got, "\rfetching [==============================] 2/2 sources\r\033[K") {
		t.Errorf("progress on a terminal: got %q", got)
	}

	_, errOut, code = storeRun(t, "", "compare", "--from", filepath.Join(dir, "missing.txt"))
	if code != ExitError || !strings.Contains(errOut, "--from "+filepath.Join(dir, "missing.txt")+": no such file or directory") {
		t.Errorf("a missing list: exit %d, stderr %q", code, errOut)
	}
}
