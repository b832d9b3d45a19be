package sources

import (
	"regexp"
	"strings"

	"github.com/claimdiff/claimdiff/internal/wordlist"
)

// Page furniture is the text a web page puts around an article: navigation,
// share bars, reading-time badges, comment prompts, calls to action, lists
// of related stories, image credits. It is kept as Furniture blocks, which
// are never mined for claims.
//
// A line is furniture when it is short (at most maxFurnitureWords words),
// and, folded (lower case, plain quotes, outer punctuation dropped), it is
// one of the phrases of words/furniture.txt, or matches one of furniturePatterns, or is made
// only of share-bar words. Image captions and credits, a run of repeated
// lines, and the teasers and related-story lists that follow a "Read more"
// or a "Related posts" heading are furniture too (see markFurniture).
const maxFurnitureWords = 8

// maxFurnitureLine is the length in bytes past which a line is never
// furniture: the cheapest test, which most prose fails.
const maxFurnitureLine = 300

// maxCaptionWords is how many words an image caption or credit may have.
const maxCaptionWords = 20

// mediaHead is how many bytes at the start of a long line are searched
// for a word naming a picture ("The featured image was created by ..."),
// and mediaWordHead how many of the folded line before imageNote is tried.
const (
	mediaHead     = 48
	mediaWordHead = 40
)

// pageWords are the vocabulary of page furniture, read from the files in
// words/ (see the comments in each).
type pageWords struct {
	phrases map[string]bool // whole lines of interface text, with the related headings
	related map[string]bool // headings of a list of other stories
	calls   map[string]bool // calls to action that end a teaser
	share   map[string]bool // the words of a share bar
	labels  map[string]bool // caption labels before a colon
	credits []string        // credit phrases found anywhere, with "photo by " and the like
	// longestPhrase is the length of the longest phrase that foldedIn looks up.
	longestPhrase int
}

// page is the vocabulary of page furniture that Parse uses.
var page = wordlist.Must(loadPageWords(wordLists))

// loadPageWords reads the furniture files.
func loadPageWords(f *wordlist.Files) (*pageWords, error) {
	p := &pageWords{}
	for _, l := range []struct {
		set  *map[string]bool
		file string
	}{
		{&p.phrases, "words/furniture.txt"}, {&p.related, "words/related.txt"}, {&p.calls, "words/calls-to-action.txt"},
		{&p.share, "words/share-bar.txt"}, {&p.labels, "words/caption-labels.txt"},
	} {
		var err error
		if *l.set, err = f.Set(l.file); err != nil {
			return nil, err
		}
	}
	var err error
	if p.credits, err = f.Words("words/credits.txt"); err != nil {
		return nil, err
	}
	by, err := f.Words("words/credited-by.txt")
	if err != nil {
		return nil, err
	}
	for _, w := range by {
		p.credits = append(p.credits, w+" by ")
	}
	for w := range p.related {
		p.phrases[w] = true
	}
	for _, set := range []map[string]bool{p.phrases, p.calls, p.related} {
		for w := range set {
			p.longestPhrase = max(p.longestPhrase, len(w))
		}
	}
	return p, nil
}

// furniturePatterns are lines of user-interface text with a number or a
// name in them. They are grammar, not word lists: isFurniture tries them
// only on lines that start as one of them does.
var furniturePatterns = []*regexp.Regexp{
	regexp.MustCompile(`^\d+\s*(?:min|mins|minute|minutes)\.?\s+(?:read|listen|watch)$`),
	regexp.MustCompile(`^(?:reading|read|listening) time:?\s*\d+\s*(?:min|mins|minute|minutes)$`),
	regexp.MustCompile(`^\d[\d,.]*k?\s+(?:comments?|replies|reply|likes?|shares?|views?|reads?)$`),
	regexp.MustCompile(`^(?:©|\(c\)|copyright)\s`),
	regexp.MustCompile(`^(?:share|follow us|follow) (?:on|via)\b`),
	regexp.MustCompile(`^page \d+ of \d+$`),
}

// caption reports an image caption or credit in the folded line f.
func (p *pageWords) caption(f string) bool {
	for i := 0; i < len(f); i++ {
		if f[i] != ':' {
			continue
		}
		j := i
		for j > 0 && f[j-1] == ' ' {
			j--
		}
		k := j
		for k > 0 && f[k-1] >= 'a' && f[k-1] <= 'z' {
			k--
		}
		if p.labels[f[k:j]] {
			return true
		}
	}
	for _, c := range p.credits {
		if strings.Contains(f, c) {
			return true
		}
	}
	return false
}

// imageNote finds a sentence about the page's own picture: "The featured
// image was created by an AI program."
var imageNote = regexp.MustCompile(`^(?:the |this |our |top |header |cover |featured |lead |main )*(?:image|photo|photograph|picture|illustration|graphic|artwork)s? (?:(?:was|is|were|are|has been|have been) )?(?:created|generated|made|taken|drawn|produced|provided|supplied|courtesy|by|via|from|credit)\b`)

