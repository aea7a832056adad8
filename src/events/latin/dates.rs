//! When a Latin-script event happened, where its sentence gives it no date of its own: one
//! sentence, one day; a connective carries the date before; what is told after an arrival or
//! during a visit takes the visit's date; a visit told without its arrival, or by its end and
//! length.

use std::ops::Range;

use super::participants::{protagonist, subject_nationality};
use super::{DETERMINERS, Refine, phrases_in};
use crate::text::clause::LATIN_CLAUSE_MARKS;

use crate::text::lexmatch::{Covers, WordList};
use crate::dates::lexicon::Word;
use crate::dates::value::ExprKind;
use crate::events::mention::{DateHow, DateLink, EventMention};
use crate::idset::Id;
use crate::events::rules::{EventType, RuleKind, TriggerTense};

/// "Arrivé mercredi à Rabat, … a été reçu par son homologue": an undated past event of a
/// sentence takes the date of a dated one of the same sentence with a person in common. So
/// does one a sentence before had dated by carrying its own event's date on: "Ministers met on
/// Monday for a summit. Bourita arrived on Sunday evening and held talks with Lapid": the talks
/// are the arrival's day, told beside it, not the summit's.
pub(super) fn share_sentence_date(out: &mut [EventMention], cx: &Refine) {
    for i in 0..out.len() {
        let m = &out[i];
        let carried_from_another_sentence =
            m.date.is_some_and(|d| d.how == DateHow::Carried && !cx.doc.sentences[m.sentence].range.contains(&cx.dates[d.date].range.start));
        // A past verb: a noun or a present ("qui effectue là sa première visite … depuis
        // l'accord conclu en décembre 2020") is not told as that day's.
        if m.date.is_some() && !carried_from_another_sentence || m.planned || m.aside || !cx.latin(m) || !cx.is_past(m) || m.people.is_empty() {
            continue;
        }
        // "left Rabat on Tuesday at the end of a three-day visit, during which he signed …": the
        // day of a visit told by its end and its length is its last, not the day of what is
        // told done during it after it.
        // (Any visit of the sentence: the departure, "left", is that visit's last day too.)
        let stay_told_by_its_end = out.iter().any(|v| {
            v.sentence == m.sentence
                && v.event_type.family() == EventType::Visit
                && v.trigger.end <= m.trigger.start
                && crate::events::visit_end::told_by_its_end_with_a_length(&cx.doc.norm.text, &cx.doc.sentences[v.sentence], &v.trigger, &cx.rules.words.visit_ends, cx.lexicon)
        });
        let last_day_of_a_stay = |n: &EventMention| stay_told_by_its_end && n.event_type.family() == EventType::Visit;
        let shared: Option<DateLink> = out
            .iter()
            .enumerate()
            // Over a carried date, only an act told before it and coordinated to it by a
            // `clause-and` word (its subject's next act: "arrived … and held talks"), not one
            // told after it of a person it names ("held talks with X, who had arrived on
            // Monday"), nor a participle's background ("Arrivé mardi soir …, M. Gantz a
            // paraphé le document": the signing is the day the sentence before told).
            .filter(|&(j, n)| j != i && n.sentence == m.sentence && !n.planned && n.date.is_some_and(|d| d.how == DateHow::Own) && !last_day_of_a_stay(n))
            .filter(|(_, n)| {
                !carried_from_another_sentence
                    || n.trigger.end <= m.trigger.start && phrases_in(&cx.doc.norm.text, n.trigger.end..m.trigger.start, &cx.rules.words.clause_ands).next().is_some()
            })
            .find(|(_, n)| n.people.iter().any(|p| m.people.contains(p)))
            .and_then(|(_, n)| n.date);
        if let Some(d) = shared {
            out[i].date = Some(DateLink { date: d.date, how: DateHow::During });
            out[i].on_publication_day = false;
        }
    }
}

/// "a rencontré mercredi Nasser Bourita, avant de signer avec lui trois accords", "held talks
/// with Mezzour on Tuesday, before signing a memorandum", "After signing … on Wednesday, Lapid
/// met …": the subject's next (or previous) act told by a verb with no subject of its own
/// right after a sequel word (see `scan::tells_the_next_act`) is of the same occasion as the
/// act of its sentence it is told beside — the act the sequel clause follows (the nearest
/// before the sequel word), or, for a sequel clause that opens the sentence, the main
/// clause's act after it. Its subject is that act's, so it is that act's day, whether the act
/// is dated by its own words, by another sentence or, undated yet, later by the reports it
/// joins: an infinitive or a gerund has no present of the day of writing, so it is of the
/// publication day only when that act is. A date of its own clause stays its own ("before
/// signing three agreements with him on Thursday"); with no act to follow, it stays told
/// aside, a reference to a signing the article tells elsewhere.
pub(super) fn next_act_takes_the_day(out: &mut [EventMention], cx: &Refine) {
    for i in 0..out.len() {
        let m = &out[i];
        if m.date.is_some() || m.planned || m.aside || !cx.latin(m) {
            continue;
        }
        let Some(sequel_word) = next_act_sequel(m, cx) else { continue };
        let followed = followed_act(out, i, sequel_word.start).map(|j| (out[j].date, out[j].on_publication_day));
        let m = &mut out[i];
        m.on_publication_day = false;
        match followed {
            Some((date, on_publication_day)) => {
                m.date = date.map(|d| DateLink { date: d.date, how: DateHow::During });
                m.on_publication_day = m.date.is_none() && on_publication_day;
            }
            // "Ils ont longuement discuté, avant de signer trois accords": no act of the
            // sentence to follow; a reference to the signing told elsewhere, not a dated act.
            None => m.aside = true,
        }
    }
}

