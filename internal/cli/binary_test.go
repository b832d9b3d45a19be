package cli

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
)

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// claimdiffBinary builds the real binary once for the tests that run it;
// they are skipped by -short.
func claimdiffBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the claimdiff binary; skipped with -short")
	}
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "claimdiff-cli-bin")
		if err != nil {
			binErr = err
			return
		}
		os.Chmod(dir, 0o755) // another user runs it (runAsUser)
		binPath = filepath.Join(dir, "claimdiff")
		if out, err := exec.Command("go", "build", "-o", binPath, "github.com/claimdiff/claimdiff/cmd/claimdiff").CombinedOutput(); err != nil {
			binErr = errors.New("go build: " + err.Error() + "\n" + string(out))
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// runAsUser runs the binary with args, as the unprivileged user nobody when
// the tests run as root (to whom every directory is readable), from the
// directory of the last argument; the directories on the way are opened to
// that user.
func runAsUser(t *testing.T, bin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = os.TempDir()
	if os.Geteuid() == 0 {
		for d := filepath.Dir(args[len(args)-1]); d != "/" && d != "." && d != os.TempDir(); d = filepath.Dir(d) {
			os.Chmod(d, 0o755)
		}
		os.Chmod(args[len(args)-1], 0o755)
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	}
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		code = ee.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	return out.String(), errOut.String(), code
}
