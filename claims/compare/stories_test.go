package compare

import (
	"errors"
	"reflect"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/corpus"
	"github.com/claimdiff/claimdiff/sources"
)

// generatedStories extracts n generated sources in the given number of
// stories, the claims of each story apart.
func generatedStories(t testing.TB, n, stories int) [][]claims.Claim {
	t.Helper()
	out := make([][]claims.Claim, stories)
	for _, a := range corpus.GenerateStories(n, stories, 7) {
		doc, err := sources.Parse(a.ID+".txt", []byte(a.Text), sources.Options{})
		if err != nil {
			t.Fatal(err)
		}
		out[a.Story] = append(out[a.Story], claims.Extract(doc, claims.ExtractOptions{})...)
	}
	return out
}

// TestCompareWorkers: the facts of a story put on sides by several
// goroutines give the findings one gives, in the same order.
func TestCompareWorkers(t *testing.T) {
	var all []claims.Claim
	for _, cl := range generatedStories(t, 240, 12) {
		all = append(all, cl...)
	}
	want := compareStory(all, Options{}, 1)
	for _, workers := range []int{2, 3, 8} {
		if got := compareStory(all, Options{}, workers); !reflect.DeepEqual(got, want) {
			t.Errorf("%d workers: the findings differ from one worker's (%d against %d)", workers, len(got), len(want))
		}
	}
}

// TestCompareStories: each story's findings are Compare's over that story
// alone, handed over in the stories' order.
func TestCompareStories(t *testing.T) {
	stories := generatedStories(t, 180, 30)
	var order []int
	err := CompareStories(stories, Options{}, func(i int, fs []Finding) error {
		order = append(order, i)
		if want := Compare(stories[i], Options{}); !reflect.DeepEqual(fs, want) {
			t.Errorf("story %d: got %d findings, want Compare's %d", i, len(fs), len(want))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, got := range order {
		if got != i {
			t.Fatalf("sink called for stories %v, want 0 to %d in order", order, len(stories)-1)
		}
	}
	if len(order) != len(stories) {
		t.Errorf("got %d stories handed over, want %d", len(order), len(stories))
	}
}

// TestCompareStoriesStops: the sink's error ends the run and is returned.
func TestCompareStoriesStops(t *testing.T) {
	stories := generatedStories(t, 120, 20)
	stop := errors.New("enough")
	calls := 0
	err := CompareStories(stories, Options{}, func(i int, fs []Finding) error {
		calls++
		if i == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Errorf("got error %v, want %v", err, stop)
	}
	if calls != 4 {
		t.Errorf("got %d calls of the sink, want 4", calls)
	}
}