/// The sequel word before `m`'s trigger when `m` tells the next act of its sentence's subject
/// (see `scan::tells_the_next_act`).
fn next_act_sequel(m: &EventMention, cx: &Refine) -> Option<Range<usize>> {
    let Refine { doc, rules, .. } = *cx;
    let text = doc.norm.text.as_str();
    let sequel = |payloads: &[usize]| payloads.iter().any(|&k| rules.rules[k].kind == RuleKind::Sequel);
    let sentence = doc.sentences[m.sentence].range.clone();
    let last_sequel = rules.phrases.find_filtered_in(None, text, sentence.start..m.trigger.start, sequel).iter().map(|h| h.range()).max_by_key(|s| s.end);
    last_sequel.filter(|s| crate::events::scan::tells_the_next_act(text, sentence.start, s, &m.trigger, m.event_type.family(), &rules.words))
}

/// "Arrivée lundi, Orna Barbivai a été reçue par Ryad Mezzour. Les deux ministres ont eu des
/// entretiens …, avant de signer deux mémorandums": the act a next act follows (see
/// [`next_act_takes_the_day`]) may have no day of its own and tell again, by the same people
/// once they are read ("les deux ministres"), an act of the same kind dated in a sentence
/// before — the reception the talks were: the next act is of that occasion, and takes its
/// day (the followed act joins it only when the reports are merged, too late for an act of
/// another kind). Run once the people are read; a followed act dated since takes its day too.
pub(super) fn next_act_of_the_occasion_told_before(out: &mut [EventMention], cx: &Refine) {
    for i in 0..out.len() {
        let m = &out[i];
        if m.date.is_some() || m.planned || m.aside || !cx.latin(m) {
            continue;
        }
        let Some(sequel_word) = next_act_sequel(m, cx) else { continue };
        let Some(j) = followed_act(out, i, sequel_word.start) else { continue };
        let f = &out[j];
        let occasion = f.date.or_else(|| {
            // The same people (all of the followed act's, as a report joins an event that names
            // them all), an act of the same kind, the latest dated one told before.
            let told_before = out.iter().filter(|n| n.sentence < f.sentence && n.event_type.family() == f.event_type.family() && !n.planned && !n.aside && n.date.is_some());
            let same_people = |n: &&EventMention| !f.people.is_empty() && f.people.iter().all(|p| n.people.contains(p));
            told_before.filter(same_people).max_by_key(|n| n.sentence).and_then(|n| n.date)
        });
        if let Some(d) = occasion {
            out[i].date = Some(DateLink { date: d.date, how: DateHow::During });
            out[i].on_publication_day = false;
        }
    }
}

/// The index of the act whose occasion the next act `out[i]` (told
/// after a sequel word at `sequel_start`) shares: the nearest act of its sentence told as done
/// before the sequel word, else the first after the next act's trigger (a sequel clause that
/// opens the sentence: "After meeting Bourita, Lapid opened the office"); one naming people
/// none of whom the next act names is another subject's, not followed.
fn followed_act(out: &[EventMention], i: usize, sequel_start: usize) -> Option<usize> {
    let m = &out[i];
    let candidate = |&(_, n): &(usize, &EventMention)| n.sentence == m.sentence && !n.planned && !n.aside && (m.people.is_empty() || n.people.is_empty() || n.people.iter().any(|p| m.people.contains(p)));
    let others = || out.iter().enumerate().filter(move |&(j, _)| j != i);
    let before = others().filter(candidate).filter(|(_, n)| n.trigger.end <= sequel_start).max_by_key(|(_, n)| n.trigger.start);
    let after = || others().filter(candidate).filter(|(_, n)| n.trigger.start >= m.trigger.end).min_by_key(|(_, n)| n.trigger.start);
    before.or_else(after).map(|(j, _)| j)
}

/// Bytes after an event trigger within which a connective still tells its time ("ont signé à
/// cette occasion", "met later that day").
const CONNECTIVE_AFTER_REACH: usize = 24;

/// "Les deux présidents de chambre ont signé à cette occasion un mémorandum", "Gantz later
/// met …", "Bourita l'a ensuite reçu dans la journée": a connective (rows of kind `carry`)
/// inside the sentence, before the verb, inside it or just after it, carries the date of the last dated event told before, in that sentence or the one
/// before, of the same status (the build reads one that opens the sentence; English and French
/// put it after the subject too). "then-US president" is an adjective, not a connective.
pub(super) fn carried_by_a_connective(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, rules, .. } = *cx;
    let text = doc.norm.text.as_str();
    for i in 0..out.len() {
        let m = &out[i];
        if m.date.is_some() || m.planned || m.aside || !cx.latin(m) {
            continue;
        }
        let sentence = doc.sentences[m.sentence].range.clone();
        let mut to = (m.trigger.end + CONNECTIVE_AFTER_REACH).min(sentence.end);
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        // Only connectives are looked for, so one inside the trigger is seen too ("l'a ensuite
        // reçu", "a ensuite été reçu": the trigger holds the adverb between the auxiliary and the
        // participle).
        let carry = |payloads: &[usize]| payloads.iter().any(|&k| rules.rules[k].kind == RuleKind::Carry);
        // "Since then, firms have been in talks": a connective after a `since` word tells how
        // long a state has lasted, not the day of an act.
        let after_since = |at: usize| crate::text::lexmatch::word_iter(text, sentence.start..at).next_back().is_some_and(|w| rules.words.since.iter().any(|s| s.eq_ignore_ascii_case(&text[w.clone()])));
        let connective = rules.phrases.find_filtered_in(None, text, sentence.start..to, carry).iter().any(|h| {
            let r = h.range();
            let inside = r.start > m.trigger.start && r.end < m.trigger.end;
            !text[r.end..].starts_with('-') && !after_since(r.start) && (r.end <= m.trigger.start || r.start >= m.trigger.end || inside)
        });
        if !connective {
            continue;
        }
        // A date quoted or told after "since" is a back-reference, no day of the act before.
        let carries = |p: &EventMention| p.date.is_some_and(|d| crate::events::build::carries_to_the_next_act(doc, cx.dates, &rules.words.since, d.date));
        let before = out[..i].iter().rev().take_while(|p| m.sentence - p.sentence <= 1).find(|p| carries(p) && p.planned == m.planned && !p.aside);
        if let Some(d) = before.and_then(|p| p.date) {
            out[i].date = Some(DateLink { date: d.date, how: DateHow::Carried });
        }
    }
}

