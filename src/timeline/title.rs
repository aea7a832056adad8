//! Row titles: the one-line English summary of an event ("Benny Gantz visits Rabat", "Israel
//! and Morocco sign a trade agreement", "Yair Lapid to visit Rabat"), whatever the language of
//! the articles.
//!
//! A title is made in two steps: [`TitleFacts::of_event`] reads from the merged event and the
//! gazetteer what a title may say (who, from which country, where, what), and [`title`] writes
//! the sentence from those facts alone, so that the grammar is tested without a corpus. The
//! rules come from titles that read badly on articles tarikh had never seen:
//! - the verb agrees with its subject ("Yair Lapid signs", "Israel and Morocco sign"), and a
//!   planned event reads as planned ("Yair Lapid to visit Rabat");
//! - a venue ("in Rabat") is a city the sources name as the place of the event: a region or a
//!   continent ("Africa", "the Middle East") is not a venue, and a sentence that names cities of
//!   two countries ("between Rabat and Tel Aviv", "sponsored by Washington") names the sides or
//!   a route, not where the event happened;
//! - a sentence that names a city or a site of each of two countries ("a plane from Tel Aviv
//!   landed at Rabat–Salé airport") tells a route or an origin, not a venue;
//! - when the people named are all of one side, the title names the other ("Yair Lapid signs an
//!   agreement with Morocco");
//! - a signing's parties are the two sides, the broker of trilateral acts and a third country
//!   with a person or an organisation of its own: a third country named alone beside a signing
//!   ("like the Emirates and Bahrain before them") is named in passing; its kind is the subject
//!   the sources name most, none on a tie;
//! - nobody visits his own country: the visitor is someone from another country than the place
//!   visited; when only the hosts are named, they receive a delegation from the other side; when
//!   no source says who went where, the title says a visit took place between the two; the
//!   broker's people beside a side's visitor, named by as many reports, are one delegation and
//!   are all named ("Jared Kushner and Meir Ben-Shabbat visit Rabat"); when the reports that
//!   date a visit place it nowhere, a page naming it undated places it only when it names whom
//!   they name most (a page recalling the host's own earlier trip does not make its city the
//!   place, nor the host the visitor);
//! - a head of state named beside someone else of his country at a signing watched or presided
//!   over it: the title names the signers, not him;
//! - a meeting says who met whom: the compatriots of the first person named are with him, not
//!   met by him; a country is not met (one side named alone holds talks with the other side's
//!   officials); a summit of four countries or more is named by its countries;
//! - an organisation is named only in the role its kind fits (the office an opening opens, the
//!   airline of a flight or route), never standing for a country.

use crate::events::EventType;
use crate::gazetteer::{EntityKind, Gazetteer};
use crate::merge::{Event, Status};

/// The two sides of the timeline, by country code, in the order titles name them.
const SIDES: [&str; 2] = ["IL", "MA"];

/// A name with the country it belongs to (a person's, a city's; a country's own code).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Named {
    /// Canonical English name.
    pub name: String,
    /// Country code, empty when the gazetteer gives none (Jerusalem).
    pub country: String,
}

impl Named {
    /// A name and its country code.
    pub fn new(name: &str, country: &str) -> Named {
        Named { name: name.to_string(), country: country.to_string() }
    }
}

/// What a title may say about an event.
#[derive(Debug, Clone, PartialEq)]
pub struct TitleFacts {
    /// Event type.
    pub event_type: EventType,
    /// Announced for later rather than done.
    pub planned: bool,
    /// People, in the order the most informative source names them, then the others.
    pub people: Vec<Named>,
    /// Countries taking part: Israel and Morocco first, then the others by code.
    pub countries: Vec<Named>,
    /// The city the event took place in, when the sources name one.
    pub venue: Option<Named>,
    /// Visits without a venue: the side's country the sources place the visit in (its cities,
    /// sites or regions, or the country a host received it in), when they show one.
    pub destination: Option<Named>,
    /// How many sources name each person (parallel to `people`): who went on a visit is named
    /// by more reports of it than who received him.
    pub reports: Vec<usize>,
    /// Flights and routes: the place at each end (a city, else a site such as an airport), one
    /// per side at most, in name order.
    pub route: Vec<Named>,
    /// Openings: the office opened (liaison office, embassy, consulate…).
    pub office: Option<String>,
    /// Flights and routes: the airline.
    pub airline: Option<String>,
    /// The subject most sources give ("defence"), if any.
    pub topic: Option<String>,
    /// Several agreements of different kinds signed at once: some source lists two subjects
    /// or more ("on air services, on culture and on consultations") and no kind wins the
    /// vote; the title says "agreements".
    pub several: bool,
}

