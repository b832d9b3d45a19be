package mention

import (
	"fmt"
	"strings"
	"testing"
)

// mentionsOf sums up the qualified mentions of text: kind, text, number,
// unit and qualifier.
func mentionsOf(text string) string {
	var out []string
	for _, m := range Qualify(text, FindMentions(text, RecognizeOptions{})) {
		out = append(out, fmt.Sprintf("%s %q %v %s %s", m.Kind, m.Text, m.Value.Number, m.Value.Unit, m.Value.Qualifier))
	}
	return strings.Join(out, "; ")
}

// useNumberLists makes l the number recogniser's word lists until the
// test ends.
func useNumberLists(t *testing.T, l *numberWordLists) {
	t.Helper()
	loadNumberTables()
	setNumberLists(l)
	t.Cleanup(func() { setNumberLists(numberLists()) })
}

// Each currency, unit and qualifier file, given one more entry, changes what
// is recognised in a sentence that has it.
func TestNumberWordFiles(t *testing.T) {
	tests := []struct {
		file, entry, text string
		before, after     string
	}{
		{"words/currency-signs.txt", "₮: MNT, Mongolian tögrög", "The bridge cost ₮40 billion.",
			`number "40 billion" 4e+10  `, `money "₮40 billion" 4e+10 MNT `},
		{"words/dollar-prefixes.txt", "j: JMD, Jamaican dollar", "The bridge cost J$40 million.",
			`money "$40 million" 4e+07 USD `, `money "J$40 million" 4e+07 JMD `},
		{"words/currency-codes.txt", "MNT: MNT, Mongolian tögrög", "The bridge cost MNT 40 billion.",
			`number "40 billion" 4e+10  `, `money "MNT 40 billion" 4e+10 MNT `},
		{"words/currency-codes-lower.txt", "ars", "The bridge cost 40 million ars.",
			`number "40 million" 4e+07  `, `money "40 million ars" 4e+07 ARS `},
		{"words/currency-names.txt", "tugrik: MNT, Mongolian tögrög", "The bridge cost 40 billion tugriks.",
			`number "40 billion" 4e+10  `, `money "40 billion tugriks" 4e+10 MNT `},
		{"words/currency-pairs.txt", "jamaican dollar: JMD, Jamaican dollar", "The bridge cost 40 million Jamaican dollars.",
			`number "40 million" 4e+07  `, `money "40 million Jamaican dollars" 4e+07 JMD `},
		{"words/units.txt", "furlongs: furlong", "The course ran 8 furlongs.",
			`number "8" 8  `, `number "8 furlongs" 8 furlong `},
		{"words/qualifier-phrases.txt", "nearly: just shy of", "The storm killed just shy of 40 people.",
			`number "40" 40  `, `number "just shy of 40" 40  nearly`},
		{"words/over-nouns.txt", "quarrel", "The quarrel over 40 hectares went on.",
			`number "over 40 hectares" 40 ha more than`, `number "40 hectares" 40 ha `},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			more, err := loadNumberWordLists(wordLists.Append(tt.file, tt.entry))
			if err != nil {
				t.Fatal(err)
			}
			if got := mentionsOf(tt.text); got != tt.before {
				t.Errorf("without %q: got %s, want %s", tt.entry, got, tt.before)
			}
			useNumberLists(t, more)
			if got := mentionsOf(tt.text); got != tt.after {
				t.Errorf("with %q: got %s, want %s", tt.entry, got, tt.after)
			}
		})
	}
}

func TestNumberWordFilesErrors(t *testing.T) {
	tests := []struct {
		file, line, want string
	}{
		{"words/currency-signs.txt", "M: MNT, Tögrög", `"M": want one sign, '$' or outside ASCII`},
		{"words/currency-names.txt", "tugrik: Mongolian tögrög", `"Mongolian tögrög": want "CODE, Name[, factor][, minor]"`},
		{"words/currency-names.txt", "mongo: MNT, Möngö, 0", `factor "0": want a number above 0`},
		{"words/currency-names.txt", "euro: EUR, Euro", `"euro" is given already on line`},
		{"words/currency-codes-lower.txt", "mnt", `"mnt": want a lower-case code whose upper case is in currency-codes.txt`},
		{"words/qualifier-phrases.txt", "roughly: give or take", `qualifier "roughly": want at least`},
		{"words/qualifier-phrases.txt", "about: Roughly", `"roughly" is given already on line`},
		{"words/units.txt", "tonnes: tn", `key "tonnes" is given already on line`},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			_, err := loadNumberWordLists(wordLists.Append(tt.file, tt.line))
			if err == nil || !strings.HasPrefix(err.Error(), "claims/mention/"+tt.file+":") || !strings.Contains(err.Error(), ": "+tt.want) {
				t.Errorf("got error %v, want claims/mention/%s:N: %s", err, tt.file, tt.want)
			}
		})
	}
}
