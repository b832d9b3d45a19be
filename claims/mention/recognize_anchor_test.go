package mention

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"time"
)

// anchorTestRefs are the references the anchor tests run with: none, and
// one that lets relative dates resolve.
var anchorTestRefs = []RecognizeOptions{{}, {Reference: time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC)}}

// checkAnchors fails when a recogniser finds a mention in a text without
// one of its anchors, or when FindMentions differs from running every
// recogniser.
func checkAnchors(t *testing.T, text string) {
	t.Helper()
	has := findAnchors(text)
	for _, opt := range anchorTestRefs {
		for _, r := range recognizers {
			if has&r.anchor() != 0 {
				continue
			}
			if ms := r.appendMentions(nil, text, opt); len(ms) > 0 {
				t.Fatalf("%s finds %q in %q, which holds none of its anchors", r.Name(), ms[0].Text, text)
			}
		}
		got, want := FindMentions(text, opt), findMentions(nil, text, opt, allAnchors)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("FindMentions(%q) = %v, want %v", text, got, want)
		}
	}
}

// anchorTestWords are what the random texts are made of: every word both
// recognisers know, in three cases, with punctuation, currency signs,
// letters and digits from outside ASCII, and plain words.
func anchorTestWords() (words, anchors []string) {
	v := anchorWords()
	add := func(w string) {
		for _, c := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if a := v.of[v.table.lookup(w)]; asciiLetters(w) && (a.set != 0 || a.weak()) {
				anchors = append(anchors, c)
			} else {
				words = append(words, c)
			}
		}
	}
	for _, w := range nrVocab[1:] {
		add(w.key)
	}
	for w := range dtWords {
		add(w)
	}
	for w := range nrCurrencyWords {
		add(w)
		add(w + "s")
	}
	for w := range nrCodes {
		add(w)
	}
	for w := range nrUnits {
		add(w)
	}
	for w := range dateLists.countNouns {
		add(w)
	}
	words = append(words, "people", "said", "é", "Zürich", "naïve", "ரூ", "元", "٣", "۵", "߃", "१",
		"²", "³", "¹", "⁴", "₀", "Ⅻ", "ⅷ", "①", "〇", "一", "十", "百", "万", "亿", "http://x.y", "www.z",
		"-", "–", "—", "'", "’", "s", "'s", "st", "nd", "th", ".", ",", ":", ";", "/", "%", "‰", "$", "€",
		"£", "¥", "₹", "¢", "^", "x", "×", "(", ")", "\"", "“", "”", "?", "!", "+", "&", "\n", "\u00a0", "\u2009")
	return words, anchors
}

// TestAnchorsRandom runs both recognisers over random texts of their
// vocabulary: where a text holds no anchor of a recogniser it must find
// nothing, and FindMentions must find what running both finds.
func TestAnchorsRandom(t *testing.T) {
	words, anchors := anchorTestWords()
	r := rand.New(rand.NewSource(1))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	seps := []string{" ", " ", " ", "", "-", ", ", ". ", "\n", "\u00a0", "\u200b", " — ", "–", "’", "\u0301"}
	for range n {
		var b strings.Builder
		for k := 1 + r.Intn(12); k > 0; k-- {
			switch x := r.Intn(40); {
			case x == 0:
				b.WriteString(anchors[r.Intn(len(anchors))])
			case x == 1:
				b.WriteString("½")
			default:
				b.WriteString(words[r.Intn(len(words))])
			}
			b.WriteString(seps[r.Intn(len(seps))])
		}
		checkAnchors(t, b.String())
	}
}

// TestAnchorsPairs checks every two words of both vocabularies, which
// random texts seldom put side by side.
func TestAnchorsPairs(t *testing.T) {
	if testing.Short() {
		t.Skip("every pair of words")
	}
	loadNumberTables()
	seen := map[string]bool{}
	var words []string
	for _, w := range nrVocab[1:] {
		seen[w.key] = true
		words = append(words, w.key)
	}
	for w := range dtWords {
		if !seen[w] {
			words = append(words, w)
		}
	}
	for _, a := range words {
		for _, b := range words {
			checkAnchors(t, a+" "+b)
		}
	}
}

