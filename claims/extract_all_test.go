package claims

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/claimdiff/claimdiff/sources"
)

func extractAllDocs(t *testing.T, n int) []*sources.Document {
	t.Helper()
	var docs []*sources.Document
	for i := range n {
		d, err := sources.Parse(fmt.Sprintf("s%02d.txt", i), []byte(fmt.Sprintf("Officials said %d people were killed and 40 injured in the flood.\n", 10+i)), sources.Options{})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

func TestExtractAllContextProgress(t *testing.T) {
	docs := extractAllDocs(t, 12)
	var seen []int
	got, err := ExtractAllContext(context.Background(), docs, ExtractOptions{}, func(done int) { seen = append(seen, done) })
	if err != nil {
		t.Fatal(err)
	}
	if want := ExtractAll(docs, ExtractOptions{}); !reflect.DeepEqual(got, want) {
		t.Errorf("got %d claims, want ExtractAll's %d", len(got), len(want))
	}
	for i, n := range seen {
		if n != i+1 {
			t.Fatalf("progress: got %v, want 1 to %d in order", seen, len(docs))
		}
	}
	if len(seen) != len(docs) {
		t.Errorf("progress: got %d calls, want %d", len(seen), len(docs))
	}
}

func TestExtractAllContextCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	cl, err := ExtractAllContext(ctx, extractAllDocs(t, 12), ExtractOptions{}, nil)
	if !errors.Is(err, context.Canceled) || cl != nil {
		t.Errorf("got %d claims, %v, want none and context.Canceled", len(cl), err)
	}
}
