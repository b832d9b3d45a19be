package sources

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// Fetch defaults.
const (
	DefaultTimeout   = 30 * time.Second // for the whole exchange with one page, body included
	DefaultParallel  = 4                // pages fetched at once
	DefaultUserAgent = "claimdiff (+https://github.com/claimdiff/claimdiff)"
)

// Errors of a page that was fetched but is not an article, wrapped in a
// *FileError that names its URL.
var (
	ErrHTTPStatus = errors.New("HTTP error")
	ErrNotArticle = errors.New("not an article")
	ErrTimeout    = errors.New("no complete answer in time")
)

// Fetcher reads web pages as sources: an HTTP GET that follows redirects,
// with a time limit, a size limit (Options.MaxBytes, as for files) and a
// User-Agent that names claimdiff. The page is decoded to UTF-8 from the
// charset its Content-Type or its markup declares, then read like a file of
// its type: HTML, plain text or Markdown. The zero value is ready to use.
type Fetcher struct {
	Client    *http.Client          // nil: http.DefaultTransport, redirects followed (at most 10)
	Timeout   time.Duration         // per page; 0 means DefaultTimeout
	UserAgent string                // "" means DefaultUserAgent
	Parallel  int                   // pages fetched at once; 0 means DefaultParallel
	Progress  func(done, total int) // called after each page, one call at a time; nil for none
}

// Fetch reads the pages at urls, several at a time, and returns their
// documents in the order given. A page that cannot be fetched or read is
// reported in the error list, under its URL as given, and the others are
// still returned.
//
// A document's ID is URLID of the URL as given, its Path that URL (messages
// name it), its URL the address it was read from after redirects. Modified
// is the page's own date of last change, else the Last-Modified header.
func (f *Fetcher) Fetch(ctx context.Context, urls []string, opt Options) ([]*Document, ErrorList) {
	type result struct {
		doc *Document
		err error
	}
	res := make([]result, len(urls))
	next := make(chan int)
	var mu sync.Mutex
	done := 0
	var wg sync.WaitGroup
	for range min(max(1, f.parallel()), max(1, len(urls))) {
		wg.Go(func() {
			for i := range next {
				d, err := f.FetchOne(ctx, urls[i], opt)
				res[i] = result{d, err}
				if f.Progress != nil {
					mu.Lock()
					done++
					f.Progress(done, len(urls))
					mu.Unlock()
				}
			}
		})
	}
	for i := range urls {
		next <- i
	}
	close(next)
	wg.Wait()
	var docs []*Document
	var errs ErrorList
	for _, r := range res {
		if r.err != nil {
			errs = append(errs, asFileError(r.err))
		} else {
			docs = append(docs, r.doc)
		}
	}
	return docs, errs
}

func (f *Fetcher) parallel() int {
	if f.Parallel > 0 {
		return f.Parallel
	}
	return DefaultParallel
}

func (f *Fetcher) timeout() time.Duration {
	if f.Timeout > 0 {
		return f.Timeout
	}
	return DefaultTimeout
}

// FetchOne fetches and reads one page. Every error is a *FileError naming
// the URL as given.
func (f *Fetcher) FetchOne(ctx context.Context, raw string, opt Options) (*Document, error) {
	fail := func(err error) (*Document, error) { return nil, &FileError{Path: raw, Err: err} }
	id, err := URLID(raw)
	if err != nil {
		return fail(err)
	}
	ctx, cancel := context.WithTimeout(ctx, f.timeout())
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimSpace(raw), nil)
	if err != nil {
		return fail(err)
	}
	ua := f.UserAgent
	if ua == "" {
		ua = DefaultUserAgent
	}
	req.Header.Set("User-Agent", ua)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,*/*;q=0.1")
	client := f.Client
	if client == nil {
		client = http.DefaultClient
	}
	resp, err := client.Do(req)
	if err != nil {
		return fail(f.netErr(ctx, err))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		// the status text is ours: the server's reason phrase is not shown
		return fail(fmt.Errorf("%w: %d %s", ErrHTTPStatus, resp.StatusCode, http.StatusText(resp.StatusCode)))
	}
	ctype := resp.Header.Get("Content-Type")
	format, err := formatOfType(ctype)
	if err != nil {
		return fail(err)
	}
	limit := opt.maxBytes()
	if resp.ContentLength > limit {
		return fail(tooLarge(resp.ContentLength, limit))
	}
	data, err := readLimited(resp.Body, limit)
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return fail(err)
		}
		return fail(f.netErr(ctx, err))
	}
	if format == "" {
		format = sniffFormat(data)
		if format == "" {
			return fail(fmt.Errorf("%w: no content type, and the page is neither HTML nor text", ErrNotArticle))
		}
	}
	if data, err = toUTF8(data, ctype); err != nil {
		return fail(err)
	}
	opt.Format = format
	d, err := Parse(raw, data, opt)
	if err != nil {
		return nil, err
	}
	d.ID, d.Path, d.URL = id, raw, resp.Request.URL.String()
	if d.Modified.IsZero() {
		if t, err := http.ParseTime(resp.Header.Get("Last-Modified")); err == nil {
			d.Modified = t.UTC()
		}
	}
	return d, nil
}

// netErr says what went wrong with a request: a timeout by name, another
// error without the method and URL that *url.Error repeats.
func (f *Fetcher) netErr(ctx context.Context, err error) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("%w: gave up after %v (see --fetch-timeout)", ErrTimeout, f.timeout())
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// formatOfType maps a Content-Type to a format; "" when the type is not
// given (the page is then sniffed).
func formatOfType(ctype string) (string, error) {
	if strings.TrimSpace(ctype) == "" {
		return "", nil
	}
	mt, _, err := mime.ParseMediaType(ctype)
	if err != nil {
		return "", fmt.Errorf("%w: cannot read its content type %q", ErrNotArticle, ctype)
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return "html", nil
	case "text/plain":
		return "text", nil
	case "text/markdown", "text/x-markdown":
		return "markdown", nil
	}
	return "", fmt.Errorf("%w: its content type is %s (want HTML, plain text or Markdown)", ErrNotArticle, mt)
}

// sniffFormat is the format of a page served with no content type.
func sniffFormat(data []byte) string {
	mt, _, _ := mime.ParseMediaType(http.DetectContentType(data))
	switch mt {
	case "text/html":
		return "html"
	case "text/plain":
		return "text"
	}
	return ""
}

// toUTF8 decodes a page from the charset that its byte order mark or its
// Content-Type declares. Otherwise a page that is valid UTF-8 is taken as
// UTF-8; else the charset its markup declares (<meta charset>) is used,
// and failing that Windows-1252, as browsers do.
func toUTF8(data []byte, ctype string) ([]byte, error) {
	enc, name, certain := charset.DetermineEncoding(data, ctype)
	if name == "utf-8" || enc == nil || !certain && utf8.Valid(data) {
		return data, nil
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, fmt.Errorf("decode from %s: %w", name, err)
	}
	return out, nil
}
