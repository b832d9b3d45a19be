package compare

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
)

// Status says whether the sources on one fact agree.
type Status string

// Statuses of a finding.
const (
	Conflict Status = "conflict" // the claims cannot all be true together
	Agree    Status = "agree"    // several sources, all compatible
	Single   Status = "single"   // one source alone speaks of the fact
)

// Finding is one fact that several claims speak of, with the claims grouped
// into sides: each side gathers claims compatible with one another.
type Finding struct {
	Fingerprint string         // stable id: kind, measure, event, scope and the sides' values; no line numbers
	Kind        mention.Kind   // the kind of the claims
	Metric      string         // what is measured: "deaths", "imports", "date"
	Subject     string         // what it is about: the event, and the scope when there is one
	Event       string         // the event it is a figure of: "Hurricane Helene"
	Scope       string         // who or what within the event: "in Florida", "Kenyan"; "" for the whole
	Period      string         // the period its figures cover ("2023"); "" when they name none
	Status      Status         // conflict, agree or single
	Evolving    bool           // a conflict on a running total whose values rise with the sources' publication dates: an update more likely than an error
	Severity    float64        // how serious a conflict is (0 otherwise): larger is worse
	Sides       []Side         // most supported side first
	SelfContra  []string       // sources that give values on more than one side
	Sources     []string       // every source that speaks, sorted
	Superseded  []claims.Claim // figures their sources say were replaced; kept, never a conflict
	Why         string         // why its claims are one fact: the frame they share, in words
}

// Side is a set of mutually compatible claims on one fact.
type Side struct {
	Value   mention.Value  // the most precise value of the side
	Sources []string       // the sources behind it, sorted
	Claims  []claims.Claim // the claims, in source then text order
}

// Claims returns every claim of the finding, side by side.
func (f Finding) Claims() []claims.Claim {
	var out []claims.Claim
	for _, s := range f.Sides {
		out = append(out, s.Claims...)
	}
	return out
}

// finding builds one fact from its claims: sides of compatible values, the
// status, its names, severity and fingerprint.
func finding(fr Frame, members []claims.Claim, st *story, cmp *comparer) Finding {
	f := Finding{Kind: members[0].Kind, Metric: members[0].Metric, Period: fr.Period}
	nsup := 0
	for i := range members {
		if members[i].Superseded {
			nsup++
		}
	}
	live, superseded := members, []claims.Claim(nil)
	if nsup > 0 && nsup < len(members) {
		live = make([]claims.Claim, 0, len(members)-nsup)
		superseded = make([]claims.Claim, 0, nsup)
		for i := range members {
			if members[i].Superseded {
				superseded = append(superseded, members[i])
			} else {
				live = append(live, members[i])
			}
		}
	}
	// A superseded figure is kept with its fact, marked, and is never a
	// side: the source itself says it no longer holds.
	f.Sides = makeSides(live, cmp)
	f.Superseded = superseded
	srcs := map[string]bool{}
	for _, c := range members {
		srcs[c.Source] = true
	}
	f.Sources = sortedKeys(srcs)
	switch {
	case len(f.Sides) > 1:
		f.Status = Conflict
		f.Evolving = risingTotal(f)
	case len(f.Sources) > 1:
		f.Status = Agree
	default:
		f.Status = Single
	}
	f.SelfContra = selfContradicting(f, cmp)
	f.Event = st.eventLabel(fr.Event, members)
	f.Scope = scopeLabel(members, fr.Scope)
	f.Subject = f.Event
	if f.Scope != "" {
		f.Subject = strings.TrimSpace(f.Event + " – " + f.Scope)
	}
	f.Why = why(fr, f)
	if f.Status == Conflict {
		f.Severity = severity(f)
		if f.Evolving {
			f.Severity = roundSeverity(f.Severity * evolvingShare)
		}
	}
	f.Fingerprint = fingerprint(f, fr)
	return f
}

// evolvingShare is how much a conflict on a rising total weighs against one
// that no date explains: it is shown, but after the others.
const evolvingShare = 0.5

