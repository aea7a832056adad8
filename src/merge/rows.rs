//! How an article's mentions become rows, beyond joining them: a visitor's talks with several
//! hosts are one meeting per host, and what an article tells of a visit without a date of its
//! own (the flight that brought the delegation, the talks on its programme) takes the visit's.
//!
//! Both are per-article steps: the first runs on resolved mentions before the merge (it needs
//! each person's country, which the caller knows from the gazetteer), the second on the
//! article's merged events, before the corpus merge.

use chrono::{Datelike, NaiveDate};

use crate::dates::DateValue;
use crate::events::EventType;
use crate::idset::Id;

use super::dates::VISIT_DAYS;
use super::event::Event;
use super::mention::{DateKind, Mention, MentionIds, Status};

/// The meetings of an article as rows: a meeting told by its hosts alone during a visit is
/// the visitor's ([`the_visitors_talks`]), and a visitor's talks with several hosts one
/// meeting per host ([`one_meeting_per_counterpart`]). `country_of` gives a person's country,
/// `body_of` the body of state a person's offices belong to on a day (see
/// [`one_meeting_per_counterpart`]).
pub fn meeting_rows(mut mentions: Vec<Mention>, country_of: impl Fn(&Id) -> Option<Id>, body_of: impl Fn(&Id, Option<NaiveDate>) -> Option<Id>) -> Vec<Mention> {
    the_visitors_talks(&mut mentions, &country_of);
    mentions.into_iter().flat_map(|m| one_meeting_per_counterpart(m, &country_of, &body_of)).collect()
}

/// A meeting dated to a day of a visit the article reports and naming only people of one
/// country ("the minister will hold talks tomorrow with several members of the government,
/// among them A, B and C") is the visitor's: the visitor of the other country is put first.
/// The visitor is the one person a report of the visit names, dated to a day and done; the
/// meeting's day must fall within `VISIT_DAYS` from it, and when two visitors fit, which one
/// met is not known and the meeting is left as it is. The talks are in the country visited:
/// a visit whose report names where it goes (a country other than the visitor's) lends no
/// visitor to talks that do not name that country ("the Saudi crown prince received
/// Pakistan's prime minister today in Riyadh", on a page about a trip to Rabat), while a
/// gathering its host country names ("Israel hosted … Antony Blinken at a summit") is.
pub fn the_visitors_talks(mentions: &mut [Mention], country_of: impl Fn(&Id) -> Option<Id>) {
    let mut visitors: Vec<(Id, Id, NaiveDate, Vec<Id>)> = mentions
        .iter()
        .filter(|v| v.event_type == EventType::Visit && v.status == Status::Occurred && v.people().len() == 1)
        .filter_map(|v| {
            let visitor = v.people()[0];
            let country = country_of(&visitor)?;
            let destinations: Vec<Id> = v.countries().iter().filter(|&c| *c != country).copied().collect();
            Some((country, visitor, v.date?.as_day()?, destinations))
        })
        .collect();
    visitors.sort();
    visitors.dedup_by(|a, b| a.1 == b.1);
    for m in mentions.iter_mut().filter(|m| m.event_type.family() == EventType::Meeting && !m.people().is_empty()) {
        let Some(day) = m.date.and_then(|d| d.as_day()) else { continue };
        let Some(hosts) = m.people().iter().map(&country_of).collect::<Option<Vec<Id>>>() else { continue };
        if hosts.iter().any(|c| c != &hosts[0]) {
            continue;
        }
        let visited = |destinations: &[Id]| destinations.is_empty() || destinations.iter().any(|d| m.countries().contains(d));
        let mut fits = visitors.iter().filter(|(country, _, arrived, destinations)| country != &hosts[0] && visited(destinations) && (0..=VISIT_DAYS).contains(&(day - *arrived).num_days()));
        let (Some((_, visitor, _, _)), None) = (fits.next(), fits.next()) else { continue };
        let people: Vec<Id> = std::iter::once(*visitor).chain(m.people().iter().cloned()).collect();
        m.ids = MentionIds::new(people, m.organisations().to_vec(), m.places().to_vec(), m.countries().to_vec(), m.topics().to_vec());
    }
}

