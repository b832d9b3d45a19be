package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/sources"
)

// doc makes a document whose claims are the figures its text names.
func doc(id, text string) *sources.Document {
	sum := sha256.Sum256([]byte(text))
	return &sources.Document{ID: id, Path: id + ".txt", Format: "text", Text: text, Raw: true,
		Hash: hex.EncodeToString(sum[:]), Blocks: []sources.Block{{Kind: sources.Paragraph, Start: 0, End: len(text)}}}
}

// claimAt makes a count claim on the first occurrence of word in d's text.
func claimAt(d *sources.Document, word string, kind mention.Kind, metric, subject string, n float64) claims.Claim {
	start := strings.Index(d.Text, word)
	return claims.Claim{Source: d.ID, Path: d.Path, Kind: kind, Metric: metric, Subject: subject,
		Value: mention.NewNumber(n, "", mention.Exact, 0), Text: word, Start: start, End: start + len(word), Line: 1, Col: start + 1}
}

func TestPutOutcomes(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		st, _ := openNew(t, b)
		a1 := doc("a", "The storm killed 12 people.")
		a2 := doc("a", "The storm killed 14 people.")
		bb := doc("b", "Some 300 homes were flooded.")
		steps := []struct {
			name string
			doc  *sources.Document
			want Outcome
			rev  int
		}{
			{"first", a1, New, 1},
			{"same content again", a1, Unchanged, 1},
			{"changed content", a2, Changed, 2},
			{"changed back", a1, Changed, 3},
			{"another source", bb, New, 1},
		}
		for _, s := range steps {
			got, err := st.Put(ctx, s.doc, []claims.Claim{claimAt(s.doc, strings.Fields(s.doc.Text)[3], mention.KindCount, "deaths", "storm", 1)})
			if err != nil {
				t.Fatalf("%s: %v", s.name, err)
			}
			if got != s.want {
				t.Errorf("%s: got %v, want %v", s.name, got, s.want)
			}
			srcs, err := st.Sources(ctx, Filter{IDs: []string{s.doc.ID}})
			if err != nil {
				t.Fatal(err)
			}
			if len(srcs) != 1 || srcs[0].Revision != s.rev || srcs[0].Hash != s.doc.Hash || srcs[0].Claims != 1 {
				t.Errorf("%s: got %+v, want revision %d of %s with 1 claim", s.name, srcs, s.rev, s.doc.Hash)
			}
		}
		h, err := st.Hash(ctx, "a")
		if err != nil || h != a1.Hash {
			t.Errorf("Hash(a): got %q, %v, want %q", h, err, a1.Hash)
		}
		if h, err := st.Hash(ctx, "missing"); err != nil || h != "" {
			t.Errorf("Hash(missing): got %q, %v, want empty", h, err)
		}
	})
}

// fullClaim sets every field of a claim, including open intervals and a date.
func fullClaims() []claims.Claim {
	return []claims.Claim{
		{Source: "full", Path: "dir/full.html", Kind: mention.KindCount, Metric: "deaths", Subject: "ferry sinking",
			Value: mention.NewNumber(38, "", mention.MoreThan, 0), Text: "more than 38",
			Start: 4, End: 16, Line: 2, Col: 5, Sentence: "At more than 38 dead.", Heading: "Toll",
			Attribution: "coast guard", Period: "2024", Target: true, Superseded: true, Published: "2024-12-28", EventYear: 2024, EventDate: "2024-12", Scope: claims.Scope{Kind: claims.ScopePlace, Name: "Al Haouz"}, Event: "Hurricane Katrina", EventPhrase: "ferry sinking", Concept: "ship", Happening: "sank off the coast", Resolved: "placed by the event's date", Earlier: "2024-12-29T08:00:00Z"},
		{Source: "full", Path: "dir/full.html", Kind: mention.KindMoney, Metric: "cost", Subject: "repairs",
			Value: mention.NewNumber(3.7e9, "USD", mention.AtMost, 0), Text: "up to $3.7bn",
			Start: 20, End: 32, Line: 3, Col: 1, Sentence: "s", Heading: "h", Attribution: "a", Period: "p", Target: true, Superseded: true,
			Published: "2024-12-28", EventYear: 2023, EventDate: "2023-05-01", Scope: claims.Scope{Kind: claims.ScopePlace, Name: "Al Haouz"}, Event: "Hurricane Katrina", EventPhrase: "ferry sinking", Concept: "ship", Happening: "sank off the coast", Resolved: "placed by the event's date", Earlier: "2024-12-29T08:00:00Z"},
		{Source: "full", Path: "dir/full.html", Kind: mention.KindDate, Metric: "date of sinking", Subject: "ferry",
			Value: mention.Value{Number: 20000, Low: 20000, High: 20030, Unit: "day", Qualifier: mention.Approx,
				Date: &mention.Date{Year: 2024, Month: 12, Day: 31, Mod: mention.ModEnd, Relative: true, Week: 52, Weekday: 2,
					To: &mention.Date{Year: 2025, Month: 1, Day: 2}}},
			Text: "late December", Start: 40, End: 53, Line: 4, Col: 2, Sentence: "s", Heading: "h", Attribution: "a", Period: "p",
			Target: true, Superseded: true, Published: "2024-12-28", EventYear: 2024, EventDate: "2024-12-30", Scope: claims.Scope{Kind: claims.ScopePlace, Name: "Al Haouz"}, Event: "Hurricane Katrina", EventPhrase: "ferry sinking", Concept: "ship", Happening: "sank off the coast", Resolved: "placed by the event's date", Earlier: "2024-12-29T08:00:00Z"},
		{Source: "full", Path: "dir/full.html", Kind: mention.KindPercent, Metric: "share", Subject: "ñandú ünïcode",
			Value: mention.Value{Number: 0.1, Low: math.Inf(-1), High: math.Nextafter(0.1, 0), Unit: "%", Qualifier: mention.LessThan},
			Text:  "under 0.1%", Start: 60, End: 70, Line: 5, Col: 3, Sentence: "s", Heading: "h", Attribution: "a", Period: "p",
			Target: true, Superseded: true, Published: "2024-12-28", EventYear: 1997, EventDate: "1997-08", Scope: claims.Scope{Kind: claims.ScopePlace, Name: "Al Haouz"}, Event: "Hurricane Katrina", EventPhrase: "ferry sinking", Concept: "ship", Happening: "sank off the coast", Resolved: "placed by the event's date", Earlier: "2024-12-29T08:00:00Z"},
	}
}

