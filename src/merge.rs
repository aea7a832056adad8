//! Merging event mentions into events: one row per real event, with every source.
//!
//! This is the only corpus-level step. Mentions are visited in a canonical order that depends
//! on their content, not on file order (dated before undated, finer dates first, mentions that
//! name people first), and each joins the best existing event it is compatible with, else
//! starts a new one. A mention is compatible with an event when:
//!
//! * their types are of one family (an opening is reported as part of a visit);
//! * their dates agree: one period contains the other (a month agrees with any day in it, a
//!   day only with itself), or one of them is undated; a visit lasts some days and sources
//!   date it by its arrival, main or last day, so the days of a visit agree when they all fit
//!   in `VISIT_DAYS` and the reports share a person (across articles, when both report it
//!   done or both announce it) or come from one article;
//! * their participants agree: when both name people, they share one — and for meetings and
//!   calls one set contains the other, so "Gantz meets Belkhir" and "Gantz meets Bourita" on
//!   one day stay two events; when one names nobody, it must come from an article the event
//!   already has, or share the exact day, share a topic or organisation, and name no country
//!   that does not take part in the event; across articles, an undated report joins a dated
//!   event only when every country it names takes part in it; agreements with different
//!   topics (cyber, defence) are different agreements; flights of one day with one airline
//!   are one flight, whoever each source names aboard (and so are a first flight an airline
//!   announced and the one it flew up to a week later), and agreements of one day on one
//!   subject one signing, whichever signatory each source names.
//!
//! The merged event keeps the most precise date — where sources give different days, the day
//! most articles reporting it done give (the earliest on a tie; announcements count when no
//! report gives a day) — the union of participants,
//! every source, and `occurred` when any source reports it done. Candidate events are found
//! through an index on people and articles, so the merge does not compare every pair.

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDate};

use crate::dates::{DateValue, Grain};
use crate::events::EventType;
use crate::idset::{Id, IdSet};

/// Whether an event took place or was announced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// Reported as done.
    Occurred,
    /// Announced for later at the time of writing.
    Planned,
}

impl Status {
    /// `occurred` or `planned`.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Occurred => "occurred",
            Status::Planned => "planned",
        }
    }

    /// Parse an output word.
    pub fn parse(s: &str) -> Option<Status> {
        match s.trim() {
            "occurred" => Some(Status::Occurred),
            "planned" => Some(Status::Planned),
            _ => None,
        }
    }
}

/// One event mention, ready for merging: everything is resolved and named by stable ids.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Article name.
    pub file: Id,
    /// 1-based line of the trigger in the original text.
    pub line: usize,
    /// Normalised offset of the trigger (orders mentions of one line).
    pub offset: usize,
    /// The sentence as written.
    pub evidence: Id,
    /// Event type.
    pub event_type: EventType,
    /// Id of the trigger rule.
    pub rule: Id,
    /// The resolved date.
    pub date: Option<DateValue>,
    /// The date expression as written (empty when none).
    pub date_text: String,
    /// The first day of its article's publication date, when known: the earliest-published
    /// report of an event names it (see [`crate::timeline::event_id`]).
    pub published: Option<NaiveDate>,
    /// Occurred or planned.
    pub status: Status,
    /// The ids it names (see the accessors: [`Mention::people`] and the others).
    pub ids: MentionIds,
}

impl Mention {
    /// People ids, in text order.
    pub fn people(&self) -> &[Id] {
        self.ids.list(0)
    }

    /// Organisation ids, in text order.
    pub fn organisations(&self) -> &[Id] {
        self.ids.list(1)
    }

    /// Place ids (cities, regions, sites), in text order.
    pub fn places(&self) -> &[Id] {
        self.ids.list(2)
    }

    /// Country codes involved, sorted.
    pub fn countries(&self) -> &[Id] {
        self.ids.list(3)
    }

    /// Topic ids, sorted.
    pub fn topics(&self) -> &[Id] {
        self.ids.list(4)
    }
}

/// The ids a mention names — people, organisations, places, countries, topics — in one
/// allocation: a large archive keeps every mention until the end of the run, and five vectors
/// each cost a header and an allocation.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MentionIds {
    all: Box<[Id]>,
    /// Where each of the five lists ends in `all`.
    ends: [u32; 5],
}

impl MentionIds {
    /// The five lists, in the order of [`Mention`]'s accessors.
    pub fn new(people: Vec<Id>, organisations: Vec<Id>, places: Vec<Id>, countries: Vec<Id>, topics: Vec<Id>) -> MentionIds {
        let mut all = Vec::with_capacity(people.len() + organisations.len() + places.len() + countries.len() + topics.len());
        let mut ends = [0u32; 5];
        for (k, list) in [people, organisations, places, countries, topics].into_iter().enumerate() {
            all.extend(list);
            ends[k] = all.len() as u32;
        }
        MentionIds { all: all.into_boxed_slice(), ends }
    }

    fn list(&self, k: usize) -> &[Id] {
        let start = if k == 0 { 0 } else { self.ends[k - 1] as usize };
        &self.all[start..self.ends[k] as usize]
    }
}

/// A merged event.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Its mentions, the first being the most informative.
    pub mentions: Vec<Mention>,
    /// Event type (the most frequent among mentions; ties go to the first mention's).
    pub event_type: EventType,
    /// The most precise date any mention gives.
    pub date: Option<DateValue>,
    /// Occurred when any mention reports it done.
    pub status: Status,
    /// Union of people.
    pub people: IdSet<Id>,
    /// Union of organisations.
    pub organisations: IdSet<Id>,
    /// Union of places.
    pub places: IdSet<Id>,
    /// Union of countries.
    pub countries: IdSet<Id>,
    /// Union of topics.
    pub topics: IdSet<Id>,
    /// Articles it comes from.
    pub files: IdSet<Id>,
    /// The first and last day its mentions dated to days give (a visit reported on its
    /// arrival, main and last day spans them).
    pub days: Option<(NaiveDate, NaiveDate)>,
    /// How many mentions of each type (kept so that adding a mention costs no rescan).
    type_counts: [u32; EventType::ALL.len()],
    /// Whether some mention is dated; some reports it done; some dated one reports it done.
    any_dated: bool,
    any_occurred: bool,
    any_occurred_dated: bool,
}

impl Event {
    /// An event of one mention.
    pub fn new(m: Mention) -> Event {
        let mut e = Event::new_empty(m.event_type);
        e.add(m);
        e
    }

    fn new_empty(event_type: EventType) -> Event {
        Event {
            mentions: Vec::new(),
            event_type,
            date: None,
            status: Status::Planned,
            people: IdSet::new(),
            organisations: IdSet::new(),
            places: IdSet::new(),
            countries: IdSet::new(),
            topics: IdSet::new(),
            files: IdSet::new(),
            days: None,
            type_counts: [0; EventType::ALL.len()],
            any_dated: false,
            any_occurred: false,
            any_occurred_dated: false,
        }
    }

