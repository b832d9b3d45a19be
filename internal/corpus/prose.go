package corpus

import (
	"math/rand"
	"strings"
)

// newsLength is how many times longer than its figures a news article is.
// Generate's articles are all figures: about one claim every 110 bytes.
// Real reporting spends most of its words on other things (who said what,
// what it looked like, what happens next): the five seed articles of the
// project hold one claim every 700 bytes or so, and GenerateNews pads its
// articles with reporting prose to that density.
const newsLength = 6

// GenerateNews returns n articles that tell the same stories as
// Generate(n, seed), with the same figures, spread out in reporting prose
// to the density of figures of real news. It is the corpus for measuring
// extraction throughput on text like the text users bring.
func GenerateNews(n int, seed int64) []Article {
	arts := Generate(n, seed)
	r := rand.New(rand.NewSource(seed ^ 0x5eed))
	for i := range arts {
		arts[i].Text = pad(r, arts[i].Text, newsLength*len(arts[i].Text))
	}
	return arts
}

// NewsParagraphs returns the paragraphs of GenerateNews(n, seed), one
// block of text each as extraction reads them, and the size of the
// articles in bytes: the input of the benchmarks of the readers.
func NewsParagraphs(n int, seed int64) ([]string, int64) {
	var blocks []string
	var size int64
	for _, a := range GenerateNews(n, seed) {
		blocks = append(blocks, strings.Split(a.Text, "\n\n")...)
		size += int64(len(a.Text))
	}
	return blocks, size
}

// pad puts paragraphs of prose after the headline and between the
// paragraphs of text until it is about size bytes long.
func pad(r *rand.Rand, text string, size int) string {
	paras := strings.Split(strings.TrimSuffix(text, "\n"), "\n\n")
	extra := make([][]string, len(paras))
	for n := len(text); n < size; {
		p := prosePara(r)
		k := r.Intn(len(paras))
		extra[k] = append(extra[k], p)
		n += len(p) + 2
	}
	var b strings.Builder
	for i, p := range paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p)
		for _, e := range extra[i] {
			b.WriteString("\n\n")
			b.WriteString(e)
		}
	}
	b.WriteString("\n")
	return b.String()
}

// prosePara is a paragraph of two to five sentences of reporting without
// figures: reactions, scenes, quotes, what comes next.
func prosePara(r *rand.Rand) string {
	n := 2 + r.Intn(4)
	s := make([]string, n)
	for i := range s {
		if r.Intn(4) == 0 {
			s[i] = quote(r)
			continue
		}
		s[i] = capitalize(pick(r, actors)) + " " + pick(r, verbs) + " " + pick(r, objects) + pick(r, adjuncts) + "."
	}
	return strings.Join(s, " ")
}

func quote(r *rand.Rand) string {
	return "“" + pick(r, quotes) + ",” " + pick(r, speakers) + " said" + pick(r, adjuncts) + "."
}

var (
	actors = []string{
		"witnesses", "residents of nearby villages", "the regional governor", "rescue workers",
		"relatives of those on the scene", "aid agencies", "independent engineers",
		"the prime minister", "analysts in the capital", "opposition politicians",
		"local journalists", "hospital staff", "volunteers from neighbouring towns",
		"the interior ministry", "union representatives", "a group of lawyers",
		"police officers at the scene", "church leaders", "the mayor", "several foreign embassies",
	}
	verbs = []string{
		"described", "called for", "warned of", "questioned", "praised", "pointed to",
		"criticised", "raised concerns about", "demanded", "welcomed", "spoke of",
		"expressed doubts about", "asked for clarity on", "drew attention to", "played down",
	}
	objects = []string{
		"the slow response of the authorities", "the state of the roads leading to the area",
		"a shortage of equipment and trained staff", "the courage of the first responders",
		"an independent inquiry into what went wrong", "the lack of warnings beforehand",
		"the way information was shared with families", "the years of neglect that preceded it",
		"better coordination between the agencies involved", "the conditions in temporary shelters",
		"the role of private contractors", "the need for stricter inspections",
		"the long wait for official statements", "the help offered by ordinary citizens",
		"the risk of further damage in the coming days", "rumours circulating online",
	}
	adjuncts = []string{
		"", "", "", " in interviews with local television", " at a news conference",
		" on social media", " during a visit to the site", " in a written statement",
		" late in the evening", " in comments to reporters", " outside the regional hospital",
		" in a speech to parliament", " on a radio phone-in programme",
	}
	quotes = []string{
		"We are doing everything we can", "Nobody expected anything like this",
		"The priority now is to help the families", "There will be questions, and there must be answers",
		"I heard a terrible noise and then silence", "Our teams have been working without a break",
		"It is too early to say what caused it", "We will not rest until everyone is accounted for",
		"The whole town is in shock", "We asked for help for years",
	}
	speakers = []string{
		"a local official", "one resident", "a spokeswoman for the emergency services",
		"the head of the regional council", "a volunteer", "a senior police officer",
		"a doctor at the main hospital", "a shopkeeper who lives nearby",
	}
)