// selfContradicting lists the sources two of whose claims on different
// sides cannot both be true ("at least 93" beside "93" can).
func selfContradicting(f Finding, cmp *comparer) []string {
	type placed struct {
		side int
		v    mention.Value
	}
	bySource := map[string][]placed{}
	for i, sd := range f.Sides {
		for _, c := range sd.Claims {
			bySource[c.Source] = append(bySource[c.Source], placed{i, c.Value})
		}
	}
	self := map[string]bool{}
	for src, ps := range bySource {
		for i := 0; i < len(ps) && !self[src]; i++ {
			for _, q := range ps[i+1:] {
				if q.side != ps[i].side && !cmp.compatible(ps[i].v, q.v) {
					self[src] = true
					break
				}
			}
		}
	}
	return sortedKeys(self)
}

// scopeLabel names a fact's scope in the words its claims use most.
func scopeLabel(members []claims.Claim, key string) string {
	if key == "" {
		return ""
	}
	if strings.HasPrefix(key, otherDayScope) {
		return "another day"
	}
	n := map[string]int{}
	for _, c := range members {
		// a part only its sentence names keys its fact with its source
		// and place (frameOf): "subgroup:part|a|120"
		if k := c.Scope.Key(); k == key || strings.HasPrefix(key, k+"|") {
			n[c.Scope.Label()]++
		}
	}
	return mostCommon(n)
}

// why says in words what the claims of a fact share: the reason they are
// one fact, for --explain.
func why(fr Frame, f Finding) string {
	var parts []string
	if f.Event != "" {
		parts = append(parts, "event "+f.Event)
	} else {
		parts = append(parts, "the story's main event")
	}
	parts = append(parts, "measure "+f.Metric)
	if f.Scope != "" {
		parts = append(parts, "scope "+f.Scope)
	} else {
		parts = append(parts, "the whole event (no scope)")
	}
	if fr.Period != "" {
		parts = append(parts, "period "+fr.Period)
	}
	if fr.Target {
		parts = append(parts, "a target or forecast")
	}
	return strings.Join(parts, ", ")
}

// runningTotals are metrics that only grow as a story unfolds.
var runningTotals = map[string]bool{
	"deaths": true, "injured": true, "casualties": true, "displaced": true, "evacuated": true,
	"arrested": true, "detained": true, "cases": true, "affected": true,
}

// risingTotal reports sides of a running total whose values rise with their
// sources' publication dates: every source of a lower side was published no
// later than every source of a higher side, and not all on one day. A side
// of a source with no publication date makes it a conflict.
func risingTotal(f Finding) bool {
	if !runningTotals[f.Metric] || f.Kind != mention.KindCount {
		return false
	}
	type span struct{ lo, hi string }
	sides := f.Sides
	spans := make([]span, len(sides))
	for i, s := range sides {
		// A side's time is that of its figures proper: "more than 1,600"
		// reported early fits every later toll and says nothing of when
		// the side's own value was given.
		exact := false
		for k := range s.Claims {
			if !weakFit(s.Claims[k].Value) {
				exact = true
				break
			}
		}
		for k := range s.Claims {
			c := &s.Claims[k]
			if exact && weakFit(c.Value) {
				continue
			}
			if c.Published == "" {
				return false
			}
			if spans[i].lo == "" || c.Published < spans[i].lo {
				spans[i].lo = c.Published
			}
			if c.Published > spans[i].hi {
				spans[i].hi = c.Published
			}
		}
	}
	apart := false
	for i := range sides {
		for j := range sides {
			if i == j || sides[i].Value.Number >= sides[j].Value.Number {
				continue
			}
			// side i is lower: it must be older
			if spans[i].hi > spans[j].lo {
				return false
			}
			if spans[i].hi < spans[j].lo {
				apart = true
			}
		}
	}
	return apart
}

