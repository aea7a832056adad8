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
//!   done or both announce it) or come from one article — but an opening is the act of its
//!   own day, and a visit of other days is another row (a stay told by its days, "on 11-12
//!   August", is the visit that arrived on its first day: it holds an opening only when it
//!   starts on the opening's day; and a named visitor's stop reported done on a later day
//!   in places the trip does not name (a trip told by its countries alone is in the capital
//!   of one of them, and a place the data files give no country, such as Jerusalem, is no
//!   evidence of elsewhere) is a row of its own, as is a visit told elsewhere on an opening's
//!   day (each placed by the reports dating its day, not a headline naming both cities), not
//!   a stay recalled by its month);
//! * their participants agree: when both name people, they share one — and for meetings and
//!   calls one set contains the other, so "Gantz meets Belkhir" and "Gantz meets Bourita" on
//!   one day stay two events; when one names nobody, it must come from an article the event
//!   already has, or share the exact day, share a topic or organisation, and name no country
//!   that does not take part in the event; across articles, an undated report joins a dated
//!   event only when every country it names takes part in it; agreements with different
//!   topics (cyber, defence) are different agreements, unless the same two signatories signed
//!   them on one day (each page names the subjects it cares about); flights of one day with one airline
//!   are one flight, whoever each source names aboard (and so are a first flight an airline
//!   announced and the one it flew up to a week later), and agreements of one day on one
//!   subject one signing, whichever signatory each source names; a report naming nobody,
//!   dated to a month (or a week) and telling a subject, is the event of a day in it on that
//!   subject (background told loosely: "agreements on water and visas were signed in December
//!   2020"), a signing told by neither a signatory nor a subject ("the joint declaration
//!   signed last Tuesday", « l'accord tripartite de décembre dernier ») the signing of its day
//!   or of a day in its month that its countries take part in, and so are talks or a visit naming nobody, told by their period and a place the
//!   event of a day in it names ("consultations in Rabat early in July"); two reports of a visit that name nobody and the same countries are one
//!   delegation's trip when their days fit one visit; talks between two or three countries
//!   are not a meeting of four or more they are told beside (on the sidelines of a summit),
//!   unless their article tells them with no date of their own or by the summit's own days,
//!   or they tell the summit itself: by its noun ("X and Y at the close of the summit"), or
//!   recalled by a longer period holding its date at one of its places ("X attended the
//!   desert meeting in March");
//!   and in one article a summit's dinner the evening before, told by its people, is the
//!   summit, and so is a reference to "the meeting" with no date of its own naming only its
//!   countries and one of its people, though the people the two reports name do not nest; across articles, two reports telling a gathering of four countries or more by a
//!   summit's noun a day apart are one summit (one page dates it by its guests' arrival, another
//!   by its session).
//!
//! A visit is its visitor and its destination: two reports of visits are two trips, whatever
//! people they share, when, the one destination either gives by its places taken for both,
//! the other countries each names (its visitor's) are others (the host of one visit on Monday is the visitor of another abroad on Tuesday;
//! two ministers of two countries are received by one host the same week). And a report
//! that tells an event only as announced, dated to a period, is not of an event reported done
//! whose days were over before every report of the plan was written (talks "expected" on a
//! page of the 28th are not the talks of the 8th).
//!
//! Across articles, an undated report that would bring a dated event people (it names another
//! person beside one of the event's) joins it only on a stronger tie: two people shared, or one
//! and the event's place, reported within its days.
//!
//! The merged event keeps the most precise date — a single day over a range of days that
//! holds it (a signing on the 12th told "during the visit on 11-12 August" is of the 12th),
//! except a visit's stay, kept over a day inside it since the stay starts at the arrival, the
//! day a visit is dated by; where sources give different days, the day
//! most articles reporting it done give among the mentions whose date is of the strongest kind
//! ([`DateKind`]: an arrival, a stated day, a day shared "during" another event, a publication
//! day; the earliest on a tie; announcements count when no report gives a day) — the union of
//! participants,
//! every source, and `occurred` when a source that dates it reports it done, when none dates it
//! and one reports it done, or when an undated report of it done was written after its days
//! (an announcement does not outweigh a later page telling "the visit" done). Candidate events are found
//! through an index on people and articles, so the merge does not compare every pair.
//!
//! Around the merge, `rows` decides what is a row of its own: a visitor's talks with several
//! hosts are one meeting per host (unless the hosts' offices are all of one body of state, the
//! defence establishment, and the page states the talks' day), and what an article tells of a visit without a date (the
//! flight that brought the visitor, the talks on the programme or told "during the visit") takes the visit's;
//! a headline or recap naming nobody and no date is the article's one event of its kind; a
//! visit named with its people, undated, in a sentence that dates another act ("signed on 22
//! December, during the visit of A and B") joins only a visit of its article whose days fit
//! that day, else goes to the corpus merge on its own; after the corpus merge, a flight told in the sentence of an arrival takes the
//! first day of the visit it was merged into, whichever source dates it.

