//! Clustering: events merged in a canonical order, each item joining the best event it fits,
//! with candidates found through indexes on people, months and days rather than by comparing
//! every pair.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use chrono::{Datelike, Duration, NaiveDate};

use crate::dates::{DateValue, Grain};
use crate::events::EventType;
use crate::hash::FxBuild;
use crate::idset::Id;

use super::dates::{FLIGHT_SLIP_DAYS, VISIT_DAYS, interval};
use super::event::Event;
use super::mention::{MentionView, Status};
use super::fit::{Capitals, JoinScore, MEETING_DAYS, PAGE_LAG_DAYS, a_summit_of_four, joins};

/// The order events are merged in: by content, so the result does not depend on the order of
/// files. Precise dates first, then events that name people, most people first, then reports
/// of what happened before announcements (an announcement then meets the event as reported).
pub(super) fn merge_order<M: MentionView>(e: &Event<M>) -> impl Ord + '_ {
    merge_order_by(e, e.mentions[0].file())
}

/// [`merge_order`], the first mention's file told by `file` (its text, or anything that
/// orders files as their texts do).
fn merge_order_by<'a, M: MentionView, F: Ord + 'a>(e: &'a Event<M>, file: F) -> impl Ord + 'a {
    let grain = e.date.map_or(9, |d| d.grain as u8 + if d.end.is_some() { 1 } else { 0 });
    let first = &e.mentions[0];
    (grain, e.people().is_empty(), std::cmp::Reverse(e.people().len()), e.status, e.date.map(|d| d.start), file, first.line(), first.offset(), first.event_type())
}

/// The rank of each item's first mention's file among the items' files in the order of their
/// texts: the files' order, compared as numbers. Items given in their files' order (as the
/// corpus step gives them, by article) are ranked as they come, a text compared only where
/// the file changes; others by sorting their files.
fn file_ranks<M: MentionView>(items: &[Event<M>]) -> Vec<u32> {
    let files: Vec<Id> = items.iter().map(|e| e.mentions[0].file()).collect();
    let mut ranks = Vec::with_capacity(files.len());
    let mut rank = 0u32;
    for (k, f) in files.iter().enumerate() {
        match k.checked_sub(1).map(|j| files[j]) {
            Some(before) if before == *f => {}
            Some(before) if before < *f => rank += 1,
            None => {}
            Some(_) => {
                // Out of order: a file's rank is its place among the distinct files, sorted.
                let mut distinct = files.clone();
                distinct.sort_unstable();
                distinct.dedup();
                return files.iter().map(|f| distinct.binary_search(f).map_or(0, |at| at as u32)).collect();
            }
        }
        ranks.push(rank);
    }
    ranks
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

/// A sorted list of event indices without repeats, in an index of [`cluster`]. Most lists of
/// a large family hold one event (a person on a day), and that one is held in place: a vector
/// would cost an allocation for each.
#[derive(Debug)]
enum Listed {
    One([usize; 1]),
    Many(Vec<usize>),
}

impl Listed {
    fn as_slice(&self) -> &[usize] {
        match self {
            Listed::One(one) => one,
            Listed::Many(list) => list,
        }
    }
}

/// Add `i` to the list of an index's entry, once.
fn note<K>(entry: Entry<'_, K, Listed>, i: usize) {
    let list = match entry {
        Entry::Vacant(vacant) => {
            vacant.insert(Listed::One([i]));
            return;
        }
        Entry::Occupied(occupied) => occupied.into_mut(),
    };
    match list {
        Listed::One([j]) if *j == i => {}
        Listed::One([j]) => *list = Listed::Many(if i < *j { vec![i, *j] } else { vec![*j, i] }),
        Listed::Many(list) => {
            let at = list.partition_point(|&x| x < i);
            if list.get(at) != Some(&i) {
                list.insert(at, i);
            }
        }
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
pub(super) fn cluster<M: MentionView>(items: Vec<Event<M>>, same_article: bool, capitals: &Capitals) -> Vec<Event<M>> {
    cluster_guided(items, same_article, capitals, None)
}

/// What [`cluster_guided`] asks before each item's search and tells after its decision: an
/// incremental run replays an earlier merge with it (see `crate::reduced`), searching only
/// where the events an item may join are not as they were.
pub trait Guide {
    /// Item `item` (its position among the items given) may join the events of `lists`
    /// (each sorted by event index), `score(e)` tells how it fits event `e` as that is now
    /// (None: it does not; see `fit::joins`), and `ceiling` is the highest score any event
    /// can give it (a search takes the first of the events that fit best), and `by_all_first`
    /// tells that the lists are one per person and the events in all of them are searched
    /// first (when one of those fits, no other is looked at): `Some(Some(e))` joins event
    /// `e`, `Some(None)` starts an event, None searches as the merge does.
    fn decide(&mut self, item: usize, lists: &[&[usize]], score: &dyn Fn(usize) -> Option<JoinScore>, ceiling: JoinScore, by_all_first: bool) -> Option<Option<usize>>;
    /// Item `item` joined event `event`, or started it (`new`).
    fn decided(&mut self, item: usize, event: usize, new: bool);
}

/// [`cluster`], asking `guide` (when given) before each item's search.
pub(super) fn cluster_guided<M: MentionView>(mut items: Vec<Event<M>>, same_article: bool, capitals: &Capitals, guide: Option<&mut dyn Guide>) -> Vec<Event<M>> {
    // Where each item was given, in merge order (a stable sort of the same keys): only a
    // guide needs it; the items are then put in that order rather than sorted a second time.
    let given: Vec<usize> = match guide {
        Some(_) => {
            // Each item's key made once, its file by rank (see `file_ranks`): the sort compares
            // each item's many times, and a file's text costs a look-up and a comparison of
            // bytes each time.
            let keys: Vec<_> = items.iter().zip(file_ranks(&items)).map(|(e, rank)| merge_order_by(e, rank)).collect();
            let mut order: Vec<usize> = (0..items.len()).collect();
            order.sort_by(|&a, &b| keys[a].cmp(&keys[b]));
            drop(keys);
            let mut slots: Vec<Option<Event<M>>> = std::mem::take(&mut items).into_iter().map(Some).collect();
            items = order.iter().filter_map(|&k| slots[k].take()).collect();
            order
        }
        None => {
            // Their positions are sorted (stably, as the items would be) and the items put in
            // that order in place: a stable sort of the items themselves takes a scratch of
            // half as many events, the peak of a large family's merge.
            let mut order: Vec<usize> = (0..items.len()).collect();
            order.sort_by(|&a, &b| merge_order(&items[a]).cmp(&merge_order(&items[b])));
            put_in_order(&mut items, order);
            Vec::new()
        }
    };
    let n_events = join_in_place(&mut items, same_article, capitals, &given, guide);
    items.truncate(n_events);
    // The vector had a slot per item; the events are kept until the end of the run (an
    // article's, until the corpus merge), so the slots they do not use are given back, once
    // the indexes are freed.
    items.shrink_to_fit();
    items
}

/// Whether sorted `list` holds each of a rising run of events, asked in turn: each search
/// starts where the last ended and widens by doubling (a popular person's list holds
/// thousands of events, and the events two people share are often hundreds of them, whose
/// binary searches over the whole list cost more than the rest of the search).
fn holds_from(list: &[usize]) -> impl FnMut(&usize) -> bool + '_ {
    let mut rest = list;
    move |&i| {
        let mut reach = 1;
        while reach < rest.len() && rest[reach - 1] < i {
            reach *= 2;
        }
        let at = rest[..reach.min(rest.len())].partition_point(|&x| x < i);
        rest = &rest[at..];
        rest.first() == Some(&i)
    }
}

/// Put `items` in the order `order` gives (`order[k]`: which item goes to place `k`, each
/// once), following each cycle of the permutation with swaps, without a second vector.
fn put_in_order<T>(items: &mut [T], mut order: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..items.len() {
        let mut k = start;
        while order[k] != DONE {
            let from = std::mem::replace(&mut order[k], DONE);
            if from != start {
                // Place `k` takes its item; the cycle's first item moves on to `from`.
                items.swap(k, from);
            }
            k = from;
        }
    }
}

/// The merge of [`cluster_guided`] over sorted items (`given[k]`: where sorted item `k` was
/// given, read only with a guide): the events are built in place, and their number is returned
/// (the first that many slots hold them).
fn join_in_place<M: MentionView>(items: &mut [Event<M>], same_article: bool, capitals: &Capitals, given: &[usize], mut guide: Option<&mut dyn Guide>) -> usize {
    // The events are built in place, in the items' own vector: after `n` items there are at
    // most `n` events, so event `k` is stored where item `k` was, and no second vector of the
    // corpus's events is ever allocated.
    let mut n_events = 0;
    let mut person_ids: HashMap<Id, usize, FxBuild> = HashMap::default();
    let mut by_person: HashMap<(EventType, usize), Listed, FxBuild> = HashMap::default();
    let mut by_person_span: HashMap<(EventType, usize, Span), Listed, FxBuild> = HashMap::default();
    // The same, split: events dated to one day, and the other events within a month.
    let mut by_person_day: HashMap<(EventType, usize, NaiveDate), Listed, FxBuild> = HashMap::default();
    let mut by_person_period: HashMap<(EventType, usize, Span), Listed, FxBuild> = HashMap::default();
    let mut by_day: HashMap<(EventType, NaiveDate), Listed, FxBuild> = HashMap::default();
    let mut by_family: HashMap<EventType, Listed, FxBuild> = HashMap::default();
    // Events dated to a day, by their month: what a report naming nobody, dated to that month
    // and telling a subject (or, for talks and visits, a place), may be (see `fit`).
    let mut days_by_month: HashMap<(EventType, Span), Listed, FxBuild> = HashMap::default();
    // Events dated to a period rather than a day (a month, a week, a year), by that period at
    // its grain: what a report naming nobody, dated to the same period and telling a subject,
    // may be ("earlier this month … a cyber agreement", « conclu plus tôt ce mois-ci »): no
    // person's list holds it, and no day of the month is told (see `fit`).
    let mut by_period: HashMap<(EventType, DateValue), Listed, FxBuild> = HashMap::default();
    const EMPTY: &[usize] = &[];
    for next in 0..items.len() {
        let item = std::mem::replace(&mut items[next], Event::new_empty(EventType::Other));
        let events = &mut items[..n_events];
        let family = item.event_type.family();
        let best = 'search: {
            // (Room for the lists of two people on a visit's days around: grown from nothing,
            // the vector was reallocated several times for most items.)
            let mut lists: Vec<&[usize]> = Vec::with_capacity(16);
            let span = span_of(item.date);
            // Talks of two people or more dated to a day may be talks of one visit told during
            // it on another of its days, by this report or by one merged before it (see
            // `fit::talks_of_one_visit`): the days of the visit around are looked at either way.
            let talks_of_two = family == EventType::Meeting && item.people().len() >= 2;
            for p in &item.people() {
                let Some(&pid) = person_ids.get(p) else { continue };
                let visit_day = family == EventType::Visit && item.date.is_some_and(|d| d.grain == Grain::Day);
                // A summit's reports across articles may give either of its days (see `fit`).
                let days_around = if visit_day || talks_of_two {
                    VISIT_DAYS
                } else if family == EventType::Meeting && !same_article && a_summit_of_four(&item) {
                    MEETING_DAYS
                } else if family == EventType::Agreement && item.people().len() >= 2 {
                    // A signing dated only by its page may be the one another report dates a
                    // day or two before it (see `fit::one_signing_told_by_its_page`).
                    PAGE_LAG_DAYS
                } else {
                    0
                };
                match (span, item.date.and_then(|d| d.as_day())) {
                    (Span::Month(y, m), Some(day)) => {
                        // A day agrees with that day, with a period holding it (in its month,
                        // or wider) and, for a visit, with days (or a stay) starting close by.
                        lists.push(by_person_span.get(&(family, pid, Span::Wide)).map_or(EMPTY, Listed::as_slice));
                        lists.push(by_person_period.get(&(family, pid, span)).map_or(EMPTY, Listed::as_slice));
                        for offset in -days_around..=days_around {
                            lists.push(by_person_day.get(&(family, pid, day + Duration::days(offset))).map_or(EMPTY, Listed::as_slice));
                        }
                        if visit_day {
                            for s in neighbour_months(y, m) {
                                lists.push(by_person_period.get(&(family, pid, s)).map_or(EMPTY, Listed::as_slice));
                            }
                        }
                    }
                    (Span::Month(y, m), None) => {
                        let mut spans = vec![span, Span::Wide];
                        if visit_day {
                            spans.extend(neighbour_months(y, m));
                        }
                        for s in spans {
                            lists.push(by_person_span.get(&(family, pid, s)).map_or(EMPTY, Listed::as_slice));
                        }
                    }
                    (Span::Wide, _) => lists.push(by_person.get(&(family, pid)).map_or(EMPTY, Listed::as_slice)),
                }
            }
            if let Some(d) = item.date.filter(|d| d.grain == Grain::Day) {
                lists.push(by_day.get(&(family, d.start)).map_or(EMPTY, Listed::as_slice));
                if family == EventType::Visit && item.people().is_empty() {
                    // A delegation named by nobody, on another day of its trip (see `fit`).
                    for offset in (-VISIT_DAYS..=VISIT_DAYS).filter(|&k| k != 0) {
                        lists.push(by_day.get(&(family, d.start + Duration::days(offset))).map_or(EMPTY, Listed::as_slice));
                    }
                }
                if family == EventType::Flight && d.end.is_none() {
                    // A flight announced for a day close by (see `fit`).
                    for offset in (-FLIGHT_SLIP_DAYS..=FLIGHT_SLIP_DAYS).filter(|&k| k != 0) {
                        lists.push(by_day.get(&(family, d.start + Duration::days(offset))).map_or(EMPTY, Listed::as_slice));
                    }
                }
            }
            let told_by_subject_or_place = !item.topics().is_empty() || (!item.places().is_empty() && matches!(family, EventType::Meeting | EventType::Visit));
            // A signing told by neither a signatory nor a subject may be the signing of a day
            // in its month (see `fit`).
            let told_by_neither = family == EventType::Agreement && item.topics().is_empty();
            if item.people().is_empty() && (told_by_subject_or_place || told_by_neither) && matches!(span, Span::Month(..)) && item.date.is_some_and(|d| d.as_day().is_none()) {
                lists.push(days_by_month.get(&(family, span)).map_or(EMPTY, Listed::as_slice));
            }
            // So may a visit announced by nobody named, for such a period at a place (see
            // `fit::one_plan_for_one_place`).
            let a_plan_for_a_place = family == EventType::Visit && item.status == Status::Planned && !item.places().is_empty();
            if let Some(period) = item.date.filter(|d| d.as_day().is_none())
                && item.people().is_empty()
                && (!item.topics().is_empty() || a_plan_for_a_place)
            {
                lists.push(by_period.get(&(family, period)).map_or(EMPTY, Listed::as_slice));
            }
            if same_article || family == EventType::Flight {
                // Within one article every event of the family is a candidate (a few at most),
                // and so is every flight: a corpus reports few, and they are told apart by
                // their dates and airlines, not their people (see `fit`).
                lists.push(by_family.get(&family).map_or(EMPTY, Listed::as_slice));
            }
            // No event shares more than all the item's people, subjects and organisations, and
            // the best is of the item's own type.
            let mut ceiling: JoinScore = (item.people().len(), item.topics().len() + item.organisations().len(), true);
            let by_all_first = !same_article && span == Span::Wide && item.people().len() >= 2 && lists.len() == item.people().len();
            if let Some(choice) = guide.as_deref_mut().and_then(|g| g.decide(given[next], &lists, &|i| joins(&item, &events[i], same_article, capitals), ceiling, by_all_first))
                && choice.is_none_or(|i| i < events.len())
            {
                break 'search choice.map(|i| ((0, 0, false), std::cmp::Reverse(i)));
            }
            let mut best: Option<(JoinScore, std::cmp::Reverse<usize>)> = None;
            if by_all_first {
                // One list per person: the events in all of them share every person, and beat
                // any other that fits. Only when none of them fits are the others searched,
                // and then no candidate can share more than all but one person.
                // From the shortest list, kept where every other list has it, the lists from
                // the shortest on (the common part only shrinks, and once empty is done).
                let mut by_length: Vec<&[usize]> = lists.clone();
                by_length.sort_by_key(|l| l.len());
                let mut common: Vec<usize> = by_length.first().map_or_else(Vec::new, |l| l.to_vec());
                for l in by_length.iter().skip(1) {
                    if common.is_empty() {
                        break;
                    }
                    common.retain(&mut holds_from(l));
                }
                for &i in &common {
                    if let Some(score) = joins(&item, &events[i], same_article, capitals)
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
            if !same_article && item.date.is_none() && item.people().len() >= 2 && matches!(family, EventType::Meeting | EventType::Call) && best.is_none() {
                // Across articles an undated meeting fits a dated one only when that one has
                // all its people (the events searched just above, or none when a person is new
                // here); what else it can fit is undated or wide.
                lists = item
                    .people()
                    .iter()
                    .filter_map(|p| person_ids.get(p))
                    .map(|&pid| by_person_span.get(&(family, pid, Span::Wide)).map_or(EMPTY, Listed::as_slice))
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
                if let Some(score) = joins(&item, &events[i], same_article, capitals)
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
                let new_people: Vec<Id> = item.people().difference(&events[i].people()).cloned().collect();
                let old_date = events[i].date;
                events[i].absorb_event(item);
                (i, new_people, Some(old_date))
            }
            None => {
                let new_people = item.people().iter().cloned().collect();
                items[n_events] = item;
                n_events += 1;
                if same_article || family == EventType::Flight {
                    note(by_family.entry(family), n_events - 1);
                }
                (n_events - 1, new_people, None)
            }
        };
        if let Some(g) = guide.as_deref_mut() {
            g.decided(given[next], index, old_date.is_none());
        }
        let e = &items[index];
        let span = span_of(e.date);
        // Where the event is listed under each person for its (possibly refined) date; the
        // entries for an earlier date stay, which costs a failed comparison at most.
        let mut note_date = |pid: usize| {
            note(by_person_span.entry((family, pid, span)), index);
            match (span, e.date.and_then(|d| d.as_day())) {
                (_, Some(day)) => note(by_person_day.entry((family, pid, day)), index),
                (Span::Month(..), None) => note(by_person_period.entry((family, pid, span)), index),
                (Span::Wide, None) => {}
            }
        };
        for p in new_people {
            let next = person_ids.len();
            let pid = *person_ids.entry(p).or_insert(next);
            note(by_person.entry((family, pid)), index);
            note_date(pid);
        }
        if old_date.is_some_and(|old| old != e.date) {
            for p in &e.people() {
                note_date(person_ids[p]);
            }
        }
        let old_day = old_date.flatten().filter(|d| d.grain == Grain::Day).map(|d| d.start);
        let day = e.date.filter(|d| d.grain == Grain::Day).map(|d| d.start);
        if let Some(day) = day.filter(|&d| Some(d) != old_day) {
            note(by_day.entry((family, day)), index);
            note(days_by_month.entry((family, Span::Month(day.year(), day.month()))), index);
        }
        if let Some(period) = e.date.filter(|d| d.as_day().is_none() && old_date.flatten() != Some(*d)) {
            note(by_period.entry((family, period)), index);
        }
        // A week ("last week") is listed under the months it touches, as a day is.
        if let Some(week) = e.date.filter(|d| d.grain == Grain::Week && d.end.is_none() && old_date.flatten() != Some(*d)) {
            let (first, last) = interval(&week);
            for day in [first, last] {
                note(days_by_month.entry((family, Span::Month(day.year(), day.month()))), index);
            }
        }
    }
    n_events
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::merge::{DateKind, Mention, MentionIds, Status};

    fn event_of(file: &str) -> Event {
        Event::new(Mention {
            file: file.into(),
            line: 1,
            offset: 0,
            evidence: "".into(),
            event_type: EventType::Visit,
            rule: "".into(),
            date: None,
            date_text: "".into(),
            date_kind: DateKind::Stated,
            span_days: 0,
            published: None,
            status: Status::Occurred,
            ids: MentionIds::new(Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new()),
        })
    }

    /// Files rank in the order of their texts, whether the items come in that order (ranked as
    /// they come) or not (sorted); the same file has one rank.
    #[test]
    fn files_rank_as_their_texts_order() {
        let table: [(&[&str], &[u32]); 4] = [
            (&["a.txt", "a.txt", "b.txt", "c/d.txt", "c/d.txt"], &[0, 0, 1, 2, 2]),
            (&["c/d.txt", "a.txt", "b.txt", "a.txt"], &[2, 0, 1, 0]),
            (&["b.txt", "a.txt"], &[1, 0]),
            (&[], &[]),
        ];
        for (files, want) in table {
            let items: Vec<Event> = files.iter().map(|f| event_of(f)).collect();
            assert_eq!(file_ranks(&items), want, "{files:?}");
        }
    }

    #[test]
    fn items_are_put_in_the_order_given() {
        // Permutations with fixed points, one long cycle and several short ones.
        let orders: [&[usize]; 5] = [&[], &[0], &[2, 0, 1], &[1, 0, 3, 2, 4], &[4, 0, 1, 2, 3, 6, 5, 7]];
        for order in orders {
            let items: Vec<String> = (0..order.len()).map(|i| format!("item {i}")).collect();
            let expected: Vec<String> = order.iter().map(|&i| items[i].clone()).collect();
            let mut sorted = items.clone();
            put_in_order(&mut sorted, order.to_vec());
            assert_eq!(sorted, expected, "order {order:?}");
        }
    }
}
