//! A visitor's plane is part of the visit, not a flight of the timeline: "the aircraft carrying
//! the minister touched down at Rabat–Salé", "حطت الطائرة التي تقل الوزير بمطار الرباط سلا",
//! "l'avion transportant le ministre s'est posé" tell how the visitor came. The flights the
//! timeline keeps are a route's or a service's: the first one, a direct or commercial flight,
//! an airline's line, an inaugural or regular one ("the first direct flight carrying the
//! delegation", "an El Al plane inaugurating the route"). Such a flight is a row, and the
//! people it carries, named after its carrying word, visit where it landed (see
//! [`carried_visitors`]). An arrival whose subject is a plane or a flight and no one ("An El
//! Al jet touched down in Marrakesh", "the first direct flight landed in Casablanca with the
//! minister on board") is that flight's landing ([`planes_that_landed`]); a flight told as the
//! way a visitor came ("arrived in Rabat on a direct El Al flight", "على متن رحلة مباشرة") is
//! the visit's, a row only when it is news of its own, the first or an inaugural one
//! ([`flights_that_brought_a_visitor`]). The words are data: kinds `plane`, `carrying`,
//! `flight-service`, `flight-news` and `flight-means` of the trigger files.

use std::ops::Range;

use super::hosts::people_in;
use super::mention::{DateHow, DateLink, EventMention};
use super::rules::{EventType, RuleKind, TriggerRules, TriggerTense, WordLists, latin_trigger};
use super::welcome::{phrase_at, phrase_opening_end};
use crate::merge::ARRIVAL_RULE_MARK;
use crate::gazetteer::{EntityKind, Found, Gazetteer};
use crate::text::Document;