mod cluster;
mod dates;
mod event;
mod fit;
mod mention;
mod rows;
#[cfg(test)]
mod tests;

pub use dates::{dates_agree, dates_compatible, interval};
pub use event::Event;
pub use fit::{Capitals, EventSummary, FitHead, FitView, JoinScore, people_compatible};
pub use mention::{ARRIVAL_RULE_MARK, DateKind, Mention, MentionBrief, MentionIds, MentionView, Status};
pub use cluster::Guide;
pub use rows::{meeting_rows, one_meeting_per_counterpart, the_visitors_talks};

use crate::events::EventType;

use cluster::{cluster, cluster_guided};
use fit::fit;

/// Whether `m`, from an article without a publication date, is the same event as `e`, known
/// from other articles: compatible, and sharing a person. Used to borrow an anchor.
/// `capitals`, here and in every merge below, are the capitals of the data files loaded (see
/// [`Capitals`]).
pub fn identifies(m: &impl FitView, e: &impl FitView, capitals: &Capitals) -> bool {
    fit(m, e, false, capitals).is_some_and(|(shared_people, _)| shared_people > 0)
}

/// Merge the event mentions of one article: the per-article part of the merge, a pure function
/// run in parallel with the rest of the article's extraction.
///
/// The article's events are clustered again until nothing more joins: a sentence merged late
/// may tie two events together ("during Sa'ar's first visit, at Ouahbi's invitation" joins the
/// visitor's arrival and the host's report of the visit's next day, each of which names one
/// of them).
pub fn merge_article(mut mentions: Vec<Mention>, capitals: &Capitals) -> Vec<Event> {
    rows::weekdays_by_the_full_date(&mut mentions);
    let (mentions, sentence_dated) = rows::sentence_dated_visits(mentions);
    let mut events = cluster(mentions.into_iter().map(Event::new).collect(), true, capitals);
    loop {
        let before = events.len();
        events = cluster(events, true, capitals);
        if events.len() == before {
            break;
        }
    }
    let events = rows::join_sentence_dated_visits(events, sentence_dated, capitals);
    rows::headlines_of_the_dated_event(rows::date_by_the_visit(events))
}

/// Merge the events of all articles: the corpus-level reduce. Events of different type
/// families never merge, so each family is clustered on its own, in parallel; the families come
/// back in a fixed order, so the result does not depend on the thread count.
/// Every event is held once on the way (see [`by_family`]), and the merged families are moved
/// into the result one after another, each freed once moved.
pub fn merge_corpus(article_events: Vec<Vec<Event>>, capitals: &Capitals) -> Vec<Event> {
    use rayon::prelude::*;
    let merged: Vec<Vec<Event>> = by_family(article_events).into_par_iter().map(|items| cluster(items, false, capitals)).collect();
    finish_families(merged, capitals)
}

/// Merge the events of one type family across articles (the events are given in article
/// order): [`merge_corpus`]'s step for each family, before [`finish_families`].
pub fn merge_family(items: Vec<Event>, capitals: &Capitals) -> Vec<Event> {
    cluster(items, false, capitals)
}

/// [`merge_family`] over what the merge reads of each event ([`Event::brief`], made with
/// its place among the events given): the groups it makes ([`Grouping`]). The events built
/// again from them (each group's first event taking in the others in order,
/// [`Event::absorb_event`]) are those [`merge_family`] makes of the events themselves, at a
/// fraction of the bytes held while the merge runs: what it reads is the same (see
/// [`MentionView`]).
pub fn merge_family_briefly(items: Vec<Event<MentionBrief>>, capitals: &Capitals) -> Grouping {
    let events = cluster(items, false, capitals);
    let mut grouping = Grouping { members: Vec::with_capacity(events.iter().map(|e| e.mentions.len()).sum()), ends: Vec::with_capacity(events.len()) };
    for e in &events {
        // An event's mentions are those of the events it took in, each event's in one run.
        for m in &e.mentions {
            if grouping.members.len() == grouping.ends.last().map_or(0, |&end| end as usize) || grouping.members.last() != Some(&m.item()) {
                grouping.members.push(m.item());
            }
        }
        grouping.ends.push(u32::try_from(grouping.members.len()).expect("fewer than 2^32 events in a family"));
    }
    grouping.members.shrink_to_fit();
    grouping
}

