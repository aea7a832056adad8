use super::*;

/// (case, sentences telling a signing, the instruments they name): the number of the
/// nouns, in the three languages, an Arabic noun with a conjunction or a preposition glued.
const INSTRUMENTS: &[(&str, &[&str], Instruments)] = &[
    ("one memorandum of two subjects", &["The two utilities signed a memorandum on drinking water and sanitation."], Instruments::One),
    ("one pact told twice", &["A cyber-defence pact was inked on Monday.", "The deal covers training and intelligence."], Instruments::One),
    ("three agreements", &["The ministers signed three agreements on aviation, culture and consultations."], Instruments::Several),
    ("a singular beside a plural in another source", &["The MoU was signed.", "Les deux pays ont signé deux accords."], Instruments::Several),
    ("French, elided article", &["Le ministre a paraphé l'accord sur l'eau et l'énergie."], Instruments::One),
    ("Arabic singular with a preposition", &["وقع الطرفان على بمذكرة تفاهم في مجالي الماء والطاقة."], Instruments::One),
    ("Arabic plural with a conjunction", &["وقع الوزيران مذكرة تفاهم والاتفاقيات الثلاث."], Instruments::Several),
    ("Arabic dual", &["وقع البلدان اتفاقيتين في الطيران والثقافة."], Instruments::Several),
    ("no instrument named", &["They signed on Tuesday in Rabat."], Instruments::Untold),
];

#[test]
fn instruments_are_counted_by_the_number_of_their_nouns() {
    crate::test_support::assert_unique_names(INSTRUMENTS.iter().map(|t| t.0));
    for &(name, sentences, want) in INSTRUMENTS {
        assert_eq!(Instruments::named_in(sentences.iter().copied(), &crate::data::Lexicons::builtin().instruments), want, "{name}");
    }
}

/// The nouns come from the table given (`--lexicons` replaces the built-in one): a noun
/// added there counts, and a row of no known number is refused with its line.
#[test]
fn instrument_nouns_are_read_from_the_table_given() {
    let nouns = InstrumentNouns::parse("number,forms\n# a comment, with a comma\none,charter|Charte\nseveral,charters\n", "i.csv").unwrap();
    assert_eq!(Instruments::named_in(["The two cities signed a charter."], &nouns), Instruments::One);
    assert_eq!(Instruments::named_in(["Les villes ont signé une charte."], &nouns), Instruments::One);
    assert_eq!(Instruments::named_in(["They signed two charters."], &nouns), Instruments::Several);
    assert_eq!(Instruments::named_in(["They signed an agreement."], &nouns), Instruments::Untold);
    let err = InstrumentNouns::parse("number,forms\nfew,pacts\n", "i.csv").unwrap_err();
    assert!(err.starts_with("i.csv:2:"), "{err}");
}

/// Facts of an event of `event_type` between Israel and Morocco naming `people` (name,
/// country code); the builders below add the rest.
fn facts(event_type: EventType, people: &[(&str, &str)]) -> TitleFacts {
    TitleFacts {
        event_type,
        planned: false,
        people: people.iter().map(|(n, c)| Named::new(n, c)).collect(),
        countries: vec![Named::new("Israel", "IL"), Named::new("Morocco", "MA")],
        venue: None,
        destination: None,
        reports: Vec::new(),
        route: Vec::new(),
        office: None,
        airline: None,
        topic: None,
        several: false,
    }
}

impl TitleFacts {
    fn planned(self) -> TitleFacts {
        TitleFacts { planned: true, ..self }
    }
    fn venue(self, name: &str, country: &str) -> TitleFacts {
        TitleFacts { venue: Some(Named::new(name, country)), ..self }
    }
    fn route(self, ends: &[(&str, &str)]) -> TitleFacts {
        TitleFacts { route: ends.iter().map(|(n, c)| Named::new(n, c)).collect(), ..self }
    }
    fn office(self, name: &str) -> TitleFacts {
        TitleFacts { office: Some(name.to_string()), ..self }
    }
    fn airline(self, name: &str) -> TitleFacts {
        TitleFacts { airline: Some(name.to_string()), ..self }
    }
    fn topic(self, topic: &str) -> TitleFacts {
        TitleFacts { topic: Some(topic.to_string()), ..self }
    }
    fn several(self) -> TitleFacts {
        TitleFacts { several: true, ..self }
    }
    fn destination(self, name: &str, country: &str) -> TitleFacts {
        TitleFacts { destination: Some(Named::new(name, country)), ..self }
    }
    fn reports(self, reports: &[usize]) -> TitleFacts {
        TitleFacts { reports: reports.to_vec(), ..self }
    }
    /// Not even a country is known (a report whose every name is unknown).
    fn no_countries(self) -> TitleFacts {
        TitleFacts { countries: Vec::new(), ..self }
    }
    fn also(mut self, name: &str, code: &str) -> TitleFacts {
        self.countries.push(Named::new(name, code));
        self
    }
}

const GANTZ: (&str, &str) = ("Benny Gantz", "IL");
const LAPID: (&str, &str) = ("Yair Lapid", "IL");
const UNNA: (&str, &str) = ("Yigal Unna", "IL");
const BARBIVAI: (&str, &str) = ("Orna Barbivai", "IL");
const SHAKED: (&str, &str) = ("Ayelet Shaked", "IL");
const BEN_SHABBAT: (&str, &str) = ("Meir Ben-Shabbat", "IL");
const BOURITA: (&str, &str) = ("Nasser Bourita", "MA");
const LOUDIYI: (&str, &str) = ("Abdellatif Loudiyi", "MA");
const RABII: (&str, &str) = ("Mustapha Rabii", "MA");
const JAZOULI: (&str, &str) = ("Mohcine Jazouli", "MA");
const OTHMANI: (&str, &str) = ("Saadeddine Othmani", "MA");
const LAFTIT: (&str, &str) = ("Abdelouafi Laftit", "MA");
const FETTAH: (&str, &str) = ("Nadia Fettah Alaoui", "MA");
const MANSOURI: (&str, &str) = ("Yassine Mansouri", "MA");
const HAMMOUCHI: (&str, &str) = ("Abdellatif Hammouchi", "MA");
const BLINKEN: (&str, &str) = ("Antony Blinken", "US");
const USHPIZ: (&str, &str) = ("Alon Ushpiz", "IL");
const SAAR: (&str, &str) = ("Gideon Sa'ar", "IL");
const FREJ: (&str, &str) = ("Issawi Frej", "IL");
const LIMOURI: (&str, &str) = ("Mounir Limouri", "MA");
const SHOUKRY: (&str, &str) = ("Sameh Shoukry", "EG");
const KUSHNER: (&str, &str) = ("Jared Kushner", "US");
const OUAHBI: (&str, &str) = ("Abdellatif Ouahbi", "MA");

