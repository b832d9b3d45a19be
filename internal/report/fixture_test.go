package report

import (
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/sources"
)

// The fixture is a made-up ferry sinking told by three made-up outlets, with
// findings built by hand so the renderer is tested without the engine.

func doc(id, title, outlet, url, published string) *sources.Document {
	d := &sources.Document{ID: id, Path: "stories/ferry/" + id + ".txt", Title: title, Outlet: outlet, URL: url}
	if published != "" {
		d.Published, _ = time.Parse("2006-01-02", published)
	}
	return d
}

func num(n float64, unit string, q mention.Qualifier) mention.Value {
	return mention.NewNumber(n, unit, q, 0)
}

func date(y, m, d int) mention.Value {
	dt := &mention.Date{Year: y, Month: m, Day: d}
	lo, hi := dt.Interval()
	return mention.Value{Low: lo, High: hi, Date: dt}
}

func claim(src string, line int, metric, subject, text, sentence string, v mention.Value) claims.Claim {
	k := mention.KindCount
	switch {
	case v.Date != nil:
		k = mention.KindDate
	case v.Unit == "%":
		k = mention.KindPercent
	case len(v.Unit) == 3 && strings.ToUpper(v.Unit) == v.Unit:
		k = mention.KindMoney
	}
	return claims.Claim{Source: src, Path: "stories/ferry/" + src + ".txt", Kind: k, Metric: metric, Subject: subject,
		Value: v, Text: text, Line: line, Col: 1, Sentence: sentence}
}

// finding groups claims into sides by value string, most supported first.
func finding(status compare.Status, severity float64, cs ...claims.Claim) compare.Finding {
	f := compare.Finding{Kind: cs[0].Kind, Metric: cs[0].Metric, Subject: cs[0].Subject, Status: status, Severity: severity}
	var order []string
	bySide := map[string]*compare.Side{}
	all := map[string]bool{}
	for _, c := range cs {
		key := c.Value.String()
		if status == compare.Agree {
			key = "one"
		}
		s, ok := bySide[key]
		if !ok {
			s = &compare.Side{Value: c.Value}
			bySide[key] = s
			order = append(order, key)
		}
		if c.Value.Precision() > s.Value.Precision() {
			s.Value = c.Value
		}
		s.Claims = append(s.Claims, c)
		if !contains(s.Sources, c.Source) {
			s.Sources = append(s.Sources, c.Source)
		}
		all[c.Source] = true
	}
	for _, k := range order {
		f.Sides = append(f.Sides, *bySide[k])
	}
	for s := range all {
		f.Sources = append(f.Sources, s)
	}
	sortStrings(f.Sources)
	for i := 1; i < len(f.Sides); i++ {
		for j := i; j > 0 && len(f.Sides[j].Sources) > len(f.Sides[j-1].Sources); j-- {
			f.Sides[j], f.Sides[j-1] = f.Sides[j-1], f.Sides[j]
		}
	}
	f.Fingerprint = string(f.Kind) + "/" + f.Metric + "/" + f.Subject
	return f
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func ferry() Input {
	const sub = "Maren ferry sinking"
	a1 := claim("alpha", 3, "deaths", sub, "12 people", "The ferry Maren sank off Kelso Point on 3 March 2025, killing 12 people.", num(12, "", mention.Exact))
	a2 := claim("alpha", 3, "date of sinking", sub, "3 March 2025", "The ferry Maren sank off Kelso Point on 3 March 2025, killing 12 people.", date(2025, 3, 3))
	a3 := claim("alpha", 5, "aboard", sub, "140 passengers", "She was carrying 140 passengers and crew.", num(140, "", mention.Exact))
	a4 := claim("alpha", 7, "salvage cost", sub, "$2 million", "Raising the wreck will cost $2 million, the port authority said.", num(2e6, "USD", mention.Exact))
	a5 := claim("alpha", 9, "year built", sub, "1998", "The Maren was built in 1998.", mention.Value{Date: &mention.Date{Year: 1998}})
	b1 := claim("bravo", 4, "deaths", sub, "Twelve people", "Twelve people died when the Maren went down.", num(12, "", mention.Exact))
	b2 := claim("bravo", 4, "date of sinking", sub, "4 March", "The Maren went down in rough seas on 4 March.", date(0, 3, 4))
	b3 := claim("bravo", 6, "aboard", sub, "about 140", "About 140 people were on board.", num(140, "", mention.Approx))
	b4 := claim("bravo", 8, "salvage cost", sub, "$3.5m", "The salvage is expected to cost $3.5m.", num(3.5e6, "USD", mention.Exact))
	b5 := claim("bravo", 10, "inquiry opened", sub, "March 2025", "An inquiry opened in March 2025.", date(2025, 3, 0))
	c1 := claim("charlie", 2, "deaths", sub, "14 people", "At least one report says the Maren sinking on 3 March 2025 killed 14 people.", num(14, "", mention.Exact))
	c2 := claim("charlie", 2, "date of sinking", sub, "3 March 2025", "At least one report says the Maren sinking on 3 March 2025 killed 14 people.", date(2025, 3, 3))
	c3 := claim("charlie", 5, "rescued", sub, "96", "Coastguard crews pulled 96 survivors from the water.", num(96, "", mention.Exact))
	c4 := claim("charlie", 6, "inquiry opened", sub, "10 March 2025", "The inquiry was opened on 10 March 2025.", date(2025, 3, 10))
	c5 := claim("charlie", 7, "aboard", sub, "140", "There were 140 people aboard.", num(140, "", mention.Exact))
	return Input{
		Docs: []*sources.Document{
			doc("charlie", "Maren: the night the sea won", "Harbour Weekly", "", ""),
			doc("alpha", "Ferry sinks off Kelso Point", "The Coast Courier", "https://courier.example/maren-sinks", "2025-03-04"),
			doc("bravo", "Twelve dead in ferry disaster", "Northern Wire", "javascript:alert(1)", "2025-03-06"),
		},
		Claims: []claims.Claim{a1, a2, a3, a4, a5, b1, b2, b3, b4, b5, c1, c2, c3, c4, c5},
		Findings: []compare.Finding{
			finding(compare.Conflict, 0.14, a1, b1, c1),
			finding(compare.Conflict, 0.43, a4, b4),
			finding(compare.Conflict, 0.10, a2, c2, b2),
			finding(compare.Agree, 0, a3, b3, c5),
			finding(compare.Agree, 0, b5, c4),
			finding(compare.Single, 0, c3),
			finding(compare.Single, 0, a5),
		},
	}
}