impl TitleFacts {
    /// The facts of a merged event, with names from the gazetteer.
    pub fn of_event(e: &Event, g: &Gazetteer) -> TitleFacts {
        let best = super::most_informative(e);
        // The best source first, so that its order of names and places leads.
        let mentions: Vec<&crate::merge::Mention> = std::iter::once(best).chain(e.mentions.iter().filter(|m| !std::ptr::eq(*m, best))).collect();
        let mut people: Vec<Named> = Vec::new();
        let mut reports: Vec<usize> = Vec::new();
        // A head of state named beside someone else of his country at a signing watched or
        // presided over it ("in the presence of the King", "بين يدي جلالة الملك"); his ministers
        // signed, and the title names them (he stays among the row's people).
        let head_of_state = |p: &crate::gazetteer::Entity| p.roles.iter().any(|r| HEAD_OF_STATE_ROLES.contains(&r.role.as_str()));
        let present_only = |p: &crate::gazetteer::Entity| {
            e.event_type == EventType::Agreement && head_of_state(p) && e.people().iter().filter_map(|id| g.by_id(id)).any(|o| o.id != p.id && o.country == p.country && !head_of_state(o))
        };
        for id in best.people().iter().chain(e.people().iter()) {
            if let Some(p) = g.by_id(id).filter(|p| !present_only(p)) {
                // Two people written alike in a title are one name there ("Lapid and Lapid").
                let p = Named::new(short_name(&p.name), &p.country);
                if !people.contains(&p) {
                    people.push(p);
                    reports.push(e.mentions.iter().filter(|m| m.people().contains(id)).count());
                }
            }
        }
        let mut codes: Vec<&str> = SIDES.iter().copied().filter(|c| e.countries().contains(*c)).collect();
        codes.extend(e.countries().iter().map(|c| &**c).filter(|c| !SIDES.contains(c)));
        // A signing's parties are the two sides, the broker of the 2020 declaration (a
        // trilateral act) and a third country with a person or an organisation of its own; a
        // third country named alone beside a signing is named in passing ("like the Emirates
        // and Bahrain before them", "بعد الإمارات والبحرين"), not a party. (A meeting's
        // countries take part: "his counterparts from Egypt, Morocco and Bahrain"; see below.)
        let represented: Vec<&str> = match e.event_type {
            EventType::Agreement | EventType::Meeting => e.people().iter().chain(e.organisations()).filter_map(|id| g.by_id(id)).map(|x| &*x.country).collect(),
            _ => Vec::new(),
        };
        if e.event_type == EventType::Agreement {
            codes.retain(|c| SIDES.contains(c) || *c == crate::focus::BROKER || represented.contains(c));
        }
        // A meeting's countries all take part, unless its sources name the third countries'
        // participants: then a third country none of them comes from is named in passing (the
        // six ministers of the Negev met "in the face of Iran").
        if e.event_type == EventType::Meeting && represented.iter().any(|c| !SIDES.contains(c)) {
            codes.retain(|c| SIDES.contains(c) || represented.contains(c));
        }
        let countries = codes.iter().filter_map(|c| super::country_name(c, g).map(|n| Named::new(&n, c))).collect();
        let place = |id: &crate::idset::Id| g.by_id(id).filter(|p| p.kind == EntityKind::Place);
        // A city is the venue when sources name it alone (or with cities and sites of its own
        // country); the most named wins. A sentence naming a city or a site of each of two
        // countries tells a route or where someone came from ("a plane from Tel Aviv landed at
        // Rabat–Salé airport"), not where the event happened.
        // The place a page gives the event is where it happened only when the page tells the
        // event itself. A page that names it without dating it may be about something else
        // ("arrived in the capital from the summit in the desert", a page on the next stop):
        // when the reports that date the event (and the other sentences of their articles)
        // place it in one country, such a page's places of another country are that other
        // act's, and it gives no venue. When no report places it, every report is heard.
        let dated_files: Vec<&crate::idset::Id> = e.mentions.iter().filter(|m| m.date.is_some()).map(|m| &m.file).collect();
        let tells_it = |m: &crate::merge::Mention| dated_files.is_empty() || dated_files.contains(&&m.file);
        let place_countries = |m: &crate::merge::Mention| {
            let mut countries: Vec<&str> = m.places().iter().filter_map(place).map(|p| &*p.country).filter(|c| !c.is_empty()).collect();
            countries.sort_unstable();
            countries.dedup();
            countries
        };
        let mut placed_in: Vec<&str> = mentions.iter().filter(|m| tells_it(m)).map(|m| place_countries(m)).filter(|c| c.len() == 1).map(|c| c[0]).collect();
        placed_in.sort_unstable();
        placed_in.dedup();
        // When the reports that date a visit place it nowhere, a page that names it undated is
        // heard when it names whom they name most, who went: "Bourita, who arrived in Israel on
        // Sunday" beside a page recalling "Lapid's visit to Rabat" in August (joined to it by
        // Lapid, whom Bourita joined) does not make Rabat the place, nor Lapid the visitor.
        let dated_most = if e.event_type == EventType::Visit { most_named(e.mentions.iter().filter(|m| m.date.is_some())) } else { Vec::new() };
        let names_who_went = |m: &crate::merge::Mention| dated_most.is_empty() || m.people().iter().any(|p| dated_most.contains(&p));
        let telling: Vec<&crate::merge::Mention> = mentions
            .iter()
            .copied()
            .filter(|m| tells_it(m) || place_countries(m).iter().all(|c| placed_in.contains(c)) || (placed_in.is_empty() && names_who_went(m)))
            .collect();
        let mut votes: Vec<(&crate::gazetteer::Entity, usize)> = Vec::new();
        for m in &telling {
            let located: Vec<_> = m.places().iter().filter_map(place).filter(|p| p.subkind == "city" || (p.subkind == "site" && !p.country.is_empty())).collect();
            if located.iter().any(|c| c.country != located[0].country) {
                continue;
            }
            let cities = located.into_iter().filter(|p| p.subkind == "city");
            for city in cities {
                match votes.iter_mut().find(|(c, _)| c.id == city.id) {
                    Some((_, n)) => *n += 1,
                    None => votes.push((city, 1)),
                }
            }
        }
        // A visit to two cities named as often ("حل خلالها بالرباط والدار البيضاء") is a tour
        // with no one venue: the title names the country instead. Talks are held in one place:
        // the best source's first city.
        let most = votes.iter().map(|(_, n)| *n).max().unwrap_or(0);
        let tied = e.event_type == EventType::Visit && votes.iter().filter(|(_, n)| *n == most).count() > 1;
        let mut venue = votes.iter().find(|(_, n)| *n == most && !tied).map(|(c, _)| Named::new(short_name(&c.name), &c.country));
        let mut destination = if e.event_type == EventType::Visit && venue.is_none() { destination(&telling, g) } else { None };
        // A visit placed by no city but by sites of its destination ("landed at Rabat–Salé
        // airport", "laid a wreath at the Mausoleum of Mohammed V") is in their city, when they
        // are all in one: the visitor left from his own country's airport, which is no
        // destination.
        if votes.is_empty()
            && let Some(country) = &destination
        {
            let mut cities = telling.iter().flat_map(|m| m.places()).filter_map(place).filter(|p| *p.country == *country.country).filter_map(|p| city_of_site(p, g));
            if let Some(city) = cities.next()
                && cities.all(|c| c.id == city.id)
            {
                venue = Some(Named::new(short_name(&city.name), &city.country));
                destination = None;
            }
        }
        // One end of a route per side: a city, else the city of a site (Ben Gurion airport is
        // Tel Aviv's), else a site, the first the sources name.
        let mut route: Vec<Named> = SIDES
            .iter()
            .filter_map(|side| {
                let named = || mentions.iter().flat_map(|m| m.places()).filter_map(place).filter(|p| &*p.country == *side);
                named().find(|p| p.subkind == "city").or_else(|| named().find_map(|p| city_of_site(p, g))).or_else(|| named().find(|p| p.subkind == "site"))
            })
            .map(|p| Named::new(short_name(&p.name), &p.country))
            .collect();
        route.sort_by(|a, b| a.name.cmp(&b.name));
        let organisations: Vec<&crate::gazetteer::Entity> = e.organisations().iter().filter_map(|id| g.by_id(id)).collect();
        let office = organisations.iter().find(|o| o.is_office_abroad()).map(|o| o.name.clone());
        let airline = organisations.iter().find(|o| o.subkind == "airline").map(|o| o.name.clone());
        // The subject the sources name most ("defence" for the defence memorandum that also
        // covers cyber); "diplomacy" goes without saying. Each source has one vote, shared
        // among the subjects it names: a sentence listing several agreements or fields
        // ("memoranda on aviation, water, investment and visas") weighs less for each than one
        // naming a subject alone. On a tie the sources do not say which kind it is, and the
        // title names none.
        // A share of a vote in whole units: 2520 is divisible by every count up to ten.
        const VOTE: usize = 2520;
        let mut topics: Vec<(usize, &crate::idset::Id)> = e
            .topics()
            .iter()
            .filter(|t| &***t != "diplomacy")
            .map(|t| (e.mentions.iter().filter(|m| m.topics().contains(t)).map(|m| VOTE / subjects(m)).sum(), t))
            .collect();
        topics.sort_by_key(|(n, t)| (std::cmp::Reverse(*n), *t));
        let mut several = false;
        if topics.len() > 1 && topics[0].0 == topics[1].0 {
            topics.clear();
            several = counts_instruments(e);
        }
        TitleFacts {
            event_type: e.event_type,
            planned: e.status == Status::Planned,
            people,
            countries,
            venue,
            destination,
            reports,
            route,
            office,
            airline,
            topic: topics.first().map(|(_, t)| t.to_string()),
            several,
        }
    }
}

