package compare

// usdRate is a rough value of one unit of each currency in US dollars, used
// only to decide whether two amounts in different currencies can be the same
// figure. Rates move, so cross-currency comparison gets a wide tolerance
// (crossCurrencySlack) and such findings say which currencies met. A currency
// not listed is never compared with another.
var usdRate = map[string]float64{
	"USD": 1, "EUR": 1.10, "GBP": 1.28, "JPY": 0.0068, "CNY": 0.14, "INR": 0.012,
	"RUB": 0.011, "AZN": 0.59, "KZT": 0.0020, "UAH": 0.025, "TRY": 0.03, "CHF": 1.14,
	"CAD": 0.73, "AUD": 0.66, "NZD": 0.60, "SEK": 0.095, "NOK": 0.094, "DKK": 0.147,
	"PLN": 0.25, "CZK": 0.043, "HUF": 0.0028, "BRL": 0.19, "MXN": 0.054, "ZAR": 0.055,
	"KRW": 0.00074, "HKD": 0.128, "SGD": 0.75, "SAR": 0.267, "AED": 0.272, "ILS": 0.27,
	"EGP": 0.021, "NGN": 0.00065, "PKR": 0.0036, "BDT": 0.0084, "IDR": 0.000063,
	"THB": 0.029, "MYR": 0.22, "PHP": 0.018, "VND": 0.00004, "GEL": 0.37, "AMD": 0.0026,
	"BYN": 0.31, "IRR": 0.000024, "TWD": 0.031,
}

// crossCurrencySlack is the least relative tolerance between amounts in two
// currencies: exchange rates move over the period a story covers.
const crossCurrencySlack = 0.20