/// Sentences back within which the event a day word counts from is looked for ("He landed on
/// Monday, … . Later that day he met …").
const DAY_WORD_EVENT_REACH_SENTENCES: usize = 1;

/// "Gantz landed in Rabat last Tuesday, a year after the declaration of 22 December 2020. Later
/// that day he met Loudiyi", « est arrivé mardi dernier, huit mois après l'accord du 22
/// décembre. Le lendemain, il a signé … »: a day told by the day before it ("later that day",
/// « le jour même », « le lendemain », « la veille », "the next day": date rule `same-day`)
/// counts from the event told before it — the nearest one told by a verb, else by a noun, in
/// its sentence or the one before, whose date names a day, outside a clause a sequel word
/// opens ("after", « après ») — not from the date written last when no event of the story
/// holds that date (a background date in passing, or a date of no event); with no such event
/// within reach, the day word keeps the date finder's reading.
/// Every mention linked to that day word (its own, or shared in its sentence) takes the
/// event's date moved by the word's count of days.
pub(super) fn day_word_counts_from_the_event(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, dates, rules, .. } = *cx;
    let text = doc.norm.text.as_str();
    // "a year after the declaration signed on 22 December 2020": an event in a clause a sequel
    // word opens is the time reference, not the story's event.
    let sequel = |payloads: &[usize]| payloads.iter().any(|&k| rules.rules[k].kind == RuleKind::Sequel);
    let after_a_sequel_word = |p: &EventMention| {
        let sentence = doc.sentences[p.sentence].range.clone();
        let clause = super::status::clause_start_before(text, sentence.start, p.trigger.start);
        !rules.phrases.find_filtered_in(None, text, clause..p.trigger.start, sequel).is_empty()
    };
    let told_by_day_word = |k: usize| [SAME_DAY_RULE, SAME_DAY_THAT_RULE, SAME_DAY_STORY_RULE, SAME_DAY_SAME_RULE, SAME_DAY_PART_RULE].contains(&dates[k].rule);
    let dates_a_day = |k: usize| {
        let d = &dates[k];
        d.dateline.is_none() && !d.aside && d.expr.kind.names_a_day()
    };
    let mut day_words: Vec<usize> = out.iter().filter(|m| cx.latin(m)).filter_map(|m| m.date.map(|d| d.date)).filter(|&k| told_by_day_word(k)).collect();
    day_words.sort_unstable();
    day_words.dedup();
    for k in day_words {
        let word = &dates[k];
        let Some(first) = out.iter().filter(|m| m.date.is_some_and(|d| d.date == k)).map(|m| m.sentence).min() else { continue };
        // The date the word was counted from: the nearest day before it of the same reading.
        let Some(source) = (0..k).rev().find(|&j| dates[j].dateline.is_none() && !dates[j].aside && dates[j].expr.kind == word.expr.kind) else { continue };
        // A date written last that an event of the story holds is that event's: counted from
        // already.
        if out.iter().any(|o| o.date.is_some_and(|d| d.date == source) && !o.aside && cx.latin(o) && !after_a_sequel_word(o)) {
            continue;
        }
        let days = word.expr.shift - dates[source].expr.shift;
        let candidates = || {
            out.iter().filter(|p| {
                p.trigger.end <= word.range.start && first - p.sentence <= DAY_WORD_EVENT_REACH_SENTENCES && !p.aside && cx.latin(p) && !after_a_sequel_word(p) && p.date.is_some_and(|d| d.date != k && dates_a_day(d.date))
            })
        };
        let event = candidates().filter(|p| cx.is_verb(p)).max_by_key(|p| p.trigger.start).or_else(|| candidates().max_by_key(|p| p.trigger.start));
        let Some((date, shift)) = event.and_then(|p| p.date.map(|d| (d.date, p.shift))) else { continue };
        if date == source && shift == 0 {
            continue;
        }
        for m in out.iter_mut().filter(|m| m.date.is_some_and(|d| d.date == k)) {
            m.date = Some(DateLink { date, how: DateHow::Carried });
            m.shift = shift + days;
        }
    }
}

/// The most words of a sentence that only tells when the story happened ("Le pas a été
/// franchi mardi dernier.", "It all happened last Monday.").
const DAY_SENTENCE_WORDS: usize = 8;

