package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/mention"
)

// amountReader reads money and percentages: every one is a claim; what it
// measures comes from the cues around it.
type amountReader struct{}

func (amountReader) read(x *extractor, s *sentenceCtx, i int, c *Claim) bool {
	m := s.mentions[i]
	if m.Kind == mention.KindMoney && c.Value.Unit == "JPY" && strings.Contains(m.Text, "¥") && x.yuan() {
		c.Value.Unit = "CNY"
	}
	fallback := "amount"
	if m.Kind == mention.KindPercent {
		fallback = "percent"
	}
	c.Metric, x.inherited = x.metricOf(s, i, fallback)
	return true
}

// metric is what a money or percent figure measures: the cue nearest it,
// preferring its own clause, the head of a compound ("trade surplus" is a
// surplus), and flows over commodities ("imports, mostly oil and gas, rose to
// $129bn" are imports). A percentage change names what changed ("change of
// trade"). With no cue, an amount inherits the metric of the figure before it
// ("The total compares with $240.1 billion").
func (x *extractor) metric(s *sentenceCtx, i int, fallback string) string {
	m, _ := x.metricOf(s, i, fallback)
	return m
}

// metricOf is metric, and whether the figure inherited it.
func (x *extractor) metricOf(s *sentenceCtx, i int, fallback string) (string, bool) {
	toks := s.toks
	tr := s.mtok[i]
	kind := s.mentions[i].Kind
	cl, ch := figureClause(toks, tr) // "it fell 5 percent, to $5.94 trillion"
	if cl > 1 && relativeWords[toks[cl].lower] {
		// "a jump in imports, which climbed by $20.8 billion to $475.6
		// billion": the clause a "which" clause hangs on names its flow
		cl, _ = clause(toks, [2]int{cl - 2, cl - 1})
	}
	best, bestDist := "", 1<<30
	for k := range toks {
		if k >= tr[0] && k < tr[1] {
			continue
		}
		mt, ok := cueAt(toks, k)
		if !ok {
			continue
		}
		if kind == mention.KindMoney && !moneyMetric(mt) || kind == mention.KindPercent && !percentMetric(mt) {
			continue
		}
		if mt == "change" && k < tr[0] && toks[tr[0]-1].lower == "to" {
			continue // "decreased to 6 percent" gives a level, not a change
		}
		if k+1 < len(toks) && k+1 != tr[0] {
			if next, ok := cueAt(toks, k+1); ok && next != mt && moneyMetric(next) == moneyMetric(mt) {
				continue // "trade surplus": the head noun says what it is
			}
		}
		d := k - tr[1]
		if k < tr[0] {
			d = tr[0] - k
		}
		if k < cl || k >= ch {
			if k >= ch && x.ownedCue(s, i, k) {
				continue
			}
			d += 10
		}
		if commodity(mt) {
			d += 8
		}
		if kind == mention.KindPercent && !levelMetric(mt) && mt != "change" {
			d += 6 // "Russia's share of trade ... 6 percent" is a share
		}
		if d < bestDist {
			best, bestDist = mt, d
		}
	}
	if best == "change" && kind == mention.KindPercent {
		if of := x.changeOf(s, i); of != "" {
			best = "change of " + of
		}
	}
	if kind == mention.KindMoney && moneyChange(toks, tr) {
		// "imports fell by $109 billion", "a $102.9 billion decrease": the
		// change of a flow, not its level
		of := best
		if of == "" || of == "change" {
			of = x.changeOf(s, i)
		}
		if of != "" {
			return "change of " + of, false
		}
	}
	if best == "" {
		for k := len(x.out) - 1; k >= 0 && k >= len(x.out)-3; k-- {
			if prev := x.out[k]; prev.Kind == kind && prev.Metric != fallback {
				return prev.Metric, true
			}
		}
		return fallback, false
	}
	return best, false
}

