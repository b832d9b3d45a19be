package mention

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// The vocabulary of the number recogniser: number words, scales, currencies
// and units. Adding a currency or a unit is one line of a table.

// nwKind is what a word means to the number grammar.
type nwKind uint8

const (
	nwNone     nwKind = iota
	nwUnit            // zero..nine
	nwTeen            // ten..nineteen
	nwTens            // twenty..ninety
	nwHundred         // hundred
	nwScale           // thousand, million, lakh, crore, and short forms (bn, k)
	nwDozen           // dozen(s), dz
	nwA               // a, an
	nwAnd             // and
	nwPoint           // point (five point five)
	nwNeg             // minus, negative
	nwOrd             // an ordinal used as a denominator: third(s), fifth(s), twentieth
	nwScaleOrd        // hundredth, thousandth, millionth...
	nwHalf            // half, halves
	nwQuarter         // quarter(s)
	nwPercent         // percent, per cent (cent), percentage, pct
	nwPlural          // dozens, hundreds, thousands, millions: a vague order of magnitude
	nwOver            // over (one over three)
	nwOut             // out (one out of three)
	nwOf              // of
)

// nword is a vocabulary entry.
type nword struct {
	kind     nwKind
	val      float64 // the number, the scale, or the denominator
	plural   bool    // ordinals: fifths, quarters
	short    bool    // scales: a short form (bn, k) that needs a number before it
	key      string  // the word folded to lower case
	code     bool    // a currency code written in lower case (usd, rmb, rs)
	function bool    // a function word that may open a sentence before a figure ("In 2023")
	starts   bool    // may start a mention: a number word, a code, "dollars"
	dollar   bool    // a country before a dollar sign (A$, "hk $"): may start a mention there

	// What the tables of units and currencies say of the word, read once
	// here rather than in a map for every figure.
	unit      string    // the unit it names (nrUnits), "" for none
	cur       *currency // the currency it names (currencyWord), nil for none
	pairFirst bool      // the first word of a two-word currency name (nrCurrencyPairs)
}

var nrWords = map[string]nword{}

func init() {
	units := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
	for i, w := range units {
		nrWords[w] = nword{kind: nwUnit, val: float64(i)}
	}
	nrWords["nought"] = nword{kind: nwUnit}
	nrWords["naught"] = nword{kind: nwUnit}
	teens := []string{"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, w := range teens {
		nrWords[w] = nword{kind: nwTeen, val: float64(10 + i)}
	}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, w := range tens {
		nrWords[w] = nword{kind: nwTens, val: float64(20 + 10*i)}
	}
	nrWords["fourty"] = nword{kind: nwTens, val: 40}
	nrWords["hundred"] = nword{kind: nwHundred, val: 100}
	for w, v := range map[string]float64{
		"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
		"lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "crore": 1e7, "crores": 1e7,
	} {
		nrWords[w] = nword{kind: nwScale, val: v}
	}
	for w, v := range map[string]float64{
		"bn": 1e9, "bln": 1e9, "mn": 1e6, "mln": 1e6, "mil": 1e6, "tn": 1e12, "tln": 1e12,
		"trn": 1e12, "k": 1e3, "mm": 1e6,
	} {
		nrWords[w] = nword{kind: nwScale, val: v, short: true}
	}
	for _, w := range []string{"dozen", "dozens", "dz", "dzs", "doz", "dozs"} {
		nrWords[w] = nword{kind: nwDozen, val: 12, plural: strings.HasSuffix(w, "s")}
	}
	nrWords["a"] = nword{kind: nwA, val: 1}
	nrWords["an"] = nword{kind: nwA, val: 1}
	nrWords["and"] = nword{kind: nwAnd}
	nrWords["point"] = nword{kind: nwPoint}
	nrWords["minus"] = nword{kind: nwNeg}
	nrWords["negative"] = nword{kind: nwNeg}
	ords := map[string]float64{
		"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
		"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
		"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
		"nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
		"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
	}
	for w, v := range ords {
		nrWords[w] = nword{kind: nwOrd, val: v}
		nrWords[w+"s"] = nword{kind: nwOrd, val: v, plural: true}
	}
	for w, v := range map[string]float64{"hundredth": 100, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12} {
		nrWords[w] = nword{kind: nwScaleOrd, val: v}
		nrWords[w+"s"] = nword{kind: nwScaleOrd, val: v, plural: true}
	}
	nrWords["half"] = nword{kind: nwHalf, val: 2}
	nrWords["halves"] = nword{kind: nwHalf, val: 2, plural: true}
	nrWords["quarter"] = nword{kind: nwQuarter, val: 4}
	nrWords["quarters"] = nword{kind: nwQuarter, val: 4, plural: true}
	for _, w := range []string{"percent", "percents", "percentage", "pct"} {
		nrWords[w] = nword{kind: nwPercent}
	}
	nrWords["per"] = nword{kind: nwPercent, short: true} // "per cent"
	for w, v := range map[string]float64{"hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "tens": 10} {
		nrWords[w] = nword{kind: nwPlural, val: v}
	}
	nrWords["over"] = nword{kind: nwOver}
	nrWords["out"] = nword{kind: nwOut}
	nrWords["of"] = nword{kind: nwOf}
}

