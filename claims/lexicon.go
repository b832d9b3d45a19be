package claims

// The vocabulary claimdiff reads figures with. It is general news English,
// not the wording of any one story: what a figure measures (metric cues),
// what kind of event a sentence is about (event concepts), which nouns name
// people, and which words make a figure a target rather than a fact. Adding a
// word is one line; tests in lexicon_test.go pin the behaviour it drives.

// metricCues map a word (folded, unstemmed) near a count to what it measures.
var metricCues = map[string]string{
	// deaths
	"killed": "deaths", "killing": "deaths", "kill": "deaths", "kills": "deaths",
	"dead": "deaths", "died": "deaths", "die": "deaths", "dying": "deaths",
	"death": "deaths", "deaths": "deaths", "fatalities": "deaths", "fatality": "deaths",
	"perished": "deaths", "bodies": "deaths", "lives": "deaths", "toll": "deaths",
	"murdered": "deaths", "drowned": "deaths", "victims": "deaths",
	// injured
	"injured": "injured", "injuring": "injured", "injuries": "injured", "injury": "injured",
	"wounded": "injured", "wounding": "injured", "hurt": "injured", "hospitalised": "injured",
	"hospitalized": "injured", "casualties": "casualties", "hospital": "injured", "hospitals": "injured",
	"treated": "injured",
	// survivors and rescued
	"survived": "survivors", "survivors": "survivors", "survivor": "survivors",
	"rescued": "survivors", "saved": "survivors", "rescuers": "survivors", "alive": "survivors",
	// aboard
	"aboard": "aboard", "board": "aboard", "onboard": "aboard", "carrying": "aboard",
	"carried": "aboard", "passengers": "passengers", "passenger": "passengers",
	"crew": "crew",
	// missing
	"missing": "missing", "unaccounted": "missing",
	// arrested and detained
	"arrested": "arrested", "arrests": "arrested", "arresting": "arrested",
	"detained": "detained", "detaining": "detained", "detention": "detained",
	"jailed": "detained", "imprisoned": "detained", "held": "detained",
	// displaced
	"displaced": "displaced", "evacuated": "evacuated", "evacuation": "evacuated",
	"homeless": "displaced", "fled": "displaced", "refugees": "displaced",
	"relocated": "displaced", "rehabilitated": "displaced", "sheltered": "displaced", "housed": "displaced",
	"shifted": "displaced",
	// deployed forces
	"deploy": "deployed", "deployed": "deployed", "deploying": "deployed",
	"troops": "deployed", "soldiers": "deployed", "peacekeepers": "deployed",
	// work and residence
	"work": "workers", "working": "workers", "workers": "workers", "employed": "workers",
	"employs": "workers", "jobs": "workers", "live": "residents", "living": "residents",
	"residents": "residents", "population": "residents", "inhabitants": "residents",
	"diaspora": "diaspora",
	// affected, protesters, cases
	"affected": "affected", "protesters": "protesters", "demonstrators": "protesters",
	"infected": "cases", "infections": "cases", "cases": "cases",
	"votes": "votes", "voters": "voters", "total": "total", "count": "total",
	// money
	"trade": "trade", "turnover": "trade", "exports": "exports", "export": "exports",
	"imports": "imports", "import": "imports", "remittances": "remittances",
	"aid": "aid", "assistance": "aid", "appeal": "aid", "appealed": "aid", "donors": "aid",
	"pledged": "aid", "pledge": "aid", "pledges": "aid", "loan": "loan", "loans": "loan", "debt": "debt",
	"investment": "investment", "investments": "investment", "invested": "investment",
	"budget": "budget", "spending": "spending", "revenue": "revenue", "revenues": "revenue",
	"sales": "sales", "profit": "profit", "profits": "profit", "losses": "damage", "loss": "damage",
	"damage": "damage", "damages": "damage", "compensation": "compensation",
	"reparations": "compensation", "fine": "fine", "fined": "fine", "gdp": "gdp",
	"deal": "deal", "contract": "deal", "cost": "cost", "costs": "cost", "price": "price",
	"funding": "funding", "fund": "funding", "grant": "funding", "salary": "salary",
	"wages": "salary", "reserves": "reserves", "sanctions": "sanctions", "bail": "bail",
	"freight": "freight", "cargo": "freight", "oil": "oil", "gas": "gas",
	// percentages
	"share": "share", "rise": "change", "rose": "change", "growth": "change",
	"grew": "change", "increase": "change", "increased": "change", "up": "change",
	"fall": "change", "fell": "change", "decline": "change", "declined": "change",
	"drop": "change", "dropped": "change", "decrease": "change", "decreased": "change",
	"jumped": "change", "climbed": "change", "surged": "change", "soared": "change",
	"slumped": "change", "plunged": "change", "slipped": "change", "edged": "change",
	"tumbled": "change", "plummeted": "change", "narrowed": "change", "widened": "change",
	"shrank": "change", "dipped": "change",
	"gained": "change", "lost": "change", "down": "change",
	"falls": "change", "rises": "change", "grows": "change", "jumps": "change", "drops": "change",
	"slips": "change", "climbs": "change", "soars": "change", "surges": "change", "plunges": "change",
	"inflation": "inflation", "unemployment": "unemployment", "turnout": "turnout",
	"territory": "territory", "approval": "approval", "support": "support",
	"majority": "votes", "interest": "interest",
	"surplus": "surplus", "deficit": "deficit", "gap": "deficit",
	"sold": "exports", "sells": "exports", "bought": "imports", "buys": "imports",
	"shipped": "exports", "ships": "exports",
	"purchased": "imports",
}

