package sources_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/claimdiff/claimdiff/sources"
)

func ExampleFetcher() {
	// A local server stands in for a news site.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/news/bridge" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "Bridge Reopens After Repairs\n\nThe bridge reopened on Monday after 14 months.\n")
	}))
	defer srv.Close()

	f := &sources.Fetcher{}
	docs, errs := f.Fetch(context.Background(), []string{srv.URL + "/news/bridge", srv.URL + "/gone"}, sources.Options{})
	host := strings.TrimPrefix(srv.URL, "http://")
	for _, d := range docs {
		fmt.Println(strings.Replace(d.ID, strings.ReplaceAll(host, ":", "-"), "HOST", 1), d.Format, d.Title)
	}
	for _, e := range errs {
		fmt.Println(strings.Replace(e.Error(), srv.URL, "URL", 1))
	}
	// Output:
	// HOST/news/bridge text Bridge Reopens After Repairs
	// URL/gone: HTTP error: 404 Not Found
}