/// "Le pas a été franchi mardi dernier. Arrivés à Rabat par un vol direct, X et Y ont été
/// reçus par le roi", "The trip began last Monday. Shaked arrived in Rabat and held talks
/// with Laftit": a short sentence that tells no event but a day (its one date, naming a
/// day) tells when what the next sentence tells happened; the acts that sentence tells as
/// done (past verbs), with no date of their own and no date in their sentence, are of that
/// day, not of the day of writing.
pub(super) fn day_told_the_sentence_before(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, dates, .. } = *cx;
    let text = doc.norm.text.as_str();
    let dates_in = |si: usize| {
        let r = doc.sentences[si].range.clone();
        dates.iter().enumerate().filter(move |(_, d)| d.dateline.is_none() && r.covers(&d.range))
    };
    for si in 1..doc.sentences.len() {
        let before = si - 1;
        let acts = |m: &EventMention| m.sentence == si && m.date.is_none() && !m.planned && !m.aside && cx.latin(m) && cx.is_past(m);
        if !out.iter().any(acts) || dates_in(si).next().is_some() || out.iter().any(|m| m.sentence == before) || !super::is_body(doc, before) {
            continue;
        }
        let day = match dates_in(before).collect::<Vec<_>>()[..] {
            [(k, d)] if !d.aside && d.expr.kind.names_a_day() => k,
            _ => continue,
        };
        if crate::text::lexmatch::words(text, doc.sentences[before].range.clone()).len() > DAY_SENTENCE_WORDS {
            continue;
        }
        for m in out.iter_mut().filter(|m| acts(m)) {
            m.date = Some(DateLink { date: day, how: DateHow::Carried });
            m.on_publication_day = false;
        }
    }
}


// The date rule of a day told by the day before it (`ExprKind::Same` once read).
use crate::dates::find::{SAME_DAY_PART_RULE, SAME_DAY_RULE, SAME_DAY_SAME_RULE, SAME_DAY_STORY_RULE, SAME_DAY_THAT_RULE};

/// "Il devrait s'entretenir avec l'inspecteur général des FAR, ainsi qu'avec Abdellatif
/// Loudiyi", after "Aviv Kochavi est attendu à Rabat à la mi-juillet pour une visite": an
/// undated meeting announced with the visitor of a dated visit told before it in the article
/// takes place during that visit, so at its date (the nearest such visit).
pub(super) fn planned_during_the_visit(out: &mut [EventMention], cx: &Refine) {
    for i in 0..out.len() {
        let m = &out[i];
        if m.date.is_some() || !m.planned || m.aside || !cx.latin(m) || !matches!(m.event_type, EventType::Meeting | EventType::Call) {
            continue;
        }
        let visit = out[..i]
            .iter()
            .rev()
            .filter(|v| v.event_type == EventType::Visit && v.sentence < m.sentence && !v.aside)
            .find(|v| v.date.is_some() && v.people.first().is_some_and(|p| m.people.contains(p)));
        if let Some(d) = visit.and_then(|v| v.date) {
            out[i].date = Some(DateLink { date: d.date, how: DateHow::During });
        }
    }
}

/// "Shortly after his arrival, Gantz held talks with his Moroccan counterpart", after "Gantz
/// touched down in Rabat late on Tuesday": an undated event in a sentence that tells an
/// arrival or visit aside, after a sequel word, takes the date of the nearest dated visit told
/// before it with a person in common.
pub(super) fn after_the_arrival(out: &mut [EventMention], cx: &Refine) {
    for i in 0..out.len() {
        let m = &out[i];
        if m.date.is_some() || m.aside || !cx.latin(m) || m.event_type.family() == EventType::Visit {
            continue;
        }
        // "Days after his arrival", « quelques semaines après son arrivée »: a measure in days
        // or more before the sequel word is a distance to another day ("hours after", "shortly
        // after" keep the arrival's).
        let arrival_aside = out.iter().any(|a| a.aside && a.sentence == m.sentence && a.event_type == EventType::Visit && a.trigger.end <= m.trigger.start && !counted_in_days(a, cx));
        if !arrival_aside {
            continue;
        }
        let visit = out[..i]
            .iter()
            .rev()
            .filter(|v| v.event_type == EventType::Visit && !v.aside && v.planned == m.planned && v.sentence <= m.sentence)
            .find(|v| v.date.is_some() && v.people.iter().any(|p| m.people.contains(p)));
        if let Some(d) = visit.and_then(|v| v.date) {
            out[i].date = Some(DateLink { date: d.date, how: DateHow::During });
        }
    }
}

/// Whether the sequel word nearest before `a`'s trigger in its sentence ("after", « après »)
/// follows a unit of days or more ("days after his arrival", « deux semaines après son
/// arrivée »): `a` is then counted from, at a distance, not the day of what follows it.
fn counted_in_days(a: &EventMention, cx: &Refine) -> bool {
    let Refine { doc, rules, lexicon, .. } = *cx;
    let text = doc.norm.text.as_str();
    let sentence = doc.sentences[a.sentence].range.clone();
    let sequel = |payloads: &[usize]| payloads.iter().any(|&k| rules.rules[k].kind == RuleKind::Sequel);
    let Some(s) = rules.phrases.find_filtered_in(None, text, sentence.start..a.trigger.start, sequel).iter().map(|h| h.range()).max_by_key(|s| s.start) else { return false };
    crate::text::lexmatch::word_iter(text, sentence.start..s.start).next_back().is_some_and(|w| {
        let w = text[w].to_lowercase();
        lexicon.lookup(&w).any(|e| e.word.counts_days_or_more())
    })
}

