//! Who takes part in a Latin-script event: French and English name the subject of a story
//! once and then write "le ministre", "he", "the two men"; these passes give such mentions
//! their people (the protagonist, the visitor the sentences before name, the pair just
//! named, the leader of a delegation, the speaker of a quoted tweet) and take from them the
//! people of another event of the sentence.

use std::ops::Range;

use super::kinds::HEAD_OF_STATE_ROLES;
use super::{Refine, phrases_in};

use crate::text::lexmatch::{Covers, WordList};
use crate::events::mention::{DateHow, DateLink, EventMention, RoleRef};
use crate::events::rules::{EventType, RuleKind, TriggerTense};
use crate::gazetteer::{EntityKind, Found, Gazetteer};

/// "Ce mardi, il a été reçu successivement par X, Y et Z": a meeting or call whose named
/// people (two or more; one is the build stage's case, unless the actor it carried over is of
/// their own country) are all of one country and all after its trigger takes as its other
/// side the people of another country the last mention of the two sentences before naming
/// any names.
pub(super) fn reception_carries_visitor(out: &mut [EventMention], cx: &Refine) {
    let Refine { found, g, .. } = *cx;
    for i in 0..out.len() {
        let m = &out[i];
        if !matches!(m.event_type, EventType::Meeting | EventType::Call) || !cx.latin(m) || m.people.len() < 2 || !m.role_refs.is_empty() {
            continue;
        }
        let country = g.country_of(m.people[0]);
        if country.is_empty() || m.people.iter().any(|&p| g.country_of(p) != country) {
            continue;
        }
        // "Arrivée le matin même …, la délégation a été reçue en audience par le Roi", after a
        // sentence naming the Moroccan Prime Minister first: an actor the build carried over
        // of the host's own country is not the other side.
        let carried = m.carried_actor;
        // Every person of its scope comes after the trigger: the subject is left implicit.
        let named_before = found.entities.iter().any(|e| m.span.start <= e.range.start && e.range.end <= m.trigger.start && g.entities()[e.entity].kind == EntityKind::Person);
        if named_before {
            continue;
        }
        // The visitors are everyone of another country that mention names ("la délégation",
        // after "… avec Jared Kushner et Meir Ben-Shabbat").
        let visitors: Vec<usize> = out[..i]
            .iter()
            .rev()
            .take_while(|p| m.sentence - p.sentence <= 2)
            .filter(|p| p.sentence < m.sentence)
            .map(|p| p.people.iter().copied().filter(|&a| !g.country_of(a).is_empty() && g.country_of(a) != country).collect::<Vec<usize>>())
            .find(|v| !v.is_empty())
            .unwrap_or_default();
        if let Some(&actor) = visitors.first() {
            let m = &mut out[i];
            m.people.retain(|&p| Some(p) != carried);
            for (k, &v) in visitors.iter().enumerate() {
                m.people.insert(k, v);
                m.countries.push(*g.country_of(v));
            }
            m.carried_actor = Some(actor);
            m.countries.sort();
            m.countries.dedup();
        }
    }
}

/// "Gantz signed a security pact there in November last year. Morocco's foreign minister Nasser
/// Bourita also took part in a meeting of Arab and Israeli diplomats in the Negev in March": a
/// meeting or call whose one named person is named before its trigger (the act is that
/// person's own) and that is dated by its own sentence takes no other side from the sentences
/// before when the mention that named that side is dated otherwise: the build stage's carried
/// actor (the other side of a reception told before) belongs to another act, of another day.
pub(super) fn own_act_borrows_no_side(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, found, g, dates, .. } = *cx;
    for i in 0..out.len() {
        let m = &out[i];
        let Some(actor) = m.carried_actor else { continue };
        let Some(own) = m.date.filter(|d| d.how == DateHow::Own) else { continue };
        if !matches!(m.event_type, EventType::Meeting | EventType::Call) || !cx.latin(m) || m.people.len() != 2 || m.people[0] != actor {
            continue;
        }
        let named = m.people[1];
        let start = doc.sentences[m.sentence].range.start;
        if !named_before(m, &[named], found, start) {
            continue;
        }
        let Some(lender) = out[..i].iter().rev().find(|p| p.sentence < m.sentence && p.people.contains(&actor)) else { continue };
        let other_day = lender.date.is_some_and(|d| dates[d.date].expr != dates[own.date].expr);
        if !other_day {
            continue;
        }
        // The actor's country stays a country of the meeting only when its own sentence names
        // it ("Arab and Israeli diplomats in Israel's Negev").
        let country = *g.country_of(actor);
        let span = m.span.clone();
        let named_here = found.entities.iter().any(|e| span.covers(&e.range) && e.entity != actor && *g.country_of(e.entity) == country);
        let m = &mut out[i];
        m.people.retain(|&p| p != actor);
        m.carried_actor = None;
        if !named_here {
            m.countries.retain(|c| *c != country);
        }
    }
}

/// "le ministre israélien s'est rendu au siège du ministère, où il a eu un entretien avec son
/// homologue, Abdellatif Loudiyi": the people named only after a later meeting, call or
/// signing of the visit's sentence are that event's, not visitors.
pub(super) fn visit_names_the_visitor(out: &mut [EventMention], cx: &Refine) {
    let Refine { found, .. } = *cx;
    for i in 0..out.len() {
        let m = &out[i];
        if m.event_type != EventType::Visit || !cx.latin(m) || m.people.is_empty() {
            continue;
        }
        let next = out.iter().filter(|n| n.sentence == m.sentence && n.trigger.start >= m.trigger.end && n.event_type.family() != EventType::Visit).map(|n| n.trigger.start).min();
        let Some(next) = next else { continue };
        let span = m.span.clone();
        let named_before = |p: usize| found.entities.iter().any(|e| e.entity == p && span.start <= e.range.start && e.range.end <= next);
        let keep: Vec<usize> = m.people.iter().copied().filter(|&p| named_before(p)).collect();
        out[i].people = keep;
    }
}

/// The most words a phrase of the lists `took-office` and `time-clause` may have, and the
/// most words between a `time-clause` word and the person after it ("weeks before Yair
/// Lapid", « avant que le ministre Yair Lapid »).
const OFFICE_CHANGE_WORDS: usize = 3;

/// "The committee met in Manama late last month, weeks before Yair Lapid became prime
/// minister", « quelques semaines avant que Yair Lapid ne devienne Premier ministre »: a
/// person named in a time clause (a `time-clause` word a few words before the name) whose
/// change of office is told right after the name (a `took-office` phrase: "became", "took
/// office", « ne devienne ») dates the event by that career, and takes no part in it. Runs
/// before the protagonist rule, so that a meeting left with no one named does not take the
/// page's subject as its other side.
pub(super) fn office_change_names_no_party(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, found, g, rules, .. } = *cx;
    let lists = &rules.words;
    if lists.took_office.is_empty() || lists.time_clauses.is_empty() {
        return;
    }
    let text = doc.norm.text.as_str();
    // Whether the first words of `words` (in reading order away from the name) make a phrase of
    // `list`, as the list writes it (words joined by one space).
    let phrase_of = |words: &[&str], list: &[String], reversed: bool| {
        (1..=words.len().min(OFFICE_CHANGE_WORDS)).any(|n| {
            let mut phrase: Vec<&str> = words[..n].to_vec();
            if reversed {
                phrase.reverse();
            }
            list.has(&phrase.join(" "))
        })
    };
    for m in out.iter_mut() {
        if !cx.latin(m) || m.people.is_empty() {
            continue;
        }
        let sentence = doc.sentences[m.sentence].range.clone();
        let first = found.entities.partition_point(|e| e.range.start < sentence.start);
        // The people named in such a clause, and those named elsewhere in the sentence too
        // ("Bourita met Lapid after Lapid became prime minister": the met one stays).
        let (mut dropped, mut named_elsewhere): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
        for e in found.entities[first..].iter().take_while(|e| e.range.end <= sentence.end) {
            if !m.people.contains(&e.entity) || g.entities()[e.entity].kind != EntityKind::Person {
                continue;
            }
            let after: Vec<&str> = crate::text::lexmatch::word_iter(text, e.range.end..sentence.end).take(OFFICE_CHANGE_WORDS).map(|w| &text[w]).collect();
            // The time-clause word: among the few words before the name, with the words before
            // it read as a phrase ending there ("avant que").
            let in_a_time_clause = phrase_of(&after, &lists.took_office, false) && {
                let before: Vec<&str> = crate::text::lexmatch::word_iter(text, sentence.start..e.range.start).rev().take(2 * OFFICE_CHANGE_WORDS).map(|w| &text[w]).collect();
                (0..before.len().min(OFFICE_CHANGE_WORDS + 1)).any(|k| phrase_of(&before[k..], &lists.time_clauses, true))
            };
            if in_a_time_clause {
                dropped.push(e.entity);
            } else {
                named_elsewhere.push(e.entity);
            }
        }
        m.people.retain(|p| !dropped.contains(p) || named_elsewhere.contains(p));
    }
}

/// The most words between a body's noun and the meeting verb it is the subject of ("the
/// committee has already met").
const BODY_SUBJECT_WORDS: usize = 3;

/// "The Negev Forum's steering committee met in Manama late last month", « le comité de
/// pilotage s'est réuni à Manama »: a meeting verb whose subject is a body (a word of the
/// `gathering` list a few words before the verb in its clause: forum, committee, summit) is that body's
/// session; its participants are the ones its own sentence names, not the page's subject nor
/// the people of the talks told before, which the passes above may have carried into it.
pub(super) fn body_meets_with_its_own(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, found, rules, .. } = *cx;
    let text = doc.norm.text.as_str();
    for m in out.iter_mut() {
        if m.event_type != EventType::Meeting || !cx.latin(m) || !cx.is_verb(m) || m.people.is_empty() {
            continue;
        }
        let sentence = doc.sentences[m.sentence].range.clone();
        // The body right before the verb, no mark between ("At the forum, he met Lapid": the
        // forum is where, "he" the subject).
        let clause_start = crate::text::clause::start_after_last(text, sentence.start..m.trigger.start, crate::text::clause::LATIN_CLAUSE_MARKS);
        let body_subject = crate::text::lexmatch::word_iter(text, clause_start..m.trigger.start).rev().take(BODY_SUBJECT_WORDS).any(|w| rules.words.gatherings.has(&text[w]));
        if !body_subject {
            continue;
        }
        let first = found.entities.partition_point(|e| e.range.start < sentence.start);
        let named: Vec<usize> = found.entities[first..].iter().take_while(|e| e.range.end <= sentence.end).map(|e| e.entity).collect();
        m.people.retain(|p| named.contains(p));
        if m.carried_actor.is_some_and(|a| !m.people.contains(&a)) {
            m.carried_actor = None;
        }
    }
}

