package sources

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// articlePage is an HTML article of the given paragraphs, with a head that gives
// its title, site name and publication date, and extra head markup.
func articlePage(title, head string, paras ...string) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html><head><title>" + title + "</title>\n")
	b.WriteString(`<meta property="og:site_name" content="Harbour Gazette">` + "\n")
	b.WriteString(`<meta property="article:published_time" content="2025-03-02T08:00:00Z">` + "\n")
	b.WriteString(head + "</head>\n<body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\n<article><h1>" + title + "</h1>\n")
	for _, p := range paras {
		b.WriteString("<p>" + p + "</p>\n")
	}
	b.WriteString("</article><footer>Copyright Harbour Gazette</footer></body></html>\n")
	return b.String()
}

var ferryParas = []string{
	"The passenger ferry Northern Light capsized in a storm off the coast of Cape Ardent on Saturday night, the coastguard said.",
	"Rescue crews pulled survivors from the cold water until dawn, and fishing boats from three villages joined the search for the missing.",
	"The ferry was carrying passengers and crew between the islands when it was struck by a wave as high as its upper deck.",
}

// newServer serves handlers by path on a local test server.
func newServer(t *testing.T, routes map[string]http.HandlerFunc) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	for p, h := range routes {
		mux.HandleFunc(p, h)
	}
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func serve(ctype, body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if ctype != "" {
			w.Header().Set("Content-Type", ctype)
		} else {
			w.Header()["Content-Type"] = nil // no sniffing by net/http
		}
		fmt.Fprint(w, body)
	}
}

// latin1 encodes s, which must hold only Latin-1 characters, as ISO 8859-1.
func latin1(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r > 0xff {
			panic("not Latin-1")
		}
		b = append(b, byte(r))
	}
	return string(b)
}