// nonZero fails when a field of v (a struct) is zero: a field added to the
// type must be added to the fixture, so that the round trip covers it.
func nonZero(t *testing.T, what string, v reflect.Value) {
	t.Helper()
	for i := 0; i < v.NumField(); i++ {
		f := v.Type().Field(i)
		if f.IsExported() && v.Field(i).IsZero() {
			t.Errorf("%s.%s is zero in the fixture: set it, so that the round trip covers it", what, f.Name)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	d := doc("full", strings.Repeat("At more than 38 dead, up to $3.7bn in late December; under 0.1% of all.\n", 3))
	d.Path, d.Format = "dir/full.html", "html"
	d.Title, d.Outlet, d.Author, d.URL = "A ferry sinks", "The Harbour Post", "J. Doe", "https://example.org/ferry"
	d.Published = time.Date(2024, 12, 28, 9, 30, 0, 0, time.UTC)
	d.Modified = time.Date(2024, 12, 29, 7, 15, 0, 0, time.UTC)
	d.Blocks = []sources.Block{{Kind: sources.Heading, Start: 0, End: 10}, {Kind: sources.Paragraph, Start: 11, End: 70}}
	d.Sentences = []sources.Span{{Start: 11, End: 30}, {Start: 31, End: 70}}
	want := fullClaims()
	for _, c := range want {
		nonZero(t, "claims.Claim", reflect.ValueOf(c))
	}
	nonZero(t, "mention.Value", reflect.ValueOf(want[2].Value))
	nonZero(t, "mention.Date", reflect.ValueOf(*want[2].Value.Date))
	nonZero(t, "sources.Document", reflect.ValueOf(*d))
	forEachBackend(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		st, _ := openNew(t, b)
		if _, err := st.Put(ctx, d, want); err != nil {
			t.Fatal(err)
		}
		docs, got, err := st.Load(ctx, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(docs) != 1 || !reflect.DeepEqual(*docs[0], *d) {
			t.Errorf("document: got %+v, want %+v", docs, d)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("claims:\n got %#v\nwant %#v", got, want)
		}
		if got[0].Position() != want[0].Position() {
			t.Errorf("position: got %v, want %v", got[0].Position(), want[0].Position())
		}
	})
}

func TestRevisionsKept(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		st, _ := openNew(t, b)
		v1 := doc("a", "First 10 were hurt.")
		v2 := doc("a", "Later 12 were hurt.")
		c1 := []claims.Claim{claimAt(v1, "10", mention.KindCount, "injured", "crash", 10)}
		c2 := []claims.Claim{claimAt(v2, "12", mention.KindCount, "injured", "crash", 12)}
		st.Put(ctx, v1, c1)
		st.Put(ctx, v2, c2)
		var recs []Record
		if err := st.Records(ctx, Filter{}, func(r Record) error { recs = append(recs, r); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(recs) != 1 || len(recs[0].Revisions) != 2 {
			t.Fatalf("got %d records, want 1 with 2 revisions: %+v", len(recs), recs)
		}
		for i, want := range []struct {
			text  string
			claim string
		}{{v1.Text, "10"}, {v2.Text, "12"}} {
			r := recs[0].Revisions[i]
			if r.Revision != i+1 || r.Document.Text != want.text || len(r.Claims) != 1 || r.Claims[0].Text != want.claim {
				t.Errorf("revision %d: got %d %q %+v, want %q with claim %q", i+1, r.Revision, r.Document.Text, r.Claims, want.text, want.claim)
			}
		}
		_, cl, _ := st.Load(ctx, Filter{})
		if len(cl) != 1 || cl[0].Text != "12" {
			t.Errorf("current claims: got %+v, want the claim of revision 2", cl)
		}
		one, err := st.Record(ctx, "a")
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(one, recs[0]) {
			t.Errorf("Record(a): got %+v, want what Records gives, %+v", one, recs[0])
		}
		if _, err := st.Record(ctx, "b"); !errors.Is(err, ErrNoSource) || !strings.Contains(err.Error(), "source b: no such source") {
			t.Errorf("Record(b): got %v, want ErrNoSource naming b", err)
		}
	})
}

// seed stores three sources with a few claims each.
func seed(t *testing.T, st Store) {
	t.Helper()
	ctx := context.Background()
	a := doc("bbc-1", "A quake killed 52 people and injured 300 in Nepal; damage 4% of GDP.")
	b := doc("bbc-2", "The Nepal quake death toll rose to 55 (50% more than feared).")
	c := doc("cnn-1", "Officials said 100_% of the 52 victims were found.")
	for _, p := range []struct {
		d  *sources.Document
		cl []claims.Claim
	}{
		{a, []claims.Claim{
			claimAt(a, "52", mention.KindCount, "deaths", "Nepal earthquake", 52),
			claimAt(a, "300", mention.KindCount, "injured", "Nepal earthquake", 300),
			claimAt(a, "4%", mention.KindPercent, "damage", "Nepal GDP", 4)}},
		{b, []claims.Claim{
			claimAt(b, "55", mention.KindCount, "Deaths", "the NEPAL earthquake", 55),
			claimAt(b, "50%", mention.KindPercent, "excess", "50% estimate", 50)}},
		{c, []claims.Claim{
			claimAt(c, "100_%", mention.KindPercent, "found", "victims 100_% found", 100),
			claimAt(c, "52", mention.KindCount, "deaths", "quake victims", 52)}},
	} {
		if _, err := st.Put(ctx, p.d, p.cl); err != nil {
			t.Fatal(err)
		}
	}
}

func claimTexts(cl []claims.Claim) string {
	var s []string
	for _, c := range cl {
		s = append(s, c.Source+":"+c.Text)
	}
	return strings.Join(s, " ")
}

func TestClaimsQuery(t *testing.T) {
	cases := []struct {
		name string
		q    Query
		want string
	}{
		{"all", Query{}, "bbc-1:52 bbc-1:300 bbc-1:4% bbc-2:55 bbc-2:50% cnn-1:100_% cnn-1:52"},
		{"kind", Query{Kind: mention.KindPercent}, "bbc-1:4% bbc-2:50% cnn-1:100_%"},
		{"metric any case", Query{Metric: "deaths"}, "bbc-1:52 bbc-2:55 cnn-1:52"},
		{"kind and metric", Query{Kind: mention.KindCount, Metric: "injured"}, "bbc-1:300"},
		{"subject text any case", Query{Subject: "nepal"}, "bbc-1:52 bbc-1:300 bbc-1:4% bbc-2:55"},
		{"subject with %", Query{Subject: "50%"}, "bbc-2:50%"},
		{"subject with _ is literal", Query{Subject: "100_%"}, "cnn-1:100_%"},
		{"source glob", Query{Filter: Filter{IDs: []string{"bbc-*"}}, Kind: mention.KindCount}, "bbc-1:52 bbc-1:300 bbc-2:55"},
		{"two sources", Query{Filter: Filter{IDs: []string{"bbc-2", "cnn-1"}}, Metric: "deaths"}, "bbc-2:55 cnn-1:52"},
		{"nothing matches", Query{Kind: mention.KindDate}, ""},
	}
	forEachBackend(t, func(t *testing.T, b backend) {
		st, _ := openNew(t, b)
		seed(t, st)
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				got, err := st.Claims(context.Background(), c.q)
				if err != nil {
					t.Fatal(err)
				}
				if claimTexts(got) != c.want {
					t.Errorf("got %v, want %v", claimTexts(got), c.want)
				}
			})
		}
	})
}