// TestAnchorsTriples checks every three date keywords, ordinals, number
// words and signs, which make the dates findAnchors judges by their
// context, and random runs of up to seven of them.
func TestAnchorsTriples(t *testing.T) {
	if testing.Short() {
		t.Skip("every three words")
	}
	words := []string{"-", ",", "—", "’", "x", dtRestOwner, "first", "third", "twentieth", "may", "May", "mAY",
		"one", "two", "nineteen", "twenty", "thirty", "ninety", "hundred", "thousand"}
	for w, e := range dtWords {
		if e.cls == dtKeyword {
			words = append(words, w)
		}
	}
	for _, a := range words {
		for _, b := range words {
			for _, c := range words {
				checkAnchors(t, a+" "+b+" "+c)
			}
		}
	}
	r := rand.New(rand.NewSource(2))
	for range 50000 {
		var b strings.Builder
		for k := 4 + r.Intn(4); k > 0; k-- {
			b.WriteString(words[r.Intn(len(words))])
			b.WriteByte(' ')
		}
		checkAnchors(t, b.String())
	}
}

// TestAnchorsNearMisses checks texts that come close to a mention without
// an anchor, and a few with one.
func TestAnchorsNearMisses(t *testing.T) {
	for _, s := range []string{
		"", " ", "the end of the", "since the beginning", "a few", "a couple of", "no later than",
		"last", "next", "this past", "in Q", "the H", "half a", "a half", "a quarter", "quarter",
		"first and second", "the first", "on the first", "firsts", "seconds", "a second",
		"$", "US$", "€ and £", "percent of", "per cent", "minus", "point", "dozens", "hundreds",
		"tens of millions", "a million", "a dozen", "a third", "a hundredth", "¼", "½ a million",
		"٣ ٤", "last summer", "this weekend", "the nineties", "today", "years ago", "a few days ago",
		"the rest of the year", "earlier this month", "the end of the year", "late in the year",
		"Monday", "May", "may", "march on", "one", "a trillion", "mid", "mid-", "pre-", "fiscal",
		"the years of neglect", "the coming days", "the first responders", "ⅷ", "元", "ரூ",
		"later in the year", "earlier in the month", "first quarter the year", "first half the year",
		"last quarter, the year", "first half, the year", "the rest of my week", "mid—the year",
		"ten元", "one\u0301", "on\u00a0the\u200bfirst", "over the\ufeffweekend", "éon the first",
		"on the firsté", "on ☃ the first", "early\u2014the year", "mid-year", "mid-the year", "late-month",
		"a couple of days ago", "couple of weeks ago", "a couple of decades ago", "the past couple of quarters",
		"in may", "In May", "the first of may", "may the first", "last may", "May", "MAY", "mAy", "of may",
		"on the first of may", "march, may", "may-june", "may/june", "may. the", "may-", "may of",
		"a few days ago", "over the weekend", "on the weekend", "for the first", "on the first,",
		"one", "one of them", "the one", "in nineteen ninety six", "in nineteen-ninety", "in nineteen, ninety",
		"two thousand", "in two thousand and fifteen", "since nineteen hundred and ninety three", "twenty twenty",
		"in twenty twenty", "by twenty twenty-one", "twenty one days ago", "twenty-one days ago", "one day ago",
		"in two weeks", "the past two years", "next three months", "two decades ago", "three quarters ago",
		"May one", "one May", "second of may nineteen ninety six", "may twenty twenty", "one\u00a0day ago",
		"in nineteen\u00a0ninety", "in nineteen\u200bninety", "two thouſand", "in nineteen ninetyé",
		"in zero one", "nineteen zero one", "in ten", "in Ten Twenty", "eleven hundred", "in eleven hundred",
		"I went back for the twenty second", "I went back for the thirty", "on the twenty", "the thirty",
		"“one day ago”", "“One of them”", "for the\u2009thirty", "for\u00a0the thirty", "for — the thirty",
		"in nineteen\u2009ninety", "in nineteen “ninety”", "éone day ago", "one\u0301 day ago", "a\u0301 day ago",
		"in nineteen ninety\u0301", "in nineteen ninetyé", "on theé thirty", "on éthe thirty", "\xffone day ago",
		"one \xff day ago", "in nineteen \xffninety", "for the\u2014thirty", "in two\u2014thousand",
	} {
		checkAnchors(t, s)
	}
}

// TestAnchorsLongRuns checks that long runs of keywords and of anchors
// take time in proportion to their length (no quadratic parse).
func TestAnchorsLongRuns(t *testing.T) {
	for _, w := range []string{"since ", "the end of ", "last ", "a ", "one ", "year ", "first ", "x "} {
		text := strings.Repeat(w, 20000)
		start := time.Now()
		FindMentions(text, anchorTestRefs[1])
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%d bytes of %q took %v", len(text), w, d)
		}
	}
}

// FuzzAnchors checks on any text that a recogniser finds nothing where
// findAnchors sees none of its anchors.
func FuzzAnchors(f *testing.F) {
	for _, s := range []string{"the end of the year", "a third", "since", "½", "last summer", "US$ ten"} {
		f.Add(s)
	}
	f.Fuzz(checkAnchors)
}
