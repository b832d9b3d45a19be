// Package config reads claimdiff's configuration file, .claimdiff.yaml (or
// .claimdiff.yml), found in the working directory or the nearest directory
// above it, as golangci-lint finds .golangci.yml. It holds the settings a
// team wants every run to share, so that a CI check and a compare on a
// desk agree:
//
//	# .claimdiff.yaml
//	tolerance: 0.1       # relative slack for hedged figures
//	threshold: 0.25      # context similarity above which two claims are one fact
//	fail-on: conflict    # check: conflict, rising, revised, single or any
//	exclude:             # left out of directory walks
//	  - drafts/          # a directory, relative to this file
//	  - "*.draft.md"     # a name, at any depth
//
// Flags given on the command line override the file; the file overrides
// the defaults. Settings flow one way: the commands read the file once and
// pass each setting on as an argument.
//
//	f, err := config.Discover(".")
//	if err != nil { ... } // .claimdiff.yaml:3: unknown key "tolerence"
//	if f.Tolerance != nil { opt.Tolerance = *f.Tolerance }
package config
