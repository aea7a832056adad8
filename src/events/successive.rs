//! Talks told one after the other: "تلقى الملك اتصالا من ترامب، ثم اتصل بعباس", "Lapid spoke
//! with Bourita and then with Blinken", « il s'est entretenu avec X, puis avec Y ». A word of
//! the list `then` ("ثم", "بعد ذلك", "then", "later", « puis », « ensuite ») after talks, before
//! talks of the same type or before a second "with" the first verb governs (`talks-with`, or an
//! Arabic "ب" glued to a name), tells two acts in turn: each has its own other side, and they
//! share the subject told before the first (and, for an Arabic verb, right after it). The
//! sentence's passes would otherwise fold the two into one event of three parties
//! ([`super::collapse::collapse_same_family`] takes the union of their names).

use std::ops::Range;

use super::mention::{EventMention, RoleRef};
use super::scan::{arabic_clause_end, arabic_clause_start};
use super::rules::{EventType, RuleKind, TriggerRules, TriggerTense, WordLists, latin_trigger};
use crate::gazetteer::{EntityKind, Found, Gazetteer};
use crate::text::lexmatch::{Covers, WordList, at_most_words, phrase_end_at, word_iter};
use crate::text::clause::{BREAKS_STRONGER_THAN_A_COMMA, COMMAS};

/// Words between a `then` word and the second talks' trigger: its own subject, with a title,
/// may stand there ("then the defence minister Benny Gantz met …").
const SECOND_TRIGGER_WORDS: usize = 6;

/// Words of time that may stand between a `then` word and the second "with" ("later the same
/// day with", « puis, dans l'après-midi, avec »).
const THEN_TIME_WORDS: usize = 4;

/// Two talks told in turn in one sentence: the first (an index into the mentions), the `then`
/// word between them, and the second when a trigger of its own tells it (none when it is only a
/// second "with": "spoke with X, then with Y").
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Succession {
    pub first: usize,
    pub then: Range<usize>,
    pub second: Option<usize>,
}

