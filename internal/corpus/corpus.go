package corpus

import (
	"fmt"
	"math/rand"
	"strconv"
	"strings"
	"time"
)

// Article is one generated news article.
type Article struct {
	ID        string    // unique, file-name safe: "s0003-a02"
	Story     int       // the story it tells; articles of one story speak of the same facts
	Outlet    string    // a made-up publisher
	Title     string    // the headline (also the first line of Text)
	Published time.Time // publication date
	Text      string    // the article: headline, blank line, paragraphs
}

// perStory is how many articles tell one story.
const perStory = 6

// Generate returns n articles, deterministic for a seed.
func Generate(n int, seed int64) []Article {
	r := rand.New(rand.NewSource(seed))
	out := make([]Article, 0, n)
	var st *story
	for i := 0; i < n; i++ {
		if i%perStory == 0 {
			st = newStory(r, i/perStory)
		}
		out = append(out, st.article(r, i%perStory))
	}
	return out
}

var (
	places    = []string{"Aktau", "Grozny", "Tabriz", "Mersin", "Osh", "Batumi", "Gyumri", "Shymkent", "Ganja", "Kutaisi", "Izmir", "Samarkand", "Atyrau", "Lankaran", "Van"}
	countries = []string{"Kazakhstan", "Azerbaijan", "Georgia", "Armenia", "Turkey", "Uzbekistan", "Kyrgyzstan", "Iran", "Russia", "Tajikistan"}
	airlines  = []string{"Caspian Air", "Steppe Airways", "Silk Route Airlines", "Anatolian Jet", "Altai Wings"}
	makers    = []string{"Embraer 190", "Boeing 737-800", "Airbus A320", "ATR 72", "Sukhoi Superjet 100"}
	outlets   = []string{"Daily Ledger", "Morning Wire", "The Courier", "Eastern Post", "Regional Times", "Metro Bulletin", "Harbour Herald", "Valley Voice"}
	sayers    = []string{"officials said", "the ministry said", "according to local authorities", "the governor told reporters", "rescue services said", "a spokesperson said"}
	months    = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	units     = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	tens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
)

// story is the set of facts an event has; articles report them with noise.
type story struct {
	id        int
	kind      int // 0 plane crash, 1 earthquake, 2 flood, 3 mine collapse, 4 trade
	place     string
	country   string
	other     string // a second country
	date      time.Time
	killed    int
	injured   int
	aboard    int
	crew      int
	missing   int
	displace  int
	homes     int
	money     float64 // damage, compensation or trade, in USD
	aid       float64 // in EUR
	pct       float64
	tons      float64
	flight    string
	model     string
	airline   string
	magnitude float64
	year      int
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.Intn(len(xs))] }

func newStory(r *rand.Rand, id int) *story {
	s := &story{id: id, kind: id % 5, place: pick(r, places), country: pick(r, countries)}
	for s.other = pick(r, countries); s.other == s.country; s.other = pick(r, countries) {
	}
	s.year = 2015 + r.Intn(11)
	s.date = time.Date(s.year, time.Month(1+r.Intn(12)), 1+r.Intn(28), 0, 0, 0, 0, time.UTC)
	s.killed = 3 + r.Intn(120)
	s.injured = 5 + r.Intn(300)
	s.crew = 4 + r.Intn(5)
	s.aboard = s.killed + 50 + r.Intn(150)
	s.missing = r.Intn(40)
	s.displace = 1000 * (2 + r.Intn(600))
	s.homes = 100 * (1 + r.Intn(90))
	s.money = float64(1+r.Intn(98)) * []float64{1e6, 1e7, 1e8, 1e9}[r.Intn(4)] / 10
	s.aid = float64(5+r.Intn(200)) * 1e6
	s.pct = float64(1+r.Intn(400)) / 10
	s.tons = float64(1+r.Intn(40)) * 1e5 / 2
	s.flight = strconv.Itoa(1000 + r.Intn(8999))
	s.model = pick(r, makers)
	s.airline = pick(r, airlines)
	s.magnitude = 5 + float64(r.Intn(30))/10
	return s
}