    fn add(&mut self, m: Mention) {
        let disagreeing_day = matches!((self.date.and_then(|d| d.as_day()), m.date.and_then(|d| d.as_day())), (Some(a), Some(b)) if a != b);
        self.date = match (self.date, m.date) {
            (Some(a), Some(b)) => Some(more_precise(a, b)),
            (a, b) => a.or(b),
        };
        if let Some(d) = m.date.filter(|d| d.grain == Grain::Day) {
            let (first, last) = (d.start, d.end.unwrap_or(d.start));
            self.days = Some(self.days.map_or((first, last), |(a, b)| (a.min(first), b.max(last))));
        }
        self.people.extend(m.people().iter().cloned());
        self.organisations.extend(m.organisations().iter().cloned());
        self.places.extend(m.places().iter().cloned());
        self.countries.extend(m.countries().iter().cloned());
        self.topics.extend(m.topics().iter().cloned());
        self.files.insert(m.file.clone());
        self.type_counts[m.event_type as usize] += 1;
        self.any_dated |= m.date.is_some();
        self.any_occurred |= m.status == Status::Occurred;
        self.any_occurred_dated |= m.status == Status::Occurred && m.date.is_some();
        // Most events keep one or two mentions: grow those by one, not to the vector's minimum
        // of four (a mention is a few hundred bytes and a large archive has millions); a
        // much-reported event grows as usual.
        if self.mentions.len() < 4 {
            self.mentions.reserve_exact(1);
        }
        self.mentions.push(m);
        if disagreeing_day {
            // Sources give different days of one visit: the day most of them give.
            self.date = self.majority_day().map(DateValue::day).or(self.date);
        }
        self.retype();
        // The mentions that date the event say whether it happened; an undated reference
        // ("the visit") says little.
        self.status = if self.any_occurred_dated || (!self.any_dated && self.any_occurred) { Status::Occurred } else { Status::Planned };
    }

    /// The day most articles give, among the mentions dated to one day (the earliest on a tie);
    /// the reports of what happened date it rather than announcements, when there are any.
    /// A vote that goes to the current winner cannot change it, so [`Event::add`] recounts only
    /// when a mention gives another day, and the result is the count over all mentions
    /// whatever their order.
    fn majority_day(&self) -> Option<NaiveDate> {
        let reported = self.mentions.iter().any(|m| m.status == Status::Occurred && m.date.is_some_and(|d| d.as_day().is_some()));
        let mut votes: Vec<(NaiveDate, &Id)> = self
            .mentions
            .iter()
            .filter(|m| !reported || m.status == Status::Occurred)
            .filter_map(|m| Some((m.date?.as_day()?, &m.file)))
            .collect();
        votes.sort_unstable();
        votes.dedup();
        let mut best: Option<(usize, NaiveDate)> = None;
        for run in votes.chunk_by(|a, b| a.0 == b.0) {
            if best.is_none_or(|(n, _)| run.len() > n) {
                best = Some((run.len(), run[0].0));
            }
        }
        best.map(|(_, day)| day)
    }

    /// Take in every mention of `other`.
    fn absorb_event(&mut self, other: Event) {
        for m in other.mentions {
            self.add(m);
        }
    }

    /// The most frequent type among mentions; ties go to the first mention's.
    fn retype(&mut self) {
        let first = self.mentions[0].event_type;
        self.event_type = EventType::ALL
            .into_iter()
            .filter(|&t| self.type_counts[t as usize] > 0)
            .max_by_key(|&t| (self.type_counts[t as usize], t == first, std::cmp::Reverse(t)))
            .unwrap_or(first);
    }
}

/// First and last day of a date value.
pub fn interval(d: &DateValue) -> (NaiveDate, NaiveDate) {
    let last = |start: NaiveDate| match d.grain {
        Grain::Day => start,
        Grain::Week => start + Duration::days(6),
        Grain::Month => {
            let (y, m) = if start.month() == 12 { (start.year() + 1, 1) } else { (start.year(), start.month() + 1) };
            NaiveDate::from_ymd_opt(y, m, 1).map_or(start, |n| n - Duration::days(1))
        }
        Grain::Year => NaiveDate::from_ymd_opt(start.year(), 12, 31).unwrap_or(start),
    };
    (d.start, last(d.end.unwrap_or(d.start)))
}

fn span_days(d: &DateValue) -> i64 {
    let (a, b) = interval(d);
    (b - a).num_days()
}

/// Whether one period contains the other.
pub fn dates_agree(a: &DateValue, b: &DateValue) -> bool {
    let ((a0, a1), (b0, b1)) = (interval(a), interval(b));
    (a0 <= b0 && b1 <= a1) || (b0 <= a0 && a1 <= b1)
}

/// The narrower of two agreeing dates (the earlier on a tie, the start of a visit).
fn more_precise(a: DateValue, b: DateValue) -> DateValue {
    match span_days(&a).cmp(&span_days(&b)) {
        std::cmp::Ordering::Less => a,
        std::cmp::Ordering::Greater => b,
        std::cmp::Ordering::Equal => {
            if b.start < a.start {
                b
            } else {
                a
            }
        }
    }
}

/// How many days a visit may span from its first reported day to its last: an official visit
/// lasts two to five days, and sources date it by the arrival, the main day or the last day.
const VISIT_DAYS: i64 = 4;

/// How many days an announced flight may slip and still be the flight reported flown.
const FLIGHT_SLIP_DAYS: i64 = 7;

/// Whether days reported of a visit, `a` and `b` (first and last day each), fit in one visit.
fn one_visit(a: (NaiveDate, NaiveDate), b: (NaiveDate, NaiveDate)) -> bool {
    (a.1.max(b.1) - a.0.min(b.0)).num_days() <= VISIT_DAYS
}

/// The days a date covers when it is dated to days (a day or a range of days).
fn days_of(d: &DateValue) -> Option<(NaiveDate, NaiveDate)> {
    (d.grain == Grain::Day).then(|| (d.start, d.end.unwrap_or(d.start)))
}

/// The date part of the compatibility rule (module documentation): two dates agree when one
/// period contains the other or one is undated; for a visit, days that fit in one visit
/// (`VISIT_DAYS`) also agree when the two share a person. Public so that `diff` pairs
/// timeline rows by the very rule the merge joins mentions by.
pub fn dates_compatible(family: EventType, a: Option<DateValue>, b: Option<DateValue>, share_a_person: impl FnOnce() -> bool) -> bool {
    let (Some(a), Some(b)) = (a, b) else { return true };
    dates_agree(&a, &b)
        || (family == EventType::Visit
            && days_of(&a).zip(days_of(&b)).is_some_and(|(a, b)| one_visit(a, b))
            && share_a_person())
}

