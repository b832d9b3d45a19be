package claims

// Placeholders replaced by recognize_number.go and recognize_date.go.

type dateRecognizer struct{}

func (dateRecognizer) Name() string                                    { return "date" }
func (dateRecognizer) Recognize(string, RecognizeOptions) []Mention { return nil }

type numberRecognizer struct{}

func (numberRecognizer) Name() string                                    { return "number" }
func (numberRecognizer) Recognize(string, RecognizeOptions) []Mention { return nil }