// glued scale suffixes written right after digits: 10k, 3.7bn, 10M, 1.2b.
// The case-sensitive ones are checked before folding.
func gluedScale(s string, money bool) (float64, bool) {
	switch s {
	case "k", "K":
		return 1e3, true
	case "M", "MM", "mn", "mln", "mil", "Mn", "MN":
		return 1e6, true
	case "b", "B", "bn", "Bn", "BN", "bln":
		return 1e9, true
	case "G":
		return 1e9, money // "5G" is a network, "$5G" an amount
	case "tn", "tln", "trn", "Tn", "T":
		return 1e12, true
	case "m":
		return 1e6, money
	case "t":
		return 1e12, money
	}
	return 0, false
}

// currency is one way of writing a currency.
type currency struct {
	code   string  // ISO 4217 (or a common code such as BTC)
	name   string  // the English name the conformance specs use
	factor float64 // whole units per unit written: 0.01 for cents
	minor  bool    // a sub-unit (cent, penny): may end an amount ("3 dollars 50 cents")
}

func cur(code, name string) currency { return currency{code: code, name: name, factor: 1} }

// nrSymbols are currency signs that stand before or after the figure.
var nrSymbols = map[rune]currency{
	'$': cur("USD", "Dollar"), '€': cur("EUR", "Euro"), '£': cur("GBP", "Pound"),
	'₹': cur("INR", "Indian rupee"), '¥': cur("JPY", "Japanese yen"), '₩': cur("KRW", "South Korean won"),
	'₽': cur("RUB", "Russian ruble"), '₺': cur("TRY", "Turkish lira"), '₴': cur("UAH", "Ukrainian hryvnia"),
	'₸': cur("KZT", "Kazakhstani tenge"), '₼': cur("AZN", "Azerbaijani manat"), '₦': cur("NGN", "Nigerian naira"),
	'₪': cur("ILS", "Israeli new shekel"), '₱': cur("PHP", "Philippine peso"), '฿': cur("THB", "Thai baht"),
	'₫': cur("VND", "Vietnamese dong"), '₡': cur("CRC", "Costa Rican colón"), '₾': cur("GEL", "Georgian lari"),
	'₭': cur("LAK", "Lao kip"), '₿': cur("BTC", "Bitcoin"), '元': cur("CNY", "Chinese yuan"),
	'¢': {code: "USD", name: "Cent", factor: 0.01, minor: true},
}

// nrDollarPrefixes qualify a dollar sign: US$, C$, HK$, "us $", A$.
var nrDollarPrefixes = map[string]currency{
	"us": cur("USD", "United States dollar"), "usd": cur("USD", "United States dollar"),
	"u.s": cur("USD", "United States dollar"), "u.s.": cur("USD", "United States dollar"),
	"c": cur("CAD", "Canadian dollar"), "ca": cur("CAD", "Canadian dollar"), "can": cur("CAD", "Canadian dollar"),
	"cad": cur("CAD", "Canadian dollar"), "a": cur("AUD", "Australian dollar"), "au": cur("AUD", "Australian dollar"),
	"aud": cur("AUD", "Australian dollar"), "hk": cur("HKD", "Hong Kong dollar"), "hkd": cur("HKD", "Hong Kong dollar"),
	"nz": cur("NZD", "New Zealand dollar"), "nzd": cur("NZD", "New Zealand dollar"), "s": cur("SGD", "Singapore dollar"),
	"sg": cur("SGD", "Singapore dollar"), "r": cur("BRL", "Brazilian real"), "mex": cur("MXN", "Mexican peso"),
	"mxn": cur("MXN", "Mexican peso"), "nt": cur("TWD", "New Taiwan dollar"),
}

