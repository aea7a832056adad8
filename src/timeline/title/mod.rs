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

mod facts;
mod instruments;
#[cfg(test)]
mod tests;

pub use facts::{Named, TitleFacts};
pub use instruments::{InstrumentNouns, Instruments, counts_instruments};

use crate::events::EventType;
use crate::gazetteer::Gazetteer;
use crate::merge::{Event, Status};
use facts::SIDES;

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