/// The groups of a merge ([`merge_family_briefly`]): for each merged event, in their order,
/// the places among the events given of those it took in, the one that started it first and
/// the others in the order they joined it; one group after another in one vector (a large
/// archive's family makes hundreds of thousands).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Grouping {
    members: Vec<u32>,
    /// Where each group ends in `members`.
    ends: Vec<u32>,
}

impl Grouping {
    /// Each group, in order.
    pub fn groups(&self) -> impl Iterator<Item = &[u32]> + '_ {
        let starts = std::iter::once(0).chain(self.ends.iter().map(|&end| end as usize));
        starts.zip(&self.ends).map(|(start, &end)| &self.members[start..end as usize])
    }

    /// The merged events the groups make of `items`, the events given to the merge in their
    /// order: each group's first taking in the others in order, as the merge took them in.
    /// Made one at a time as they are asked for, so that those already made may be written
    /// away while the next are made.
    pub fn events_of(self, items: Vec<Event>) -> impl Iterator<Item = Event> {
        let mut slots: Vec<Option<Event>> = items.into_iter().map(Some).collect();
        let mut start = 0;
        self.ends.into_iter().filter_map(move |end| {
            let members = &self.members[std::mem::replace(&mut start, end as usize)..end as usize];
            // Its mentions' vector made to its size at once: grown by each event taken in, it
            // left a block of each size behind.
            let mentions: usize = members.iter().filter_map(|&i| Some(slots.get(i as usize)?.as_ref()?.mentions.len())).sum();
            let mut taken = members.iter().filter_map(|&i| slots.get_mut(i as usize)?.take());
            let mut event = taken.next()?;
            event.mentions.reserve_exact(mentions - event.mentions.len());
            taken.for_each(|other| event.absorb_event(other));
            Some(event)
        })
    }
}

/// [`merge_family`], asking `guide` before each event's search (see [`Guide`]).
pub fn merge_family_guided(items: Vec<Event>, capitals: &Capitals, guide: &mut dyn Guide) -> Vec<Event> {
    cluster_guided(items, false, capitals, Some(guide))
}

/// The events of every type family, each merged across articles ([`merge_family`], families
/// in their order): what is done once all are merged, then all of them in order.
pub fn finish_families(mut merged: Vec<Vec<Event>>, capitals: &Capitals) -> Vec<Event> {
    // A flight dated by the arrival it brought may now be another source's report of it.
    if rows::date_flights_by_their_arrivals(&mut merged) {
        for family in merged.iter_mut().filter(|f| f.first().is_some_and(|e| e.event_type.family() == EventType::Flight)) {
            *family = cluster(std::mem::take(family), false, capitals);
        }
    }
    rows::recalls_of_the_months_one_signing(&mut merged);
    let mut all = Vec::with_capacity(merged.iter().map(Vec::len).sum());
    for family in merged {
        all.extend(family);
    }
    all
}

/// The events of all articles by type family, the families in their order and each family's
/// events in the articles' order. A family's events are moved out of every article's list
/// before the next family's, into a vector of their number, and each list keeps only the
/// others: no event is ever in two vectors at once (a large archive holds millions).
fn by_family(mut article_events: Vec<Vec<Event>>) -> Vec<Vec<Event>> {
    let families: std::collections::BTreeSet<EventType> = article_events.iter().flatten().map(|e| e.event_type.family()).collect();
    let mut by_family = Vec::with_capacity(families.len());
    for family in families {
        let of_family = |e: &Event| e.event_type.family() == family;
        let mut items = Vec::with_capacity(article_events.iter().flatten().filter(|e| of_family(e)).count());
        for list in &mut article_events {
            let mine = list.iter().filter(|e| of_family(e)).count();
            if mine == 0 {
                continue;
            }
            let mut rest = Vec::with_capacity(list.len() - mine);
            for e in std::mem::take(list) {
                if of_family(&e) {
                    items.push(e);
                } else {
                    rest.push(e);
                }
            }
            *list = rest;
        }
        by_family.push(items);
    }
    by_family
}

/// Merge mentions from any number of articles: per article, then across articles.
pub fn merge_mentions(mentions: Vec<Mention>, capitals: &Capitals) -> Vec<Event> {
    let mut by_file: std::collections::BTreeMap<String, Vec<Mention>> = std::collections::BTreeMap::new();
    for m in mentions {
        by_file.entry(m.file.to_string()).or_default().push(m);
    }
    merge_corpus(by_file.into_values().map(|m| merge_article(m, capitals)).collect(), capitals)
}
