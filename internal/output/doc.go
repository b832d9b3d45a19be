// Package output holds what every output format of claimdiff shares, so
// that a rule about untrusted text is written once:
//
//   - Printable and Line make text from a source (its words, its title, a
//     file name) safe for a terminal or a CI log: control characters are
//     shown as ^[ (caret notation, as less and gh show them), other
//     invisible controls and stray bytes as <U+202E> and <9B>;
//   - Defuse keeps a line from starting a CI workflow command;
//   - Excerpt cuts a quoted sentence around its figure, with an ellipsis;
//   - Markdown, MarkdownInline, MarkdownEmphasis, MarkdownCode, HTML and URL escape
//     text for the place it lands in a Markdown document;
//   - Table writes a table: bordered on a terminal, tab-separated rows
//     when piped, every cell made printable;
//   - Fingerprint is the one recipe for a finding's fingerprint.
//
// Basic use:
//
//	fmt.Fprintln(w, output.Defuse(output.Line(path)+": "+output.Excerpt(sentence, figure, output.MaxQuote)))
package output