/// A meeting of one person with several people of one other country ("Shaked's programme
/// includes meetings with Laftit, with Fettah and with Bourita"; "talks with several members of
/// the government, among them A, B and C") is one meeting per counterpart: each pair is its own
/// talks, as the other side's press reports them. The one person must be named first (the
/// subject: a delegation of two named before its host is one meeting), every person must have
/// a known country, and there must be exactly two countries (a summit or a trilateral meeting
/// stays one). Hosts who all hold, on a day the page states for the talks ([`talks_day`]),
/// offices of one body of state (`body_of`, the `body` column of `roles.csv`: the defence
/// minister and the inspector general of the armed forces receiving a visiting chief of staff)
/// are one establishment receiving him, one meeting; so are such hosts of talks announced
/// with no day ("he is expected to meet senior military officials, including the inspector
/// general and the minister": the programme's talks with one establishment, whose offices
/// are read on the page's day). Other mentions are returned as they are.
pub fn one_meeting_per_counterpart(m: Mention, country_of: impl Fn(&Id) -> Option<Id>, body_of: impl Fn(&Id, Option<NaiveDate>) -> Option<Id>) -> Vec<Mention> {
    let people = m.people();
    if m.event_type.family() != EventType::Meeting || people.len() < 3 {
        return vec![m];
    }
    let Some(countries) = people.iter().map(&country_of).collect::<Option<Vec<Id>>>() else { return vec![m] };
    let (subject, others) = (&countries[0], &countries[1..]);
    if others.iter().any(|c| c == subject) || others.iter().any(|c| c != &others[0]) {
        return vec![m];
    }
    let announced = || (m.status == Status::Planned).then_some(m.published).flatten();
    if let Some(day) = talks_day(&m).or_else(announced) {
        let first_body = body_of(&people[1], Some(day));
        if first_body.is_some() && people[2..].iter().all(|p| body_of(p, Some(day)) == first_body) {
            return vec![m];
        }
    }
    people[1..]
        .iter()
        .map(|counterpart| {
            let ids = MentionIds::new(
                vec![people[0], *counterpart],
                m.organisations().to_vec(),
                m.places().to_vec(),
                m.countries().to_vec(),
                m.topics().to_vec(),
            );
            Mention { ids, ..m.clone() }
        })
        .collect()
}

/// The day a meeting's report states for the talks themselves: a day of its own, not the
/// day of a visit it is told around ("met during the visit", dated later by
/// [`date_by_the_visit`]) nor the page's day. Hosts of one body of state are one meeting only
/// when the page puts their talks on one day: told "during the three-day visit" they may be
/// meetings of different days, one row per host.
fn talks_day(m: &Mention) -> Option<NaiveDate> {
    (m.date_kind.strength() == DateKind::Stated).then_some(m.date?.as_day()?)
}

/// The end of the ids of the trigger rows of the noun "visit" itself ("زيارة", "visit",
/// "visite"; `visit-noun`, `en-visit-noun`, `fr-visit-noun` in the trigger lexicons): a
/// sentence holding one undated refers to a visit ("during the visit").
const VISIT_NOUN_RULE_END: &str = "visit-noun";