/// Role ids of `roles.csv` that are heads of state: beside a minister of their country at a
/// signing, they watched it.
const HEAD_OF_STATE_ROLES: [&str; 2] = ["king", "president"];

/// The people `mentions` name most (each mention counts once for each person it names); none
/// when they name no one.
fn most_named<'m>(mentions: impl Iterator<Item = &'m crate::merge::Mention>) -> Vec<&'m crate::idset::Id> {
    let mut counts: Vec<(&crate::idset::Id, usize)> = Vec::new();
    for m in mentions {
        for p in m.people() {
            match counts.iter_mut().find(|(q, _)| *q == p) {
                Some((_, n)) => *n += 1,
                None => counts.push((p, 1)),
            }
        }
    }
    let most = counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
    counts.into_iter().filter(|(_, n)| *n == most).map(|(p, _)| p).collect()
}

/// The city the site `p` is in (its `parent` in `places.csv`), when it is a site in one.
fn city_of_site<'g>(p: &crate::gazetteer::Entity, g: &'g Gazetteer) -> Option<&'g crate::gazetteer::Entity> {
    if p.subkind != "site" || p.parent.is_empty() {
        return None;
    }
    g.by_id(&p.parent)
}

/// The side's country a visit without a venue went to: each source that places it (a city, a
/// site or a region of one side, or a side named among a visit's places: the country its host
/// received it in) in one country only votes for it; the most voted, when no other ties it.
fn destination(mentions: &[&crate::merge::Mention], g: &Gazetteer) -> Option<Named> {
    let mut votes: Vec<(&str, usize)> = Vec::new();
    for m in mentions {
        let mut countries: Vec<&str> = m.places().iter().filter_map(|id| g.by_id(id)).filter(|p| p.kind == EntityKind::Place).map(|p| &*p.country).filter(|c| !c.is_empty()).collect();
        countries.sort_unstable();
        countries.dedup();
        if let [one] = countries[..]
            && SIDES.contains(&one)
        {
            match votes.iter_mut().find(|(c, _)| *c == one) {
                Some((_, n)) => *n += 1,
                None => votes.push((one, 1)),
            }
        }
    }
    let most = votes.iter().map(|(_, n)| *n).max()?;
    match votes.iter().filter(|(_, n)| *n == most).collect::<Vec<_>>()[..] {
        [(code, _)] => super::country_name(code, g).map(|n| Named::new(&n, code)),
        _ => None,
    }
}

