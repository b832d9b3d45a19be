package goldscore

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"
)

// RelTolerance is how far a number may be from the gold value and still
// match it, relative to the gold value.
const RelTolerance = 0.005

// SameValue reports whether got equals want or one of accept: strings (dates)
// must be equal as text, numbers within RelTolerance of the gold value. A
// string never matches a number except by its text, as in score.py.
func SameValue(got, want any, accept ...any) bool {
	for _, w := range append([]any{want}, accept...) {
		_, gs := got.(string)
		_, ws := w.(string)
		if gs || ws {
			if pyStr(got) == pyStr(w) {
				return true
			}
			continue
		}
		g, ok1 := number(got)
		n, ok2 := number(w)
		if !ok1 || !ok2 {
			continue
		}
		if g == n || (n != 0 && math.Abs(g-n)/math.Abs(n) <= RelTolerance) {
			return true
		}
	}
	return false
}

// number converts a decoded JSON number (float64, json.Number, an int, a
// bool as Python's float() does) to float64.
func number(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case float32:
		return float64(x), true
	case int:
		return float64(x), true
	case int64:
		return float64(x), true
	case json.Number:
		f, err := strconv.ParseFloat(string(x), 64)
		return f, err == nil
	case bool:
		if x {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// isInt reports whether a value is an integer as Python's json module would
// decode it (a literal with no fraction or exponent).
func isInt(v any) bool {
	switch x := v.(type) {
	case int, int64:
		return true
	case json.Number:
		return !strings.ContainsAny(string(x), ".eE")
	}
	return false
}

// pyStr is Python's str() of a decoded JSON value.
func pyStr(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case string:
		return x
	case bool:
		if x {
			return "True"
		}
		return "False"
	}
	if isInt(v) {
		if n, ok := v.(json.Number); ok {
			if i, err := strconv.ParseInt(string(n), 10, 64); err == nil {
				return strconv.FormatInt(i, 10)
			}
			return string(n)
		}
		f, _ := number(v)
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	if f, ok := number(v); ok {
		return pyFloat(f)
	}
	return "?"
}

// pyRepr is Python's repr() of a decoded JSON value, for messages.
func pyRepr(v any) string {
	if s, ok := v.(string); ok {
		if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
			return `"` + strings.ReplaceAll(s, `\`, `\\`) + `"`
		}
		return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
	}
	return pyStr(v)
}

// pyFloat is Python's repr of a float: the shortest digits, fixed notation
// for exponents -4..15 with at least one decimal, else 1.5e+16.
func pyFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64)
	i := strings.IndexByte(e, 'e')
	exp, _ := strconv.Atoi(e[i+1:])
	if exp >= -4 && exp < 16 {
		s := strconv.FormatFloat(f, 'f', -1, 64)
		if !strings.Contains(s, ".") {
			s += ".0"
		}
		return s
	}
	mant := e[:i]
	sign := "+"
	if exp < 0 {
		sign, exp = "-", -exp
	}
	es := strconv.Itoa(exp)
	if len(es) < 2 {
		es = "0" + es
	}
	return mant + "e" + sign + es
}