// nrCodes are ISO 4217 codes read before or after a figure. Upper case always;
// lower case only for codes that are not also English words.
var nrCodes = map[string]currency{}

var nrCodeNames = map[string]string{
	"USD": "United States dollar", "EUR": "Euro", "GBP": "British pound", "JPY": "Japanese yen",
	"CNY": "Chinese yuan", "RMB": "Chinese yuan", "INR": "Indian rupee", "RUB": "Russian ruble",
	"CAD": "Canadian dollar", "AUD": "Australian dollar", "CHF": "Swiss franc", "HKD": "Hong Kong dollar",
	"NZD": "New Zealand dollar", "SGD": "Singapore dollar", "SEK": "Swedish krona", "NOK": "Norwegian krone",
	"DKK": "Danish krone", "PLN": "Polish zloty", "CZK": "Czech koruna", "HUF": "Hungarian forint",
	"TRY": "Turkish lira", "UAH": "Ukrainian hryvnia", "KZT": "Kazakhstani tenge", "AZN": "Azerbaijani manat",
	"GEL": "Georgian lari", "AMD": "Armenian dram", "BYN": "Belarusian ruble", "KRW": "South Korean won",
	"BRL": "Brazilian real", "MXN": "Mexican peso", "ARS": "Argentine peso", "ZAR": "South African rand",
	"NGN": "Nigerian naira", "KES": "Kenyan shilling", "EGP": "Egyptian pound", "ILS": "Israeli new shekel",
	"SAR": "Saudi riyal", "AED": "United Arab Emirates dirham", "QAR": "Qatari riyal", "IRR": "Iranian rial",
	"PKR": "Pakistani rupee", "BDT": "Bangladeshi taka", "LKR": "Sri Lankan rupee", "IDR": "Indonesian rupiah",
	"MYR": "Malaysian ringgit", "THB": "Thai baht", "VND": "Vietnamese dong", "PHP": "Philippine peso",
	"TWD": "New Taiwan dollar", "UZS": "Uzbekistani sum", "KGS": "Kyrgyzstani som", "TJS": "Tajikistani somoni",
	"XOF": "West African CFA franc", "XAF": "Central African CFA franc", "BTC": "Bitcoin", "RON": "Romanian leu",
	"BGN": "Bulgarian lev", "RSD": "Serbian dinar", "ISK": "Icelandic krona", "CLP": "Chilean peso",
	"COP": "Colombian peso", "PEN": "Peruvian sol", "VES": "Venezuelan bolivar", "GHS": "Ghanaian cedi",
	"ETB": "Ethiopian birr", "MAD": "Moroccan dirham", "DZD": "Algerian dinar", "TND": "Tunisian dinar",
	"IQD": "Iraqi dinar", "KWD": "Kuwaiti dinar", "JOD": "Jordanian dinar", "LBP": "Lebanese pound",
}

// lower-case codes that are not English words.
var nrLowerCodes = "usd eur gbp jpy cny rmb inr rub cad aud chf hkd nzd sgd sek nok dkk pln czk huf uah kzt azn gel krw brl mxn zar ngn kes egp ils sar aed qar pkr bdt lkr idr myr thb vnd twd btc"

