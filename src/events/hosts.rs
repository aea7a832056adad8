//! Who receives a visit and where it goes, in Arabic news:
//!
//! * **a delegation received** ("استقبل بوريطة وفدا إسرائيليا يقوده ألون أوشبيز"): the person
//!   named after a `led-by` word right after the delegation leads it, so is its visitor; who
//!   received or met it, named before it and of another country, is its host — the other side
//!   of the meeting, not a visitor ([`hosts_of_a_led_delegation`]);
//! * **a departure abroad** ("غادر بوريطة الرباط متوجها إلى باريس"): a visit told by its
//!   departure goes where the `heading` word points when the place left is in the traveller's
//!   own country; it is a trip there, and what the sentence tells after the destination is
//!   another event ([`departure_abroad`]).

use std::ops::Range;

use super::phrases::phrases_in;
use super::rules::{EventType, WordLists};
use super::scan::SentenceHits;
use crate::text::lexmatch::WordList;
use crate::gazetteer::{EntityKind, Found, Gazetteer};
use crate::text::lexmatch::word_iter;

/// Words after a visit's trigger within which a `led-by` word tells who leads the delegation
/// ("وفدا إسرائيليا رفيع المستوى يقوده", "وفد اقتصادي هام برئاسة").
const LED_BY_AFTER_WORDS: usize = 6;

/// Words after a `led-by` word within which the leader is named (a title first: "يقوده
/// المدير العام لوزارة الخارجية الإسرائيلية ألون أوشبيز").
const LEADER_REACH_WORDS: usize = 10;

/// People of the sentence named in `range`, in text order.
pub(super) fn people_in<'a>(found: &'a Found, g: &'a Gazetteer, range: Range<usize>) -> impl Iterator<Item = (usize, Range<usize>)> + 'a {
    let first = found.entities.partition_point(|e| e.range.start < range.start);
    found.entities[first..].iter().take_while(move |e| e.range.end <= range.end).filter(|e| g.entities()[e.entity].kind == EntityKind::Person).map(|e| (e.entity, e.range.clone()))
}

/// The hosts of a delegation a reception or talks take in ("استقبل وزير الخارجية ناصر بوريطة،
/// اليوم، وفدا إسرائيليا يقوده …"): with a `led-by` word within [`LED_BY_AFTER_WORDS`] words
/// after the visit's trigger at `visit` and a person named within [`LEADER_REACH_WORDS`] words
/// after it (the leader), and a meeting trigger before the visit in its sentence, the people
/// named before the visit's trigger who are of another country than the leader. None when no
/// one leads by name, or the delegation is nobody's guest in the sentence ("وفد يقوده X حل
/// بالرباط": X's visit, no host).
pub(super) fn hosts_of_a_led_delegation(text: &str, sentence: &Range<usize>, visit: &Range<usize>, hits: &SentenceHits, found: &Found, g: &Gazetteer, words: &WordLists) -> Vec<usize> {
    let received = hits.events.iter().any(|e| e.2.family() == EventType::Meeting && e.0.end <= visit.start && e.0.start >= sentence.start);
    if !received {
        return Vec::new();
    }
    // A `led-by` phrase opening one of the first words after the trigger; where it ends.
    let near = word_iter(text, visit.end..sentence.end).take(LED_BY_AFTER_WORDS).last().map_or(visit.end, |w| w.end);
    let Some(led) = phrases_in(text, visit.end..sentence.end, &words.leads).filter(|p| p.start < near).min_by_key(|p| p.start).map(|p| p.end) else {
        return Vec::new();
    };
    let reach = word_iter(text, led..sentence.end).take(LEADER_REACH_WORDS).last().map_or(led, |w| w.end);
    let Some((leader, _)) = people_in(found, g, led..reach).next() else { return Vec::new() };
    let leader_country = g.country_of(leader);
    let mut hosts: Vec<usize> = people_in(found, g, sentence.start..visit.start).map(|(p, _)| p).filter(|&p| !g.country_of(p).is_empty() && g.country_of(p) != leader_country).collect();
    hosts.dedup();
    hosts
}

/// Where a visit told by its departure goes, when the place left is the traveller's own
/// country's ("وغادر بوريطة الرباط، اليوم، متوجها إلى باريس"): the first place named within
/// [`DESTINATION_REACH_WORDS`] words after a `heading` word in the departure's scope. Returns
/// the range of that destination's name, and the places of the traveller's country left
/// behind (named between the trigger and the heading word), which are not the visit's;
/// `None` when the trip is no departure abroad — a visitor leaving the country he visited
/// ("وغادر غانتس الرباط متوجها إلى تل أبيب": his visit to Rabat ended), or no heading named.
pub(super) fn departure_abroad(text: &str, trigger: &Range<usize>, scope: &Range<usize>, found: &Found, g: &Gazetteer, words: &WordLists) -> Option<(Range<usize>, Vec<usize>)> {
    let heading = word_iter(text, trigger.end..scope.end).find(|w| words.headings.has(&text[w.clone()]))?;
    let first = found.entities.partition_point(|e| e.range.start < scope.start);
    let named = &found.entities[first..found.entities.partition_point(|e| e.range.start < scope.end)];
    let traveller = named.iter().filter(|e| e.range.end <= heading.start).map(|e| e.entity).find(|&p| g.entities()[p].kind == EntityKind::Person && !g.country_of(p).is_empty())?;
    let home = g.country_of(traveller);
    let place = |e: usize| g.entities()[e].kind == EntityKind::Place;
    let reach = word_iter(text, heading.end..scope.end).take(DESTINATION_REACH_WORDS).last().map_or(heading.end, |w| w.end);
    let destination = named.iter().find(|e| e.range.start >= heading.end && e.range.end <= reach && place(e.entity))?;
    let left: Vec<usize> = named.iter().filter(|e| e.range.start >= trigger.end && e.range.end <= heading.start && place(e.entity)).map(|e| e.entity).collect();
    let abroad = g.country_of(destination.entity) != home && !left.is_empty() && left.iter().all(|&p| g.country_of(p) == home);
    abroad.then(|| (destination.range.clone(), left))
}

/// Words after a `heading` word within which the destination is named ("متوجها على متن طائرة
/// خاصة إلى باريس").
const DESTINATION_REACH_WORDS: usize = 6;
