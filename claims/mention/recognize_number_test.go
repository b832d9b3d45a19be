package mention

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// nm is an expected mention: kind, text, value and unit.
type nm struct {
	kind Kind
	text string
	val  float64
	unit string
}

func (m nm) String() string { return fmt.Sprintf("%s %q=%v %s", m.kind, m.text, m.val, m.unit) }

func numberMentions(text string) []nm {
	var out []nm
	for _, m := range (numberRecognizer{}).Recognize(text, RecognizeOptions{}) {
		out = append(out, nm{m.Kind, m.Text, m.Value.Number, m.Value.Unit})
	}
	return out
}

func sameMentions(got, want []nm) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		g, w := got[i], want[i]
		if g.kind != w.kind || g.text != w.text || g.unit != w.unit {
			return false
		}
		if math.Abs(g.val-w.val) > 1e-9*math.Max(1, math.Abs(w.val)) {
			return false
		}
	}
	return true
}

func num(text string, v float64) nm           { return nm{KindNumber, text, v, ""} }
func qty(text string, v float64, u string) nm { return nm{KindNumber, text, v, u} }
func money(text string, v float64, c string) nm {
	return nm{KindMoney, text, v, c}
}
func pct(text string, v float64) nm { return nm{KindPercent, text, v, "%"} }

