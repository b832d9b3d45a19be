package cli

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// byteSize is a flag holding a number of bytes, written plainly (1048576)
// or with a unit: K, M, G, KiB, MiB, GiB count in 1024s, kB, KB, MB, GB in
// 1000s (1.5MiB, 16M, 500kB). Negative sizes are refused.
type byteSize int64

// sizeUnits are the units byteSize reads, lower-cased, longest first.
var sizeUnits = []struct {
	name string
	n    float64
}{
	{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30},
	{"kb", 1e3}, {"mb", 1e6}, {"gb", 1e9},
	{"k", 1 << 10}, {"m", 1 << 20}, {"g", 1 << 30},
	{"b", 1},
}

func (s *byteSize) Set(v string) error {
	t := strings.ToLower(strings.TrimSpace(v))
	mult := 1.0
	for _, u := range sizeUnits {
		if strings.HasSuffix(t, u.name) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.name)), u.n
			break
		}
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil || t == "" || math.IsNaN(f) || math.IsInf(f, 0) {
		return fmt.Errorf("%q is not a size: want bytes (1048576) or a number with a unit (16MiB, 500kB, 2G)", v)
	}
	if f < 0 {
		return fmt.Errorf("%q: a size cannot be negative", v)
	}
	n := f * mult
	if n > math.MaxInt32*float64(1<<31) {
		return fmt.Errorf("%q: too large", v)
	}
	*s = byteSize(math.Round(n))
	return nil
}

func (s *byteSize) String() string { return strconv.FormatInt(int64(*s), 10) }

func (s *byteSize) Type() string { return "size" }