func TestFilter(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		st, _ := openNew(t, b)
		seed(t, st)
		later := time.Now().Add(time.Hour)
		cases := []struct {
			name    string
			f       Filter
			want    string
			wantErr string
		}{
			{"all", Filter{}, "bbc-1 bbc-2 cnn-1", ""},
			{"glob", Filter{IDs: []string{"*-1"}}, "bbc-1 cnn-1", ""},
			{"since the past", Filter{Since: time.Now().Add(-time.Hour)}, "bbc-1 bbc-2 cnn-1", ""},
			{"since the future", Filter{Since: later}, "", ""},
			{"pattern matching nothing", Filter{IDs: []string{"bbc-1", "fox-*"}}, "", `--source "fox-*": no stored source matches`},
			{"bad pattern", Filter{IDs: []string{"[a"}}, "", `--source "[a"`},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				docs, cl, err := st.Load(ctx, c.f)
				if c.wantErr != "" {
					if err == nil || !strings.Contains(err.Error(), c.wantErr) {
						t.Fatalf("got error %v, want %q", err, c.wantErr)
					}
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				var ids []string
				for _, d := range docs {
					ids = append(ids, d.ID)
				}
				if got := strings.Join(ids, " "); got != c.want {
					t.Errorf("got %v, want %v", got, c.want)
				}
				for _, x := range cl {
					if !strings.Contains(" "+c.want+" ", " "+x.Source+" ") {
						t.Errorf("claim of %s, which the filter leaves out", x.Source)
					}
				}
			})
		}
	})
}