/// The successions of talks among the sentence's mentions `out[from..]` (see the module
/// documentation). Cheap when the sentence has no talks, or no `then` word after them (one
/// search, [`WordLists::then_starts_in`]).
pub(super) fn successions(text: &str, sentence: &Range<usize>, out: &[EventMention], from: usize, found: &Found, g: &Gazetteer, rules: &TriggerRules) -> Vec<Succession> {
    let lists = &rules.words;
    let mut found_successions = Vec::new();
    for i in (from..out.len()).filter(|&i| talks(&out[i])) {
        let first = &out[i];
        // The next talks of the same type: a `then` word must come before it.
        let next = (from..out.len()).filter(|&k| k != i && out[k].event_type == first.event_type && out[k].trigger.start >= first.trigger.end).min_by_key(|&k| out[k].trigger.start);
        let until = next.map_or(sentence.end, |k| out[k].trigger.start);
        if let Some((and, k)) = next.and_then(|k| and_its_own_verb(text, sentence, out, from, i, k, found, g, rules)) {
            found_successions.push(Succession { first: i, then: and, second: Some(k) });
            continue;
        }
        // Most talks have no `then` word after them: one search says so before a word is tried.
        if !lists.then_starts_in(text, first.trigger.end..until) {
            continue;
        }
        let Some((then, then_end)) = word_iter(text, first.trigger.end..until).find_map(|w| phrase_end_at(text, w.start, &lists.thens).map(|end| (w.start, end))) else { continue };
        let then = then..then_end;
        // «على أن» tells a second act only after a comma; after a verb it is its content.
        if lists.thens_after_comma.iter().any(|w| w == &text[then.clone()]) && !text[first.trigger.end..then.start].trim_end().ends_with(COMMAS) {
            continue;
        }
        // No other event between the `then` word and the second talks.
        let between_free = |to: usize| !out[from..].iter().any(|m| m.trigger.start >= then.end && m.trigger.end <= to);
        let second = next.filter(|&k| talks(&out[k]) && at_most_words(text, then.end..out[k].trigger.start, SECOND_TRIGGER_WORDS) && between_free(out[k].trigger.start) && !text[then.end..out[k].trigger.start].contains(BREAKS_STRONGER_THAN_A_COMMA));
        if second.is_some() {
            found_successions.push(Succession { first: i, then, second });
            continue;
        }
        // "…، ثم مع عباس", "and then with Blinken", « puis avec X »: a second "with", right
        // after the `then` word or past a few words of time that name no one and tell no act
        // ("and later the same day with Loudiyi", « puis, dans l'après-midi, avec Y »).
        let Some(word) = word_iter(text, then.end..sentence.end).next() else { continue };
        let is_with = |w: &Range<usize>| lists.talks_with.iter().any(|x| x.eq_ignore_ascii_case(&text[w.clone()]));
        let person_in = |r: Range<usize>| found.starting_in(&r).iter().any(|e| g.entities()[e.entity].kind == EntityKind::Person);
        let later_with = || {
            let w = word_iter(text, then.end..sentence.end).take(THEN_TIME_WORDS + 1).find(|w| is_with(w))?;
            let gap = then.end..w.start;
            (!person_in(gap.clone()) && between_free(w.start) && !text[gap].contains(BREAKS_STRONGER_THAN_A_COMMA)).then_some(w)
        };
        let word = if is_with(&word) { word } else { later_with().unwrap_or(word) };
        let with = is_with(&word);
        // «ببلينكن»: the name starts after the glued ب; «بوريطة» is a name that starts with the letter.
        let glued_to_a_name = text[word.clone()].starts_with('ب') && person_in(word.start + 'ب'.len_utf8()..word.end);
        // A `then` word right after the verb, before the first act names anyone, is an adverb
        // of that act («ليلتقي بعد ذلك بوريطة»), not the start of a second one.
        let first_names_someone = person_in(first.trigger.end..then.start);
        if (with || glued_to_a_name) && first_names_someone {
            found_successions.push(Succession { first: i, then, second: None });
        }
    }
    found_successions
}

/// Whether `m` is talks told as such (a meeting or a call, not aside): what a succession parts.
fn talks(m: &EventMention) -> bool {
    matches!(m.event_type, EventType::Meeting | EventType::Call) && !m.aside
}

/// Words that may stand between "and" and the second talks' verb ("and also met", « et a
/// également rencontré »).
const AND_VERB_WORDS: usize = 2;