// nrCurrencyWords are currency names written after (or, for a few, before)
// the figure; multi-word names are in nrCurrencyPairs.
var nrCurrencyWords = map[string]currency{
	"dollar": cur("USD", "Dollar"), "euro": cur("EUR", "Euro"), "pound": cur("GBP", "Pound"),
	"sterling": cur("GBP", "Pound"), "yen": cur("JPY", "Japanese yen"), "yuan": cur("CNY", "Chinese yuan"),
	"renminbi": cur("CNY", "Chinese yuan"), "rmb": cur("CNY", "Chinese yuan"), "kuai": cur("CNY", "Chinese yuan"),
	"rupee": cur("INR", "Rupee"), "ruble": cur("RUB", "Russian ruble"), "rouble": cur("RUB", "Russian ruble"),
	"manat": cur("AZN", "Azerbaijani manat"), "tenge": cur("KZT", "Kazakhstani tenge"),
	"hryvnia": cur("UAH", "Ukrainian hryvnia"), "hryvnias": cur("UAH", "Ukrainian hryvnia"), "hryvnya": cur("UAH", "Ukrainian hryvnia"),
	"lira": cur("TRY", "Turkish lira"), "lire": cur("TRY", "Turkish lira"), "won": cur("KRW", "South Korean won"),
	"franc": cur("CHF", "Franc"), "peso": cur("MXN", "Peso"), "real": cur("BRL", "Brazilian real"),
	"reais": cur("BRL", "Brazilian real"), "rand": cur("ZAR", "South African rand"), "naira": cur("NGN", "Nigerian naira"),
	"shekel": cur("ILS", "Israeli new shekel"), "riyal": cur("SAR", "Saudi riyal"), "rial": cur("IRR", "Iranian rial"),
	"dirham": cur("AED", "United Arab Emirates dirham"), "dinar": cur("IQD", "Dinar"), "ringgit": cur("MYR", "Malaysian ringgit"),
	"baht": cur("THB", "Thai baht"), "rupiah": cur("IDR", "Indonesian rupiah"), "taka": cur("BDT", "Bangladeshi taka"),
	"zloty": cur("PLN", "Polish zloty"), "zlotys": cur("PLN", "Polish zloty"), "zlotych": cur("PLN", "Polish zloty"),
	"forint": cur("HUF", "Hungarian forint"), "koruna": cur("CZK", "Czech koruna"), "krona": cur("SEK", "Swedish krona"),
	"kronor": cur("SEK", "Swedish krona"), "krone": cur("NOK", "Krone"), "kroner": cur("NOK", "Krone"),
	"lari": cur("GEL", "Georgian lari"), "dram": cur("AMD", "Armenian dram"), "som": cur("KGS", "Kyrgyzstani som"),
	"somoni": cur("TJS", "Tajikistani somoni"), "cedi": cur("GHS", "Ghanaian cedi"), "birr": cur("ETB", "Ethiopian birr"),
	"shilling": cur("KES", "Shilling"), "kip": cur("LAK", "Lao kip"), "leu": cur("RON", "Romanian leu"),
	"lei": cur("RON", "Romanian leu"), "lev": cur("BGN", "Bulgarian lev"), "leva": cur("BGN", "Bulgarian lev"),
	"peseta": cur("ESP", "Peseta"), "markka": cur("FIM", "Finnish markka"), "guilder": cur("NLG", "Netherlands guilder"),
	"bitcoin": cur("BTC", "Bitcoin"), "satoshi": {code: "BTC", name: "Satoshi", factor: 1e-8},
	"cent":  {code: "USD", name: "Cent", factor: 0.01, minor: true},
	"penny": {code: "GBP", name: "Penny", factor: 0.01, minor: true}, "pence": {code: "GBP", name: "Pence", factor: 0.01, minor: true},
	"kopeck": {code: "RUB", name: "Kopek", factor: 0.01, minor: true}, "kopek": {code: "RUB", name: "Kopek", factor: 0.01, minor: true},
	"paise": {code: "INR", name: "Paisa", factor: 0.01, minor: true},
	"ரூ":    cur("LKR", "Sri Lankan rupee"),
}

