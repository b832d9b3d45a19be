package mention

import (
	"strings"
	"testing"
)

// TestMayHold checks that mayHold rules out no word of a table, in any
// case, and rules out most words that are none.
func TestMayHold(t *testing.T) {
	a := anchorWords()
	for name, tab := range map[string]*wordTable{"nr": nrTable, "dt": dtTable, "anchors": a.table, "leads": a.leads} {
		for _, w := range tab.words {
			for _, c := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
				if asciiLetters(c) && !tab.mayHold(c) {
					t.Errorf("%s.mayHold(%q) = false", name, c)
				}
			}
		}
		passed := 0
		for _, w := range strings.Fields(mayHoldSample) {
			if tab.lookup(w) == 0 && tab.mayHold(w) {
				passed++
			}
		}
		if passed > 5 {
			t.Errorf("%s.mayHold lets %d common words that are none pass", name, passed)
		}
	}
}

// mayHoldSample is common words of news, most of them in no table.
const mayHoldSample = "there these those this that said were have been would could should people " +
	"government minister police officials told reporters according statement country president " +
	"water city called because after where which while about being other against during"
