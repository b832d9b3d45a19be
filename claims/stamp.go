package claims

import (
	"sync"

	"github.com/claimdiff/claimdiff/internal/buildinfo"
	"github.com/claimdiff/claimdiff/internal/wordlist"
)

// ExtractorStamp names the extractor of this build: claimdiff's version and
// a hash of every word list and table its readers load (all the files
// registered with package wordlist, in sources, mention, claims and any
// package added later), "v1.2.0+vocab.3f2a9c1d0b7e4a55". A claim store
// keeps it with each source's claims: claims stamped otherwise were read by
// other rules, and are extracted again on the next ingest.
func ExtractorStamp() string { return extractorStamp() }

var extractorStamp = sync.OnceValue(func() string {
	return buildinfo.Version() + "+vocab." + wordlist.Hash()[:16]
})