func TestNumberRecognizer(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []nm
	}{
		// digits and separators
		{"commas", "Around 600,000 tons", []nm{qty("600,000 tons", 600000, "t")}},
		{"space group", "roughly 2 000 peacekeepers", []nm{num("2 000", 2000)}},
		{"no-break space group", "roughly 2\u00a0000 troops", []nm{num("2\u00a0000", 2000)}},
		{"narrow no-break space group", "40\u202f000 people", []nm{num("40\u202f000", 40000)}},
		{"thin space group", "40\u2009000 people", []nm{num("40\u2009000", 40000)}},
		{"four digits do not lead a group", "in 2019 100 people", []nm{num("2019", 2019), num("100", 100)}},
		{"decimal", "a 1.5 rise", []nm{num("1.5", 1.5)}},
		{"leading dot", "rates of .08 apply", []nm{num(".08", 0.08)}},
		{"indian grouping", "12,34,567 voters", []nm{num("12,34,567", 1234567)}},
		{"list of numbers", "pages 22,24,26.", []nm{num("22", 22), num("24", 24), num("26", 26)}},
		{"sentence end", "They counted 192.", []nm{num("192", 192)}},
		{"negative", "fell to -4.5 overnight", []nm{num("-4.5", -4.5)}},
		// scales
		{"decimal with scale", "nearly 1.5 million people", []nm{num("1.5 million", 1.5e6)}},
		{"short scale", "a 3.7bn deal", []nm{num("3.7bn", 3.7e9)}},
		{"crore", "2 crore voters", []nm{num("2 crore", 2e7)}},
		{"lakh", "5 lakh homes", []nm{num("5 lakh", 5e5)}},
		{"thousand suffix", "10k runners", []nm{num("10k", 1e4)}},
		{"lakh crore", "three lakh crore", []nm{num("three lakh crore", 3e12)}},
		// words
		{"hyphenated words", "Thirty-eight of the 67 people", []nm{num("Thirty-eight", 38), num("67", 67)}},
		{"unit word", "eight journalists", []nm{num("eight", 8)}},
		{"words with scale", "two million Armenians", []nm{num("two million", 2e6)}},
		{"half a million", "about half a million people", []nm{num("half a million", 5e5)}},
		{"a dozen", "a dozen homes", []nm{num("a dozen", 12)}},
		{"twenty-five thousand", "twenty-five thousand people", []nm{num("twenty-five thousand", 25000)}},
		{"hundred and", "one hundred and five", []nm{num("one hundred and five", 105)}},
		{"three dozens", "three dozens", []nm{num("three dozens", 36)}},
		{"pronoun one", "the one you mentioned", nil},
		{"one counted", "one person died", []nm{num("one", 1)}},
		{"a alone", "a plane", nil},
		{"point", "five point five", []nm{num("five point five", 5.5)}},
		{"minus words", "minus five", []nm{num("minus five", -5)}},
		// fractions and powers
		{"fraction words", "two thirds of voters", []nm{num("two thirds", 2.0/3)}},
		{"slash fraction", "3/4 of them", []nm{num("3/4", 0.75)}},
		{"mixed fraction", "one and a half", []nm{num("one and a half", 1.5)}},
		{"ordinal denominator", "one hundred thirty-fifths", []nm{num("one hundred thirty-fifths", 100.0/35)}},
		{"power", "1e10 atoms", []nm{num("1e10", 1e10)}},
		{"caret power", "2.5^-1", []nm{num("2.5^-1", 0.4)}},
		{"vulgar fraction", "¾ of them", []nm{num("¾", 0.75)}},
		{"overflowing powers", "0E700 and 9^999", nil},
		{"slashed name", "after the 9/11 attacks, 24/7", nil},
		{"network generation", "the 5G network", nil},
		{"fighter jets", "F-16 and Su-35 jets", nil},
		// not figures
		{"flight number", "Azerbaijan Airlines Flight 8243 crashed", nil},
		{"flight code", "flight J2-8243 crashed", nil},
		{"model number", "The Embraer 190 jet", nil},
		{"a name before a scaled figure, its verb left out", "Canada gave $4 million and Spain 25 million euros",
			[]nm{money("$4 million", 4e6, "USD"), money("25 million euros", 25e6, "EUR")}},
		{"aircraft variant", "a Boeing 737-800", nil},
		{"aircraft variant with an en dash", "a Boeing 737–800", nil},
		{"code with a non-breaking hyphen", "the COVID‑19 pandemic", nil},
		{"range with an en dash", "30–40 people", []nm{num("30", 30), num("40", 40)}},
		{"glued code", "Flight MH17 and an A320", nil},
		{"hyphenated code", "the COVID-19 pandemic", nil},
		{"standard", "under ISO 4217 rules", nil},
		{"all caps name", "AZAL 8243", nil},
		{"clock", "at 10:30 local time", nil},
		{"clock pm", "at 3 p.m. local time", nil},
		{"clock am", "at 7am local time", nil},
		{"phone", "call +1-222-555-0100 now", nil},
		{"version", "version 1.2.3 ships", nil},
		{"address", "host 192.168.1.2 answered", nil},
		{"slashed date", "on 5/17/2018 we met", nil},
		{"age adjective", "a 38-year-old man", nil},
		{"age adjective with non-breaking hyphens", "a 38‑year‑old man", nil},
		{"glued letters", "code 8243abc", nil},
		{"web address", "see https://example.com/a?id=2024&n=5 now", nil},
		{"decade", "in the 1990s", nil},
		{"sentence start capital", "In 2023 they met", []nm{num("2023", 2023)}},
		{"sentence start qualifier", "They left. About 200 stayed.", []nm{num("200", 200)}},
		{"name opens a sentence", "Section 230 was cited. Apollo 11 landed.", nil},
		{"product names", "sales of Android 14 and the iPhone 15 rose", nil},
		{"title-case headline", "Plane Crash In Kazakhstan Kills 38, Leaves 29 Injured", []nm{num("38", 38), num("29", 29)}},
		{"vote tally is two numbers", "The vote was 52-48.", []nm{num("52", 52), num("48", 48)}},
		{"month before day", "on December 25", []nm{num("25", 25)}},
		// quantities with units
		{"glued unit", "the 180ml bottle", []nm{qty("180ml", 180, "ml")}},
		{"glued km", "a 29km road", []nm{qty("29km", 29, "km")}},
		{"tons", "1.5 million tons of cargo", []nm{qty("1.5 million tons", 1.5e6, "t")}},
		{"tonnes", "3 million tonnes", []nm{qty("3 million tonnes", 3e6, "t")}},
		{"metric tons", "10 metric tons", []nm{qty("10 metric tons", 10, "t")}},
		{"km", "500 km away", []nm{qty("500 km", 500, "km")}},
		{"barrels", "2 million barrels", []nm{qty("2 million barrels", 2e6, "bbl")}},
		{"metres not millions", "a 1m wall", []nm{qty("1m", 1, "m")}},
		{"millions of people", "1.5m people fled", []nm{num("1.5m", 1.5e6)}},
		{"millions of things", "3m barrels", []nm{qty("3m barrels", 3e6, "bbl")}},
		{"hyphenated amount", "a $40-per-barrel price", []nm{money("$40", 40, "USD")}},
		// money
		{"dollars", "approximately $3.7 billion in trade", []nm{money("$3.7 billion", 3.7e9, "USD")}},
		{"us dollar sign", "US$5m", []nm{money("US$5m", 5e6, "USD")}},
		{"short bn", "a $5bn target", []nm{money("$5bn", 5e9, "USD")}},
		{"spaced bn", "a $5 bn target", []nm{money("$5 bn", 5e9, "USD")}},
		{"dollars after", "800 million dollars", []nm{money("800 million dollars", 8e8, "USD")}},
		{"rupee crore", "₹1 crore", []nm{money("₹1 crore", 1e7, "INR")}},
		{"pound m", "£2.5m", []nm{money("£2.5m", 2.5e6, "GBP")}},
		{"euro", "€40 each", []nm{money("€40", 40, "EUR")}},
		{"canadian", "C$10", []nm{money("C$10", 10, "CAD")}},
		{"australian", "A$3 billion", []nm{money("A$3 billion", 3e9, "AUD")}},
		{"code before", "USD 200", []nm{money("USD 200", 200, "USD")}},
		{"code after", "200 USD", []nm{money("200 USD", 200, "USD")}},
		{"code glued", "USD115", []nm{money("USD115", 115, "USD")}},
		{"rs", "Rs 500", []nm{money("Rs 500", 500, "INR")}},
		{"yuan", "5 million yuan", []nm{money("5 million yuan", 5e6, "CNY")}},
		{"rubles", "3 billion rubles", []nm{money("3 billion rubles", 3e9, "RUB")}},
		{"roubles", "3 billion roubles", []nm{money("3 billion roubles", 3e9, "RUB")}},
		{"manat", "100 manat", []nm{money("100 manat", 100, "AZN")}},
		{"euros", "323 million euros", []nm{money("323 million euros", 3.23e8, "EUR")}},
		{"pounds", "361 million pounds", []nm{money("361 million pounds", 3.61e8, "GBP")}},
		{"rupees", "35 lakh rupees", []nm{money("35 lakh rupees", 3.5e6, "INR")}},
		{"lira", "10 turkish lira", []nm{money("10 turkish lira", 10, "TRY")}},
		{"yen", "450,000 yen", []nm{money("450,000 yen", 450000, "JPY")}},
		{"won", "5 billion won", []nm{money("5 billion won", 5e9, "KRW")}},
		{"hryvnia", "2 billion hryvnias", []nm{money("2 billion hryvnias", 2e9, "UAH")}},
		{"tenge", "300 tenge", []nm{money("300 tenge", 300, "KZT")}},
		{"cents", "50 cents", []nm{money("50 cents", 0.5, "USD")}},
		{"dollars and cents", "3 dollars 50 cents", []nm{money("3 dollars 50 cents", 3.5, "USD")}},
		{"words and currency", "five million yen", []nm{money("five million yen", 5e6, "JPY")}},
		{"spaced sign", "$ 75 million", []nm{money("$ 75 million", 7.5e7, "USD")}},
		{"article before sign", "a $48.2 million contract", []nm{money("$48.2 million", 4.82e7, "USD")}},
		{"two-word name", "125 million australian dollars", []nm{money("125 million australian dollars", 1.25e8, "AUD")}},
		{"hyphen cent", "a 12-cent dividend", []nm{money("12-cent", 0.12, "USD")}},
		// percent
		{"percent", "decreased to 6 percent", []nm{pct("6 percent", 6)}},
		{"percent sign", "a 2.5% rise", []nm{pct("2.5%", 2.5)}},
		{"per cent", "20 per cent", []nm{pct("20 per cent", 20)}},
		{"percent words", "twenty percent", []nm{pct("twenty percent", 20)}},
		{"percentage points", "3 percentage points", []nm{{KindPercent, "3 percentage points", 3, "pp"}}},
		{"percent in a web address", "q=30%25", nil},
		// vague magnitudes
		{"dozens", "dozens of homes", []nm{{KindNumber, "dozens", 12, ""}}},
		{"hundreds", "hundreds of people", []nm{{KindNumber, "hundreds", 100, ""}}},
		{"tens of thousands", "tens of thousands fled", []nm{{KindNumber, "tens of thousands", 1e4, ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := numberMentions(tt.text)
			if !sameMentions(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestScaledValuesAreExact checks that a decimal times a scale is the
// whole number it names, so that equal figures compare equal.
func TestScaledValuesAreExact(t *testing.T) {
	tests := []struct {
		text string
		want float64
	}{
		{"2.07 billion", 2070000000},
		{"2,070 million", 2070000000},
		{"$1.38bn", 1380000000},
		{"2.33 k", 2330},
		{"4.1 million", 4100000},
		{"0.7 million", 700000},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			ms := (numberRecognizer{}).Recognize(tt.text, RecognizeOptions{})
			if len(ms) != 1 || ms[0].Value.Number != tt.want {
				t.Errorf("got %+v, want exactly %v", ms, tt.want)
			}
		})
	}
}

func TestNumberSubtypes(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"38", "integer"},
		{"1.5", "decimal"},
		{"two thirds", "fraction"},
		{"1.3e6", "power"},
		{"the 4th", "ordinal"},
		{"5.00", "integer"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			ms := (numberRecognizer{}).Recognize(tt.text, RecognizeOptions{})
			if len(ms) != 1 || ms[0].Subtype != tt.want {
				t.Errorf("got %+v, want one mention of subtype %s", ms, tt.want)
			}
		})
	}
}

func TestPluralQualifier(t *testing.T) {
	ms := (numberRecognizer{}).Recognize("dozens of people", RecognizeOptions{})
	if len(ms) != 1 {
		t.Fatalf("got %d mentions, want 1", len(ms))
	}
	if v := ms[0].Value; v.Qualifier != Plural || v.Low != 24 || v.High != 1199 {
		t.Errorf("got %#v, want dozens [24,1199]", v)
	}
}

// TestMentionOffsets checks text[Start:End] == Text over every case above.
func TestMentionOffsets(t *testing.T) {
	text := strings.Join([]string{
		"Around 600,000 tons, $3.7 billion, 2\u00a0000 troops, Thirty-eight of the 67, ₹1 crore, 6 percent.",
		"Flight 8243 and 2 000 people; 1.5 million tons; £2.5m; ¾ of them.",
	}, "\n")
	for _, m := range (numberRecognizer{}).Recognize(text, RecognizeOptions{}) {
		if text[m.Start:m.End] != m.Text {
			t.Errorf("got text %q at [%d,%d], want %q", m.Text, m.Start, m.End, text[m.Start:m.End])
		}
	}
}
