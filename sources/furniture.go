package sources

import (
	"regexp"
	"strings"
)

// Page furniture is the text a web page puts around an article: navigation,
// share bars, reading-time badges, comment prompts, calls to action, lists
// of related stories, image credits. It is kept as Furniture blocks, which
// are never mined for claims.
//
// A line is furniture when it is short (at most maxFurnitureWords words),
// and, folded (lower case, plain quotes, outer punctuation dropped), it is
// one of furniturePhrases, or matches one of furniturePatterns, or is made
// only of share-bar words. Image captions and credits, a run of repeated
// lines, and the teasers and related-story lists that follow a "Read more"
// or a "Related posts" heading are furniture too (see markFurniture).
const maxFurnitureWords = 8

// furniturePhrases are whole lines of user-interface text.
var furniturePhrases = setOf(append([]string{
	// page edges and navigation
	"top of page", "bottom of page", "back to top", "skip to content", "skip to main content",
	"menu", "main menu", "navigation", "search", "home", "close", "next", "previous",
	"next article", "previous article", "next post", "previous post", "next story",
	// comments
	"comment", "comments", "leave a comment", "leave a comments", "leave a reply", "post a comment",
	"add a comment", "add comment", "no comments", "view comments", "show comments", "reply",
	"join the conversation", "comments are closed", "be the first to comment",
	// calls to action
	"read more", "learn more", "continue reading", "read the full story", "read full story",
	"read full article", "read the full article", "see more", "show more", "load more",
	"view more", "more", "click here", "find out more", "keep reading", "view all", "see all",
	// sharing
	"share", "share this", "share this article", "share this story", "share this post",
	"share article", "share story", "share on", "copy link", "link copied", "print", "save",
	"follow us", "follow", "like", "tweet",
	// subscriptions, accounts, ads
	"review", "reviews", "subscribe", "subscribe now", "sign up", "sign in", "log in", "login",
	"register", "newsletter", "sign up for our newsletter", "subscribe to our newsletter",
	"advertisement", "advertising", "sponsored", "sponsored content", "ad", "ads",
	// taxonomy and media
	"tags", "tag", "topics", "categories", "category", "filed under", "listen",
	"listen to this article", "listen to article", "watch", "play", "video", "audio",
	"photo", "photos", "gallery", "image", "loading", "loading...",
	"all rights reserved", "privacy policy", "terms of use", "terms of service", "cookie policy",
	"contact us", "about us",
}, relatedPhrases...)...)

// relatedHeadings open a list of other stories: what follows them, up to the
// next real paragraph, is furniture.
var relatedHeadings = setOf(relatedPhrases...)

// relatedPhrases head a list of other stories; alone on a line they are
// furniture too.
var relatedPhrases = []string{
	"related", "related post", "related posts", "related article", "related articles",
	"related stories", "related story", "related content", "related news", "related topics",
	"recommended", "recommended for you", "recommended stories", "you may also like",
	"you might also like", "more from", "more stories", "more news", "more on this story",
	"read next", "up next", "most read", "most popular", "popular", "trending", "latest",
	"latest news", "editor's picks", "top stories", "also read", "see also",
}

// callsToAction end a teaser: the short lines right before them (a headline,
// a one-line blurb) advertise another page.
var callsToAction = setOf(
	"read more", "learn more", "continue reading", "read the full story", "read full story",
	"read full article", "read the full article", "see more", "find out more", "keep reading",
	"click here", "view more",
)

// shareWords are the words of a share bar: a line made only of them
// ("Share Facebook X Email") is furniture.
var shareWords = setOf(
	"share", "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "reddit",
	"pinterest", "email", "e-mail", "mail", "print", "copy", "link", "tweet", "messenger",
	"flipboard", "tumblr", "bluesky", "threads", "mastodon", "instagram", "youtube", "tiktok",
	"vk", "on", "this", "article", "story", "post", "|", "/", "·", "•",
)

// furniturePatterns are lines of user-interface text with a number or a name in them.
var furniturePatterns = []*regexp.Regexp{
	regexp.MustCompile(`^\d+\s*(?:min|mins|minute|minutes)\.?\s+(?:read|listen|watch)$`),
	regexp.MustCompile(`^(?:reading|read|listening) time:?\s*\d+\s*(?:min|mins|minute|minutes)$`),
	regexp.MustCompile(`^\d[\d,.]*k?\s+(?:comments?|replies|reply|likes?|shares?|views?|reads?)$`),
	regexp.MustCompile(`^(?:©|\(c\)|copyright)\s`),
	regexp.MustCompile(`^(?:share|follow us|follow) (?:on|via)\b`),
	regexp.MustCompile(`^page \d+ of \d+$`),
}

// captionLabels name an image credit when a colon follows them
// ("Source: …", "Photo: …"); creditPhrases name one anywhere.
var (
	captionLabels = setOf("source", "sources", "photo", "photos", "photograph", "image", "images", "picture",
		"illustration", "credit", "credits", "courtesy")
	creditPhrases = []string{"getty images", "photo by ", "image by ", "photograph by ", "illustration by ", "photo credit", "image credit"}
)

// caption reports an image caption or credit in the folded line f.
func caption(f string) bool {
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
		if captionLabels[f[k:j]] {
			return true
		}
	}
	for _, p := range creditPhrases {
		if strings.Contains(f, p) {
			return true
		}
	}
	return false
}

// imageNote finds a sentence about the page's own picture: "The featured
// image was created by an AI program."
var imageNote = regexp.MustCompile(`^(?:the |this |our |top |header |cover |featured |lead |main )*(?:image|photo|photograph|picture|illustration|graphic|artwork)s? (?:(?:was|is|were|are|has been|have been) )?(?:created|generated|made|taken|drawn|produced|provided|supplied|courtesy|by|via|from|credit)\b`)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// isFurniture reports whether one short line is page furniture: up to
// maxFurnitureWords words for the phrases, patterns and share bars, up to 20
// for a caption or credit, or a link introduced by a call to action or a
// related-stories label ("Read more: …"). The cheap
// tests come first: most lines are prose and leave at the first.
func isFurniture(line string) bool {
	if len(line) > 300 {
		return false
	}
	line = linkText(line)
	n := wordsUpTo(line, maxFurnitureWords)
	if n > maxFurnitureWords {
		// only a caption (not a sentence) or a note on the image is left:
		// prose, the common line, leaves here after its first words
		if endsSentence(line) {
			if !maybeMedia(line[:min(len(line), 48)]) {
				return false
			}
		} else if !maybeCaption(line) {
			return false
		}
		if n = wordsUpTo(line, 20); n > 20 {
			return false
		}
	}
	f := fold(line)
	if f == "" {
		// only punctuation or symbols: a divider, an arrow, a bullet
		return true
	}
	if n <= maxFurnitureWords {
		if furniturePhrases[trimArrows(f)] || shareBar(f) {
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
		if p := strings.TrimSpace(f[:i]); callsToAction[p] || relatedHeadings[p] {
			return true
		}
	}
	// captions and credits: not a sentence
	if !endsSentence(strings.TrimSpace(line)) && caption(f) {
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
	if len(f) > 40 {
		f = f[:40]
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

func shareBar(f string) bool {
	sp := strings.IndexByte(f, ' ')
	if sp < 0 || !shareWords[strings.Trim(f[:sp], ",:")] {
		return false
	}
	named := false
	for _, w := range strings.Fields(f) {
		w = strings.Trim(w, ",:")
		if !shareWords[w] {
			return false
		}
		if w != "share" && w != "on" && w != "this" && w != "|" && w != "/" && w != "·" && w != "•" {
			named = true
		}
	}
	return named
}
