//! The clauses of a Latin-script sentence that tell something else than the event beside
//! them: a coordinated clause with a subject of its own ("…, and Foreign Minister Lapid
//! reopened the office in August") tells its own act, date and people; the phrase of an
//! event the timeline does not record ("after a shooting attack in the city of Hadera") names
//! that event's place, not the visit's.

use std::ops::Range;

use super::Refine;
use super::status::other_trigger;
use crate::text::clause::LATIN_CLAUSE_MARKS;

use crate::text::lexmatch::Covers;
use crate::events::mention::{DateHow, DateLink, EventMention};
use crate::events::rules::{EventType, RuleKind, TriggerTense};
use crate::gazetteer::EntityKind;
use crate::text::lexmatch::word_iter;

/// Words after the conjunction within which the subject of a coordinated clause is named, past
/// its title ("and Israeli Foreign Minister Yair Lapid", "et son collègue des Affaires
/// étrangères Yair Lapid").
const SUBJECT_REACH_WORDS: usize = 7;

/// Words between the subject of a coordinated clause and its verb or, repeating none, its date
/// ("and Lapid then reopened", "et son collègue Yair Lapid, lui, en février").
const PREDICATE_REACH_WORDS: usize = 3;

/// A coordinated clause of a sentence: where its conjunction starts (the clause before ends
/// there) and where it ends (the next such clause, or the sentence's end).
struct Coordinated {
    at: usize,
    end: usize,
    /// Where its subject, a person or an office, is named.
    subject: Range<usize>,
}

/// The coordinated clauses of sentence `si`: a comma or semicolon, a `clause-and` word ("and",
/// "et", "tandis que"), then a person or an office named within [`SUBJECT_REACH_WORDS`]
/// words with no event trigger and no clause break before it: a clause with a subject of its
/// own. ("…, and signed a pact on Monday" has none: the subject is the first clause's.)
fn coordinated_clauses(cx: &Refine, si: usize) -> Vec<Coordinated> {
    let Refine { doc, found, rules, .. } = *cx;
    let text = doc.norm.text.as_str();
    let sentence = doc.sentences[si].range.clone();
    let is_trigger = |payloads: &[usize]| payloads.iter().any(|&k| matches!(rules.rules[k].kind, RuleKind::Event(..)));
    let mut clauses: Vec<Coordinated> = Vec::new();
    for and in super::phrases_in(text, sentence.clone(), &rules.words.clause_ands) {
        if !text[sentence.start..and.start].trim_end().ends_with([',', ';']) {
            continue;
        }
        let reach = word_iter(text, and.end..sentence.end).take(SUBJECT_REACH_WORDS).last().map_or(and.end, |w| w.end);
        let person = found.entities.iter().filter(|e| cx.g.entities()[e.entity].kind == EntityKind::Person).map(|e| e.range.clone());
        let office = found.roles.iter().map(|r| r.range.clone());
        let Some(subject) = person.chain(office).filter(|r| r.start >= and.end && r.end <= reach).min_by_key(|r| r.start) else { continue };
        let before = and.end..subject.start;
        let trigger_in = |r: Range<usize>| !rules.phrases.find_filtered_in(None, text, r, is_trigger).is_empty();
        if trigger_in(before.clone()) || text[before].contains(LATIN_CLAUSE_MARKS) {
            continue;
        }
        // A clause tells an act: the part before it tells one, and the clause after its
        // subject tells one or a date ("qu'Abdellatif Ouahbi, ministre de la Justice, et Gideon
        // Saar … ont signé" is two subjects of one verb).
        // Right after the subject, no clause break between: its verb ("and Lapid reopened"), or
        // its date when the clause repeats no verb ("et son collègue Yair Lapid en février";
        // "and Mezzour, the trade minister, on Monday" is an object of the verb before).
        let from = clauses.last().map_or(sentence.start, |c| c.at);
        let break_at = super::status::next_clause_break(text, subject.end, sentence.end);
        let verb_after = rules.phrases.find_filtered_in(None, text, subject.end..break_at, is_trigger).first().is_some_and(|h| word_iter(text, subject.end..h.range().start).count() <= PREDICATE_REACH_WORDS);
        let date_after = || cx.dates.iter().any(|d| d.dateline.is_none() && subject.end <= d.range.start && d.range.end <= break_at && word_iter(text, subject.end..d.range.start).count() <= PREDICATE_REACH_WORDS);
        if !trigger_in(from..and.start) || !(verb_after || date_after()) {
            continue;
        }
        if let Some(last) = clauses.last_mut() {
            last.end = and.start;
        }
        clauses.push(Coordinated { at: and.start, end: sentence.end, subject });
    }
    clauses
}

