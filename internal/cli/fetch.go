package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/internal/buildinfo"
	"github.com/claimdiff/claimdiff/sources"
	"github.com/spf13/pflag"
)

// fetchOptions are the flags that read web pages and lists of sources,
// shared by every command that reads articles.
type fetchOptions struct {
	From    []string      // --from: files that list sources (paths or URLs), one a line
	Offline bool          // --offline: refuse URLs
	Timeout time.Duration // --fetch-timeout: for the whole exchange with one page
	Jobs    int           // --fetch-jobs: pages fetched at once
}

func (o *fetchOptions) addFlags(fs *pflag.FlagSet) {
	fs.StringArrayVar(&o.From, "from", nil, "read the sources listed in this `file` (paths or URLs, one a line; # comments; - for standard input)")
	fs.BoolVar(&o.Offline, "offline", false, "refuse URLs: read local files only")
	fs.DurationVar(&o.Timeout, "fetch-timeout", sources.DefaultTimeout, "give up on a web page after this `duration`")
	fs.IntVar(&o.Jobs, "fetch-jobs", sources.DefaultParallel, "fetch at most this many web pages at once")
}

// errOffline is the error of a URL given with --offline.
var errOffline = errors.New("not fetched: --offline reads local files only")

// userAgent names claimdiff to the sites it reads.
func userAgent() string {
	return "claimdiff/" + buildinfo.Version() + " (+https://github.com/claimdiff/claimdiff)"
}

// readSources reads the sources args and the --from lists name: files,
// directories and standard input through sources.Load, web pages through
// sources.Fetcher, several at a time, with a progress bar on a terminal.
// The documents come in that order: files, then pages. A source that
// cannot be read is in the error list; a list that cannot be read is an
// error.
func readSources(ctx context.Context, io *IOStreams, args []string, fo fetchOptions, opt sources.Options) ([]*sources.Document, sources.ErrorList, error) {
	args, err := withLists(io, args, fo.From)
	if err != nil {
		return nil, nil, err
	}
	var files, urls []string
	seen := map[string]bool{}
	for _, a := range args {
		if !sources.IsURL(a) {
			files = append(files, a)
		} else if !seen[a] {
			seen[a] = true
			urls = append(urls, a)
		}
	}
	var docs []*sources.Document
	var errs sources.ErrorList
	if len(files) > 0 {
		docs, errs = sources.Load(files, io.In, opt)
	}
	if len(urls) == 0 {
		return docs, errs, nil
	}
	if fo.Offline {
		for _, u := range urls {
			errs = append(errs, &sources.FileError{Path: u, Err: errOffline})
		}
		return docs, errs, nil
	}
	if fo.Jobs < 1 {
		return nil, nil, &usageError{fmt.Errorf("--fetch-jobs %d: want 1 or more", fo.Jobs)}
	}
	f := &sources.Fetcher{Timeout: fo.Timeout, Parallel: fo.Jobs, UserAgent: userAgent()}
	// Pages are slow to come: the bar is drawn for one already.
	var bar *progress
	if io.Progress() {
		bar = &progress{io: io, what: "fetching", total: len(urls)}
		bar.set(0)
		f.Progress = func(done, _ int) { bar.set(done) }
	}
	pages, perrs := f.Fetch(ctx, urls, opt)
	bar.clear()
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	return append(docs, pages...), append(errs, perrs...), nil
}

// withLists adds to args the sources the --from lists name.
func withLists(streams *IOStreams, args, lists []string) ([]string, error) {
	if len(lists) == 0 {
		return args, nil
	}
	out := append([]string(nil), args...)
	for _, l := range lists {
		var r io.Reader = streams.In
		if l != "-" {
			f, err := os.Open(l)
			if err != nil {
				return nil, fmt.Errorf("--from %s: %w", l, pathError(err))
			}
			defer f.Close()
			r = f
		}
		sc := bufio.NewScanner(r)
		line := 0
		for sc.Scan() {
			line++
			s := strings.TrimSpace(sc.Text())
			if s == "" || strings.HasPrefix(s, "#") {
				continue
			}
			if s == "-" {
				return nil, fmt.Errorf("--from %s:%d: \"-\" cannot be listed; name standard input on the command line", l, line)
			}
			out = append(out, s)
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("--from %s: %w", l, err)
		}
	}
	return out, nil
}

// pathError drops the operation and path from an *os.PathError: the
// message names the file already.
func pathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