/// "held talks in Rabat with X, and was received by Y", « s'est entretenu avec X et a été reçu
/// par Y », «أجرى مباحثات مع X، واستقبله Y»: talks `first` and the next talks of its type `k`,
/// told by a verb of its own right after an "and" (list `and-verb`; in Arabic «و» glued to the
/// verb after a comma), are two acts when each names its own other side: someone after the
/// first's verb before the "and", and someone after the second's verb. Returns the "and" (the
/// `then` of the [`Succession`]) and `k`. One verb with two hosts ("talks with X and with Y",
/// «التقى X وY») is one act: no second verb stands there. A second verb told by a noun ("and
/// talks with Y") is that list again.
#[allow(clippy::too_many_arguments)]
fn and_its_own_verb(text: &str, sentence: &Range<usize>, out: &[EventMention], from: usize, first: usize, k: usize, found: &Found, g: &Gazetteer, rules: &TriggerRules) -> Option<(Range<usize>, usize)> {
    let (a, b) = (&out[first], &out[k]);
    if !talks(b) || told_by_a_noun(b, rules) || b.trigger.start < a.trigger.end {
        return None;
    }
    let gap = a.trigger.end..b.trigger.start;
    let person_in = |r: Range<usize>| found.starting_in(&r).iter().any(|e| g.entities()[e.entity].kind == EntityKind::Person && r.covers(&e.range));
    let and = if latin_trigger(text, &b.trigger) {
        // The last "and" of the gap, a few words before the verb and naming no one after it.
        let and = word_iter(text, gap.clone()).filter_map(|w| phrase_end_at(text, w.start, &rules.words.and_verbs).map(|end| w.start..end)).filter(|r| r.end <= gap.end).last()?;
        (at_most_words(text, and.end..gap.end, AND_VERB_WORDS) && !person_in(and.end..gap.end)).then_some(and)?
    } else {
        // «، واستقبله»: «و» glued to the verb, after a comma (the trigger holds it, or starts
        // right after it).
        let glued = |at: usize| text[at..].starts_with('و') && rules.words.and_verbs.iter().any(|w| w == "و");
        let at = if glued(b.trigger.start) { b.trigger.start } else { b.trigger.start.checked_sub('و'.len_utf8()).filter(|&at| text.is_char_boundary(at) && glued(at))? };
        text[a.trigger.end.min(at)..at].trim_end().ends_with(COMMAS).then_some(at..at + 'و'.len_utf8())?
    };
    if text[and.start..b.trigger.start].contains(BREAKS_STRONGER_THAN_A_COMMA) || out[from..].iter().any(|m| m.trigger.start >= a.trigger.end && m.trigger.end <= and.start && talks(m)) {
        return None;
    }
    // The second's own part: from its verb to the next trigger, or the sentence's end.
    let next = out[from..].iter().map(|m| m.trigger.start).filter(|&t| t >= b.trigger.end).min().unwrap_or(sentence.end);
    (person_in(a.trigger.end..and.start) && person_in(b.trigger.end..next)).then_some((and, k))
}

