package claims

import "testing"

// The gazetteer is data: a country added to data/countries.txt is known by
// its names and its people's, a region added to data/regions.txt by its name.
func TestGazetteerData(t *testing.T) {
	g, err := newGazetteer(dataLists.Append("data/countries.txt", "Ruritania | Strelsau: Ruritanian, Ruritanians").
		Append("data/regions.txt", "Zenda Province"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ got, want string }{
		{g.country[foldName("Strelsau")], "Ruritania"},
		{g.demonym[foldName("Ruritanians")], "Ruritania"},
		{g.region[foldName("Zenda Province")], "Zenda Province"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
	if _, ok := knownPlaces().country[foldName("Strelsau")]; ok {
		t.Errorf("the embedded gazetteer knows a place only a test added")
	}
	if p, ok := knownPlaces().place("the U.S."); !ok || p != "United States" {
		t.Errorf(`place("the U.S.") = %q, %v; want "United States"`, p, ok)
	}
}