/// Words between a sequel word and the arrival that opens its clause ("after a high-level
/// Israeli and US delegation arrived", "après l'atterrissage de la délégation"): a subject of
/// a few words and its title, no more.
const AFTER_CLAUSE_REACH_WORDS: usize = 8;

/// "Israel and Morocco signed the declaration on Tuesday, after a US and Israeli delegation
/// arrived in Rabat on the first direct flight", "ont signé mardi un accord, après
/// l'atterrissage de la délégation": an arrival (a visit, and the flight the clause tells)
/// told undated in the clause a sequel word opens right after a dated act of the sentence is
/// of that act's day: the clause tells how the day began, not another event dated elsewhere.
/// The clause must tell an arrival (a rule whose id ends in `-arrive`: "arrived", "landed",
/// "atterrissage"), and the sequel word must not follow a measure of time ("two days after",
/// a date of its own: the arrival is then another day).
pub(super) fn arrival_in_the_after_clause(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, dates, rules, lexicon, .. } = *cx;
    let text = doc.norm.text.as_str();
    let sequel = |payloads: &[usize]| payloads.iter().any(|&k| rules.rules[k].kind == RuleKind::Sequel);
    let arrival = |payloads: &[usize]| payloads.iter().any(|&k| matches!(rules.rules[k].kind, RuleKind::Event(..)) && rules.rules[k].id.ends_with("-arrive"));
    for i in 0..out.len() {
        let m = &out[i];
        if m.date.is_some() || m.planned || !cx.latin(m) || !matches!(m.event_type.family(), EventType::Visit | EventType::Flight) {
            continue;
        }
        let sentence = doc.sentences[m.sentence].range.clone();
        let opens = rules.phrases.find_filtered_in(None, text, sentence.start..m.trigger.start, sequel).iter().map(|h| h.range()).filter(|s| !text[s.end..m.trigger.start].contains(LATIN_CLAUSE_MARKS)).max_by_key(|s| s.start);
        let Some(opens) = opens else { continue };
        // "two days after", "hours after": a measure of time before the sequel word (a unit of
        // the date words, or a date expression ending there) counts the arrival from the act.
        let unit = |w: &str| lexicon.lookup(w).any(|e| matches!(e.word, Word::CountUnit { .. } | Word::ClockUnit { .. } | Word::HourWord));
        let measured = dates.iter().any(|d| d.range.start <= opens.start && opens.start <= d.range.end + 1) || crate::text::lexmatch::word_iter(text, sentence.start..opens.start).next_back().is_some_and(|w| unit(&text[w]));
        // The arrival opens the clause: its verb or noun a few words after the sequel word (the
        // flight it tells may come later: "arrived in Rabat on the first direct flight").
        let clause_end = super::status::next_clause_break(text, opens.end, sentence.end);
        let tells_arrival = rules.phrases.find_filtered_in(None, text, opens.end..clause_end, arrival).first().is_some_and(|h| crate::text::lexmatch::words(text, opens.end..h.range().start).len() <= AFTER_CLAUSE_REACH_WORDS);
        if measured || !tells_arrival {
            continue;
        }
        let act = out.iter().filter(|o| o.sentence == m.sentence && !o.planned && !o.aside && o.trigger.end <= opens.start && o.date.is_some_and(|d| d.how == DateHow::Own)).max_by_key(|o| o.trigger.start).and_then(|o| o.date);
        if let Some(d) = act {
            let m = &mut out[i];
            m.date = Some(DateLink { date: d.date, how: DateHow::During });
            m.aside = false;
            m.on_publication_day = false;
        }
    }
}

/// "This is the first official visit to Morocco by an Israeli foreign minister", in a story
/// telling that "On Wednesday, Lapid and Nasser Bourita … discussed …" and never when Lapid
/// arrived: a visit told without its arrival is on the day of the first talks or signing of
/// the story's protagonist (the first told, with its own date), and is the protagonist's when
/// it names nobody. A story that dates the arrival ("who landed in Morocco on Tuesday")
/// dates the visit by it instead.
pub(super) fn visit_without_its_arrival(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, found, g, .. } = *cx;
    // "The Moroccan minister was making his first visit to Israel", in a story whose most
    // named person is the Israeli host: the visit's subject told by its nationality is the
    // protagonist of that country.
    let text = doc.norm.text.as_str();
    let nationality = out.iter().filter(|m| m.event_type == EventType::Visit && cx.latin(m) && !m.planned && !m.aside && m.date.is_none() && m.people.is_empty()).find_map(|m| subject_nationality(text, m, found, g));
    let of_nationality = |p: usize| nationality.as_ref().is_none_or(|c| g.country_of(p) == c);
    let Some(hero) = protagonist(out.iter().filter(|m| cx.latin(m)), of_nationality) else { return };
    let arrival_told = out.iter().any(|v| v.event_type == EventType::Visit && cx.is_past(v) && !v.planned && v.date.is_some() && v.people.contains(&hero));
    if arrival_told {
        return;
    }
    // The countries a mention tells: those named and those of its people.
    let countries_of = |m: &EventMention| -> Vec<Id> { m.countries.iter().copied().chain(m.people.iter().map(|&p| *g.country_of(p))).collect() };
    let talks: Vec<(DateLink, Vec<Id>)> = out
        .iter()
        .filter(|m| matches!(m.event_type, EventType::Meeting | EventType::Agreement) && cx.latin(m) && !m.planned && !m.aside && m.date.is_some_and(|d| d.how == DateHow::Own) && m.people.contains(&hero))
        .filter_map(|m| m.date.map(|d| (d, countries_of(m))))
        .collect();
    if talks.is_empty() {
        return;
    }
    let home = *g.country_of(hero);
    for m in out.iter_mut() {
        let undated_visit = m.event_type == EventType::Visit && cx.latin(m) && !m.planned && !m.aside && m.date.is_none() && !cx.is_past(m);
        if !(undated_visit && (m.people.is_empty() || m.people.contains(&hero)) && m.role_refs.is_empty()) {
            continue;
        }
        // "Lapid says Morocco trip opened a new chapter … Safadi had met Lapid on July 10 at
        // the King Hussein Bridge": talks of the protagonist with a third country are another
        // pair's, no day of a trip that names where it goes. Such a visit takes the day of
        // the first talks whose countries are all the visit's (or the protagonist's own).
        let visit_countries = countries_of(m);
        let names_where = visit_countries.iter().any(|c| *c != home);
        let of_the_trip = |countries: &Vec<Id>| !names_where || countries.iter().all(|c| *c == home || visit_countries.contains(c));
        if let Some((d, _)) = talks.iter().find(|(_, countries)| of_the_trip(countries)) {
            m.date = Some(DateLink { date: d.date, how: DateHow::During });
            if m.people.is_empty() {
                m.people.push(hero);
            }
        }
    }
}

