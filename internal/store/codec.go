package store

import (
	"encoding/json"
	"math"
	"strconv"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/sources"
)

// Claims and documents are stored as JSON of their Go fields, so that a field
// added to claims.Claim, mention.Value or sources.Document is kept without a
// change here. The wrappers embed method-less copies of the types, so that a
// MarshalJSON added for output formats does not change the stored form, and
// spell the figures of a Value so that open intervals (±Inf) survive.

type plainClaim claims.Claim
type plainValue mention.Value
type plainDocument sources.Document

// float is a float64 whose JSON also spells "+Inf", "-Inf" and "NaN".
type float float64

func (f float) MarshalJSON() ([]byte, error) {
	v := float64(f)
	switch {
	case math.IsInf(v, 1):
		return []byte(`"+Inf"`), nil
	case math.IsInf(v, -1):
		return []byte(`"-Inf"`), nil
	case math.IsNaN(v):
		return []byte(`"NaN"`), nil
	}
	return json.Marshal(v)
}

func (f *float) UnmarshalJSON(b []byte) error {
	s := string(b)
	if len(s) >= 2 && s[0] == '"' {
		s = s[1 : len(s)-1]
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return err
	}
	*f = float(v)
	return nil
}

type valueJSON struct {
	plainValue
	Number float
	Low    float
	High   float
}

type claimJSON struct {
	plainClaim
	Value valueJSON
}

func toClaimJSON(c claims.Claim) claimJSON {
	v := c.Value
	return claimJSON{
		plainClaim: plainClaim(c),
		Value:      valueJSON{plainValue: plainValue(v), Number: float(v.Number), Low: float(v.Low), High: float(v.High)},
	}
}

func (j claimJSON) claim() claims.Claim {
	c := claims.Claim(j.plainClaim)
	c.Value = mention.Value(j.Value.plainValue)
	c.Value.Number, c.Value.Low, c.Value.High = float64(j.Value.Number), float64(j.Value.Low), float64(j.Value.High)
	return c
}

func encodeClaim(c claims.Claim) (string, error) {
	b, err := json.Marshal(toClaimJSON(c))
	return string(b), err
}

func decodeClaim(s string) (claims.Claim, error) {
	var j claimJSON
	if err := json.Unmarshal([]byte(s), &j); err != nil {
		return claims.Claim{}, err
	}
	return j.claim(), nil
}

// interner keeps one copy of each string that decoded claims repeat: a
// source's id, path and date, a sentence with several figures, metrics,
// kinds, units. Decoded JSON gives every claim its own copies, which made a
// claim read from a store take half as much memory again as one extracted
// from its file, whose strings point into the file's text.
type interner map[string]string

func (in interner) intern(p *string) {
	if *p == "" {
		return
	}
	if s, ok := in[*p]; ok {
		*p = s
		return
	}
	in[*p] = *p
}

// claim interns every string of c but its text and the time of an earlier
// revision (most of those are its own).
func (in interner) claim(c *claims.Claim) {
	for _, p := range []*string{
		&c.Source, &c.Path, &c.Metric, &c.Subject, &c.Sentence, &c.Heading, &c.Attribution,
		&c.Period, &c.Published, &c.EventDate, &c.Scope.Name, &c.Event, &c.EventPhrase,
		&c.Concept, &c.Happening, &c.Resolved, &c.Value.Unit,
		(*string)(&c.Kind), (*string)(&c.Scope.Kind), (*string)(&c.Value.Qualifier),
	} {
		in.intern(p)
	}
}

// encodeDocument stores everything but the text, which has its own column.
func encodeDocument(d *sources.Document) (string, error) {
	p := plainDocument(*d)
	p.Text = ""
	b, err := json.Marshal(p)
	return string(b), err
}

func decodeDocument(s, text string) (*sources.Document, error) {
	var p plainDocument
	if err := json.Unmarshal([]byte(s), &p); err != nil {
		return nil, err
	}
	d := sources.Document(p)
	d.Text = text
	return &d, nil
}

// timeLayout is fixed-width UTC, so that stored times sort as text.
const timeLayout = "2006-01-02T15:04:05.000000000Z"

func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(timeLayout)
}

func parseTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(time.RFC3339Nano, s)
}