/// The people part of the compatibility rule, for two events that both name people: they
/// share one, and for meetings and calls one set holds the other ("Gantz meets Belkhir" and
/// "Gantz meets Bourita" are two meetings). Public for `diff`, like [`dates_compatible`].
pub fn people_compatible<T: Ord>(family: EventType, a: &IdSet<T>, b: &IdSet<T>) -> bool {
    if !a.intersects(b) {
        return false;
    }
    !matches!(family, EventType::Meeting | EventType::Call) || a.is_subset(b) || b.is_subset(a)
}

/// How well event `m` fits event `e`, or `None` when they cannot be one event. `same_article`
/// says whether both come from one article, where a reference without names ("the
/// agreement signed last month") can still be tied to the event by its subject.
fn fit(m: &Event, e: &Event, same_article: bool) -> Option<(usize, usize)> {
    let family = m.event_type.family();
    if family != e.event_type.family() {
        return None;
    }
    // The cheap date test first: most candidates from a person's index fail it. A visit is
    // one event over all the days its reports give, when they share a person or one article
    // tells them ("arrived yesterday Sunday … meets officials from today"); across articles,
    // when both report it done or both announce it (an invitation to visit, dated by the call
    // that made it, is not the visit of three days before).
    let dates_agree = match (m.date, e.date) {
        (Some(a), Some(b)) => dates_agree(&a, &b),
        _ => true,
    };
    let one_trip = || {
        family == EventType::Visit
            && m.days.zip(e.days).is_some_and(|(a, b)| one_visit(a, b))
            && (same_article || (m.status == e.status && m.people.intersects(&e.people)))
    };
    // An airline announces its first flight for one day and flies it a few days later: the
    // announcement and the report of the flight are one event.
    let slipped_flight = family == EventType::Flight
        && m.status != e.status
        && m.organisations.intersects(&e.organisations)
        && m.date.and_then(|d| d.as_day()).zip(e.date.and_then(|d| d.as_day())).is_some_and(|(a, b)| (a - b).num_days().abs() <= FLIGHT_SLIP_DAYS);
    if !dates_agree && !one_trip() && !slipped_flight {
        return None;
    }
    let shared_people = m.people.shared(&e.people);
    let shared_topics = m.topics.shared(&e.topics);
    if family == EventType::Agreement && !m.topics.is_empty() && !e.topics.is_empty() && shared_topics == 0 {
        return None;
    }
    let shared_orgs = m.organisations.shared(&e.organisations);
    let same_day = matches!((m.date, e.date), (Some(a), Some(b)) if a.grain == Grain::Day && a == b);
    match (m.people.is_empty(), e.people.is_empty()) {
        (false, false) => {
            // A flight is its day and its airline; the passengers one source names (a
            // diplomat, a business delegation) are not another flight. A signing is its day
            // and its subject: each side's press names its own signatory ("Lapid signs" and
            // "Bourita signs" the aviation agreement that Wednesday).
            // Two reports of a flight in one period (a day, or a month holding the day) are one
            // flight unless each names an operator and they share none: the Arabic report
            // names the minister aboard, the English one the airline.
            let same_flight = family == EventType::Flight
                && (dates_agree && m.date.is_some() && e.date.is_some() || slipped_flight)
                && (shared_orgs > 0 || m.organisations.is_empty() || e.organisations.is_empty());
            let same_signing = family == EventType::Agreement && same_day && shared_topics > 0;
            if !same_flight && !same_signing && !people_compatible(family, &m.people, &e.people) {
                return None;
            }
            if matches!(family, EventType::Meeting | EventType::Call) && !same_article {
                // Across articles, an undated report may not bring new people to a dated
                // meeting (it may be another meeting).
                let allowed = match (m.date.is_some(), e.date.is_some()) {
                    (false, true) => m.people.is_subset(&e.people),
                    (true, false) => e.people.is_subset(&m.people),
                    _ => true,
                };
                if !allowed {
                    return None;
                }
            }
        }
        (m_names_nobody, e_names_nobody) => {
            // A report that names nobody joins an event only when the countries it names take
            // part in it: "the six-nation meeting" is not Shoukry's talks with Blinken that day.
            let countries_fit = match (m_names_nobody, e_names_nobody) {
                (true, false) => m.countries.is_subset(&e.countries),
                (false, true) => e.countries.is_subset(&m.countries),
                _ => m.countries.is_subset(&e.countries) || e.countries.is_subset(&m.countries),
            };
            if !countries_fit {
                return None;
            }
            // An undated announcement ("the minister expects visitors once flights resume")
            // does not lend its people to a dated report of what happened.
            if m_names_nobody != e_names_nobody {
                let (named, nameless) = if m_names_nobody { (e, m) } else { (m, e) };
                if named.date.is_none() && named.status == Status::Planned && nameless.date.is_some() && nameless.status == Status::Occurred {
                    return None;
                }
            }
            // A subject in common, or two dated mentions of which one names no subject. Across
            // articles, an agreement told by its signatories alone and one told by its subject
            // alone are not known to be one: a day can see several signings ("four agreements
            // signed on Tuesday", one article naming each by its subject).
            let one_subject_unknown = m.topics.is_empty() != e.topics.is_empty();
            let related = shared_topics > 0
                || shared_orgs > 0
                || ((m.topics.is_empty() || e.topics.is_empty())
                    && m.date.is_some()
                    && e.date.is_some()
                    && (same_article || family != EventType::Agreement || !one_subject_unknown));
            // A flight is its period: "direct flights this month" is the flight of a day in it.
            let flight_in_period = family == EventType::Flight && dates_agree && m.date.is_some() && e.date.is_some();
            if !(same_article || same_day || slipped_flight || flight_in_period) || !related {
                return None;
            }
        }
    }
    Some((shared_people, shared_topics + shared_orgs))
}

/// Whether `m` joins `e` in the merge, and how well: [`fit`], and, across articles, an undated
/// report joins a dated event only when every country it names (its people's included) takes
/// part in it — "Netanyahu met al-Burhan in Entebbe", undated, is not his call with the King.
/// Borrowing a publication date ([`identifies`]) asks [`fit`] alone: it identifies an event by
/// its people.
fn joins(m: &Event, e: &Event, same_article: bool) -> Option<(usize, usize)> {
    let score = fit(m, e, same_article)?;
    let undated_into_dated = |a: &Event, b: &Event| a.date.is_none() && b.date.is_some() && !a.countries.is_subset(&b.countries);
    if !same_article && (undated_into_dated(m, e) || undated_into_dated(e, m)) {
        return None;
    }
    Some(score)
}

