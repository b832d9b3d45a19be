package sources

import (
	"bytes"
	"encoding/json"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// A page that was changed after publication often says when, for search
// engines: <meta property="article:modified_time">, Open Graph's
// og:updated_time, schema.org's dateModified (in JSON-LD or as itemprop).
// history shows it beside each revision.

// modifiedNames are the <meta name|property|itemprop> keys that give the
// time of the last change, lower case.
var modifiedNames = map[string]bool{
	"article:modified_time": true,
	"og:updated_time":       true,
	"datemodified":          true,
	"dcterms.modified":      true,
	"dc.date.modified":      true,
	"last-modified":         true,
	"lastmod":               true,
}

// pageModified returns when a page says it was last changed, zero when it
// does not. Meta tags come first, then JSON-LD, then <time> elements.
func pageModified(data []byte) time.Time {
	var meta, ld, tm time.Time
	z := html.NewTokenizer(bytes.NewReader(data))
	inLD := false
	for {
		switch z.Next() {
		case html.ErrorToken:
			for _, t := range []time.Time{meta, ld, tm} {
				if !t.IsZero() {
					return t
				}
			}
			return time.Time{}
		case html.TextToken:
			if inLD && ld.IsZero() {
				ld = ldModified(z.Text())
			}
		case html.EndTagToken:
			inLD = false
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			inLD = false
			if !hasAttr {
				continue
			}
			attrs := map[string]string{}
			for {
				k, v, more := z.TagAttr()
				attrs[string(k)] = string(v)
				if !more {
					break
				}
			}
			switch string(name) {
			case "meta":
				for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
					if modifiedNames[strings.ToLower(attrs[k])] && meta.IsZero() {
						meta, _ = parseTimestamp(attrs["content"])
					}
				}
			case "script":
				inLD = strings.EqualFold(strings.TrimSpace(attrs["type"]), "application/ld+json")
			case "time":
				if strings.EqualFold(attrs["itemprop"], "dateModified") && tm.IsZero() {
					tm, _ = parseTimestamp(attrs["datetime"])
				}
			}
		}
	}
}

// ldModified finds dateModified in a JSON-LD block: at its top, in a list
// of items or in an @graph.
func ldModified(text []byte) time.Time {
	var v any
	if json.Unmarshal(text, &v) != nil {
		return time.Time{}
	}
	var find func(v any, depth int) time.Time
	find = func(v any, depth int) time.Time {
		if depth > 3 {
			return time.Time{}
		}
		switch x := v.(type) {
		case map[string]any:
			if s, ok := x["dateModified"].(string); ok {
				if t, ok := parseTimestamp(s); ok {
					return t
				}
			}
			if g, ok := x["@graph"]; ok {
				return find(g, depth+1)
			}
		case []any:
			for _, it := range x {
				if t := find(it, depth+1); !t.IsZero() {
					return t
				}
			}
		}
		return time.Time{}
	}
	return find(v, 0)
}

// parseTimestamp reads a time as pages and HTTP headers write it, keeping
// the time of day (in UTC); a date alone is midnight UTC.
func parseTimestamp(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04Z07:00",
		"2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04:05 -0700", time.RFC1123, time.RFC1123Z} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), true
		}
	}
	return ParseDate(s)
}