// ownedCue reports whether the cue at token k, in a clause after figure
// i's, stands in a clause with a figure of its own of the same kind: "it
// fell 5 percent, to $5.94 trillion, and the trade surplus narrowed to
// $823.2 billion" names the second amount, not the first. A cue in a clause
// before may head a list ("pledges: the US $171 million, Qatar $50
// million") and is not skipped.
func (x *extractor) ownedCue(s *sentenceCtx, i, k int) bool {
	lo, hi := clause(s.toks, [2]int{k, k + 1})
	if !coordinators[s.toks[lo].lower] {
		return false // ", down from 67.3%": the same figure's change
	}
	for j, r := range s.mtok {
		if j != i && s.mentions[j].Kind == s.mentions[i].Kind && r[0] >= lo && r[1] <= hi {
			return true
		}
	}
	return false
}

// coordinators open a clause with a subject of its own.
var coordinators = wordSet(`and but while whereas`)

// moneyChange reports an amount that is the size of a change: "by $109
// billion" after a verb of change, "a $102.9 billion decrease", "an increase
// of $21.9 billion".
func moneyChange(toks []token, tr [2]int) bool {
	if tr[0] > 0 && toks[tr[0]-1].lower == "by" {
		for k := tr[0] - 2; k >= 0 && k >= tr[0]-4; k-- {
			if toks[k].cue == "change" || lex().changeNouns[toks[k].lower] {
				return true
			}
		}
	}
	if tr[1] < len(toks) && lex().changeNouns[toks[tr[1]].lower] {
		return true
	}
	return tr[0] >= 2 && toks[tr[0]-1].lower == "of" && lex().changeNouns[toks[tr[0]-2].lower]
}

// levelMetric names percentages that are levels: shares and rates.
func levelMetric(m string) bool {
	switch m {
	case "share", "inflation", "unemployment", "turnout", "territory", "approval", "support", "interest", "votes":
		return true
	}
	return false
}

// changeOf finds what a percentage change is a change of: the nearest flow
// or amount cue in the sentence ("exports jumped 46.9%").
func (x *extractor) changeOf(s *sentenceCtx, i int) string {
	tr := s.mtok[i]
	// "$218 billion last year, up about 26%": the change of the amount before
	// it, unless a flow is named between them ("exports jumped 46.9% to
	// $110.97bn, while imports rose 12.7%")
	for j := i - 1; j >= 0; j-- {
		if s.mentions[j].Kind == mention.KindPercent {
			break
		}
		if s.mentions[j].Kind == mention.KindMoney && !flowBetween(s.toks, s.mtok[j][1], tr[0]) {
			if mt := x.metric(s, j, ""); mt != "" {
				return mt
			}
			break
		}
	}
	best, bestDist := "", 1<<30
	for k := range s.toks {
		mt, ok := cueAt(s.toks, k)
		if !ok || mt == "change" || !moneyMetric(mt) || commodity(mt) {
			continue
		}
		d := dist(k, k+1, tr)
		if d < bestDist {
			best, bestDist = mt, d
		}
	}
	return best
}

// flowBetween reports a flow's name (imports, exports, trade) between
// tokens a and b.
func flowBetween(toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		if tradeMeasure(toks[k]) {
			return true
		}
	}
	return false
}

// commodity metrics name goods, which a flow of money is usually made of
// rather than about.
func commodity(m string) bool {
	return m == "oil" || m == "gas" || m == "freight"
}

func moneyMetric(m string) bool {
	switch m {
	case "share", "change", "inflation", "unemployment", "turnout", "territory", "approval", "support":
		return false
	}
	return moneyOnly(m) || m == "freight" || m == "oil" || m == "gas" || m == "deployed" || m == "workers"
}

func percentMetric(m string) bool {
	switch m {
	case "share", "change", "inflation", "unemployment", "turnout", "territory", "approval",
		"support", "votes", "interest", "trade", "exports", "imports", "gdp", "sales", "revenue",
		"profit", "price", "budget", "debt":
		return true
	}
	return false
}

func (x *extractor) yuan() bool {
	if !x.yenRead {
		x.yenIsYuan, x.yenRead = yuanContext(x.vocab, x.doc.Text), true
	}
	return x.yenIsYuan
}

// yuanContext reports whether a text speaks of the yuan or of China more
// than of Japan, for reading "¥".
func yuanContext(v *vocab, text string) bool {
	china, japan := 0, 0
	for t := range v.scan(text) {
		switch t.lower {
		case "yuan", "renminbi", "rmb", "china", "chinese", "beijing":
			china++
		case "yen", "japan", "japanese", "tokyo":
			japan++
		}
	}
	return china > japan
}