/// The order events are merged in: by content, so the result does not depend on the order of
/// files. Precise dates first, then events that name people, most people first, then reports
/// of what happened before announcements (an announcement then meets the event as reported).
fn merge_order(e: &Event) -> impl Ord + '_ {
    let grain = e.date.map_or(9, |d| d.grain as u8 + if d.end.is_some() { 1 } else { 0 });
    let first = &e.mentions[0];
    (grain, e.people.is_empty(), std::cmp::Reverse(e.people.len()), e.status, e.date.map(|d| d.start), &first.file, first.line, first.offset, first.event_type)
}

/// Where an event's date lies, for the merge index: within one calendar month, or wider
/// (a year, a range over months) or unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Span {
    Month(i32, u32),
    Wide,
}

fn span_of(date: Option<DateValue>) -> Span {
    let Some(d) = date else { return Span::Wide };
    let (a, b) = interval(&d);
    if (a.year(), a.month()) == (b.year(), b.month()) { Span::Month(a.year(), a.month()) } else { Span::Wide }
}

fn neighbour_months(y: i32, m: u32) -> [Span; 2] {
    let prev = if m == 1 { Span::Month(y - 1, 12) } else { Span::Month(y, m - 1) };
    let next = if m == 12 { Span::Month(y + 1, 1) } else { Span::Month(y, m + 1) };
    [prev, next]
}

/// Add `i` to a sorted list of event indices, once.
fn note(list: &mut Vec<usize>, i: usize) {
    let at = list.partition_point(|&x| x < i);
    if list.get(at) != Some(&i) {
        list.insert(at, i);
    }
}

/// Merge items into events; `same_article` tells whether all items come from one article.
///
/// Candidates come from sorted indexes keyed by the type family (which [`fit`] requires to be
/// equal) and a person — narrowed, for an item dated within one month, to the events of that
/// month and the undated or wider ones, the only ones whose dates can agree, and for an item
/// dated to one day further to the events of that day (of the days around it, for a visit)
/// and the month's longer periods — or a day. They are visited in index order, and the search
/// stops at the first candidate with the best score the item allows (ties go to the lowest
/// index anyway), so a mention of a person named in thousands of events costs a few
/// comparisons, not thousands.
fn cluster(mut items: Vec<Event>, same_article: bool) -> Vec<Event> {
    items.sort_by(|a, b| merge_order(a).cmp(&merge_order(b)));
    // The events are built in place, in the items' own vector: after `n` items there are at
    // most `n` events, so event `k` is stored where item `k` was, and no second vector of the
    // corpus's events is ever allocated.
    let mut n_events = 0;
    let mut person_ids: HashMap<Id, usize> = HashMap::new();
    let mut by_person: HashMap<(EventType, usize), Vec<usize>> = HashMap::new();
    let mut by_person_span: HashMap<(EventType, usize, Span), Vec<usize>> = HashMap::new();
    // The same, split: events dated to one day, and the other events within a month.
    let mut by_person_day: HashMap<(EventType, usize, NaiveDate), Vec<usize>> = HashMap::new();
    let mut by_person_period: HashMap<(EventType, usize, Span), Vec<usize>> = HashMap::new();
    let mut by_day: HashMap<(EventType, NaiveDate), Vec<usize>> = HashMap::new();
    let mut by_family: HashMap<EventType, Vec<usize>> = HashMap::new();
    const EMPTY: &[usize] = &[];
    for next in 0..items.len() {
        let item = std::mem::replace(&mut items[next], Event::new_empty(EventType::Other));
        let events = &mut items[..n_events];
        let family = item.event_type.family();
        let best = {
            let mut lists: Vec<&[usize]> = Vec::new();
            let span = span_of(item.date);
            for p in &item.people {
                let Some(&pid) = person_ids.get(p) else { continue };
                let visit_day = family == EventType::Visit && item.date.is_some_and(|d| d.grain == Grain::Day);
                match (span, item.date.and_then(|d| d.as_day())) {
                    (Span::Month(y, m), Some(day)) => {
                        // A day agrees with that day, with a period holding it (in its month,
                        // or wider) and, for a visit, with days (or a stay) starting close by.
                        lists.push(by_person_span.get(&(family, pid, Span::Wide)).map_or(EMPTY, Vec::as_slice));
                        lists.push(by_person_period.get(&(family, pid, span)).map_or(EMPTY, Vec::as_slice));
                        let days = if visit_day { -VISIT_DAYS..=VISIT_DAYS } else { 0..=0 };
                        for offset in days {
                            lists.push(by_person_day.get(&(family, pid, day + Duration::days(offset))).map_or(EMPTY, Vec::as_slice));
                        }
                        if visit_day {
                            for s in neighbour_months(y, m) {
                                lists.push(by_person_period.get(&(family, pid, s)).map_or(EMPTY, Vec::as_slice));
                            }
                        }
                    }
                    (Span::Month(y, m), None) => {
                        let mut spans = vec![span, Span::Wide];
                        if visit_day {
                            spans.extend(neighbour_months(y, m));
                        }
                        for s in spans {
                            lists.push(by_person_span.get(&(family, pid, s)).map_or(EMPTY, Vec::as_slice));
                        }
                    }
                    (Span::Wide, _) => lists.push(by_person.get(&(family, pid)).map_or(EMPTY, Vec::as_slice)),
                }
            }
            if let Some(d) = item.date.filter(|d| d.grain == Grain::Day) {
                lists.push(by_day.get(&(family, d.start)).map_or(EMPTY, Vec::as_slice));
                if family == EventType::Flight && d.end.is_none() {
                    // A flight announced for a day close by (see `fit`).
                    for offset in (-FLIGHT_SLIP_DAYS..=FLIGHT_SLIP_DAYS).filter(|&k| k != 0) {
                        lists.push(by_day.get(&(family, d.start + Duration::days(offset))).map_or(EMPTY, Vec::as_slice));
                    }
                }
            }
            if same_article || family == EventType::Flight {
                // Within one article every event of the family is a candidate (a few at most),
                // and so is every flight: a corpus reports few, and they are told apart by
                // their dates and airlines, not their people (see `fit`).
                lists.push(by_family.get(&family).map_or(EMPTY, Vec::as_slice));
            }
            let mut ceiling = (item.people.len(), item.topics.len() + item.organisations.len());
            let mut best: Option<((usize, usize), std::cmp::Reverse<usize>)> = None;
            if !same_article && span == Span::Wide && item.people.len() >= 2 && lists.len() == item.people.len() {
                // One list per person: the events in all of them share every person, and beat
                // any other that fits. Only when none of them fits are the others searched,
                // and then no candidate can share more than all but one person.
                // From the shortest list, kept where every other list has it.
                let shortest = (0..lists.len()).min_by_key(|&k| lists[k].len()).unwrap_or(0);
                let mut common: Vec<usize> = lists[shortest].to_vec();
                for (k, l) in lists.iter().enumerate() {
                    if k != shortest {
                        common.retain(|i| l.binary_search(i).is_ok());
                    }
                }
                for &i in &common {
                    if let Some(score) = joins(&item, &events[i], same_article)
                        && best.is_none_or(|(b, _)| score > b)
                    {
                        best = Some((score, std::cmp::Reverse(i)));
                        if score == ceiling {
                            break;
                        }
                    }
                }
                if best.is_some() {
                    lists.clear();
                } else {
                    ceiling.0 -= 1;
                }
            }
            if !same_article && item.date.is_none() && item.people.len() >= 2 && matches!(family, EventType::Meeting | EventType::Call) && best.is_none() {
                // Across articles an undated meeting fits a dated one only when that one has
                // all its people (the events searched just above, or none when a person is new
                // here); what else it can fit is undated or wide.
                lists = item
                    .people
                    .iter()
                    .filter_map(|p| person_ids.get(p))
                    .map(|&pid| by_person_span.get(&(family, pid, Span::Wide)).map_or(EMPTY, Vec::as_slice))
                    .collect();
            }
            lists.retain(|l| !l.is_empty());
            let mut at = vec![0; lists.len()];
            // The union of the sorted lists, in increasing order.
            while let Some(i) = lists.iter().zip(&at).filter_map(|(l, &k)| l.get(k).copied()).min() {
                for (l, k) in lists.iter().zip(at.iter_mut()) {
                    if l.get(*k) == Some(&i) {
                        *k += 1;
                    }
                }
                if let Some(score) = joins(&item, &events[i], same_article)
                    && best.is_none_or(|(b, _)| score > b)
                {
                    best = Some((score, std::cmp::Reverse(i)));
                    if score == ceiling {
                        break;
                    }
                }
            }
            best
        };
        // An event's people only grow and its family never changes (every mention of it is of
        // that family), so what it gains is noted; a list holds an event once.
        let (index, new_people, old_date) = match best {
            Some((_, std::cmp::Reverse(i))) => {
                let new_people: Vec<Id> = item.people.difference(&events[i].people).cloned().collect();
                let old_date = events[i].date;
                events[i].absorb_event(item);
                (i, new_people, Some(old_date))
            }
            None => {
                let new_people = item.people.iter().cloned().collect();
                items[n_events] = item;
                n_events += 1;
                if same_article || family == EventType::Flight {
                    note(by_family.entry(family).or_default(), n_events - 1);
                }
                (n_events - 1, new_people, None)
            }
        };
        let e = &items[index];
        let span = span_of(e.date);
        // Where the event is listed under each person for its (possibly refined) date; the
        // entries for an earlier date stay, which costs a failed comparison at most.
        let mut note_date = |pid: usize| {
            note(by_person_span.entry((family, pid, span)).or_default(), index);
            match (span, e.date.and_then(|d| d.as_day())) {
                (_, Some(day)) => note(by_person_day.entry((family, pid, day)).or_default(), index),
                (Span::Month(..), None) => note(by_person_period.entry((family, pid, span)).or_default(), index),
                (Span::Wide, None) => {}
            }
        };
        for p in new_people {
            let next = person_ids.len();
            let pid = *person_ids.entry(p).or_insert(next);
            note(by_person.entry((family, pid)).or_default(), index);
            note_date(pid);
        }
        if old_date.is_some_and(|old| old != e.date) {
            for p in &e.people {
                note_date(person_ids[p]);
            }
        }
        let old_day = old_date.flatten().filter(|d| d.grain == Grain::Day).map(|d| d.start);
        let day = e.date.filter(|d| d.grain == Grain::Day).map(|d| d.start);
        if let Some(day) = day.filter(|&d| Some(d) != old_day) {
            note(by_day.entry((family, day)).or_default(), index);
        }
    }
    items.truncate(n_events);
    items
}

