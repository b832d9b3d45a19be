package claims

// CompareOptions tunes how claims are grouped into facts and compared.
type CompareOptions struct {
	Tolerance Tolerance // slack for hedged and exact figures
	Threshold float64   // subject similarity (0..1) above which two claims are one fact
}

// Compare groups claims into facts and says for each whether the sources
// agree. (Placeholder: the real engine replaces it.)
func Compare(cl []Claim, opt CompareOptions) []Finding {
	return nil
}