/// Dates what an article reports of a visit without dating it, by the visit the same article
/// dates: a flight that carried one of the visitors is the arrival, on the visit's first day;
/// a meeting of one of them with a named counterpart, on the visit's programme or told in the
/// sentence that dates the visit or in a sentence that refers to a visit without a date
/// ("met … during the visit"), took place during it, within its month (the day is not
/// known). Only a visit reported done and dated to days within one month dates them (a
/// meeting, only a visit dated by a date some page tells, not by a page's publication day
/// alone), and only a flight reported flown; when an undated event shares people with two such visits, which
/// one it belongs to is not known and it stays undated.
pub fn date_by_the_visit(events: Vec<Event>) -> Vec<Event> {
    let visits: Vec<(&Event, (NaiveDate, NaiveDate))> = events
        .iter()
        .filter(|v| v.event_type.family() == EventType::Visit && v.status == Status::Occurred && !super::fit::is_a_leg(v))
        .filter_map(|v| Some((v, v.days?)))
        .filter(|(_, (first, last))| (first.year(), first.month()) == (last.year(), last.month()))
        .collect();
    // Undated mentions of the word "visit" itself, reported done: "the visit" a sentence
    // refers to (a move told by a verb, "went to the mausoleum", is a step of the trip).
    let visit_references: Vec<&Mention> = events
        .iter()
        .filter(|v| v.event_type.family() == EventType::Visit)
        .flat_map(|v| &v.mentions)
        .filter(|w| w.date.is_none() && w.status == Status::Occurred && w.rule.ends_with(VISIT_NOUN_RULE_END))
        .collect();
    let dates: Vec<Option<DateValue>> = events
        .iter()
        .map(|e| {
            let family = e.event_type.family();
            // A flight announced without a date is a route to come, not the one that came. A
            // meeting is the visit's when it is on its programme (told for later) or told in
            // the sentence that dates the visit ("arrived on Monday, he was received by …");
            // a reception told elsewhere may be of another stay, and a meeting naming a single
            // person does not say who met whom.
            let told_with = |v: &Event| e.mentions.iter().any(|m| v.mentions.iter().any(|w| w.date.is_some() && w.line == m.line && w.evidence == m.evidence));
            // A meeting told "during the visit" ("التقى خلال الزيارة", "lors de sa visite, il a
            // rencontré", "met during the trip"): its sentence refers to a visit without a
            // date of its own, the one the article dates.
            let told_during_a_visit = e.mentions.iter().any(|m| visit_references.iter().any(|w| w.line == m.line && w.evidence == m.evidence));
            // A visit a page dates only by its own publication day ("يحل X بالرباط" in a lead)
            // dates no item of its programme: the items of an undated programme are no events.
            let dated_in_words = |v: &Event| v.mentions.iter().any(|w| w.date.is_some() && w.date_kind != DateKind::Publication);
            let of_the_visit = |v: &Event| match family {
                EventType::Flight => e.status == Status::Occurred,
                EventType::Meeting => e.people().len() >= 2 && dated_in_words(v) && (e.status == Status::Planned || told_with(v) || told_during_a_visit),
                _ => false,
            };
            if e.date.is_some() || !matches!(family, EventType::Flight | EventType::Meeting) {
                return None;
            }
            let mut of_visits = visits.iter().filter(|(v, _)| v.people().intersects(&e.people()) && of_the_visit(v));
            let (_, (first, _)) = of_visits.next()?;
            if of_visits.next().is_some() {
                return None;
            }
            Some(match family {
                EventType::Flight => DateValue::day(*first),
                _ => DateValue::month(first.year(), first.month())?,
            })
        })
        .collect();
    events
        .into_iter()
        .zip(dates)
        .map(|(e, date)| match date {
            None => e,
            Some(date) => {
                let mut dated: Event = Event::new_empty(e.event_type);
                for m in e.mentions {
                    dated.add(Mention { date: Some(date), ..m });
                }
                dated
            }
        })
        .collect()
}

