package claims

import "github.com/claimdiff/claimdiff/claims/mention"

// Claim is one factual claim a source makes: a figure or date, what it
// measures, what it is about, and where it stands in the source.
type Claim struct {
	Source      string        // the source's id
	Path        string        // the source's path, for file:line messages
	Kind        mention.Kind  // count, money, percent or date
	Metric      string        // what is measured: deaths, injured, aboard, trade, date of crash...
	Subject     string        // what it is about, in a few words: "Azerbaijan Airlines plane crash"
	Terms       []string      // normalised content words of the subject and context, for matching
	Value       mention.Value // the normalised value
	Text        string        // the claim's text: source text[Start:End]
	Start       int           // byte offset into the source's text
	End         int           // byte offset after the claim
	Line        int           // 1-based line of Start
	Col         int           // 1-based column (characters) of Start
	Sentence    string        // the sentence holding the claim, white space folded
	Heading     string        // the nearest heading above, if any
	Attribution string        // who says so: "Kazakh officials", "Aliyev"
	Period      string        // the period a figure covers: "2024", "last year" (resolved when possible)
	Published   string        // the source's publication date, YYYY-MM-DD; "" when unknown
	EventDate   string        // the month or day its sentence dates its event to, TIMEX ("2018-10"); "" if none
	EventYear   int           // the year the claim's sentence dates its event to ("in 1997, when ... 228 died"); 0 if none
	Target      bool          // a target or forecast ("hope to reach $8bn"), not a reported figure
	Superseded  bool          // a figure the source says was replaced ("previously reported 1,644")
}

// Position is "path:line:col".
func (c Claim) Position() string {
	return c.Path + ":" + itoa(c.Line) + ":" + itoa(c.Col)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