/// "La ministre, qui effectue sa première visite depuis l'accord tripartite conclu en décembre
/// 2020, aura demain des entretiens avec X, Y et Z": an event told aside (a time reference)
/// names its parties before the next event of its sentence; the people named after that one
/// are its.
pub(super) fn aside_names_its_own(out: &mut [EventMention], cx: &Refine) {
    let Refine { found, .. } = *cx;
    for i in 0..out.len() {
        let m = &out[i];
        if !m.aside || !cx.latin(m) || m.people.is_empty() {
            continue;
        }
        let Some(next) = out.iter().filter(|n| n.sentence == m.sentence && n.trigger.start >= m.trigger.end).map(|n| n.trigger.start).min() else { continue };
        let start = m.span.start;
        let named_before = |p: usize| found.entities.iter().any(|e| e.entity == p && start <= e.range.start && e.range.end <= next);
        let keep: Vec<usize> = m.people.iter().copied().filter(|&p| named_before(p)).collect();
        out[i].people = keep;
    }
}

/// Whether every office of person `p` ended before 2010: a figure of the past, named in a
/// 2020–2022 story (a mausoleum, a founder), not taking part.
fn of_the_past(p: usize, g: &Gazetteer) -> bool {
    let roles = &g.entities()[p].roles;
    let cutoff = chrono::NaiveDate::from_ymd_opt(2010, 1, 1).expect("a valid date");
    !roles.is_empty() && roles.iter().all(|s| s.to.is_some_and(|to| to < cutoff))
}

/// "Le ministre, qui a atterri à Rabat tard hier soir", "il a eu un entretien avec son
/// homologue, le ministre délégué Abdellatif Loudiyi": French and English name the subject of
/// a story once, then write "le ministre", "il", "the minister". A visit or opening verb that
/// names nobody, and a meeting or call naming one person, take the protagonist — the person the
/// article's earlier mentions name most often (the first of them on a tie) — as the visitor or
/// the other side, when the protagonist is of another country than the one person named.
pub(super) fn protagonist_is_the_subject(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, found, g, .. } = *cx;
    let text = doc.norm.text.as_str();
    for i in 0..out.len() {
        let m = &out[i];
        if !cx.latin(m) || m.aside || m.carried_actor.is_some() {
            continue;
        }
        // Someone whose every office ended before 2010 is named, not taking part ("un passage
        // au mausolée Mohammed V"); the resolver leaves them out later.
        let living: Vec<usize> = m.people.iter().copied().filter(|&p| !of_the_past(p, g)).collect();
        let wants = match m.event_type {
            EventType::Visit => cx.is_verb(m) && living.is_empty(),
            // "At the Negev summit last Monday, Nasser Bourita sat alongside his counterparts":
            // who takes part in a gathering told by its noun (a summit, a forum) is named by
            // its own sentence; the story's protagonist is not carried into it, as the build
            // stage carries no second side into one either.
            EventType::Meeting | EventType::Call => living.len() == 1 && (cx.is_verb(m) || !crate::events::scan::told_by_a_gathering_noun(text, &m.trigger, &cx.rules.words)),
            // "Jeudi, il doit inaugurer le bureau de liaison": who opens it is the subject.
            EventType::Opening => cx.is_verb(m) && living.is_empty(),
            // "a achevé une visite …, au cours de laquelle il a signé un mémorandum avec son
            // homologue X": the signer is the subject the sentence told first.
            EventType::Agreement => cx.is_verb(m) && living.len() == 1,
            _ => false,
        };
        if !wants || subject_is_an_unnamed_group(text, m, doc, found, g, &cx.rules.words.unnamed_groups) {
            continue;
        }
        // "Le ministre israélien était arrivé la veille", "The Israeli minister had arrived":
        // a subject told by its nationality is the protagonist of that country.
        let nationality = subject_nationality(text, m, found, g);
        // "Arrivée la veille au Maroc …, la ministre est attendue demain à Casablanca": a
        // visitor told by her office or a pronoun comes from another country than the one she
        // arrives in; the host the story named first is not her.
        let destination = (m.event_type == EventType::Visit).then(|| visit_destination(text, m, found, g, cx.rules)).flatten();
        let of_nationality = |p: usize| nationality.as_ref().is_none_or(|c| g.country_of(p) == c) && destination.as_ref().is_none_or(|d| g.country_of(p) != d);
        // A signing takes the subject of its own sentence too ("il a signé" in a relative clause
        // of the visit's sentence); the others, only the story's before it.
        let told_before = |p: &&EventMention| p.sentence < m.sentence || (m.event_type == EventType::Agreement && p.sentence == m.sentence);
        // "Defense Minister Benny Gantz signed a security memorandum in Rabat": a signer named
        // before the verb, with no office beside, is its subject; the story's earlier
        // protagonist is no party to it.
        // "during which she and Ryad Mezzour signed": a pronoun coordinated before the named
        // signer is the protagonist, a signer too.
        let start = doc.sentences[m.sentence].range.start;
        if m.event_type == EventType::Agreement && m.role_refs.is_empty() && named_before(m, &living, found, start) && !pronoun_beside(m, &living, found, start, text, cx.rules) {
            continue;
        }
        let Some(protagonist) = protagonist(out[..i].iter().filter(told_before), of_nationality) else { continue };
        let country = g.country_of(protagonist);
        if country.is_empty() || living.iter().any(|&p| p == protagonist || g.country_of(p) == country) {
            continue;
        }
        // "Le ministre, qui a atterri": an office of the protagonist's country is the
        // protagonist's; one of another country names someone else.
        let office_elsewhere = m.role_refs.iter().any(|r| {
            let (RoleRef::Office { country: c, .. } | RoleRef::Counterpart { country: c }) = r;
            c != country || matches!(r, RoleRef::Counterpart { .. })
        });
        if office_elsewhere {
            continue;
        }
        let country = *country;
        let m = &mut out[i];
        m.people.insert(0, protagonist);
        m.carried_actor = Some(protagonist);
        m.countries.push(country);
        m.countries.sort();
        m.countries.dedup();
    }
}

/// "Une délégation d'entreprises agritech israéliennes est attendue au SIAM", "Israeli
/// businessmen are expected in Tangier", « Un groupe d'entrepreneurs israéliens visitera
/// Agadir »: the subject told before the trigger, in its clause, is a group of people or firms
/// who hold no office (word list `unnamed-group`), with no one named between it and the
/// trigger. The act is that group's: the minister the sentences before are about is not in it.
fn subject_is_an_unnamed_group(text: &str, m: &EventMention, doc: &crate::text::Document, found: &Found, g: &Gazetteer, groups: &[String]) -> bool {
    let sentence = &doc.sentences[m.sentence];
    let from = sentence.clause_at(m.trigger.start).map_or(sentence.range.start, |c| sentence.clauses[c].start).max(m.span.start);
    let Some(group) = phrases_in(text, from..m.trigger.start, groups).map(|r| r.end).max() else { return false };
    !found.entities.iter().any(|e| group <= e.range.start && e.range.end <= m.trigger.start && g.entities()[e.entity].kind == EntityKind::Person)
}

/// "Gantz, on a visit to Morocco, held talks with his counterpart", "she met with her hosts",
/// « il s'est entretenu avec son homologue »: a meeting, call or signing whose other side is
/// told only by its role towards the subject (a `counterpart` phrase with no nationality, so
/// the build stage gave it no office) has as that side the counterpart in the other country the
/// sentence names (else the page's other main country): the holder there of the subject's
/// office on the day, when the gazetteer knows one, else that country with no name; a subject
/// who receives the page's visitors meets those visitors. With no
/// person named before the phrase, the subject is the story's protagonist (the sentences before
/// it). Nothing is read when a person is named after the phrase ("his counterpart, Nasser
/// Bourita": the build stage's and [`protagonist_is_the_subject`]'s case).
pub(super) fn counterpart_of_the_subject(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, found, rules, g, .. } = *cx;
    let text = doc.norm.text.as_str();
    let mut main: Option<Vec<crate::idset::Id>> = None;
    for i in 0..out.len() {
        let m = &out[i];
        let two_sided = matches!(m.event_type, EventType::Meeting | EventType::Call | EventType::Agreement);
        if !two_sided || !cx.latin(m) || m.aside || m.role_refs.iter().any(|r| matches!(r, RoleRef::Counterpart { .. })) {
            continue;
        }
        let hits = rules.phrases.find_in(None, text, m.span.clone());
        let Some(phrase) = hits.iter().filter(|h| h.payloads.iter().any(|&r| rules.rules[r].kind == RuleKind::Counterpart)).map(|h| h.start..h.end).next() else { continue };
        let person = |e: &&crate::gazetteer::EntityMention| g.entities()[e.entity].kind == EntityKind::Person && m.people.contains(&e.entity);
        let in_span = |e: &&crate::gazetteer::EntityMention| m.span.covers(&e.range);
        if found.entities.iter().filter(in_span).filter(person).any(|e| e.range.start >= phrase.end) {
            continue;
        }
        let named = found.entities.iter().filter(in_span).filter(person).find(|e| e.range.end <= phrase.start).map(|e| e.entity);
        let subject = match named {
            Some(p) => p,
            None if m.people.is_empty() => {
                let Some(p) = protagonist(out[..i].iter().filter(|p| p.sentence < m.sentence), |_| true) else { continue };
                p
            }
            None => continue,
        };
        let own = *g.country_of(subject);
        if own.is_empty() {
            continue;
        }
        // "Dans la foulée, Saâd-Eddine El Othmani a signé avec ses hôtes une déclaration":
        // a subject who receives the page's visitors (the nearest visit whose visitor is of
        // another country) meets them, whatever the office (« hôte » is a guest too).
        let nearest_visit = out.iter().filter(|v| v.event_type == EventType::Visit && !v.people.is_empty()).min_by_key(|v| (v.sentence.abs_diff(m.sentence), v.sentence > m.sentence));
        if let Some(v) = nearest_visit
            && *g.country_of(v.people[0]) != own
            && !g.country_of(v.people[0]).is_empty()
        {
            // Not "conseiller du président Donald Trump": an aide's principal is no guest.
            let visit_sentence = doc.sentences[v.sentence].range.clone();
            let named_as_guest = |p: usize| found.entities.iter().any(|e| e.entity == p && visit_sentence.covers(&e.range) && !found.is_principal(&e.range));
            let guests: Vec<usize> = v.people.iter().copied().filter(|&p| !g.country_of(p).is_empty() && *g.country_of(p) != own && named_as_guest(p)).collect();
            let m = &mut out[i];
            if !m.people.contains(&subject) {
                m.people.insert(0, subject);
                m.carried_actor = Some(subject);
            }
            for p in guests {
                if !m.people.contains(&p) {
                    m.people.push(p);
                    m.countries.push(*g.country_of(p));
                }
            }
            m.countries.push(own);
            m.countries.sort();
            m.countries.dedup();
            continue;
        }
        let other = m.countries.iter().find(|c| **c != own).cloned().or_else(|| {
            main.get_or_insert_with(|| crate::events::participants::main_countries(found, g)).iter().find(|c| **c != own).cloned()
        });
        let Some(other) = other else { continue };
        let m = &mut out[i];
        if !m.people.contains(&subject) {
            m.people.insert(0, subject);
            m.carried_actor = Some(subject);
        }
        m.role_refs.push(RoleRef::Counterpart { country: other });
        m.countries.extend([own, other]);
        m.countries.sort();
        m.countries.dedup();
    }
}