/// Within one article, a report dated by a weekday alone ("Israir annonce un atterrissage
/// dimanche", a headline) and a report of the same kind of event dated by a day of the month
/// stated in words ("décollera dimanche 25 juillet") a week apart are one event told twice:
/// the weekday's direction (this week's, last week's) was guessed, and the full date says
/// which it is. The weekday's report takes the full date. A date stated with its day of the
/// month is written with digits; one written without any (a weekday, "hier") is counted.
/// Reports of other people are other events; two full dates a week either side leave the
/// weekday as it is.
pub fn weekdays_by_the_full_date(mentions: &mut [Mention]) {
    let day_of = |m: &Mention| m.date.and_then(|d| d.as_day());
    let stated_in_full = |m: &Mention| day_of(m).is_some() && m.date_text.chars().any(char::is_numeric);
    let by_weekday = |m: &Mention| day_of(m).is_some() && !m.date_text.is_empty() && !m.date_text.chars().any(char::is_numeric);
    if !mentions.iter().any(stated_in_full) || !mentions.iter().any(by_weekday) {
        return;
    }
    let same_event = |a: &Mention, b: &Mention| {
        a.event_type.family() == b.event_type.family()
            && if a.people().is_empty() || b.people().is_empty() { a.people().is_empty() && b.people().is_empty() } else { a.people().iter().any(|p| b.people().contains(p)) }
    };
    let mut redated = Vec::new();
    for (k, w) in mentions.iter().enumerate().filter(|(_, w)| by_weekday(w)) {
        let Some(day) = day_of(w) else { continue };
        let mut full_days: Vec<NaiveDate> = mentions.iter().filter(|f| stated_in_full(f) && same_event(w, f)).filter_map(day_of).filter(|d| (*d - day).num_days().abs() == 7).collect();
        full_days.sort_unstable();
        full_days.dedup();
        if let [full] = full_days[..] {
            redated.push((k, full));
        }
    }
    for (k, full) in redated {
        mentions[k].date = Some(DateValue::day(full));
    }
}

/// Joins what an article tells of an event without a date and without naming anyone — its
/// headline ("Défense : le Maroc et Israël signent un mémorandum"), a recap ("the two
/// countries' delegations in Rabat") — to the one event of that family the article dates and
/// that it can be: the countries it names take part in it, it names no subject the event does
/// not (an event that names none, told below it, may be of the headline's: « Le Maroc et Israël
/// signent un accord de défense » over « ont signé ce mercredi à Rabat un mémorandum
/// d'entente »), and it reports an opening only with an opening. When the article dates none, the one
/// such event that names its people is the one told (a headline's "first direct flight" is
/// the flight the story tells with the delegation aboard). With two (two signings on
/// different days) it is not known which one it tells, and it stays apart.
pub fn headlines_of_the_dated_event(mut events: Vec<Event>) -> Vec<Event> {
    let nameless = |e: &Event| e.date.is_none() && e.people().is_empty();
    if !events.iter().any(nameless) {
        return events;
    }
    // A headline or lead tells its story's event above it: every report of it comes before
    // the event's in its article ("Four memorandums were also signed, on water …", after the
    // declaration, is another signing, not the declaration's subject).
    let told_above = |h: &Event, e: &Event| h.mentions.iter().all(|hm| e.mentions.iter().filter(|em| em.file == hm.file).all(|em| em.line > hm.line));
    let can_tell = |h: &Event, e: &Event| {
        (e.date.is_some() || !e.people().is_empty())
            && e.event_type.family() == h.event_type.family()
            && h.countries().is_subset(&e.countries())
            && (h.topics().is_empty() || h.topics().is_subset(&e.topics()) || (e.topics().is_empty() && told_above(h, e)))
            && (h.event_type.family() != EventType::Visit || h.reports_an_opening() == e.reports_an_opening())
    };
    let mut k = 0;
    while k < events.len() {
        if nameless(&events[k]) {
            let told: Vec<usize> = (0..events.len()).filter(|&j| can_tell(&events[k], &events[j])).collect();
            let dated: Vec<usize> = told.iter().copied().filter(|&j| events[j].date.is_some()).collect();
            if let [j] = if dated.is_empty() { told.as_slice() } else { dated.as_slice() } {
                let j = *j;
                let headline = events.remove(k);
                let j = if j > k { j - 1 } else { j };
                events[j].absorb_event(headline);
                continue;
            }
        }
        k += 1;
    }
    events
}

