package output

import "testing"

func BenchmarkMarkdown(b *testing.B) {
	s := "The ferry Maren sank off Kelso Point on 3 March 2025, killing 12 people | see [link](https://x.example) *now*."
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Markdown(s)
	}
}

func BenchmarkLine(b *testing.B) {
	s := "The ferry Maren sank off Kelso Point on 3 March 2025, killing 12 people, the coastguard said on Monday."
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Line(s)
	}
}
