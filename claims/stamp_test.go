package claims

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/internal/buildinfo"
	"github.com/claimdiff/claimdiff/internal/wordlist"
)

func TestExtractorStamp(t *testing.T) {
	s := ExtractorStamp()
	if s != ExtractorStamp() {
		t.Fatal("the stamp is not stable")
	}
	if !strings.HasPrefix(s, buildinfo.Version()+"+vocab.") || len(s) != len(buildinfo.Version()+"+vocab.")+16 {
		t.Errorf("got %q, want the version, +vocab. and 16 hex digits", s)
	}
	if !strings.HasSuffix(s, wordlist.Hash()[:16]) {
		t.Errorf("got %q: it does not end with the hash of the word lists", s)
	}
}

// The stamp covers the word lists of every package that reads claims.
func TestExtractorStampCoversTheWordLists(t *testing.T) {
	got := strings.Join(wordlist.Registered(), " ")
	for _, p := range []string{"sources", "claims/mention"} {
		if !strings.Contains(" "+got+" ", " "+p+" ") {
			t.Errorf("registered word lists %q: %s is missing", got, p)
		}
	}
}
