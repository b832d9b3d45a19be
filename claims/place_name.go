package claims

// PlaceName returns the place a name is when the gazetteer (data/) knows it,
// in its canonical spelling: "U.S." and "United States" are one place, and
// a people's name ("Moroccan") is its country. Grouping sources into
// stories (claims/story) weighs places apart from other names.
func PlaceName(name string) (place string, ok bool) {
	g := knownPlaces()
	if p, ok := g.place(name); ok {
		return p, true
	}
	p, ok := g.demonym[foldName(name)]
	return p, ok
}