/// A name as a title writes it: without the gazetteer's qualifier that tells it from a namesake
/// ("Eli Cohen (politician, born 1972)", "Fez, Morocco", "Moulay Hassan, Crown Prince of
/// Morocco"); the row's lists keep the full name.
fn short_name(name: &str) -> &str {
    let cut = name.find(" (").into_iter().chain(name.find(", ")).min().unwrap_or(name.len());
    name[..cut].trim_end()
}

/// The title of a merged event.
pub fn event_title(e: &Event, g: &Gazetteer) -> String {
    event_title_told(e, g, Instruments::Untold)
}

/// The title of a merged event whose sentences name its instruments as `instruments` says
/// ([`Instruments::named_in`]): a signing of several subjects named by a singular noun alone
/// is one instrument ("a memorandum on water and sanitation"), titled "an agreement".
pub fn event_title_told(e: &Event, g: &Gazetteer, instruments: Instruments) -> String {
    let mut facts = TitleFacts::of_event(e, g);
    if instruments == Instruments::One {
        facts.several = false;
    }
    title(&facts)
}

/// How many subjects `m` names, "diplomacy" aside (it goes without saying).
fn subjects(m: &crate::merge::Mention) -> usize {
    m.topics().iter().filter(|t| &***t != "diplomacy").count()
}

/// Whether the title of `e` may say "agreements" for its subjects: a signing one of whose
/// sources names two subjects or more (see [`TitleFacts::several`]). Its sentences then say
/// how many instruments were signed ([`Instruments::named_in`]).
pub fn counts_instruments(e: &Event) -> bool {
    e.event_type == EventType::Agreement && e.mentions.iter().any(|m| subjects(m) >= 2)
}

/// How many instruments the sentences telling a signing name, by the number of their nouns
/// (`lexicons/instruments.csv`: "agreement", "مذكرة" against "agreements", "اتفاقيات",
/// "اتفاقيتين"): several when one sentence names them in the plural (or the dual), one when
/// they name them only in the singular, untold when they name none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Instruments {
    /// No instrument noun.
    Untold,
    /// Singular nouns only.
    One,
    /// A plural or dual noun.
    Several,
}

