package claims

// Placeholder replaced by recognize_date.go.

type dateRecognizer struct{}

func (dateRecognizer) Name() string                                 { return "date" }
func (dateRecognizer) Recognize(string, RecognizeOptions) []Mention { return nil }