/// (case name, facts, title), grouped by event type.
fn cases() -> Vec<(&'static str, TitleFacts, &'static str)> {
    use EventType::*;
    vec![
        // Agreements: the verb agrees; one side named, the other is said.
        ("agreement, one person of each side, topic, city", facts(Agreement, &[GANTZ, LOUDIYI]).topic("defence").venue("Rabat", "MA"), "Benny Gantz and Abdellatif Loudiyi sign a defence agreement in Rabat"),
        ("agreement, one person of one side", facts(Agreement, &[JAZOULI]), "Mohcine Jazouli signs an agreement with Israel"),
        ("agreement, two people of one side", facts(Agreement, &[UNNA, ("David Govrin", "IL")]).topic("cyber"), "Yigal Unna and David Govrin sign a cyber agreement with Morocco"),
        ("agreement, three people of both sides", facts(Agreement, &[("David Govrin", "IL"), UNNA, RABII]).topic("cyber"), "David Govrin, Yigal Unna and Mustapha Rabii sign a cyber agreement"),
        ("agreement, countries only", facts(Agreement, &[]).topic("trade"), "Israel and Morocco sign a trade agreement"),
        ("agreement, topic read with an", facts(Agreement, &[]).topic("innovation").venue("Marrakesh", "MA"), "Israel and Morocco sign an innovation agreement in Marrakesh"),
        ("agreement, a third country takes the article", facts(Agreement, &[]).also("United States", "US").venue("Rabat", "MA"), "Israel, Morocco and the United States sign an agreement in Rabat"),
        ("agreement, every party is listed", facts(Agreement, &[]).also("United Arab Emirates", "AE").also("Bahrain", "BH").also("Egypt", "EG"), "Israel, Morocco, the United Arab Emirates, Bahrain and Egypt sign an agreement"),
        ("agreement, planned", facts(Agreement, &[BARBIVAI]).topic("trade").planned(), "Orna Barbivai to sign a trade agreement with Morocco"),
        ("agreement, planned, countries only", facts(Agreement, &[]).planned(), "Israel and Morocco to sign an agreement"),
        ("agreement, one country only", facts(Agreement, &[]).no_countries().also("Morocco", "MA"), "Morocco signs an agreement"),
        // Nobody and no country known: the act itself, never a sentence without subject.
        ("agreement, nobody named", facts(Agreement, &[]).no_countries(), "An agreement is signed"),
        ("agreement, nobody named, topic read with an, city", facts(Agreement, &[]).no_countries().topic("energy").venue("Rabat", "MA"), "An energy agreement is signed in Rabat"),
        ("agreements of several kinds, one person of each side, city", facts(Agreement, &[LAPID, BOURITA]).several().venue("Rabat", "MA"), "Yair Lapid and Nasser Bourita sign agreements in Rabat"),
        ("agreements of several kinds, one person of one side, planned", facts(Agreement, &[BARBIVAI]).several().planned(), "Orna Barbivai to sign agreements with Morocco"),
        ("agreements of several kinds, nobody named", facts(Agreement, &[]).no_countries().several(), "Agreements are signed"),
        ("agreement, nobody named, planned", facts(Agreement, &[]).no_countries().topic("trade").planned(), "A trade agreement is to be signed"),
        // Visits: the visitor is of another country than the place visited.
        ("visit, visitor named first", facts(Visit, &[GANTZ, BOURITA]).venue("Rabat", "MA"), "Benny Gantz visits Rabat"),
        ("visit, host named first", facts(Visit, &[BOURITA, GANTZ]).venue("Rabat", "MA"), "Benny Gantz visits Rabat"),
        ("visit, no city: the other side", facts(Visit, &[BARBIVAI]), "Orna Barbivai visits Morocco"),
        ("visit, no city, Moroccan visitor", facts(Visit, &[BOURITA]), "Nasser Bourita visits Israel"),
        ("visit, planned", facts(Visit, &[LAPID]).venue("Rabat", "MA").planned(), "Yair Lapid to visit Rabat"),
        ("visit, only the host named", facts(Visit, &[OTHMANI]).venue("Rabat", "MA"), "Saadeddine Othmani receives a delegation from Israel in Rabat"),
        ("visit, only the host named, Israeli host", facts(Visit, &[("Benjamin Netanyahu", "IL")]).venue("Tel Aviv", "IL"), "Benjamin Netanyahu receives a delegation from Morocco in Tel Aviv"),
        ("visit, only the host named, planned", facts(Visit, &[OTHMANI]).venue("Rabat", "MA").planned(), "Saadeddine Othmani to receive a delegation from Israel in Rabat"),
        ("visit, nobody named, city", facts(Visit, &[]).venue("Rabat", "MA"), "A delegation from Israel visits Rabat"),
        ("visit, nobody named, city, planned", facts(Visit, &[]).venue("Casablanca", "MA").planned(), "A delegation from Israel to visit Casablanca"),
        ("visit, nobody named, no city", facts(Visit, &[]), "Delegation visit between Israel and Morocco"),
        ("visit, nobody named, no city, planned", facts(Visit, &[]).planned(), "Planned delegation visit between Israel and Morocco"),
        ("visit, a third country's envoy", facts(Visit, &[BLINKEN, BOURITA]).venue("Rabat", "MA").also("United States", "US"), "Antony Blinken visits Rabat"),
        ("visit, a side's visitor with a third country's named as often: both", facts(Visit, &[KUSHNER, BEN_SHABBAT]).venue("Rabat", "MA").also("United States", "US"), "Jared Kushner and Meir Ben-Shabbat visit Rabat"),
        ("visit, a third country's envoy, no city", facts(Visit, &[BLINKEN]).also("United States", "US"), "Antony Blinken makes an official visit"),
        ("visit, a third country's envoy, no city, planned", facts(Visit, &[BLINKEN]).also("United States", "US").planned(), "Antony Blinken to make an official visit"),
        ("visit, a city of no country", facts(Visit, &[BOURITA]).venue("Jerusalem", ""), "Nasser Bourita visits Jerusalem"),
        // No city: the country the sources place the visit in says who went.
        ("visit, no city, the host's country known, host named first", facts(Visit, &[LAPID, BOURITA]).destination("Israel", "IL"), "Nasser Bourita visits Israel"),
        ("visit, no city, the host's country known, only the host named", facts(Visit, &[BOURITA]).destination("Morocco", "MA"), "Nasser Bourita receives a delegation from Israel"),
        ("visit, no city, the host's country known, nobody named", facts(Visit, &[]).destination("Morocco", "MA"), "A delegation from Israel visits Morocco"),
        ("visit, no city, the host's country known, planned", facts(Visit, &[]).destination("Israel", "IL").planned(), "A delegation from Morocco to visit Israel"),
        // Nowhere known: who went is named by more of the visit's reports than his host.
        ("visit, nowhere known, the visitor named more often", facts(Visit, &[OUAHBI, SAAR]).reports(&[1, 3]), "Gideon Sa'ar visits Morocco"),
        ("visit, nowhere known, named as often: the first", facts(Visit, &[OUAHBI, SAAR]).reports(&[2, 2]), "Abdellatif Ouahbi visits Israel"),
        ("visit, nowhere known, one side named: the first, however often the next", facts(Visit, &[OTHMANI, BOURITA]).reports(&[1, 2]), "Saadeddine Othmani visits Israel"),
        ("visit, nobody and no country named", facts(Visit, &[]).no_countries(), "A delegation visit takes place"),
        ("visit, nobody and no country named, planned", facts(Visit, &[]).no_countries().planned(), "A delegation visit is planned"),
        // Calls.
        ("call, two people", facts(Call, &[LAPID, BOURITA]), "Yair Lapid and Nasser Bourita speak by phone"),
        ("call, one person", facts(Call, &[LAPID]), "Yair Lapid holds a phone call with a Moroccan official"),
        ("call, countries only", facts(Call, &[]), "Israel and Morocco speak by phone"),
        ("call, planned", facts(Call, &[LAPID, BOURITA]).planned(), "Yair Lapid and Nasser Bourita to speak by phone"),
        ("call, a city is not said", facts(Call, &[LAPID, BOURITA]).venue("Rabat", "MA"), "Yair Lapid and Nasser Bourita speak by phone"),
        ("call, one Moroccan: an Israeli official", facts(Call, &[BOURITA]), "Nasser Bourita holds a phone call with an Israeli official"),
        ("call, one person, planned", facts(Call, &[BOURITA]).planned(), "Nasser Bourita to hold a phone call with an Israeli official"),
        ("call, two people of one side", facts(Call, &[LAPID, USHPIZ]), "Yair Lapid and Alon Ushpiz hold a phone call with a Moroccan official"),
        ("call, two people of one side, the other side unknown", facts(Call, &[LAPID, USHPIZ]).no_countries(), "Yair Lapid and Alon Ushpiz hold a phone call"),
        ("call, nobody named", facts(Call, &[]).no_countries(), "A phone call takes place"),
        ("call, nobody named, planned", facts(Call, &[]).no_countries().planned(), "A phone call is to take place"),
        // Meetings.
        ("meeting, two people, city", facts(Meeting, &[LAPID, BOURITA]).venue("Rabat", "MA"), "Yair Lapid meets Nasser Bourita in Rabat"),
        ("meeting, several met", facts(Meeting, &[SHAKED, LAFTIT, FETTAH, BOURITA]), "Ayelet Shaked meets Abdelouafi Laftit, Nadia Fettah Alaoui and Nasser Bourita"),
        ("meeting, many met", facts(Meeting, &[SHAKED, LAFTIT, FETTAH, BOURITA, MANSOURI, HAMMOUCHI, LOUDIYI]), "Ayelet Shaked meets Abdelouafi Laftit, Nadia Fettah Alaoui, Nasser Bourita and three others"),
        ("meeting, one person", facts(Meeting, &[FETTAH]), "Nadia Fettah Alaoui holds talks with Israeli officials"),
        ("meeting, one person, planned", facts(Meeting, &[LAPID]).planned(), "Yair Lapid to hold talks with Moroccan officials"),
        ("meeting, two people of one side", facts(Meeting, &[UNNA, USHPIZ]), "Yigal Unna and Alon Ushpiz hold talks with Moroccan officials"),
        ("meeting, the first person's compatriot is with him, not met", facts(Meeting, &[SAAR, LIMOURI, FREJ]), "Gideon Sa'ar and Issawi Frej meet Mounir Limouri"),
        ("meeting, a delegation of two meets a host, city", facts(Meeting, &[UNNA, USHPIZ, BOURITA]).venue("Rabat", "MA"), "Yigal Unna and Alon Ushpiz meet Nasser Bourita in Rabat"),
        ("meeting, people of three countries", facts(Meeting, &[BOURITA, BLINKEN, LAPID]).also("United States", "US"), "Nasser Bourita, Antony Blinken and Yair Lapid meet"),
        ("meeting, people of six countries", facts(Meeting, &[SHOUKRY, BOURITA, ("Abdullah bin Zayed Al Nahyan", "AE"), ("Abdullatif bin Rashid Al Zayani", "BH"), BLINKEN, LAPID]).also("United Arab Emirates", "AE").also("Bahrain", "BH").also("Egypt", "EG").also("United States", "US").venue("Sde Boker", "IL"), "Israel, Morocco, the United Arab Emirates, Bahrain, Egypt and the United States hold talks in Sde Boker"),
        ("meeting, planned, one side's host of five countries", facts(Meeting, &[LAPID]).also("United Arab Emirates", "AE").also("Bahrain", "BH").also("Egypt", "EG").planned(), "Israel, Morocco, the United Arab Emirates, Bahrain and Egypt to hold talks"),
        ("meeting, countries only, city", facts(Meeting, &[]).venue("Rabat", "MA"), "Israel and Morocco hold talks in Rabat"),
        ("meeting, planned", facts(Meeting, &[GANTZ, MANSOURI]).venue("Rabat", "MA").planned(), "Benny Gantz to meet Yassine Mansouri in Rabat"),
        ("meeting, five met", facts(Meeting, &[SHAKED, LAFTIT, FETTAH, BOURITA, MANSOURI, HAMMOUCHI, LOUDIYI, RABII, JAZOULI]), "Ayelet Shaked meets Abdelouafi Laftit, Nadia Fettah Alaoui, Nasser Bourita and five others"),
        ("meeting, nobody named, city", facts(Meeting, &[]).no_countries().venue("Rabat", "MA"), "Talks are held in Rabat"),
        ("meeting, nobody named, planned", facts(Meeting, &[]).no_countries().planned(), "Talks are to be held"),
        // Openings: only an office is opened; an airline opens a route.
        ("opening, an office, nobody named", facts(Opening, &[]).office("Israeli Liaison Office in Rabat").venue("Rabat", "MA"), "The Israeli Liaison Office in Rabat opens"),
        ("opening, an office, planned", facts(Opening, &[]).office("Israeli Liaison Office in Rabat").venue("Rabat", "MA").planned(), "The Israeli Liaison Office in Rabat to open"),
        ("opening, an office, by someone", facts(Opening, &[LAPID]).office("Israeli Liaison Office in Rabat").venue("Rabat", "MA"), "Yair Lapid opens the Israeli Liaison Office in Rabat"),
        ("opening, an office whose name has no city", facts(Opening, &[]).office("Embassy of Israel").venue("Rabat", "MA"), "The Embassy of Israel in Rabat opens"),
        ("opening, an airline's route", facts(Opening, &[]).airline("Israir").route(&[("Ben Gurion Airport", "IL"), ("Marrakesh", "MA")]), "Israir opens a route between Ben Gurion Airport and Marrakesh"),
        ("opening, an airline's route to a city", facts(Opening, &[]).airline("Israir").venue("Marrakesh", "MA"), "Israir opens a route to Marrakesh"),
        ("opening, nothing known but the countries", facts(Opening, &[]).venue("Rabat", "MA"), "Israel and Morocco open an office in Rabat"),
        ("opening, an office named by its city, another city named", facts(Opening, &[]).office("Moroccan Liaison Office in Tel Aviv").venue("Rabat", "MA"), "The Moroccan Liaison Office in Tel Aviv opens"),
        ("opening, nobody named", facts(Opening, &[]).no_countries(), "An office opens"),
        ("opening, nobody named, planned, city", facts(Opening, &[]).no_countries().venue("Rabat", "MA").planned(), "An office is to open in Rabat"),
        // Flights.
        ("flight, a route", facts(Flight, &[]).route(&[("Rabat", "MA"), ("Tel Aviv", "IL")]), "Flight between Rabat and Tel Aviv"),
        ("flight, an airline", facts(Flight, &[]).airline("Royal Air Maroc").route(&[("Casablanca", "MA"), ("Tel Aviv", "IL")]), "Royal Air Maroc flight between Casablanca and Tel Aviv"),
        ("flight, one end named", facts(Flight, &[]).route(&[("Marrakesh", "MA")]), "Flight between Marrakesh and Israel"),
        ("flight, no end named", facts(Flight, &[]), "Flight between Israel and Morocco"),
        ("flight, planned", facts(Flight, &[]).route(&[("Marrakesh", "MA"), ("Tel Aviv", "IL")]).planned(), "Flights to run between Marrakesh and Tel Aviv"),
        ("flight, planned, an airline", facts(Flight, &[]).airline("El Al").planned(), "El Al to fly between Israel and Morocco"),
        ("flight, people are not said", facts(Flight, &[FETTAH]), "Flight between Israel and Morocco"),
        ("flight, nothing known", facts(Flight, &[]).no_countries(), "A flight takes place"),
        // Other acts.
        ("other, countries, city", facts(Other, &[]).venue("Rabat", "MA"), "Event involving Israel and Morocco in Rabat"),
        ("other, people, planned", facts(Other, &[GANTZ, LOUDIYI]).planned(), "Planned event involving Benny Gantz and Abdellatif Loudiyi"),
        ("other, nobody named, city", facts(Other, &[]).no_countries().venue("Rabat", "MA"), "Event in Rabat"),
    ]
}

