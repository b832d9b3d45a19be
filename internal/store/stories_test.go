package store

import (
	"context"
	"math/rand"
	"reflect"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/story"
	"github.com/claimdiff/claimdiff/internal/corpus"
	"github.com/claimdiff/claimdiff/sources"
)

// generatedDocs are n generated articles read as documents, with their claims.
func generatedDocs(t testing.TB, n int) ([]*sources.Document, map[string][]claims.Claim) {
	t.Helper()
	var docs []*sources.Document
	cl := map[string][]claims.Claim{}
	for _, a := range corpus.Generate(n, 7) {
		d, err := sources.Parse(a.ID+".txt", []byte(a.Text), sources.Options{Published: a.Published})
		if err != nil {
			t.Fatal(err)
		}
		d.ID = a.ID
		docs = append(docs, d)
		cl[d.ID] = claims.Extract(d, claims.ExtractOptions{})
	}
	return docs, cl
}

// storedStories is a store's stories, failing the test on an error or a
// source without one.
func storedStories(t *testing.T, st Store) []story.Story {
	t.Helper()
	ss, missing, err := st.Stories(context.Background(), Filter{})
	if err != nil || len(missing) > 0 {
		t.Fatalf("Stories: %v, missing %v", err, missing)
	}
	return ss
}

// TestStoriesIncremental stores generated sources one at a time in two
// orders: the stories are the same, and the same as grouping all the
// sources at once.
func TestStoriesIncremental(t *testing.T) {
	docs, cl := generatedDocs(t, 60) // ten stories
	var ps []story.Profile
	for _, d := range docs {
		ps = append(ps, story.NewProfile(d, cl[d.ID]))
	}
	want := story.Group(ps)
	if len(want) != 10 {
		t.Fatalf("grouped at once: got %d stories, want 10", len(want))
	}
	forEachBackend(t, func(t *testing.T, b backend) {
		for _, seed := range []int64{1, 2} {
			st, _ := openNew(t, b)
			order := rand.New(rand.NewSource(seed)).Perm(len(docs))
			for _, i := range order {
				if _, err := st.Put(context.Background(), docs[i], cl[docs[i].ID]); err != nil {
					t.Fatal(err)
				}
			}
			if got := storedStories(t, st); !reflect.DeepEqual(got, want) {
				t.Errorf("order %d: got %+v\nwant %+v", seed, got, want)
			}
		}
	})
}

// TestStoriesLocal adds one source to a store of 30 stories: it reads the
// profiles of its own story's sources and the few it may be related to,
// not the archive, and no other source changes story.
func TestStoriesLocal(t *testing.T) {
	docs, cl := generatedDocs(t, 181) // 30 stories and the first article of a 31st
	st, _ := openNew(t, sqliteBackend)
	ctx := context.Background()
	latest := docs[len(docs)-2] // the last article of story 29
	for _, d := range docs {
		if d == latest || d == docs[len(docs)-1] {
			continue
		}
		if _, err := st.Put(ctx, d, cl[d.ID]); err != nil {
			t.Fatal(err)
		}
	}
	before := storyOf(storedStories(t, st))
	for _, c := range []struct {
		name     string
		doc      *sources.Document
		maxReads int64
	}{
		{"a source of a stored story", latest, 2 * 6},
		{"the first source of a new story", docs[len(docs)-1], 2 * 6},
	} {
		t.Run(c.name, func(t *testing.T) {
			sq := st.(*sqlStore)
			sq.profilesRead.Store(0)
			if _, err := st.Put(ctx, c.doc, cl[c.doc.ID]); err != nil {
				t.Fatal(err)
			}
			got := sq.profilesRead.Load()
			t.Logf("read %d profiles of %d stored sources", got, len(docs)-1)
			if got > c.maxReads {
				t.Errorf("read %d profiles of %d stored sources, want at most %d", got, len(docs)-1, c.maxReads)
			}
			after := storyOf(storedStories(t, st))
			for src, id := range before {
				if after[src] != id {
					t.Errorf("source %s: story %s became %s", src, id, after[src])
				}
			}
			if c.doc == latest && after[latest.ID] != before["s0029-a00"] {
				t.Errorf("got story %s for %s, want its story's, %s", after[latest.ID], latest.ID, before["s0029-a00"])
			}
		})
	}
}

func storyOf(ss []story.Story) map[string]string {
	out := map[string]string{}
	for _, s := range ss {
		for _, src := range s.Sources {
			out[src] = s.ID
		}
	}
	return out
}

// TestStoriesChanged stores sources, then changes one's content to an
// article of another story, for several sources in turn: the stories are
// those of grouping the current sources at once. The changed source's
// neighbours whose nearest it was find their nearest again.
func TestStoriesChanged(t *testing.T) {
	docs, cl := generatedDocs(t, 36) // six stories
	ctx := context.Background()
	for k := 0; k < len(docs); k += 5 {
		st, _ := openNew(t, sqliteBackend)
		for _, d := range docs {
			if _, err := st.Put(ctx, d, cl[d.ID]); err != nil {
				t.Fatal(err)
			}
		}
		// docs[k] now tells another story's news
		moved := *docs[(k+15)%len(docs)]
		moved.ID, moved.Path = docs[k].ID, docs[k].Path
		movedClaims := claims.Extract(&moved, claims.ExtractOptions{})
		if _, err := st.Put(ctx, &moved, movedClaims); err != nil {
			t.Fatal(err)
		}
		var ps []story.Profile
		for _, d := range docs {
			if d.ID == moved.ID {
				ps = append(ps, story.NewProfile(&moved, movedClaims))
				continue
			}
			ps = append(ps, story.NewProfile(d, cl[d.ID]))
		}
		want := story.Group(ps)
		if got := storedStories(t, st); !reflect.DeepEqual(got, want) {
			t.Errorf("%s changed: got %+v\nwant %+v", moved.ID, got, want)
		}
	}
}