// metricWeight says how much a disagreement on a metric matters.
var metricWeight = map[string]float64{
	"deaths": 3, "injured": 2, "missing": 2, "aboard": 2, "survivors": 2, "casualties": 2,
	"date": 1.5, "displaced": 1.5, "evacuated": 1.5, "arrested": 1.5, "detained": 1.5,
}

// The weights of severity besides metricWeight.
const (
	// otherMetricWeight is the weight of a metric metricWeight does not list.
	otherMetricWeight = 1.0
	// moneyWeight is the weight of a money figure metricWeight does not
	// list: a little above other figures, as sums are what trade and aid
	// stories are about.
	moneyWeight = 1.3
	// spreadFloor is what sides that barely differ weigh, so that no
	// conflict is weightless: a third of what sides as far apart as
	// maxSpread weigh.
	spreadFloor = 0.5
	// maxSpread is the spread (mention.Spread: the difference over the
	// larger side, years for dates) past which sides are no further apart.
	maxSpread = 1.0
	// severityDecimals is how many decimals a severity keeps, so that it
	// prints and compares the same on every machine.
	severityDecimals = 3
)

// severity ranks conflicts: what is measured, how far apart the sides are,
// and how many sources speak (their logarithm: a tenth source adds less
// than a second).
func severity(f Finding) float64 {
	w := metricWeight[f.Metric]
	if w == 0 {
		w = otherMetricWeight
		if f.Kind == mention.KindMoney {
			w = moneyWeight
		}
	}
	spread := 0.0
	for i := 1; i < len(f.Sides); i++ {
		spread = math.Max(spread, mention.Spread(f.Sides[0].Value, f.Sides[i].Value))
	}
	s := w * (1 + math.Log(float64(len(f.Sources)))) * (spreadFloor + math.Min(spread, maxSpread))
	return roundSeverity(s)
}

// roundSeverity rounds s to severityDecimals decimals.
func roundSeverity(s float64) float64 {
	scale := math.Pow10(severityDecimals)
	return math.Round(s*scale) / scale
}

// fingerprint identifies a finding across runs and edits: kind, measure,
// event, scope, period and the sides' values; never line numbers or
// wording, so moving a paragraph does not change it, and a new figure does.
func fingerprint(f Finding, fr Frame) string {
	var vals []string
	for _, s := range f.Sides {
		vals = append(vals, s.Value.FingerprintString())
	}
	sort.Strings(vals)
	key := string(f.Kind) + "|" + f.Metric + "|" + fr.Event + "|" + strings.Join(vals, "|")
	if fr.Scope != "" || fr.Period != "" || fr.Target {
		key += "|" + fr.Scope + "|" + fr.Period
		if fr.Target {
			key += "|target"
		}
	}
	h := sha256.Sum256([]byte(key))
	return hex.EncodeToString(h[:8])
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// statusRank orders statuses for people: what needs attention first.
var statusRank = map[Status]int{Conflict: 0, Agree: 1, Single: 2}

// SortFindings orders findings the way every output lists them: conflicts
// (most serious first, rising totals among them by their lower severity), then agreements and single-source
// facts; then by the number of sources, kind, metric, subject and
// fingerprint, so that the order never depends on how they were found. A
// status it does not know goes last.
func SortFindings(fs []Finding) {
	rank := func(s Status) int {
		if r, ok := statusRank[s]; ok {
			return r
		}
		return len(statusRank)
	}
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		switch {
		case rank(a.Status) != rank(b.Status):
			return rank(a.Status) < rank(b.Status)
		case a.Status != b.Status:
			return a.Status < b.Status
		case a.Severity != b.Severity:
			return a.Severity > b.Severity
		case len(a.Sources) != len(b.Sources):
			return len(a.Sources) > len(b.Sources)
		case a.Kind != b.Kind:
			return a.Kind < b.Kind
		case a.Metric != b.Metric:
			return a.Metric < b.Metric
		case a.Subject != b.Subject:
			return a.Subject < b.Subject
		}
		return a.Fingerprint < b.Fingerprint
	})
}
