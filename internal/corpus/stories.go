package corpus

import "math/rand"

// GenerateStories returns n articles telling the given number of stories,
// each story's articles one after the other: an archive in which a story
// has many sources (10,000 articles in 300 stories give 33 a story).
// Deterministic for a seed; stories is kept between 1 and n.
func GenerateStories(n, stories int, seed int64) []Article {
	r := rand.New(rand.NewSource(seed))
	stories = max(1, min(stories, n))
	out := make([]Article, 0, n)
	var st *story
	k := 0 // the article's number within its story
	for i := range n {
		if id := i * stories / n; st == nil || st.id != id {
			st, k = newStory(r, id), 0
		}
		out = append(out, st.article(r, k))
		k++
	}
	return out
}