/// Whether entity `e` (a gazetteer index) is named inside `part` of sentence `sentence` and
/// nowhere else in it.
fn named_only_in(cx: &Refine, e: usize, part: &Range<usize>, sentence: &Range<usize>) -> bool {
    let named = |inside: bool| cx.found.entities.iter().any(|f| f.entity == e && sentence.covers(&f.range) && part.covers(&f.range) == inside);
    named(true) && !named(false)
}

/// Take from `m` the people, organisations and places named only in `part` of its sentence.
fn drop_names_of(m: &mut EventMention, cx: &Refine, part: &Range<usize>) {
    let sentence = cx.doc.sentences[m.sentence].range.clone();
    m.people.retain(|&p| !named_only_in(cx, p, part, &sentence));
    m.organisations.retain(|&p| !named_only_in(cx, p, part, &sentence));
    m.places.retain(|&p| !named_only_in(cx, p, part, &sentence));
}

/// The date mention of `part` (not a date line's) nearest `at`, as an event's own.
fn nearest_date_in(cx: &Refine, part: &Range<usize>, at: &Range<usize>) -> Option<DateLink> {
    cx.dates
        .iter()
        .enumerate()
        .filter(|(_, d)| d.dateline.is_none() && part.covers(&d.range))
        .min_by_key(|(_, d)| d.range.start.abs_diff(at.end).min(d.range.end.abs_diff(at.start)))
        .map(|(k, _)| DateLink { date: k, how: DateHow::Own })
}

/// The people named in `part`, in text order.
fn people_in(cx: &Refine, part: &Range<usize>) -> Vec<usize> {
    let mut people = Vec::new();
    for e in cx.found.entities.iter().filter(|e| part.covers(&e.range) && cx.g.entities()[e.entity].kind == EntityKind::Person) {
        if !people.contains(&e.entity) {
            people.push(e.entity);
        }
    }
    people
}

