package sources

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"path"
	"strings"
)

// IsURL reports whether a command-line argument names a web page to fetch
// (http:// or https://) rather than a file.
func IsURL(arg string) bool {
	l := strings.ToLower(arg)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// maxURLID bounds the length of an id made from a URL; a longer one is cut
// and made unique by a hash.
const maxURLID = 120

// URLID is the source id of a web page: its host (lower case, without
// "www." and with a port other than the scheme's as "-8080") and its path,
// slash-separated, with no trailing slash:
//
//	https://www.Example.org/news/ferry-toll.html   example.org/news/ferry-toll.html
//	http://example.org:8080/live/                  example.org-8080/live
//
// The id depends on the URL alone, so fetching the page again gives the
// same id and the store a new revision of the same source. The scheme, a
// leading "www.", a trailing slash and the fragment are not part of it (they
// name the same page). When anything else would be lost (a query string,
// characters other than letters, digits and - _ . ~) the id ends with "~"
// and eight hex digits of the URL's SHA-256, so that two pages never share
// an id: example.org/story~1a2b3c4d for example.org/story?id=7.
func URLID(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", err
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return "", fmt.Errorf("not an http(s) URL: %q", raw)
	}
	host := strings.ToLower(u.Hostname())
	host = strings.TrimPrefix(host, "www.")
	if p := u.Port(); p != "" && !(u.Scheme == "http" && p == "80" || u.Scheme == "https" && p == "443") {
		host += "-" + p
	}
	p := u.Path
	if p != "" {
		p = path.Clean("/" + p)
	}
	p = strings.TrimSuffix(p, "/")
	var b strings.Builder
	lossy := u.RawQuery != "" || u.ForceQuery
	for _, r := range host + p {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', strings.ContainsRune("-_.~/", r):
			b.WriteRune(r)
		default:
			b.WriteByte('-')
			lossy = true
		}
	}
	id := b.String()
	if len(id) > maxURLID {
		id, lossy = strings.TrimRight(id[:maxURLID], "/"), true
	}
	if lossy {
		sum := sha256.Sum256([]byte(host + u.EscapedPath() + "?" + u.RawQuery))
		id += "~" + hex.EncodeToString(sum[:4])
	}
	return id, nil
}
