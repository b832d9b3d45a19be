package sources

import "testing"

func TestIsFurniture(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"top of page", true},
		{"Bottom of Page", true},
		{"Comments", true},
		{"Leave a Comment", true},
		{"Leave a Comments", true},
		{"Read More", true},
		{"Read more »", true},
		{"→ Continue reading", true},
		{"Learn More", true},
		{"5 min read", true},
		{"12 minute read", true},
		{"Reading time: 4 min", true},
		{"Share", true},
		{"Share Facebook X Email", true},
		{"Facebook | Twitter | LinkedIn", true},
		{"Share on WhatsApp", true},
		{"Related post", true},
		{"Related Posts:", true},
		{"You may also like", true},
		{"Review", true},
		{"Subscribe", true},
		{"Advertisement", true},
		{"24 Comments", true},
		{"© 2024 Harbour Ledger", true},
		{"Copyright 2025 Example Media", true},
		{"Rescuers at the site, Source: Reuters", true},
		{"A flooded street in Derna. Photo: Aid Agency", true},
		{"Firefighters on the ridge (Photo by Jo Lee)", true},
		{"The featured image was created by an AI program.", true},
		{"Image courtesy of the port authority", true},
		{"—", true},
		{"[Read more](https://example.com/story)", true},
		{"**Related posts**", true},
		{"Read more: How the tsunami warning system works", true},
		{"Related: Port traffic resumes after 11 weeks", true},
		{"See also » Bridge rebuild costs", true},
		{"* * *", true},
		// article text
		{"The diplomatic crisis has been escalating since July 2025.", false},
		{"Comments by the minister angered Baku.", false},
		{"Read more than 40 reports before deciding.", false},
		{"Share prices fell 6 percent on Monday.", false},
		{"Looking Ahead", false},
		{"[Officials said 38 people died](https://example.com/a)", false},
		{"Source: officials said 38 people died.", false},
		{"The 25 December 2024 Air Disaster", false},
		{"Image of a nation: how Baku sees itself", false},
		{"More than 40 people: that is the count so far", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			if got := isFurniture(tt.line); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestByline(t *testing.T) {
	tests := []struct {
		line string
		name string
		ok   bool
	}{
		{"By Robbin Laird", "Robbin Laird", true},
		{"by Jane Doe | July 15, 2025", "Jane Doe", true},
		{"Written by J. R. Smith", "J. R. Smith", true},
		{"By Jane Doe on July 15, 2025", "Jane Doe", true},
		{"*By Jane Doe · 5 min read*", "Jane Doe", true},
		{"By Jane Doe, July 15, 2025", "Jane Doe", true},
		{"Author: Ana Gomez", "Ana Gomez", true},
		{"By contrast, the ministry said nothing.", "", false},
		{"By December the toll had reached 38 and officials said the count was final.", "", false},
		{"by the river", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			name, ok := byline(tt.line)
			if name != tt.name || ok != tt.ok {
				t.Errorf("got %q %v, want %q %v", name, ok, tt.name, tt.ok)
			}
		})
	}
}

func TestParseDateLineForms(t *testing.T) {
	tests := []struct {
		line string
		want string // YYYY-MM-DD, "rel" for a relative date, "" for none
	}{
		{"07/15/2025", "2025-07-15"},
		{"7/4/2025", "2025-07-04"},
		{"15/07/2025", "2025-07-15"},
		{"15.07.2025", "2025-07-15"},
		{"04.03.2025", "2025-03-04"},
		{"2025-07-15", "2025-07-15"},
		{"2025/07/15", "2025-07-15"},
		{"2025-07-15T10:15:00+02:00", "2025-07-15"},
		{"July 15, 2025", "2025-07-15"},
		{"Jul 15 2025", "2025-07-15"},
		{"July 15th, 2025", "2025-07-15"},
		{"15 July 2025", "2025-07-15"},
		{"3rd of March, 2025", "2025-03-03"},
		{"Published 3 March 2025", "2025-03-03"},
		{"Published on March 3, 2025", "2025-03-03"},
		{"Updated: Mar. 3, 2025, 10:15 a.m. ET", "2025-03-03"},
		{"Tuesday, 15 July 2025 14:02 GMT", "2025-07-15"},
		{"Thu 3 Jul 2025 09.12 BST", "2025-07-03"},
		{"2 days ago", "rel"},
		{"an hour ago", "rel"},
		{"Posted 3 weeks ago", "rel"},
		{"Yesterday", "rel"},
		{"*July 15, 2025*", "2025-07-15"},
		{"31 April 2025", ""},
		{"July 2025", ""},
		{"On July 15, 2025 the plane landed", ""},
		{"2025", ""},
		{"Flight 8243", ""},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			d, abs, ok := parseDateLine(tt.line)
			got := ""
			switch {
			case ok && abs:
				got = d.Format("2006-01-02")
			case ok:
				got = "rel"
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