// article renders one article; some outlets report slightly different
// figures (an early toll, a rounding), which is what compare must find.
func (s *story) article(r *rand.Rand, n int) Article {
	w := &writer{r: r}
	killed, injured := s.killed, s.injured
	if r.Intn(4) == 0 {
		killed -= 1 + r.Intn(3) // an earlier, lower toll
	}
	if r.Intn(5) == 0 {
		injured += 1 + r.Intn(10)
	}
	pub := s.date.AddDate(0, 0, 1+n+r.Intn(3))
	outlet := outlets[(s.id+n)%len(outlets)]
	var title string
	switch s.kind {
	case 0:
		title = fmt.Sprintf("%s plane crash near %s kills %s", s.airline, s.place, w.count(killed, false))
		s.crash(w, killed, injured)
	case 1:
		title = fmt.Sprintf("Magnitude %.1f earthquake strikes %s", s.magnitude, s.country)
		s.quake(w, killed, injured)
	case 2:
		title = fmt.Sprintf("Floods in %s leave %s dead", s.country, w.count(killed, false))
		s.flood(w, killed, injured)
	case 3:
		title = fmt.Sprintf("Mine collapse in %s traps workers", s.place)
		s.mine(w, killed, injured)
	default:
		title = fmt.Sprintf("%s and %s agree to expand trade", s.country, s.other)
		s.trade(w)
	}
	if s.kind != 4 {
		s.context(w, killed)
	} else {
		s.tradeContext(w)
	}
	s.background(w)
	return Article{
		ID:        fmt.Sprintf("s%04d-a%02d", s.id, n),
		Story:     s.id,
		Outlet:    outlet,
		Title:     title,
		Published: pub,
		Text:      title + "\n\n" + w.text(),
	}
}

// writer assembles paragraphs and renders figures in varied ways.
type writer struct {
	r     *rand.Rand
	paras []string
	cur   []string
}

func (w *writer) say(format string, args ...any) {
	w.cur = append(w.cur, fmt.Sprintf(format, args...))
}

func (w *writer) para() {
	if len(w.cur) > 0 {
		w.paras = append(w.paras, strings.Join(w.cur, " "))
		w.cur = nil
	}
}

func (w *writer) text() string {
	w.para()
	return strings.Join(w.paras, "\n\n") + "\n"
}

// count writes a number of people: digits, words, or a qualified figure.
func (w *writer) count(n int, qualify bool) string {
	s := grouped(n)
	if n < 100 && w.r.Intn(3) == 0 {
		s = words(n)
	}
	if qualify {
		switch w.r.Intn(6) {
		case 0:
			return "at least " + s
		case 1:
			return "more than " + s
		case 2:
			return "about " + s
		}
	}
	return s
}

// dollars writes an amount in US dollars in one of the common styles.
func (w *writer) dollars(v float64) string {
	scale, name, short := 1e6, "million", "m"
	if v >= 1e9 {
		scale, name, short = 1e9, "billion", "bn"
	}
	x := strconv.FormatFloat(v/scale, 'f', -1, 64)
	switch w.r.Intn(5) {
	case 0:
		return "$" + x + short
	case 1:
		return "US$" + x + " " + name
	case 2:
		return x + " " + name + " dollars"
	case 3:
		return "approximately $" + x + " " + name
	}
	return "$" + x + " " + name
}

func (w *writer) euros(v float64) string {
	x := strconv.FormatFloat(v/1e6, 'f', -1, 64)
	if w.r.Intn(2) == 0 {
		return "€" + x + " million"
	}
	return x + " million euros"
}

func (w *writer) percent(p float64) string {
	x := strconv.FormatFloat(float64(int(p*10+0.5))/10, 'f', -1, 64)
	switch w.r.Intn(3) {
	case 0:
		return x + "%"
	case 1:
		return x + " per cent"
	}
	return x + " percent"
}

// date writes a day in one of the common orders.
func (w *writer) date(d time.Time) string {
	m := months[d.Month()-1]
	switch w.r.Intn(4) {
	case 0:
		return fmt.Sprintf("%s %d, %d", m, d.Day(), d.Year())
	case 1:
		return fmt.Sprintf("%d %s %d", d.Day(), m, d.Year())
	case 2:
		return d.Format("2006-01-02")
	}
	return fmt.Sprintf("%s %d", m[:3]+".", d.Day())
}