/// Part the successive talks of the sentence's mentions `out[from..]` (see [`successions`]):
/// the first keeps the names told before the `then` word; the second (a copy of the first when
/// only a second "with" tells it) keeps the first's subject and its own names, not the first's
/// other side. Returns where the `then` words start: the triggers on either side of one are
/// other acts ("…، ثم اتصل ببلينكن لإطلاعه على مضمون المكالمة": the call noun after the second
/// is not the first), which [`super::collapse::collapse_same_family`] does not fold together.
pub(super) fn part_successive_talks(out: &mut Vec<EventMention>, from: usize, text: &str, sentence: &Range<usize>, found: &Found, g: &Gazetteer, rules: &TriggerRules) -> Vec<usize> {
    let lists = &rules.words;
    let mut successions = successions(text, sentence, out, from, found, g, rules);
    if successions.is_empty() {
        return Vec::new();
    }
    let mut boundaries = Vec::new();
    successions.sort_by_key(|s| std::cmp::Reverse(s.first));
    for Succession { first, then, second } in successions {
        let trigger = out[first].trigger.clone();
        // "اتصل الملك بترامب": an Arabic verb's subject is named right after it.
        let verb = !told_by_a_noun(&out[first], rules) && !latin_trigger(text, &trigger);
        let subject = verb.then(|| super::participants::subject_after(text, trigger.end, found, g, lists)).flatten().filter(|s| s.end <= then.start);
        let shared: Vec<Range<usize>> = std::iter::once(sentence.start..trigger.end).chain(subject.clone()).collect();
        let others_of_the_first: Vec<Range<usize>> = match &subject {
            Some(s) => vec![trigger.end..s.start, s.end..then.start],
            None => vec![trigger.end..then.start],
        };
        let second_at = match second {
            Some(k) => k,
            None => {
                let mut copy = out[first].clone();
                copy.trigger = then.clone();
                let at = (first + 1..out.len()).find(|&k| out[k].trigger.start > then.start).unwrap_or(out.len());
                out.insert(at, copy);
                at
            }
        };
        // The second's own subject, when told between the `then` word and its trigger ("then
        // Gantz met …") or right after its Arabic verb, is its own: it does not take the first's.
        let own_subject = second.is_some_and(|k| {
            let m = &out[k];
            let before = found.starting_in(sentence).iter().any(|e| (then.end..m.trigger.start).covers(&e.range) && g.entities()[e.entity].kind == EntityKind::Person);
            let after = !latin_trigger(text, &m.trigger) && !told_by_a_noun(m, rules) && super::participants::subject_after(text, m.trigger.end, found, g, lists).is_some_and(|s| s.end <= sentence.end);
            before || after
        });
        if !own_subject {
            let subjects: Vec<usize> = out[first].people.iter().copied().filter(|&p| occurs_in(found, p, &shared)).collect();
            let m = &mut out[second_at];
            for p in subjects {
                if !m.people.contains(&p) {
                    m.people.insert(0, p);
                    let country = g.entities()[p].country;
                    if !country.is_empty() && !m.countries.contains(&country) {
                        m.countries.push(country);
                        m.countries.sort();
                    }
                }
            }
        }
        let keep_second: Vec<Range<usize>> = shared.iter().cloned().chain(std::iter::once(then.start..sentence.end)).collect();
        // The second, and the talks told after it that fold into it ("…، ثم اتصل ببلينكن
        // لإطلاعه على مضمون المكالمة"), are not with the first's other side.
        let ty = out[first].event_type;
        let after: Vec<usize> = (from..out.len()).filter(|&k| k != first && out[k].event_type == ty && out[k].trigger.start >= then.start).collect();
        for k in after {
            drop_names(&mut out[k], &others_of_the_first, &keep_second, found, g);
        }
        // «استقبل بلخير كوخافي، قبل أن يستقبله لوديي», "… then Loudiyi received him": a second
        // reception with a subject of its own and its object a pronoun received the one the
        // first received — its other side, who stays in both — and not the first's host.
        let pronoun_object = second.is_some_and(|k| phrase_end_at(text, out[k].trigger.start, &lists.received_pronouns).is_some());
        if own_subject && pronoun_object {
            let own_part = [then.start..sentence.end];
            let hosts: Vec<crate::idset::Id> = out[second_at].people.iter().copied().filter(|&p| occurs_in(found, p, &own_part)).map(|p| g.entities()[p].country).collect();
            // The first's other side, of another country than the second's own host (an Arabic
            // subject set apart by commas is not read as the first's subject: its host may be
            // among the names after the verb).
            let received: Vec<usize> = out[first].people.iter().copied().filter(|&p| occurs_in(found, p, &others_of_the_first) && !g.entities()[p].country.is_empty() && !hosts.contains(&g.entities()[p].country)).collect();
            let m = &mut out[second_at];
            drop_names(m, &[sentence.start..then.start], &own_part, found, g);
            for p in received {
                if !m.people.contains(&p) {
                    m.people.push(p);
                    let country = g.entities()[p].country;
                    if !country.is_empty() && !m.countries.contains(&country) {
                        m.countries.push(country);
                        m.countries.sort();
                    }
                }
            }
        }
        drop_names(&mut out[first], &[then.start..sentence.end], &[sentence.start..then.start], found, g);
        boundaries.push(then.start);
    }
    boundaries
}