/// Whether `m`, from an article without a publication date, is the same event as `e`, known
/// from other articles: compatible, and sharing a person. Used to borrow an anchor.
pub fn identifies(m: &Event, e: &Event) -> bool {
    fit(m, e, false).is_some_and(|(shared_people, _)| shared_people > 0)
}

/// Merge the event mentions of one article: the per-article part of the merge, a pure function
/// run in parallel with the rest of the article's extraction.
pub fn merge_article(mentions: Vec<Mention>) -> Vec<Event> {
    cluster(mentions.into_iter().map(Event::new).collect(), true)
}

/// Merge the events of all articles: the corpus-level reduce. Events of different type
/// families never merge, so each family is clustered on its own, in parallel; the families come
/// back in a fixed order, so the result does not depend on the thread count.
/// Each article's list is dropped as soon as its events are moved, so that no second copy of
/// the corpus's events is held.
pub fn merge_corpus(article_events: Vec<Vec<Event>>) -> Vec<Event> {
    use rayon::prelude::*;
    // Each family's vector is allocated once at its final size.
    let mut sizes: std::collections::BTreeMap<EventType, usize> = std::collections::BTreeMap::new();
    for e in article_events.iter().flatten() {
        *sizes.entry(e.event_type.family()).or_default() += 1;
    }
    let mut by_family: std::collections::BTreeMap<EventType, Vec<Event>> = sizes.into_iter().map(|(f, n)| (f, Vec::with_capacity(n))).collect();
    for e in article_events.into_iter().flatten() {
        by_family.entry(e.event_type.family()).or_default().push(e);
    }
    let merged: Vec<Vec<Event>> = by_family.into_values().collect::<Vec<_>>().into_par_iter().map(|items| cluster(items, false)).collect();
    merged.into_iter().flatten().collect()
}