func TestExportImport(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		src, _ := openNew(t, b)
		seed(t, src)
		full := doc("full", "x")
		src.Put(ctx, full, fullClaims())
		v2 := doc("bbc-1", "A quake killed 53 people.")
		src.Put(ctx, v2, []claims.Claim{claimAt(v2, "53", mention.KindCount, "deaths", "quake", 53)})
		var first bytes.Buffer
		n, err := Export(ctx, src, Filter{}, &first)
		if err != nil || n != 4 {
			t.Fatalf("export: got %d, %v, want 4 sources", n, err)
		}
		// Into a store of each kind: the export is the same bytes.
		for _, into := range backends {
			t.Run("into "+into.name, func(t *testing.T) {
				dst, _ := openNew(t, into)
				for i, want := range []Summary{{Sources: 4, New: 4, Claims: 9}, {Sources: 4, Unchanged: 4}} {
					sum, err := Import(ctx, dst, bytes.NewReader(first.Bytes()), "dump.jsonl")
					if err != nil || len(sum.Errs) > 0 {
						t.Fatalf("import %d: %v %v", i+1, err, sum.Errs)
					}
					if !reflect.DeepEqual(sum, want) {
						t.Errorf("import %d: got %+v, want %+v", i+1, sum, want)
					}
				}
				var again bytes.Buffer
				if _, err := Export(ctx, dst, Filter{}, &again); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(again.Bytes(), first.Bytes()) {
					t.Errorf("export after import differs:\n got %s\nwant %s", again.Bytes(), first.Bytes())
				}
				d1, c1, _ := src.Load(ctx, Filter{})
				d2, c2, _ := dst.Load(ctx, Filter{})
				if !reflect.DeepEqual(d1, d2) || !reflect.DeepEqual(c1, c2) {
					t.Errorf("load after import differs")
				}
			})
		}
	})
}

func TestImportBadLines(t *testing.T) {
	ctx := context.Background()
	st, _ := openNew(t, sqliteBackend)
	in := `{"id":"a","revisions":[]}
not json

{"id":"b","revisions":[{"revision":1,"ingested":"2025-01-02T03:04:05Z","document":{"ID":"b","Text":"hi","Hash":"h"},"claims":[]}],"extra":1}
{"id":"c","revisions":[{"revision":1,"ingested":"2025-01-02T03:04:05Z","document":{"ID":"c","Text":"hi","Hash":"h"},"claims":[]}]}
`
	sum, err := Import(ctx, st, strings.NewReader(in), "in.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range sum.Errs {
		got = append(got, e.Error()[:len("in.jsonl:1")])
	}
	if want := "in.jsonl:1 in.jsonl:2 in.jsonl:4"; strings.Join(got, " ") != want || sum.New != 1 {
		t.Errorf("got errors %v and %d new, want %v and 1 new", got, sum.New, want)
	}
}

func TestTooNew(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		st, loc := openNew(t, b)
		s := st.(*sqlStore)
		if _, err := s.db.Exec(s.d.rebind(`INSERT INTO schema_version (version, note) VALUES (?, ?)`), SchemaVersion+1, "from the future"); err != nil {
			t.Fatal(err)
		}
		st.Close()
		for _, create := range []bool{false, true} {
			_, err := Open(ctx, loc, Options{Create: create})
			if !errors.Is(err, ErrTooNew) || !strings.Contains(err.Error(), "newer claimdiff") {
				t.Errorf("create=%v: got %v, want %v", create, err, ErrTooNew)
			}
		}
	})
}