impl Instruments {
    /// What `sentences` (as written) name, by the nouns of `nouns`.
    pub fn named_in<'a>(sentences: impl IntoIterator<Item = &'a str>, nouns: &InstrumentNouns) -> Instruments {
        let nouns = &nouns.by_form;
        let mut told = Instruments::Untold;
        for sentence in sentences {
            for word in sentence.split(|c: char| !crate::text::normalize::is_alphanumeric(c)).filter(|w| !w.is_empty()) {
                // Arabic has no case, and most words of a Latin sentence are lower case: a word
                // is lowered only when it has a capital (the profile showed lowering whole
                // sentences, and the Unicode tables asked of Arabic letters, in every title).
                let has_capital = |c: char| c.is_ascii_uppercase() || (!c.is_ascii() && !ARABIC_BLOCK.contains(&c) && c.is_uppercase());
                let lowered = word.chars().any(has_capital).then(|| word.to_lowercase());
                let word = lowered.as_deref().unwrap_or(word);
                // "والاتفاقيات", "بمذكرة": a conjunction and a preposition glued before.
                let bare = word.strip_prefix('و').unwrap_or(word);
                let bare = bare.strip_prefix(['ب', 'ل']).unwrap_or(bare);
                for form in [word, bare] {
                    match nouns.get(form) {
                        Some(Instruments::Several) => return Instruments::Several,
                        Some(Instruments::One) => told = Instruments::One,
                        _ => {}
                    }
                }
            }
        }
        told
    }
}

/// The Arabic block of Unicode: letters without case.
const ARABIC_BLOCK: std::ops::RangeInclusive<char> = '\u{0600}'..='\u{06FF}';

/// The instrument nouns of `lexicons/instruments.csv` (`number,forms`: `one` or `several`, and
/// the forms `|`-separated), by form, lower case. Hashed with [`crate::hash::Fx`]: every word
/// of every sentence of a signing is looked up.
#[derive(Debug, Clone, Default)]
pub struct InstrumentNouns {
    by_form: crate::hash::FxHashMap<String, Instruments>,
}

impl InstrumentNouns {
    /// Parse `instruments.csv`; `source` names the file in errors.
    pub fn parse(text: &str, source: &str) -> Result<InstrumentNouns, String> {
        let mut by_form = crate::hash::FxHashMap::default();
        for row in crate::table::read_rows(text, source, &["number", "forms"])? {
            let number = match row.get("number") {
                "one" => Instruments::One,
                "several" => Instruments::Several,
                other => return Err(row.error(format_args!("number `{other}` is neither `one` nor `several`"))),
            };
            for form in row.list("forms") {
                by_form.insert(form.to_lowercase(), number);
            }
        }
        Ok(InstrumentNouns { by_form })
    }
}

/// The title of a merged event whose type and status the analyst set (see [`crate::curate`]),
/// so that the title says what the row's columns say ("Yair Lapid to visit Rabat" for a row set
/// to `planned`).
pub fn event_title_as(e: &Event, g: &Gazetteer, event_type: EventType, status: Status) -> String {
    title(&TitleFacts { event_type, planned: status == Status::Planned, ..TitleFacts::of_event(e, g) })
}

/// A subject of a title: its words and whether the verb takes the plural.
struct Subject {
    text: String,
    plural: bool,
    /// The countries it stands for (the people's, or the countries named).
    countries: Vec<String>,
}

impl Subject {
    fn people(people: &[&Named]) -> Subject {
        Subject {
            text: join_people(&people.iter().map(|p| p.name.clone()).collect::<Vec<_>>()),
            plural: people.len() > 1,
            countries: people.iter().map(|p| p.country.clone()).collect(),
        }
    }

    fn countries(countries: &[Named]) -> Subject {
        Subject {
            text: join(&countries.iter().map(|c| with_article(&c.name)).collect::<Vec<_>>()),
            plural: countries.len() != 1,
            countries: countries.iter().map(|c| c.country.clone()).collect(),
        }
    }

    fn text(text: &str, plural: bool) -> Subject {
        Subject { text: text.to_string(), plural, countries: Vec::new() }
    }
}

