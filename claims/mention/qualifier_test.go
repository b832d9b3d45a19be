package mention

import (
	"fmt"
	"math"
	"testing"
)

func TestQualify(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		name   string
		text   string
		want   string // the qualified mention's text
		q      Qualifier
		lo, hi float64
		unit   string
	}{
		{"at least", "killed at least 38 people", "at least 38", AtLeast, 38, inf, ""},
		{"more than", "more than 240 injured", "more than 240", MoreThan, 240, inf, ""},
		{"over", "over 240 injured", "over 240", MoreThan, 240, inf, ""},
		{"nearly", "handles nearly 1.5 million tons", "nearly 1.5 million tons", Nearly, 1.5e6, 1.5e6, "t"},
		{"almost", "almost 40 people", "almost 40", Nearly, 40, 40, ""},
		{"about", "about 40 people", "about 40", Approx, 40, 40, ""},
		{"around", "Around 600,000 tons", "Around 600,000 tons", Approx, 600000, 600000, "t"},
		{"approximately", "reached approximately $3.7 billion", "approximately $3.7 billion", Approx, 3.7e9, 3.7e9, "USD"},
		{"roughly", "roughly 2 000 peacekeepers", "roughly 2 000", Approx, 2000, 2000, ""},
		{"some", "some 300 people", "some 300", Approx, 300, 300, ""},
		{"an estimated", "sending home an estimated $800 million", "an estimated $800 million", Estimated, 8e8, 8e8, "USD"},
		{"up to", "up to 40 people", "up to 40", AtMost, 0, 40, ""},
		{"fewer than", "fewer than 40 people", "fewer than 40", LessThan, 0, 40, ""},
		{"less than", "less than 5 percent", "less than 5 percent", LessThan, 0, 5, "%"},
		{"under", "under 40 people", "under 40", LessThan, 0, 40, ""},
		{"no more than", "no more than 40 people", "no more than 40", AtMost, 0, 40, ""},
		{"between", "between 30 and 40 people", "between 30 and 40", Range, 30, 40, ""},
		{"to", "30 to 40 people", "30 to 40", Range, 30, 40, ""},
		{"hyphen", "30-40 people", "30-40", Range, 30, 40, ""},
		{"en dash", "30–40 people", "30–40", Range, 30, 40, ""},
		{"from to is a change", "the toll rose from 35 to 38", "35", Exact, 35, 35, ""},
		{"money range with scale", "cost $30-40 million", "$30-40 million", Range, 3e7, 4e7, "USD"},
		{"percent range", "grew 5-6% a year", "5-6%", Range, 5, 6, "%"},
		{"or more", "38 or more people", "38 or more", AtLeast, 38, inf, ""},
		{"or so", "40 or so people", "40 or so", Approx, 40, 40, ""},
		{"plus", "40-plus people", "40-plus", AtLeast, 40, inf, ""},
		{"bare", "killed 38 people", "38", Exact, 38, 38, ""},
		{"over as a preposition", "the dispute over 38 deaths", "38", Exact, 38, 38, ""},
		{"and without between", "killed 38 and injured 40", "38", Exact, 38, 38, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := Qualify(tt.text, (numberRecognizer{}).Recognize(tt.text, RecognizeOptions{}))
			if len(ms) == 0 {
				t.Fatalf("got no mentions, want %q", tt.want)
			}
			m := ms[0]
			if m.Text != tt.want || tt.text[m.Start:m.End] != m.Text {
				t.Errorf("got text %q [%d,%d], want %q", m.Text, m.Start, m.End, tt.want)
			}
			v := m.Value
			if v.Qualifier != tt.q || v.Low != tt.lo || v.High != tt.hi || v.Unit != tt.unit {
				t.Errorf("got %#v, want %q [%v,%v] %q", v, tt.q, tt.lo, tt.hi, tt.unit)
			}
		})
	}
}

func TestQualifyLeavesOthers(t *testing.T) {
	text := "on the 4th, dozens of people"
	in := (numberRecognizer{}).Recognize(text, RecognizeOptions{})
	out := Qualify(text, in)
	if len(out) != len(in) {
		t.Fatalf("got %d mentions, want %d", len(out), len(in))
	}
	for i := range in {
		if out[i].Text != in[i].Text || out[i].Value.Qualifier != in[i].Value.Qualifier {
			t.Errorf("got %q %q, want %q %q", out[i].Text, out[i].Value.Qualifier, in[i].Text, in[i].Value.Qualifier)
		}
	}
}

func ExampleQualify() {
	text := "The crash killed at least 38 people; trade reached about $3.7 billion, between 5% and 6% of the total."
	for _, m := range Qualify(text, FindMentions(text, RecognizeOptions{})) {
		fmt.Printf("%s %q: %v\n", m.Kind, m.Text, m.Value)
	}
	// Output:
	// number "at least 38": at least 38
	// money "about $3.7 billion": about USD 3.7 billion
	// percent "between 5% and 6%": 5%–6%
}