/// «يوقع غانتس غدا مذكرة تفاهم مع الوزير لوديي، كما سيلتقي وزير الخارجية بوريطة»: the
/// partner an act of another family takes with «مع» ("with", the list `talks-with`), in its
/// own clause, is that act's, not the other side of talks told in another clause of the
/// sentence (the sentence's passes give every act of it all its names, and talks with two
/// hosts become one row per host). The people of such a «مع» phrase (from the word, in the
/// act's clause, to the next trigger) leave an Arabic meeting or call told in another clause,
/// unless the talks name them in their own clause or refer back to them by a pronoun («ثم عقد
/// معه مباحثات») — or by "the delegation" told before: «واستقبل الملك الوفد في القصر الملكي،
/// قبل أن يوقع العثماني مع كوشنر وبن شبات إعلانا مشتركا» receives the delegation's travellers
/// (`travellers`, the people of the trip told before the sentence) whom the signing names
/// again; `names_the_delegation` says whether a clause names that delegation.
pub(super) fn leave_other_acts_partners(out: &mut [EventMention], from: usize, text: &str, sentence: &Range<usize>, found: &Found, g: &Gazetteer, lists: &WordLists, travellers: &[usize], names_the_delegation: &dyn Fn(&Range<usize>) -> bool) {
    let arabic_talks = |m: &EventMention| talks(m) && !latin_trigger(text, &m.trigger);
    // Cheap guard: talks and an act of another family in the sentence.
    if !out[from..].iter().any(arabic_talks) || !out[from..].iter().any(|m| !matches!(m.event_type, EventType::Meeting | EventType::Call)) {
        return;
    }
    // The «مع» phrases of the acts of other families: (owner, phrase).
    let mut phrases: Vec<(usize, Range<usize>)> = Vec::new();
    for a in (from..out.len()).filter(|&a| !matches!(out[a].event_type, EventType::Meeting | EventType::Call) && !out[a].aside) {
        let next_trigger = out[from..].iter().map(|m| m.trigger.start).filter(|&t| t > out[a].trigger.start).min().unwrap_or(sentence.end);
        // The «مع» in the act's own clause; its phrase runs on to the next trigger, past a
        // title's comma («مع الوزير المكلف بإدارة الدفاع الوطني، عبد اللطيف لوديي»).
        let own = out[a].trigger.end..arabic_clause_end(text, out[a].trigger.end, next_trigger);
        if let Some(with) = word_iter(text, own).find(|w| lists.talks_with.has(&text[w.clone()])) {
            phrases.push((a, with.start..next_trigger));
        }
    }
    let talks_at: Vec<usize> = (from..out.len()).filter(|&k| arabic_talks(&out[k])).collect();
    for k in talks_at {
        let start = out[k].trigger.start;
        let own_clause = arabic_clause_start(text, sentence.start, start)..arabic_clause_end(text, out[k].trigger.end, sentence.end);
        if word_iter(text, own_clause.clone()).any(|w| lists.with_pronouns.has(&text[w.clone()])) {
            continue;
        }
        let drop: Vec<Range<usize>> = phrases.iter().filter(|(a, p)| out[*a].event_type.family() != out[k].event_type.family() && !p.covers(&out[k].trigger) && !own_clause.covers(p)).map(|(_, p)| p.clone()).collect();
        if drop.is_empty() {
            continue;
        }
        let spared = if names_the_delegation(&own_clause) { travellers } else { &[] };
        let keep: Vec<Range<usize>> = vec![sentence.start..drop.iter().map(|p| p.start).min().unwrap_or(sentence.start), own_clause];
        drop_names_but(&mut out[k], &drop, &keep, spared, found, g);
    }
}

/// «والتقى جانتس في اليوم ذاته … ناصر بوريطة، ووضع إكليلاً من الزهور على ضريح محمد الخامس»: a
/// visit told by a past verb that opens its own clause («، و» then the verb), after another
/// act told by a verb, shares that act's subject, not its object: the people named after the
/// other act's verb (past its subject) and before the visit's clause leave the visit, unless
/// the visit's clause names them too. Left in, the host of the talks became a visitor, and the
/// leg of the trip no longer joined the visit it belongs to.
pub(super) fn visit_leg_keeps_the_subject(out: &mut [EventMention], from: usize, text: &str, sentence: &Range<usize>, found: &Found, g: &Gazetteer, rules: &TriggerRules) {
    let arabic_verb = |m: &EventMention| !m.aside && !latin_trigger(text, &m.trigger) && matches!(rules.rules[m.rule].kind, RuleKind::Event(_, TriggerTense::Past | TriggerTense::Present));
    let legs: Vec<usize> = (from..out.len()).filter(|&v| out[v].event_type == EventType::Visit && arabic_verb(&out[v])).collect();
    for v in legs {
        let start = out[v].trigger.start;
        // The clause must open with the verb, glued to «و»: «، ووضع», «، وزار».
        let before = text[sentence.start..start].trim_end();
        let opens_clause = text[start..].starts_with('و') && before.ends_with(COMMAS);
        if !opens_clause {
            continue;
        }
        let Some(other) = (from..out.len()).filter(|&a| a != v && out[a].event_type != EventType::Visit && arabic_verb(&out[a]) && out[a].trigger.end <= start).max_by_key(|&a| out[a].trigger.start) else { continue };
        let verb_end = out[other].trigger.end;
        let subject = super::participants::subject_after(text, verb_end, found, g, &rules.words).filter(|s| s.end <= start);
        let object_from = subject.as_ref().map_or(verb_end, |s| s.end);
        let keep: Vec<Range<usize>> = std::iter::once(sentence.start..verb_end).chain(subject).chain(std::iter::once(start..arabic_clause_end(text, start, sentence.end))).collect();
        drop_names(&mut out[v], &[object_from..start], &keep, found, g);
    }
}

