// Command claimdiff compares the factual claims of several news articles.
package main

import (
	"os"

	"github.com/claimdiff/claimdiff/internal/cli"
)

func main() {
	os.Exit(cli.Main())
}