/// Merge mentions from any number of articles: per article, then across articles.
pub fn merge_mentions(mentions: Vec<Mention>) -> Vec<Event> {
    let mut by_file: std::collections::BTreeMap<String, Vec<Mention>> = std::collections::BTreeMap::new();
    for m in mentions {
        by_file.entry(m.file.to_string()).or_default().push(m);
    }
    merge_corpus(by_file.into_values().map(merge_article).collect())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn mention(file: &str, ty: EventType, date: Option<&str>, people: &[&str], topics: &[&str]) -> Mention {
        Mention {
            file: file.into(),
            line: 1,
            offset: 0,
            evidence: "".into(),
            event_type: ty,
            rule: "".into(),
            date: date.map(|d| DateValue::parse(d).unwrap()),
            date_text: String::new(),
            published: None,
            status: Status::Occurred,
            ids: MentionIds::new(
                people.iter().map(|&s| s.into()).collect(),
                Vec::new(),
                Vec::new(),
                vec!["IL".into(), "MA".into()],
                topics.iter().map(|&s| s.into()).collect(),
            ),
        }
    }

    fn summary(events: &[Event]) -> Vec<(String, Vec<String>, Vec<String>)> {
        let mut out: Vec<_> = events
            .iter()
            .map(|e| (e.date.map(|d| d.to_string()).unwrap_or_default(), e.people.iter().map(|p| p.to_string()).collect(), e.files.iter().map(|f| f.to_string()).collect()))
            .collect();
        out.sort();
        out
    }

    #[test]
    fn same_signing_in_two_articles_is_one_event() {
        use EventType::*;
        let events = merge_mentions(vec![
            mention("002", Agreement, Some("2021-11-24"), &[], &["defence"]),
            mention("002", Agreement, None, &["gantz", "loudiyi"], &["defence"]),
            mention("003", Agreement, Some("2021-11-24"), &["gantz", "loudiyi"], &["defence"]),
        ]);
        assert_eq!(summary(&events), [("2021-11-24".into(), vec!["gantz".into(), "loudiyi".into()], vec!["002".into(), "003".into()])]);
    }

    #[test]
    fn meetings_with_different_counterparts_stay_apart() {
        use EventType::*;
        let events = merge_mentions(vec![
            mention("002", Meeting, Some("2021-11-24"), &["gantz", "belkhir"], &[]),
            mention("002", Meeting, Some("2021-11-24"), &["gantz", "bourita"], &[]),
            mention("003", Meeting, Some("2021-11-24"), &["gantz", "bourita"], &[]),
        ]);
        assert_eq!(events.len(), 2);
    }

    #[test]
    fn undated_mention_joins_the_dated_event_by_people_and_date_is_most_precise() {
        use EventType::*;
        let events = merge_mentions(vec![
            mention("000", Agreement, None, &["unna", "rabii"], &["cyber"]),
            mention("001", Agreement, Some("2021-07"), &[], &["cyber"]),
            mention("001", Agreement, None, &["unna", "rabii"], &["cyber"]),
            mention("001", Agreement, Some("2021-07"), &[], &[]),
        ]);
        assert_eq!(summary(&events), [("2021-07".into(), vec!["rabii".into(), "unna".into()], vec!["000".into(), "001".into()])]);
    }

    #[test]
    fn agreements_on_different_topics_stay_apart() {
        use EventType::*;
        let events = merge_mentions(vec![
            mention("a", Agreement, Some("2021-07"), &[], &["cyber"]),
            mention("a", Agreement, Some("2021-07"), &[], &["aviation"]),
        ]);
        assert_eq!(events.len(), 2);
    }

    #[test]
    fn visit_days_merge() {
        use EventType::*;
        let events = merge_mentions(vec![
            mention("a", Visit, Some("2021-11-24"), &["gantz"], &[]),
            mention("a", Visit, Some("2021-11-25"), &["gantz"], &[]),
        ]);
        assert_eq!(summary(&events), [("2021-11-24".into(), vec!["gantz".into()], vec!["a".into()])]);
    }

    /// A mention of `file` with its own line, so that reports of one article stay apart.
    fn report(file: &str, line: usize, ty: EventType, date: Option<&str>, people: &[&str]) -> Mention {
        Mention { line, ..mention(file, ty, date, people, &[]) }
    }

    #[test]
    fn a_visit_reported_on_three_days_of_one_trip_is_one_event() {
        use EventType::*;
        // Arrival on Tuesday, the main day, the last day: three articles, three days, one trip.
        let events = merge_mentions(vec![
            report("arrival", 1, Visit, Some("2022-07-18"), &["kochavi"]),
            report("talks", 1, Visit, Some("2022-07-19"), &["kochavi", "belkhir"]),
            report("farewell", 1, Visit, Some("2022-07-21"), &["kochavi"]),
        ]);
        assert_eq!(events.len(), 1, "{:?}", summary(&events));
        assert_eq!(events[0].days.map(|(a, b)| (a.to_string(), b.to_string())), Some(("2022-07-18".into(), "2022-07-21".into())));
        assert_eq!(events[0].files.len(), 3);
    }

    #[test]
    fn the_day_most_sources_give_wins_and_every_source_stays() {
        use EventType::*;
        // One article dates the arrival a day early (its "أمس" read against a later day); two
        // date it to the 22nd. Whatever the order, the row keeps the 22nd and all three.
        let mentions = vec![
            report("a", 1, Visit, Some("2021-11-21"), &["gantz"]),
            report("b", 1, Visit, Some("2021-11-22"), &["gantz"]),
            report("c", 1, Visit, Some("2021-11-22"), &["gantz", "loudiyi"]),
            // An article repeating its own day does not outvote two articles.
            report("a", 2, Visit, Some("2021-11-21"), &["gantz"]),
        ];
        for rotation in 0..mentions.len() {
            let mut m = mentions.clone();
            m.rotate_left(rotation);
            let events = merge_mentions(m);
            assert_eq!(summary(&events), [("2021-11-22".into(), vec!["gantz".into(), "loudiyi".into()], vec!["a".into(), "b".into(), "c".into()])]);
        }
        // A tie goes to the earlier day, the start of the visit.
        let events = merge_mentions(vec![report("a", 1, Visit, Some("2021-11-23"), &["gantz"]), report("b", 1, Visit, Some("2021-11-22"), &["gantz"])]);
        assert_eq!(summary(&events)[0].0, "2021-11-22");
    }

    #[test]
    fn twelve_reports_of_one_signing_are_one_event() {
        use EventType::*;
        // Twelve articles: the day, the month, "last week" as a day range, undated references,
        // each naming one or both signatories.
        let dates = [Some("2021-11-24"), Some("2021-11"), None, Some("2021-11-24"), None, Some("2021-11-24"), Some("2021-11"), None, Some("2021-11-24"), Some("2021-11-24"), None, Some("2021-11-24")];
        let people: [&[&str]; 3] = [&["gantz"], &["loudiyi"], &["gantz", "loudiyi"]];
        let mentions: Vec<Mention> = dates
            .iter()
            .enumerate()
            .map(|(i, d)| Mention { line: 1 + i % 3, ..mention(&format!("{i:03}"), Agreement, *d, people[i % 3], &["defence"]) })
            .collect();
        let events = merge_mentions(mentions);
        assert_eq!(events.len(), 1, "{:?}", summary(&events));
        assert_eq!(events[0].files.len(), 12);
        assert_eq!(events[0].date.map(|d| d.to_string()), Some("2021-11-24".into()));
    }

    #[test]
    fn two_visits_by_one_person_months_apart_stay_two() {
        use EventType::*;
        let events = merge_mentions(vec![
            report("a", 1, Visit, Some("2021-11-24"), &["gantz"]),
            report("b", 1, Visit, Some("2022-07-18"), &["gantz"]),
            // Five days after the first: the visit was over.
            report("c", 1, Visit, Some("2021-11-29"), &["gantz"]),
        ]);
        assert_eq!(events.len(), 3, "{:?}", summary(&events));
    }

    #[test]
    fn an_invitation_is_not_the_visit_of_days_before() {
        use EventType::*;
        let mut invitation = report("b", 1, Visit, Some("2020-12-25"), &["netanyahu", "mohammed-vi"]);
        invitation.status = Status::Planned;
        let events = merge_mentions(vec![report("a", 1, Visit, Some("2020-12-22"), &["mohammed-vi"]), invitation]);
        assert_eq!(events.len(), 2);
    }

    #[test]
    fn a_report_naming_other_countries_is_another_meeting() {
        use EventType::*;
        // Shoukry's talks with Blinken, then "the six-nation meeting" the same day, no names.
        let mut talks = report("a", 1, Meeting, Some("2022-03-28"), &["shoukry", "blinken"]);
        talks.ids = MentionIds::new(vec!["shoukry".into(), "blinken".into()], vec![], vec![], vec!["EG".into(), "US".into()], vec![]);
        let mut six = report("a", 2, Meeting, Some("2022-03-28"), &[]);
        six.ids = MentionIds::new(vec![], vec![], vec![], ["AE", "BH", "EG", "IL", "MA", "US"].map(Id::from).to_vec(), vec![]);
        assert_eq!(merge_mentions(vec![talks.clone(), six]).len(), 2);
        // A report naming only countries of the event joins it.
        let mut same = report("a", 2, Meeting, Some("2022-03-28"), &[]);
        same.ids = MentionIds::new(vec![], vec![], vec![], vec!["EG".into()], vec![]);
        assert_eq!(merge_mentions(vec![talks, same]).len(), 1);
    }

    /// `mention` with its countries set (the event builder adds the participants' own).
    fn with_countries(mut m: Mention, countries: &[&str]) -> Mention {
        m.ids = MentionIds::new(
            m.people().to_vec(),
            m.organisations().to_vec(),
            m.places().to_vec(),
            countries.iter().map(|&c| c.into()).collect(),
            m.topics().to_vec(),
        );
        m
    }

    #[test]
    fn an_undated_report_of_another_pair_does_not_join_a_dated_event() {
        use EventType::*;
        // "Netanyahu met al-Burhan in Entebbe", undated in a story on Sudan, is not the call
        // with the King another article dates; "Netanyahu's call with the King" is.
        let call = with_countries(report("a", 1, Agreement, Some("2020-12-25"), &["netanyahu", "mohammed-vi"]), &["IL", "MA"]);
        let sudan = with_countries(report("b", 1, Agreement, None, &["netanyahu", "burhan"]), &["IL", "SD", "UG"]);
        let same = with_countries(report("c", 1, Agreement, None, &["netanyahu"]), &["IL", "MA"]);
        let events = merge_mentions(vec![call, sudan, same]);
        assert_eq!(summary(&events), [
            (String::new(), vec!["burhan".into(), "netanyahu".into()], vec!["b".into()]),
            ("2020-12-25".into(), vec!["mohammed-vi".into(), "netanyahu".into()], vec!["a".into(), "c".into()]),
        ]);
    }

    #[test]
    fn one_flight_whoever_each_source_names_aboard() {
        use EventType::*;
        let airline = |mut m: Mention| {
            m.ids = MentionIds::new(m.people().to_vec(), vec!["royal-air-maroc".into()], vec![], m.countries().to_vec(), vec![]);
            m
        };
        let diplomat = airline(report("a", 1, Flight, Some("2022-03-13"), &["eyal-david"]));
        let business = airline(report("b", 1, Flight, Some("2022-03-13"), &["chakib-alj"]));
        assert_eq!(merge_mentions(vec![diplomat.clone(), business.clone()]).len(), 1);
        // A report naming no airline is that flight too; another day, or another airline, is
        // another flight.
        let no_airline = report("b", 1, Flight, Some("2022-03-13"), &["chakib-alj"]);
        assert_eq!(merge_mentions(vec![diplomat.clone(), no_airline]).len(), 1);
        let next_day = airline(report("b", 1, Flight, Some("2022-03-14"), &["chakib-alj"]));
        assert_eq!(merge_mentions(vec![diplomat.clone(), next_day]).len(), 2);
        let mut el_al = report("b", 1, Flight, Some("2022-03-13"), &["chakib-alj"]);
        el_al.ids = MentionIds::new(el_al.people().to_vec(), vec!["el-al".into()], vec![], el_al.countries().to_vec(), vec![]);
        assert_eq!(merge_mentions(vec![diplomat, el_al]).len(), 2);
    }

    #[test]
    fn one_event_reported_in_three_languages_is_one_row() {
        use EventType::*;
        // The same signing, flight and visit told by an Arabic, an English and a French page:
        // each source names what its press names (a signatory, the minister aboard, nobody),
        // and one report dates the flight by its month alone ("direct flights this month").
        let events = merge_mentions(vec![
            mention("d1_ar.txt", Agreement, Some("2021-11-24"), &["gantz", "loudiyi"], &["defence"]),
            mention("d2_en.txt", Agreement, Some("2021-11-24"), &["gantz"], &["defence"]),
            mention("d3_fr.txt", Agreement, Some("2021-11-24"), &["loudiyi", "gantz"], &[]),
            mention("d1_ar.txt", Flight, Some("2021-07-25"), &["lapid"], &[]),
            mention("d2_en.txt", Flight, Some("2021-07"), &[], &[]),
            mention("d3_fr.txt", Flight, Some("2021-07-25"), &["fettah-alaoui"], &[]),
            mention("d2_en.txt", Visit, Some("2021-11-23"), &["gantz"], &[]),
            mention("d3_fr.txt", Visit, Some("2021-11-24"), &["gantz"], &[]),
        ]);
        let files = |ty: EventType| events.iter().filter(|e| e.event_type.family() == ty).map(|e| e.files.len()).collect::<Vec<_>>();
        assert_eq!(files(Agreement), [3], "{:?}", summary(&events));
        assert_eq!(files(Flight), [3], "{:?}", summary(&events));
        assert_eq!(files(Visit), [2], "{:?}", summary(&events));
        // Flights of two months stay two.
        let two = merge_mentions(vec![mention("a", Flight, Some("2021-07"), &[], &[]), mention("b", Flight, Some("2021-08-01"), &["lapid"], &[])]);
        assert_eq!(two.len(), 2);
    }

    #[test]
    fn one_signing_whichever_signatory_each_source_names() {
        use EventType::*;
        let lapid = mention("a", Agreement, Some("2021-08-11"), &["lapid"], &["aviation", "culture"]);
        let bourita = mention("b", Agreement, Some("2021-08-11"), &["bourita"], &["aviation"]);
        assert_eq!(merge_mentions(vec![lapid.clone(), bourita.clone()]).len(), 1);
        // Another subject, or another day: other agreements.
        let water = mention("b", Agreement, Some("2021-08-11"), &["bourita"], &["water"]);
        assert_eq!(merge_mentions(vec![lapid.clone(), water]).len(), 2);
        let month = mention("b", Agreement, Some("2021-08"), &["bourita"], &["aviation"]);
        assert_eq!(merge_mentions(vec![lapid, month]).len(), 2);
    }

    #[test]
    fn an_announced_first_flight_and_the_flight_flown_days_later_are_one() {
        use EventType::*;
        let israir = |mut m: Mention, status: Status| {
            m.ids = MentionIds::new(m.people().to_vec(), vec!["israir".into()], vec![], m.countries().to_vec(), vec![]);
            m.status = status;
            m
        };
        let announced = israir(report("a", 1, Flight, Some("2021-07-19"), &[]), Status::Planned);
        let flown = israir(report("b", 1, Flight, Some("2021-07-25"), &[]), Status::Occurred);
        let flown_too = israir(report("c", 1, Flight, Some("2021-07-25"), &["lapid"]), Status::Occurred);
        let events = merge_mentions(vec![announced.clone(), flown.clone(), flown_too]);
        assert_eq!(events.len(), 1, "{:?}", summary(&events));
        assert_eq!((events[0].date.map(|d| d.to_string()), events[0].status), (Some("2021-07-25".into()), Status::Occurred));
        // Two flights flown a few days apart are two flights; so are an announcement and a
        // flight of another airline.
        let later = israir(report("c", 1, Flight, Some("2021-07-28"), &[]), Status::Occurred);
        assert_eq!(merge_mentions(vec![flown.clone(), later]).len(), 2);
        let el_al = Mention { status: Status::Occurred, ..report("c", 1, Flight, Some("2021-07-25"), &[]) };
        assert_eq!(merge_mentions(vec![announced, el_al]).len(), 2);
    }

    #[test]
    fn merge_does_not_depend_on_input_order() {
        use EventType::*;
        let mentions = vec![
            mention("002", Meeting, Some("2021-11-24"), &["gantz", "belkhir"], &[]),
            mention("003", Meeting, None, &["gantz"], &[]),
            mention("001", Agreement, Some("2021-07"), &[], &["cyber"]),
            mention("000", Agreement, None, &["unna", "rabii"], &["cyber"]),
            mention("001", Agreement, None, &["unna", "rabii"], &["cyber"]),
            mention("002", Visit, Some("2021-11-24"), &["gantz"], &[]),
        ];
        let expected = summary(&merge_mentions(mentions.clone()));
        let mut reversed = mentions.clone();
        reversed.reverse();
        assert_eq!(summary(&merge_mentions(reversed)), expected);
        let mut rotated = mentions;
        rotated.rotate_left(2);
        assert_eq!(summary(&merge_mentions(rotated)), expected);
    }

    /// The merge as specified, without indexes: each item, in merge order, joins the event
    /// that fits it best (the lowest index on a tie), found by comparing it with every event.
    fn cluster_by_scan(mut items: Vec<Event>, same_article: bool) -> Vec<Event> {
        items.sort_by(|a, b| merge_order(a).cmp(&merge_order(b)));
        let mut events: Vec<Event> = Vec::new();
        for item in items {
            let mut best: Option<((usize, usize), usize)> = None;
            for (i, e) in events.iter().enumerate() {
                if let Some(score) = joins(&item, e, same_article)
                    && best.is_none_or(|(b, _)| score > b)
                {
                    best = Some((score, i));
                }
            }
            match best {
                Some((_, i)) => events[i].absorb_event(item),
                None => events.push(item),
            }
        }
        events
    }

    fn arbitrary_mention() -> impl Strategy<Value = Mention> {
        use EventType::*;
        let date = prop_oneof![
            Just(None),
            (0i64..40).prop_map(|d| Some(DateValue::day(NaiveDate::from_ymd_opt(2021, 6, 20).unwrap() + Duration::days(d)))),
            (0i64..40, 1i64..4).prop_map(|(d, n)| {
                let start = NaiveDate::from_ymd_opt(2021, 6, 20).unwrap() + Duration::days(d);
                Some(DateValue { start, grain: Grain::Day, end: Some(start + Duration::days(n)) })
            }),
            prop::sample::select(vec!["2021-06", "2021-07", "2021-08", "2021"]).prop_map(DateValue::parse),
        ];
        (
            prop::sample::select(vec!["a", "b", "c", "d"]),
            prop::sample::select(vec![Agreement, Visit, Call, Meeting, Flight]),
            date,
            prop::sample::subsequence(vec!["p1", "p2", "p3", "p4"], 0..3),
            prop::sample::subsequence(vec!["cyber", "defence"], 0..2),
            0usize..3,
            prop::sample::subsequence(vec!["IL", "MA", "US"], 0..3),
            any::<bool>(),
        )
            .prop_map(|(file, ty, date, people, topics, line, countries, planned)| {
                let mut m = mention(file, ty, None, &people, &topics);
                m.ids = MentionIds::new(
                    people.iter().map(|&s| s.into()).collect(),
                    if line == 0 { vec!["el-al".into()] } else { Vec::new() },
                    Vec::new(),
                    countries.iter().map(|&s| s.into()).collect(),
                    topics.iter().map(|&s| s.into()).collect(),
                );
                m.date = date;
                m.line = line;
                m.status = if planned { Status::Planned } else { Status::Occurred };
                m
            })
    }

    proptest::proptest! {
        /// The indexes only skip events that cannot fit: the merge gives what comparing each
        /// mention with every event gives, within an article and across articles.
        #[test]
        fn indexed_merge_equals_the_merge_by_full_scan(mentions in prop::collection::vec(arbitrary_mention(), 0..40), same_article in any::<bool>()) {
            let items: Vec<Event> = mentions.into_iter().map(Event::new).collect();
            // Each event's date and its mentions (article, line).
            type Detail = Vec<(Option<DateValue>, Vec<(String, usize)>)>;
            let detail = |events: &[Event]| -> Detail {
                events.iter().map(|e| (e.date, e.mentions.iter().map(|m| (m.file.to_string(), m.line)).collect())).collect()
            };
            prop_assert_eq!(detail(&cluster(items.clone(), same_article)), detail(&cluster_by_scan(items, same_article)));
        }

        /// The order mentions arrive in changes nothing: the same events, with the same dates
        /// (the day most articles give) and the same sources.
        #[test]
        fn merge_is_order_independent(mentions in prop::collection::vec(arbitrary_mention(), 0..30), rotation in 0usize..30) {
            // Each trigger has its own place in its article, as in real extraction (the order
            // of mentions is by content, and place is the last key).
            let mentions: Vec<Mention> = mentions.into_iter().enumerate().map(|(i, m)| Mention { offset: i, ..m }).collect();
            let mut shuffled = mentions.clone();
            shuffled.reverse();
            if !shuffled.is_empty() {
                let k = rotation % shuffled.len();
                shuffled.rotate_left(k);
            }
            prop_assert_eq!(summary(&merge_mentions(shuffled)), summary(&merge_mentions(mentions)));
        }
    }
}