/// The title of an event from its facts (see the module documentation for the rules).
pub fn title(f: &TitleFacts) -> String {
    let planned = f.planned;
    // The verb for a subject: "signs", "sign" or "to sign".
    let verb = |s: &Subject, base: &str| {
        if planned {
            format!("to {base}")
        } else if s.plural {
            base.to_string()
        } else {
            format!("{base}s")
        }
    };
    let people: Vec<&Named> = f.people.iter().collect();
    let actors = if people.is_empty() { Subject::countries(&f.countries) } else { Subject::people(&people) };
    let venue = f.venue.as_ref().map(|v| format!(" in {}", v.name)).unwrap_or_default();
    // The sides the subject does not stand for: " with Morocco".
    let with_others = |s: &Subject| {
        let others = other_sides(f, &s.countries);
        if others.is_empty() { String::new() } else { format!(" with {}", join(&others)) }
    };
    // Nobody to name, not even a country: the act itself ("An agreement is signed").
    let nobody = people.is_empty() && f.countries.is_empty();
    // "is signed" or "is to be signed".
    let passive = |present: &str, to_come: &str| if planned { to_come.to_string() } else { present.to_string() };
    match f.event_type {
        EventType::Agreement => {
            if f.several {
                if nobody {
                    return format!("Agreements {}{venue}", passive("are signed", "are to be signed"));
                }
                let others = if people.is_empty() { String::new() } else { with_others(&actors) };
                return format!("{} {} agreements{others}{venue}", actors.text, verb(&actors, "sign"));
            }
            let kind = format!("{}agreement", f.topic.as_deref().map(|t| format!("{t} ")).unwrap_or_default());
            if nobody {
                return format!("{} {kind} {}{venue}", capitalise(indefinite(&kind)), passive("is signed", "is to be signed"));
            }
            let others = if people.is_empty() { String::new() } else { with_others(&actors) };
            format!("{} {} {} {kind}{others}{venue}", actors.text, verb(&actors, "sign"), indefinite(&kind))
        }
        EventType::Meeting => meeting_title(f, &people, &venue, &verb),
        EventType::Call => {
            // People of one country named alone did not call each other: they called the other
            // side ("Yair Lapid and Alon Ushpiz hold a phone call with a Moroccan official").
            let one_country = people.iter().all(|p| people.first().is_some_and(|first| p.country == first.country));
            match people.as_slice() {
                _ if nobody => format!("A phone call {}", passive("takes place", "is to take place")),
                [_, ..] if one_country => format!("{} {} a phone call{}", actors.text, verb(&actors, "hold"), with_officials(f, &actors, true, "official")),
                _ => format!("{} {} by phone", actors.text, verb(&actors, "speak")),
            }
        }
        EventType::Visit => visit_title(f, &verb),
        EventType::Opening => {
            if let Some(office) = &f.office {
                // An office named by its city ("… Liaison Office in Tel Aviv") is not placed
                // again, least of all in another city a source names.
                let place = match &f.venue {
                    Some(v) if !office.contains(&v.name) && !office.contains(" in ") => venue.clone(),
                    _ => String::new(),
                };
                if people.is_empty() {
                    let s = Subject::text("", false);
                    format!("The {office}{place} {}", verb(&s, "open"))
                } else {
                    format!("{} {} the {office}{place}", actors.text, verb(&actors, "open"))
                }
            } else if let Some(airline) = &f.airline {
                let s = Subject::text(airline, false);
                // To the city named, when no end of the route is.
                let route = match &f.venue {
                    Some(v) if f.route.is_empty() => format!(" to {}", v.name),
                    _ => Some(route(f)).filter(|r| !r.is_empty()).map(|r| format!(" {r}")).unwrap_or_default(),
                };
                format!("{airline} {} a route{route}", verb(&s, "open"))
            } else if nobody {
                format!("An office {}{venue}", passive("opens", "is to open"))
            } else {
                format!("{} {} an office{venue}", actors.text, verb(&actors, "open"))
            }
        }
        EventType::Flight => {
            let route = route(f);
            let route = if route.is_empty() { String::new() } else { format!(" {route}") };
            match (&f.airline, planned) {
                (Some(airline), false) => format!("{airline} flight{route}"),
                (Some(airline), true) => format!("{airline} to fly{route}"),
                (None, false) if route.is_empty() => "A flight takes place".to_string(),
                (None, false) => format!("Flight{route}"),
                (None, true) => format!("Flights to run{route}"),
            }
        }
        EventType::Other if nobody => format!("{}{venue}", if planned { "Planned event" } else { "Event" }),
        EventType::Other => format!("{} involving {}{venue}", if planned { "Planned event" } else { "Event" }, actors.text),
    }
}

/// "a" or "an", as the word after it is said ("an innovation agreement", "an Israeli official",
/// "a United States official").
fn indefinite(next: &str) -> &'static str {
    let lower = next.to_lowercase();
    let vowel = lower.starts_with(['a', 'e', 'i', 'o', 'u']);
    // Words read with a "you" or "wa" sound take "a".
    let consonant_sound = ["uni", "use", "usu", "eu", "one"].iter().any(|p| lower.starts_with(p));
    if vowel && !consonant_sound { "an" } else { "a" }
}

