package compare

import (
	"runtime"
	"sync"

	"github.com/claimdiff/claimdiff/claims"
)

// CompareStories compares each group of claims as a story of its own
// (Compare) and hands each story's findings to sink in the groups' order:
// sink(0, …), sink(1, …), and so on, from one goroutine at a time. Stories
// are compared on all the processors, a few at a time: a story's findings
// wait for the sink only while the stories before it are still being
// compared, so the memory held is that of a few stories, not of the
// archive. The first error sink returns stops the run and is returned.
func CompareStories(stories [][]claims.Claim, opt Options, sink func(story int, findings []Finding) error) error {
	workers := runtime.GOMAXPROCS(0)
	if len(stories) < 2 {
		// one story: its facts are what runs in parallel
		for i, cl := range stories {
			if err := sink(i, compareStory(cl, opt, workers)); err != nil {
				return err
			}
		}
		return nil
	}
	// Story i is started once story i-window has been handed to the sink.
	window := 2 * workers
	results := make([]chan []Finding, len(stories))
	for i := range results {
		results[i] = make(chan []Finding, 1)
	}
	slots := make(chan struct{}, window)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		for i, cl := range stories {
			select {
			case slots <- struct{}{}:
			case <-stop:
				return
			}
			wg.Go(func() { results[i] <- compareStory(cl, opt, 1) })
		}
	})
	var err error
	for i := range stories {
		fs := <-results[i]
		<-slots
		if err = sink(i, fs); err != nil {
			break
		}
	}
	close(stop) // the stories under way finish, and what they found is dropped
	wg.Wait()
	return err
}