/// Words after a visit's trigger within which a country named is where the visit goes
/// ("arrived in Morocco", « arrivée la veille au Maroc »).
const DESTINATION_REACH_WORDS: usize = 4;

/// The country a Latin-script visit goes to, when its mention tells one: the one country of
/// the places it names (its cities and sites), else a country named within
/// [`DESTINATION_REACH_WORDS`] words after its trigger, right after a word of destination
/// (list `destination`: "in", "to", « au », « en »). A visit told by its departure has
/// none: the place it names may be the one left.
fn visit_destination(text: &str, m: &EventMention, found: &Found, g: &Gazetteer, rules: &crate::events::rules::TriggerRules) -> Option<crate::idset::Id> {
    if rules.rules[m.rule].tells_a_departure() {
        return None;
    }
    let mut of_places = m.places.iter().map(|&p| g.country_of(p)).filter(|c| !c.is_empty());
    if let Some(first) = of_places.next() {
        return of_places.all(|c| c == first).then_some(*first);
    }
    let after = found.entities.iter().find(|e| e.range.start >= m.trigger.end && e.range.end <= m.span.end && g.entities()[e.entity].is_country())?;
    let between = crate::text::lexmatch::words(text, m.trigger.end..after.range.start);
    // "in Morocco", « au Maroc »: the country after a word of destination (which may end the
    // trigger itself: "arrived in"); « un ministre marocain » names the traveller's own.
    let word_before = crate::text::lexmatch::words(text, m.trigger.start..after.range.start).pop();
    let to_it = word_before.is_some_and(|w| rules.words.destinations.has(&text[w].to_lowercase()));
    (between.len() <= DESTINATION_REACH_WORDS && to_it).then_some(g.entities()[after.entity].country)
}

/// Whether one of `people` is named in `m`'s sentence before its trigger (from `start`).
fn named_before(m: &EventMention, people: &[usize], found: &Found, start: usize) -> bool {
    found.entities.iter().any(|e| e.range.start >= start && e.range.end <= m.trigger.start && people.contains(&e.entity))
}

/// The most words between a coordinated pronoun and the named signer when they tell his
/// role towards the pronoun's person ("he and his Moroccan counterpart, Nasser Bourita").
const COUNTERPART_GAP_WORDS: usize = 4;

/// Whether the first of `people` named between `start` and `m`'s trigger has a coordinated
/// pronoun right before it (word list `co-subject`: "she and Ryad Mezzour signed", « il et
/// Ryad Mezzour ont signé »), or before his role towards the pronoun's person ("he and his
/// counterpart Nasser Bourita signed", « il et son homologue Nasser Bourita »): the pronoun's
/// person is a subject beside the one named.
fn pronoun_beside(m: &EventMention, people: &[usize], found: &Found, start: usize, text: &str, rules: &crate::events::rules::TriggerRules) -> bool {
    let Some(first) = found.entities.iter().find(|e| e.range.start >= start && e.range.end <= m.trigger.start && people.contains(&e.entity)) else { return false };
    let role_between = |gap: std::ops::Range<usize>| {
        text[gap.clone()].split_whitespace().count() <= COUNTERPART_GAP_WORDS
            && rules.phrases.find_in(None, text, gap).iter().any(|h| h.payloads.iter().any(|&r| rules.rules[r].kind == RuleKind::Counterpart))
    };
    phrases_in(text, start..first.range.start, &rules.words.co_subjects).any(|r| text[r.end..first.range.start].trim().is_empty() || role_between(r.end..first.range.start))
}

/// Relative pronouns that open a clause about the person just named ("X, who is on a working
/// visit", "X, qui effectue une visite de travail").
const RELATIVE_PRONOUNS: &[&str] = &["who", "qui"];

/// Words between a relative pronoun and the visit trigger of its clause ("who is on a working
/// visit": 4; "qui effectue une visite": 2).
const RELATIVE_VISIT_REACH_WORDS: usize = 5;

/// "Bourita received today … Nachman Shai, who is on a working visit to the Kingdom", "a reçu
/// … M. Nachman Shai, ministre israélien de la Diaspora, qui effectue une visite de travail au
/// Royaume": a visit told in a relative clause is the visit of the person the clause is about,
/// the last one named before its pronoun (a comma before it: the clause is an aside about that
/// person), not of the host who opens the sentence.
pub(super) fn relative_clause_names_the_visitor(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, found, g, .. } = *cx;
    let text = doc.norm.text.as_str();
    for m in out.iter_mut().filter(|m| m.event_type == EventType::Visit && cx.latin(m) && m.people.len() >= 2) {
        let sentence = doc.sentences[m.sentence].range.clone();
        let words = crate::text::lexmatch::words(text, sentence.start..m.trigger.start);
        let Some(k) = words.iter().rposition(|w| RELATIVE_PRONOUNS.has(&text[w.clone()])) else { continue };
        let pronoun = words[k].clone();
        if words.len() - k - 1 > RELATIVE_VISIT_REACH_WORDS || !text[sentence.start..pronoun.start].trim_end().ends_with(',') {
            continue;
        }
        let subject = found.entities.iter().filter(|e| e.range.start >= sentence.start && e.range.end <= pronoun.start && g.entities()[e.entity].kind == EntityKind::Person).last().map(|e| e.entity);
        if let Some(visitor) = subject.filter(|p| m.people.contains(p) && m.people.first() != Some(p)) {
            m.people.retain(|&p| p != visitor);
            m.people.insert(0, visitor);
        }
    }
}

/// Auxiliaries that may stand between a relative pronoun and a past arrival ("who had
/// arrived", "who has landed"; French auxiliaries are part of the trigger's forms: « qui est
/// arrivé »).
const RELATIVE_AUXILIARIES: &[&str] = &["had", "has", "have", "just", "only"];

/// Whether `lead`, the words between an apposition's comma and its trigger, is a relative
/// pronoun ([`RELATIVE_PRONOUNS`]) with at most one auxiliary or adverb after it ("who", "who
/// had", "qui").
fn relative_lead(text: &str, lead: &[std::ops::Range<usize>]) -> bool {
    match lead {
        [pronoun] => RELATIVE_PRONOUNS.has(&text[pronoun.clone()]),
        [pronoun, aux] => RELATIVE_PRONOUNS.has(&text[pronoun.clone()]) && RELATIVE_AUXILIARIES.has(&text[aux.clone()]),
        _ => false,
    }
}

/// What the ids of French trigger rows start with (`lexicons/triggers_fr.csv`).
const FRENCH_RULE_PREFIX: &str = "fr-";

/// Words that may stand between the comma opening an apposition and its visit noun ("on a
/// working visit", « en visite officielle »: "on a", « en »).
const APPOSITION_LEAD_WORDS: usize = 3;

/// The person whose visit `m` tells in an apposition: a Latin visit noun at most
/// [`APPOSITION_LEAD_WORDS`] words after a comma that closes a person's name ("Orna Barbivai,
/// on a visit to the kingdom,", « Orna Barbivai, en visite dans le royaume, »), or a French
/// participle of arrival right after that comma (« Orna Barbivai, arrivée dimanche à Rabat »):
/// a participle agrees with the name it follows, so the arrival is that person's, whatever the
/// verb of the sentence around it.
fn apposition_visitor(m: &EventMention, cx: &Refine) -> Option<usize> {
    let Refine { doc, found, g, rules, .. } = *cx;
    if m.event_type != EventType::Visit || !cx.latin(m) {
        return None;
    }
    let rule = &rules.rules[m.rule];
    let text = doc.norm.text.as_str();
    let sentence = doc.sentences[m.sentence].range.clone();
    let comma = sentence.start + text[sentence.start..m.trigger.start].rfind(',')?;
    let lead = crate::text::lexmatch::words(text, comma + 1..m.trigger.start);
    let told_aside = match rule.kind {
        RuleKind::Event(_, TriggerTense::Noun | TriggerTense::Present) => lead.len() <= APPOSITION_LEAD_WORDS,
        // An arrival in the past told in a relative clause right after the name ("Benny Gantz,
        // who landed in Rabat late on Tuesday, and …", "X, who had arrived on Sunday", « X, qui
        // est arrivée dimanche »): the clause is about that person, whatever the sentence's verb.
        RuleKind::Event(_, TriggerTense::Past) if rule.id.contains(crate::merge::ARRIVAL_RULE_MARK) && relative_lead(text, &lead) => true,
        // A French participle alone, no auxiliary: English "X, touched down in Rabat" is the
        // verb of a subject set off with its title ("The IDF Chief of Staff, Lt. Gen. Aviv
        // Kochavi, touched down"), no apposition.
        RuleKind::Event(_, TriggerTense::Past) if rule.id.starts_with(FRENCH_RULE_PREFIX) && rule.id.contains(crate::merge::ARRIVAL_RULE_MARK) && !text[m.trigger.clone()].contains(' ') => lead.is_empty(),
        _ => return None,
    };
    if !told_aside {
        return None;
    }
    found.entities.iter().filter(|e| e.range.end <= comma && text[e.range.end..comma].trim().is_empty() && g.entities()[e.entity].kind == EntityKind::Person).last().map(|e| e.entity)
}

