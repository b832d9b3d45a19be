package claims

// The closed word classes claim reading keeps in Go: grammar words and the
// names of claimdiff's own measures and parts of a period. The open word
// lists (metric cues, event concepts, people nouns, target and attribution
// words) are data, in words/ (see words.go).

// predicateMetrics say what happened to those counted; they outrank a metric
// that only says who they are ("two crew members, found in the tail,
// survived" counts survivors, not crew).
var predicateMetrics = wordSet(`deaths injured survivors missing arrested
detained displaced evacuated casualties affected`)

// timeUnits follow a number that is a duration or age, not a count.
var timeUnits = wordSet(`second seconds minute minutes hour hours day days week
weeks month months year years decade decades century centuries times time
percent per cent`)

// notCounted follow numbers that are rarely claims worth comparing: grammar
// words after a figure ("one of", "the two sides").
var notCounted = wordSet(`of sides nations countries parties leaders
presidents governments states times ways things points fronts front steps
stages reasons factors`)

// partWords name a part of a period ("the first 11 months of 2023").
var partWords = wordSet(`first second third fourth last months month quarter
quarters half weeks week`)

// stopwords carry no subject.
var stopwords = wordSet(`a an the and or but of in on at to for from by with
as is are was were be been being has have had do does did that this these
those it its their there they them he she his her we our you your i not no
which who whom whose what when where while after before since until than then
also only just more most less least over under about around some any all both
each other such into out up down off again further once here very can will
would could should may might must shall so if because though although however
yet still even ever already new one two three four five six seven eight nine
ten per cent percent said says year years month months day days week weeks
mr mrs ms dr`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range splitWords(s) {
		m[w] = true
	}
	return m
}

func splitWords(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\n' || s[i] == '\t' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return out
}
