package claims

import (
	"strings"
)

// subjectLabel names what a claim is about in a few words of its sentence:
// the name nearest the figure and the nearest event word
// ("Azerbaijan Airlines · crashed").
func subjectLabel(toks []token, names []nameRun, tr [2]int) string {
	bestName, bestD := "", 1<<30
	for _, n := range names {
		if d := dist(n.from, n.to, tr); d < bestD {
			bestName, bestD = n.text, d
		}
	}
	event, eventD := "", 1<<30
	for k, t := range toks {
		if t.event && !institution(toks, k) {
			if d := dist(k, k+1, tr); d < eventD {
				event, eventD = t.lower, d
			}
		}
	}
	switch {
	case bestName != "" && event != "":
		return bestName + " · " + event
	case bestName != "":
		return bestName
	}
	return event
}

type nameRun struct {
	from, to int
	text     string
}

// nameRuns are runs of capitalised words: proper names. A capitalised first
// word of the sentence counts only as part of a longer run ("Jeju Air"), and
// weekdays and months are dates, not names.
func nameRuns(toks []token) []nameRun {
	var out []nameRun
	for k := 0; k < len(toks); {
		if !toks[k].name {
			k++
			continue
		}
		j := k
		for j < len(toks) && toks[j].name && j-k < 4 {
			j++
		}
		if k > 0 && toks[k-1].word != "," || j-k > 1 {
			var ws []string
			for _, t := range toks[k:j] {
				ws = append(ws, strings.TrimSuffix(strings.TrimSuffix(t.word, "’s"), "'s"))
			}
			out = append(out, nameRun{k, j, strings.Join(ws, " ")})
		}
		k = j
	}
	return out
}

// institution reports an event word that names a body ("the fire agency",
// "the war ministry"), not an event.
func institution(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	switch toks[k+1].lower {
	case "agency", "department", "service", "services", "brigade", "brigades", "station",
		"chief", "official", "officials", "minister", "ministry", "committee", "office", "crews",
		"center", "centre", "management", "relief", "response", "fund", "authority":
		return true
	}
	return false
}

// eventWord reports words that name a kind of event (crash, earthquake,
// fire, trade), not its setting (airport, runway).
func eventWord(w string) bool {
	c, ok := lex().eventConcepts[w]
	return ok && c != "@air" && !lex().unnamingWords[w]
}

// conceptOf finds a word's event concept by the word or its stem
// ("traded" -> @trade).
func conceptOf(w string) (string, bool) {
	if c, ok := lex().eventConcepts[w]; ok {
		return c, true
	}
	c, ok := lex().eventConceptStems[stem(w)]
	return c, ok
}

func dist(a, b int, tr [2]int) int {
	if b <= tr[0] {
		return tr[0] - b
	}
	if a >= tr[1] {
		return a - tr[1]
	}
	return 0
}