/// "Arrivé la veille au soir pour une visite de trois jours, le haut gradé israélien s'est
/// également entretenu le même jour avec Abdellatif Loudiyi", "Having landed the evening
/// before, the Israeli guest also met Rachid Talbi Alami": a visit whose visitor is told by a
/// generic title of one country ("le haut gradé israélien", "the Israeli guest", « l'hôte
/// israélienne »: roles.csv `any_of`), naming nobody of that country, is the visit of the one
/// the title stands for (the resolver finds him among the people the page named before); the
/// people of other countries its sentence names are the other acts' sides (the hosts the
/// visitor then met), not visitors.
pub(super) fn generic_visitor_keeps_no_host(out: &mut [EventMention], cx: &Refine) {
    let Refine { g, .. } = *cx;
    let generic_country = |r: &RoleRef| match r {
        RoleRef::Office { role, country, .. } if g.entries.roles.iter().any(|t| t.id == *role && t.is_generic()) => Some(*country),
        _ => None,
    };
    let Refine { doc, found, .. } = *cx;
    for m in out.iter_mut().filter(|m| m.event_type == EventType::Visit && cx.latin(m) && !m.aside && m.carried_actor.is_none()) {
        let Some(country) = m.role_refs.iter().find_map(generic_country) else { continue };
        if m.people.iter().any(|&p| *g.country_of(p) == country) {
            continue;
        }
        // The title is the arrival's subject: nobody is named before the trigger (« Benny
        // Gantz, arrivé mardi soir, a signé avec le ministre délégué marocain … » is Gantz's),
        // and the title's nationality comes before anyone the sentence names after it.
        let sentence = doc.sentences[m.sentence].range.clone();
        let person = |e: &&crate::gazetteer::EntityMention| sentence.contains(&e.range.start) && g.entities()[e.entity].kind == EntityKind::Person;
        let first_person = found.entities.iter().find(person).map(|e| e.range.start);
        let nationality = found.entities.iter().find(|e| sentence.contains(&e.range.start) && g.entities()[e.entity].is_country() && g.entities()[e.entity].country == country).map(|e| e.range.start);
        let subject = first_person.is_none_or(|p| p > m.trigger.start) && nationality.is_some_and(|n| first_person.is_none_or(|p| n < p));
        if !subject {
            continue;
        }
        m.people.retain(|&p| g.country_of(p).is_empty());
        // The hosts' offices named with them ("Abdellatif Loudiyi, ministre délégué chargé de …")
        // go too: the title is the visit's only side.
        m.role_refs.retain(|r| generic_country(r).is_some());
    }
}

/// Words that tell a visit's visitor by the nationality after the visit noun ("the first official
/// visit to the kingdom by an Israeli chief of staff", « la première visite au Maroc d'un
/// chef d'état-major israélien » is left: French tells the nationality after the office).
const VISITOR_BY_WORDS: &[&str] = &["by", "par"];

/// Indefinite articles before a nationality that tells a visitor by office ("It is the first
/// time an Israeli chief of staff has paid an official visit to Morocco").
const INDEFINITE_ARTICLES: &[&str] = &["a", "an"];

/// "Kochavi met … General Belkhir El Farouk, during the first official visit to the kingdom by
/// an Israeli chief of staff", "It is the first time an Israeli chief of staff has paid an
/// official visit to Morocco. He is scheduled to meet … Belkhir El Farouk, and … Loudiyi": a
/// visit whose visitor is told by a nationality (after "by" just past the visit's words, or as
/// its subject after an indefinite article, with no one named between) is a visit of that
/// country's side: the people of other countries its sentence names are its hosts, never its
/// visitors — but for the American broker's, who travel with either side's delegation.
pub(super) fn visiting_side_keeps_no_host(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, found, g, .. } = *cx;
    let text = doc.norm.text.as_str();
    let is_country = |e: &crate::gazetteer::EntityMention| g.entities()[e.entity].is_country();
    let is_person = |e: &crate::gazetteer::EntityMention| g.entities()[e.entity].kind == EntityKind::Person;
    for m in out.iter_mut().filter(|m| m.event_type == EventType::Visit && cx.latin(m) && !m.aside && !m.people.is_empty()) {
        let sentence = &doc.sentences[m.sentence];
        let clause = sentence.clause_at(m.trigger.start).map_or(sentence.range.clone(), |c| sentence.clauses[c].clone());
        // "… visit to the kingdom by an Israeli chief of staff": "by", an article, the
        // nationality, within a few words of the trigger.
        let words_after: Vec<Range<usize>> = crate::text::lexmatch::word_iter(text, m.trigger.end..clause.end).take(VISITOR_BY_REACH_WORDS).collect();
        let by_nationality = words_after.iter().position(|w| VISITOR_BY_WORDS.has(&text[w.clone()])).and_then(|k| {
            let rest = &words_after[k + 1..];
            let article = rest.first().is_some_and(|w| super::DETERMINERS.has(&text[w.clone()]));
            let at = rest.get(usize::from(article))?;
            found.entities.iter().find(|e| e.range.start == at.start && is_country(e)).map(|e| g.entities()[e.entity].country)
        });
        // "… an Israeli chief of staff has paid an official visit": the subject told by an
        // indefinite article and a nationality, no one named between it and the trigger.
        let subject_nationality = || {
            let e = found.entities.iter().filter(|e| e.range.start >= clause.start && e.range.end <= m.trigger.start && is_country(e)).last()?;
            let article = crate::text::lexmatch::word_iter(text, clause.start..e.range.start).last().is_some_and(|w| INDEFINITE_ARTICLES.has(&text[w]));
            let named_between = found.entities.iter().any(|p| p.range.start >= e.range.end && p.range.end <= m.trigger.start && is_person(p));
            (article && !named_between).then(|| g.entities()[e.entity].country)
        };
        let Some(country) = by_nationality.or_else(subject_nationality) else { continue };
        if country.is_empty() {
            continue;
        }
        // The American broker's people travel with either side's delegation ("an Israeli
        // delegation, led by Ben-Shabbat, flew into Rabat with Jared Kushner"): no host.
        let of_the_visiting_side = |c: &crate::idset::Id| *c == country || c.is_empty() || &**c == crate::focus::BROKER;
        m.people.retain(|&p| of_the_visiting_side(g.country_of(p)));
        m.role_refs.retain(|r| !matches!(r, RoleRef::Office { country: c, .. } | RoleRef::Counterpart { country: c } if *c != country));
    }
}

/// Words after a visit's trigger within which "by" and the visitor's nationality are read
/// ("visit to the kingdom by an Israeli").
const VISITOR_BY_REACH_WORDS: usize = 8;

/// "The accord was signed by Israel's economy minister, Orna Barbivai, on a visit to the
/// kingdom, and by …, Ryad Mezzour", « paraphé par la ministre …, Orna Barbivai, en visite dans
/// le royaume, et par … Ryad Mezzour »: a visit noun told in an apposition
/// ([`apposition_visitor`]) is the visit of that person alone; those named after the apposition
/// are the other acts' people.
pub(super) fn apposition_names_the_visitor(out: &mut [EventMention], cx: &Refine) {
    for i in 0..out.len() {
        if let Some(visitor) = apposition_visitor(&out[i], cx) {
            let m = &mut out[i];
            m.people = vec![visitor];
            m.carried_actor = None;
        }
    }
}

/// The person `mentions` name most often (the first of them on a tie): the subject of the
/// story, whom French and English then call "le ministre", "he", "the visit".
pub(super) fn protagonist<'a>(mentions: impl Iterator<Item = &'a EventMention>, keep: impl Fn(usize) -> bool) -> Option<usize> {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for p in mentions.flat_map(|p| p.people.iter().copied()).filter(|&p| keep(p)) {
        match counts.iter_mut().find(|(q, _)| *q == p) {
            Some((_, n)) => *n += 1,
            None => counts.push((p, 1)),
        }
    }
    let best = counts.iter().map(|&(_, n)| n).max()?;
    counts.iter().find(|&&(_, n)| n == best).map(|&(p, _)| p)
}

/// "Sa Majesté le Roi Mohammed VI a reçu mardi … une délégation conduite par Jared Kushner et
/// Meir Ben-Shabbat, arrivée le jour même": a visit naming a head of state first and people
/// of another country who are no heads of state is theirs: the head of state is the host (the
/// visitor is named first).
pub(super) fn host_is_not_the_visitor(out: &mut [EventMention], cx: &Refine) {
    let Refine { g, .. } = *cx;
    let head_of_state = |p: usize| g.entities()[p].roles.iter().any(|r| HEAD_OF_STATE_ROLES.has(&r.role));
    for m in out.iter_mut().filter(|m| m.event_type == EventType::Visit && cx.latin(m)) {
        let Some(&host) = m.people.first().filter(|&&p| head_of_state(p)) else { continue };
        let country = *g.country_of(host);
        let guest = |p: &usize| !g.country_of(*p).is_empty() && *g.country_of(*p) != country && !head_of_state(*p);
        if m.people.iter().any(guest) {
            let (guests, hosts): (Vec<usize>, Vec<usize>) = m.people.iter().partition(|p| guest(p));
            m.people = guests.into_iter().chain(hosts).collect();
        }
    }
}

/// Words before a host's name within which the agent word of a reception stands ("par le roi
/// Mohammed VI", "by King Mohammed VI at the palace": the article and a title).
const HOST_AGENT_REACH_WORDS: usize = 4;

