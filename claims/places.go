package claims

import (
	_ "embed"
	"strings"
	"sync"
)

// The places claimdiff knows without being told: countries with the words
// for their people, and the first-level regions news names bare ("South
// Carolina suffered 26 deaths"). Any name after "in", "at" or "from" is a
// place as well; these lists are for names that stand alone.
var (
	//go:embed data/countries.txt
	countriesData string
	//go:embed data/regions.txt
	regionsData string
)

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
		g := &gazetteer{country: map[string]string{}, demonym: map[string]string{}, region: map[string]string{}}
		for _, line := range dataLines(countriesData) {
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
		for _, line := range dataLines(regionsData) {
			g.add(g.region, line, strings.TrimSpace(line))
		}
		places = g
	})
	return places
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

// dataLines returns the lines of an embedded list that carry an entry:
// trimmed, without blank lines and # comments.
func dataLines(data string) []string {
	var out []string
	for _, l := range strings.Split(data, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out
}
