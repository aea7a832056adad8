//! A welcome at the airport: "وكان في استقباله بمطار الرباط سلا عبد اللطيف وهبي", "He was
//! welcomed at Rabat-Sale airport by Farouk Belkhir", "accueilli à l'aéroport par …". A
//! reception told with an airport word (rows of kind `airport`) beside its trigger, in its
//! clause, is the visitor's arrival — a part of the visit, not talks of its own. One rule for
//! every language: the Arabic build and the Latin readings call the same functions.

use super::mention::EventMention;
use super::rules::{EventType, WordLists};
use crate::text::lexmatch::WordList;
use crate::gazetteer::Gazetteer;
use crate::text::Document;
use crate::text::lexmatch::{is_form_with_proclitics, word_iter};

/// Words on each side of a reception's trigger, in its clause, within which an airport word
/// makes it a welcome on landing ("was received at the airport by", "في استقبال المسؤول
/// الإسرائيلي بمطار").
const AIRPORT_REACH: usize = 8;

/// Whether the meeting trigger of `m` is a welcome at an airport: an airport word (`airports`,
/// normalised) within [`AIRPORT_REACH`] words of it, in its clause (a Latin comma, semicolon or
/// colon closes one, except before a clause opened by "where" (word list `place-relative`); an
/// Arabic comma only sets a date or a title apart: "وكان في استقبال غانتس، أمس بمطار الرباط
/// سلا، لوديي"), or a welcome phrase right before it ("وكان في استقبال الوزيرة، لدى وصولها، …":
/// who "was at her reception" welcomed her on arrival, wherever it was; word list `welcome`).
pub(crate) fn welcome_at_airport(doc: &Document, m: &EventMention, words: &WordLists) -> bool {
    if m.event_type != EventType::Meeting || m.aside || m.planned {
        return false;
    }
    let text = doc.norm.text.as_str();
    let Some(sentence) = doc.sentences.get(m.sentence) else { return false };
    let airports = &words.airports;
    let told_before = text[sentence.range.start..m.trigger.start].trim_end();
    let welcome_phrase = words.welcomes.iter().any(|w| told_before.strip_suffix(w.as_str()).is_some_and(|head| head.chars().next_back().is_none_or(|c| !c.is_alphanumeric())));
    if welcome_phrase {
        return true;
    }
    let breaks = |c: char| matches!(c, ',' | ';' | ':');
    let head = &text[sentence.range.start..m.trigger.start];
    let clause_start = |end: usize| head[..end].char_indices().rev().find(|&(_, c)| breaks(c)).map_or(0, |(i, c)| i + c.len_utf8());
    let mut before = clause_start(head.len());
    // "landed at Rabat-Sale airport, where she was welcomed by": a clause opened by "where"
    // tells what happened at the place the clause before it names, so that clause counts too.
    let opens_with_where = word_iter(head, before..head.len()).next().is_some_and(|w| {
        let first = &head[w];
        words.place_relatives.has(first)
    });
    if opens_with_where && before > 0 {
        before = clause_start(before - 1);
    }
    let before = sentence.range.start + before;
    let after = text[m.trigger.end..sentence.range.end].find(breaks).map_or(sentence.range.end, |i| m.trigger.end + i);
    let airport = |w: &std::ops::Range<usize>| {
        let w = &text[w.clone()];
        airports.has_with_proclitics(w)
    };
    word_iter(text, before..m.trigger.start).rev().take(AIRPORT_REACH).any(|w| airport(&w)) || word_iter(text, m.trigger.end..after).take(AIRPORT_REACH).any(|w| airport(&w))
}

/// Where the phrase `form` (normalised, one or more words) ends when it stands at word `k` of
/// `words`, its first word with the proclitics [`is_form_with_proclitics`] allows ("بالعاصمة",
/// "بأول رحلة", "وعلى متنها"), the others as they are.
pub(crate) fn phrase_at(text: &str, words: &[std::ops::Range<usize>], k: usize, form: &str) -> Option<usize> {
    let mut parts = form.split_whitespace();
    let head = parts.next()?;
    let first = &text[words.get(k)?.clone()];
    if !(is_form_with_proclitics(first, head) || first == head) {
        return None;
    }
    let mut end = words[k].end;
    for (j, part) in parts.enumerate() {
        let next = words.get(k + 1 + j)?;
        if text[next.clone()] != *part {
            return None;
        }
        end = next.end;
    }
    Some(end)
}

/// What every word that opens the phrase `form` at [`phrase_at`] ends with: its first word less
/// its article (each reading of [`is_form_with_proclitics`] ends so, and so does the word
/// itself). A caller trying a phrase at every word of a sentence tells most words apart by it,
/// without splitting the phrase again at each.
pub(crate) fn phrase_opening_end(form: &str) -> &str {
    let head = form.split_whitespace().next().unwrap_or("");
    head.strip_prefix("ال").unwrap_or(head)
}