/// Whether `m` was told by a noun ("اتصالا"), not a verb.
fn told_by_a_noun(m: &EventMention, rules: &TriggerRules) -> bool {
    matches!(rules.rules[m.rule].kind, RuleKind::Event(_, TriggerTense::Noun))
}

/// Whether entity `id` is named in one of `ranges` (all within one sentence).
fn occurs_in(found: &Found, id: usize, ranges: &[Range<usize>]) -> bool {
    let Some(span) = ranges.iter().map(|r| r.start).min().zip(ranges.iter().map(|r| r.end).max()) else { return false };
    found.starting_in(&(span.0..span.1)).iter().any(|e| e.entity == id && ranges.iter().any(|r| r.covers(&e.range)))
}

/// Leave out of `m` the people and organisations named in `drop` and nowhere in `keep`, and
/// the countries only they brought (a country named in `keep`, or of a name `m` keeps, stays)
/// with the offices of those countries named without a name ("نظيره الإسرائيلي", "the US
/// Secretary of State"). The places go too for a call, which is held nowhere; talks told in
/// turn on a trip are held where it went ("met X in Rabat, then met Y").
fn drop_names(m: &mut EventMention, drop: &[Range<usize>], keep: &[Range<usize>], found: &Found, g: &Gazetteer) {
    drop_names_but(m, drop, keep, &[], found, g);
}

/// [`drop_names`], but the names of `spared` stay: the act names them by another word than
/// their names (a delegation told before).
fn drop_names_but(m: &mut EventMention, drop: &[Range<usize>], keep: &[Range<usize>], spared: &[usize], found: &Found, g: &Gazetteer) {
    let gone = |id: &usize| !spared.contains(id) && occurs_in(found, *id, drop) && !occurs_in(found, *id, keep);
    let mut countries_gone = Vec::new();
    let mut no_places = Vec::new();
    let places = if m.event_type == EventType::Call { &mut m.places } else { &mut no_places };
    for list in [&mut m.people, &mut m.organisations, places] {
        list.retain(|id| {
            if gone(id) {
                countries_gone.push(g.entities()[*id].country);
                false
            } else {
                true
            }
        });
    }
    let kept_country = |c: &crate::idset::Id| {
        m.people.iter().chain(&m.organisations).chain(&m.places).any(|&id| g.entities()[id].country == *c)
            || keep.iter().any(|r| found.starting_in(r).iter().any(|e| g.entities()[e.entity].is_country() && g.entities()[e.entity].country == *c && e.range.end <= r.end))
    };
    let dropped: Vec<crate::idset::Id> = countries_gone.into_iter().filter(|c| !c.is_empty() && !kept_country(c)).collect();
    m.countries.retain(|c| !dropped.contains(c));
    m.role_refs.retain(|r| match r {
        RoleRef::Office { country, .. } | RoleRef::Counterpart { country } => !dropped.contains(country),
    });
}