// nrCurrencyPairs are two-word names: an adjective and a currency word.
var nrCurrencyPairs = map[string]currency{
	"us dollar": cur("USD", "United States dollar"), "u.s. dollar": cur("USD", "United States dollar"),
	"american dollar": cur("USD", "United States dollar"), "canadian dollar": cur("CAD", "Canadian dollar"),
	"australian dollar": cur("AUD", "Australian dollar"), "hong kong dollar": cur("HKD", "Hong Kong dollar"),
	"new zealand dollar": cur("NZD", "New Zealand dollar"), "singapore dollar": cur("SGD", "Singapore dollar"),
	"taiwan dollar": cur("TWD", "New Taiwan dollar"), "swiss franc": cur("CHF", "Swiss franc"),
	"french franc": cur("FRF", "French franc"), "cfa franc": cur("XOF", "West African CFA franc"),
	"british pound": cur("GBP", "British pound"), "egyptian pound": cur("EGP", "Egyptian pound"),
	"japanese yen": cur("JPY", "Japanese yen"), "chinese yuan": cur("CNY", "Chinese yuan"),
	"indian rupee": cur("INR", "Indian rupee"), "pakistani rupee": cur("PKR", "Pakistani rupee"),
	"sri lankan rupee": cur("LKR", "Sri Lankan rupee"), "russian ruble": cur("RUB", "Russian ruble"),
	"russian rouble": cur("RUB", "Russian ruble"), "belarusian ruble": cur("BYN", "Belarusian ruble"),
	"turkish lira": cur("TRY", "Turkish lira"), "mexican peso": cur("MXN", "Mexican peso"),
	"argentine peso": cur("ARS", "Argentine peso"), "philippine peso": cur("PHP", "Philippine peso"),
	"brazilian real": cur("BRL", "Brazilian real"), "south african rand": cur("ZAR", "South African rand"),
	"azerbaijani manat": cur("AZN", "Azerbaijani manat"), "kazakh tenge": cur("KZT", "Kazakhstani tenge"),
	"ukrainian hryvnia": cur("UAH", "Ukrainian hryvnia"), "dutch guilder": cur("NLG", "Netherlands guilder"),
	"finnish markka": cur("FIM", "Finnish markka"), "german mark": cur("DEM", "German mark"),
	"deutsche mark": cur("DEM", "German mark"), "saudi riyal": cur("SAR", "Saudi riyal"),
	"iranian rial": cur("IRR", "Iranian rial"), "south korean won": cur("KRW", "South Korean won"),
	"korean won": cur("KRW", "South Korean won"), "swedish krona": cur("SEK", "Swedish krona"),
	"norwegian krone": cur("NOK", "Norwegian krone"), "danish krone": cur("DKK", "Danish krone"),
	"polish zloty": cur("PLN", "Polish zloty"), "israeli shekel": cur("ILS", "Israeli new shekel"),
	"nigerian naira": cur("NGN", "Nigerian naira"), "kenyan shilling": cur("KES", "Kenyan shilling"),
	"uae dirham": cur("AED", "United Arab Emirates dirham"), "georgian lari": cur("GEL", "Georgian lari"),
	"armenian dram": cur("AMD", "Armenian dram"), "spanish peseta": cur("ESP", "Peseta"),
}

// nrUnits are units of things counted or measured: the figure becomes a
// number with Value.Unit set. Keys are lower case, singular or as written.
var nrUnits = map[string]string{
	"ton": "t", "tons": "t", "tonne": "t", "tonnes": "t", "t": "t", "mt": "t",
	"km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
	"mile": "mi", "miles": "mi", "mi": "mi", "m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
	"cm": "cm", "mm": "mm", "ft": "ft", "feet": "ft", "foot": "ft",
	"kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg", "g": "g", "gram": "g", "grams": "g",
	"lb": "lb", "lbs": "lb", "pound-weight": "lb",
	"ml": "ml", "l": "l", "litre": "l", "litres": "l", "liter": "l", "liters": "l",
	"barrel": "bbl", "barrels": "bbl", "bbl": "bbl", "bpd": "bbl/d",
	"ha": "ha", "hectare": "ha", "hectares": "ha", "acre": "acre", "acres": "acre",
	"km2": "km2", "sq": "", "mw": "MW", "gw": "GW", "kw": "kW", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh",
	"bcm": "bcm", "mph": "mph", "kph": "km/h", "knots": "kn",
}

func init() {
	for code, name := range nrCodeNames {
		nrCodes[code] = cur(code, name)
	}
	nrCodes["RMB"] = cur("CNY", "Chinese yuan")
	for _, l := range strings.Fields(nrLowerCodes) {
		nrCodes[l] = nrCodes[strings.ToUpper(l)]
	}
	nrCodes["Rs"] = cur("INR", "Rupee")
	nrCodes["rs"] = cur("INR", "Rupee")
	nrCodes["RS"] = cur("INR", "Rupee")
}

