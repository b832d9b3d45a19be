package output_test

import (
	"fmt"

	"github.com/claimdiff/claimdiff/internal/output"
)

func ExampleMarkdown() {
	fmt.Println(output.Markdown("38 | <script>alert(1)</script> [see](https://x.example) *now*"))
	// Output: 38 \| \<script\>alert(1)\</script\> \[see\](https\://x.example) \*now\*
}

func ExampleURL() {
	fmt.Printf("%q\n", output.URL("javascript:alert(1)"))
	fmt.Println(output.URL("https://news.example/a (b)|c"))
	// Output:
	// ""
	// https://news.example/a%20%28b%29%7Cc
}

func ExamplePrintable() {
	fmt.Println(output.Printable("title\x1b]0;owned\x07 \u202eexe.txt"))
	// Output: title^[]0;owned^G <U+202E>exe.txt
}

func ExampleExcerpt() {
	s := "After a night of searching along the coast, the regional coastguard said on Monday that the ferry had sunk with 38 people aboard, most of them returning from the market."
	fmt.Println(output.Excerpt(s, "38 people", 60))
	// Output: … ferry had sunk with 38 people aboard, most of them …
}