/// "Defense Minister Benny Gantz visited Rabat in November and signed a defence pact, and
/// Foreign Minister Yair Lapid reopened the liaison office in August", "Le ministre est venu
/// à Rabat en novembre, et son collègue Yair Lapid en février": a coordinated clause with a
/// subject of its own (see [`coordinated_clauses`]) tells another act. Each event keeps the
/// people and the date of its own clause: an event told before the clause leaves the names
/// only the clause gives and, dated by the clause, takes its own part's nearest date instead
/// (none when its part has none); an event of the clause leaves the names and the date of the
/// part before. The build told the sentence's events of one family as one mention at its
/// first trigger ("visited … reopened"): the clause's trigger of that family becomes an event
/// of its own again. A clause that repeats no verb ("et son collègue Yair Lapid en février")
/// tells the act before it again, of its subject, at its date, when the act before it was
/// dated in its own part and is an act done alone, a visit (so that "signed by Gantz, Bourita,
/// and Lapid on Monday", a list, and "met Bourita on Monday, and Mezzour on Tuesday", another
/// side, are no such clause).
pub(super) fn coordinated_clause_keeps_its_own(out: &mut Vec<EventMention>, cx: &Refine) {
    let Refine { doc, rules, .. } = *cx;
    if rules.words.clause_ands.is_empty() {
        return;
    }
    let text = doc.norm.text.as_str();
    let is_trigger = |payloads: &[usize]| payloads.iter().any(|&k| matches!(rules.rules[k].kind, RuleKind::Event(..)));
    let sentences: std::collections::BTreeSet<usize> = out.iter().filter(|m| cx.latin(m) && !m.aside).map(|m| m.sentence).collect();
    for si in sentences {
        let sentence = doc.sentences[si].range.clone();
        for clause in coordinated_clauses(cx, si) {
            let before = sentence.start..clause.at;
            let own = clause.at..clause.end;
            let in_sentence: Vec<usize> = (0..out.len()).filter(|&i| out[i].sentence == si && cx.latin(&out[i]) && !out[i].aside).collect();
            let mut added: Vec<EventMention> = Vec::new();
            for &i in &in_sentence {
                let m = &out[i];
                let dated_in = |part: &Range<usize>| m.date.filter(|d| d.how == DateHow::Own).and_then(|d| cx.dates.get(d.date)).is_some_and(|d| part.covers(&d.range));
                if m.trigger.end <= clause.at {
                    // Told before the clause: the clause's trigger of its family, told as one
                    // mention with it by the build, is another act.
                    let sibling = other_trigger(m, cx, |r| own.covers(r)).filter(|(_, r)| !out.iter().any(|o| o.trigger == *r));
                    let original = m.clone();
                    let date_from_clause = dated_in(&own);
                    let m = &mut out[i];
                    drop_names_of(m, cx, &own);
                    if date_from_clause {
                        m.date = nearest_date_in(cx, &before, &m.trigger);
                    }
                    if let Some((rule, trigger)) = sibling {
                        let mut next = original;
                        drop_names_of(&mut next, cx, &before);
                        next.planned = matches!(rules.rules[rule].kind, RuleKind::Event(_, TriggerTense::Future));
                        next.date = nearest_date_in(cx, &own, &trigger);
                        next.on_publication_day = false;
                        if let RuleKind::Event(ty, _) = rules.rules[rule].kind {
                            next.event_type = ty;
                        }
                        next.rule = rule;
                        next.trigger = trigger;
                        added.push(next);
                    }
                } else if m.trigger.start >= clause.at && m.trigger.end <= clause.end {
                    let date_from_before = dated_in(&before);
                    let m = &mut out[i];
                    drop_names_of(m, cx, &before);
                    if date_from_before {
                        m.date = nearest_date_in(cx, &own, &m.trigger);
                    }
                }
            }
            // A clause that repeats no verb: the last act before it, again.
            let repeats_no_verb = rules.phrases.find_filtered_in(None, text, own.clone(), is_trigger).is_empty();
            let last_before = in_sentence.iter().copied().filter(|&i| out[i].trigger.end <= clause.at).max_by_key(|&i| out[i].trigger.start);
            let comma_after_a_person = cx.found.entities.iter().any(|e| cx.g.entities()[e.entity].kind == EntityKind::Person && e.range.end <= clause.at && text[e.range.end..clause.at].trim_matches(|c: char| c.is_whitespace() || c == ',' || c == ';').is_empty());
            // Only an act done alone is told again so: "met Bourita on Monday, and Mezzour on
            // Tuesday" names the other side, not another subject.
            let last_before = last_before.filter(|&i| out[i].event_type.family() == EventType::Visit);
            if let (true, false, Some(i)) = (repeats_no_verb, comma_after_a_person, last_before) {
                let dated_before = out[i].date.filter(|d| d.how == DateHow::Own).and_then(|d| cx.dates.get(d.date)).is_some_and(|d| before.covers(&d.range));
                let date = nearest_date_in(cx, &own, &clause.subject);
                let people = people_in(cx, &own);
                if let (true, Some(date), false) = (dated_before, date, people.is_empty()) {
                    let mut again = out[i].clone();
                    again.people = people;
                    again.countries = again.people.iter().map(|&p| *cx.g.country_of(p)).filter(|c| !c.is_empty()).chain(out[i].countries.iter().cloned()).collect();
                    again.countries.sort();
                    again.countries.dedup();
                    again.date = Some(date);
                    again.role_refs.clear();
                    again.carried_actor = None;
                    added.push(again);
                }
            }
            // Each new mention stands right after the mentions of its sentence, in text order.
            for m in added {
                let at = out.iter().position(|o| o.sentence > si || (o.sentence == si && o.trigger.start > m.trigger.start)).unwrap_or(out.len());
                out.insert(at, m);
            }
        }
    }
}