/// Fold the welcomes at an airport among `out[from..]` that `which` selects into their visit:
/// the visit told in the welcome's sentence or the two before — one that names a person the
/// welcome names, else the nearest (a welcome often names only its host: "وكان في استقباله …
/// وهبي") — else the last visit the article told before, further up (a paragraph on the visit's
/// context may stand between the arrival and its welcome). That visit takes the welcome's
/// names after its own (the welcomers are its hosts, not visitors) and, when undated, its
/// date. With no visit told, the welcome tells the arrival: it is the visit, its welcomers
/// listed after its visitors ([`welcomers_after_visitors`]), in every language and word order
/// ("X was welcomed at Rabat-Salé airport by Y", "Y a accueilli X à l'aéroport").
pub(crate) fn airport_welcome_is_the_visit(out: &mut Vec<EventMention>, from: usize, doc: &Document, words: &WordLists, g: &Gazetteer, which: &dyn Fn(&EventMention) -> bool) {
    let mut i = from;
    while i < out.len() {
        let m = &out[i];
        if !which(m) || !welcome_at_airport(doc, m, words) {
            i += 1;
            continue;
        }
        let told_before = |v: &EventMention| v.event_type == EventType::Visit && !v.planned && !v.aside && v.sentence <= m.sentence;
        let told = |v: &EventMention| told_before(v) && m.sentence - v.sentence <= 2;
        let sharing = out.iter().rposition(|v| told(v) && v.people.iter().any(|p| m.people.contains(p)));
        let visit = sharing.or_else(|| out.iter().rposition(told)).or_else(|| out.iter().rposition(|v| told_before(v) && !v.people.is_empty()));
        match visit {
            Some(v) => {
                let mut welcome = out.remove(i);
                let v = if v > i { v - 1 } else { v };
                if out[v].date.is_none() {
                    out[v].date = welcome.date;
                    out[v].on_publication_day &= out[v].date.is_none();
                }
                // "وكان في استقبال الطائرة … رئيس مكتب الاتصال": whoever a welcome of a plane, a
                // delegation or "him" names welcomed; a visit that names no visitor of its own
                // (a delegation of businessmen) does not make its host one.
                let visitor_told = !out[v].people.is_empty() || !out[v].role_refs.is_empty();
                if !visitor_told && welcomes_no_one_named(doc, &welcome, words) {
                    welcome.people.clear();
                    welcome.role_refs.clear();
                }
                out[v].take_names(welcome);
            }
            None => {
                // "Passengers were welcomed at the airport by Israel's envoy": a welcome of no
                // one named, with no visit told, names only its hosts; a flight told just
                // before brought whom it welcomed and is the row, else it is a visit of no one
                // named (a welcomer is no visitor, whatever his country).
                if welcomes_no_one_named(doc, &out[i], words) {
                    let sentence = out[i].sentence;
                    if out.iter().any(|f| f.event_type == EventType::Flight && !f.planned && f.sentence <= sentence && sentence - f.sentence <= 2) {
                        out.remove(i);
                        continue;
                    }
                    out[i].people.clear();
                    out[i].role_refs.clear();
                } else {
                    welcomers_after_visitors(&mut out[i], g);
                }
                out[i].event_type = EventType::Visit;
                i += 1;
            }
        }
    }
}

/// Whether the welcome `m` welcomes no one it names: its trigger carries its object as a
/// pronoun (word list `welcomed-pronoun`: "في استقباله", "في استقبالها"), or the words after it
/// are a plane, a flight or a delegation (word list `welcomed-group`: "في استقبال الطائرة", "في
/// استقبال الوفد", « a accueilli les passagers »), or, told in the passive with its agent after
/// it (word list `agent`: "were welcomed at the airport by"), its sentence opens with one
/// ("Passengers were greeted … and were welcomed at the airport by Israel's envoy"). Then
/// everyone it names is a host.
fn welcomes_no_one_named(doc: &Document, m: &EventMention, words: &WordLists) -> bool {
    let text = doc.norm.text.as_str();
    let trigger = &text[m.trigger.clone()];
    let last_word = trigger.rsplit(' ').next().unwrap_or(trigger);
    let pronoun = words.welcomed_pronouns.has_with_proclitics(last_word);
    let Some(sentence) = doc.sentences.get(m.sentence) else { return pronoun };
    let sentence_words = sentence.words(text);
    let group_at = |k: usize| words.welcomed_groups.iter().any(|g| phrase_at(text, sentence_words, k, g).is_some());
    let after = sentence_words.partition_point(|w| w.start < m.trigger.end);
    let object = after < sentence_words.len() && group_at(after);
    let passive = sentence_words[after..].iter().any(|w| words.agents.has(&text[w.clone()]));
    pronoun || object || (passive && !sentence_words.is_empty() && group_at(0))
}

/// "وكان في استقبال الوزير الإسرائيلي بمطار الرباط سلا رئيس مجلس النواب", "Ryad Mezzour a
/// accueilli Orna Barbivai à l'aéroport de Rabat-Salé": a welcome at the airport that is the
/// visit itself (no visit told) names the visitor and who welcomed him; the people of the
/// country of its place are the welcomers, listed after the visitors, and with no visitor named
/// they are left out: a welcomer is no visitor.
fn welcomers_after_visitors(m: &mut EventMention, g: &Gazetteer) {
    let Some(host) = m.places.iter().map(|&p| g.country_of(p)).find(|c| !c.is_empty()).cloned() else { return };
    let (welcomers, visitors): (Vec<usize>, Vec<usize>) = m.people.iter().partition(|&&p| *g.country_of(p) == host);
    m.people = if visitors.is_empty() { Vec::new() } else { visitors.into_iter().chain(welcomers).collect() };
}