#[test]
fn titles_by_event_type() {
    let mut failures = Vec::new();
    for (name, facts, expected) in cases() {
        let got = title(&facts);
        if got != expected {
            failures.push(format!("{name}:\n  expected {expected}\n  got      {got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn case_names_are_unique() {
    crate::test_support::assert_unique_names(cases().iter().map(|c| c.0));
}

#[test]
fn every_event_type_has_cases() {
    let cases = cases();
    for t in EventType::ALL {
        assert!(cases.iter().any(|c| c.1.event_type == t), "no title case for {}", t.as_str());
    }
}

/// A merged event of `event_type` from mentions naming `people`, `organisations` and
/// `places` (gazetteer ids), each mention between Israel and Morocco on one day.
fn event(event_type: EventType, mentions: &[(&[&str], &[&str], &[&str])]) -> Event {
    let with_topics: Vec<_> = mentions.iter().map(|&(p, o, l)| (p, o, l, &[][..])).collect();
    event_with(event_type, &with_topics, &["IL", "MA"])
}

/// [`event`] with the subjects (topics) each mention names and the countries all name.
fn event_with(event_type: EventType, mentions: &[(&[&str], &[&str], &[&str], &[&str])], countries: &[&str]) -> Event {
    let ids = |list: &[&str]| list.iter().map(|&s| s.into()).collect::<Vec<_>>();
    let mentions = mentions
        .iter()
        .enumerate()
        .map(|(i, (people, organisations, places, topics))| crate::merge::Mention {
            file: "a.txt".into(),
            line: i + 1,
            offset: 0,
            evidence: "".into(),
            event_type,
            rule: "".into(),
            date: crate::dates::DateValue::parse("2021-07-01"),
            date_text: "".into(),
            date_kind: crate::merge::DateKind::Stated,
            span_days: 0,
            published: None,
            status: Status::Occurred,
            ids: crate::merge::MentionIds::new(ids(people), ids(organisations), ids(places), ids(countries), ids(topics)),
        })
        .collect();
    // Mentions of one article, dated the same day, merge into one event.
    let mut events = crate::merge::merge_article(mentions, &crate::merge::Capitals::default());
    assert_eq!(events.len(), 1, "the test mentions should make one event");
    events.remove(0)
}

type Sources = &'static [(&'static [&'static str], &'static [&'static str], &'static [&'static str])];

/// (case name, event type, mentions (people, organisations, places), title): what
/// [`TitleFacts::of_event`] reads from the sources, through to the title.
const EVENT_CASES: &[(&str, EventType, Sources, &str)] = &[
    ("issue 13: a continent is not a venue", EventType::Agreement, &[(&["mohcine-jazouli"], &[], &["africa"])], "Mohcine Jazouli signs an agreement with Israel"),
    ("issue 13: a parliament is not an office", EventType::Opening, &[(&[], &["knesset"], &[])], "Israel and Morocco open an office"),
    ("issue 13: no visit of a country to itself", EventType::Visit, &[(&[], &[], &[])], "Delegation visit between Israel and Morocco"),
    ("a city named alone is the venue", EventType::Meeting, &[(&[], &[], &["rabat"])], "Israel and Morocco hold talks in Rabat"),
    ("cities of the two sides name the sides", EventType::Meeting, &[(&[], &[], &["rabat", "tel-aviv"])], "Israel and Morocco hold talks"),
    ("cities of one country: the first", EventType::Meeting, &[(&[], &[], &["rabat", "sale"])], "Israel and Morocco hold talks in Rabat"),
    ("the city most sources name", EventType::Meeting, &[(&[], &[], &["rabat"]), (&[], &[], &["marrakesh"]), (&[], &[], &["marrakesh", "tel-aviv"]), (&[], &[], &["marrakesh"])], "Israel and Morocco hold talks in Marrakesh"),
    ("an airport is its city's end of a route, not a venue", EventType::Opening, &[(&[], &["israir"], &["ben-gurion-airport", "marrakesh"])], "Israir opens a route between Marrakesh and Tel Aviv"),
    ("a route's end told by a site of no city", EventType::Opening, &[(&[], &["israir"], &["nevatim-airbase", "marrakesh"])], "Israir opens a route between Marrakesh and Nevatim Airbase"),
    ("a visit placed by an airport alone is in its city", EventType::Visit, &[(&["yair-lapid"], &[], &["rabat-sale-airport"])], "Yair Lapid visits Rabat"),
    ("a visit placed by a monument alone is in its city", EventType::Visit, &[(&["yair-lapid"], &[], &["mausoleum-of-mohammed-v"])], "Yair Lapid visits Rabat"),
    ("the airport a visitor left from is no destination", EventType::Visit, &[(&["ayelet-shaked"], &[], &["ben-gurion-airport", "mohammed-v-international-airport"]), (&["ayelet-shaked"], &[], &["mohammed-v-international-airport"])], "Ayelet Shaked visits Casablanca"),
    ("sites of two cities of the destination name the country", EventType::Visit, &[(&["yair-lapid"], &[], &["rabat-sale-airport"]), (&["yair-lapid"], &[], &["temple-beth-el-casablanca"])], "Yair Lapid visits Morocco"),
    ("a visit to two cities named as often visits the country", EventType::Visit, &[(&["mickey-levy"], &[], &["rabat", "casablanca"])], "Mickey Levy visits Morocco"),
    ("a host and a visitor, the host named first", EventType::Visit, &[(&["nasser-bourita", "benny-gantz"], &[], &["rabat"])], "Benny Gantz visits Rabat"),
    ("a name's qualifier is not written", EventType::Meeting, &[(&["mohammed-vi", "moulay-hassan", "naftali-bennett"], &[], &["fez"])], "Mohammed VI of Morocco and Moulay Hassan meet Naftali Bennett in Fez"),
    ("a person's disambiguation is not written", EventType::Call, &[(&["eli-cohen-politician", "nasser-bourita"], &[], &[])], "Eli Cohen and Nasser Bourita speak by phone"),
    ("an agency named an office is not opened", EventType::Opening, &[(&[], &["onee"], &["rabat"])], "Israel and Morocco open an office in Rabat"),
    ("a prime minister's office is not opened", EventType::Opening, &[(&[], &["prime-ministers-office-israel"], &[])], "Israel and Morocco open an office"),
    ("a visit placed in a region of one side", EventType::Visit, &[(&["yair-lapid", "nasser-bourita"], &[], &["negev"])], "Nasser Bourita visits Israel"),
    ("a visit to two cities of one side, only its host named", EventType::Visit, &[(&["abdelouafi-laftit"], &[], &["agadir", "rabat"])], "Abdelouafi Laftit receives a delegation from Israel"),
    ("a visit placed by one source, another naming both sides' cities", EventType::Visit, &[(&[], &[], &["rabat", "tel-aviv"]), (&[], &[], &["agadir", "rabat"])], "A delegation from Israel visits Morocco"),
    ("who went is named by more reports than who received him", EventType::Visit, &[(&["abdellatif-ouahbi", "gideon-saar"], &[], &[]), (&["gideon-saar"], &[], &[]), (&["gideon-saar"], &[], &[])], "Gideon Sa'ar visits Morocco"),
    ("probe: the city a plane came from is not where it landed", EventType::Visit, &[(&["jared-kushner", "meir-ben-shabbat"], &[], &["rabat-sale-airport", "tel-aviv"])], "Jared Kushner and Meir Ben-Shabbat visit Morocco"),
    ("issue 13: the broker's envoy and a side's visitor are one delegation, both named", EventType::Visit, &[(&["jared-kushner", "meir-ben-shabbat"], &[], &["rabat"])], "Jared Kushner and Meir Ben-Shabbat visit Rabat"),
    ("a broker's person named by fewer reports than the visitor is not of his delegation", EventType::Visit, &[(&["yair-lapid", "antony-blinken"], &[], &["rabat"]), (&["yair-lapid"], &[], &["rabat"])], "Yair Lapid visits Rabat"),
    ("issue 13: a King beside his minister at a signing watched it", EventType::Agreement, &[(&["mohammed-vi", "saadeddine-othmani", "jared-kushner", "meir-ben-shabbat"], &[], &["rabat"])], "Saadeddine Othmani, Jared Kushner and Meir Ben-Shabbat sign an agreement in Rabat"),
    ("a King with no one else of his country named signs", EventType::Agreement, &[(&["mohammed-vi", "benjamin-netanyahu"], &[], &[])], "Mohammed VI of Morocco and Benjamin Netanyahu sign an agreement"),
    ("a site of the city's own country leaves the city the venue", EventType::Visit, &[(&["benny-gantz"], &[], &["rabat-sale-airport", "rabat"])], "Benny Gantz visits Rabat"),
];

/// (case name, event type, mentions (people, organisations, places, subjects), countries
/// named, title): which countries sign, and which subject names an agreement.
type Parties = &'static [(&'static [&'static str], &'static [&'static str], &'static [&'static str], &'static [&'static str])];
const PARTY_CASES: &[(&str, EventType, Parties, &[&str], &str)] = &[
    ("probe: third countries named beside a signing do not sign", EventType::Agreement, &[(&[], &[], &["rabat"], &[])], &["IL", "MA", "AE", "BH"], "Israel and Morocco sign an agreement in Rabat"),
    ("the broker of a trilateral act signs", EventType::Agreement, &[(&[], &[], &["rabat"], &[])], &["IL", "MA", "US"], "Israel, Morocco and the United States sign an agreement in Rabat"),
    ("the countries named by a meeting take part", EventType::Meeting, &[(&[], &[], &[], &[])], &["IL", "MA", "AE", "BH", "EG"], "Israel, Morocco, the United Arab Emirates, Bahrain and Egypt hold talks"),
    ("a third country none of a meeting's participants comes from is named in passing", EventType::Meeting, &[(&["yair-lapid", "nasser-bourita", "sameh-shoukry", "antony-blinken"], &[], &[], &[])], &["IL", "MA", "EG", "US", "IR"], "Israel, Morocco, Egypt and the United States hold talks"),
    ("third countries take part beside one side's participant alone", EventType::Meeting, &[(&["yair-lapid"], &[], &[], &[])], &["IL", "MA", "AE", "EG"], "Israel, Morocco, the United Arab Emirates and Egypt hold talks"),
    ("a third country named beside a signing by people of one side", EventType::Agreement, &[(&["yair-lapid"], &[], &[], &[])], &["IL", "MA", "BH"], "Yair Lapid signs an agreement with Morocco"),
    ("probe: a list of subjects is several agreements", EventType::Agreement, &[(&[], &[], &[], &["aviation", "water", "trade", "visa"]), (&[], &[], &[], &[])], &["IL", "MA"], "Israel and Morocco sign agreements"),
    ("two subjects listed by each source are several agreements", EventType::Agreement, &[(&[], &[], &[], &["culture", "aviation", "diplomacy"]), (&[], &[], &[], &["aviation", "culture"])], &["IL", "MA"], "Israel and Morocco sign agreements"),
    ("diplomacy listed beside one subject goes without saying", EventType::Agreement, &[(&[], &[], &[], &["culture", "diplomacy"])], &["IL", "MA"], "Israel and Morocco sign a culture agreement"),
    ("a subject named by more lists", EventType::Agreement, &[(&[], &[], &[], &["innovation", "water"]), (&[], &[], &[], &["trade", "visa", "water"]), (&[], &[], &[], &["innovation", "water"])], &["IL", "MA"], "Israel and Morocco sign a water agreement"),
    ("the subject most sources name", EventType::Agreement, &[(&[], &[], &[], &["defence", "cyber"]), (&[], &[], &[], &["defence"])], &["IL", "MA"], "Israel and Morocco sign a defence agreement"),
    ("a list of subjects does not outvote one named alone", EventType::Agreement, &[(&[], &[], &[], &["aviation", "water", "trade"]), (&[], &[], &[], &["water"])], &["IL", "MA"], "Israel and Morocco sign a water agreement"),
];

/// One report of a venue test: (article, dated or not, people, places).
type Report = (&'static str, bool, &'static [&'static str], &'static [&'static str]);

/// An event of `event_type` between Israel and Morocco from reports of several articles,
/// each dated to one day or undated, merged as the corpus merge takes them in.
fn event_of_reports(event_type: EventType, reports: &[Report]) -> Event {
    let ids = |list: &[&str]| list.iter().map(|&s| s.into()).collect::<Vec<_>>();
    let mut mentions = reports.iter().enumerate().map(|(i, (file, dated, people, places))| crate::merge::Mention {
        file: (*file).into(),
        line: i + 1,
        offset: 0,
        evidence: "".into(),
        event_type,
        rule: "".into(),
        date: if *dated { crate::dates::DateValue::parse("2022-03-28") } else { None },
        date_text: "".into(),
        date_kind: crate::merge::DateKind::Stated,
        span_days: 0,
        published: None,
        status: Status::Occurred,
        ids: crate::merge::MentionIds::new(ids(people), Vec::new(), ids(places), ids(&["IL", "MA"]), Vec::new()),
    });
    let mut e = Event::new(mentions.next().expect("a report"));
    mentions.for_each(|m| e.take_in(m));
    e
}

/// (case name, event type, reports, title): which reports give a row its venue.
const VENUE_CASES: &[(&str, EventType, &[Report], &str)] = &[
    (
        "a page that names the event undated does not give its venue",
        EventType::Meeting,
        &[("talks.txt", true, &["yair-lapid", "nasser-bourita"], &["negev"]), ("next-stop.txt", false, &["nasser-bourita"], &["rabat"])],
        "Yair Lapid meets Nasser Bourita",
    ),
    (
        "undated pages naming a city of another country than the dated reports' do not outvote them",
        EventType::Meeting,
        &[
            ("talks.txt", true, &["yair-lapid", "nasser-bourita"], &["marrakesh"]),
            ("recap-1.txt", false, &["yair-lapid"], &["tel-aviv"]),
            ("recap-2.txt", false, &["nasser-bourita"], &["tel-aviv"]),
        ],
        "Yair Lapid meets Nasser Bourita in Marrakesh",
    ),
    (
        "an undated page is heard when the dated reports place the event nowhere",
        EventType::Meeting,
        &[("talks.txt", true, &["aviv-kochavi", "farouk-belkhir"], &[]), ("staff.txt", false, &["aviv-kochavi", "farouk-belkhir"], &["rabat"])],
        "Aviv Kochavi meets Farouk Belkhir in Rabat",
    ),
    (
        "an undated sentence of a page that dates the event tells it",
        EventType::Meeting,
        &[("talks.txt", true, &["yair-lapid", "nasser-bourita"], &[]), ("talks.txt", false, &["nasser-bourita"], &["rabat"])],
        "Yair Lapid meets Nasser Bourita in Rabat",
    ),
    (
        "a row no report dates takes the city its reports name",
        EventType::Meeting,
        &[("recap-1.txt", false, &["yair-lapid", "nasser-bourita"], &["rabat"]), ("recap-2.txt", false, &["nasser-bourita"], &[])],
        "Yair Lapid meets Nasser Bourita in Rabat",
    ),
    (
        "issue 13: a page recalling another visit of whom the visitor joined does not place the visit",
        EventType::Visit,
        &[
            ("arrival.txt", true, &["nasser-bourita"], &[]),
            ("summit.txt", true, &["nasser-bourita", "yair-lapid", "antony-blinken"], &[]),
            ("recall.txt", false, &["yair-lapid"], &["rabat"]),
        ],
        "Nasser Bourita visits Israel",
    ),
    (
        "an undated page naming whom the dated reports name most places the visit",
        EventType::Visit,
        &[("visit.txt", true, &["yair-lapid"], &[]), ("recap.txt", false, &["yair-lapid"], &["rabat"])],
        "Yair Lapid visits Rabat",
    ),
    (
        "a visit's country from the reports that date it, not a page on the next stop",
        EventType::Visit,
        &[("visit.txt", true, &["nasser-bourita"], &["negev"]), ("next-stop.txt", false, &["nasser-bourita"], &["rabat"])],
        "Nasser Bourita visits Israel",
    ),
];

/// Each case's event titled as the gazetteer names it: (case name, event, title expected).
fn assert_titles<'a>(cases: impl IntoIterator<Item = (&'a str, Event, &'a str)>) {
    let g = Gazetteer::load(None).unwrap();
    let cases: Vec<(&str, Event, &str)> = cases.into_iter().collect();
    crate::test_support::assert_unique_names(cases.iter().map(|c| c.0));
    let mut failures = Vec::new();
    for (name, event, expected) in cases {
        let got = event_title(&event, &g);
        if got != expected {
            failures.push(format!("{name}:\n  expected {expected}\n  got      {got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn venues_from_the_reports_that_tell_the_event() {
    assert_titles(VENUE_CASES.iter().map(|(name, event_type, reports, expected)| (*name, event_of_reports(*event_type, reports), *expected)));
}

#[test]
fn who_signs_and_what() {
    assert_titles(PARTY_CASES.iter().map(|(name, event_type, sources, countries, expected)| (*name, event_with(*event_type, sources, countries), *expected)));
}

/// Two subjects listed by one source: "agreements" unless the sentences name one
/// instrument alone.
#[test]
fn one_instrument_of_two_subjects_is_an_agreement() {
    let g = Gazetteer::load(None).unwrap();
    let e = event_with(EventType::Agreement, &[(&[], &[], &[], &["water", "energy"])], &["IL", "MA"]);
    for (instruments, expected) in [
        (Instruments::Untold, "Israel and Morocco sign agreements"),
        (Instruments::Several, "Israel and Morocco sign agreements"),
        (Instruments::One, "Israel and Morocco sign an agreement"),
    ] {
        assert_eq!(event_title_told(&e, &g, instruments), expected, "{instruments:?}");
    }
}

#[test]
fn titles_of_merged_events() {
    assert_titles(EVENT_CASES.iter().map(|(name, event_type, sources, expected)| (*name, event(*event_type, sources), *expected)));
}

/// How a report tells a visit, for the stop tests: its arrival told done (an `-arrive` rule),
/// the visit told done, or a stop it is to make.
#[derive(Debug, Clone, Copy)]
enum Told {
    Arrival,
    Done,
    ToCome,
}

/// A visit of Yair Lapid's from reports of one article dated to one day, each telling it as
/// [`Told`] says and naming the places given.
fn visit_told(reports: &[(Told, &[&str])]) -> Event {
    let mut mentions = reports.iter().enumerate().map(|(i, (told, places))| crate::merge::Mention {
        file: "visit.txt".into(),
        line: i + 1,
        offset: 0,
        evidence: "".into(),
        event_type: EventType::Visit,
        rule: match told {
            Told::Arrival => "visit-arrive-in".into(),
            Told::Done | Told::ToCome => "visit-noun".into(),
        },
        date: crate::dates::DateValue::parse("2021-08-11"),
        date_text: "".into(),
        date_kind: crate::merge::DateKind::Stated,
        span_days: 0,
        published: None,
        status: if matches!(told, Told::ToCome) { Status::Planned } else { Status::Occurred },
        ids: crate::merge::MentionIds::new(vec!["yair-lapid".into()], Vec::new(), places.iter().map(|&p| p.into()).collect(), vec!["IL".into(), "MA".into()], Vec::new()),
    });
    let mut e = Event::new(mentions.next().expect("a report"));
    mentions.for_each(|m| e.take_in(m));
    e
}

/// (case name, reports, title): a visit is titled by where it went, the places the reports
/// of it done give (an arrival at an airport, its city), before the stops it was to make that
/// more reports may name, and only in the country the reports place it in.
const STOP_CASES: &[(&str, &[(Told, &[&str])], &str)] = &[
    (
        "an arrival at an airport beside two reports of a later stop",
        &[(Told::Arrival, &["rabat-sale-airport"]), (Told::ToCome, &["casablanca", "temple-beth-el-casablanca"]), (Told::ToCome, &["casablanca"])],
        "Yair Lapid visits Rabat",
    ),
    ("no arrival placed: the visit told done, not its planned stops", &[(Told::Arrival, &[]), (Told::Done, &["rabat"]), (Told::ToCome, &["tangier"]), (Told::ToCome, &["tangier"])], "Yair Lapid visits Rabat"),
    ("an arrival told by its route gives way to the visit told done", &[(Told::Arrival, &["ben-gurion-airport", "rabat-sale-airport"]), (Told::Done, &["casablanca"]), (Told::ToCome, &["marrakesh"])], "Yair Lapid visits Casablanca"),
    ("the city the visitor flew from, named in the arrival, is not where it went", &[(Told::Arrival, &["tel-aviv"]), (Told::ToCome, &["rabat"]), (Told::ToCome, &["rabat"])], "Yair Lapid visits Rabat"),
    ("a city told done and a stop to come named as often: the city told done", &[(Told::Done, &["fez"]), (Told::ToCome, &["agadir"])], "Yair Lapid visits Fez"),
    ("only planned stops place it", &[(Told::Arrival, &[]), (Told::ToCome, &["casablanca"])], "Yair Lapid visits Casablanca"),
    // A wire's dateline city in a third country beside the arrival's city («بيت لحم- معا- وصل
    // … إلى الرباط»): the arrival still places the visit, before a stop to come.
    ("an arrival under a dateline of another country", &[(Told::Arrival, &["bethlehem", "rabat"]), (Told::ToCome, &["marrakesh"])], "Yair Lapid visits Rabat"),
    ("an arrival told with the city flown from", &[(Told::Arrival, &["tel-aviv", "tangier"]), (Told::ToCome, &["fez"]), (Told::ToCome, &["fez"])], "Yair Lapid visits Tangier"),
    ("an arrival under a dateline abroad, a stop to come named twice", &[(Told::Arrival, &["paris", "casablanca"]), (Told::ToCome, &["agadir"]), (Told::ToCome, &["agadir"])], "Yair Lapid visits Casablanca"),
    // Not an arrival: the visit told done with cities of two countries gives no venue.
    ("a visit told done with a city of each side", &[(Told::Done, &["tel-aviv", "casablanca"]), (Told::ToCome, &["agadir"])], "Yair Lapid visits Agadir"),
];

#[test]
fn a_visit_is_titled_by_where_it_went() {
    assert_titles(STOP_CASES.iter().map(|(name, reports, expected)| (*name, visit_told(reports), *expected)));
}

/// A flight row whose reports name airlines (each report's list): a flight of one day.
fn flight_told(reports: &[&[&str]]) -> Event {
    let dated: Vec<(&[&str], &str)> = reports.iter().map(|r| (*r, "2021-07-25")).collect();
    flight_told_dated(&dated)
}

/// A flight row whose reports name airlines, each report dated (a day or a month).
fn flight_told_dated(reports: &[(&[&str], &str)]) -> Event {
    let mut mentions = reports.iter().enumerate().map(|(i, (airlines, date))| crate::merge::Mention {
        file: "flight.txt".into(),
        line: i + 1,
        offset: 0,
        evidence: "".into(),
        event_type: EventType::Flight,
        rule: "flight-landed".into(),
        date: crate::dates::DateValue::parse(date),
        date_text: "".into(),
        date_kind: crate::merge::DateKind::Stated,
        span_days: 0,
        published: None,
        status: Status::Occurred,
        ids: crate::merge::MentionIds::new(Vec::new(), airlines.iter().map(|&a| a.into()).collect(), vec!["marrakesh".into(), "tel-aviv".into()], vec!["IL".into(), "MA".into()], Vec::new()),
    });
    let mut e = Event::new(mentions.next().expect("a report"));
    mentions.for_each(|m| e.take_in(m));
    e
}

/// (case name, each report's airlines, title): a flight is the airline's the reports name
/// most, the first named on a tie, whatever the names' order (the row's organisations are
/// sorted by name).
const AIRLINE_CASES: &[(&str, &[&[&str]], &str)] = &[
    ("a second plane of another airline told after the first flight", &[&["israir"], &["el-al"]], "Israir flight between Marrakesh and Tel Aviv"),
    ("the airline most reports name", &[&["el-al"], &["israir"], &["israir"]], "Israir flight between Marrakesh and Tel Aviv"),
    ("one airline", &[&["el-al"]], "El Al flight between Marrakesh and Tel Aviv"),
];

#[test]
fn a_flight_is_titled_by_the_airline_its_reports_name_most() {
    assert_titles(AIRLINE_CASES.iter().map(|(name, reports, expected)| (*name, flight_told(reports), *expected)));
}

/// A flight row of a day whose reports of that day name one airline and reports of its month
/// another (a page recalling "El Al and Israir opened their routes to Marrakech in July",
/// another airline's charter of another month read as the row's): the month's reports do not
/// count, undated ones do; a row of a month counts all.
#[test]
fn a_flight_is_titled_by_the_airline_its_days_reports_name() {
    let month_then_day: &[(&[&str], &str)] = &[(&["el-al", "israir"], "2021-07"), (&["el-al"], "2021-07"), (&["israir"], "2021-07-25"), (&["el-al"], "2021-07-25")];
    let undated_too: &[(&[&str], &str)] = &[(&["el-al"], "2021-07"), (&["el-al"], "2021-07-25"), (&["israir"], "2021-07-25"), (&["israir"], "")];
    let month_only: &[(&[&str], &str)] = &[(&["el-al"], "2021-07"), (&["israir"], "2021-07"), (&["el-al"], "2021-07")];
    assert_titles([
        ("the day's reports, the first named on a tie", flight_told_dated(month_then_day), "Israir flight between Marrakesh and Tel Aviv"),
        ("an undated report counts", flight_told_dated(undated_too), "Israir flight between Marrakesh and Tel Aviv"),
        ("a row of a month: all of them", flight_told_dated(month_only), "El Al flight between Marrakesh and Tel Aviv"),
    ]);
}