func grouped(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

func words(n int) string {
	switch {
	case n < 20:
		return units[n]
	case n%10 == 0:
		return tens[n/10]
	}
	return tens[n/10] + "-" + units[n%10]
}

func (s *story) crash(w *writer, killed, injured int) {
	w.say("A %s passenger jet operated by %s crashed near %s on %s, killing %s people, %s.",
		s.model, s.airline, s.place, w.date(s.date), w.count(killed, true), pick(w.r, sayers))
	w.say("Flight %s was carrying %d passengers and %d crew members from %s.", s.flight, s.aboard-s.crew, s.crew, s.country)
	w.para()
	w.say("%s people were injured and %s survivors were taken to hospitals in %s.",
		capitalize(w.count(injured, false)), grouped(s.aboard-killed), s.place)
	w.say("Rescuers said %d passengers remained unaccounted for by 10:30 p.m. local time.", s.missing)
	w.say("The %d-year-old captain had flown the route for years.", 38+w.r.Intn(20))
	w.para()
	w.say("The airline offered compensation of %s to the families of the victims, and its shares fell %s on the day.",
		w.dollars(s.money), w.percent(s.pct))
	w.say("Insurers estimated the loss of the aircraft at %s.", w.dollars(s.money*3))
	w.say("Investigators from %s said the recorders of Flight %s would be read in %s.", s.other, s.flight, s.other)
	w.para()
}

func (s *story) quake(w *writer, killed, injured int) {
	w.say("A magnitude %.1f earthquake struck near %s on %s, killing %s people and injuring %s, %s.",
		s.magnitude, s.place, w.date(s.date), w.count(killed, true), w.count(injured, true), pick(w.r, sayers))
	w.say("The quake hit at 3:14 a.m. at a depth of %d km.", 5+w.r.Intn(30))
	w.para()
	w.say("About %s homes were destroyed and %s residents were displaced.", grouped(s.homes), grouped(s.displace))
	w.say("%d people are still missing.", s.missing)
	w.say("Damage was put at %s, while the European Union pledged %s in aid.", w.dollars(s.money), w.euros(s.aid))
	w.para()
	w.say("Nearly %s of the buildings in %s were damaged.", w.percent(s.pct), s.place)
	w.say("The government sent %s tonnes of food and %d field hospitals.", grouped(int(s.tons/100)), 2+w.r.Intn(9))
	w.para()
}

func (s *story) flood(w *writer, killed, injured int) {
	w.say("Floods across %s have killed %s people since %s, %s.", s.country, w.count(killed, true), w.date(s.date), pick(w.r, sayers))
	w.say("%s others were injured and %d are missing.", capitalize(w.count(injured, false)), s.missing)
	w.para()
	w.say("Some %s people have been displaced, and %s hectares of crops were lost.", grouped(s.displace), grouped(s.homes*3))
	w.say("Rainfall was %s above the seasonal average.", w.percent(s.pct))
	w.say("The World Bank approved a loan of %s, and donors pledged %s.", w.dollars(s.money), w.euros(s.aid))
	w.para()
	w.say("Officials expect the river to fall within %s days.", words(2+w.r.Intn(8)))
	w.para()
}

func (s *story) mine(w *writer, killed, injured int) {
	w.say("A collapse at a coal mine near %s on %s killed %s miners, %s.", s.place, w.date(s.date), w.count(killed, true), pick(w.r, sayers))
	w.say("There were %d workers underground when the roof gave way at 6 am.", s.aboard)
	w.para()
	w.say("Rescuers pulled %s miners out alive, %s of them injured.", grouped(max(s.aboard-killed-s.missing, 1)), w.count(injured%s.aboard+1, false))
	w.say("%d remain trapped.", s.missing)
	w.say("The owner, which produced %s tonnes of coal last year, said it would pay %s in compensation.", grouped(int(s.tons)), w.dollars(s.money/10))
	w.para()
	w.say("Output at the company fell %s after the accident.", w.percent(s.pct))
	w.para()
}

func (s *story) trade(w *writer) {
	w.say("%s and %s signed an agreement on %s to raise bilateral trade, which reached %s in %d, %s.",
		s.country, s.other, w.date(s.date), w.dollars(s.money*10), s.year-1, pick(w.r, sayers))
	w.say("That was %s more than a year earlier.", w.percent(s.pct))
	w.para()
	w.say("The two governments hope to reach %s by %d.", w.dollars(s.money*20), s.year+5)
	w.say("Freight through the corridor reached %s tonnes, and about %s trucks crossed the border.", grouped(int(s.tons)), grouped(s.displace/10))
	w.say("%s accounted for %s of %s's exports.", s.other, w.percent(s.pct/2), s.country)
	w.para()
	w.say("A %s fund of %s will finance %d new projects.", s.country, w.euros(s.aid), 3+w.r.Intn(20))
	w.para()
}

// context adds figures from earlier events and follow-ups: more claims,
// some of them about other facts than the story's own.
func (s *story) context(w *writer, killed int) {
	w.say("It was the deadliest event of its kind in %s since %d, when %s people died near %s.",
		s.country, s.year-3-w.r.Intn(8), w.count(10+w.r.Intn(90), false), pick(w.r, places))
	w.say("By the evening of %s the toll stood at %s, and officials warned it could rise.",
		w.date(s.date.AddDate(0, 0, 1)), w.count(killed, false))
	w.para()
	w.say("The government of %s said it had set aside %s for reconstruction and a further %s for the families.",
		s.country, w.dollars(s.money/2), w.euros(s.aid/4))
	w.say("Insurance claims could reach %s, or %s of the region's annual output, %s.",
		w.dollars(s.money*2), w.percent(s.pct/3+1), pick(w.r, sayers))
	w.say("About %s volunteers and %d rescue teams from %s joined the effort.", grouped(100*(5+w.r.Intn(90))), 3+w.r.Intn(30), s.other)
	w.para()
}

// tradeContext adds the history of a trade relation.
func (s *story) tradeContext(w *writer) {
	w.say("In %d, trade between the two countries had fallen to %s, a drop of %s, %s.",
		s.year-3, w.dollars(s.money*6), w.percent(s.pct+5), pick(w.r, sayers))
	w.say("Exports of grain reached %s tonnes and oil shipments %s barrels a day.", grouped(int(s.tons*3)), grouped(1000*(5+w.r.Intn(90))))
	w.para()
	w.say("About %s companies from %s now work in %s, employing %s people.",
		grouped(50+w.r.Intn(900)), s.other, s.country, grouped(1000*(1+w.r.Intn(60))))
	w.say("Remittances sent home by an estimated %s migrants were worth %s last year.", grouped(s.displace), w.dollars(s.money*4))
	w.say("The central bank expects growth of %s this year.", w.percent(s.pct/10+1))
	w.para()
}

// background adds sentences without claims, or with figures that are not
// claims (flight numbers, clock times, ages, models), to bring an article
// to size.
func (s *story) background(w *writer) {
	lines := []string{
		"Relations between {country} and {other} have had ups and downs over the past decade.",
		"The region has seen rapid growth over the years, with new roads and rail links.",
		"Local media showed images of emergency crews working through the night.",
		"The president of {country} expressed condolences and declared a day of mourning.",
		"Analysts said the episode would test cooperation between {country} and {other}.",
		"A hotline was opened at 9:00 for relatives seeking information.",
		"The ministry's statement, issued in {country}, gave no further details.",
		"Observers noted that similar events in {other} had led to reforms.",
		"The Flight {flight} route had been served twice a week by a {model}.",
		"Officials in {country} promised a full and transparent investigation.",
		"Residents described scenes of confusion as sirens sounded across the city.",
		"The opposition called for the resignation of the minister responsible.",
		"A 62-year-old witness said she had never seen anything like it.",
		"Neighbouring {other} offered help and sent experts on the first available flight.",
		"Reporters were kept away from the site until the afternoon.",
		"Experts said building codes in the area had not been enforced for years.",
		"The story is developing and this article will be updated.",
		"Correspondents in {country} said the capital was calm on Sunday.",
		"The head of the agency, appointed in 2019, declined to comment.",
		"Television stations interrupted their programmes to carry the news.",
		"Diplomats from {other} met their counterparts at 11:45 on Monday.",
		"The statement was posted on the ministry's website and later removed.",
	}
	rep := strings.NewReplacer("{country}", s.country, "{other}", s.other, "{flight}", s.flight, "{model}", s.model)
	w.r.Shuffle(len(lines), func(i, j int) { lines[i], lines[j] = lines[j], lines[i] })
	for i, l := range lines[:14+w.r.Intn(6)] {
		w.say("%s", rep.Replace(l))
		if i%3 == 2 {
			w.para()
		}
	}
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