/// "Eyal Hulata se serait rendu discrètement à Rabat la semaine dernière. Il y aurait eu des
/// entretiens avec Yassine Mansouri": talks or a signing told in the past with no date, in the
/// sentence right after a visit of one of its people dated by a period longer than a day (a
/// week, a month, which holds the whole trip), happened in that period. A visit dated by its
/// arrival day ("arrived in Rabat on Monday. X received his guest …") does not date them: the
/// talks may be of a later day of the trip.
pub(super) fn told_right_after_the_visit(out: &mut [EventMention], cx: &Refine) {
    let Refine { article_dates, .. } = *cx;
    let longer_than_a_day = |d: &DateLink| article_dates.resolved.get(d.date).copied().flatten().is_some_and(|r| r.value.grain != crate::dates::value::Grain::Day);
    for i in 0..out.len() {
        let m = &out[i];
        if m.date.is_some() || m.on_publication_day || m.planned || m.aside || !cx.latin(m) || !cx.is_past(m) || m.sentence == 0 || !matches!(m.event_type, EventType::Meeting | EventType::Agreement) {
            continue;
        }
        let visit = out.iter().find(|v| v.event_type == EventType::Visit && v.sentence + 1 == m.sentence && !v.planned && !v.aside && v.date.as_ref().is_some_and(longer_than_a_day) && v.people.first().is_some_and(|p| m.people.contains(p)));
        if let Some(d) = visit.and_then(|v| v.date) {
            out[i].date = Some(DateLink { date: d.date, how: DateHow::During });
        }
    }
}

/// Words between a light verb and the event noun it tells ("أجرى وزير الخارجية الإسرائيلي
/// مباحثات": the subject stands between).
const SUPPORT_REACH_WORDS: usize = 6;

/// "Arrived in Rabat this morning … He held talks with the prime minister, and the two signed
/// two memoranda", "وصل الوزير اليوم إلى الرباط … وأجرى مباحثات مع نظيره، ووقع الوزيران …": on a
/// page published on the day of a visit's arrival, talks or a signing told as done, undated,
/// in the sentence right after the arrival's, by the visitor, happened that day — the page
/// cannot tell a later day of the trip as done, and they cannot precede the arrival. (A page
/// of a later day does not date them: see [`told_right_after_the_visit`].) Told as done: a
/// past verb, or a noun governed by a light verb just before it ("أجرى … مباحثات"). In the
/// arrival's own sentence a deed told undated is told in passing ("on the sidelines of a visit
/// the king granted an audience"), and keeps no date.
pub(super) fn told_on_the_arrival_day(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, article_dates, published, rules, .. } = *cx;
    let Some(published) = published else { return };
    let text = doc.norm.text.as_str();
    let on_publication_day = |d: &DateLink| article_dates.resolved.get(d.date).copied().flatten().and_then(|r| r.value.as_day()) == Some(published);
    let told_by_a_light_verb = |m: &EventMention| {
        let sentence = doc.sentences[m.sentence].range.clone();
        rules.phrases.find_in(None, text, sentence.start..m.trigger.start).iter().any(|h| {
            h.payloads.iter().any(|&k| rules.rules[k].kind == RuleKind::Support) && crate::text::lexmatch::at_most_words(text, h.range().end..m.trigger.start, SUPPORT_REACH_WORDS)
        })
    };
    for i in 0..out.len() {
        let m = &out[i];
        if m.date.is_some() || m.on_publication_day || m.planned || m.aside || !matches!(m.event_type, EventType::Meeting | EventType::Agreement) {
            continue;
        }
        let noun = matches!(rules.rules[m.rule].kind, RuleKind::Event(_, TriggerTense::Noun));
        if !(cx.is_past(m) || noun && told_by_a_light_verb(m)) {
            continue;
        }
        let arrival = out.iter().find(|v| {
            v.event_type == EventType::Visit
                && v.sentence + 1 == m.sentence
                && !v.planned
                && !v.aside
                && v.date.as_ref().is_some_and(on_publication_day)
                && v.people.first().is_some_and(|p| m.people.contains(p))
        });
        if let Some(d) = arrival.and_then(|v| v.date) {
            out[i].date = Some(DateLink { date: d.date, how: DateHow::During });
        }
    }
}