/// « Une délégation conduite par Jared Kushner a atterri mardi … Reçue dans l'après-midi par le
/// roi Mohammed VI, la délégation … », "The delegation was received by King Mohammed VI": a
/// visit told by "the delegation" itself (its definite noun, see
/// `build::told_by_the_delegation_noun`), done, whose people are only hosts — none of a country
/// of the trip told before, each named before the noun (the subject of an active reception) or
/// right after an agent word (of a passive one, or of a participle before its subject) — is
/// that delegation's trip: its people are the trip's travellers, as the Arabic build reads
/// « استقبل الملك الوفد ». A person named otherwise ("la délégation marocaine, conduite par
/// Bourita") may be the delegation's own: left as it is.
pub(super) fn received_delegation_is_the_trip(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, found, rules, g, .. } = *cx;
    let text = doc.norm.text.as_str();
    for i in 0..out.len() {
        let m = &out[i];
        // The host may be told by his office alone (« reçue par le souverain »), resolved later.
        if m.event_type != EventType::Visit || !cx.latin(m) || m.planned || (m.people.is_empty() && m.role_refs.is_empty()) {
            continue;
        }
        let sentence = doc.sentences[m.sentence].range.clone();
        // "la délégation marocaine, conduite par Nasser Bourita": who leads it is its visitor
        // (`leader_is_the_visitor`), not a host after an agent word.
        if phrases_in(text, sentence.clone(), &rules.words.leads).next().is_some() {
            continue;
        }
        if !crate::events::build::told_by_the_delegation_noun(text, sentence.start, &m.trigger, &rules.words.delegations) {
            continue;
        }
        // The trip told before by its visit: a delegation told by its flight alone ("le premier
        // vol … a atterri avec à son bord une délégation") leaves the reception as it is, whose
        // travellers would tie the flight's row to the visit's at the merge.
        let told_by_its_visit = |o: &EventMention| o.sentence < m.sentence && o.event_type.family() == EventType::Visit && crate::events::build::tells_a_trip(o);
        let Some(trip) = out.iter().filter(|o| told_by_its_visit(o)).max_by_key(|o| o.sentence) else { continue };
        let of_the_trip = |c: &crate::idset::Id| trip.people.iter().any(|&t| g.country_of(t) == c);
        let after_agent = |at: usize| {
            crate::text::lexmatch::word_iter(text, sentence.start..at).rev().take(HOST_AGENT_REACH_WORDS).any(|w| rules.words.agents.has(&text[w]))
        };
        let told_as_host = |p: usize| {
            found.entities.iter().filter(|e| e.entity == p && sentence.start <= e.range.start && e.range.end <= sentence.end).all(|e| e.range.end <= m.trigger.start || after_agent(e.range.start))
        };
        let only_hosts = m.people.iter().all(|&p| !of_the_trip(g.country_of(p)) && told_as_host(p))
            && m.role_refs.iter().all(|r| matches!(r, RoleRef::Office { country, .. } if !of_the_trip(country)));
        if !only_hosts {
            continue;
        }
        let travellers = trip.people.clone();
        // The trip's sides come along with its travellers: « une délégation
        // américano-israélienne conduite par Jared Kushner » names Israel only as a country, and
        // a reception of the broker alone, dated, would read as the broker's visit to Morocco
        // (`focus::sides`) and take the trip's row out of the timeline.
        let trip_countries = trip.countries.clone();
        let m = &mut out[i];
        m.add_countries(travellers.iter().map(|&p| *g.country_of(p)).chain(trip_countries));
        m.people = travellers;
        m.role_refs.clear();
    }
}

/// Words after a visit's trigger within which a `led-by` phrase tells who leads it ("une
/// délégation conduite par", "a delegation of senior officials led by").
const LED_BY_AFTER_WORDS: usize = 5;

/// Words after a `led-by` phrase within which its leader is named (a title first: "conduite
/// par la ministre israélienne de l'Intérieur, Ayelet Shaked").
const LEADER_REACH_WORDS: usize = 10;

/// "Abdelouafi Laftit a reçu mercredi une délégation conduite par la ministre israélienne de
/// l'Intérieur", "the minister received a delegation led by …": the person named after a
/// `led-by` phrase just after a visit's trigger leads the delegation, so is its visitor, named
/// first with those of their country named after them; the host who received it comes after.
pub(super) fn leader_is_the_visitor(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, found, rules, g, .. } = *cx;
    let text = doc.norm.text.as_str();
    for m in out.iter_mut().filter(|m| m.event_type == EventType::Visit && cx.latin(m) && m.people.len() >= 2) {
        let sentence = doc.sentences[m.sentence].range.clone();
        let reach = crate::text::lexmatch::word_iter(text, m.trigger.end..sentence.end).take(LED_BY_AFTER_WORDS + 2).last().map_or(m.trigger.end, |w| w.end);
        let Some(led) = phrases_in(text, m.trigger.end..reach, &rules.words.leads).min_by_key(|r| r.start) else { continue };
        let named_by = crate::text::lexmatch::word_iter(text, led.end..sentence.end).take(LEADER_REACH_WORDS).last().map_or(led.end, |w| w.end);
        let leader = found.entities.iter().find(|e| e.range.start >= led.end && e.range.end <= named_by && g.entities()[e.entity].kind == EntityKind::Person && m.people.contains(&e.entity));
        let Some(leader) = leader.map(|e| e.entity) else { continue };
        let country = *g.country_of(leader);
        let named_after = |p: usize| found.entities.iter().any(|e| e.entity == p && e.range.start >= led.end && e.range.end <= sentence.end);
        let (visitors, hosts): (Vec<usize>, Vec<usize>) = m.people.iter().partition(|&&p| p == leader || (!country.is_empty() && *g.country_of(p) == country && named_after(p)));
        let mut visitors = visitors;
        visitors.sort_by_key(|&p| p != leader);
        m.people = visitors.into_iter().chain(hosts).collect();
    }
}

/// "À cette occasion, une déclaration conjointe a été signée", "On that occasion, an agreement
/// was signed": an event of two sides naming nobody, dated by a connective from the sentence
/// before (the build's carried date), is between the people of two countries that sentence's
/// event with that date names.
pub(super) fn occasion_names_its_sides(out: &mut [EventMention], cx: &Refine) {
    let Refine { g, .. } = *cx;
    for i in 0..out.len() {
        let m = &out[i];
        let two_sided = matches!(m.event_type, EventType::Meeting | EventType::Call | EventType::Agreement);
        let Some(d) = m.date.filter(|d| d.how == DateHow::Carried) else { continue };
        if !two_sided || !cx.latin(m) || m.aside || !m.people.is_empty() || !m.role_refs.is_empty() || m.sentence == 0 {
            continue;
        }
        let told = out[..i].iter().rev().take_while(|p| p.sentence + 1 >= m.sentence).find(|p| {
            let mut countries: Vec<&crate::idset::Id> = p.people.iter().map(|&q| g.country_of(q)).filter(|c| !c.is_empty()).collect();
            countries.sort();
            countries.dedup();
            p.date.is_some_and(|e| e.date == d.date) && countries.len() >= 2
        });
        if let Some(p) = told.cloned() {
            out[i].take_names(p);
        }
    }
}

/// "Gantz held talks with his Moroccan counterpart Abdellatif Loudiyi. The two men inked a
/// defense memorandum the next day": an event of the article's two sides (a pair phrase: "the
/// two men", "the two ministers", "both sides"), in the sentence of or after one whose event
/// named people of two countries, is theirs (meetings, calls and agreements: the events with
/// two sides). It names nobody, or only some of them ("Talbi Alami received his Israeli guest
/// …, and the two speakers signed a memorandum": its scope names the host, not the guest).
pub(super) fn pair_is_the_two_just_named(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, found, rules, g, .. } = *cx;
    let text = doc.norm.text.as_str();
    // "The two men signed", "Les deux présidents de chambre ont signé": the pair phrase tells
    // the two sides even where the article names one country only ("Knesset Speaker … received
    // by the speaker of the House of Representatives"), so the mention has one country.
    // Not one set in apposition to two names ("PAM and Istiqlal, the two leading opposition
    // forces, met on Thursday"): those two, whoever was named before.
    let told_as_pair = |m: &EventMention| {
        rules.phrases.find_in(None, text, m.span.clone()).iter().any(|h| h.payloads.iter().any(|&r| rules.rules[r].kind == RuleKind::Pair) && !crate::events::participants::pair_in_apposition(text, &(h.start..h.end), found))
    };
    for i in 0..out.len() {
        let m = &out[i];
        // A flight or an opening has no sides: "airlines of both nations" are not the people.
        let two_sided = matches!(m.event_type, EventType::Meeting | EventType::Call | EventType::Agreement);
        if !two_sided || !cx.latin(m) || m.aside || (m.countries.len() < 2 && !told_as_pair(m)) {
            continue;
        }
        // "She signed the accord with Ryad Mezzour … She will travel to Casablanca on Tuesday
        // to meet the head of Morocco's employers' confederation": talks whose side is told by
        // an office (a title of a country none of their named people stands for) have that
        // side, its holder; the signer of the act told before is not it. So when the office is
        // the subject ("le ministre israélien s'est rendu à Casablanca, où il a rencontré des
        // représentants de la communauté"): its partners are the ones its sentence tells, not
        // the pair of the talks before. A signing told so ("the Israeli minister then signed
        // three agreements") is still the pair's.
        let talks = matches!(m.event_type, EventType::Meeting | EventType::Call);
        let side_by_office = talks && m.role_refs.iter().any(|r| matches!(r, RoleRef::Office { country, .. } if m.people.iter().all(|&p| g.country_of(p) != country)));
        if side_by_office && !told_as_pair(m) {
            continue;
        }
        let just_named = out[..i].iter().rev().take_while(|p| m.sentence - p.sentence <= 1).find(|p| {
            let mut countries: Vec<&crate::idset::Id> = p.people.iter().map(|&q| g.country_of(q)).filter(|c| !c.is_empty()).collect();
            countries.sort();
            countries.dedup();
            let some_of_them = p.people.len() > m.people.len() && m.people.iter().all(|q| p.people.contains(q));
            countries.len() >= 2 && some_of_them
        });
        // "Bourita a reçu mercredi Lapid. Les deux ministres ont procédé à la signature de trois
        // accords": an undated signing of the two takes the day they were just told together.
        // ("The two top diplomats discussed …" after a call is what the call was about.)
        let date = just_named.filter(|p| m.event_type == EventType::Agreement && !p.planned && !m.planned && m.date.is_none()).and_then(|p| p.date);
        if let Some(people) = just_named.map(|p| p.people.clone()) {
            out[i].people = people;
        }
        if let Some(d) = date {
            out[i].date = Some(DateLink { date: d.date, how: DateHow::Carried });
        }
    }
}

/// Definite articles that open a subject told by its office and nationality ("The Israeli
/// diplomat", "La ministre israélienne"): someone the article has named, or means to.
const DEFINITE_ARTICLES: &[&str] = &["the", "le", "la", "les", "l"];