/// "Bourita, on his first trip to Israel, said … after a shooting attack in the city of Hadera
/// on Sunday evening killed two police officers", "les ministres sont arrivés alors qu'un
/// attentat frappait une ville du nord": a noun of an event the timeline does not record (word
/// list `other-event`: an attack, a protest) opens a phrase that runs to the next clause break
/// or event trigger; the places and people named only there are that event's, not those of the
/// sentence's events told outside it.
pub(super) fn other_event_keeps_its_names(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, rules, .. } = *cx;
    let others = &rules.words.other_events;
    if others.is_empty() {
        return;
    }
    let text = doc.norm.text.as_str();
    let is_trigger = |payloads: &[usize]| payloads.iter().any(|&k| matches!(rules.rules[k].kind, RuleKind::Event(..)));
    let sentences: std::collections::BTreeSet<usize> = out.iter().filter(|m| cx.latin(m)).map(|m| m.sentence).collect();
    for si in sentences {
        let sentence = doc.sentences[si].range.clone();
        let hits = rules.phrases.find_filtered_in(None, text, sentence.clone(), is_trigger);
        let triggers: Vec<Range<usize>> = hits.iter().map(|h| h.range()).collect();
        for noun in super::phrases_in(text, sentence.clone(), others) {
            if triggers.iter().any(|t| t.start < noun.end && noun.start < t.end) {
                continue;
            }
            let clause_end = super::status::next_clause_break(text, noun.end, sentence.end);
            let end = triggers.iter().map(|t| t.start).filter(|&s| s >= noun.end).chain([clause_end]).min().unwrap_or(clause_end);
            let phrase = noun.start..end;
            for m in out.iter_mut().filter(|m| m.sentence == si && cx.latin(m) && !phrase.covers(&m.trigger)) {
                m.places.retain(|&p| !named_only_in(cx, p, &phrase, &sentence));
                m.people.retain(|&p| !named_only_in(cx, p, &phrase, &sentence));
            }
        }
    }
}

/// Words between a conjunction and the trigger of a predicate coordinated to the act before
/// it, with no subject of its own ("and was due to visit", « et devait se rendre », « puis
/// s'est rendu »).
const COORDINATED_PREDICATE_REACH_WORDS: usize = 4;

/// "He also met Foreign Minister Nasser Bourita on Wednesday and was due to visit the
/// mausoleum on Thursday", « Il a rencontré Nasser Bourita mercredi puis s'est rendu au
/// mausolée »: a trip told by a predicate coordinated to the act before it (a `clause-and`
/// word, then the trigger within [`COORDINATED_PREDICATE_REACH_WORDS`] words, no name, office
/// or clause mark between: no subject of its own, unlike [`coordinated_clauses`]) is made by
/// that act's subject. A person named only as the act's object, between its trigger and the
/// conjunction, is whom the subject met, not who travels. Only a trip: the object of talks
/// may well be the partner of a signing coordinated after them ("met Bourita and signed three
/// agreements"), never the traveller of a visit the subject makes.
pub(super) fn coordinated_trip_keeps_the_subject(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, found, rules, g, .. } = *cx;
    if rules.words.clause_ands.is_empty() {
        return;
    }
    let text = doc.norm.text.as_str();
    for i in 0..out.len() {
        let m = &out[i];
        if m.event_type.family() != EventType::Visit || !cx.latin(m) || m.aside || m.people.is_empty() {
            continue;
        }
        let sentence = doc.sentences[m.sentence].range.clone();
        let Some(and) = super::phrases_in(text, sentence.start..m.trigger.start, &rules.words.clause_ands).last() else { continue };
        let between = and.end..m.trigger.start;
        let named_between = found.entities.iter().map(|e| &e.range).chain(found.roles.iter().map(|r| &r.range)).any(|r| between.covers(r));
        if named_between || text[between.clone()].contains(LATIN_CLAUSE_MARKS) || word_iter(text, between).count() > COORDINATED_PREDICATE_REACH_WORDS {
            continue;
        }
        // The act the predicate is coordinated to: the last one of the sentence told before it.
        let Some(first) = out.iter().filter(|o| o.sentence == m.sentence && !o.aside && o.trigger.end <= and.start).max_by_key(|o| o.trigger.start) else { continue };
        let object = first.trigger.end..and.start;
        let subject: Vec<usize> = first.people.iter().copied().filter(|&p| !named_only_in(cx, p, &object, &sentence)).collect();
        let of_the_object = |p: usize| named_only_in(cx, p, &object, &sentence);
        if subject.is_empty() || !m.people.iter().any(|&p| of_the_object(p)) {
            continue;
        }
        let mut people = subject;
        for &p in &m.people {
            if !of_the_object(p) && !people.contains(&p) {
                people.push(p);
            }
        }
        let m = &mut out[i];
        m.add_countries(people.iter().map(|&p| *g.country_of(p)));
        m.people = people;
    }
}