func TestFetchOne(t *testing.T) {
	var hits atomic.Int32
	toll := articlePage("Ferry toll rises", "", append([]string{"The sinking of the ferry killed 41 people, officials said on Sunday."}, ferryParas...)...)
	accented := articlePage("Ferry toll", "", append([]string{"The mayor of Sète, José Núñez, said the sinking killed 41 people and that the café by the quay was a shelter."}, ferryParas...)...)
	metaLatin := articlePage("Ferry toll", `<meta charset="iso-8859-1">`, append([]string{"The mayor of Sète, José Núñez, said the sinking killed 41 people."}, ferryParas...)...)
	srv := newServer(t, map[string]http.HandlerFunc{
		"/news/ferry-toll.html": func(w http.ResponseWriter, r *http.Request) {
			hits.Add(1)
			if ua := r.Header.Get("User-Agent"); !strings.HasPrefix(ua, "claimdiff") {
				t.Errorf("User-Agent: got %q, want it to name claimdiff", ua)
			}
			w.Header().Set("Last-Modified", "Mon, 03 Mar 2025 10:15:00 GMT")
			serve("text/html; charset=utf-8", toll)(w, r)
		},
		"/old-link": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/moved", http.StatusMovedPermanently)
		},
		"/moved": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/news/ferry-toll.html", http.StatusFound)
		},
		"/loop":    func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) },
		"/missing": http.NotFound,
		"/broken": func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "oops", http.StatusInternalServerError)
		},
		"/slow": func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-time.After(2 * time.Second):
			case <-r.Context().Done():
			}
			serve("text/html", toll)(w, r)
		},
		"/slow-body": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, toll[:200])
			w.(http.Flusher).Flush()
			select {
			case <-time.After(2 * time.Second):
			case <-r.Context().Done():
			}
			fmt.Fprint(w, toll[200:])
		},
		"/huge": func(w http.ResponseWriter, r *http.Request) {
			body := articlePage("Big", "", strings.Repeat("The ferry sank and 41 people died in the storm. ", 200))
			w.Header().Set("Content-Length", fmt.Sprint(len(body)))
			serve("text/html", body)(w, r)
		},
		"/huge-chunked": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			for range 200 {
				fmt.Fprint(w, "<p>The ferry sank and 41 people died in the storm.</p>\n")
				w.(http.Flusher).Flush()
			}
		},
		"/report.pdf":   serve("application/pdf", "%PDF-1.7 binary"),
		"/data.json":    serve("application/json", `{"deaths": 41}`),
		"/latin1":       serve("text/html; charset=ISO-8859-1", latin1(accented)),
		"/latin1-meta":  serve("text/html", latin1(metaLatin)),
		"/plain":        serve("text/plain; charset=utf-8", "Ferry toll rises\n\nThe sinking of the ferry killed 41 people, officials said on Sunday.\n"),
		"/markdown":     serve("text/markdown", "---\ntitle: Ferry toll\nupdated: 2025-03-04T09:00:00Z\n---\n\nThe sinking of the ferry killed 41 people, officials said on Sunday.\n"),
		"/untyped":      serve("", toll),
		"/empty":        serve("text/html", ""),
		"/modified":     serve("text/html", articlePage("Ferry toll", `<meta property="article:modified_time" content="2025-03-04T06:30:00+01:00">`, append([]string{"The sinking of the ferry killed 41 people."}, ferryParas...)...)),
		"/modified-ld":  serve("text/html", articlePage("Ferry toll", `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","dateModified":"2025-03-05T12:00:00Z"}]}</script>`, append([]string{"The sinking of the ferry killed 41 people."}, ferryParas...)...)),
		"/story/":       serve("text/html", toll),
		"/list?page=2":  serve("text/html", toll),
		"/story.php":    serve("text/html", toll),
		"/latin1-plain": serve("text/plain; charset=latin1", latin1("José Núñez said the sinking killed 41 people.\n")),
	})
	host := strings.TrimPrefix(srv.URL, "http://")
	hostID := strings.ReplaceAll(host, ":", "-")
	f := &Fetcher{Timeout: 300 * time.Millisecond}
	opt := Options{MaxBytes: 4000}

	tests := []struct {
		name     string
		path     string
		id       string // the document's id; "" for an error
		url      string // its URL after redirects
		format   string
		text     string    // a substring of its text
		modified time.Time // its Modified
		err      error     // the error's kind
		msg      string    // a substring of the message
	}{
		{name: "html", path: "/news/ferry-toll.html", id: hostID + "/news/ferry-toll.html", url: "/news/ferry-toll.html", format: "html",
			text: "killed 41 people", modified: time.Date(2025, 3, 3, 10, 15, 0, 0, time.UTC)},
		{name: "redirects followed", path: "/old-link", id: hostID + "/old-link", url: "/news/ferry-toll.html", format: "html", text: "killed 41 people",
			modified: time.Date(2025, 3, 3, 10, 15, 0, 0, time.UTC)},
		{name: "redirect loop", path: "/loop", msg: "redirects"},
		{name: "404", path: "/missing", err: ErrHTTPStatus, msg: "HTTP error: 404 Not Found"},
		{name: "500", path: "/broken", err: ErrHTTPStatus, msg: "500 Internal Server Error"},
		{name: "slow answer", path: "/slow", err: ErrTimeout, msg: "gave up after 300ms (see --fetch-timeout)"},
		{name: "slow body", path: "/slow-body", err: ErrTimeout, msg: "gave up after 300ms"},
		{name: "too large, by its length", path: "/huge", err: ErrTooLarge, msg: "over the limit of 4000"},
		{name: "too large, as it streams", path: "/huge-chunked", err: ErrTooLarge, msg: "more than 4000 bytes"},
		{name: "pdf", path: "/report.pdf", err: ErrNotArticle, msg: "its content type is application/pdf (want HTML, plain text or Markdown)"},
		{name: "json", path: "/data.json", err: ErrNotArticle, msg: "application/json"},
		{name: "latin-1 declared in the header", path: "/latin1", id: hostID + "/latin1", url: "/latin1", format: "html", text: "mayor of Sète, José Núñez, said the sinking killed 41 people and that the café"},
		{name: "latin-1 declared in the page", path: "/latin1-meta", id: hostID + "/latin1-meta", url: "/latin1-meta", format: "html", text: "José Núñez"},
		{name: "latin-1 text", path: "/latin1-plain", id: hostID + "/latin1-plain", url: "/latin1-plain", format: "text", text: "José Núñez said"},
		{name: "plain text", path: "/plain", id: hostID + "/plain", url: "/plain", format: "text", text: "killed 41 people"},
		{name: "markdown", path: "/markdown", id: hostID + "/markdown", url: "/markdown", format: "markdown", text: "killed 41 people",
			modified: time.Date(2025, 3, 4, 9, 0, 0, 0, time.UTC)},
		{name: "no content type: sniffed", path: "/untyped", id: hostID + "/untyped", url: "/untyped", format: "html", text: "killed 41 people"},
		{name: "empty page", path: "/empty", err: ErrEmpty},
		{name: "modified time from the page", path: "/modified", id: hostID + "/modified", url: "/modified", format: "html", text: "killed 41",
			modified: time.Date(2025, 3, 4, 5, 30, 0, 0, time.UTC)},
		{name: "modified time from JSON-LD", path: "/modified-ld", id: hostID + "/modified-ld", url: "/modified-ld", format: "html", text: "killed 41",
			modified: time.Date(2025, 3, 5, 12, 0, 0, 0, time.UTC)},
		{name: "trailing slash", path: "/story/", id: hostID + "/story", url: "/story/", format: "html", text: "killed 41"},
		{name: "php page", path: "/story.php", id: hostID + "/story.php", url: "/story.php", format: "html", text: "killed 41"},
		{name: "connection refused", path: "", msg: "refused"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := srv.URL + tt.path
			if tt.name == "connection refused" {
				u = "http://127.0.0.1:1/nothing"
			}
			d, err := f.FetchOne(context.Background(), u, opt)
			if tt.id == "" {
				if err == nil {
					t.Fatalf("got a document %q, want an error", d.ID)
				}
				var fe *FileError
				if !errors.As(err, &fe) || fe.Path != u {
					t.Errorf("error %q: got path %v, want the URL %s", err, fe, u)
				}
				if tt.err != nil && !errors.Is(err, tt.err) {
					t.Errorf("error: got %q, want %q", err, tt.err)
				}
				if !strings.HasPrefix(err.Error(), u+": ") || !strings.Contains(err.Error(), tt.msg) {
					t.Errorf("error: got %q, want %q after the URL", err, tt.msg)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d.ID != tt.id || d.Path != u || d.URL != srv.URL+tt.url || d.Format != tt.format {
				t.Errorf("got id %q path %q url %q format %q, want %q %q %q %q", d.ID, d.Path, d.URL, d.Format, tt.id, u, srv.URL+tt.url, tt.format)
			}
			if !strings.Contains(d.Text, tt.text) {
				t.Errorf("text: got %q, want it to hold %q", d.Text, tt.text)
			}
			if !d.Modified.Equal(tt.modified) {
				t.Errorf("modified: got %v, want %v", d.Modified, tt.modified)
			}
		})
	}
	if hits.Load() == 0 {
		t.Error("the article was never fetched")
	}
}

