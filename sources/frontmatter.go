package sources

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Front matter is a YAML block between "---" lines at the top of a file. Its
// keys, matched without regard to case, "-" or "_":
//
//	title
//	outlet, publisher, site, site_name, source   the outlet
//	author, authors, byline                      a name or a list of names
//	url, link, canonical, canonical_url          the article's address
//	published, date, published_at, publish_date, pubdate, date_published
//	modified, updated, last_modified, date_modified, lastmod   when it was last changed
//
// A date that cannot be read is an error for the publication date; for the
// last change it is ignored (these keys were not read before). Other keys are ignored. The whole block is a Meta block.
var frontKeys = map[string]string{
	"title":  "title",
	"outlet": "outlet", "publisher": "outlet", "site": "outlet", "sitename": "outlet", "source": "outlet",
	"author": "author", "authors": "author", "byline": "author",
	"url": "url", "link": "url", "canonical": "url", "canonicalurl": "url",
	"published": "published", "date": "published", "publishedat": "published",
	"publishdate": "published", "pubdate": "published", "datepublished": "published",
	"modified": "modified", "updated": "modified", "lastmodified": "modified", "datemodified": "modified",
	"lastmod": "modified", "modifiedat": "modified", "updatedat": "modified",
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// frontMatter reads the front matter that starts at text[from:], if any. It
// returns where the body starts after it (from when there is none) and
// fills in d's metadata.
func frontMatter(d *Document, text string, from int) (int, *unit, error) {
	first, ok := delimiter(text, from, "---")
	if !ok {
		return from, nil, nil
	}
	line := 1 + strings.Count(text[:from], "\n")
	body := first
	end, close := -1, -1
	for s := first; s < len(text); {
		if e, ok := delimiter(text, s, "---"); ok {
			end, close = s, e
			break
		}
		if e, ok := delimiter(text, s, "..."); ok {
			end, close = s, e
			break
		}
		i := strings.IndexByte(text[s:], '\n')
		if i < 0 {
			break
		}
		s += i + 1
	}
	if end < 0 {
		return 0, nil, &FileError{Path: d.Path, Line: line, Err: fmt.Errorf("%w: opened here and never closed with \"---\"", ErrFrontMatter)}
	}
	var n yaml.Node
	if err := yaml.Unmarshal([]byte(text[body:end]), &n); err != nil {
		fe := &FileError{Path: d.Path, Line: line, Err: fmt.Errorf("%w: %v", ErrFrontMatter, strings.TrimPrefix(err.Error(), "yaml: "))}
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			k, _ := strconv.Atoi(m[1])
			fe.Line = line + k
			fe.Err = fmt.Errorf("%w: %s", ErrFrontMatter, m[2])
		}
		return 0, nil, fe
	}
	if len(n.Content) > 0 {
		m := n.Content[0]
		if m.Kind != yaml.MappingNode {
			return 0, nil, &FileError{Path: d.Path, Line: line + m.Line, Err: fmt.Errorf("%w: want keys and values, found a %s", ErrFrontMatter, kindName(m.Kind))}
		}
		for i := 0; i+1 < len(m.Content); i += 2 {
			k, v := m.Content[i], m.Content[i+1]
			key := frontKeys[strings.NewReplacer("_", "", "-", "").Replace(strings.ToLower(k.Value))]
			if key == "" {
				continue
			}
			val, err := scalar(v)
			if err != nil {
				return 0, nil, &FileError{Path: d.Path, Line: line + v.Line, Col: v.Column, Err: fmt.Errorf("%w: %s: %v", ErrFrontMatter, k.Value, err)}
			}
			switch key {
			case "title":
				d.Title = val
			case "outlet":
				d.Outlet = val
			case "author":
				d.Author = val
			case "url":
				d.URL = val
			case "published":
				t, ok := ParseDate(val)
				if !ok {
					return 0, nil, &FileError{Path: d.Path, Line: line + v.Line, Col: v.Column, Err: fmt.Errorf("%w: %s: cannot read %q as a date", ErrFrontMatter, k.Value, val)}
				}
				d.Published = t
			case "modified":
				if t, ok := parseTimestamp(val); ok {
					d.Modified = t
				}
			}
		}
	}
	return close, &unit{kind: Meta, s: from, e: trimEnd(text, from, close), fixed: true}, nil
}

// ErrFrontMatter is the error of a front matter that cannot be read.
var ErrFrontMatter = errors.New("front matter")

func trimEnd(text string, s, e int) int {
	_, e = trim(text, s, e)
	return e
}

// delimiter reports whether the line at text[s:] is exactly delim (trailing
// white space allowed) and returns where the next line starts.
func delimiter(text string, s int, delim string) (int, bool) {
	if !strings.HasPrefix(text[s:], delim) {
		return 0, false
	}
	e := strings.IndexByte(text[s:], '\n')
	next := len(text)
	if e < 0 {
		e = len(text) - s
	} else {
		next = s + e + 1
	}
	if strings.TrimRight(text[s+len(delim):s+e], " \t\r") != "" {
		return 0, false
	}
	return next, true
}

// scalar reads a value: a string, or a list of strings joined by ", ".
func scalar(v *yaml.Node) (string, error) {
	switch v.Kind {
	case yaml.ScalarNode:
		return strings.TrimSpace(v.Value), nil
	case yaml.SequenceNode:
		var parts []string
		for _, c := range v.Content {
			if c.Kind != yaml.ScalarNode {
				return "", fmt.Errorf("want a list of words, found a %s in it", kindName(c.Kind))
			}
			parts = append(parts, strings.TrimSpace(c.Value))
		}
		return strings.Join(parts, ", "), nil
	case yaml.MappingNode:
		// {name: …} as some generators write an author
		for i := 0; i+1 < len(v.Content); i += 2 {
			if strings.EqualFold(v.Content[i].Value, "name") && v.Content[i+1].Kind == yaml.ScalarNode {
				return v.Content[i+1].Value, nil
			}
		}
	}
	return "", fmt.Errorf("want a word, found a %s", kindName(v.Kind))
}

func kindName(k yaml.Kind) string {
	switch k {
	case yaml.SequenceNode:
		return "list"
	case yaml.MappingNode:
		return "mapping"
	case yaml.AliasNode:
		return "alias"
	}
	return "value"
}
