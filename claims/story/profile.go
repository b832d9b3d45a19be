package story

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/sources"
)

// Profile is what grouping knows of one source: the names it speaks of,
// weighted, and when its happening took place. It is small and stands
// alone, so a store keeps it beside the source and groups a new source
// without reading the others' texts.
type Profile struct {
	Source    string   `json:"source"`              // the source's id
	Published string   `json:"published,omitempty"` // publication date, YYYY-MM-DD; "" when unknown
	Day       string   `json:"day,omitempty"`       // the day its main event happened, YYYY-MM-DD, as its own dates say; "" when it gives none
	Terms     []Term   `json:"terms"`               // names and places, sorted by key, weights of unit length
	Phrases   []string `json:"phrases,omitempty"`   // how it names its event, most used first ("Jeju Air crash"), for labels
	Places    []string `json:"places,omitempty"`    // the places it names, most named first, for labels
}

// Placed reports whether the profile says what happening its source is
// about: it names someone, somewhere or an event, beyond its figures.
func (p Profile) Placed() bool {
	for _, t := range p.Terms {
		if !strings.HasPrefix(t.Key, "f:") {
			return true
		}
	}
	return false
}

// Term is one name or place of a source with its weight.
type Term struct {
	Key    string  `json:"k"` // folded name ("jeju air"), "p:" and the place for a known place ("p:south korea")
	Weight float64 `json:"w"` // share of the source's naming, after damping; a profile's weights have unit length
}

// maxTerms bounds a profile: the names a source uses most carry what it is
// about; the long tail is background.
const maxTerms = 48

// placeWeight scales a known place against other names: a country is named
// by many stories at once, a person, a ship or a flight by few.
const placeWeight = 0.5

// NewProfile reads a source's profile from its text (names, places) and its
// claims (the day of its event, how it names it).
func NewProfile(d *sources.Document, cl []claims.Claim) Profile {
	p := Profile{Source: d.ID}
	if !d.Published.IsZero() {
		p.Published = d.Published.UTC().Format(time.DateOnly)
	}
	p.Day = eventDay(cl)
	p.Phrases = phrases(cl)
	tf, places := names(d)
	for k, n := range eventWords(cl) {
		tf[k] += n
	}
	for k, n := range figures(cl) {
		tf[k] += n
	}
	p.Terms, p.Places = weigh(tf), places
	return p
}

// eventDay is the day the source's dated claims most often give its own
// event (a date claim of no background event), the earlier on a tie.
func eventDay(cl []claims.Claim) string {
	n := map[string]int{}
	for _, c := range cl {
		v := c.Value.Date
		if c.Metric != "date" || c.Target || c.Superseded || c.Event != "" || v == nil ||
			v.Year == 0 || v.Month == 0 || v.Day == 0 || v.OpenEnded() || v.To != nil {
			continue
		}
		n[v.Timex()[:10]]++
	}
	best := ""
	for k, v := range n {
		if best == "" || v > n[best] || v == n[best] && k < best {
			best = k
		}
	}
	return best
}

// phrases are the named event phrases of the claims of the source's own
// event, most used first, counted once a sentence. A claim its sentence
// dates years from the source's publication is of a background event
// ("the 2018 Camp fire, which killed 85").
func phrases(cl []claims.Claim) []string {
	n := map[string]int{}
	seen := map[string]bool{}
	for _, c := range cl {
		if c.EventPhrase == "" || c.Event != "" || !strings.ContainsFunc(c.EventPhrase, unicode.IsUpper) || seen[c.Sentence+"\x00"+c.EventPhrase] {
			continue
		}
		y := c.EventYear
		if d := c.Value.Date; d != nil && d.Year != 0 {
			y = d.Year
		}
		if y != 0 && len(c.Published) >= 4 && abs(y-atoi(c.Published[:4])) > 1 {
			continue
		}
		seen[c.Sentence+"\x00"+c.EventPhrase] = true
		n[c.EventPhrase]++
	}
	return ranked(n, 3)
}

// atoi reads digits; 0 for anything else.
func atoi(s string) int {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0
		}
		n = n*10 + int(r-'0')
	}
	return n
}

// ranked returns up to max keys of n, most counted first, then in order.
func ranked(n map[string]int, max int) []string {
	keys := make([]string, 0, len(n))
	for k := range n {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if n[keys[i]] != n[keys[j]] {
			return n[keys[i]] > n[keys[j]]
		}
		return keys[i] < keys[j]
	})
	if len(keys) > max {
		keys = keys[:max]
	}
	return keys
}

// word is one word of a sentence, with what names need to know of it.
type word struct {
	text    string // as written, a possessive dropped
	fold    string // lower case
	upper   bool   // starts with a capital
	initial bool   // the sentence's first word
	joined  bool   // only spaces between it and the word before
}