/// "Israel's Economy Minister Orna Barbivai is in Morocco … The Israeli minister arrived in
/// Rabat on Sunday": a visit naming nobody, whose subject is a definite office of a
/// nationality, is the visit of the last person of that country named in the sentences before
/// it (the lead included). When the article names nobody of that country ("The Israeli
/// diplomat arrived on Monday …, without naming the envoy"), it gives no row: a visit without
/// a visitor is no event a reader can place.
pub(super) fn subject_told_by_nationality(out: &mut Vec<EventMention>, cx: &Refine) {
    let Refine { doc, found, g, .. } = *cx;
    let text = doc.norm.text.as_str();
    let mut i = 0;
    while i < out.len() {
        let m = &out[i];
        let nameless = m.event_type == EventType::Visit && cx.latin(m) && !m.aside && m.people.is_empty() && m.role_refs.is_empty();
        let sentence = doc.sentences[m.sentence].range.clone();
        let definite = || crate::text::lexmatch::words(text, sentence.start..m.trigger.start).first().is_some_and(|w| DEFINITE_ARTICLES.has(&text[w.clone()]));
        let Some(country) = nameless.then(|| subject_nationality(text, m, found, g)).flatten().filter(|_| definite()) else {
            i += 1;
            continue;
        };
        let named = found.entities.iter().rev().filter(|e| e.range.end <= sentence.start).find(|e| g.entities()[e.entity].kind == EntityKind::Person && *g.country_of(e.entity) == country).map(|e| e.entity);
        match named {
            Some(p) => {
                out[i].people.push(p);
                out[i].carried_actor = Some(p);
                i += 1;
            }
            None => {
                out.remove(i);
            }
        }
    }
}

/// Words that may stand between a subject's nationality and its trigger ("The Israeli minister
/// had arrived", "The Moroccan minister was making his first visit"): the title, an
/// auxiliary, a light verb and its determiner.
const NATIONALITY_REACH_WORDS: usize = 5;

/// The country of a subject told by its nationality just before the verb `m` ("Le ministre
/// israélien était arrivé", "the Israeli minister had arrived"): the country named last
/// before the trigger in its sentence, no more than [`NATIONALITY_REACH_WORDS`] words before
/// it, with no person named between.
pub(super) fn subject_nationality(text: &str, m: &EventMention, found: &Found, g: &Gazetteer) -> Option<crate::idset::Id> {
    let last = found.entities.iter().rev().find(|e| m.span.start <= e.range.start && e.range.end <= m.trigger.start)?;
    let entity = &g.entities()[last.entity];
    let near = crate::text::lexmatch::words(text, last.range.end..m.trigger.start).len() <= NATIONALITY_REACH_WORDS;
    (entity.is_country() && near && !text[last.range.end..m.trigger.start].contains([',', ';'])).then_some(entity.country)
}

/// What ends a quotation before its talks would be the speaker's: a closing straight quote
/// (normalisation keeps only those) or a stop.
const QUOTE_ENDS: &[char] = &['"', '.', ';'];

/// Words after a trigger within which the speaker's possessive tells that the talks are theirs
/// ("A warm conversation with my friend", "un entretien chaleureux avec mon ami").
const FIRST_PERSON_REACH_WORDS: usize = 4;

/// "Naftali Bennett wrote on Twitter on Sunday: "A warm conversation with my friend King
/// Mohammed VI"", "Yaïr Lapid a écrit lundi : « Un entretien chaleureux avec mon ami Nasser
/// Bourita »": talks (a meeting or call) told in a quotation opened by a colon after a named
/// person, "with my …" (word list `first-person`), are the speaker's own talks with the one
/// named, dated by the day the sentence gives before the quotation (a statement reports what
/// it is about on its day), not by a date the quotation tells after them. The speaker is named
/// first. So is a past visit, opening or signing the quotation tells with nobody named before
/// its verb ("Sa'ar tweeted on Monday: "Just landed in Rabat for a historic visit""): the
/// speaker's own act, on the statement's day.
pub(super) fn quoted_talks_of_the_speaker(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, found, dates, rules, g, .. } = *cx;
    let text = doc.norm.text.as_str();
    for m in out.iter_mut() {
        // A date the quotation tells after the talks is what they were about ("… with my friend
        // King Mohammed VI, to whom I wished a blessed Eid al-Fitr"), not their day.
        let told_after = |d: &DateLink| dates.get(d.date).is_some_and(|d| d.range.start >= m.trigger.end);
        let talks = matches!(m.event_type, EventType::Meeting | EventType::Call);
        // "tweeted on Monday: "Just landed in Rabat"": a past act the quotation tells with no
        // subject of its own (named or "I") is the speaker's too.
        let own_act = matches!(m.event_type, EventType::Visit | EventType::Opening | EventType::Agreement) && cx.is_past(m);
        if !(talks || own_act) || !cx.latin(m) || m.date.is_some_and(|d| !told_after(&d)) || m.planned || m.aside {
            continue;
        }
        let sentence = doc.sentences[m.sentence].range.clone();
        let before = &text[sentence.start..m.trigger.start];
        // Normalisation drops guillemets and curly quotes: the colon opens the quotation.
        let Some(colon) = before.rfind(':') else { continue };
        let opened = sentence.start + colon;
        if text[opened + 1..m.trigger.start].trim_start().trim_start_matches('"').contains(QUOTE_ENDS) {
            continue;
        }
        let first_person = crate::text::lexmatch::word_iter(text, m.trigger.end..sentence.end).take(FIRST_PERSON_REACH_WORDS).any(|w| rules.words.first_person.has(&text[w.clone()]));
        let subject_named = found.entities.iter().any(|e| opened < e.range.start && e.range.end <= m.trigger.start && g.entities()[e.entity].kind == EntityKind::Person);
        if (talks && !first_person) || (!talks && subject_named) {
            continue;
        }
        let introduced = sentence.start..opened;
        let speaker = found.entities.iter().rev().find(|e| introduced.covers(&e.range) && g.entities()[e.entity].kind == EntityKind::Person).map(|e| e.entity);
        let day = dates.iter().position(|d| d.dateline.is_none() && introduced.covers(&d.range));
        let (Some(speaker), Some(day)) = (speaker, day) else { continue };
        m.people.retain(|&p| p != speaker);
        m.people.insert(0, speaker);
        m.add_countries([*g.country_of(speaker)]);
        m.date = Some(DateLink { date: day, how: DateHow::Reported });
    }
}

/// Words that may stand between an agreement's participle and its agent besides its date and
/// its place ("signed on 22 December 2020 in Rabat by", "signée le 22 décembre à Rabat par").
const PARTICIPLE_FILLERS: &[&str] = &["on", "in", "at", "the", "le", "l", "en", "à", "a", "au", "dans"];

/// Words after an agreement's participle within which its agent ("by", "par") is told.
const AGENT_REACH_WORDS: usize = 10;

/// "Talks focused on the joint declaration signed on 22 December 2020 by Morocco, the United
/// States and Israel", "l'accord signé en décembre par le Maroc et Israël", "the memoranda were
/// signed in Rabat by X and Y": an agreement told by a participle followed by its agent (word
/// list `agent`, with only a date, a place and prepositions between) is signed by those the
/// agent names, not by the subject of the sentence or the pair told before. Told as a
/// participle right after its noun, in a sentence whose main event comes first ("talks focused
/// on the declaration signed in 2020"), with no agent, it is mentioned in passing: its signers
/// are not told, so it names nobody and keeps no date (a reminder joins the report of its own
/// day or is left out). The clause from the participle to the end of its agent is the
/// agreement's: the other events of the sentence ("Their discussions centred on the memorandum
/// signed on 21 February by X and Y") take neither its date nor the signers it names.
pub(super) fn signers_after_by(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, found, dates, rules, g, .. } = *cx;
    let text = doc.norm.text.as_str();
    let past_agreement = |k: usize| matches!(rules.rules[k].kind, RuleKind::Event(EventType::Agreement, crate::events::rules::TriggerTense::Past));
    // (the agreement, its clause, the people its agent names)
    let mut clauses: Vec<(usize, std::ops::Range<usize>, Vec<usize>)> = Vec::new();
    for i in 0..out.len() {
        let m = &out[i];
        if m.event_type != EventType::Agreement || !cx.latin(m) {
            continue;
        }
        let sentence = doc.sentences[m.sentence].range.clone();
        // The participle: the trigger itself, or a past form right after the noun trigger.
        let next_word = crate::text::lexmatch::word_iter(text, m.trigger.end..sentence.end).next();
        let right_after = next_word.and_then(|w| {
            let hits = rules.phrases.find_in(None, text, w.start..sentence.end);
            hits.iter().filter(|h| h.range().start == w.start && h.payloads.iter().any(|&k| past_agreement(k))).map(|h| h.range().end).max()
        });
        let participle_end = match right_after {
            Some(end) => end,
            None if past_agreement(m.rule) => m.trigger.end,
            None => continue,
        };
        // A visit told in an apposition inside the agent ("par X, en visite dans le royaume, et
        // par Y") is no other event's start: the agent goes on past it.
        let next_trigger = out.iter().filter(|o| o.sentence == m.sentence && o.trigger.start >= participle_end && apposition_visitor(o, cx).is_none()).map(|o| o.trigger.start).min().unwrap_or(sentence.end);
        let agent = crate::text::lexmatch::word_iter(text, participle_end..next_trigger).take(AGENT_REACH_WORDS + 1).find(|w| rules.words.agents.has(&text[w.clone()]));
        let filler = |w: &std::ops::Range<usize>| {
            PARTICIPLE_FILLERS.has(&text[w.clone()])
                || dates.iter().any(|d| d.range.covers(w))
                || found.entities.iter().any(|e| e.range.covers(w) && g.entities()[e.entity].kind == EntityKind::Place)
        };
        let agent = agent.filter(|a| !text[participle_end..a.start].contains(';') && crate::text::lexmatch::word_iter(text, participle_end..a.start).all(|w| filler(&w)));
        let named: Vec<usize> = agent.map_or_else(Vec::new, |a| found.entities.iter().filter(|e| a.end <= e.range.start && e.range.end <= next_trigger).map(|e| e.entity).collect());
        if named.is_empty() {
            // No agent: the participle right after its noun, after the sentence's main event.
            let main_before = out.iter().any(|o| o.sentence == m.sentence && o.trigger.end <= m.trigger.start && !o.aside && o.event_type.family() != EventType::Agreement);
            // "…, au cours de laquelle une déclaration a été signée": told in a relative clause
            // of time, it is an event of its antecedent (see `signed_during_the_antecedent`).
            if right_after.is_some() && main_before && relative_clause_of_time(m, cx).is_none() {
                let m = &mut out[i];
                m.aside = true;
                m.people.clear();
                m.role_refs.clear();
                m.carried_actor = None;
                m.date = None;
            }
            continue;
        }
        let kind = |e: usize| g.entities()[e].kind;
        let mut countries: Vec<crate::idset::Id> = named.iter().map(|&e| *g.country_of(e)).filter(|c| !c.is_empty()).collect();
        countries.sort();
        countries.dedup();
        let m = &mut out[i];
        m.people = named.iter().copied().filter(|&e| kind(e) == EntityKind::Person).collect();
        clauses.push((i, participle_end..next_trigger, m.people.clone()));
        m.organisations = named.iter().copied().filter(|&e| kind(e) == EntityKind::Organisation).collect();
        m.role_refs.retain(|r| match r {
            RoleRef::Office { country, .. } => countries.contains(country),
            _ => false,
        });
        m.countries = countries;
        m.carried_actor = m.carried_actor.filter(|p| m.people.contains(p));
    }
    for (i, clause, signers) in clauses {
        let sentence = out[i].sentence;
        // Named elsewhere in the sentence, a signer may also take part in its other events.
        let named_outside = |p: usize| found.entities.iter().any(|e| e.entity == p && doc.sentences[sentence].range.contains(&e.range.start) && !clause.contains(&e.range.start));
        for (j, o) in out.iter_mut().enumerate() {
            if j == i || o.sentence != sentence {
                continue;
            }
            // The signer an apposition tells on a visit is that visit's visitor.
            let visitor = apposition_visitor(o, cx);
            o.people.retain(|&p| !signers.contains(&p) || named_outside(p) || visitor == Some(p));
            // The apposition's own day (« Orna Barbivai, arrivée dimanche à Rabat ») is its visit's.
            let own_day = |d: &crate::dates::DateMention| visitor.is_some() && d.range.start >= o.trigger.end;
            if o.date.and_then(|d| dates.get(d.date)).is_some_and(|d| clause.covers(&d.range) && !own_day(d)) {
                o.date = None;
            }
        }
    }
}