/// The text with its first letter in capitals.
fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Meetings: who met whom. The first person named and the compatriots with him are one side
/// ("Gideon Sa'ar and Issawi Frej meet Mounir Limouri": a minister's compatriot is with him,
/// not met by him); when only one side is named, it holds talks with the other side's
/// officials (a country is not met); talks of people of three countries are a meeting of all
/// ("Nasser Bourita, Antony Blinken and Yair Lapid meet"), and a meeting of people of four
/// countries or more, or of four countries or more with one side's people alone named, is told
/// by its countries (a summit names more people than a title can).
fn meeting_title(f: &TitleFacts, people: &[&Named], venue: &str, verb: &dyn Fn(&Subject, &str) -> String) -> String {
    let mut countries_of_people: Vec<&str> = people.iter().map(|p| p.country.as_str()).collect();
    countries_of_people.sort_unstable();
    countries_of_people.dedup();
    let both_sides = SIDES.iter().all(|side| countries_of_people.contains(side));
    if people.is_empty() && f.countries.is_empty() {
        return format!("Talks {}{venue}", if f.planned { "are to be held" } else { "are held" });
    }
    if countries_of_people.len() >= 4 || (f.countries.len() >= 4 && !both_sides) || people.is_empty() {
        let s = Subject::countries(&f.countries);
        return format!("{} {} talks{venue}", s.text, verb(&s, "hold"));
    }
    if countries_of_people.len() >= 3 {
        let s = Subject::people(people);
        return format!("{} {}{venue}", s.text, verb(&s, "meet"));
    }
    let (side, met): (Vec<&Named>, Vec<&Named>) = people.iter().copied().partition(|p| p.country == people[0].country);
    let s = Subject::people(&side);
    if met.is_empty() {
        return format!("{} {} talks{}{venue}", s.text, verb(&s, "hold"), with_officials(f, &s, false, "officials"));
    }
    format!("{} {} {}{venue}", s.text, verb(&s, "meet"), join_people(&met.iter().map(|p| p.name.clone()).collect::<Vec<_>>()))
}

/// " with Moroccan officials" (or, `one`, " with a Moroccan official", " with an Israeli
/// official"): the sides the subject does not stand for, by their people's nationality; empty
/// when there is none.
fn with_officials(f: &TitleFacts, s: &Subject, one: bool, noun: &str) -> String {
    let others: Vec<String> = f
        .countries
        .iter()
        .filter(|c| SIDES.contains(&c.country.as_str()) && !s.countries.contains(&c.country))
        .filter_map(|c| demonym(&c.country))
        .map(str::to_string)
        .collect();
    if others.is_empty() {
        return String::new();
    }
    let others = join(&others);
    let article = if one { format!("{} ", indefinite(&others)) } else { String::new() };
    format!(" with {article}{others} {noun}")
}

/// The adjective of a side's nationality.
fn demonym(code: &str) -> Option<&'static str> {
    match code {
        "IL" => Some("Israeli"),
        "MA" => Some("Moroccan"),
        _ => None,
    }
}

