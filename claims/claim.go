package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/mention"
)

// Claim is one factual claim a source makes: a figure or date, what it
// measures, what it is about, and where it stands in the source.
type Claim struct {
	Source      string        // the source's id
	Path        string        // the source's path, for file:line messages
	Kind        mention.Kind  // count, money, percent or date
	Metric      string        // what is measured: deaths, injured, aboard, trade, date of crash...
	Subject     string        // what it is about, in a few words: "Azerbaijan Airlines plane crash"
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

	// The rest of the claim's frame (see claims/compare): which event it is
	// a figure of, and of whom or what within that event.
	Scope       Scope  // who or what within the event the figure counts; zero for the whole
	Event       string // a background event the figure is bound to by name ("Hurricane Katrina"); "" for the story's own
	EventPhrase string // how the claim's sentence names its event ("Hurricane Helene", "Jeju Air crash"); "" if it does not
	Concept     string // for a date: the kind of event its clause names ("quake", "crash"); "" if none
	Happening   string // for a date: what its clause says happened ("burst on 11 May": "burst"); "" if it says nothing
	Resolved    string // how a date the source could not place was placed by the other sources (compare.Resolve); "" if not

	// Earlier is set on a claim read from an earlier revision of its
	// source: when that revision was stored (RFC 3339); "" for the current
	// text. It is never stored (a claim is stored with its revision).
	Earlier string `json:",omitempty"`
}

// Scope says who or what within an event a figure counts: "deaths in
// Florida" and "Kenyans among the dead" are parts of the toll, "imports
// from China" one partner's share of a country's imports.
type Scope struct {
	Kind ScopeKind // what sort of part it is; "" for the whole
	Name string    // the part's name as written ("Florida", "Kenyan", "children")
}

// ScopeKind is what sort of part of an event a scope is.
type ScopeKind string

// The kinds of scope.
const (
	ScopePlace       ScopeKind = "place"       // "in Florida", "on the ground"
	ScopeNationality ScopeKind = "nationality" // "40 French citizens", "32 of the victims were Kenyan"
	ScopeSubgroup    ScopeKind = "subgroup"    // "including 27 children", "two crew members among the survivors"
	ScopePartner     ScopeKind = "partner"     // "trade with the US", "imports from China"
	ScopeBasis       ScopeKind = "basis"       // "year on year", "goods" against "goods and services"
	ScopeIncrement   ScopeKind = "increment"   // "nine more bodies", "26 additional deaths"
	ScopeHappening   ScopeKind = "happening"   // for a date: what happened on it ("approved a state of emergency")
	ScopeHolder      ScopeKind = "holder"      // who won, took or holds it: "Labour took 411 seats", "Reform's share"
)

// IsZero reports the whole: no scope.
func (s Scope) IsZero() bool { return s.Kind == "" }

// Key is what two scopes must share to be one: the kind and the name,
// folded, without the generic words a writer may add or leave out ("Al
// Haouz province" is "Al Haouz").
func (s Scope) Key() string {
	switch s.Kind {
	case "":
		return ""
	case ScopeHappening:
		// what happened, by its verb: "approved a state of emergency" and
		// "approved an emergency declaration" are one happening
		verb, _, _ := strings.Cut(s.Name, " ")
		return string(s.Kind) + ":" + stem(verb)
	}
	return string(s.Kind) + ":" + scopeNameKey(s.Name)
}

// Label is the scope in words a reader knows: "in Florida", "Kenyan",
// "with China".
func (s Scope) Label() string {
	switch s.Kind {
	case "":
		return ""
	case ScopePlace:
		if strings.HasPrefix(s.Name, "on ") || strings.HasPrefix(s.Name, "at ") {
			return s.Name
		}
		return "in " + s.Name
	case ScopePartner:
		return "with " + s.Name
	case ScopeIncrement:
		return "more"
	}
	return s.Name
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