/// The end of the id of a predicate row that opens a relative clause of time ("during which",
/// "au cours de laquelle", "lors duquel").
const RELATIVE_DURING_RULE_SUFFIX: &str = "-relative-during";

/// Where the relative clause of time that `m` is told in opens ("…, during which a joint
/// declaration was signed", "…, au cours de laquelle une déclaration a été signée"): the start
/// of the last such phrase before its trigger in its sentence, with no ';' between.
fn relative_clause_of_time(m: &EventMention, cx: &Refine) -> Option<usize> {
    let Refine { doc, rules, .. } = *cx;
    let text = doc.norm.text.as_str();
    let sentence = doc.sentences[m.sentence].range.clone();
    let opener = |payloads: &[usize]| payloads.iter().any(|&k| rules.rules[k].kind == RuleKind::Predicate && rules.rules[k].id.ends_with(RELATIVE_DURING_RULE_SUFFIX));
    let hits = rules.phrases.find_filtered_in(None, text, sentence.start..m.trigger.start, opener);
    hits.iter().map(|h| h.range()).filter(|r| r.end <= m.trigger.start && !text[r.end..m.trigger.start].contains(';')).map(|r| r.start).max()
}

/// "… the visit to Rabat of a delegation led by X and Y, during which a joint declaration was
/// signed in the presence of the king", "la visite à Rabat d'une délégation conduite par X et
/// Y, au cours de laquelle une déclaration conjointe a été signée en présence du roi": a
/// signing told in a relative clause of time is an event of its antecedent (the event told
/// last before the clause): it takes the antecedent's date when it has none, and, when it
/// names no signer of its own (only those who watched it, after "in the presence of", or
/// nobody), the antecedent's people: the visitors who came to sign. A signer the clause names
/// ("during which Gantz and Loudiyi signed") stays.
pub(super) fn signed_during_the_antecedent(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, found, rules, g, .. } = *cx;
    let text = doc.norm.text.as_str();
    for i in 0..out.len() {
        let m = &out[i];
        if m.event_type != EventType::Agreement || !cx.latin(m) || m.planned {
            continue;
        }
        let Some(opens) = relative_clause_of_time(m, cx) else { continue };
        let antecedent = out.iter().filter(|a| a.sentence == m.sentence && a.trigger.end <= opens && a.event_type.family() != EventType::Agreement && !a.planned).max_by_key(|a| a.trigger.start);
        let Some(a) = antecedent else { continue };
        let sentence = doc.sentences[m.sentence].range.clone();
        // Who watched: the people named after a presence phrase of the clause.
        let presence = rules.phrases.find_filtered_in(None, text, m.trigger.end..sentence.end, |payloads: &[usize]| payloads.iter().any(|&k| rules.rules[k].kind == RuleKind::Presence));
        let watched_from = presence.iter().map(|h| h.range().end).min();
        let watcher = |p: usize| watched_from.is_some_and(|from| found.entities.iter().any(|e| e.entity == p && e.range.start >= from && e.range.end <= sentence.end));
        let signers: Vec<usize> = m.people.iter().copied().filter(|&p| !watcher(p)).collect();
        // "during which Israel signed a memorandum with Morocco": the clause names its signers
        // (countries, organisations), so the visitors are not taken for them.
        let clause_names = found.entities.iter().any(|e| e.range.start >= opens && e.range.end <= sentence.end && watched_from.is_none_or(|from| e.range.start < from) && g.entities()[e.entity].kind != EntityKind::Place || (e.range.start >= opens && e.range.end <= sentence.end && g.entities()[e.entity].is_country() && watched_from.is_none_or(|from| e.range.start < from)));
        // "left on Thursday at the end of a two-day visit, during which he signed": the day of
        // a visit told by its end and its length is its last, none of the signing's.
        let last_day_of_a_stay = a.event_type.family() == EventType::Visit
            && crate::events::visit_end::told_by_its_end_with_a_length(text, &doc.sentences[m.sentence], &a.trigger, &rules.words.visit_ends, cx.lexicon);
        let (people, countries, date, on_day) = (a.people.clone(), a.countries.clone(), a.date.filter(|_| !last_day_of_a_stay), a.on_publication_day);
        let m = &mut out[i];
        m.aside = false;
        if m.date.is_none() && let Some(d) = date {
            m.date = Some(DateLink { date: d.date, how: DateHow::During });
        }
        if m.date.is_none() && on_day {
            m.on_publication_day = true;
        }
        if signers.is_empty() && !clause_names && !people.is_empty() {
            m.people = people;
            m.carried_actor = None;
            m.role_refs.clear();
            m.countries.extend(countries);
            m.countries.extend(m.people.iter().map(|&p| *g.country_of(p)).filter(|c| !c.is_empty()));
            m.countries.sort();
            m.countries.dedup();
        }
    }
}

/// "Royal Air Maroc will start flights to Tel Aviv on 3 May, joining Israir and El Al, which
/// already fly to Marrakech", « Royal Air Maroc lancera ses vols le 3 mai, rejoignant Israir et
/// El Al »: of the airlines a flight's sentence names, the flight is the one its subject names,
/// before the trigger; those named after it, past a clause break, are the others it joins,
/// follows or competes with. A flight whose airline is named only after the trigger ("the first
/// flight, operated by El Al") keeps the ones of the trigger's clause.
pub(super) fn flight_of_the_subject_airline(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, found, g, .. } = *cx;
    let text = doc.norm.text.as_str();
    let is_airline = |e: usize| g.entities()[e].is_airline();
    for m in out.iter_mut().filter(|m| m.event_type == EventType::Flight) {
        if !cx.latin(m) || m.organisations.iter().filter(|&&o| is_airline(o)).count() < 2 {
            continue;
        }
        let sentence = doc.sentences[m.sentence].range.clone();
        let airlines_in = |part: std::ops::Range<usize>| -> Vec<usize> { found.entities.iter().filter(|e| part.covers(&e.range) && is_airline(e.entity)).map(|e| e.entity).collect() };
        let clause_start = super::status::clause_start_before(text, sentence.start, m.trigger.start);
        let clause_end = super::status::next_clause_break(text, m.trigger.end, sentence.end);
        let subject = airlines_in(clause_start..m.trigger.start);
        let own = if subject.is_empty() { airlines_in(clause_start..clause_end) } else { subject };
        if own.is_empty() {
            continue;
        }
        // Only the airlines of this sentence are weighed: one carried from another stays.
        let named_here = airlines_in(sentence.clone());
        m.organisations.retain(|&o| !is_airline(o) || own.contains(&o) || !named_here.contains(&o));
    }
}

/// Words after a welcoming word within which the event it approves, or the relative clause
/// naming its signers, is told ("welcomed the defence memorandum signed", « a salué la
/// signature mercredi d'un protocole d'accord », "welcomed the accord, which A and B signed").
const WELCOMED_OBJECT_WORDS: usize = 8;

/// Words that may stand between a welcome's participle and its agent besides a date ("hailed
/// on Thursday by", « salué jeudi par »).
const WELCOME_AGENT_FILLERS: &[&str] = &["on", "in", "at", "the", "le", "l", "en", "à", "a", "au", "dans", "also", "aussi", "notamment", "warmly", "vivement"];

/// Words after a welcome's participle within which its agent ("by", "par") is told.
const WELCOME_AGENT_REACH_WORDS: usize = 5;