// isFurniture reports whether one short line is page furniture, by the
// words in words/.
func isFurniture(line string) bool { return page.isFurniture(line) }

// isFurniture reports whether one short line is page furniture: up to
// maxFurnitureWords words for the phrases, patterns and share bars, up to
// maxCaptionWords for a caption or credit, or a link introduced by a call
// to action or a related-stories label ("Read more: …"). The cheap tests
// come first: most lines are prose and leave at the first.
func (p *pageWords) isFurniture(line string) bool {
	if len(line) > maxFurnitureLine {
		return false
	}
	line = linkText(line)
	n := wordsUpTo(line, maxFurnitureWords)
	if n > maxFurnitureWords {
		// only a caption (not a sentence) or a note on the image is left:
		// prose, the common line, leaves here after its first words
		if endsSentence(line) {
			if !maybeMedia(line[:min(len(line), mediaHead)]) {
				return false
			}
		} else if !maybeCaption(line) {
			return false
		}
		if n = wordsUpTo(line, maxCaptionWords); n > maxCaptionWords {
			return false
		}
	}
	f := fold(line)
	if f == "" {
		// only punctuation or symbols: a divider, an arrow, a bullet
		return true
	}
	if n <= maxFurnitureWords {
		if p.phrases[trimArrows(f)] || p.shareBar(f) {
			return true
		}
		if c := f[0]; c >= '0' && c <= '9' || strings.HasPrefix(f, "©") || strings.HasPrefix(f, "(c)") ||
			strings.HasPrefix(f, "copyright") || strings.HasPrefix(f, "read") || strings.HasPrefix(f, "listen") ||
			strings.HasPrefix(f, "share") || strings.HasPrefix(f, "follow") || strings.HasPrefix(f, "page") {
			for _, p := range furniturePatterns {
				if p.MatchString(f) {
					return true
				}
			}
		}
	}
	// "Read more: <another story>", "Related: …", "See also › …"
	if i := strings.IndexFunc(f, labelEnd); i > 0 {
		if l := strings.TrimSpace(f[:i]); p.calls[l] || p.related[l] {
			return true
		}
	}
	// captions and credits: not a sentence
	if !endsSentence(strings.TrimSpace(line)) && p.caption(f) {
		return true
	}
	return mediaWord(f) && imageNote.MatchString(f)
}

// labelEnd reports the mark after a label: "Read more: …", "See also › …".
// (strings.IndexAny with these is slow: two of them are not ASCII.)
func labelEnd(r rune) bool {
	return r == ':' || r == '»' || r == '›' || r == '|'
}

// maybeCaption is a quick test for a line that caption or imageNote may
// match: it has a colon or one of their words.
func maybeCaption(line string) bool {
	if strings.IndexByte(line, ':') >= 0 || maybeMedia(line) {
		return true
	}
	for _, w := range []string{"by ", "getty", "redit"} {
		if strings.Contains(line, w) {
			return true
		}
	}
	return false
}

// maybeMedia is a quick test for a word naming a picture.
func maybeMedia(s string) bool {
	for _, w := range []string{"mage", "hoto", "icture", "llustration", "raphic", "rtwork"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// mediaWord reports whether the first words of f name a picture.
func mediaWord(f string) bool {
	if len(f) > mediaWordHead {
		f = f[:mediaWordHead]
	}
	for _, w := range []string{"image", "photo", "picture", "illustration", "graphic", "artwork"} {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// linkText returns the text of a line that is only a Markdown link,
// "[Read more](https://…)", or the line.
func linkText(line string) string {
	if len(line) < 4 || line[0] != '[' || line[len(line)-1] != ')' {
		return line
	}
	i := strings.Index(line, "](")
	if i < 0 || strings.IndexByte(line[i+2:], ' ') >= 0 {
		return line
	}
	return line[1:i]
}

// trimArrows drops the arrows and guillemets of "Read more »" or "→ Next".
func trimArrows(f string) string {
	return strings.TrimFunc(f, isArrow)
}

// isArrow reports the characters trimArrows drops. (strings.Trim with them
// as its cutset is slow: most are not ASCII.)
func isArrow(r rune) bool {
	switch r {
	case ' ', '»', '«', '›', '‹', '→', '←', '>':
		return true
	}
	return false
}

// shareBar reports a line made only of share-bar words that names a
// service: "share", "on", "this" and the separators name none.
func (p *pageWords) shareBar(f string) bool {
	sp := strings.IndexByte(f, ' ')
	if sp < 0 || !p.share[strings.Trim(f[:sp], ",:")] {
		return false
	}
	named := false
	for _, w := range strings.Fields(f) {
		w = strings.Trim(w, ",:")
		if !p.share[w] {
			return false
		}
		if w != "share" && w != "on" && w != "this" && w != "|" && w != "/" && w != "·" && w != "•" {
			named = true
		}
	}
	return named
}
