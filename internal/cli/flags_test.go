package cli

import (
	"strings"
	"testing"
)

// Flags say what they do, or the command refuses them: nothing is ignored
// in silence, sizes take units, and a usage error points at the help of
// the command that was run.
func TestFlagsThatWouldLie(t *testing.T) {
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stderr []string // in order
	}{
		{"--source without --store", []string{"compare", "--source", "x", ferry[0]}, ExitError,
			[]string{"--source and --since select sources in a claim store", "Run 'claimdiff compare --help'"}},
		{"--since without --store", []string{"report", "--since", "2025-01-01", ferry[0]}, ExitError,
			[]string{"give --store too", "Run 'claimdiff report --help'"}},
		{"--since without --store in check", []string{"check", "--since", "2025-01-01", ferry[0], "--against", "testdata/ferry"}, ExitError,
			[]string{"give --store too", "Run 'claimdiff check --help'"}},
		{"negative size", []string{"compare", "--max-file-bytes", "-5", ferry[0]}, ExitError,
			[]string{"cannot be negative", "Run 'claimdiff compare --help'"}},
		{"size that is no size", []string{"extract", "--max-file-bytes", "lots", ferry[0]}, ExitError,
			[]string{`"lots" is not a size`}},
		{"size with a unit", []string{"extract", "--max-file-bytes", "1MB", ferry[0]}, 0, nil},
		{"size with an IEC unit", []string{"extract", "--max-file-bytes", "0.25KiB", ferry[0]}, ExitError,
			[]string{"over the limit of 256"}},
		{"report size with a unit", []string{"report", "--max-bytes", "64kB", ferry[0]}, 0, nil},
		{"standard input twice", []string{"compare", "-", "-"}, ExitError,
			[]string{"standard input (-) given more than once"}},
		{"unknown flag", []string{"extract", "--nope", ferry[0]}, ExitError,
			[]string{"unknown flag: --nope", "Run 'claimdiff extract --help'"}},
		{"extra argument", []string{"sources", "x"}, ExitError,
			[]string{`unknown command "x" for "claimdiff sources"`, "Run 'claimdiff sources --help'"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, code := run(t, tc.args, false, false, "Floods killed 23 people.\n")
			if code != tc.code {
				t.Errorf("exit: got %d, want %d (%s)", code, tc.code, stderr)
			}
			inOrder(t, "stderr", stderr, tc.stderr)
			if tc.code == 0 && stderr != "" {
				t.Errorf("stderr: got %q, want nothing", stderr)
			}
		})
	}
}

func TestByteSize(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int64
		err  bool
	}{
		{"1048576", 1 << 20, false},
		{"16MiB", 16 << 20, false},
		{"16M", 16 << 20, false},
		{"1MB", 1000000, false},
		{"500kB", 500000, false},
		{"1.5 KiB", 1536, false},
		{"2g", 2 << 30, false},
		{"0", 0, false},
		{"-5", 0, true},
		{"MB", 0, true},
		{"1e400", 0, true},
		{"NaN", 0, true},
	} {
		var s byteSize
		err := s.Set(tc.in)
		if (err != nil) != tc.err || !tc.err && int64(s) != tc.want {
			t.Errorf("Set(%q): got %d, %v; want %d, error %v", tc.in, s, err, tc.want, tc.err)
		}
		if err != nil && !strings.Contains(err.Error(), tc.in) {
			t.Errorf("Set(%q): the error %q does not name the value", tc.in, err)
		}
	}
}