/// "Antony Blinken on Thursday welcomed the memorandum signed by Benny Gantz and Abdellatif
/// Loudiyi", « Antony Blinken s'est réjoui de l'accord que Gantz et Loudiyi ont signé », "a
/// deal hailed on Thursday by Antony Blinken", « …, salué jeudi par Antony Blinken »: who
/// welcomes an event (word list `welcoming`) approves of it from outside and is no party to
/// it — not a signer of the agreement, not a side of the talks. The welcomers are those named
/// as the welcome's subject (before it, when it is the sentence's first verb and the event is
/// its object: nobody named between, or only after a relative word, who signed it) or, told after the event, in the clause the welcome
/// closes after a comma or a relative word ("…, which Blinken welcomed") and after its agent
/// ("hailed by Blinken"). A welcomer named again elsewhere in the sentence keeps his part; a
/// welcome that is itself a reception ("was welcomed by", a trigger) is none, and a visit keeps
/// its welcomers, who are its hosts.
pub(super) fn welcomers_take_no_part(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, found, dates, rules, g, .. } = *cx;
    let forms = &rules.words.welcomings;
    let text = doc.norm.text.as_str();
    let welcomed_kind = |m: &EventMention| m.event_type != EventType::Visit && cx.latin(m);
    let mut sentences: Vec<usize> = out.iter().filter(|m| welcomed_kind(m)).map(|m| m.sentence).collect();
    sentences.sort_unstable();
    sentences.dedup();
    let is_person = |e: &&crate::gazetteer::EntityMention| g.entities()[e.entity].kind == EntityKind::Person;
    let is_relative = |r: &Range<usize>| rules.words.clause_relatives.has(&text[r.clone()]);
    let is_agent = |r: &Range<usize>| rules.words.agents.has(&text[r.clone()]);
    for si in sentences {
        let sentence = doc.sentences[si].range.clone();
        // (the welcomed mention, the parts of the sentence naming its welcomers)
        let mut welcomed: Vec<(usize, Vec<Range<usize>>)> = Vec::new();
        for w in phrases_in(text, sentence.clone(), forms) {
            let of_sentence = |o: &&EventMention| o.sentence == si;
            if out.iter().filter(of_sentence).any(|o| o.trigger.start < w.end && w.start < o.trigger.end) {
                continue;
            }
            // Before the event: "X welcomed the memorandum signed …".
            let next = out.iter().enumerate().filter(|(_, o)| o.sentence == si && o.trigger.start >= w.end).min_by_key(|(_, o)| o.trigger.start);
            let verb_before = out.iter().filter(of_sentence).any(|o| o.trigger.end <= w.start);
            if let Some((i, o)) = next
                && !verb_before
                && welcomed_kind(o)
            {
                let object = w.end..o.trigger.start;
                // "welcomed the accord, which A and B signed", « de l'accord que A et B ont
                // signé »: the names after a relative word are the signers, the object the noun.
                let first_named = found.entities.iter().filter(is_person).find(|e| object.covers(&e.range)).map(|e| e.range.start);
                let relative_first = |named: usize| crate::text::lexmatch::word_iter(text, object.start..named).any(|r| is_relative(&r));
                let noun_end = first_named.unwrap_or(object.end);
                // "Gantz, who praised the cooperation, signed …": a welcome told in a relative
                // clause is an aside of its antecedent, who is the subject of the event after
                // it; a comma after the object closes it unless a relative word follows.
                let in_relative_clause = crate::text::lexmatch::word_iter(text, sentence.start..w.start).any(|r| is_relative(&r));
                let object_closed = text[object.clone()].contains(',') && !first_named.is_some_and(relative_first);
                // "X welcomed the signing of an accord with Y": a "with" in the act's clause,
                // before anyone else is named, makes the act the welcomer's own.
                let act_clause_end = super::status::next_clause_break(text, o.trigger.end, sentence.end);
                let first_after = found.entities.iter().filter(|e| o.trigger.end <= e.range.start && e.range.end <= act_clause_end).map(|e| e.range.start).min().unwrap_or(act_clause_end);
                let own_act = phrases_in(text, o.trigger.end..first_after, &rules.words.welcomed_withs).next().is_some();
                if !in_relative_clause && !object_closed && !own_act && first_named.is_none_or(relative_first) && !text[object.clone()].contains(';') && crate::text::lexmatch::at_most_words(text, object.start..noun_end, WELCOMED_OBJECT_WORDS) {
                    welcomed.push((i, vec![sentence.start..w.start]));
                }
            }
            // After the event: "…, which X welcomed", "a deal hailed by X".
            let last = out.iter().enumerate().filter(|(_, o)| o.sentence == si && o.trigger.end <= w.start).max_by_key(|(_, o)| o.trigger.end);
            let Some((i, o)) = last else { continue };
            if !welcomed_kind(o) {
                continue;
            }
            let between = o.trigger.end..w.start;
            let mut parts = Vec::new();
            let relative = crate::text::lexmatch::word_iter(text, between.clone()).filter(is_relative).map(|r| r.end).last();
            if let Some(opens) = text[between.clone()].rfind(',').map(|k| between.start + k + 1).max(relative) {
                parts.push(opens..w.start);
            }
            let clause_end = super::status::next_clause_break(text, w.end, sentence.end);
            let filler = |r: &Range<usize>| WELCOME_AGENT_FILLERS.has(&text[r.clone()]) || dates.iter().any(|d| d.range.covers(r));
            let agent = crate::text::lexmatch::word_iter(text, w.end..clause_end)
                .take(WELCOME_AGENT_REACH_WORDS + 1)
                .take_while(|r| filler(r) || is_agent(r))
                .find(is_agent);
            if let Some(a) = agent {
                parts.push(a.end..clause_end);
            }
            if !parts.is_empty() {
                welcomed.push((i, parts));
            }
        }
        for (i, parts) in welcomed {
            let within = |r: &Range<usize>| parts.iter().any(|p| p.covers(r));
            let named_elsewhere = |x: usize| found.entities.iter().any(|e| e.entity == x && sentence.covers(&e.range) && !within(&e.range));
            let m = &out[i];
            let gone: Vec<usize> = found
                .entities
                .iter()
                .filter(|e| within(&e.range) && (m.people.contains(&e.entity) || m.organisations.contains(&e.entity)) && !named_elsewhere(e.entity))
                .map(|e| e.entity)
                .collect();
            if gone.is_empty() {
                continue;
            }
            let m = &mut out[i];
            m.people.retain(|p| !gone.contains(p));
            m.organisations.retain(|o| !gone.contains(o));
            m.carried_actor = m.carried_actor.filter(|p| !gone.contains(p));
            // Their country goes with them, unless a party left or a place named outside the
            // welcome is of it.
            let kept = |c: &crate::idset::Id| {
                m.people.iter().chain(&m.organisations).any(|&e| g.country_of(e) == c)
                    || found.entities.iter().any(|e| g.entities()[e.entity].kind == EntityKind::Place && g.country_of(e.entity) == c && sentence.covers(&e.range) && !within(&e.range))
            };
            let countries: Vec<crate::idset::Id> = gone.iter().map(|&p| *g.country_of(p)).filter(|c| !c.is_empty() && !kept(c)).collect();
            m.countries.retain(|c| !countries.contains(c));
            m.role_refs.retain(|r| !matches!(r, RoleRef::Office { country, .. } if countries.contains(country)));
        }
    }
}

/// Pronouns by which the main clause after a fronted reception names its host again.
const HOST_AGAIN: &[&str] = &[" avec lui", " avec elle", " avec eux", " with him", " with her", " with them"];

/// « Reçue en fin d'après-midi par le roi Mohammed VI, la délégation conduite par X a ensuite
/// signé trois accords », "Received by King Mohammed VI late on Tuesday, the delegation led by
/// X then signed three agreements": a reception told by a participle that opens the sentence,
/// its agent ("par", "by") before the first comma, belongs to the subject after that comma.
/// The host its agent names receives that subject (the reception, a meeting, keeps him) and
/// is no actor of the main clause: the other events of the sentence lose him unless the main
/// clause names him again. A visit told by the subject itself (« la délégation ») that named
/// only the host is the guests' trip: the reception's other people.
pub(super) fn fronted_reception_host_is_no_actor(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, found, rules, g, .. } = *cx;
    let text = doc.norm.text.as_str();
    for i in 0..out.len() {
        let m = &out[i];
        if m.event_type != EventType::Meeting || !cx.latin(m) {
            continue;
        }
        let sentence = doc.sentences[m.sentence].range.clone();
        let opens = crate::text::lexmatch::word_iter(text, sentence.clone()).next().is_some_and(|w| w.start == m.trigger.start);
        let Some(comma) = opens.then(|| text[m.trigger.end..sentence.end].find(',')).flatten().map(|c| m.trigger.end + c) else { continue };
        let Some(agent) = crate::text::lexmatch::word_iter(text, m.trigger.end..comma).find(|w| rules.words.agents.has(&text[w.clone()])) else { continue };
        let person = |e: usize| g.entities()[e].kind == EntityKind::Person;
        let hosts: Vec<usize> = found.entities.iter().filter(|e| agent.end <= e.range.start && e.range.end <= comma && person(e.entity)).map(|e| e.entity).collect();
        // « par le roi Mohammed VI »: the title names the host too, resolved later by office.
        let titles: Vec<&str> = found.roles.iter().filter(|r| agent.end <= r.range.start && r.range.end <= comma).map(|r| g.entries.roles[r.role].id.as_str()).collect();
        if hosts.is_empty() && titles.is_empty() {
            continue;
        }
        // « il a signé avec lui », "he signed with him": the main clause names the host again.
        // (The normal form is lowercase already.)
        let main = &text[comma..sentence.end];
        if HOST_AGAIN.iter().any(|w| main.contains(w)) {
            continue;
        }
        let named_after = |p: usize| found.entities.iter().any(|e| e.entity == p && comma < e.range.start && e.range.end <= sentence.end);
        let titled_after = |role: &str| found.roles.iter().any(|r| comma < r.range.start && r.range.end <= sentence.end && g.entries.roles[r.role].id == role);
        let host_countries: Vec<&crate::idset::Id> = hosts.iter().map(|&h| g.country_of(h)).collect();
        let guests: Vec<usize> = m.people.iter().copied().filter(|&p| !hosts.contains(&p) && !host_countries.contains(&g.country_of(p))).collect();
        let si = m.sentence;
        for (j, o) in out.iter_mut().enumerate() {
            if j == i || o.sentence != si || o.trigger.start < comma {
                continue;
            }
            let before = o.people.len();
            o.people.retain(|&p| !hosts.contains(&p) || named_after(p));
            o.role_refs.retain(|r| !matches!(r, RoleRef::Office { role, .. } if titles.contains(&role.as_str()) && !titled_after(role)));
            o.carried_actor = o.carried_actor.filter(|p| o.people.contains(p));
            if o.people.is_empty() && before > 0 && o.event_type == EventType::Visit && !guests.is_empty() {
                o.people = guests.clone();
                o.add_countries(guests.iter().map(|&p| *g.country_of(p)));
            }
        }
    }
}
