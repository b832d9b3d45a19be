package sources

import (
	"strings"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"two", "The bridge fell. Six died.", []string{"The bridge fell.", "Six died."}},
		{"month abbreviation", "It crashed on Dec. 25 near Aktau. Officials spoke.", []string{"It crashed on Dec. 25 near Aktau.", "Officials spoke."}},
		{"title", "Mr. Aliyev and Dr. Smith met in St. Petersburg. They talked.", []string{"Mr. Aliyev and Dr. Smith met in St. Petersburg.", "They talked."}},
		{"number abbreviation", "He lives at No. 10 Downing Street. It is old.", []string{"He lives at No. 10 Downing Street.", "It is old."}},
		{"no as a word", "The answer was no. The talks ended.", []string{"The answer was no.", "The talks ended."}},
		{"us inside", "The U.S. Navy sent 3 ships. They arrived.", []string{"The U.S. Navy sent 3 ships.", "They arrived."}},
		{"us at the end", "Sanctions came from the U.S. The move angered Moscow.", []string{"Sanctions came from the U.S.", "The move angered Moscow."}},
		{"decimal", "Trade grew 3.7 percent to $4.5 billion. Exports fell.", []string{"Trade grew 3.7 percent to $4.5 billion.", "Exports fell."}},
		{"initials", "George W. Bush spoke. J. K. Rowling wrote.", []string{"George W. Bush spoke.", "J. K. Rowling wrote."}},
		{"closing quote", "\u201cIt was shot down.\u201d He said it twice.", []string{"\u201cIt was shot down.\u201d", "He said it twice."}},
		{"straight quote", "He said \"no.\" Then he left.", []string{"He said \"no.\"", "Then he left."}},
		{"question exclamation", "Why now? Nobody knows! The end.", []string{"Why now?", "Nobody knows!", "The end."}},
		{"question in quote", "\u201cWhy?\u201d he asked. She shrugged.", []string{"\u201cWhy?\u201d he asked.", "She shrugged."}},
		{"ellipsis then capital", "They waited... Nothing came.", []string{"They waited...", "Nothing came."}},
		{"ellipsis then lower", "They waited\u2026 and waited.", []string{"They waited\u2026 and waited."}},
		{"unicode ellipsis", "They waited\u2026 Nothing came.", []string{"They waited\u2026", "Nothing came."}},
		{"e.g.", "Some cities, e.g. Baku, grew. Others did not.", []string{"Some cities, e.g. Baku, grew.", "Others did not."}},
		{"inc at the end", "The plane was built by Embraer Inc. The airline flew it.", []string{"The plane was built by Embraer Inc.", "The airline flew it."}},
		{"inc inside", "Acme Inc. Chief Executive Jane Roe said so.", []string{"Acme Inc. Chief Executive Jane Roe said so."}},
		{"am pm", "It left at 9 a.m. Officials said nothing.", []string{"It left at 9 a.m.", "Officials said nothing."}},
		{"list number", "1. The first point is this.", []string{"1. The first point is this."}},
		{"no space after", "See example.com for more. Done.", []string{"See example.com for more.", "Done."}},
		{"nbsp after", "It fell.\u00a0Six died.", []string{"It fell.", "Six died."}},
		{"wrapped", "It fell on\nTuesday. Six\ndied.", []string{"It fell on\nTuesday.", "Six\ndied."}},
		{"bracket", "It fell (on Tuesday.) Six died.", []string{"It fell (on Tuesday.)", "Six died."}},
		{"digits after", "The toll was 38. 29 were hurt.", []string{"The toll was 38.", "29 were hurt."}},
		{"no terminator", "A line without an end", []string{"A line without an end"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			stops := newStopFinder(tt.text)
			for _, s := range splitter.splitSentences(nil, &stops, tt.text, 0, len(tt.text)) {
				got = append(got, tt.text[s.Start:s.End])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// A heading is one sentence even when it holds a full stop.
func TestSentencesHeading(t *testing.T) {
	text := "Flight No. 8243 Down: What Happened. Why It Matters"
	got := sentences(nil, text, []Block{{Kind: Heading, Start: 0, End: len(text)}})
	if len(got) != 1 || got[0] != (Span{0, len(text)}) {
		t.Errorf("got %v, want %v", got, []Span{{0, len(text)}})
	}
}

// abbreviationShaped lets a word be looked up only when an abbreviation
// has its shape: it must let through every abbreviation, in any case, and
// keep out most other words.
func TestAbbreviationShaped(t *testing.T) {
	for w := range splitter.abbreviations {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if !splitter.abbreviationShaped(v) {
				t.Errorf("abbreviationShaped(%q) = false", v)
			}
		}
	}
	for _, w := range []string{"said", "site", "days", "a1", "1m", "x.", ".m", "", "parliament"} {
		if w != "" && splitter.abbreviationShaped(w) {
			t.Errorf("abbreviationShaped(%q) = true", w)
		}
	}
}
