package buildinfo

import (
	"runtime/debug"
	"sync"
)

// Module is claimdiff's module path.
const Module = "github.com/claimdiff/claimdiff"

// Devel is the version of a build that records none: a test binary, or a
// build outside a repository.
const Devel = "(devel)"

// Version is claimdiff's version: see the package comment.
var Version = sync.OnceValue(func() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return Devel
	}
	return versionOf(bi)
})

// versionOf reads claimdiff's version from build information: the main
// module's, or else its commit; or the dependency's when another program
// imports claimdiff.
func versionOf(bi *debug.BuildInfo) string {
	if bi.Main.Path != Module {
		for _, d := range bi.Deps {
			if d.Path == Module {
				if d.Replace != nil {
					d = d.Replace
				}
				return known(d.Version)
			}
		}
		return Devel
	}
	if v := bi.Main.Version; known(v) != Devel {
		return v
	}
	var rev string
	dirty := false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev == "" {
		return Devel
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if dirty {
		rev += "+dirty"
	}
	return rev
}

func known(v string) string {
	if v == "" {
		return Devel
	}
	return v
}
