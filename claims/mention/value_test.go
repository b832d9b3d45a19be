package mention

import "testing"

func TestPluralDisplay(t *testing.T) {
	for _, tc := range []struct {
		n, want string
		unit    string
		number  float64
	}{
		{"dozens", "dozens", "", 12},
		{"hundreds", "hundreds", "", 100},
		{"thousands", "thousands", "", 1000},
		{"tens of thousands", "tens of thousands", "", 1e4},
		{"hundreds of millions of dollars", "USD hundreds of millions", "USD", 1e8},
		{"an odd base keeps the old form", "dozens (30s)", "", 30},
	} {
		if got := NewNumber(tc.number, tc.unit, Plural, 0).String(); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.n, got, tc.want)
		}
	}
}

// Fingerprints keep the first rendering of vague magnitudes, so that
// baselines of accepted disagreements written before stay valid.
func TestPluralFingerprintForm(t *testing.T) {
	if got := NewNumber(1000, "", Plural, 0).FingerprintString(); got != "dozens (1,000s)" {
		t.Errorf("got %q", got)
	}
}