/// "The signing took place on Monday at the ministry, where X and Y put their names to an
/// agreement", "The meeting was held on Tuesday …, where the two ministers discussed …": the
/// date a reference to an event ("the signing", a noun after an article, which the build
/// reads as the event already told) governs belongs to the event of its family the sentence
/// tells undated. Only a date of the sentence no other event of it holds is taken.
pub(super) fn reference_lends_its_date(out: &mut [EventMention], cx: &Refine) {
    for i in 0..out.len() {
        let m = &out[i];
        if m.date.is_some() || m.aside || !cx.latin(m) {
            continue;
        }
        let Some(k) = date_of_a_reference(out, cx, m.sentence, m.event_type.family()) else { continue };
        out[i].date = Some(DateLink { date: k, how: DateHow::Own });
        out[i].on_publication_day = false;
    }
}

/// The date a reference to an event of `family` in sentence `si` governs ("The signing took
/// place on Monday", "The visit is slated for Tuesday": an event noun after an article that is
/// no mention, which the build reads as the event already told): the one date of the sentence
/// after the reference that no event holds, not a date line's.
fn date_of_a_reference(out: &[EventMention], cx: &Refine, si: usize, family: EventType) -> Option<usize> {
    let Refine { doc, dates, rules, .. } = *cx;
    let text = doc.norm.text.as_str();
    let sentence = doc.sentences[si].range.clone();
    let told = |r: &Range<usize>| out.iter().any(|o| o.trigger.start < r.end && r.start < o.trigger.end);
    let after_determiner = |r: &Range<usize>| text[sentence.start..r.start].trim_end().rsplit([' ', '\'']).next().is_some_and(|w| DETERMINERS.has(w));
    let reference_end = rules
        .phrases
        .find_in(None, text, sentence.clone())
        .iter()
        .map(|h| (h.range(), h.payloads))
        .filter(|(r, payloads)| !told(r) && after_determiner(r) && payloads.iter().any(|&k| matches!(rules.rules[k].kind, RuleKind::Event(ty, TriggerTense::Noun) if ty.family() == family)))
        .map(|(r, _)| r.end)
        .min()?;
    let held = |k: usize| out.iter().any(|o| o.date.is_some_and(|d| d.date == k));
    let free: Vec<usize> = dates.iter().enumerate().filter(|(k, d)| d.dateline.is_none() && reference_end <= d.range.start && d.range.end <= sentence.end && !held(*k)).map(|(k, _)| k).collect();
    match free[..] {
        [k] => Some(k),
        _ => None,
    }
}

/// "Gantz will travel to Morocco next week. The visit is slated for Tuesday", "Lapid se rendra
/// au Maroc ce mois-ci. La visite est prévue mercredi": a sentence that tells no event of its
/// own but refers to the one told just before ("the visit", an event noun after an article)
/// with a day gives that event its day, when the event's own date names no day (a week, a
/// month, or none). Only a plan: a plan is announced at a coarse date and fixed later, while a
/// sentence that refers to a past event with a day tells as often what followed it ("The
/// agreement was welcomed on Thursday by Blinken").
pub(super) fn reference_next_dates_the_event(out: &mut [EventMention], cx: &Refine) {
    let Refine { dates, .. } = *cx;
    for i in 0..out.len() {
        let m = &out[i];
        let coarse = m.date.is_none_or(|d| !dates[d.date].expr.kind.names_a_day());
        let next = m.sentence + 1;
        if !m.planned || m.aside || !coarse || !cx.latin(m) || next >= cx.doc.sentences.len() || out.iter().any(|o| o.sentence == next) {
            continue;
        }
        // The last event of its family told in its sentence is the one referred to.
        if out.iter().any(|o| o.sentence == m.sentence && o.trigger.start > m.trigger.start && o.event_type.family() == m.event_type.family()) {
            continue;
        }
        let Some(k) = date_of_a_reference(out, cx, next, m.event_type.family()) else { continue };
        if dates[k].expr.kind.names_a_day() {
            out[i].date = Some(DateLink { date: k, how: DateHow::Own });
            out[i].on_publication_day = false;
        }
    }
}

/// Words that may stand between a word of a visit's end and the visit noun ("wraps up a
/// three-day working visit", "a achevé mercredi une visite"): a determiner, a date, the
/// length, an adjective.
const VISIT_END_REACH_WORDS: usize = 6;

/// Words after a visit noun within which its length is told ("une visite officielle de trois
/// jours").
const VISIT_LENGTH_AFTER_WORDS: usize = 5;

