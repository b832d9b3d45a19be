package cli

import "errors"

// loadStore reads documents and claims from a claim store (placeholder until
// the store lands).
func loadStore(io *IOStreams, o inputOptions) (*loaded, error) {
	return nil, errors.New("--store: the claim store is not written yet")
}