// metricCueStems find cues by stem too ("traded" -> trade), for the cues
// whose stem is not shared by an unrelated word.
var metricCueStems = map[string]string{}

func init() {
	ambiguous := map[string]bool{} // "lives" (deaths) and "living" (residents) share a stem
	for w, m := range metricCues {
		if len(w) <= 4 {
			continue
		}
		st := stem(w)
		if old, ok := metricCueStems[st]; ok && old != m {
			ambiguous[st] = true
		}
		metricCueStems[st] = m
	}
	for st := range ambiguous {
		delete(metricCueStems, st)
	}
}

// peopleNouns are nouns that count people; a figure before one of them is a
// count of people even when no cue says what happened to them.
var peopleNouns = wordSet(`people persons person men women children adults
passengers crew residents citizens nationals civilians soldiers troops
peacekeepers officers police workers employees staff migrants refugees
journalists specialists students pupils patients victims survivors
protesters demonstrators voters members fighters militants prisoners detainees
hostages tourists pilots miners firefighters doctors nurses brothers sisters
engineers technicians officials employees personnel males females
attendants
sons daughters individuals inhabitants farmers teachers others devotees
pilgrims villagers`)

// damageVerbs say what happened to things counted: "50,000 houses
// collapsed", "1,700 buildings were destroyed".
var damageVerbs = wordSet(`destroyed damaged collapsed flattened razed burned
burnt gutted submerged inundated demolished`)

// unitNouns count people by the group or place they live in: "578
// families displaced" is another measure than displaced people.
var unitNouns = wordSet(`families households homes houses buildings
structures dwellings vehicles villages`)

// thingNouns count things that are measures of themselves: seats won,
// provinces declared, aircraft grounded.
var thingNouns = wordSet(`seats provinces aircraft nationalities`)

// predicateMetrics say what happened to those counted; they outrank a metric
// that only says who they are ("two crew members, found in the tail,
// survived" counts survivors, not crew).
var predicateMetrics = wordSet(`deaths injured survivors missing arrested
detained displaced evacuated casualties affected`)

// invariantNouns count things though they do not end in -s.
var invariantNouns = wordSet(`aircraft people personnel staff police cattle
livestock sheep fish deer equipment`)

// timeUnits follow a number that is a duration or age, not a count.
var timeUnits = wordSet(`second seconds minute minutes hour hours day days week
weeks month months year years decade decades century centuries times time
percent per cent`)

// scaleWords name a scale a number is a grade on: "magnitude 6.8", "a
// Category 4 storm", "level 3".
var scaleWords = wordSet(`magnitude category level grade phase richter`)

// notCounted follow numbers that are rarely claims worth comparing: grammar
// words after a figure ("one of", "the two sides").
var notCounted = wordSet(`of sides nations countries parties leaders
presidents governments states times ways things points fronts front steps
stages reasons factors`)

// eventConcepts put words of one kind of event under one feature, so that
// "plane", "jet" and "Flight 8243" meet, and a crash and a police raid part.
var eventConcepts = map[string]string{}