// names reads the proper names of a document's sentences: runs of
// capitalised words that the text never writes in lower case, neither a
// month nor a weekday; a sentence's first word only when the text
// capitalises it elsewhere too. It returns the weighted terms and the
// places named, most named first.
func names(d *sources.Document) (map[string]float64, []string) {
	spans := d.Sentences
	if len(spans) == 0 {
		spans = []sources.Span{{Start: 0, End: len(d.Text)}}
	}
	sentences := make([][]word, 0, len(spans))
	lower := map[string]bool{}
	midCap := map[string]bool{}
	for _, sp := range spans {
		if sp.Start < 0 || sp.End > len(d.Text) || sp.Start >= sp.End {
			continue
		}
		ws := words(d.Text[sp.Start:sp.End])
		for _, w := range ws {
			switch {
			case !w.upper:
				lower[w.fold] = true
			case !w.initial:
				midCap[w.fold] = true
			}
		}
		sentences = append(sentences, ws)
	}
	isName := func(w word) bool {
		return w.upper && len(w.fold) > 1 && !lower[w.fold] && (!w.initial || midCap[w.fold]) &&
			!mention.MonthWord(w.fold) && !mention.WeekdayName(w.fold)
	}
	tf := map[string]float64{}
	placeN := map[string]int{}
	add := func(run []word) {
		if len(run) == 0 {
			return
		}
		texts := make([]string, len(run))
		for i, w := range run {
			texts[i] = w.text
		}
		name := strings.Join(texts, " ")
		if pl, ok := claims.PlaceName(name); ok {
			tf["p:"+strings.ToLower(pl)] += placeWeight
			placeN[pl]++
			return
		}
		tf[nameKey(name)]++
		if len(run) > 1 {
			// each word of a longer name too: "Jeju Air" and "Jeju" meet
			for _, w := range run {
				if pl, ok := claims.PlaceName(w.text); ok {
					tf["p:"+strings.ToLower(pl)] += placeWeight / 2
					continue
				}
				tf[w.fold] += 0.5
			}
		}
	}
	for _, ws := range sentences {
		var run []word
		for _, w := range ws {
			if !isName(w) || !w.joined && len(run) > 0 || len(run) == 4 {
				add(run)
				run = run[:0]
			}
			if isName(w) {
				run = append(run, w)
			}
		}
		add(run)
	}
	return tf, ranked(placeN, 3)
}

// nameKey folds a name for matching: lower case, without spaces, so that
// "Maha Kumbh" and "Mahakumbh" meet.
func nameKey(name string) string {
	return strings.ToLower(strings.Join(strings.Fields(name), ""))
}

// eventWords are the words the source's claims name their own event with
// ("stampede", "earthquake"), as terms "e:" and the word, counted once a
// sentence: two sources of one happening call it the same.
func eventWords(cl []claims.Claim) map[string]float64 {
	n := map[string]float64{}
	seen := map[string]bool{}
	for _, c := range cl {
		if c.EventPhrase == "" || c.Event != "" {
			continue
		}
		f := strings.Fields(strings.ToLower(c.EventPhrase))
		w := strings.TrimSuffix(f[len(f)-1], "s")
		if seen[c.Sentence+"\x00"+w] {
			continue
		}
		seen[c.Sentence+"\x00"+w] = true
		n["e:"+w]++
	}
	return n
}

// figureWeight is what one figure the source gives counts for, against a
// name said once: sources of one happening give the same tolls and dates,
// and two happenings of one day and place rarely do.
const figureWeight = 0.5

// figures are the source's figures of its own event as terms, "f:", the
// measure and the value ("f:deaths=40", "f:date=2021-03-08"), each once.
func figures(cl []claims.Claim) map[string]float64 {
	n := map[string]float64{}
	for _, c := range cl {
		if c.Event != "" || c.Target || c.Superseded || c.Metric == "" {
			continue
		}
		v := c.Value.JSONValue()
		k := "f:" + c.Metric + "=" + strings.ToLower(strings.TrimSpace(fmt.Sprint(v))) + c.Value.Unit
		n[k] = figureWeight
	}
	return n
}

// weigh damps term counts (a name said ten times is not ten times the
// story), keeps the heaviest maxTerms, scales them to unit length and sorts
// them by key.
func weigh(tf map[string]float64) []Term {
	ts := make([]Term, 0, len(tf))
	for k, n := range tf {
		// the separator of index keys never stands in a term
		ts = append(ts, Term{Key: strings.ReplaceAll(k, KeySep, ""), Weight: math.Sqrt(n)})
	}
	sort.Slice(ts, func(i, j int) bool {
		if ts[i].Weight != ts[j].Weight {
			return ts[i].Weight > ts[j].Weight
		}
		return ts[i].Key < ts[j].Key
	})
	if len(ts) > maxTerms {
		ts = ts[:maxTerms]
	}
	var norm float64
	for _, t := range ts {
		norm += t.Weight * t.Weight
	}
	norm = math.Sqrt(norm)
	for i := range ts {
		ts[i].Weight /= norm
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i].Key < ts[j].Key })
	return ts
}

// words splits a sentence into words: letters and digits, with inner
// apostrophes, hyphens and dots ("O'Neill", "Al-Haouz", "U.S.").
func words(s string) []word {
	var out []word
	joined := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if !unicode.IsSpace(r) {
				joined = false
			}
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
				j += n2
				continue
			}
			if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' {
				if r3, _ := utf8.DecodeRuneInString(s[j+n2:]); j+n2 < len(s) && (unicode.IsLetter(r3) || unicode.IsDigit(r3)) {
					j += n2
					continue
				}
			}
			break
		}
		t := s[i:j]
		for _, suf := range []string{"'s", "’s"} {
			t = strings.TrimSuffix(t, suf)
		}
		w := word{text: t, fold: strings.ToLower(strings.ReplaceAll(t, ".", "")), upper: unicode.IsUpper(r), initial: len(out) == 0, joined: joined || len(out) == 0}
		if unicode.IsDigit(r) {
			w.upper = false
			w.fold = ""
		}
		out = append(out, w)
		joined = true
		i = j
	}
	return out
}
