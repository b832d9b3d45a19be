package story_test

import (
	"fmt"
	"math/rand"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/story"
	"github.com/claimdiff/claimdiff/sources"
)

// article is a test source: an id, a publication date ("" for none) and
// its text.
type article struct{ id, published, text string }

// Articles written for these tests: a ferry sinking and a mine fire in the
// same week, a ferry sinking of another year, and two notes that name
// nothing.
var (
	ferryA = article{"ferry-a", "2031-03-02", `Ferry sinks off Cape Ardent

The Marlow Star ferry sank off Cape Ardent on 1 March 2031, killing 38 people, the Tessaly coastguard said.
Rescue crews from Port Helm pulled 64 survivors from the water. The Marlow Star was carrying 110 passengers.
Captain Ilse Varno of the Tessaly coastguard said divers would resume the search at Cape Ardent on Monday.`}
	ferryB = article{"ferry-b", "2031-03-03", `Death toll rises after Marlow Star sinking

Divers recovered three more bodies near Cape Ardent, bringing the toll of the Marlow Star sinking to 41.
The ferry went down on 1 March 2031 with 110 passengers aboard, the Tessaly coastguard said.
Port Helm residents gathered at the harbour. Ilse Varno said the search would go on.`}
	ferryC = article{"ferry-c", "2031-03-09", `Questions over Marlow Star inspections

A week after the Marlow Star sank off Cape Ardent, killing 41 people, officials in Tessaly faced questions.
The ferry had failed an inspection at Port Helm in 2030, records show.`}
	mineA = article{"mine-a", "2031-03-03", `Fire traps miners in Velka

A fire broke out in the Dorn shaft of the Velka coal mine on 2 March 2031, trapping 17 miners, the Orsk mining ministry said.
Rescue teams from Brenholt reached the Dorn shaft overnight. Minister Pavel Setz said 12 miners had been brought out alive.`}
	mineB = article{"mine-b", "2031-03-04", `Velka mine fire: five still missing

Five miners remain missing after the fire in the Dorn shaft at Velka, the Orsk mining ministry said on 3 March 2031.
Pavel Setz told reporters in Brenholt that 12 of the 17 trapped miners were safe.`}
	ferryOld = article{"ferry-old", "2027-08-11", `Ferry capsizes off Cape Ardent

The Halden Rose ferry capsized off Cape Ardent on 10 August 2027, killing 12 people, the Tessaly coastguard said.
Rescue crews from Port Helm pulled 30 survivors from the water.`}
	ferryLate = article{"ferry-late", "2031-11-20", `Marlow Star inquiry blames Port Helm inspectors

Eight months after the Marlow Star sank off Cape Ardent, an inquiry in Tessaly found that inspectors at Port Helm had passed the ferry without checking its ballast.
The sinking on 1 March 2031 killed 41 of the 110 passengers. Ilse Varno of the Tessaly coastguard told the inquiry that divers had searched for nine days.`}
	ferryWeak = article{"ferry-weak", "2031-06-14", `New ferry rules pass in Velmar

Lawmakers in Velmar voted 61 to 40 for rules that require lifeboat drills on every route run by Northline Shipping and Orvik Lines. Minister Ora Lind said the Marlow Star disaster showed why.
Operators in Lund Bay, Kessel, Tamsa and Brede have until 2032 to comply, the Velmar Ferry Board said, and Northline Shipping and Orvik Lines face fines of up to 2 million dollars.`}
	noteA = article{"note-a", "", "the cost reached 27 million dollars.\n"}
	noteB = article{"note-b", "", "the cost was about 25 million dollars.\n"}
)

// profile reads an article's profile, as compare does.
func profile(t *testing.T, a article) story.Profile {
	t.Helper()
	d := profileDoc(t, a)
	return story.NewProfile(d, claims.Extract(d, claims.ExtractOptions{}))
}

// profileDoc reads an article as a document.
func profileDoc(t *testing.T, a article) *sources.Document {
	t.Helper()
	opt := sources.Options{}
	if a.published != "" {
		p, err := time.Parse("2006-01-02", a.published)
		if err != nil {
			t.Fatal(err)
		}
		opt.Published = p
	}
	d, err := sources.Parse(a.id+".txt", []byte(a.text), opt)
	if err != nil {
		t.Fatal(err)
	}
	d.ID = a.id
	return d
}

// grouping renders stories as "a b | c" (sources sorted, stories by date).
func grouping(ss []story.Story) string {
	var parts []string
	for _, s := range ss {
		parts = append(parts, strings.Join(s.Sources, " "))
	}
	return strings.Join(parts, " | ")
}

