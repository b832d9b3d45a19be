package claims

import (
	"strings"
	"sync"

	"github.com/claimdiff/claimdiff/internal/wordlist"
)

// The places claimdiff knows without being told: countries with the words
// for their people, and the first-level regions news names bare ("South
// Carolina suffered 26 deaths"). Any name after "in", "at" or "from" is a
// place as well; these lists are for names that stand alone. They are in
// data/, registered with the word lists in words.go.

// gazetteer maps a place's or a people's name, folded, to the place.
type gazetteer struct {
	country  map[string]string // "china", "prc" -> "China"
	demonym  map[string]string // "chinese" -> "China"
	region   map[string]string // "south carolina" -> "South Carolina"
	maxWords int               // the longest name, in words
}

var (
	placesOnce sync.Once
	places     *gazetteer
)

// knownPlaces returns the gazetteer, read from the embedded lists once.
func knownPlaces() *gazetteer {
	placesOnce.Do(func() {
		g, err := newGazetteer(dataLists)
		if err != nil {
			panic(err) // the embedded lists are checked by the tests
		}
		places = g
	})
	return places
}

// newGazetteer reads the countries and regions of f.
func newGazetteer(f *wordlist.Files) (*gazetteer, error) {
	g := &gazetteer{country: map[string]string{}, demonym: map[string]string{}, region: map[string]string{}}
	countries, err := f.Words("data/countries.txt")
	if err != nil {
		return nil, err
	}
	regions, err := f.Words("data/regions.txt")
	if err != nil {
		return nil, err
	}
	for _, line := range countries {
		names, people, _ := strings.Cut(line, ":")
		alts := strings.Split(names, "|")
		canon := strings.TrimSpace(alts[0])
		for _, a := range alts {
			g.add(g.country, a, canon)
		}
		for _, d := range strings.Split(people, ",") {
			g.add(g.demonym, d, canon)
		}
	}
	for _, line := range regions {
		g.add(g.region, line, strings.TrimSpace(line))
	}
	return g, nil
}

func (g *gazetteer) add(m map[string]string, name, canon string) {
	k := foldName(name)
	if k == "" {
		return
	}
	m[k] = canon
	g.maxWords = max(g.maxWords, len(strings.Fields(k)))
}

// foldName folds a name for lookup: lower case, "the" and dots dropped,
// spaces single ("U.S." and "US" meet).
func foldName(s string) string {
	s = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(s), ".", ""))
	ws := strings.Fields(s)
	if len(ws) > 1 && ws[0] == "the" {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// place returns the place a name is, if the gazetteer knows it.
func (g *gazetteer) place(name string) (string, bool) {
	k := foldName(name)
	if p, ok := g.country[k]; ok {
		return p, true
	}
	p, ok := g.region[k]
	return p, ok
}