/// The flights of `out` that only carry a visitor: a flight mention told by a landing verb of
/// someone it names ("هبطت في المغرب", his tweet on arrival), or whose sentence names a
/// plane (word list `plane`) that carries someone — the mention names a person or an office,
/// or the sentence tells the plane carrying (word list `carrying`) — with no word of a route or
/// service (word list `flight-service`: first, direct, commercial, line, inaugural, regular) and
/// no airline named in the sentence. Such a landing is the visitor's arrival: it is dropped
/// when the article tells a visit of someone it carries, and is that visit when the article
/// tells none ("Gantz's plane touched down in Rabat on Tuesday" alone); a plane carrying no one
/// named, by name or by office, is dropped.
pub(super) fn fold_visitor_planes(out: &mut Vec<EventMention>, doc: &Document, found: &Found, dates: &[Range<usize>], rules: &TriggerRules, g: &Gazetteer) {
    let words = &rules.words;
    let carriers_trips = planes_that_landed(out, doc, found, dates, rules, g);
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !carriers_trips.contains(&(k - 1))
    });
    fold_flight_nouns_into_landings(out, rules);
    passengers_named_next(out, doc, found, g, words);
    carried_delegation(out, doc, words);
    if words.planes.is_empty() || !out.iter().any(|m| m.event_type == EventType::Flight) {
        return;
    }
    flights_that_brought_a_visitor(out, doc, words);
    let text = doc.norm.text.as_str();
    let visitor_plane = |m: &EventMention| {
        let Some(sentence) = doc.sentences.get(m.sentence) else { return false };
        let sentence_words = sentence.words(text);
        let has = |list: &[String]| has_phrase(text, sentence_words, list);
        // "وكتب لابيد لدى وصوله: هبطت في المغرب": a landing verb told of someone, with no
        // plane named, is his own arrival, as his plane's is.
        let landing_verb = matches!(rules.rules.get(m.rule).map(|r| &r.kind), Some(RuleKind::Event(_, tense)) if *tense != TriggerTense::Noun);
        let someone_landed = landing_verb && (!m.people.is_empty() || !m.role_refs.is_empty());
        if !someone_landed && !has(&words.planes) {
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
        let visit_of_theirs = |v: &EventMention| v.event_type == EventType::Visit && !v.aside && (v.people.iter().any(|p| m.people.contains(p)) || v.role_refs.iter().any(|r| m.role_refs.contains(r)));
        let visit_told = out.iter().any(visit_of_theirs);
        if (m.people.is_empty() && m.role_refs.is_empty()) || visit_told {
            dropped[i] = true;
            // "وكانت الوزيرة قد حطت بالرباط الأحد، على رأس وفد …، في زيارة تدوم ثلاثة أيام":
            // the landing's day is the day the visit of its sentence, told by a noun in
            // another clause, began.
            if let Some(date) = m.date.clone() {
                let (sentence, shift) = (m.sentence, m.shift);
                let undated: Vec<usize> = (0..out.len()).filter(|&k| out[k].sentence == sentence && out[k].date.is_none() && visit_of_theirs(&out[k])).collect();
                for k in undated {
                    out[k].date = Some(date.clone());
                    out[k].shift = shift;
                }
            }
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
        let carrying = (0..sentence_words.len()).find_map(|k| words.carrying.iter().find_map(|form| phrase_at(text, sentence_words, k, form)).map(|end| (sentence_words[k].start, end)));
        let named_in = |span: &Range<usize>| found.starting_in(span).iter().map(|e| e.entity).collect::<Vec<usize>>();
        let carried: Vec<usize> = match carrying {
            Some((carrying_at, carrying_end)) => {
                // "with the minister on board": a carrying word that closes its clause follows
                // whom the flight carried, named between the flight's verb and it.
                let closes_clause = text[carrying_end..sentence.range.end].trim_start().chars().next().is_none_or(|c| crate::text::clause::CLAUSE_BREAKS_OF_EITHER_SCRIPT.contains(&c));
                let carried_span = if closes_clause && m.trigger.end <= carrying_at { m.trigger.end..carrying_at } else { carrying_at..sentence.range.end };
                let named = named_in(&carried_span);
                let mut carried: Vec<usize> = Vec::new();
                for e in named {
                    if m.people.contains(&e) && !carried.contains(&e) {
                        carried.push(e);
                    }
                }
                carried
            }
            // The passengers the sentence after it names (see `passengers_named_next`): the
            // flight's people its own sentence does not name.
            None => {
                let named = named_in(&sentence.range);
                m.people.iter().copied().filter(|p| !named.contains(p)).collect()
            }
        };
        let visit_told = out.iter().any(|v| v.event_type == EventType::Visit && !v.aside && v.people.iter().any(|p| carried.contains(p)));
        if carried.is_empty() || visit_told {
            continue;
        }
        visits.push(EventMention { event_type: EventType::Visit, people: carried, organisations: Vec::new(), role_refs: Vec::new(), ..m.clone() });
    }
    out.extend(visits);
}

/// The passengers of a flight named in the sentence right after it: "هبطت اليوم … طائرة تابعة
/// لشركة العال قادمة من تل أبيب." then "وكان على متن الطائرة X و Y", "An El Al jet landed in
/// Rabat on Tuesday. On board were X and Y", « Le premier vol s'est posé à Rabat. À bord se
/// trouvaient X et Y ». A flight mention that names no one (by name or office) takes the people
/// of the next sentence when that sentence opens with an on-board word (word list `on-board`,
/// within [`ON_BOARD_OPENING_WORDS`] words): those named before its first event (the
/// passengers' talks or audience told after them are events of their own). A flight that
/// already names someone keeps its own (who is on board is told once). Only people by name:
/// an office without a name is resolved from a trigger's scope, which the next sentence is not.
/// The flight then carries them as if its sentence had named them: a visitor's plane folds into
/// their visit, a service's flight keeps them as its people; an undated visit the passengers'
/// sentence tells of them (their delegation) is their trip on it.
fn passengers_named_next(out: &mut [EventMention], doc: &Document, found: &Found, g: &Gazetteer, words: &WordLists) {
    if words.on_board.is_empty() {
        return;
    }
    let text = doc.norm.text.as_str();
    for i in 0..out.len() {
        let m = &out[i];
        if m.event_type != EventType::Flight || m.planned || m.aside || !m.people.is_empty() || !m.role_refs.is_empty() {
            continue;
        }
        let next = m.sentence + 1;
        let Some(sentence) = doc.sentences.get(next) else { continue };
        let sentence_words = sentence.words(text);
        let opening = &sentence_words[..sentence_words.len().min(ON_BOARD_OPENING_WORDS)];
        let opens_on_board = (0..opening.len()).any(|k| words.on_board.iter().any(|form| phrase_at(text, sentence_words, k, form).is_some()));
        if !opens_on_board {
            continue;
        }
        let first_event = out.iter().filter(|o| o.sentence == next).map(|o| o.trigger.start).min().unwrap_or(sentence.range.end);
        let mut passengers: Vec<usize> = Vec::new();
        for (p, _) in people_in(found, g, sentence.range.start..first_event) {
            if !passengers.contains(&p) {
                passengers.push(p);
            }
        }
        // "وكان على متن الطائرة X و Y، على رأس وفد …": the delegation the passengers' sentence
        // tells is their trip on that flight: its day, and where it landed when it names no
        // place of its own.
        let flight = out[i].clone();
        for visit in out.iter_mut().filter(|v| v.sentence == next && v.event_type.family() == EventType::Visit && v.date.is_none() && !v.planned && !v.aside && v.people.iter().all(|p| passengers.contains(p))) {
            visit.date = flight.date.map(|d| DateLink { date: d.date, how: DateHow::Carried });
            if visit.places.is_empty() {
                visit.places = flight.places.clone();
                visit.countries.extend(flight.countries.iter().cloned());
                visit.countries.sort();
                visit.countries.dedup();
            }
        }
        out[i].people = passengers;
    }
}

/// The delegation a dated flight carries: "حطت … بعد زوال أمس الثلاثاء طائرة تابعة لشركة
/// العال …، وعلى متنها وفد أمريكي إسرائيلي", "An El Al jet landed in Rabat on Tuesday carrying
/// a delegation", « Un avion d'El Al s'est posé mardi à Rabat avec à son bord une délégation ».
/// An undated visit told after the flight's carrying word (word list `carrying`) in its
/// sentence is the delegation's trip on that flight: the flight's day and, when it names no
/// place, where the flight landed. Its heads are often named in the next sentence by the
/// delegation's definite noun (word list `delegation`: "ويقود الوفد جاريد كوشنر …", "The
/// delegation is led by …"): that sentence's undated visit is the same trip, on the same day.
fn carried_delegation(out: &mut [EventMention], doc: &Document, words: &WordLists) {
    if words.carrying.is_empty() {
        return;
    }
    let text = doc.norm.text.as_str();
    for i in 0..out.len() {
        let flight = &out[i];
        if flight.event_type != EventType::Flight || flight.planned || flight.aside || flight.date.is_none() {
            continue;
        }
        let Some(sentence) = doc.sentences.get(flight.sentence) else { continue };
        let sentence_words = sentence.words(text);
        let carrying_end = (0..sentence_words.len()).filter(|&k| sentence_words[k].start >= flight.trigger.end).find_map(|k| words.carrying.iter().find_map(|form| phrase_at(text, sentence_words, k, form)));
        let Some(carrying_end) = carrying_end else { continue };
        let (date, places, countries, told_in) = (flight.date.map(|d| DateLink { date: d.date, how: DateHow::Carried }), flight.places.clone(), flight.countries.clone(), flight.sentence);
        let undated_visit = |v: &EventMention| v.event_type.family() == EventType::Visit && v.date.is_none() && !v.planned && !v.aside;
        let mut carried = false;
        for visit in out.iter_mut().filter(|v| v.sentence == told_in && v.trigger.start >= carrying_end && undated_visit(v)) {
            visit.date = date;
            if visit.places.is_empty() {
                visit.places = places.clone();
                visit.countries.extend(countries.iter().cloned());
                visit.countries.sort();
                visit.countries.dedup();
            }
            carried = true;
        }
        let Some(next) = doc.sentences.get(told_in + 1).filter(|_| carried) else { continue };
        let next_words = next.words(text);
        let by_its_noun = |v: &EventMention| {
            // The noun is the trigger's word, or ends there after its article ("the delegation").
            let at = next_words.partition_point(|w| w.start < v.trigger.start);
            let told_at = |k: usize| words.delegations.iter().any(|d| phrase_at(text, next_words, k, d).is_some_and(|end| end >= v.trigger.end));
            next_words.get(at).is_some_and(|w| w.start == v.trigger.start) && (told_at(at) || at.checked_sub(1).is_some_and(told_at))
        };
        for visit in out.iter_mut().filter(|v| v.sentence == told_in + 1 && undated_visit(v) && !v.people.is_empty() && by_its_noun(v)) {
            visit.date = date;
        }
    }
}

/// Words at the start of a sentence within which an on-board word opens it ("وكان على متن
/// الطائرة", "Among the passengers were", "On board the plane were").
const ON_BOARD_OPENING_WORDS: usize = 4;

/// Arrivals whose subject is a plane or a flight and no one ("An El Al jet touched down in
/// Marrakesh", "Two Israeli airliners touched down", "The first direct Royal Air Maroc flight
/// landed in Casablanca with the minister on board"): a visit needs a visitor. A visit mention
/// of an arrival rule (id holding [`ARRIVAL_RULE_MARK`]) whose clause before its trigger names
/// a plane (word list `plane`, or its maker, `plane-maker`: "its Airbus A320 landed"), the flight itself (`flight-word`), a first or inaugural flight
/// (`flight-news`) or an airline, and no person, is the flight's landing: a flight mention,
/// whose carried people visit where it landed ([`carried_visitors`]) and which
/// [`fold_visitor_planes`] folds into the visit when it is only a visitor's plane. Another
/// visit verb told of such a subject, with no one in the mention, is a carrier's service, no
/// one's trip ("Israeli carriers Israir and El Al have flown to Marrakech since July"): a
/// flight when the sentence tells it as news (`flight-news`: "flew to Marrakesh for the first
/// time"), else no event; their indices are returned, for the caller to drop.
///
/// The subject is found past an apposition: a verb right after a comma ("Un second appareil,
/// affrété par El Al, s'est posé") has its subject in the clause before the one between the
/// commas. A subject that opens with the aircraft ("The flight departed Casablanca Mohammed V
/// … and landed") is the aircraft whatever names follow in it (they are where it flew). The
/// Arabic verb comes before its subject: a plane or the flight right after the verb («ووصلت
/// طائرة ثانية تابعة للعال إلى مطار مراكش») is what landed, and so is one after a time or place
/// told between the verb and it («ووصلت بعد ساعات رحلة ثانية للعال», «حطت صباح اليوم بمطار
/// مراكش طائرة»: see [`adverbs_after_verb`]); `dates` are the ranges of the article's date
/// expressions.
fn planes_that_landed(out: &mut [EventMention], doc: &Document, found: &Found, dates: &[Range<usize>], rules: &TriggerRules, g: &Gazetteer) -> Vec<usize> {
    let text = doc.norm.text.as_str();
    let words = &rules.words;
    let mut carriers_trips = Vec::new();
    for (i, m) in out.iter_mut().enumerate() {
        if m.event_type != EventType::Visit || m.aside {
            continue;
        }
        let Some(rule) = rules.rules.get(m.rule) else { continue };
        let arrival = rule.id.contains(ARRIVAL_RULE_MARK);
        let verb = matches!(rule.kind, RuleKind::Event(_, tense) if tense != TriggerTense::Noun);
        // Another visit verb is the aircraft's only when the mention names no one at all.
        if !arrival && !(verb && m.people.is_empty() && m.role_refs.is_empty()) {
            continue;
        }
        let Some(sentence) = doc.sentences.get(m.sentence) else { continue };
        let sentence_words = sentence.words(text);
        let aircraft = |ws: &[Range<usize>]| has_phrase(text, ws, &words.planes) || has_phrase(text, ws, &words.plane_makers) || has_phrase(text, ws, &words.flight_words) || has_phrase(text, ws, &words.flight_news);
        // The Arabic order: the verb, then the aircraft ("وحطت الطائرة", "ووصلت طائرة ثانية"),
        // a time or a place told between them read past.
        let after = sentence_words.partition_point(|w| w.start < m.trigger.end);
        let after = after + adverbs_after_verb(text, &sentence_words[after..], dates, found, g, &words.prepositions);
        let right_after = &sentence_words[after..(after + 1).min(sentence_words.len())];
        let arabic = !latin_trigger(text, &m.trigger);
        if arabic && !right_after.is_empty() && aircraft(right_after) {
            m.event_type = EventType::Flight;
            continue;
        }
        // (No apposition before an Arabic verb: what stands before it is no subject, «بالتزامن
        // مع إقلاع أول رحلة لطيران الخليج، الناقل الرسمي للبحرين، حل الوزير …».)
        let clause_start = subject_clause_start(text, sentence.range.start, m.trigger.start, !arabic);
        let subject = clause_start..m.trigger.start;
        if subject.is_empty() {
            continue;
        }
        let subject_words = &sentence_words[sentence_words.partition_point(|w| w.start < clause_start)..sentence_words.partition_point(|w| w.start < m.trigger.start)];
        let head = &subject_words[..subject_words.len().min(SUBJECT_HEAD_WORDS)];
        let opens_with_aircraft = aircraft(head) && head.last().is_none_or(|last| people_in(found, g, subject.start..last.end).next().is_none());
        // Most arrivals are told of someone named before the verb: no word scan for them.
        if !opens_with_aircraft && people_in(found, g, subject.clone()).next().is_some() {
            continue;
        }
        if opens_with_aircraft || names_an_airline(&subject, found, g) || aircraft(subject_words) {
            if arrival || has_phrase(text, sentence_words, &words.flight_news) {
                m.event_type = EventType::Flight;
            } else {
                carriers_trips.push(i);
            }
        }
    }
    carriers_trips
}

/// How many of `words` (those right after an Arabic arrival verb) tell when or where, before
/// the verb's subject: the words of a date expression («بعد ساعات», «صباح اليوم», «مساء
/// الأحد», «أمس»: `dates`) and of a place the gazetteer knows, with its preposition before
/// it («إلى مطار مراكش», «في الرباط», «بمطار بن غوريون»: `prepositions`, the ب glued).
/// The Arabic verb comes before its subject, and such an adverb often stands between them
/// («ووصلت بعد ساعات رحلة ثانية لشركة العال إلى المطار نفسه»).
fn adverbs_after_verb(text: &str, words: &[Range<usize>], dates: &[Range<usize>], found: &Found, g: &Gazetteer, prepositions: &[String]) -> usize {
    let in_a_date = |w: &Range<usize>| dates.iter().any(|d| d.start < w.end && w.start < d.end);
    let in_a_place = |w: &Range<usize>| {
        let first = found.entities.partition_point(|e| e.range.end <= w.start);
        found.entities[first..].iter().take_while(|e| e.range.start < w.end).any(|e| g.entities()[e.entity].kind == EntityKind::Place)
    };
    let mut k = 0;
    while let Some(w) = words.get(k) {
        if in_a_date(w) || in_a_place(w) {
            k += 1;
        } else if prepositions.iter().any(|p| p == &text[w.clone()]) && words.get(k + 1).is_some_and(|next| in_a_place(next)) {
            k += 2;
        } else {
            break;
        }
    }
    k
}

/// A flight told in one sentence by its noun and by its landing ("Un avion d'Israir a atterri
/// dimanche à Marrakech, inaugurant les premiers vols directs", «حطت اليوم طائرة … في أول رحلة
/// مباشرة», "The first direct flight landed in Rabat on Tuesday"): one flight, told once. The
/// landing ([`planes_that_landed`], an arrival rule's mention made a flight) is dated by the
/// landing's day, the noun of its clause after it often by nothing: the noun's names join the
/// landing's mention and the noun is dropped, so the flight is one mention of the landing's
/// day. (Keeping the noun instead lost the day of the reports that date only the landing.) A
/// noun dated otherwise, or told as planned when the landing is done, is another flight.
fn fold_flight_nouns_into_landings(out: &mut Vec<EventMention>, rules: &TriggerRules) {
    let landing = |m: &EventMention| m.event_type == EventType::Flight && m.date.is_some() && rules.rules.get(m.rule).is_some_and(|r| r.id.contains(ARRIVAL_RULE_MARK));
    let noun = |m: &EventMention| m.event_type == EventType::Flight && matches!(rules.rules.get(m.rule).map(|r| &r.kind), Some(RuleKind::Event(_, TriggerTense::Noun)));
    let mut folded_into: Vec<Option<usize>> = vec![None; out.len()];
    for i in 0..out.len() {
        if !noun(&out[i]) || out[i].aside {
            continue;
        }
        let same_flight = |l: &EventMention| l.sentence == out[i].sentence && l.planned == out[i].planned && !l.aside && out[i].date.is_none_or(|d| Some(d.date) == l.date.map(|e| e.date));
        folded_into[i] = (0..out.len()).find(|&j| j != i && folded_into[j].is_none() && landing(&out[j]) && same_flight(&out[j]));
    }
    if folded_into.iter().all(Option::is_none) {
        return;
    }
    let mut nouns: Vec<(usize, EventMention)> = Vec::new();
    let mut k = 0;
    out.retain(|m| {
        k += 1;
        match folded_into[k - 1] {
            Some(into) => {
                nouns.push((into, m.clone()));
                false
            }
            None => true,
        }
    });
    // Indices into `out` moved down by the nouns dropped before them.
    let kept_before = |j: usize| j - folded_into[..j].iter().filter(|f| f.is_some()).count();
    for (into, m) in nouns {
        out[kept_before(into)].take_names(m);
    }
}

/// Words at the head of a landing's subject within which an aircraft word makes the aircraft
/// the subject ("The flight", "A second aircraft", « Un second appareil »).
const SUBJECT_HEAD_WORDS: usize = 3;

/// Where the subject of the verb at `trigger` starts: after the last clause break before it,
/// or, when no word stands between that break and the verb (the verb follows an apposition
/// between commas: "A second aircraft, chartered by El Al, landed"), at the clause before the
/// apposition, which the span keeps (an airline named in it tells the aircraft too). Only
/// `past_apposition` (a Latin verb, which follows its subject) looks past one.
fn subject_clause_start(text: &str, sentence_start: usize, trigger: usize, past_apposition: bool) -> usize {
    // The byte after the last break of `s`, if any (the Arabic comma is two bytes).
    let after_last_break = |s: &str| s.char_indices().rev().find(|(_, c)| crate::text::clause::BREAKS_WITHIN_A_SENTENCE.contains(c)).map(|(i, c)| (i, i + c.len_utf8()));
    let head = &text[sentence_start..trigger];
    let Some((last, after_last)) = after_last_break(head) else { return sentence_start };
    if !past_apposition || head[after_last..].chars().any(char::is_alphanumeric) {
        return sentence_start + after_last;
    }
    // The apposition runs back to the break before it; the subject is the clause before that.
    let Some((apposition, _)) = after_last_break(&head[..last]) else { return sentence_start };
    sentence_start + after_last_break(&head[..apposition]).map_or(0, |(_, after)| after)
}

/// The flights told as the way a visitor came: a flight mention right after a word of the way
/// one travels (word list `flight-means`: "على متن", "aboard", "on a", « à bord d'un », within
/// [`MEANS_REACH`] words before its trigger), in a sentence that tells the arrival or visit of
/// someone named before it ("وكان لابيد قد حل … على متن رحلة مباشرة لشركة العال", "arrived in
/// Rabat on a direct El Al flight"), is part of that visit, no row: unless the sentence makes
/// it news of its own (word list `flight-news`: the first flight, an inaugural one, a route
/// launched: "landed in Rabat aboard the first direct flight" is a flight row). That flight,
/// naming no one of its own, carries the visitor: the visit's people and offices are its
/// travellers ("وكان الوفد قد حط … على متن أول رحلة": the delegation told before was on board).
fn flights_that_brought_a_visitor(out: &mut Vec<EventMention>, doc: &Document, words: &WordLists) {
    if words.flight_means.is_empty() {
        return;
    }
    let text = doc.norm.text.as_str();
    // The visit whose means the flight `f` is, and whether the flight is news of its own.
    let means_of_a_visit = |f: &EventMention| -> Option<(usize, bool)> {
        if f.event_type != EventType::Flight || f.planned || f.aside {
            return None;
        }
        let sentence = doc.sentences.get(f.sentence)?;
        // The visit told nearest before it is the one it brought: "بعد أسابيع من زيارة الوفد،
        // الذي هبط في 10 فبراير على متن أول رحلة" is the delegation's landing on it, not the
        // visit before that names the sentence's subject.
        let visitor_before = out
            .iter()
            .rposition(|v| v.event_type == EventType::Visit && v.sentence == f.sentence && v.trigger.end <= f.trigger.start)
            .filter(|&v| !out[v].aside && !out[v].planned && (!out[v].people.is_empty() || !out[v].role_refs.is_empty()))?;
        let sentence_words = sentence.words(text);
        let at = sentence_words.partition_point(|w| w.start < f.trigger.start);
        let means = (at.saturating_sub(MEANS_REACH)..at).any(|k| words.flight_means.iter().any(|form| phrase_at(text, sentence_words, k, form).is_some_and(|end| end <= f.trigger.start)));
        means.then(|| (visitor_before, has_phrase(text, sentence_words, &words.flight_news)))
    };
    let brought: Vec<Option<(usize, bool)>> = out.iter().map(means_of_a_visit).collect();
    for (f, &how) in brought.iter().enumerate() {
        if let Some((visit, true)) = how
            && out[f].people.is_empty()
            && out[f].role_refs.is_empty()
        {
            let (people, role_refs) = (out[visit].people.clone(), out[visit].role_refs.clone());
            out[f].people = people;
            out[f].role_refs = role_refs;
        }
    }
    let mut brought = brought.into_iter();
    out.retain(|_| brought.next().flatten().is_none_or(|(_, news)| news));
}

/// Words before a flight's trigger within which a `flight-means` word tells it as the way
/// someone came ("on a direct El Al flight": the airline's name and the service word between).
const MEANS_REACH: usize = 6;

/// Whether an airline of the gazetteer is named in `range`.
fn names_an_airline(range: &Range<usize>, found: &Found, g: &Gazetteer) -> bool {
    found.starting_in(range).iter().any(|e| {
        let entity = &g.entities()[e.entity];
        entity.is_airline()
    })
}

/// Whether one of the phrases `forms` (normalised, one or more words) stands in the words of a
/// sentence, its first word with Arabic proclitics allowed ("بأول رحلة", "وعلى متنها").
pub(super) fn has_phrase(text: &str, words: &[Range<usize>], forms: &[String]) -> bool {
    forms.iter().any(|form| {
        let opening_end = phrase_opening_end(form);
        words.iter().enumerate().any(|(k, w)| text[w.clone()].ends_with(opening_end) && phrase_at(text, words, k, form).is_some())
    })
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
