package report_test

import (
	"fmt"

	"github.com/claimdiff/claimdiff/internal/report"
)

func ExampleText() {
	fmt.Println(report.Text("38 | <script>alert(1)</script> [see](https://x.example) *now*"))
	// Output: 38 \| \<script\>alert(1)\</script\> \[see\](https\://x.example) \*now\*
}

func ExampleURL() {
	fmt.Printf("%q\n", report.URL("javascript:alert(1)"))
	fmt.Println(report.URL("https://news.example/a (b)|c"))
	// Output:
	// ""
	// https://news.example/a%20%28b%29%7Cc
}