func TestGroup(t *testing.T) {
	cases := []struct {
		name string
		in   []article
		want string
	}{
		{"one story", []article{ferryA, ferryB, ferryC}, "ferry-a ferry-b ferry-c"},
		{"two happenings of one week", []article{ferryA, mineA, ferryB, mineB}, "ferry-a ferry-b | mine-a mine-b"},
		{"the same place years apart", []article{ferryA, ferryB, ferryOld}, "ferry-old | ferry-a ferry-b"},
		{"a follow-up a week later", []article{ferryA, mineB, ferryC}, "ferry-a ferry-c | mine-b"},
		{"sources that name nothing: one story", []article{noteA, noteB}, "note-a note-b"},
		{"sources that name nothing join the only story", []article{ferryA, noteA, ferryB}, "ferry-a ferry-b note-a"},
		{"sources that name nothing beside two stories", []article{ferryA, noteA, mineA, noteB}, "ferry-a | mine-a | note-a note-b"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var ps []story.Profile
			for _, a := range c.in {
				ps = append(ps, profile(t, a))
			}
			if got := grouping(story.Group(ps)); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// TestGroupChosen: sources chosen together (files named on a command line)
// part by what they name, never by their times alone; an archive (Group)
// keeps a follow-up months later apart.
func TestGroupChosen(t *testing.T) {
	cases := []struct {
		name           string
		in             []article
		archive, chose string
	}{
		{"a follow-up months later", []article{ferryA, ferryB, ferryLate},
			"ferry-a ferry-b | ferry-late", "ferry-a ferry-b ferry-late"},
		{"two happenings of one week", []article{ferryA, mineA, ferryB, mineB},
			"ferry-a ferry-b | mine-a mine-b", "ferry-a ferry-b | mine-a mine-b"},
		{"a loner months later, in other words, joins the story it names", []article{ferryA, ferryB, ferryWeak, mineA, mineB},
			"ferry-a ferry-b | mine-a mine-b | ferry-weak", "ferry-a ferry-b ferry-weak | mine-a mine-b"},
		{"a follow-up beside another happening", []article{ferryA, mineB, ferryLate},
			"ferry-a | mine-b | ferry-late", "ferry-a ferry-late | mine-b"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var ps []story.Profile
			for _, a := range c.in {
				ps = append(ps, profile(t, a))
			}
			if got := grouping(story.Group(ps)); got != c.archive {
				t.Errorf("Group: got %q, want %q", got, c.archive)
			}
			if got := grouping(story.GroupChosen(ps)); got != c.chose {
				t.Errorf("GroupChosen: got %q, want %q", got, c.chose)
			}
		})
	}
}

// TestGroupOrder: the stories, their ids and labels do not depend on the
// order the sources come in.
func TestGroupOrder(t *testing.T) {
	in := []article{ferryA, ferryB, ferryC, mineA, mineB, ferryOld, ferryWeak, noteA}
	var ps []story.Profile
	for _, a := range in {
		ps = append(ps, profile(t, a))
	}
	for _, g := range []struct {
		name  string
		group func([]story.Profile) []story.Story
	}{{"Group", story.Group}, {"GroupChosen", story.GroupChosen}} {
		want := g.group(ps)
		r := rand.New(rand.NewSource(1))
		for i := 0; i < 20; i++ {
			r.Shuffle(len(ps), func(i, j int) { ps[i], ps[j] = ps[j], ps[i] })
			if got := g.group(ps); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s, order %d: got %+v, want %+v", g.name, i, got, want)
			}
		}
	}
}

// TestStoryID: a story is named after its first report; a later source
// joining it keeps the id, an earlier one gives its own.
func TestStoryID(t *testing.T) {
	a, b, c := profile(t, ferryA), profile(t, ferryB), profile(t, ferryC)
	first := story.Group([]story.Profile{b, c})[0]
	later := story.Group([]story.Profile{b, c, profile(t, ferryC)})[0]
	earlier := story.Group([]story.Profile{b, c, a})[0]
	if first.ID != story.ID("ferry-b") || later.ID != first.ID {
		t.Errorf("got ids %s then %s, want %s both", first.ID, later.ID, story.ID("ferry-b"))
	}
	if earlier.ID != story.ID("ferry-a") {
		t.Errorf("with an earlier source: got id %s, want %s", earlier.ID, story.ID("ferry-a"))
	}
	if earlier.From != "2031-03-02" || earlier.To != "2031-03-09" {
		t.Errorf("got dates %s to %s, want 2031-03-02 to 2031-03-09", earlier.From, earlier.To)
	}
	if !strings.Contains(earlier.Label, "Marlow Star") && !strings.Contains(earlier.Label, "Cape Ardent") {
		t.Errorf("got label %q, want the ferry's name or its place", earlier.Label)
	}
}

// TestRelatedSymmetric: whether two sources are related does not depend on
// which comes first.
func TestRelatedSymmetric(t *testing.T) {
	all := []article{ferryA, ferryB, ferryC, mineA, mineB, ferryOld, noteA, noteB}
	for _, x := range all {
		for _, y := range all {
			a, b := profile(t, x), profile(t, y)
			if story.Related(a, b) != story.Related(b, a) || story.Similarity(a, b) != story.Similarity(b, a) {
				t.Errorf("%s, %s: Related or Similarity not symmetric", x.id, y.id)
			}
		}
	}
}

// BenchmarkGroup groups generated sources; -benchtime=1x with
// STORY_BENCH_N=10000 measures ten thousand.
func BenchmarkGroup(b *testing.B) {
	n := 2000
	if v, err := fmt.Sscan(getenv("STORY_BENCH_N"), &n); v == 0 || err != nil {
		n = 2000
	}
	ps, _ := generated(b, n)
	runtime.GC()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		story.Group(ps)
	}
	b.ReportMetric(float64(n), "sources")
}

func TestDayNumber(t *testing.T) {
	for _, s := range []string{"1970-01-01", "2000-02-29", "2024-12-31", "1899-03-01", "2031-03-02"} {
		tm, _ := time.Parse("2006-01-02", s)
		if got, want := story.DayNumberForTest(s), int(tm.Unix()/86400); got != want {
			t.Errorf("%s: got %d, want %d", s, got, want)
		}
	}
}
