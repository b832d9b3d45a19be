package cli

import (
	"fmt"
	"strings"
	"sync"
)

// progressMin is how many sources make a progress bar worth drawing.
const progressMin = 20

// progressWidth is the length of the bar, in characters.
const progressWidth = 30

// progress is a one-line bar on a terminal's standard error: what is being
// done to how many sources. The zero of *progress (nil) draws nothing.
type progress struct {
	io    *IOStreams
	what  string // "extracting", "ingesting"
	total int
	mu    sync.Mutex
}

// newProgress returns a bar for total sources, or nil when none should be
// drawn: standard error is not a terminal, -q, or too few sources.
func newProgress(io *IOStreams, what string, total int) *progress {
	if !io.Progress() || total < progressMin {
		return nil
	}
	return &progress{io: io, what: what, total: total}
}

// set redraws the bar with done sources done.
func (p *progress) set(done int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	n := progressWidth * done / max(p.total, 1)
	fmt.Fprintf(p.io.ErrOut, "\r%s [%s%s] %d/%d sources", p.what, strings.Repeat("=", n), strings.Repeat(" ", progressWidth-n), done, p.total)
}

// note replaces the bar with a line of text: "comparing 500 sources…".
func (p *progress) note(text string) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprint(p.io.ErrOut, "\r\033[K"+text)
}

// clear erases the bar.
func (p *progress) clear() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprint(p.io.ErrOut, "\r\033[K")
}

// callback is set as a func, or nil for a nil bar.
func (p *progress) callback() func(int) {
	if p == nil {
		return nil
	}
	return p.set
}