// TestFetch fetches pages side by side: documents in the order given, one
// error per failed page, no more requests at once than Parallel.
func TestFetch(t *testing.T) {
	var now, most atomic.Int32
	body := articlePage("Ferry toll", "", append([]string{"The sinking of the ferry killed 41 people."}, ferryParas...)...)
	h := func(w http.ResponseWriter, r *http.Request) {
		n := now.Add(1)
		defer now.Add(-1)
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		time.Sleep(20 * time.Millisecond)
		if strings.HasSuffix(r.URL.Path, "/gone") {
			http.NotFound(w, r)
			return
		}
		serve("text/html", body)(w, r)
	}
	srv := newServer(t, map[string]http.HandlerFunc{"/": h})
	var urls []string
	for i := range 9 {
		if i == 4 {
			urls = append(urls, srv.URL+"/gone")
			continue
		}
		urls = append(urls, fmt.Sprintf("%s/story/%d", srv.URL, i))
	}
	var mu sync.Mutex
	var calls []int
	f := &Fetcher{Parallel: 3, Progress: func(done, total int) {
		mu.Lock()
		calls = append(calls, done)
		mu.Unlock()
		if total != len(urls) {
			t.Errorf("progress total: got %d, want %d", total, len(urls))
		}
	}}
	docs, errs := f.Fetch(context.Background(), urls, Options{})
	if len(docs) != 8 || len(errs) != 1 {
		t.Fatalf("got %d documents and %d errors, want 8 and 1", len(docs), len(errs))
	}
	if errs[0].Path != srv.URL+"/gone" || !errors.Is(errs[0], ErrHTTPStatus) {
		t.Errorf("error: got %v, want a 404 for /gone", errs[0])
	}
	j := 0
	for i, u := range urls {
		if i == 4 {
			continue
		}
		if docs[j].Path != u {
			t.Errorf("document %d: got %s, want %s", j, docs[j].Path, u)
		}
		j++
	}
	if m := most.Load(); m > 3 || m < 2 {
		t.Errorf("requests at once: got %d, want 2 or 3", m)
	}
	if len(calls) != len(urls) || calls[len(calls)-1] != len(urls) {
		t.Errorf("progress: got %v, want 1..%d", calls, len(urls))
	}
}