/// Visits: who went where, as far as the facts say.
fn visit_title(f: &TitleFacts, verb: &dyn Fn(&Subject, &str) -> String) -> String {
    // Where it went: the city visited, else the side's country the sources place it in.
    let place = f.venue.as_ref().or(f.destination.as_ref());
    // The host is the country of that place, when it has one (Jerusalem has none).
    let host = place.map(|v| v.country.as_str()).filter(|c| !c.is_empty());
    let visitor = match host {
        // Someone of another country than the host, of either side first (a third country's
        // envoy is more often met than visiting).
        Some(host) => f.people.iter().filter(|p| p.country != host).min_by_key(|p| !SIDES.contains(&p.country.as_str())),
        // Nowhere known: someone of either side, else anyone. When both sides are named, the
        // one most sources name (a visit's reports name who went more often than who received
        // him), the first named on a tie; when one side is, the first named (its people are
        // named as often whether they went or received).
        None => {
            let both = SIDES.iter().all(|side| f.people.iter().any(|p| p.country == *side));
            let reports = |i: usize| if both { f.reports.get(i).copied().unwrap_or(1) } else { 1 };
            f.people
                .iter()
                .enumerate()
                .filter(|(_, p)| SIDES.contains(&p.country.as_str()))
                .max_by_key(|(i, _)| (reports(*i), std::cmp::Reverse(*i)))
                .map(|(_, p)| p)
                .or(f.people.first())
        }
    };
    if let Some(v) = visitor {
        // The broker's people with a side's visitor, neither of the host's country, are one
        // delegation, which the title names by them all ("Jared Kushner and Meir Ben-Shabbat
        // visit Rabat"), each named by as many reports as the visitor.
        let reports_of = |p: &Named| f.people.iter().position(|q| q == p).and_then(|i| f.reports.get(i).copied()).unwrap_or(1);
        let joint = SIDES.contains(&v.country.as_str()) && host != Some(crate::focus::BROKER);
        let leaders: Vec<&Named> = f.people.iter().filter(|p| *p == v || (joint && p.country == crate::focus::BROKER && reports_of(p) >= reports_of(v))).collect();
        let s = Subject::people(&leaders);
        let destination = match (place, SIDES.contains(&v.country.as_str())) {
            (Some(place), _) => Some(with_article(&place.name)),
            // A visitor of one side, nowhere named, visits the other side.
            (None, true) => Some(join(&other_sides(f, &s.countries))).filter(|d| !d.is_empty()),
            (None, false) => None,
        };
        return match destination {
            Some(d) => format!("{} {} {d}", s.text, verb(&s, "visit")),
            None => format!("{} {} an official visit", s.text, verb(&s, "make")),
        };
    }
    match host {
        Some(host) => {
            // Only hosts are named, or nobody: the visitors are of the other side.
            let from = other_sides(f, &[host.to_string()]);
            let delegation = if from.is_empty() { "a delegation".to_string() } else { format!("a delegation from {}", join(&from)) };
            let to = place.map(|p| with_article(&p.name)).unwrap_or_default();
            let hosts: Vec<&Named> = f.people.iter().filter(|p| p.country == host).collect();
            if hosts.is_empty() {
                let s = Subject::text(&delegation, false);
                format!("{} {} {to}", capitalise(&s.text), verb(&s, "visit"))
            } else {
                // The city it was received in; a country goes without saying (the host's).
                let venue = f.venue.as_ref().map(|v| format!(" in {}", v.name)).unwrap_or_default();
                let s = Subject::people(&hosts[..1]);
                format!("{} {} {delegation}{venue}", s.text, verb(&s, "receive"))
            }
        }
        // Neither who went nor where: a visit between the countries.
        None => {
            let kind = if f.planned { "Planned delegation visit" } else { "Delegation visit" };
            let between = f.countries.iter().filter(|c| SIDES.contains(&c.country.as_str())).map(|c| with_article(&c.name)).collect::<Vec<_>>();
            if between.len() == 2 {
                format!("{kind} between {}", join(&between))
            } else if f.countries.is_empty() {
                format!("A delegation visit {}", if f.planned { "is planned" } else { "takes place" })
            } else {
                format!("{kind} involving {}", join(&f.countries.iter().map(|c| with_article(&c.name)).collect::<Vec<_>>()))
            }
        }
    }
}

/// "between Rabat and Tel Aviv": the ends of a route, a side's country standing in for a missing
/// end; empty when nothing is known.
fn route(f: &TitleFacts) -> String {
    let mut ends: Vec<String> = f.route.iter().map(|p| p.name.clone()).collect();
    let covered: Vec<String> = f.route.iter().map(|p| p.country.clone()).collect();
    ends.extend(other_sides(f, &covered));
    match ends.len() {
        0 | 1 if f.route.is_empty() => String::new(),
        1 => format!("to {}", ends[0]),
        _ => format!("between {}", join(&ends)),
    }
}

/// The names of the sides taking part that none of `countries` belongs to.
fn other_sides(f: &TitleFacts, countries: &[String]) -> Vec<String> {
    f.countries.iter().filter(|c| SIDES.contains(&c.country.as_str()) && !countries.contains(&c.country)).map(|c| with_article(&c.name)).collect()
}

/// A country name as a sentence uses it: "the United States", "Morocco".
fn with_article(name: &str) -> String {
    let the = name.starts_with("United ") || name.ends_with(" Republic") || name.ends_with("lands") || name.ends_with("Islands") || matches!(name, "Comoros" | "Philippines" | "Gambia" | "Bahamas" | "Maldives");
    if the { format!("the {name}") } else { name.to_string() }
}

/// "A", "A and B", "A, B and C".
fn join(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [a] => a.clone(),
        [first @ .., last] => format!("{} and {last}", first.join(", ")),
    }
}

/// People as [`join`] lists them, up to four; past four, "A, B, C and two others" (a merged
/// event gathers everyone its sources name, and a title is one line; a number under ten is
/// written in words).
fn join_people(names: &[String]) -> String {
    const WORDS: [&str; 10] = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    if names.len() <= 4 {
        return join(names);
    }
    let others = names.len() - 3;
    format!("{} and {} others", names[..3].join(", "), WORDS.get(others).map(|w| w.to_string()).unwrap_or_else(|| others.to_string()))
}

#[cfg(test)]
mod tests {
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
}