// nrPairFirst holds the first words of nrCurrencyPairs, so that a pair is
// looked up only when it can match.
var nrPairFirst = map[string]bool{}

// nrFunctionWords are English function words: a number after one of them
// at the start of a sentence is a figure, not part of a name.
var nrFunctionWords = "in on at by for from to of with since until till after before during within about " +
	"around some nearly almost over under only just all the these those another every each more fewer less " +
	"than roughly approximately exactly among and but or nor so yet if when while as per up down between " +
	"including excluding least most estimated total both either neither no not there here then now today " +
	"yesterday what which who whose why how where also another those by of nearly perhaps maybe overall"

// nrTable finds a word of a text in nrVocab.
var nrTable *wordTable

// The words the grammar reads besides numbers, currencies, units and
// calendarWords.
var nrGrammarWords = "the that this which each every any no another some cent points st nd rd th am pm p o " +
	"b g k m t mm mn mil mln bn bln tn tln trn x metric square cubic u plus"

func init() {
	for k := range nrCurrencyPairs {
		f := strings.Fields(k)
		nrPairFirst[f[0]] = true
		for _, w := range f {
			addKnown(w)
		}
	}
	for k := range nrCurrencyWords {
		addKnown(k)
		addKnown(k + "s")
	}
	for k := range nrUnits {
		addKnown(k)
	}
	for k := range nrDollarPrefixes {
		addKnown(k)
	}
	for _, w := range strings.Fields(nrGrammarWords) {
		addKnown(w)
	}
	for w := range calendarWords {
		addKnown(w)
	}
	for _, k := range strings.Fields(nrFunctionWords) {
		addKnown(k)
		w := nrWords[k]
		w.function = true
		nrWords[k] = w
	}
	for _, k := range strings.Fields(nrLowerCodes + " rs") {
		addKnown(k)
		w := nrWords[k]
		w.code = true
		nrWords[k] = w
	}
	keys := make([]string, 0, len(nrWords))
	for k := range nrWords {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	nrVocab = make([]nword, 1, len(keys)+1)
	for _, k := range keys {
		w := nrWords[k]
		w.key = k
		_, prefix := nrDollarPrefixes[k]
		switch w.kind {
		case nwUnit, nwTeen, nwTens, nwHundred, nwHalf, nwQuarter, nwNeg, nwPercent, nwPlural, nwDozen:
			w.starts = true
		}
		w.starts = w.starts || w.code || k == "dollar" || k == "dollars" || k == "u"
		w.dollar = prefix
		w.unit, w.pairFirst = nrUnits[k], nrPairFirst[k]
		if c, ok := currencyWord(k); ok {
			w.cur = &c
		}
		nrVocab = append(nrVocab, w)
	}
	nrTable = newWordTable(keys)
}

// nrVocab holds every known word; entry 0 is the empty one.
var nrVocab []nword

// addKnown adds a word the grammar reads but that is no number.
func addKnown(w string) {
	if _, ok := nrWords[w]; !ok {
		nrWords[w] = nword{key: w}
	}
}

// knownWord returns the index in nrVocab of a word, looked up
// case-insensitively without allocating; 0 when the word is not known.
func knownWord(w string) uint16 { return nrTable.lookup(w) }

// wordTable numbers the words of a small vocabulary, 1 up in the order
// given, and finds a word of a text among them in any letter case without
// allocating. Lexers look up every word they read, so a filter of a bit
// for each word rules out most words of a text at one look (mayHold), and
// the table groups its words by first and last letter, with a bit for
// each length a group holds: the others are compared with the few words
// of their group.
type wordTable struct {
	lens   [26 * 26]uint32              // bit n: the group holds a word of n bytes
	filter [1 << filterBits / 64]uint64 // mayHold's, by filterBit: a bit for each word of letters
	start  [26*26 + 1]uint16            // group g is words[start[g]:start[g+1]]
	words  []string                     // in lower case, by group
	nums   []uint16                     // the number of each of words
	other  map[string]uint16            // words that do not start and end with an ASCII letter
}

// newWordTable makes the table of words, which are in lower case.
func newWordTable(words []string) *wordTable {
	t := &wordTable{other: map[string]uint16{}}
	type entry struct {
		g int
		w string
		n uint16
	}
	var byGroup []entry
	for i, w := range words {
		n := uint16(i + 1)
		if g, ok := letterGroup(w); ok && len(w) < 32 {
			t.lens[g] |= 1 << len(w)
			b := filterBit(w)
			t.filter[b/64] |= 1 << (b % 64)
			byGroup = append(byGroup, entry{g, w, n})
		} else {
			t.other[w] = n
		}
	}
	slices.SortStableFunc(byGroup, func(a, b entry) int { return a.g - b.g })
	for _, e := range byGroup {
		t.start[e.g+1]++
		t.words = append(t.words, e.w)
		t.nums = append(t.nums, e.n)
	}
	for g := 1; g < len(t.start); g++ {
		t.start[g] += t.start[g-1]
	}
	return t
}

// lookup returns the number of w, 0 when it is no word of the table. A
// word that starts with an ASCII byte other than a letter, or ends with one,
// is none.
func (t *wordTable) lookup(w string) uint16 {
	if len(w) == 0 {
		return 0
	}
	g, ok := letterGroup(w)
	if !ok {
		if w[0] < utf8.RuneSelf {
			return 0
		}
		var buf [32]byte
		if len(w) > len(buf) {
			return 0
		}
		for i := 0; i < len(w); i++ {
			buf[i] = lowerASCII(w[i])
		}
		return t.other[string(buf[:len(w)])]
	}
	if t.lens[g]&(1<<len(w)) == 0 {
		return 0
	}
	for k := t.start[g]; k < t.start[g+1]; k++ {
		if c := t.words[k]; len(c) == len(w) && foldsTo(w, c) {
			return t.nums[k]
		}
	}
	return 0
}

// mayHold is lookup's first test for a word of ASCII letters, small
// enough to be inlined where most words are no word of the table: false
// when the table holds no word of its length and first, middle and last
// letters, as a bit of the table's filter tells. A word of a group of a
// few words and a common word are often alike in length, first and last
// letter (tue and the, tens and this, three and there); the middle
// letter sets most of them apart.
func (t *wordTable) mayHold(w string) bool {
	b := filterBit(w)
	return t.filter[b/64]&(1<<(b%64)) != 0
}

// filterBit is the bit of mayHold's filter for a word of ASCII letters: a
// hash of its length and its first, middle and last letters.
func filterBit(w string) uint64 {
	k := uint64(w[0]|0x20) | uint64(w[len(w)/2]|0x20)<<8 | uint64(w[len(w)-1]|0x20)<<16 | uint64(len(w))<<24
	return k * 0x9e3779b97f4a7c15 >> (64 - filterBits)
}

// filterBits is the bits of a filter's index: a table of some hundred
// words takes a few in a hundred of its bits, and 2 KB.
const filterBits = 14

// letterGroup is the wordTable group of a word whose first and last bytes
// are ASCII letters.
func letterGroup(w string) (int, bool) {
	a, b := w[0]|0x20, w[len(w)-1]|0x20
	if a < 'a' || a > 'z' || b < 'a' || b > 'z' {
		return 0, false
	}
	return int(a-'a')*26 + int(b-'a'), true
}

// foldsTo reports whether w with A-Z folded is lower, of the same length.
func foldsTo(w, lower string) bool {
	for i := 0; i < len(w); i++ {
		if lowerASCII(w[i]) != lower[i] {
			return false
		}
	}
	return true
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// isCode reports whether w is a currency code as written: USD, usd, Rs.
func isCode(w string) bool {
	_, ok := nrCodes[w]
	return ok
}

// currencySign looks a symbol up among the currency signs, all of which
// but the dollar are outside ASCII.
func currencySign(r rune) (currency, bool) {
	if r < utf8.RuneSelf && r != '$' {
		return currency{}, false
	}
	c, ok := nrSymbols[r]
	return c, ok
}

// currencyWord looks a folded word up as a currency name, singular or plural.
func currencyWord(w string) (currency, bool) {
	if c, ok := nrCurrencyWords[w]; ok {
		return c, true
	}
	if len(w) > 3 && w[len(w)-1] == 's' {
		if c, ok := nrCurrencyWords[w[:len(w)-1]]; ok {
			return c, true
		}
	}
	return currency{}, false
}