func TestURLID(t *testing.T) {
	tests := []struct {
		url, want string
	}{
		{"https://www.Example.org/news/ferry-toll.html", "example.org/news/ferry-toll.html"},
		{"http://example.org/news/ferry-toll.html", "example.org/news/ferry-toll.html"},
		{"https://example.org/news/ferry-toll/", "example.org/news/ferry-toll"},
		{"https://example.org/news/ferry-toll#comments", "example.org/news/ferry-toll"},
		{"https://example.org", "example.org"},
		{"https://example.org/", "example.org"},
		{"http://example.org:8080/live/", "example.org-8080/live"},
		{"https://example.org:443/a", "example.org/a"},
		{"https://example.org/a/../b//c", "example.org/b/c"},
		{"https://example.org/Story_Case~1", "example.org/Story_Case~1"},
		{"https://example.org/story?id=7", "example.org/story~b61bba0b"},
		{"https://example.org/story?id=8", "example.org/story~2aa29dc0"},
		{"https://example.org/caf%C3%A9", "example.org/caf-~f06ecc0d"},
		{"https://example.org/a b", "example.org/a-b~0e0485ab"},
		{"https://example.org/a-b", "example.org/a-b"},
	}
	seen := map[string]string{}
	for _, tt := range tests {
		got, err := URLID(tt.url)
		if err != nil {
			t.Errorf("URLID(%q): %v", tt.url, err)
			continue
		}
		if got != tt.want {
			t.Errorf("URLID(%q): got %q, want %q", tt.url, got, tt.want)
		}
		if other, ok := seen[got]; ok && !sameURLPage(other, tt.url) {
			t.Errorf("URLID(%q) = URLID(%q) = %q", tt.url, other, got)
		}
		seen[got] = tt.url
	}
	for _, bad := range []string{"ftp://example.org/x", "https://", "example.org/x", "http://[::1"} {
		if id, err := URLID(bad); err == nil {
			t.Errorf("URLID(%q): got %q, want an error", bad, id)
		}
	}
}

// sameURLPage says which test URLs name one page.
func sameURLPage(a, b string) bool {
	k := func(s string) string {
		s = strings.TrimPrefix(strings.TrimPrefix(s, "https://"), "http://")
		s = strings.TrimPrefix(strings.ToLower(s), "www.")
		s, _, _ = strings.Cut(s, "#")
		s = strings.ReplaceAll(s, ":443", "")
		return strings.TrimSuffix(s, "/")
	}
	return k(a) == k(b) || strings.Contains(a, "..") || strings.Contains(b, "..")
}

func TestIsURL(t *testing.T) {
	for _, tt := range []struct {
		arg  string
		want bool
	}{{"https://example.org/x", true}, {"HTTP://example.org", true}, {"example.org/x", false}, {"-", false}, {"articles/http.txt", false}} {
		if got := IsURL(tt.arg); got != tt.want {
			t.Errorf("IsURL(%q): got %v, want %v", tt.arg, got, tt.want)
		}
	}
}
