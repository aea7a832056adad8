//! What a title may say about an event, read from the merged event and the gazetteer: who,
//! from which country, where, what (the first of the two steps of [`super`]).

use crate::events::EventType;
use crate::gazetteer::{EntityKind, Gazetteer};
use crate::merge::{Event, Status};
use super::instruments::{counts_instruments, subjects};

/// The two sides of the timeline, by country code, in the order titles name them.
pub(super) const SIDES: [&str; 2] = ["IL", "MA"];

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
        let best = crate::timeline::most_informative(e);
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
        let countries = codes.iter().filter_map(|c| crate::timeline::country_name(c, g).map(|n| Named::new(&n, c))).collect();
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
        // A visit is where it went: each city's votes are counted first among the reports of
        // the visit done (an arrival at a site, "landed at Rabat–Salé airport", votes there
        // for the site's city), then among all, so that the stops it was to make later ("is to
        // go to Casablanca on Thursday, where he will visit the synagogue"), however many
        // reports name them, do not outvote where it went. Only in the country the reports
        // place the visit in ([`destination`]): a city named alone in an arrival may be where
        // the visitor flew from ("landed in Morocco on board a jet from Tel Aviv"). Other
        // events count every report alike.
        let trip_country = if e.event_type == EventType::Visit { destination(&telling, g).map(|d| d.country) } else { None };
        let mut votes: Vec<(&crate::gazetteer::Entity, [usize; 2])> = Vec::new();
        for m in &telling {
            let mut located: Vec<_> = m.places().iter().filter_map(place).filter(|p| p.subkind == "city" || (p.subkind == "site" && !p.country.is_empty())).collect();
            if located.iter().any(|c| c.country != located[0].country) {
                // Places of two countries tell a route, where the visitor came from, or the
                // agency's dateline («بيت لحم- معا- وصل الوزير … إلى الرباط»): the report gives
                // no venue, except an arrival at a visit the reports place in one country, which
                // arrived at its places in that country.
                match &trip_country {
                    Some(country) if m.rule.contains(crate::merge::ARRIVAL_RULE_MARK) => located.retain(|p| *p.country == **country),
                    _ => continue,
                }
                if located.is_empty() {
                    continue;
                }
            }
            let in_destination = trip_country.as_ref().is_some_and(|c| located.first().is_some_and(|p| *c == *p.country));
            let done = in_destination && m.status == Status::Occurred;
            let mut cities: Vec<(&crate::gazetteer::Entity, [usize; 2])> = located.iter().filter(|p| p.subkind == "city").map(|p| (*p, [usize::from(done), 1])).collect();
            if cities.is_empty() && done && m.rule.contains(crate::merge::ARRIVAL_RULE_MARK) {
                // An arrival at a site places the visit, and is no report of the city itself.
                cities.extend(located.iter().filter_map(|p| city_of_site(p, g)).map(|c| (c, [1, 0])));
                cities.dedup_by(|a, b| a.0.id == b.0.id);
            }
            for (city, vote) in cities {
                match votes.iter_mut().find(|(c, _)| c.id == city.id) {
                    Some((_, n)) => (0..2).for_each(|k| n[k] += vote[k]),
                    None => votes.push((city, vote)),
                }
            }
        }
        // A visit to two cities named as often ("حل خلالها بالرباط والدار البيضاء") is a tour
        // with no one venue: the title names the country instead. Talks are held in one place:
        // the best source's first city.
        let most = votes.iter().map(|(_, n)| *n).max().unwrap_or([0; 2]);
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
        // The airline the reports name most, the first named on a tie: a page telling Israir's
        // inaugural flight and "a second plane, chartered by El Al" in the same row is Israir's
        // flight (the row's organisations are sorted by name, which says nothing of whose).
        // Of a row dated to a day, the reports dated to a longer period do not count ("El Al
        // and Israir opened their routes in July", "an El Al charter" of another month read
        // as the row's): they tell the airlines around it, not whose flight the day saw.
        let airlines: Vec<&&crate::gazetteer::Entity> = organisations.iter().filter(|o| o.is_airline()).collect();
        let of_a_day = e.date.is_some_and(|d| d.as_day().is_some());
        let of_a_longer_period = |m: &&crate::merge::Mention| of_a_day && m.date.is_some_and(|d| d.as_day().is_none());
        let airline_reports: Vec<&crate::merge::Mention> = e.mentions.iter().filter(|m| !of_a_longer_period(m)).collect();
        let named_by = |a: &crate::gazetteer::Entity| airline_reports.iter().filter(|m| m.organisations().contains(&a.id)).count();
        let first_named = |a: &crate::gazetteer::Entity| airline_reports.iter().position(|m| m.organisations().contains(&a.id)).unwrap_or(usize::MAX);
        let airline = airlines.iter().min_by_key(|a| (std::cmp::Reverse(named_by(a)), first_named(a))).map(|a| a.name.clone());
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
        [(code, _)] => crate::timeline::country_name(code, g).map(|n| Named::new(&n, code)),
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