/// "Defense Minister Benny Gantz wraps up a three-day visit to Morocco on Thursday", "a achevé
/// mercredi une visite de trois jours", "on Wednesday concluded a three-day working visit": a
/// visit noun told after a word of its end (word list `visit-end`) is dated by the sentence's
/// date nearest that word (a verb of ending is no event, so the date went to none), which is
/// its last day; told with its length ("three-day", "de trois jours"), the visit started
/// length − 1 days before, the day sources that tell the arrival give.
pub(super) fn visit_told_by_its_end(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, dates, rules, lexicon, .. } = *cx;
    let text = doc.norm.text.as_str();
    // "une visite" is read by the noun and the present rows alike; a past verb is its own event.
    let noun = |m: &EventMention| !matches!(rules.rules[m.rule].kind, RuleKind::Event(_, TriggerTense::Past));
    for i in 0..out.len() {
        let m = &out[i];
        if m.event_type != EventType::Visit || !cx.latin(m) || !noun(m) || m.planned || m.aside || m.date.is_some_and(|d| d.how != DateHow::Own) {
            continue;
        }
        let sentence = doc.sentences[m.sentence].range.clone();
        let Some(end) = visit_end_before(text, sentence.start..m.trigger.start, &rules.words.visit_ends) else { continue };
        let between = end.end..m.trigger.start;
        let other_event = out.iter().any(|o| o.sentence == m.sentence && o.trigger.start >= between.start && o.trigger.end <= between.end);
        if other_event || text[between.clone()].contains(LATIN_CLAUSE_MARKS) || crate::text::lexmatch::words(text, between.clone()).len() > VISIT_END_REACH_WORDS {
            continue;
        }
        // The date: the visit's own, else the sentence's nearest the end word (not a date line's).
        let nearest = dates
            .iter()
            .enumerate()
            .filter(|(_, d)| d.dateline.is_none() && sentence.covers(&d.range))
            .min_by_key(|(_, d)| d.range.start.abs_diff(end.start).min(d.range.end.abs_diff(end.start)))
            .map(|(k, _)| DateLink { date: k, how: DateHow::Own });
        let Some(date) = m.date.or(nearest) else { continue };
        let after_words = crate::text::lexmatch::words(text, m.trigger.end..sentence.end);
        let after_end = after_words.get(VISIT_LENGTH_AFTER_WORDS.min(after_words.len()).saturating_sub(1)).map_or(m.trigger.end, |w| w.end);
        // "…, which began on Tuesday evening with her arrival", « …, entamée mardi soir par son
        // arrivée »: the visit's first day told after it, by a word of its start.
        let first_day = dates
            .iter()
            .enumerate()
            .filter(|(_, d)| d.dateline.is_none() && m.trigger.end <= d.range.start && d.range.end <= sentence.end)
            // Another act told between is another's start ("…, and Bourita arrived on Tuesday").
            .filter(|(_, d)| !out.iter().any(|o| o.sentence == m.sentence && m.trigger.end <= o.trigger.start && o.trigger.end <= d.range.start))
            .find(|(_, d)| crate::events::visit_end::date_told_by_its_start(doc, m.sentence, d.range.start, &rules.words.visit_starts))
            .map(|(k, _)| DateLink { date: k, how: DateHow::Own });
        if let Some(first_day) = first_day {
            out[i].date = Some(first_day);
            continue;
        }
        let shift = crate::events::visit_end::start_offset_by_length(&[&text[between], &text[m.trigger.end..after_end]], lexicon);
        out[i].date = Some(date);
        if let Some(shift) = shift {
            out[i].shift = shift;
        }
    }
}

/// The last word of a visit's end (`ends`: normalised forms) in `range`, at word boundaries.
fn visit_end_before(text: &str, range: Range<usize>, ends: &[String]) -> Option<Range<usize>> {
    phrases_in(text, range, ends).max_by_key(|r| r.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word of a visit's end, as the built-in lexicons read it (its length:
    /// `crate::events::visit_end`'s table).
    #[test]
    fn visit_end_is_read() {
        let ends: Vec<String> = ["wraps up", "concluded", "a achevé", "à l'issue de"].iter().map(|f| crate::text::normalize::normalize_str(f)).collect();
        let end_cases: &[(&str, &str, Option<&str>)] = &[
            ("phrasal verb", "gantz wraps up a ", Some("wraps up")),
            ("inside a word is none", "reconcluded a ", None),
            ("last of two", "concluded talks and wraps up his ", Some("wraps up")),
            ("none", "gantz begins a ", None),
        ];
        for (name, text, want) in end_cases {
            let got = visit_end_before(text, 0..text.len(), &ends).map(|r| &text[r]);
            assert_eq!(got, *want, "{name}: {text:?}");
        }
    }
}

/// "Arkia annonce un vol inaugural samedi" over "Le premier vol direct d'Arkia décollera samedi 7
/// août": a body event the build read as the headline's event told again (a noun after an
/// article) carries the headline's date, a bare weekday; its own sentence states a day and a
/// month no other event of it holds, which is its date (the headline tells the body in brief,
/// not the other way round).
pub(super) fn full_date_over_the_headlines(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, dates, .. } = *cx;
    let in_headline = |k: usize| dates.get(k).is_some_and(|d| doc.sentences.iter().position(|s| s.range.covers(&d.range)).is_some_and(|si| !super::is_body(doc, si)));
    for i in 0..out.len() {
        let m = &out[i];
        let carried = m.date.filter(|d| d.how == DateHow::Carried);
        if !cx.latin(m) || m.aside || !super::is_body(doc, m.sentence) || !carried.is_some_and(|d| in_headline(d.date)) {
            continue;
        }
        let sentence = doc.sentences[m.sentence].range.clone();
        let held = |k: usize| out.iter().any(|o| o.date.is_some_and(|d| d.date == k));
        let full: Vec<usize> = dates
            .iter()
            .enumerate()
            .filter(|(k, d)| d.dateline.is_none() && sentence.covers(&d.range) && !held(*k) && matches!(d.expr.kind, ExprKind::Calendar(c) if c.day.is_some() && c.month.is_some()))
            .map(|(k, _)| k)
            .collect();
        if let [k] = full[..] {
            out[i].date = Some(DateLink { date: k, how: DateHow::Own });
            out[i].on_publication_day = false;
        }
    }
}
