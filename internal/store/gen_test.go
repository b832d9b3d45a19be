package store

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// article writes a short made-up news article with figures, amounts,
// percentages and dates, different for each i.
func article(i int, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	towns := []string{"Riverton", "Lakeside", "Millbrook", "Ashford", "Crestview", "Dunmore"}
	events := []string{"flood", "fire", "storm", "landslide", "bridge collapse"}
	months := []string{"January", "March", "May", "July", "September", "November"}
	town, event := towns[r.IntN(len(towns))], events[r.IntN(len(events))]
	var b strings.Builder
	fmt.Fprintf(&b, "%s hit by %s\n\n", town, event)
	for p := 0; p < 3+r.IntN(5); p++ {
		switch r.IntN(5) {
		case 0:
			fmt.Fprintf(&b, "Officials said %d people died in the %s in %s on %d %s %d.", 2+r.IntN(90), event, town, 1+r.IntN(28), months[r.IntN(len(months))], 2015+r.IntN(10))
		case 1:
			fmt.Fprintf(&b, "At least %d residents were injured, and about %d homes were damaged.", 5+r.IntN(300), 10+r.IntN(2000))
		case 2:
			fmt.Fprintf(&b, "Repairs will cost an estimated $%d.%d million, the council said.", 1+r.IntN(90), r.IntN(10))
		case 3:
			fmt.Fprintf(&b, "Around %d percent of the town lost power for %d hours.", 5+r.IntN(90), 2+r.IntN(40))
		default:
			fmt.Fprintf(&b, "The %s began late on a %s night and crews worked until dawn.", event, []string{"Monday", "Friday", "Sunday"}[r.IntN(3)])
		}
		b.WriteString(" Neighbours helped one another as the water and debris were cleared.\n\n")
	}
	return b.String()
}

// writeArticles writes n articles into dir and returns their paths.
func writeArticles(t testing.TB, dir string, n int, seed uint64) []string {
	t.Helper()
	paths := make([]string, n)
	for i := range n {
		paths[i] = filepath.Join(dir, fmt.Sprintf("art%05d.txt", i))
		if err := os.WriteFile(paths[i], []byte(article(i, seed)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return paths
}