/// Dates a flight told in the sentence that reports a visit's arrival ("the delegation landed
/// in Rabat aboard the first direct flight between the two countries") by that visit, once the
/// corpus merge has dated the visit: the flight that brought the visitors is on the visit's
/// first day, whether the article or another source dates the visit. Only a flight reported
/// flown and a visit reported done are tied, and a sentence whose visit reports went to visits
/// of different days dates nothing. `families` are the merged events of each type family;
/// returns whether a flight was dated (the flights are then merged again).
pub(super) fn date_flights_by_their_arrivals(families: &mut [Vec<Event>]) -> bool {
    use std::collections::HashMap;
    let undated_flight = |e: &Event| e.event_type.family() == EventType::Flight && e.date.is_none() && e.status == Status::Occurred;
    // The first day of the visit each sentence of such a flight reports (`None` before a
    // visit is seen, `Some(None)` when it reports visits of different days): only those
    // sentences are looked up, as a large archive reports visits in millions of sentences and
    // flights in few.
    type Sentence = (Id, usize, crate::evidence::Evidence);
    let mut arrivals: HashMap<Sentence, Option<Option<NaiveDate>>> =
        families.iter().flatten().filter(|e| undated_flight(e)).flat_map(|e| &e.mentions).map(|m| ((m.file, m.line, m.evidence.clone()), None)).collect();
    for v in families.iter().flatten().filter(|v| v.event_type.family() == EventType::Visit && v.status == Status::Occurred) {
        let Some((first, _)) = v.days else { continue };
        for m in v.mentions.iter().filter(|m| m.status == Status::Occurred) {
            let Some(day) = arrivals.get_mut(&(m.file, m.line, m.evidence.clone())) else { continue };
            *day = match *day {
                None => Some(Some(first)),
                Some(seen) if seen != Some(first) => Some(None),
                same => same,
            };
        }
    }
    let mut dated_any = false;
    for e in families.iter_mut().flatten().filter(|e| undated_flight(e)) {
        let mut days = e.mentions.iter().filter_map(|m| arrivals.get(&(m.file, m.line, m.evidence.clone())).copied().flatten());
        let Some(Some(day)) = days.next() else { continue };
        if days.any(|d| d != Some(day)) {
            continue;
        }
        let mut dated: Event = Event::new_empty(e.event_type);
        for m in std::mem::take(&mut e.mentions) {
            dated.add(Mention { date: Some(DateValue::day(day)), ..m });
        }
        *e = dated;
        dated_any = true;
    }
    dated_any
}

/// An undated report of a visit that names its people, in a sentence that dates another act
/// of its article to a day ("the accords signed in Rabat on 22 December, during the visit of
/// the delegation led by A and B"): the day its sentence gives it.
type SentenceDated = (Mention, NaiveDate);

/// Sets apart the undated reports of a visit naming people whose sentence dates an act of
/// another kind to one day (see [`join_sentence_dated_visits`]); the others are returned to
/// be merged as usual.
pub(super) fn sentence_dated_visits(mentions: Vec<Mention>) -> (Vec<Mention>, Vec<SentenceDated>) {
    let day_of_its_sentence = |m: &Mention| {
        let mut days = mentions
            .iter()
            .filter(|o| o.event_type.family() != m.event_type.family() && o.line == m.line && o.evidence == m.evidence)
            .filter_map(|o| o.date.and_then(|d| d.as_day()));
        let day = days.next()?;
        days.all(|d| d == day).then_some(day)
    };
    let days: Vec<Option<NaiveDate>> = mentions
        .iter()
        .map(|m| (m.event_type.family() == EventType::Visit && m.date.is_none() && !m.people().is_empty()).then(|| day_of_its_sentence(m)).flatten())
        .collect();
    if days.iter().all(Option::is_none) {
        return (mentions, Vec::new());
    }
    let mut rest = Vec::with_capacity(mentions.len());
    let mut held = Vec::new();
    for (m, day) in mentions.into_iter().zip(days) {
        match day {
            Some(day) => held.push((m, day)),
            None => rest.push(m),
        }
    }
    (rest, held)
}