func init() {
	for concept, words := range map[string]string{
		"@air": `plane planes airplane aeroplane jet jets airliner airliners aircraft
			flight flights airline airlines airways helicopter cockpit runway airport
			airfield pilot pilots boeing airbus embraer`,
		"@crash": `crash crashed crashes downing downed shot crashing collision
			disaster accident wreck wreckage`,
		"@quake": `earthquake earthquakes quake quakes tremor tremors temblor
			aftershock aftershocks magnitude seismic epicentre epicenter`,
		"@flood": `flood floods flooding flooded deluge landslide landslides mudslide`,
		"@storm": `storm storms hurricane typhoon cyclone tornado`,
		"@fire":  `fire fires wildfire wildfires blaze blazes bushfire inferno`,
		"@attack": `attack attacks bombing bomb explosion blast shooting gunman
			gunmen terrorist airstrike airstrikes shelling missile missiles`,
		"@raid": `raid raids raided police custody arrest arrested detained
			murder probe beaten torture`,
		"@war":      `war wars invasion offensive battle battlefield fighting ceasefire`,
		"@ship":     `ship ships boat boats ferry vessel sank sinking capsized shipwreck`,
		"@rail":     `train trains railway derailment derailed`,
		"@collapse": `collapse collapsed building`,
		"@crowd":    `stampede stampedes crush`,
		"@mine":     `mine mines miners mining colliery`,
		"@protest":  `protest protests protesters demonstrators rally rallies`,
		"@vote":     `election elections vote votes voters ballot turnout referendum`,
		"@disease":  `outbreak epidemic pandemic virus infections infected`,
		"@trade": `trade exports imports turnover commerce bilateral bought sold buys
			sells deficit surplus customs tariff tariffs`,
		"@diplomacy": `apology apologized apologised summit talks meeting visit
			visited ambassador envoy parade conference conferences`,
	} {
		for _, w := range splitWords(words) {
			eventConcepts[w] = concept
		}
	}
}

// eventConceptStems find concepts by stem too.
var eventConceptStems = map[string]string{}

func init() {
	for w, c := range eventConcepts {
		st := stem(w)
		if old, ok := eventConceptStems[st]; !ok || old > c {
			eventConceptStems[st] = c // deterministic: the first concept by name
		}
	}
}

// targetCues make a figure a target or forecast rather than a reported fact.
// "could" and "might" hedge an estimate ("the toll could be 40", "damage
// could top $100bn"); a pledge is a reported fact of a donors' conference.
// Nor do "expected", "projected" and "forecast" alone: a damage estimate
// "projected at $15bn to $100bn" is an estimate of what happened; a
// figure for a period to come is kept apart by its period.
var targetCues = wordSet(`hope hopes hoped aim aims aimed aiming target targets
targeted goal goals plan plans planned would will seek seeks seeking ambition
envisage envisaged`)

// targetNouns after a figure make it a target ("the $200 billion goal").
var targetNouns = wordSet(`goal target targets aim ambition forecast
projection plan pledge cap ceiling`)

// partWords name a part of a period ("the first 11 months of 2023").
var partWords = wordSet(`first second third fourth last months month quarter
quarters half weeks week`)

// reportingVerbs date a statement rather than an event when they stand
// right by a date ("customs data showed on Friday").
var reportingVerbs = wordSet(`said says told announced reported showed shows
stated confirmed added noted wrote published released disclosed revealed`)

// futureCues make a date after publication a date to come.
var futureCues = wordSet(`will would scheduled due expected planned plans
set next upcoming`)

// supersededCues mark a figure that a later one replaced.
// "Initially" is not among them: "AccuWeather initially projected $95
// billion" reports a first estimate; a source that replaces a figure says
// so ("up from 80", "revised down from 288", "previously reported").
var supersededCues = wordSet(`previously earlier originally revised`)

// attributionVerbs introduce who says a figure.
var attributionVerbs = wordSet(`said says told according reported reports
announced stated confirmed estimated estimates claimed claims added noted
wrote`)

// stopwords carry no subject.
var stopwords = wordSet(`a an the and or but of in on at to for from by with
as is are was were be been being has have had do does did that this these
those it its their there they them he she his her we our you your i not no
which who whom whose what when where while after before since until than then
also only just more most less least over under about around some any all both
each other such into out up down off again further once here very can will
would could should may might must shall so if because though although however
yet still even ever already new one two three four five six seven eight nine
ten per cent percent said says year years month months day days week weeks
mr mrs ms dr`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range splitWords(s) {
		m[w] = true
	}
	return m
}

func splitWords(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\n' || s[i] == '\t' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return out
}
