package check

import (
	"reflect"
	"strings"
	"testing"
)

// FuzzBaseline: a baseline file is untrusted (a pull request may change
// it). Any bytes are read without a panic; what is read is written and
// read back the same, and its stale messages are one printable line.
func FuzzBaseline(f *testing.F) {
	f.Add([]byte(`{"version":1,"accepted":[{"fingerprint":"0123456789abcdef","status":"conflict","kind":"count","metric":"deaths","subject":"x","values":[{"value":"12","sources":["a"]}],"note":"ok"}]}`))
	f.Add([]byte(`{"version":1,"accepted":[{"fingerprint":"f","status":"c","kind":"k","subject":"\u001b[2J::error::x\n","values":[]}]}`))
	f.Add([]byte(`{"version":2}`))
	f.Add([]byte(`{"version":1,"accepted":[{"fingerprint":""}]}`))
	f.Add([]byte("not json"))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := parseBaseline("b.json", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "b.json") {
				t.Fatalf("an error that does not name the file: %v", err)
			}
			return
		}
		for _, e := range b.Entries {
			msg := staleMessage(e)
			if strings.ContainsAny(msg, "\n\r\x1b\x07") {
				t.Fatalf("stale message not one printable line: %q", msg)
			}
		}
		out, err := b.Marshal()
		if err != nil {
			return // a value encoding/json refuses to write (invalid UTF-8 is replaced, not refused)
		}
		again, err := parseBaseline("b.json", out)
		if err != nil {
			t.Fatalf("what was written does not read back: %v\n%s", err, out)
		}
		strip := func(es []Entry) []Entry {
			out := make([]Entry, len(es))
			for i, e := range es {
				e.Line = 0
				out[i] = e
			}
			return out
		}
		if len(b.Entries) > 0 && !reflect.DeepEqual(strip(again.Entries), strip(b.Entries)) && strings.ToValidUTF8(string(data), "") == string(data) {
			t.Fatalf("read back differs:\n%+v\n%+v", again.Entries, b.Entries)
		}
	})
}
