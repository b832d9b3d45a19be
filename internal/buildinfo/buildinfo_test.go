package buildinfo

import (
	"runtime/debug"
	"testing"
)

func TestVersionOf(t *testing.T) {
	mod := func(path, version string) debug.Module { return debug.Module{Path: path, Version: version} }
	vcs := []debug.BuildSetting{{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.modified", Value: "true"}}
	tests := []struct {
		name string
		bi   debug.BuildInfo
		want string
	}{
		{"go install at a tag", debug.BuildInfo{Main: mod(Module, "v1.2.0")}, "v1.2.0"},
		{"go build in a repository", debug.BuildInfo{Main: mod(Module, "v1.2.1-0.20250715101500-0123456789ab+dirty"), Settings: vcs},
			"v1.2.1-0.20250715101500-0123456789ab+dirty"},
		{"a commit, no version", debug.BuildInfo{Main: mod(Module, Devel), Settings: vcs}, "0123456789ab+dirty"},
		{"nothing recorded", debug.BuildInfo{Main: mod(Module, Devel)}, Devel},
		{"empty version", debug.BuildInfo{Main: mod(Module, "")}, Devel},
		{"a dependency of another program", debug.BuildInfo{Main: mod("example.org/tool", "v0.1.0"),
			Deps: []*debug.Module{{Path: "golang.org/x/text", Version: "v0.3.0"}, {Path: Module, Version: "v1.3.0"}}}, "v1.3.0"},
		{"a replaced dependency", debug.BuildInfo{Main: mod("example.org/tool", "v0.1.0"),
			Deps: []*debug.Module{{Path: Module, Version: "v1.3.0", Replace: &debug.Module{Path: "../claimdiff", Version: ""}}}}, Devel},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := versionOf(&tt.bi); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestVersionIsNeverEmpty(t *testing.T) {
	if Version() == "" {
		t.Error("empty version")
	}
}
