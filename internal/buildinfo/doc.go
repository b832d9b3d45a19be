// Package buildinfo says which claimdiff this is, from the build
// information the Go toolchain records in every binary: the module version
// of a "go install ...@v1.2.0", the version "go build" derives from the
// repository's tag or commit (with "+dirty" for uncommitted changes), or,
// failing both, the commit. It is what --version prints, what SARIF names
// as the tool's version, and part of the stamp stored claims carry.
//
//	fmt.Println("claimdiff", buildinfo.Version()) // claimdiff v1.2.0
package buildinfo
