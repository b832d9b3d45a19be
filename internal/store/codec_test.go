package store

import (
	"context"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
)

func sameFloat(a, b float64) bool {
	return a == b && math.Signbit(a) == math.Signbit(b) || math.IsNaN(a) && math.IsNaN(b)
}

func TestFloatJSON(t *testing.T) {
	for _, f := range []float64{0, math.Copysign(0, -1), 1, -1.5, 3.7e9, math.MaxFloat64, math.SmallestNonzeroFloat64,
		math.Nextafter(38, math.Inf(1)), math.Inf(1), math.Inf(-1), math.NaN()} {
		b, err := float(f).MarshalJSON()
		if err != nil {
			t.Fatalf("%v: %v", f, err)
		}
		var got float
		if err := got.UnmarshalJSON(b); err != nil || !sameFloat(float64(got), f) {
			t.Errorf("%v: got %v (%s), %v, want %v", f, float64(got), b, err, f)
		}
	}
}

// FuzzClaimCodec: any claim survives the stored form.
func FuzzClaimCodec(f *testing.F) {
	f.Add(38.0, 38.0, math.Inf(1), "at least 38", "", "deaths", 2024, 12, 25)
	f.Add(3.7e9, 3.3e9, 4.1e9, "about $3.7bn", "USD", "trade\u00a0value", 0, 7, 7)
	f.Add(math.Copysign(0, -1), math.Inf(-1), math.NaN(), "\"quoted\" \\ text\x00", "%", "", -1, 0, 0)
	f.Fuzz(func(t *testing.T, n, lo, hi float64, text, unit, metric string, y, m, d int) {
		c := claims.Claim{Source: "s", Kind: mention.KindCount, Metric: metric, Text: text,
			Value: mention.Value{Number: n, Low: lo, High: hi, Unit: unit, Qualifier: mention.Approx}}
		if y != 0 {
			c.Value.Date = &mention.Date{Year: y, Month: m, Day: d}
		}
		s, err := encodeClaim(c)
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodeClaim(s)
		if err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		v, w := got.Value, c.Value
		if !sameFloat(v.Number, w.Number) || !sameFloat(v.Low, w.Low) || !sameFloat(v.High, w.High) {
			t.Errorf("figures: got %v %v %v, want %v %v %v", v.Number, v.Low, v.High, w.Number, w.Low, w.High)
		}
		got.Value.Number, got.Value.Low, got.Value.High = 0, 0, 0
		c.Value.Number, c.Value.Low, c.Value.High = 0, 0, 0
		if strings.ToValidUTF8(c.Text, "\uFFFD") == c.Text && strings.ToValidUTF8(c.Metric, "\uFFFD") == c.Metric &&
			strings.ToValidUTF8(c.Value.Unit, "\uFFFD") == c.Value.Unit && !reflect.DeepEqual(got, c) {
			t.Errorf("got %#v, want %#v", got, c)
		}
	})
}

// FuzzImport: any input is read without a panic, and whatever is imported
// exports again.
func FuzzImport(f *testing.F) {
	f.Add(`{"id":"a","revisions":[{"revision":1,"ingested":"2025-01-02T03:04:05Z","document":{"ID":"a","Text":"12 dead","Hash":"h"},"claims":[{"Kind":"count","Value":{"Number":12,"Low":12,"High":"+Inf"}}]}]}`)
	f.Add(`{"id":"a","revisions":[{"revision":1,"ingested":"2025-01-02T03:04:05Z","document":{"id":"a","text":"12 dead","hash":"h","blocks":[{"kind":"paragraph","start":0,"end":7}]},"claims":[{"kind":"count","event_date":"2025-01","value":{"number":12,"low":12,"high":"+Inf","date":{"year":2025,"to":null}}}]}]}`)
	f.Add("{}\n[]\nnull\n")
	f.Add(`{"id":"a","revisions":[{"revision":0}]}`)
	f.Fuzz(func(t *testing.T, in string) {
		st, _ := openNew(t, sqliteBackend)
		if _, err := Import(context.Background(), st, strings.NewReader(in), "in"); err != nil {
			return // a store error: invalid UTF-8 and the like
		}
		var out strings.Builder
		if _, err := Export(context.Background(), st, Filter{}, &out); err != nil {
			t.Fatal(err)
		}
	})
}
