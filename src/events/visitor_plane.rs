//! A visitor's plane is part of the visit, not a flight of the timeline: "the aircraft carrying
//! the minister touched down at Rabat–Salé", "حطت الطائرة التي تقل الوزير بمطار الرباط سلا",
//! "l'avion transportant le ministre s'est posé" tell how the visitor came. The flights the
//! timeline keeps are a route's or a service's: the first one, a direct or commercial flight,
//! an airline's line, an inaugural or regular one ("the first direct flight carrying the
//! delegation", "an El Al plane inaugurating the route"). Such a flight is a row, and the
//! people it carries, named after its carrying word, visit where it landed (see
//! [`carried_visitors`]). The words are data: kinds `plane`, `carrying` and `flight-service` of
//! the trigger files.

use std::ops::Range;

use super::build::AIRLINE;
use super::mention::EventMention;
use super::rules::{EventType, WordLists};
use super::welcome::phrase_at;
use crate::gazetteer::{EntityKind, Found, Gazetteer};
use crate::text::Document;

/// The flights of `out` that only carry a visitor: a flight mention whose sentence names a
/// plane (word list `plane`) that carries someone — the mention names a person or an office,
/// or the sentence tells the plane carrying (word list `carrying`) — with no word of a route or
/// service (word list `flight-service`: first, direct, commercial, line, inaugural, regular) and
/// no airline named in the sentence. Such a landing is the visitor's arrival: it is dropped
/// when the article tells a visit of someone it carries, and is that visit when the article
/// tells none ("Gantz's plane touched down in Rabat on Tuesday" alone); a plane carrying no one
/// named, by name or by office, is dropped.
pub(super) fn fold_visitor_planes(out: &mut Vec<EventMention>, doc: &Document, found: &Found, words: &WordLists, g: &Gazetteer) {
    if words.planes.is_empty() || !out.iter().any(|m| m.event_type == EventType::Flight) {
        return;
    }
    let text = doc.norm.text.as_str();
    let visitor_plane = |m: &EventMention| {
        let Some(sentence) = doc.sentences.get(m.sentence) else { return false };
        let sentence_words = sentence.words(text);
        let has = |list: &[String]| has_phrase(text, sentence_words, list);
        if !has(&words.planes) {
            return false;
        }
        let carries_someone = !m.people.is_empty() || !m.role_refs.is_empty() || has(&words.carrying);
        let service = has(&words.flight_services) || names_an_airline(&sentence.range, found, g);
        carries_someone && !service
    };
    let planes: Vec<usize> = (0..out.len()).filter(|&i| out[i].event_type == EventType::Flight && visitor_plane(&out[i])).collect();
    let mut dropped = vec![false; out.len()];
    for &i in &planes {
        let m = &out[i];
        let visit_told = out.iter().any(|v| v.event_type == EventType::Visit && !v.aside && (v.people.iter().any(|p| m.people.contains(p)) || v.role_refs.iter().any(|r| m.role_refs.contains(r))));
        if (m.people.is_empty() && m.role_refs.is_empty()) || visit_told {
            dropped[i] = true;
        } else {
            out[i].event_type = EventType::Visit;
        }
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !dropped[k - 1]
    });
    carried_visitors(out, doc, found, words);
}

/// The visits of the people a route's or a service's flight carries ("the first direct flight
/// landed in Rabat with Kushner and Ben-Shabbat on board", "وعلى متنها كوشنر وبن شبات", « avec
/// à son bord »): the flight is a row of its own, and the people named after its carrying
/// word came on it, their visit to where it landed, on its day, unless the article tells a
/// visit of theirs. Only the people after the carrying word: those before it land nowhere (the
/// airline's chief announcing it, the envoy welcoming it at the airport).
fn carried_visitors(out: &mut Vec<EventMention>, doc: &Document, found: &Found, words: &WordLists) {
    let text = doc.norm.text.as_str();
    let mut visits = Vec::new();
    for m in out.iter().filter(|m| m.event_type == EventType::Flight && !m.planned && !m.aside && !m.people.is_empty()) {
        let Some(sentence) = doc.sentences.get(m.sentence) else { continue };
        let sentence_words = sentence.words(text);
        let Some(carrying_at) = (0..sentence_words.len()).find(|&k| words.carrying.iter().any(|form| phrase_at(text, sentence_words, k, form).is_some())).map(|k| sentence_words[k].start) else { continue };
        let first = found.entities.partition_point(|e| e.range.start < carrying_at);
        let mut carried: Vec<usize> = Vec::new();
        for e in found.entities[first..].iter().take_while(|e| e.range.start < sentence.range.end) {
            if m.people.contains(&e.entity) && !carried.contains(&e.entity) {
                carried.push(e.entity);
            }
        }
        let visit_told = out.iter().any(|v| v.event_type == EventType::Visit && !v.aside && v.people.iter().any(|p| carried.contains(p)));
        if carried.is_empty() || visit_told {
            continue;
        }
        visits.push(EventMention { event_type: EventType::Visit, people: carried, organisations: Vec::new(), role_refs: Vec::new(), ..m.clone() });
    }
    out.extend(visits);
}

/// Whether an airline of the gazetteer is named in `range`.
fn names_an_airline(range: &Range<usize>, found: &Found, g: &Gazetteer) -> bool {
    let first = found.entities.partition_point(|e| e.range.start < range.start);
    found.entities[first..].iter().take_while(|e| e.range.start < range.end).any(|e| {
        let entity = &g.entities()[e.entity];
        entity.kind == EntityKind::Organisation && entity.subkind == AIRLINE
    })
}

/// Whether one of the phrases `forms` (normalised, one or more words) stands in the words of a
/// sentence, its first word with Arabic proclitics allowed ("بأول رحلة", "وعلى متنها").
pub(super) fn has_phrase(text: &str, words: &[Range<usize>], forms: &[String]) -> bool {
    forms.iter().any(|form| (0..words.len()).any(|k| phrase_at(text, words, k, form).is_some()))
}

#[cfg(test)]
mod tests {
    use super::has_phrase;
    use crate::text::lexmatch::words;

    #[test]
    fn phrases_match_whole_words_with_proclitics_on_the_first() {
        let forms: Vec<String> = ["اول رحله", "direct", "on board"].iter().map(|s| s.to_string()).collect();
        for (text, want) in [
            ("حطت الطائرة باول رحله بين البلدين", true),
            ("حطت الطائره في اول زياره", false),
            ("the first direct flight", true),
            ("directly after", false),
            ("with the minister on board", true),
            ("on boarding", false),
        ] {
            let w = words(text, 0..text.len());
            assert_eq!(has_phrase(text, &w, &forms), want, "{text}");
        }
    }
}