/// A visit named without a date in a sentence that dates another act of it ("signed on 22
/// December, during the visit of A and B") is the visit of that time: in its article it
/// joins only a visit whose days fit that day (within [`VISIT_DAYS`]) or an undated one, the
/// best it fits; otherwise it is an event of its own, which the corpus merge gives to the
/// row of those people's visit. Taken in with the rest, it joined whatever visit its page
/// dates, months away (tourists expected by the end of the year), and lent it its people.
pub(super) fn join_sentence_dated_visits(mut events: Vec<Event>, held: Vec<SentenceDated>, capitals: &super::fit::Capitals) -> Vec<Event> {
    // In the merge's order (by content), not the mentions': the first one held may start an
    // event a later one then joins ("the visit of A and B" after "the visit of A").
    let mut held: Vec<(Event, NaiveDate)> = held.into_iter().map(|(m, day)| (Event::new(m), day)).collect();
    held.sort_by(|a, b| super::cluster::merge_order(&a.0).cmp(&super::cluster::merge_order(&b.0)));
    for (reference, day) in held {
        let fits_the_day = |e: &Event| match (e.date, e.days) {
            (None, _) => true,
            (Some(_), Some(days)) => super::dates::one_visit((day, day), days),
            (Some(d), None) => super::dates::dates_agree(&d, &DateValue::day(day)),
        };
        let best = events
            .iter()
            .enumerate()
            .filter(|(_, e)| fits_the_day(e))
            .filter_map(|(k, e)| Some((super::fit::joins(&reference, e, true, capitals)?, std::cmp::Reverse(k))))
            .max()
            .map(|(_, std::cmp::Reverse(k))| k);
        match best {
            Some(k) => events[k].absorb_event(reference),
            None => events.push(reference),
        }
    }
    events
}

/// A signing recalled by its month alone, naming nobody ("the two countries had signed an
/// aviation memorandum in December", «وكان البلدان قد وقعا في كانون الأول الماضي مذكرة تفاهم»,
/// « les deux pays avaient signé en décembre un accord ») is the month's signing of a day
/// between those countries when the corpus tells exactly one: each page recalls it in its
/// own words, by a subject the dated report may not name, and the row is the event with its
/// most precise date. When the month holds two signings or more between them, nothing tells
/// which it recalls, and it stays a row of its own. A signing of the day that names a subject
/// the recall does not share is another act. `families` are the merged events of each type
/// family; the recalls taken in leave their family.
pub(super) fn recalls_of_the_months_one_signing(families: &mut [Vec<Event>]) {
    use std::collections::HashMap;
    let Some(agreements) = families.iter_mut().find(|f| f.first().is_some_and(|e| e.event_type.family() == EventType::Agreement)) else { return };
    let month_of = |d: &DateValue| (d.start.year(), d.start.month());
    let is_recall = |e: &Event| {
        e.people().is_empty()
            && e.status == Status::Occurred
            && e.countries().len() >= 2
            && e.date.is_some_and(|d| d.grain == crate::dates::Grain::Month && d.end.is_none())
    };
    if !agreements.iter().any(|e| is_recall(e)) {
        return;
    }
    // The signings of a day reported done, by their month.
    let mut days_by_month: HashMap<(i32, u32), Vec<usize>> = HashMap::new();
    for (k, e) in agreements.iter().enumerate() {
        if let Some(d) = e.date.filter(|d| d.as_day().is_some() && e.status == Status::Occurred) {
            days_by_month.entry(month_of(&d)).or_default().push(k);
        }
    }
    let mut taken: Vec<(usize, usize)> = Vec::new();
    for (k, recall) in agreements.iter().enumerate().filter(|(_, e)| is_recall(e)) {
        let Some(month) = recall.date.map(|d| month_of(&d)) else { continue };
        let between_them = |e: &Event| recall.countries().is_subset(&e.countries());
        let mut candidates = days_by_month.get(&month).into_iter().flatten().filter(|&&i| between_them(&agreements[i]));
        let (Some(&only), None) = (candidates.next(), candidates.next()) else { continue };
        let signing = &agreements[only];
        if !recall.topics().is_empty() && !signing.topics().is_empty() && !recall.topics().intersects(&signing.topics()) {
            continue;
        }
        taken.push((k, only));
    }
    if taken.is_empty() {
        return;
    }
    let mut slots: Vec<Option<Event>> = std::mem::take(agreements).into_iter().map(Some).collect();
    for (k, into) in taken {
        if let Some(recall) = slots[k].take()
            && let Some(signing) = slots[into].as_mut()
        {
            signing.absorb_event(recall);
        }
    }
    *agreements = slots.into_iter().flatten().collect();
}
