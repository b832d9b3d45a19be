//go:build !(aix || darwin || dragonfly || freebsd || linux || netbsd || openbsd || solaris || zos)

package cli

func fdWidth(uintptr) int { return 0 }
