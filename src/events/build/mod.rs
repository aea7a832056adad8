//! Building event mentions from one document.
//!
//! A sentence is scanned once for trigger rules. Each event trigger becomes an
//! [`EventMention`] that takes, from its part of the sentence:
//!
//! * **a date**: every date expression of the sentence goes to the nearest predicate — event
//!   trigger or not ("أعلن", "اتهم" compete too), so "زيارة غانتس … مع إعلان الجزائر في آب"
//!   does not date the visit to August. An event noun after "خلال" ("during") shares the date of
//!   the sentence's main event; an undated event in a sentence opened by "بعد ذلك", "كما", "ثم"
//!   takes the date of the previous dated event (the narrative goes on);
//! * **participants**: people, organisations and places named in its scope — the sentence, cut
//!   between triggers of different families so that two events of one sentence do not share
//!   names — leaving out who reports it ("كشف X أن …"); offices named without a name ("وزير
//!   الخارجية الإسرائيلي", "نظيره المغربي") are kept as role references, resolved once the date
//!   is known; a meeting or call with one person named takes the actor of the preceding
//!   sentences as the other ("وفي وقت لاحق الأربعاء التقى … بوريطة");
//! * **status**: planned for future forms and announcement markers (من المقرر، من المنتظر…);
//!   a date after publication makes it planned too, later, when dates are resolved.
//!
//! An event noun after a demonstrative ("هذا اللقاء") refers to an event already reported and is
//! not a new mention.
//!
//! This module reads the sentences one by one and tells each trigger's mention; its parts:
//! [`dating`] gives each date of a sentence to its predicate, [`told_before`] gives a mention
//! the people the sentences before name (an implicit subject, the delegation, the airline),
//! [`sentence_end`] runs the passes over a sentence's mentions once all are told, [`lead`]
//! dates the lead's news, [`parties`] reads who takes part from the words around a trigger,
//! and [`untold`] finds Latin-script references that tell an event the article has not told.

#[cfg(test)]
mod adverbial_tests;
#[cfg(test)]
mod carry_tests;
pub(in crate::events) mod conveyed;
mod dating;
mod lead;
mod parties;
mod sentence_end;
#[cfg(test)]
mod idioms_tests;
#[cfg(test)]
mod tests;
mod told_before;
pub(super) use told_before::{tells_a_trip, told_by_the_delegation_noun};
pub(super) use parties::names_a_told_delegation;
mod untold;

use crate::text::lexmatch::{Covers, WordList};
use crate::hash::FxHashMap as HashMap;
use std::ops::Range;

use super::capital::capital_told_alone;
use super::hosts::{departure_abroad, hosts_of_a_led_delegation};
use super::visitor_plane::fold_visitor_planes;
use super::listed::{drop_lists_without_items, earlier_visits_told_by_date};
use super::mention::{DateHow, DateLink, EventMention};
use super::participants::{NameSources, clause_with_its_own_subject, fill_participants, join_call_content, join_referred, leading_chained_act_subject, main_countries, overlaps, scopes, talks_with_spans};
use super::rules::{EventType, RuleKind, TriggerRules, TriggerTense, latin_trigger};
use super::scan::{SentenceHits, anniversary_recalls, carried_to, denied_references, drop_denied, drop_invited_visits, drop_told_content, drop_starts_of_a_told_visit, drop_tourism, enumeration_items, fulfilment_starts, participle_recalled_by, scan, time_references, told_aside};
use crate::dates::DateMention;
use crate::gazetteer::{EntityKind, Found, Gazetteer};
use crate::text::Document;
use crate::text::segment::Sentence;
use crate::text::lexmatch::{Scan, at_most_words, word_iter};
use crate::text::segment::ends_with_a_stop;

use dating::{date_each_predicate, distance, opens_since_then};
pub(in crate::events) use dating::{carries_to_the_next_act, clock_time_end, in_quotation, under_a_clock_line};
use lead::lead_takes_the_day;
use parties::{country_named_after, delegation_as_subject, described_visitor, has_possessive, met_after_the_described, names_one_side, on_the_sidelines, reception_host, traveller_after, unnamed_other_side};
use sentence_end::{SentenceTold, finish_sentence};
use told_before::{arrival_told_again, arrival_upon_which, audience_told_before, join_the_audience, leaves_the_visit_told, take_people_of_the_described_event, take_people_told_before, trip_of_the_delegation_received};
use untold::{deny_the_referred, opens_the_object, tell_the_unreferred_call, tell_the_unreferred_meeting, tell_the_unreferred_members, tell_the_untold};

/// The line (paragraph) of `text` that holds byte `at`: a sentence's, since a line break ends
/// every sentence.
pub(in crate::events) fn line_around(text: &str, at: usize) -> Range<usize> {
    let line_end = text[at..].find('\n').map_or(text.len(), |k| at + k);
    line_start(text, at)..line_end
}

/// Where the line (paragraph) of `text` that holds byte `at` starts: [`line_around`]'s start,
/// for readers that walk lines upwards and need no line's end (searching each line's end
/// forward would read every paragraph below again).
pub(in crate::events) fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |k| k + 1)
}

/// Whether the line (paragraph) that holds the sentence ending at `sentence_end` ends with a
/// stop: a body paragraph does, a headline does not, even one cut in two by a stop inside it.
pub(in crate::events) fn line_ends_with_a_stop(text: &str, sentence_end: usize) -> bool {
    // Only the line's end is read, not its start (asked of every trigger's sentence, a search
    // back to the paragraph's start read the paragraph again each time): the spaces that end
    // the line are trimmed up to its first other character, which is its own, or up to the
    // line break before it, which ends no line with a stop.
    let line_end = text[sentence_end..].find('\n').map_or(text.len(), |k| sentence_end + k);
    let tail = text[..line_end].trim_end_matches(|c: char| c != '\n' && c.is_whitespace());
    !tail.ends_with('\n') && ends_with_a_stop(tail)
}

/// Whether the sentence `range` is a body sentence: it ends with a stop and so does its line (a
/// headline has none, even one cut in two by a stop inside it).
fn is_a_body_sentence(text: &str, range: &Range<usize>) -> bool {
    ends_with_a_stop(&text[range.clone()]) && line_ends_with_a_stop(text, range.end)
}

/// A bank's scan of a document, as the event rules read it: the occurrences of the trigger
/// phrases and of the `followed` word list (src/extraction.rs puts both sets in its bank).
#[derive(Debug, Clone, Copy)]
pub struct EventScans<'a> {
    /// The trigger rules' phrases ([`TriggerRules::phrases`]).
    pub triggers: Scan<'a>,
    /// The `followed` phrases ([`super::rules::WordLists::follower_phrases`]).
    pub followers: Scan<'a>,
}

/// Build the event mentions of `doc`. `date_mentions` are the document's date expressions, in
/// text order (their indices are what [`DateLink`] refers to). `scans` is a bank's scan of
/// the document holding the trigger and follower phrases (the sets' own banks run when there
/// is none). `lexicon` reads the numbers of a told length ("a two-day visit").
pub fn build_events(doc: &Document, scans: Option<EventScans<'_>>, found: &Found, date_mentions: &[DateMention], rules: &TriggerRules, g: &Gazetteer, lexicon: &crate::dates::lexicon::DateLexicon) -> Vec<EventMention> {
    let text = doc.norm.text.as_str();
    let triggers = scans.map(|s| s.triggers);
    let dates: Vec<Range<usize>> = date_mentions.iter().map(|m| m.range.clone()).collect();
    let main_countries = main_countries(found, g);
    let item_families: Vec<EventType> = rules.rules.iter().filter_map(|r| if let RuleKind::Item(t) = r.kind { Some(t.family()) } else { None }).collect();
    let mut out: Vec<EventMention> = Vec::new();
    // Leads of enumerations ("وقعا أربع اتفاقيات"), by sentence and trigger: how many items took
    // their date.
    let mut leads: HashMap<(usize, usize), u32> = HashMap::default();
    let mut item_lead: HashMap<(usize, usize), (usize, usize)> = HashMap::default();
    // The lead: the first sentence of the story (a full sentence, not a site's name, a date
    // line or a headline), and the starts of its events left undated (see `lead_takes_the_day`).
    let lead = doc.sentences.iter().position(|s| is_a_body_sentence(text, &s.range) && !at_most_words(text, s.range.clone(), 5));
    let mut lead_undated: Vec<usize> = Vec::new();
    // The last dated announcement told (see `conveyed`).
    let mut announced: Option<conveyed::Announcement> = None;
    for (si, sentence) in doc.sentences.iter().enumerate() {
        if crate::budget::expired() {
            break;
        }
        let mut hits = scan(text, sentence, rules, triggers, found, g);
        // "ليبرمان" is not "ل" + "يبرمان" (they conclude): a trigger inside a person's name is
        // part of the name.
        hits.events.retain(|e| {
            let k = found.entities.partition_point(|n| n.range.end <= e.0.start);
            !found.entities[k..].iter().take_while(|n| n.range.start <= e.0.start).any(|n| n.range.covers(&e.0) && g.entities()[n.entity].kind == EntityKind::Person)
        });
        // "After their meeting in Rabat on Monday, X and Y announced …": talks told in the
        // adverbial of time with a day of their own are an event of that day, no time reference.
        let own_day = super::adverbial::acts_of_their_own_day(text, sentence, &mut hits, &dates, found, g, &rules.words);
        tell_the_untold(&mut hits, text, &out, sentence.range.end, &dates, rules);
        tell_the_unreferred_call(&mut hits, text, &out, si);
        tell_the_unreferred_meeting(&mut hits, &out, si);
        tell_the_unreferred_members(&mut hits, &out, si, sentence.range.end, found, g);
        drop_lists_without_items(text, sentence.range.end, &mut hits, rules, &dates, found, g);
        // Events put off to a day the sentence names: planned at that day (by trigger start).
        let rescheduled = drop_denied(text, sentence.range.clone(), &mut hits, rules, &dates);
        deny_the_referred(&mut out, si, &denied_references(text, &hits, rules), rules);
        drop_invited_visits(text, sentence, &mut hits, &rules.words);
        drop_told_content(text, sentence.range.end, &mut hits);
        drop_starts_of_a_told_visit(text, sentence.range.start, &mut hits, &rules.words);
        drop_tourism(text, &sentence.range, &mut hits, found, g);
        join_referred(&mut out, si, text, sentence.range.clone(), &hits, found, g, &main_countries);
        join_call_content(&mut out, si, text, sentence.range.clone(), &hits, found, g, &rules.words);
        let delegation_verbs = delegation_as_subject(text, &mut hits, &rules.words);
        let items = enumeration_items(&mut hits, sentence.range.end);
        let item_of = |i: usize| {
            let e = &hits.events[i];
            item_families.contains(&e.2.family()).then(|| items.iter().position(|s| s.contains(&e.0.start))).flatten()
        };
        let mut aside = told_aside(text, sentence.range.start, &hits, &rules.words);
        // The acts an anniversary recalls: told aside, with no date and no people of the
        // sentence's (see `anniversary_recalls`), unless the date finder read the sentence's day
        // as the anniversary's.
        let anniversary_read = {
            let from = dates.partition_point(|d| d.start < sentence.range.start);
            (from..dates.len()).take_while(|&d| dates[d].start < sentence.range.end).any(|d| date_mentions[d].anniversary)
        };
        let recalls = if anniversary_read { Vec::new() } else { anniversary_recalls(text, sentence, &hits) };
        // Each recalled act is told once, by its head noun; the nouns chained after it are
        // that act ("لتوقيع الإعلان المشترك": one signing, not a signing and a declaration).
        let recalled_by_anniversary: Vec<usize> = recalls.iter().map(|r| r.head.start).collect();
        let chained_in_recalls: Vec<usize> = recalls.iter().flat_map(|r| r.chained.iter().copied()).collect();
        aside.extend(recalled_by_anniversary.iter().copied());
        // "بعد يوم من توقيعه مذكرة تفاهم": the noun that names the referred event right after its
        // verbal noun is that event too, told aside; it does not take the sentence's date.
        for (r, _, ty, tense) in &hits.events {
            // So is the object of a verb told aside, a couple of words on ("التي وقع خلالها مذكرة
            // تفاهم": signed during the visit, not on the day it ended).
            let named_by_aside = *tense == TriggerTense::Noun
                && hits.events.iter().any(|o| {
                    aside.contains(&o.0.start)
                        && o.2.family() == ty.family()
                        && o.0.end <= r.start
                        && word_iter(text, o.0.end..r.start).all(|w| rules.words.during_pronouns.has(&text[w.clone()]))
                });
            if named_by_aside && !aside.contains(&r.start) {
                aside.push(r.start);
            }
        }
        // "reviewed the implementation of the agreement signed in Rabat": the participle of a
        // reviewed object is the earlier act, with no day and no people of the review's.
        if !hits.fulfilments.is_empty() {
            for e in &hits.events {
                if participle_recalled_by(text, sentence, &hits, e, &rules.words).is_some() && !aside.contains(&e.0.start) {
                    aside.push(e.0.start);
                }
            }
        }
        aside.retain(|a| !own_day.nouns.contains(a));
        let mut references = time_references(text, &hits, &rules.words);
        references.retain(|s| !own_day.sequels.contains(s));
        let fulfilled = if hits.fulfilments.is_empty() { Vec::new() } else { fulfilment_starts(text, &hits) };
        // "بعد أيام قليلة من زيارة غانتس للرباط، بحث بلخير مع كوخافي …": a time reference, up
        // to the clause of the next event or predicate told in a later clause, names the
        // referred event's people (a title set apart by commas stays in it); the event told
        // after it does not share them, nor does the referred event take the names told after.
        let reference_spans: Vec<Range<usize>> = references
            .iter()
            .filter_map(|&s| {
                let own = sentence.clause_at(s)?;
                let told = hits.events.iter().filter(|e| !aside.contains(&e.0.start)).map(|e| e.0.start).chain(hits.predicates.iter().map(|p| p.start));
                let next = told.filter_map(|at| sentence.clause_at(at)).filter(|&c| c > own).min()?;
                Some(s..sentence.clauses[next].start)
            })
            .collect();
        if hits.events.is_empty() {
            if let Some(a) = conveyed::Announcement::told_alone(doc, si, sentence, &hits, date_mentions, found, g) {
                announced = Some(a);
            }
            continue;
        }
        // Dates are in text order: the sentence's are a slice found by binary search.
        let first = dates.partition_point(|d| d.start < sentence.range.start);
        // A date on a date line is the page's, not an event's: an agency dateline opening the
        // story's first sentence ("RABAT, Nov 25 (Reuters) - … signed … on Wednesday", "الرباط
        // - 24 نوفمبر 2021 (رويترز) -") dates the writing, the weekday the signing.
        // So does the day an anniversary falls on (it dates the writing; the recalled event
        // keeps its own day): see `DateMention::anniversary`.
        let sentence_dates: Vec<usize> = (first..dates.len())
            .take_while(|&d| dates[d].start < sentence.range.end)
            .filter(|&d| dates[d].end <= sentence.range.end && date_mentions[d].dateline.is_none() && !date_mentions[d].anniversary)
            .collect();
        // Where the days an anniversary falls on start: the verb right before one makes the day
        // come ("تحل اليوم الذكرى الثانية", "يحل اليوم عامان على"), no one arrive.
        let anniversary_days: Vec<usize> = (first..dates.len()).take_while(|&d| dates[d].start < sentence.range.end).filter(|&d| date_mentions[d].anniversary).map(|d| dates[d].start).collect();
        // Each date goes to a predicate (event triggers are predicates too): the nearest in its
        // own clause, else the nearest before it — Arabic news puts the time after the verb —
        // else the nearest after it (a Latin-script date: the nearer of the two).
        let clause_of = |at: usize| sentence.clause_at(at);
        // An event noun after "خلال" beside another event of its clause is subordinate to it
        // ("سيلتقي ليفي خلال زيارته … يوم الجمعة المقبل": Friday is the meeting's) and takes
        // its date later; alone in its clause ("خلال لقائهما الاثنين") it keeps its own.
        // "خلال زيارة", "تزامنا مع أول زيارة": a during marker right before the noun, an ordinal
        // allowed between.
        let during_before = |r: &Range<usize>| {
            hits.during.iter().find(|d| d.end <= r.start && (r.start - d.end <= 2 || matches!(text[d.end..r.start].trim(), "اول" | "اولي" | "ثاني" | "ثالث" | "اخر")))
        };
        let after_during = |r: &Range<usize>| during_before(r).is_some();
        // "وعلى هامش زيارة غانتس، التقى كوخافي بلخير", "وخلال الزيارة، وقع غانتس …": a visit noun
        // told as the frame of the sentence's event — after a during or sidelines word, without
        // a possessive (a possessive's visitor is the event's subject: "على هامش زيارته"), in a
        // clause before the next event of another family — names its own people up to that
        // event's clause; the event told after it names its own (the frame's visitor is not at
        // the talks) and, undated, takes the frame's date (see `frame_of`).
        let frames: Vec<(usize, Range<usize>)> = hits
            .events
            .iter()
            .enumerate()
            .filter(|(_, e)| e.2.family() == EventType::Visit && e.3 == TriggerTense::Noun && !has_possessive(text, &e.0) && (during_before(&e.0).is_some() || on_the_sidelines(text, sentence.range.start, &e.0, &rules.words)))
            .filter_map(|(j, e)| {
                let own = sentence.clause_at(e.0.start)?;
                let next = hits.events.iter().filter(|o| o.2.family() != EventType::Visit).filter_map(|o| sentence.clause_at(o.0.start)).filter(|&c| c > own).min()?;
                Some((j, e.0.start..sentence.clauses[next].start))
            })
            .collect();
        // The frame the event at `i` is told after, by its index.
        let frame_of = |i: usize| frames.iter().find(|(j, told)| *j < i && told.end <= hits.events[i].0.start).map(|&(j, _)| j);
        // "خلال هذه الزيارة", "أثناء وجوده بالمغرب": during an event already reported.
        let soon_after_during = |r: &Range<usize>| hits.during.iter().any(|d| d.end <= r.start && r.start - d.end <= 12);
        // "اتفقا على قدوم الوفد": an event in the object of a decision is what was decided.
        // The object ends at a clause break before a sequel word: "had agreed to normalise
        // relations, after a phone call with the King" tells the call the decision came after,
        // an act done, not one decided.
        let decision_ended = |d: usize, r: &Range<usize>| {
            hits.sequels.iter().any(|s| d < s.start && s.end <= r.start && text[d..s.start].contains(crate::text::clause::EVERY_CLAUSE_MARK))
        };
        let decided = |r: &Range<usize>| hits.decisions.iter().any(|&d| d <= r.start && !decision_ended(d, r));
        // An event announced by a marker before it in its clause ("دعاه إلى زيارة إسرائيل"): an
        // invitation, not the event of the sentence.
        let invited = |r: &Range<usize>| hits.planned.iter().any(|p| p.end <= r.start && clause_of(p.start) == clause_of(r.start));
        let subordinate = |i: usize| {
            let e = &hits.events[i];
            e.3 == TriggerTense::Noun
                && after_during(&e.0)
                && hits.events.iter().enumerate().any(|(j, o)| j != i && !after_during(&o.0) && clause_of(o.0.start) == clause_of(e.0.start) && !invited(&o.0))
        };
        let mut preds: Vec<(Range<usize>, Option<usize>)> =
            (0..hits.events.len()).filter(|&i| !subordinate(i) && !governed_by_verb(text, &hits, i) && !recalled_by_anniversary.contains(&hits.events[i].0.start) && !chained_in_recalls.contains(&hits.events[i].0.start)).map(|i| (hits.events[i].0.clone(), Some(i))).collect();
        preds.extend(hits.predicates.iter().map(|r| (r.clone(), None)));
        // "جرى، اليوم الجمعة، اتصال هاتفي", "عقد كوخافي، أمس، جلسة عمل": a light verb stands for
        // the event noun it governs — the first trigger after it, a few words on, with no other
        // predicate between — so a date told beside the verb is the noun's.
        // Event nouns a light verb tells ("قام وفد … بزيارة", "يبدأ الوزير زيارة"): told by a
        // verb, as a lead's news is.
        let mut told_by_support: Vec<(usize, usize)> = Vec::new();
        for support in &hits.supports {
            let governed = hits.events.iter().position(|e| e.0.start >= support.end).filter(|&i| {
                let e = &hits.events[i];
                e.3 == TriggerTense::Noun
                    && !subordinate(i)
                    // Over a subject with its long title ("أجرى وزير الشؤون الخارجية والتعاون
                    // الإفريقي …، ناصر بوريطة، اليوم بالرباط، مباحثات").
                    && at_most_words(text, support.end..e.0.start, 16)
                    && !hits.predicates.iter().any(|p| p.start >= support.end && p.end <= e.0.start)
            });
            if let Some(i) = governed {
                // A verb that is also a predicate of its own ("توجه") stands for the noun only.
                preds.retain(|(r, ev)| !(ev.is_none() && r == support));
                preds.push((support.clone(), Some(i)));
                told_by_support.push((i, support.start));
            }
        }
        let stamped = opens_with_a_clock_time(&text[sentence.range.clone()]) || dating::under_a_clock_line(text, sentence.range.start);
        // "Since then, firms have been in talks": after the event told before, not on its day.
        let since_then = opens_since_then(text, &sentence.range, &rules.words.since);
        // The live page's own day header above a stamped entry, read once per sentence.
        let mut day_header: Option<Option<usize>> = None;
        let first_new = out.len();
        let reading = Reading { doc, text, sentence, si, first_new, found, g, rules, delegation_verbs: &delegation_verbs, told_by_support: &told_by_support, date_ranges: &dates, lexicon };
        let (mut own_date, statement_date) = date_each_predicate(&reading, &hits, &preds, &dates, &sentence_dates, date_mentions);
        let announced_before = announced.clone();
        if let Some(a) = conveyed::Announcement::of_sentence(doc, si, &sentence.range, &statement_date, date_mentions, found, g) {
            announced = Some(a);
        }
        // "أرجئت الزيارة، التي كانت مقررة في أبريل، إلى يونيو": the day it was put off to is
        // the event's, whatever day the sentence first set it for.
        for &(start, d) in &rescheduled {
            if let Some(i) = hits.events.iter().position(|e| e.0.start == start) {
                own_date.insert(i, d);
            }
        }
        // "والتقت الوزيرة خلال الزيارة كلا من …", "وأجرى خلال زيارته مباحثات مع …": a visit noun
        // right after a during word, definite or with a possessive, undated and with no relative
        // clause after it ("خلال الزيارة التي بدأها أمس" tells a visit of its own), beside an act
        // of another family, in a sentence after a visit reported done and dated in the two
        // sentences before, recalls that visit: the noun is no visit of its own, and the
        // sentence's acts took place during it. (The noun, when one tells it, and the visit, by
        // their indices.)
        // The visit reported done and dated in the two sentences before, looked for first: most
        // sentences follow none, and then nothing of theirs is read for a recall.
        let told_visit = out[..first_new]
            .iter()
            .enumerate()
            .rev()
            .take_while(|(_, m)| si - m.sentence <= 2)
            .find(|(_, m)| m.event_type.family() == EventType::Visit && !m.planned && !m.aside && m.date.is_some())
            .map(|(k, _)| k);
        let visit_recalled: Option<(Option<usize>, usize)> = told_visit.and_then(|told| {
            hits.events
                .iter()
                .enumerate()
                .filter(|(_, e)| e.2.family() == EventType::Visit && e.3 == TriggerTense::Noun && after_during(&e.0) && !latin_trigger(text, &e.0))
                .filter(|(j, e)| {
                    let noun = &text[e.0.clone()];
                    let definite = noun.strip_prefix('و').unwrap_or(noun).starts_with("ال");
                    (definite || has_possessive(text, &e.0))
                        && !own_date.contains_key(j)
                        && !rules.words.relative_in(text, e.0.end..sentence.range.end)
                        && hits.events.iter().any(|o| o.2.family() != EventType::Visit)
                })
                .map(|(j, _)| Some(j))
                // "ووقعت الوزيرة خلالها مع … اتفاقية": "during it" (word list `during-it`) right
                // after an act of another family and its subject recalls the visit the same way,
                // in a sentence that names no visit of its own ("بعد شهر من زيارة وفد …، وقع خلالها
                // الجانبان إعلانا": that visit).
                .chain((!hits.events.iter().any(|e| e.2.family() == EventType::Visit) && hits.events.iter().any(|e| e.2.family() != EventType::Visit && matches!(e.3, TriggerTense::Past | TriggerTense::Future) && word_iter(text, e.0.end..sentence.range.end).take(DURING_IT_AFTER_ACT_WORDS).any(|w| rules.words.during_it.has(&text[w])))).then_some(None))
                .next()
                .map(|noun| (noun, told))
        });
        // "أجرى لابيد اتصالا هاتفيا مع بوريطة، وتم الاتفاق على أن لابيد سيزور الرباط الشهر
        // المقبل": the sentence dates only acts told for later (a future form, what was decided
        // or said), none of what it tells as done.
        // Read for the lead only, the one sentence that asks.
        let dates_only_plans = Some(si) == lead
            && own_date.keys().all(|&e| {
                let r = &hits.events[e].0;
                hits.events[e].3 == TriggerTense::Future || decided(r) || dating::complement_between(text, sentence, sentence.range.start, r.start, &rules.words.complements).is_some()
            });
        let names = NameSources { text, hits: &hits, found, g, main_countries: &main_countries, lists: &rules.words, doc };
        let talks_with = talks_with_spans(text, &hits.events, &rules.words);
        let mut scopes = scopes(text, sentence, &hits.events, &hits.predicates, &hits.planned, &dates, &names);
        // "After signing the memorandum on Tuesday, Gantz and Loudiyi visited …": the act of an
        // adverbial opening the sentence is its main clause subject's, named up to the next act.
        for (i, e) in hits.events.iter().enumerate() {
            if own_day.opening.contains(&e.0.start) {
                let next = hits.events.get(i + 1).map_or(sentence.range.end, |n| n.0.start);
                scopes[i].end = scopes[i].end.max(next);
            }
        }
        // "التقى بوريطة لابيد، على هامش قمة النقب التي …": an event noun right after a sidelines
        // word (an article allowed between) is the larger event the sentence's event of its
        // family is told on the sidelines of: another event, named by its own phrase — up to
        // the next trigger or predicate, or its clause's end — which the other does not share.
        let sideline_spans: Vec<Option<Range<usize>>> = hits
            .events
            .iter()
            .map(|(r, _, ty, tense)| {
                let same_family_beside = hits.events.iter().any(|o| o.0 != *r && o.2.family() == ty.family());
                if *tense != TriggerTense::Noun || !same_family_beside || !on_the_sidelines(text, sentence.range.start, r, &rules.words) {
                    return None;
                }
                let next = hits.events.iter().map(|e| e.0.start).chain(hits.predicates.iter().map(|p| p.start)).filter(|&at| at >= r.end);
                let end = next.chain(clause_of(r.start).map(|c| sentence.clauses[c].end)).min().unwrap_or(sentence.range.end);
                Some(r.start..end.max(r.end))
            })
            .collect();
        // Departures abroad told in the sentence (see `hosts::departure_abroad`): where each
        // trigger starts, where the clause of its destination ends, the home places it left.
        let departures: Vec<(usize, usize, Vec<usize>)> = hits
            .events
            .iter()
            .enumerate()
            .filter(|(_, (r, rule, ty, tense))| (ty.family() == EventType::Visit && rules.rules[*rule].tells_a_departure()) || (*ty == EventType::Flight && *tense == TriggerTense::Past && traveller_after(text, r.end, found, g, &rules.words.planes)))
            .filter_map(|(j, (r, ..))| {
                let (destination, home) = departure_abroad(text, r, &scopes[j], found, g, &rules.words)?;
                let cut = clause_of(destination.start).map_or(sentence.range.end, |c| sentence.clauses[c].end);
                Some((r.start, cut.max(destination.end), home))
            })
            .collect();
        // Hosts of a reception whose guests a visit's relative clause describes (left out of
        // the sentence's visits once its triggers are collapsed: "على رأس وفد" joins them).
        let mut hosts: Vec<usize> = Vec::new();
        let mut reported_dates: Vec<(usize, DateLink)> = Vec::new();
        // Mentions (indices into `out`) that repeat an event told just before.
        let mut repeats: Vec<usize> = Vec::new();
        // Where acts recalled after "since" stand, up to the date that closes each («منذ وصوله
        // إلى الرباط في كانون الثاني الماضي»): an arrival or visit there is the start of a stay
        // that lasts, no visit of its own (see `DateMention::since`). Another act keeps its
        // mention, a reminder that the date does not make an event of that month alone
        // ("depuis l'accord tripartite conclu en décembre 2020").
        let since_recalls: Vec<Range<usize>> = (first..dates.len()).take_while(|&d| dates[d].start < sentence.range.end).filter_map(|d| Some(date_mentions[d].since?..dates[d].start)).collect();
        for (i, (range, rule, ty, tense)) in hits.events.iter().enumerate() {
            if anniversary_days.iter().any(|&d| d >= range.end && text[range.end..d].trim().is_empty()) {
                continue;
            }
            if ty.family() == EventType::Visit && since_recalls.iter().any(|r| r.covers(range)) {
                continue;
            }
            if chained_in_recalls.contains(&range.start) {
                continue;
            }
            let item = item_of(i);
            let span = item.map_or(sentence.range.clone(), |k| items[k].clone());
            // An item's participants are its own: the lead's are named in the lead.
            // Each visit a plural noun lists is told aside, dated by its own date (see `listed`).
            let aside = aside.contains(&range.start) || rules.rules[*rule].tells_a_list();
            // An event told aside names its own parties after it ("… التي وقعتها الحكومتان").
            let start = if aside { range.start } else { scopes[i].start.max(span.start).min(range.start) };
            // "وقع العثماني الإعلان خلال أول زيارة يقوم بها وفد إسرائيلي": a visit noun after
            // "خلال" with no pronoun of its own names its visitor after it; who is named before
            // is the main event's party or the host, not someone who travels.
            // The delegation of that visit ("يقوم بها وفد …") is read from there too.
            let visit_from = hits
                .events
                .iter()
                .filter(|e| e.2.family() == EventType::Visit && e.3 == TriggerTense::Noun && e.0.start <= range.start && clause_of(e.0.start) == clause_of(range.start) && !has_possessive(text, &e.0))
                .filter_map(|e| during_before(&e.0))
                .map(|d| d.start)
                .max();
            let start = match visit_from {
                Some(from) if ty.family() == EventType::Visit => start.max(from).min(range.start),
                _ => start,
            };
            let decided = decided(range);
            // "وتحدث عن مباحثاته مع الملك …، أوضح أن الطرفين اتفقا على قدوم الوفد": what was decided
            // names its own parties; who decided, or was named before, is not among them. But
            // those who agree to meet, talk or sign again are the parties of what they decided
            // ("sont convenues de se retrouver … pour signer un accord").
            let decided_by_its_parties = matches!(ty.family(), EventType::Meeting | EventType::Call | EventType::Agreement);
            let start = match hits.decisions.iter().filter(|&&d| d <= range.start).max() {
                Some(&d) if !decided_by_its_parties => start.max(d),
                _ => start,
            };
            // A time reference after the trigger ("… بعد أيام من الإعلان عن … بوساطة ترامب") names
            // the referred event's people, not this one's.
            // Not the talks an act told before closed ("وقع … في ختام لقاء جمع مزور بباربيفاي"):
            // their people are the act's.
            let reference = references.iter().copied().filter(|&r| r >= range.end && !hits.ends_of.contains(&r)).chain(fulfilled.iter().copied().filter(|&r| r >= range.end)).min().unwrap_or(usize::MAX);
            let scope = match &sideline_spans[i] {
                Some(own) => own.clone(),
                // A recalled act names none of the sentence's people.
                // Its own complement is its own ("… of the joint declaration between Morocco,
                // the United States and Israel"): from the head up to where the scope of the
                // chain's last noun ends, and no further than the next act, predicate or
                // presence marker.
                None if recalled_by_anniversary.contains(&range.start) => {
                    let recall = recalls.iter().find(|r| r.head.start == range.start);
                    let chain_end = recall.map_or(range.end, |r| r.end);
                    let last = recall.and_then(|r| r.chained.last()).copied().unwrap_or(range.start);
                    let last_scope_end = hits.events.iter().position(|e| e.0.start == last).map_or(range.end, |j| scopes[j].end);
                    // Nor past a presence marker: who watched the ceremony («…، بحضور بيوض
                    // ولابيد») signed nothing recalled.
                    let next_told = hits.events.iter().map(|e| e.0.start).chain(hits.predicates.iter().map(|p| p.start)).chain(hits.supports.iter().map(|p| p.start)).chain(hits.presences.iter().map(|p| p.start)).filter(|&at| at >= chain_end).min().unwrap_or(usize::MAX);
                    range.start..last_scope_end.min(next_told).min(span.end).max(chain_end)
                }
                None => {
                    let (mut start, mut end) = (start, scopes[i].end.min(span.end).min(reference).max(range.end));
                    for told in &reference_spans {
                        if told.contains(&range.start) && aside {
                            end = end.min(told.end).max(range.end);
                        } else if told.end <= range.start {
                            start = start.max(told.end).min(range.start);
                        }
                    }
                    for (j, told) in &frames {
                        if *j == i {
                            end = end.min(told.end).max(range.end);
                        } else if frame_of(i) == Some(*j) {
                            start = start.max(told.end).min(range.start);
                        }
                    }
                    start..end
                }
            };
            // "وغادر بوريطة الرباط متوجها إلى باريس", "أقلعت طائرة الوزير من الرباط متوجهة إلى
            // باريس": a departure from the traveller's own country is a trip to where it heads;
            // what the sentence tells after that place is another event's ("…، بعد أن استقبل").
            // The trip's other words ("متوجها إلى باريس في زيارة عمل") are read up to the end of
            // the destination's clause too.
            let traveller_plane = *ty == EventType::Flight && *tense == TriggerTense::Past && traveller_after(text, range.end, found, g, &rules.words.planes);
            let departure = (ty.family() == EventType::Visit || traveller_plane).then(|| departures.iter().find(|(from, cut, _)| *from <= range.start && range.start < *cut)).flatten();
            let scope = match departure {
                Some((_, cut, _)) => scope.start..scope.end.min(*cut).max(range.end),
                None => scope,
            };
            let mut date = own_date.get(&i).map(|&d| DateLink { date: d, how: DateHow::Own });
            if date.is_none() && !decided && !aside && after_during(range) {
                let main = own_date.iter().min_by_key(|(ev, _)| distance(&hits.events[**ev].0, range));
                date = main.map(|(_, &d)| DateLink { date: d, how: DateHow::During });
            }
            // "خلال هذه الزيارة": during an event already reported, so at its date; "وعلى هامش
            // هذه المباحثات، وقع الوزيران": by its parties, when it names none of its own. Not
            // during a call: what its sentence tells ("أكد خلال الاتصال أن بلاده ستعمل على تسهيل
            // الرحلات") is what was said on the phone, nothing done that day.
            let mut referred_event: Option<usize> = None;
            // The act took place during the visit a sentence after it recalls (and, when it has no
            // date of its own, is dated by it).
            let mut during_recalled_visit = false;
            let mut dated_by_recalled_visit = false;
            if !aside && !decided {
                let referred = hits.references.iter().find(|(r, family)| soon_after_during(r) && *family != EventType::Call).map(|(_, family)| family);
                let referred = referred.or_else(|| hits.stays.iter().any(soon_after_during).then_some(&EventType::Visit));
                if let Some(family) = referred {
                    // The visit itself before another act of its family ("خلال هذه الزيارة" after
                    // an opening announced for the next day).
                    referred_event = own_type_first(*family, |same| out[..first_new].iter().rposition(|m| same(m.event_type)));
                } else if let Some((_, told)) = visit_recalled.filter(|_| ty.family() != EventType::Visit) {
                    referred_event = Some(told);
                    during_recalled_visit = true;
                    dated_by_recalled_visit = date.is_none();
                }
                if date.is_none() && referred_event.is_some() {
                    date = referred_event.and_then(|k| out[k].date).map(|d| DateLink { date: d.date, how: DateHow::During });
                }
            }
            // "وعقب اللقاء، وقع الجانبان مذكرة تفاهم", "وفي ختام المباحثات، وقع الوزيران": an
            // event told right after a sequel word and an event noun of a family dated in its
            // paragraph before it, or in the two sentences before, follows that event, on its
            // day; its parties, when it names none ("الجانبان"), are that event's. A noun dated
            // in its own words ("في ختام المباحثات التي أجراها بوريطة مع لابيد أمس") is that
            // event told here: its day. Arabic tells the sequel after the verb and its subject
            // too ("ووقع الوزيران في ختام المباحثات اتفاقية"): within a few words of it, in its
            // clause. A demonstrative between the sequel word and the noun ("ووقع الطرفان في
            // ختام هذه المباحثات ثلاث اتفاقيات", "وعقب هذا اللقاء، وقع …") makes the noun a
            // reference (see `scan`), no event of this sentence: it is the event told before,
            // whose day the act takes the same way.
            if date.is_none() && referred_event.is_none() && !aside && !decided && *tense != TriggerTense::Future {
                let told_after_the_act = |s: &Range<usize>| {
                    s.start >= range.end && !latin_trigger(text, range) && clause_of(s.start) == clause_of(range.start) && at_most_words(text, range.end..s.start, SEQUEL_AFTER_THE_ACT_WORDS)
                };
                // (the event noun of this sentence, if it is one; the family of the event told)
                let followed = hits.sequels.iter().filter(|s| s.end <= range.start || told_after_the_act(s)).find_map(|s| {
                    let noun_after = |r: &Range<usize>| r.start >= s.end && (r.end <= range.start || s.start >= range.end);
                    let after_word = || word_iter(text, s.clone()).next_back().is_some_and(|w| rules.words.afters.has_with_proclitics(&text[w]));
                    // "وبعد ساعات من وصوله، وقع"، "عقب وصوله بساعات"، "بعيد وصوله": an arrival told by
                    // its noun (a past row's masdar, right after an after word) hours after which the
                    // act told done came, on its day; days or weeks after it (بعد أيام من وصوله) is
                    // another.
                    let arrival_hours_before = |e: &(Range<usize>, usize, EventType, TriggerTense)| {
                        *tense == TriggerTense::Past
                            && e.3 != TriggerTense::Noun
                            && e.2.family() == EventType::Visit
                            && rules.rules[e.1].id.contains(crate::merge::ARRIVAL_RULE_MARK)
                            && after_word()
                            && hours_after_the_arrival(text, s.end..e.0.start, e.0.end..sentence.range.end, &rules.words.counted_from, lexicon)
                    };
                    hits.events
                        .iter()
                        .position(|e| noun_after(&e.0) && ((e.3 == TriggerTense::Noun && text[s.end..e.0.start].trim().is_empty()) || arrival_hours_before(e)))
                        .map(|k| (Some(k), hits.events[k].2))
                        // Only after a word of the end or of "after" (not "قبل", "عشية", "غداة":
                        // another day than the event told).
                        .or_else(|| {
                            let end_or_after = hits.ends_of.contains(&s.start) || word_iter(text, s.clone()).next_back().is_some_and(|w| rules.words.afters.has_with_proclitics(&text[w]));
                            hits.references.iter().find(|(r, _)| end_or_after && noun_after(r) && at_most_words(text, s.end..r.start, 1)).map(|(_, family)| (None, *family))
                        })
                });
                let told_here = followed.and_then(|(k, _)| k).and_then(|k| out[first_new..].iter().position(|m| m.trigger == hits.events[k].0 && m.date.is_some())).map(|p| first_new + p);
                if let Some(told) = followed.map(|(_, ty)| ty) {
                    // "بعيد وصوله": the arrival told, before another act of its family (the
                    // opening announced for the next day).
                    let same_paragraph = |k: usize| !text[doc.sentences[k].range.end..sentence.range.start].contains('\n');
                    referred_event = told_here.or_else(|| own_type_first(told, |same| out[..first_new].iter().rposition(|m| (si - m.sentence <= 2 || same_paragraph(m.sentence)) && same(m.event_type) && !m.planned && m.date.is_some())));
                    date = referred_event.and_then(|k| out[k].date).map(|d| DateLink { date: d.date, how: DateHow::Carried });
                }
            }
            // The mention whose date a connective carries, to be checked against this one's status.
            let mut carried_from: Option<usize> = None;
            if date.is_none() && !aside && !decided && carried_to(text, range, *tense, *ty, &hits) && *tense != TriggerTense::Future && !since_then {
                // Not a date quoted or told after "since" in its own sentence: a back-reference,
                // no day of the narrative's last act.
                carried_from = out.iter().rposition(|m| m.date.is_some_and(|d| dating::carries_to_the_next_act(doc, date_mentions, &rules.words.since, d.date)));
                date = carried_from.and_then(|k| out[k].date).map(|d| DateLink { date: d.date, how: DateHow::Carried });
            }
            // "…، بعد أن وقع", "…، إذ أجرى اتصالا": a past verb chained after the act before it,
            // or telling what it did (word lists `chain`, `explain`).
            let chained_deed = clause_of(range.start).is_some_and(|c| c > 0 && crate::events::participants::chained_after(text, sentence.clauses[c].start..range.start, &rules.words.chains))
                || dating::explained_clause(text, sentence, &hits, &told_by_support, i, &rules.words.explains).is_some();
            let mut mention = EventMention {
                rule: *rule,
                event_type: *ty,
                trigger: range.clone(),
                sentence: si,
                date,
                people: Vec::new(),
                organisations: Vec::new(),
                places: Vec::new(),
                countries: Vec::new(),
                role_refs: Vec::new(),
                // A recalled act is past: «لتوقيع» after «الذكرى» is its complement, no purpose.
                planned: !recalled_by_anniversary.contains(&range.start)
                    && (*tense == TriggerTense::Future
                    || decided
                    || rescheduled.iter().any(|&(start, _)| start == range.start)
                    || hits.purposes.contains(&range.start)
                    // A marker before the trigger, or after it in its own clause ("زيارة …
                    // المرتقبة"), not one that opens a later clause ("وهو يدشن …، حيث يرتقب أن يزور").
                    // An event noun after "خلال" is not announced by a marker that announces an
                    // event before it ("دعاه إلى زيارة إسرائيل خلال اتصال أجراه الطرفان").
                    || hits.planned.iter().any(|p| {
                        let governs_another = after_during(range) && hits.events.iter().any(|o| o.0.start > p.start && o.0.end <= range.start);
                        // "من المقرر أن يزور غانتس الدار البيضاء غدا، بعد أن وقع أمس مذكرة": a past
                        // verb after the act the marker announces is a deed told beside the plan.
                        // A past verb chained after it ("بعد أن", "بعدما", word list `chain`), or
                        // telling what the act before did ("نفذ ما كان ينتظر منه، إذ أجرى اتصالا").
                        let deed_beside = *tense == TriggerTense::Past && p.start < range.start && chained_deed;
                        // "X, the diplomat who will head the office, arrived on Tuesday": the
                        // future of a relative clause describing the subject is its own.
                        let describes_the_subject = p.start < range.start && in_a_relative_clause_closed_before(text, sentence.range.start, p, range.start, &rules.words);
                        !governs_another && !deed_beside && !describes_the_subject && (p.start < range.start || (overlaps(p, &scope) && clause_of(p.start) == clause_of(range.start)))
                    })),
                carried_actor: None,
                on_publication_day: false,
                item: item.map(|k| k as u32),
                span,
                aside,
                shift: 0,
                told_again: None,
            };
            // "كما يتزامن الاتفاق مع اقتراب إطلاق الرحلات": a connective ties a plan to a done
            // event, not to its day; only an event of the same status takes the carried date.
            if carried_from.is_some_and(|k| out[k].planned != mention.planned) {
                mention.date = None;
            }
            // The names of a larger event told on the sidelines are its own, not this one's.
            // So are the other sides of talks told as an earlier item of a list of events.
            let mut pieces = vec![scope.clone()];
            let talked_with = talks_with.iter().filter(|(j, told)| *j != i && told.end <= range.start).map(|(_, told)| told);
            for other in sideline_spans.iter().enumerate().filter(|&(j, _)| j != i).filter_map(|(_, s)| s.as_ref()).chain(talked_with) {
                pieces = pieces.into_iter().flat_map(|p| [p.start..other.start.clamp(p.start, p.end), other.end.clamp(p.start, p.end)..p.end]).filter(|p| !p.is_empty()).collect();
            }
            for piece in &pieces {
                fill_participants(&mut mention, piece, &names);
            }
            // An anniversary's recalled act keeps only the countries of its complement ("of the
            // joint declaration between Morocco, the United States and Israel"): who keeps the
            // anniversary ("celebrated … with Beyyoudh and Lapid", "…, Bourita held a call")
            // and where are the ceremony's, not the recalled signing's.
            if recalled_by_anniversary.contains(&range.start) {
                mention.people.clear();
                mention.organisations.clear();
                mention.places.clear();
            }
            // "وبعد أن وقع أمس ثلاث اتفاقيات مع بوريطة، زار لابيد …": the act of a clause opening
            // the sentence after a chaining phrase, told without its subject, is the main
            // clause's subject's.
            if let Some(k) = leading_chained_act_subject(text, sentence, &hits.events[i], found, g, &rules.words) {
                let person = found.entities[k].entity;
                if !mention.people.contains(&person) {
                    mention.people.insert(0, person);
                    mention.countries.push(*g.country_of(person));
                }
            }
            capital_told_alone(&mut mention, &scope, &sentence.range, text, found, g, &dates, &rules.words);
            // "التقت خلالها عددا من المسؤولين المغاربة", "met representatives of the local Jewish
            // community", "a rencontré des membres de la communauté": talks with a group left
            // unnamed, with no one of the other side named (a person, an office; an
            // organisation named after the group is whom it belongs to, "members of the
            // Council of Jewish Communities"), are part of the visit they are told in, not a row.
            // Told after a stop of the trip in their sentence («يتوجه إلى الدار البيضاء، حيث
            // سيزور الكنيس ويلتقي بممثلين عن الطائفة», « se rendre à Casablanca, où il a visité la
            // synagogue et rencontré des membres de la communauté »), they are that stop's even
            // when the visitor is told by his office («الضيف الإسرائيلي») or beside a colleague
            // named at an earlier act of the sentence (« en présence de son chef David Govrin »):
            // whoever they name is of one side. Told alone ("On Thursday, the Israeli minister
            // is due to meet members of Rabat's Jewish community"), such talks with the visitor
            // told by an office stay a row of his.
            if matches!(ty.family(), EventType::Meeting | EventType::Call) {
                let told_alone = mention.people.len() <= 1 && mention.role_refs.is_empty();
                // A stop: a visit told before them in the sentence, which names the city or site
                // it goes to before them («يتوجه إلى فاس، حيث سيزور … ويلتقي», « à Casablanca, où
                // il a visité … et rencontré »; not a country, which «الصهيوني» may name as an
                // adjective). An arrival told aside of their subject with no place (« La
                // ministre, arrivée dimanche à la tête d'une délégation, a également rencontré des
                // représentants de la CGEM à Casablanca ») is none.
                let place_before = || {
                    found.starting_in(&(sentence.range.start..range.start)).iter().filter(|e| e.range.end <= range.start).any(|e| {
                        let place = &g.entities()[e.entity];
                        place.kind == EntityKind::Place && !place.is_country()
                    })
                };
                let after_a_stop = || hits.events.iter().any(|o| o.2.family() == EventType::Visit && o.0.end <= range.start) && place_before();
                // People named after the group are its members, the other side named (« des
                // entretiens avec plusieurs membres du gouvernement, parmi lesquels X et Y »).
                let members_named = || found.starting_in(&(range.end..sentence.range.end)).iter().any(|e| e.range.end <= sentence.range.end && g.entities()[e.entity].kind == EntityKind::Person);
                // The group is read last: the cheaper tests above settle most talks.
                if (told_alone || (after_a_stop() && names_one_side(&mention, g) && !members_named())) && unnamed_other_side(text, range.end, sentence.range.end, &rules.words) {
                    repeats.push(out.len());
                }
            }
            // "على هامش القمة": a larger event that names no one of its own is the one already
            // told, not news of this sentence.
            let names_none = mention.people.is_empty() && mention.organisations.is_empty() && mention.role_refs.is_empty() && mention.places.is_empty();
            if sideline_spans[i].is_some() && names_none {
                repeats.push(out.len());
            }
            // "أجرى باربيفاي مباحثات مع مزور، خلال زيارة عمل يقوم بها إلى المملكة": a visit after
            // "خلال" that names where it goes but no visitor is the visit of who is named before
            // it from another country.
            if let Some(from) = visit_from.filter(|_| ty.family() == EventType::Visit)
                && mention.people.is_empty()
                && mention.role_refs.is_empty()
                && mention.organisations.is_empty()
                && let [destination] = mention.countries.as_slice()
            {
                let destination = *destination;
                let first = found.entities.partition_point(|e| e.range.start < sentence.range.start);
                for e in found.entities[first..].iter().take_while(|e| e.range.end <= from) {
                    let entity = &g.entities()[e.entity];
                    if entity.kind == EntityKind::Person && !entity.country.is_empty() && entity.country != destination && !mention.people.contains(&e.entity) {
                        mention.people.push(e.entity);
                        mention.countries.push(entity.country);
                    }
                }
            }
            if let Some(k) = referred_event
                && mention.people.is_empty()
                && mention.role_refs.is_empty()
            {
                mention.people = out[k].people.clone();
                mention.role_refs = out[k].role_refs.clone();
                mention.countries.extend(out[k].countries.iter().cloned());
            }
            // "ووقعت الوزيرة خلالها مع مزور اتفاقية", "واجتمع الوزير خلال الزيارة بكل من …": an
            // act during the visit recalled that names only people of the other side (its
            // subject an office word) is the visitor's.
            if during_recalled_visit
                && let Some(&visitor) = referred_event.and_then(|k| out[k].people.first())
                && !mention.people.is_empty()
                && mention.people.iter().all(|&p| !g.country_of(p).is_empty() && g.country_of(p) != g.country_of(visitor))
            {
                mention.people.insert(0, visitor);
                mention.countries.push(*g.country_of(visitor));
            }
            if hits.pairs.iter().any(|p| overlaps(p, &scope)) {
                mention.countries.extend(main_countries.iter().cloned());
            }
            // "استقبل الطالبي العلمي … رئيس الكنيست ميكي ليفي، الذي يقوم بزيارة رسمية": a visit
            // told in a relative clause is the visit of the person the clause describes, named
            // first (a title with no city names its visitor first).
            // "وقع عيساوي فريج، الذي وصل الرباط الاثنين، مذكرة …", «…، الذي حل بالرباط أمس،»: an
            // arrival in the past told in such a clause is told aside (see `scan::told_aside`), so
            // its scope starts at its verb and misses the name before the pronoun; it is still
            // that person's arrival. Told by its day: one told by a month («ويترأس المكتب ديفيد
            // غوفرين، الذي حل بالرباط في جانفي الماضي») describes the person, when he took up a
            // post, and is no trip of the story's.
            let described = if ty.family() == EventType::Visit { described_visitor(text, sentence.range.start, range, found, g, &rules.words.relatives) } else { None };
            let told_by_its_day = mention.date.is_some_and(|d| {
                use crate::dates::value::ExprKind;
                match &date_mentions[d.date].expr.kind {
                    ExprKind::Relative { .. } | ExprKind::Weekday { .. } => true,
                    ExprKind::Calendar(c) => c.day.is_some() || c.weekday.is_some(),
                    _ => false,
                }
            });
            if let Some(visitor) = described.filter(|v| aside && told_by_its_day && rules.rules[*rule].id.contains(crate::merge::ARRIVAL_RULE_MARK) && !mention.people.contains(v)) {
                // Who is named past the clause's end (its closing comma) is the main act's.
                let clause_end = text[range.end..sentence.range.end].find(crate::text::clause::COMMAS).map_or(sentence.range.end, |k| range.end + k);
                let in_clause: Vec<usize> = found.starting_in(&(range.end..clause_end)).iter().map(|e| e.entity).collect();
                mention.people.retain(|p| in_clause.contains(p));
                mention.organisations.retain(|p| in_clause.contains(p));
                mention.countries = mention.people.iter().chain(&mention.organisations).chain(&mention.places).map(|&e| *g.country_of(e)).collect();
                mention.people.insert(0, visitor);
                mention.countries.push(*g.country_of(visitor));
                mention.countries.retain(|c| !c.is_empty());
                mention.countries.sort();
                mention.countries.dedup();
            }
            if let Some(visitor) = described
                && let Some(at) = mention.people.iter().position(|&p| p == visitor)
            {
                let v = mention.people.remove(at);
                mention.people.insert(0, v);
                // "استقبل جلالة الملك محمد السادس، اليوم، كوشنر وبن شبات، اللذين يقومان بزيارة":
                // the host of the reception the clause follows receives the visitors; he is
                // not one of them.
                if let Some(host) = reception_host(sentence.range.start, range, &hits, found, g).filter(|&h| h != visitor && g.country_of(h) != g.country_of(visitor)) {
                    hosts.push(host);
                }
                // «والتقت الوزيرة …، التي تزور المغرب منذ الأحد، وزير الصناعة رياض مزور»: who
                // the visitor meets, named after the clause, receives him too.
                hosts.extend(met_after_the_described(text, &sentence.range, range, g.country_of(visitor), &hits, found, g));
            }
            // "استقبل بوريطة، اليوم، وفدا إسرائيليا يقوده أوشبيز": the delegation's leader visits;
            // who received it is its host (see `hosts`).
            if ty.family() == EventType::Visit {
                hosts.extend(hosts_of_a_led_delegation(text, &sentence.range, range, &hits, found, g, &rules.words));
            }
            // "على هامش زيارته للمغرب، عقد برنياع لقاء مع المنصوري", "خلال زيارتها لإسرائيل،
            // التقت الوزيرة …": a visit told by its noun with a possessive after a during marker
            // is the visit of the one the sentence's event names from elsewhere; who is of the
            // country it goes to (named right after it) receives him.
            if ty.family() == EventType::Visit
                && *tense == TriggerTense::Noun
                && after_during(range)
                && has_possessive(text, range)
                && let Some(visited) = country_named_after(text, range.end, found, g)
            {
                mention.people.retain(|&p| *g.country_of(p) != visited);
            }
            // "…, au cours de laquelle il a signé", "التي التقى خلالها": told in a relative clause
            // of time, the act is done on the event the clause describes (dated by it, see
            // `dating`), not as the next act of the sentence's day.
            let during_the_described = dating::relative_clause_of_time(&reading, &hits, i);
            if let Some(opens) = during_the_described {
                take_people_of_the_described_event(&reading, &mut mention, &out, *ty, opens);
            }
            take_people_told_before(&reading, &mut mention, &out, i, &hits.events[i], &scope, traveller_plane);
            // "وحل لابيد بالرباط مساء أمس، والتقى نظيره": the next act of a day its sentence
            // tells, before a day carried from the sentences before; an act that names no one
            // ("واستقبل ركابها بالموسيقى": a welcome of the passengers) takes no day this way.
            if !mention.planned && !aside && during_the_described.is_none() && mention.date.is_none_or(|d| d.how == DateHow::Carried) && (!mention.people.is_empty() || !mention.role_refs.is_empty())
                && let Some(d) = dating::coordinated_act_date(&reading, &hits, i, &dates, &sentence_dates, date_mentions, &own_date)
            {
                mention.date = Some(DateLink { date: d, how: DateHow::During });
            }
            // A follow-up sentence on the same event ("ووقع على الوثيقة عن المغرب …", "موضحا أن
            // التوقيع عليه جرى …") names who took part but not the day: an undated mention takes
            // the date of the event of its family told in the two sentences before, when their
            // people agree.
            // « Un accord … avait été conclu plus tôt ce mois-ci », "an agreement was signed on
            // 12 July": the noun's own verb, of its family, holds the sentence's day for it (the
            // two are collapsed into one act later); it is no follow-up that tells no day.
            // « Réunis dimanche à Jérusalem, les ministres ont signé un accord », "After their
            // meeting on Monday, X and Y signed …": the main clause's act follows the act of the
            // adverbial that opens the sentence, on its day.
            if mention.date.is_none() && !mention.planned && !aside && !since_then
                && let Some(&d) = own_day.opening.iter().filter(|&&n| n < range.start).find_map(|&n| hits.events.iter().position(|e| e.0.start == n).and_then(|k| own_date.get(&k)))
            {
                mention.date = Some(DateLink { date: d, how: DateHow::Carried });
            }
            let day_of_its_own_verb = hits.events.iter().enumerate().any(|(k, e)| k != i && e.2.family() == ty.family() && e.3 != TriggerTense::Noun && own_date.contains_key(&k) && clause_of(e.0.start) == clause_of(range.start));
            if mention.date.is_none() && !mention.planned && !aside && mention.item.is_none() && !since_then && !day_of_its_own_verb {
                // Its own type first: "بعيد وصوله" is the arrival, not the opening announced
                // after it for the next day.
                // «وكان الوزراء قد التقوا ليلة أمس حول عشاء عمل» after the gathering that ended
                // today: a day recalled in the pluperfect (`DateMention::flashback`) is not the
                // story's, and the next act told in the story's tense («وأعلن لابيد في ندوة
                // صحفية مشتركة أن الاجتماع …») passes over it to the act of its type told before
                // the recall on a day of its own. With no such act, the recall's day is the
                // next act's («وكان لبيد قد وصل أمس … وعقد الوزيران جلسة مباحثات»: the talks of
                // the arrival's day); so is it for a sentence that goes on with the recall
                // («وكان قد …») or ties its act to it by a sequel word («وقبيل ذلك، عقد …»).
                let recalled = |m: &EventMention| m.sentence < si && m.date.is_some_and(|d| date_mentions[d.date].flashback);
                let keeps_the_recall = || {
                    word_iter(text, sentence.range.start..range.start).any(|w| rules.words.recall_auxiliaries.has_with_proclitics(&text[w]))
                        || hits.sequels.iter().any(|s| s.start >= sentence.range.start && s.end <= range.start)
                };
                let previous = own_type_first(*ty, |same| {
                    let mut before = told_just_before(&out, first_new, si).filter(|m| same(m.event_type));
                    let first = before.next()?;
                    if recalled(first) && !keeps_the_recall()
                        && let Some(story) = before.find(|m| m.sentence < first.sentence && !recalled(m) && m.date.is_some_and(|d| d.how == DateHow::Own))
                    {
                        return Some(story);
                    }
                    Some(first)
                });
                if let Some(prev) = previous
                    && prev.date.is_some_and(|d| d.how == DateHow::Own && dating::carries_to_the_next_act(doc, date_mentions, &rules.words.since, d.date))
                    && !prev.planned
                    && (prev.people.is_empty() || mention.people.is_empty() || prev.people.iter().any(|p| mention.people.contains(p)))
                {
                    mention.date = prev.date.map(|d| DateLink { date: d.date, how: DateHow::Carried });
                    // Named again («الفندق الذي يحتضن الاجتماع»), it is that event with no day of
                    // its own; talks told on the sidelines of a larger event of their sentence
                    // («فيما أجرى بوريطة مباحثات ثنائية على هامش القمة») are talks of the day,
                    // beside it.
                    let beside_a_larger_event = sideline_spans.iter().enumerate().any(|(j, s)| j != i && s.is_some());
                    mention.told_again = prev.date.filter(|_| !beside_a_larger_event).map(|d| d.date);
                    // "ويرى باحث أن توقيت الزيارة …": a visit noun that names no one is that
                    // visit again, not another (an agreement's follow-up may tell what was
                    // signed: it stays, for its subject).
                    if ty.family() == EventType::Visit && *tense == TriggerTense::Noun && mention.people.is_empty() && mention.role_refs.is_empty() {
                        repeats.push(out.len());
                    }
                }
            }
            // "وبين يدي جلالته، وُقّع إعلان مشترك": an act done before the audience of the
            // meeting told just before, on its day; its sides not named are that meeting's.
            if mention.date.is_none() && !mention.planned && !aside && !since_then
                && let Some(k) = audience_told_before(&reading, &hits.presences, &out, date_mentions)
            {
                mention.date = out[k].date.map(|d| DateLink { date: d.date, how: DateHow::Carried });
                join_the_audience(&mut mention, &out[k], g);
            }
            // "واستقبل جلالة الملك محمد السادس أعضاء الوفد": the delegation told before is
            // received on its trip's day.
            if mention.date.is_none() && !mention.planned && !aside && !since_then
                && let Some(k) = trip_of_the_delegation_received(&reading, &mention, range, *tense, &scope, &out, date_mentions)
            {
                mention.date = out[k].date.map(|d| DateLink { date: d.date, how: DateHow::Carried });
            }
            // "والتقت مزور فور وصولها المدير العام …": an act done upon its subject's arrival told
            // in the sentences before is on that arrival's day.
            if mention.date.is_none() && !mention.planned && !aside && !since_then && ty.family() != EventType::Visit
                && let Some(k) = arrival_upon_which(&reading, &mention, range.start, &out, date_mentions)
            {
                mention.date = out[k].date.map(|d| DateLink { date: d.date, how: DateHow::Carried });
            }
            // "وعلى هامش زيارة غانتس، التقى كوخافي بلخير": the event told after a frame took
            // place during the visit it tells, at its date (the frame's own, or the one it
            // carries from the visit told before).
            if mention.date.is_none() && !mention.planned && !aside && ty.family() != EventType::Visit
                && let Some(j) = frame_of(i)
            {
                mention.date = out[first_new + j].date.map(|d| DateLink { date: d.date, how: DateHow::During });
            }
            // "وقعا أربع اتفاقيات" … "وتتعلق الثانية بمذكرة …": an item of an enumeration takes the
            // date of the agreement told just before it — the lead, or the item before.
            if mention.date.is_none() && !mention.planned && mention.item.is_some() {
                let previous = out.iter().rev().take_while(|m| si - m.sentence <= 3).find(|m| m.event_type.family() == ty.family());
                if let Some(prev) = previous
                    && prev.date.is_some_and(|d| d.how == DateHow::Own || prev.item.is_some())
                    && !prev.planned
                {
                    mention.date = prev.date.map(|d| DateLink { date: d.date, how: DateHow::Carried });
                    // The lead names the parties ("وقع المغرب وإسرائيل أربع اتفاقيات").
                    let parties = prev.countries.clone();
                    mention.countries.extend(parties);
                    let prev_key = (prev.sentence, prev.trigger.start);
                    let lead = if prev.item.is_none() { prev_key } else { item_lead.get(&prev_key).copied().unwrap_or(prev_key) };
                    item_lead.insert((si, range.start), lead);
                    *leads.entry(lead).or_default() += 1;
                }
            }
            // "أعلنت الوزارة أمس أن مبعوثها حل بالرباط", "أعلنت اليوم عن التوقيع على …", "the
            // ministry announced on Monday that the two countries had signed", "a annoncé lundi
            // que …", "tweeted Lapid on Wednesday as he landed": a past event reported by a dated
            // statement is dated by it (once the triggers of one event are collapsed: a future
            // verb beside the noun makes it planned).
            // "Trump announced on Thursday that Morocco had agreed …, after a phone call with King
            // Mohammed VI", « a annoncé jeudi … après un entretien téléphonique avec le roi »,
            // "أعلن أمس … بعد اتصال هاتفي مع الملك": a call noun told a few words after an after
            // word (list `after`: an article, "phone" between), in its clause, with no day of its
            // own, came just before what the statement tells, on its day.
            let call_just_before = || {
                ty.family() == EventType::Call && *tense == TriggerTense::Noun && {
                    let after_word = word_iter(text, sentence.range.start..range.start)
                        .rev()
                        .take(CALL_AFTER_REACH_WORDS)
                        .find(|w| rules.words.afters.has_with_proclitics(&text[w.clone()]));
                    after_word.is_some_and(|w| !text[w.end..range.start].contains(crate::text::clause::BREAKS_WITHIN_A_SENTENCE))
                }
            };
            // "The announcement came after a phone call between Mr. Trump and King Mohammed VI",
            // "The agreement was announced … by Trump after a phone call with the king earlier that
            // day", "أعلن ترامب … عقب اتصال هاتفي أجراه مع الملك": a call told as what its
            // sentence's act came after is the call the story's act came from; its sides are the
            // story's (the page's two main countries) when one side was on the phone with the
            // broker's people (src/focus.rs).
            // "أعلن ترامب …، إثر مكالمة هاتفية جمعته بالعاهل المغربي", "عقب اتصال هاتفي أجراه مع
            // الملك": a call told aside whose verb right after it carries a pronoun (word list
            // `call-with-subject`) names only the other side; the pronoun is the subject of the
            // sentence's first statement, told before the call, who was on the phone too.
            if ty.family() == EventType::Call && *tense == TriggerTense::Noun && aside {
                let pronoun_verb = word_iter(text, range.start..sentence.range.end)
                    .take(CALL_SUBJECT_VERB_WORDS)
                    .find(|w| rules.words.calls_with_subject.has(&text[w.clone()]))
                    .filter(|w| w.start <= range.end || word_iter(text, range.end..w.start).all(|x| text[x].starts_with("هاتف")));
                let statement = hits.statements.iter().filter(|s| s.end <= range.start).min_by_key(|s| s.start);
                let subject = pronoun_verb
                    .and(statement)
                    .and_then(|s| crate::events::participants::subject_after(text, s.end, found, g, &rules.words))
                    .and_then(|r| found.entities.iter().find(|e| e.range == r))
                    .map(|e| e.entity);
                if let Some(p) = subject.filter(|p| !mention.people.contains(p)) {
                    mention.people.insert(0, p);
                    let country = g.country_of(p);
                    if !country.is_empty() && !mention.countries.contains(country) {
                        mention.countries.push(country.clone());
                    }
                }
            }
            let with_the_broker = || mention.people.iter().any(|&p| &**g.country_of(p) == crate::focus::BROKER);
            // The story's sides are those its sentence names ("أعلن ترامب أن المغرب وإسرائيل اتفقا
            // …، إثر مكالمة"), when it names two besides the broker's: a page may name a third
            // country more than one of them (a story of Libya beside the news).
            if call_just_before() && with_the_broker() {
                let mut named: Vec<&crate::idset::Id> = Vec::new();
                for e in found.entities.iter().filter(|e| sentence.range.contains(&e.range.start)) {
                    let entity = &g.entities()[e.entity];
                    if entity.is_country() && &*entity.country != crate::focus::BROKER && !entity.country.is_empty() && !named.contains(&&entity.country) {
                        named.push(&entity.country);
                    }
                }
                if named.len() == 2 {
                    mention.countries.extend(named.into_iter().cloned());
                } else {
                    mention.countries.extend(main_countries.iter().cloned());
                }
            }
            if mention.date.is_none() && (!aside || call_just_before()) && matches!(tense, TriggerTense::Past | TriggerTense::Noun) {
                let reported = statement_date.iter().filter(|(at, _)| *at < range.start).max_by_key(|(at, _)| *at).filter(|&&(at, _)| {
                    // "Lapid, the same man who said in June that …, signed", « celui-là même
                    // qui déclarait en août que … »: a statement told in a relative clause
                    // recalls what its subject once said; it reports only what its own clause
                    // tells, not the main act after the clause.
                    if dating::said_in_a_relative_clause(text, sentence, at, &rules.words.clause_relatives) && sentence.clause_at(at) != sentence.clause_at(range.start) {
                        return false;
                    }
                    let mut between = word_iter(text, at..range.start);
                    let link = |w: &Range<usize>| matches!(&text[w.clone()], "ان" | "بان" | "انه" | "انها" | "عن" | "that" | "as" | "que") || text[w.clone()].starts_with("qu'");
                    // "أعلنت الرباط، اليوم الأربعاء، ترقية مكتب الاتصال": a noun right after the
                    // statement's date is its object, what was announced.
                    // "a annoncé jeudi, dans un communiqué, la signature", "announced on Thursday the
                    // signing": an aside between commas and an article may stand between.
                    let object_after_date = || date_mentions.get(statement_date.iter().find(|(s, _)| *s == at).map_or(usize::MAX, |&(_, d)| d)).is_some_and(|dm| dm.range.end <= range.start && opens_the_object(&text[dm.range.end..range.start], &rules.words.articles));
                    match tense {
                        TriggerTense::Noun => between.next_back().is_some_and(|w| link(&w)) || object_after_date() || call_just_before(),
                        _ => between.any(|w| link(&w)) || object_after_date(),
                    }
                });
                if let Some(&(_, d)) = reported {
                    reported_dates.push((range.start, DateLink { date: d, how: DateHow::Reported }));
                }
            }
            // «أعلن ترامب أمس الخميس أن …» then «تلقى الملك اتصالا هاتفيا من ترامب، أُبلغ خلاله بقرار
            // الاعتراف»: a call told as the channel of the news announced in the sentences before,
            // with no day of its own, took place on the announcement's day (see `conveyed`); on
            // that day, the two sides the announcement names are its own («أن المغرب وإسرائيل
            // اتفقا» before «أبلغه خلاله بإصدار مرسوم …»: the news was given to one of them).
            // (An announcement told before is asked first: most calls have none, and the two
            // readings search the sentence's words.)
            if !mention.planned && !aside && ty.family() == EventType::Call && !reported_dates.iter().any(|(at, _)| *at == range.start)
                && announced_before.as_ref().is_some_and(|a| a.sentence < si)
                && (conveyed::told_as_channel(text, range, &sentence.range, &rules.words) || conveyed::told_as_about_the_announcement(text, range, &sentence.range, &rules.words))
                && let Some(announcement) = conveyed::channel_of(doc, &mention, si, announced_before.as_ref(), &out, date_mentions)
            {
                if mention.date.is_none() {
                    reported_dates.push((range.start, DateLink { date: announcement.date, how: DateHow::Carried }));
                }
                if let Some(sides) = conveyed::announced_sides(doc, &mention, si, announcement, date_mentions) {
                    mention.countries.extend(sides.iter().cloned());
                }
            }
            // A headline ("المغرب وإسرائيل يوقعان …") has no final stop and tells a past event in
            // the present; a body sentence in the present tells what is going on.
            // A headline in two parts ("المغرب وإسرائيل يوقعان اتفاقية.. والوزيرة تلتقي رجال
            // الأعمال") has a stop inside its line, not at its end: its line is no body's.
            let body = is_a_body_sentence(text, &sentence.range);
            // "يبدأ … زيارة … يلتقي خلالها وزير الفلاحة": a present verb "during it" tells the
            // programme of the visit, some day of it, not what is going on today.
            let in_programme = word_iter(text, range.end..sentence.range.end).next().is_some_and(|w| rules.words.during_pronouns.has(&text[w.clone()]));
            // "وصلت … مساء الإثنين في زيارة تستمر ثلاثة أيام، تلتقي خلالها نظيرتها": that
            // programme is still to come, as "during which she will meet" is (planned); after a
            // past auxiliary ("وكان يلتقي خلالها", list `recall-aux`) it tells what the visit held.
            if in_programme
                && *tense == TriggerTense::Present
                && !word_iter(text, sentence.range.start..range.start).last().is_some_and(|w| rules.words.recall_auxiliaries.has_with_proclitics(&text[w]))
            {
                mention.planned = true;
            }
            let ongoing = (*tense == TriggerTense::Present && !hits.consequences.contains(&range.start) && !in_programme) || hits.ongoing.iter().any(|o| clause_of(o.start) == clause_of(range.start));
            // "- 11:40: التقى غانتس بلوديي": an entry of a live page opened by a clock time tells
            // what was done at that time of the page's day.
            let stamped_entry = stamped && matches!(tense, TriggerTense::Past | TriggerTense::Present);
            // Under a day header of its own ("الثلاثاء 22 ديسمبر" above the day's stamps) the
            // entry is of that day.
            if stamped_entry && mention.date.is_none() && !mention.planned && !aside {
                let header = *day_header.get_or_insert_with(|| dating::live_day_header(text, date_mentions, sentence.range.start));
                mention.date = header.map(|h| DateLink { date: h, how: DateHow::Carried });
            }
            mention.on_publication_day = mention.date.is_none() && !mention.planned && !aside && (ongoing && body || stamped_entry);
            // An event the lead tells with no date of its own, not as what someone said or
            // thought ("قال إن", "رحب ب") and not for later: the story's news.
            // Told by a verb (a noun in a lead is as often the topic, "أميط اللثام عن توقيع …"),
            // or by a light verb that governs the noun and names who ("يبدأ X زيارة رسمية إلى
            // المغرب", "قام وفد إسرائيلي … بزيارة إلى الرباط"; "يلتئم رجال أعمال … في منتدى" names
            // nobody a reader can place), in a lead that dates none of its events told as done (an
            // undated one beside a dated one is told in passing: "وقعت …، اليوم، … على هامش زيارة
            // وفد خصه الملك باستقبال"; one beside a dated plan is the news: "أجرى لابيد اتصالا …،
            // وتم الاتفاق على أن يزور الرباط الشهر المقبل").
            if Some(si) == lead
                && dates_only_plans
                && mention.date.is_none()
                && !mention.planned
                && !aside
                && mention.item.is_none()
                && (matches!(tense, TriggerTense::Past | TriggerTense::Present) || (*tense == TriggerTense::Noun && told_by_support.iter().any(|&(e, _)| e == i) && !mention.people.is_empty()))
                && !hits.consequences.contains(&range.start)
                && !in_programme
                && !hits.predicates.iter().any(|p| p.end <= range.start)
            {
                lead_undated.push(range.start);
            }
            // "وتأتي هذه الرحلة تفعيلا للإعلان المشترك، الذي نص على فتح خطوط جوية مباشرة": a
            // sentence that refers back by a demonstrative to an event of a family told in the
            // two sentences before tells that event again; an event noun of that family in it
            // with no date of its own is that event, not a second one.
            let told_again = *tense == TriggerTense::Noun
                && !aside
                && !mention.planned
                && mention.date.is_none_or(|d| d.how != DateHow::Own)
                && hits.references.iter().any(|(r, family)| *family == ty.family() && r.start != range.start)
                && told_just_before(&out, first_new, si).any(|m| m.event_type.family() == ty.family() && !m.planned && tells_what_follows(doc, text, m, &mention));
            // "ومن المقرر أن يغادر الوفد المملكة صباح الغد": the end of the trip told before.
            // "والتقت مزور فور وصولها …": the arrival told before, told again.
            let arrival_again = || ty.family() == EventType::Visit && arrival_told_again(&reading, range, &out, date_mentions);
            if told_again || visit_recalled.is_some_and(|(j, _)| j == Some(i)) || leaves_the_visit_told(&reading, &mention, &out, range, &scope) || arrival_again() {
                repeats.push(out.len());
            }
            // An act told for later during the visit recalled ("وستعقد خلال الزيارة لقاءات مع …":
            // the noun and the future verb of its family are one act) is on its programme, on a
            // day not told: not the day it began.
            if dated_by_recalled_visit && (mention.planned || hits.events.iter().any(|e| e.2.family() == ty.family() && e.3 == TriggerTense::Future)) {
                mention.date = None;
            }
            mention.countries.sort();
            mention.countries.dedup();
            out.push(mention);
        }
        let separated = hits.events.windows(2).filter(|p| clause_with_its_own_subject(text, sentence, &p[0], &p[1], &names).is_some()).map(|p| p[1].0.start).collect();
        // Clauses that hold only a date set off by commas («حط بالمطار، يوم الأحد، أول رحلة»):
        // the verb before and its subject after are one clause across them.
        let date_clauses = (0..sentence.clauses.len())
            .filter(|&c| {
                let clause = &sentence.clauses[c];
                sentence_dates.iter().any(|&d| dates[d].start == clause.start && dates[d].end <= clause.end && text[dates[d].end..clause.end].chars().all(|ch| ch.is_whitespace() || crate::text::clause::COMMAS_AND_SEMICOLONS.contains(&ch)))
            })
            .collect();
        finish_sentence(&reading, &mut out, &hits, SentenceTold { sideline_spans, repeats, hosts, departures, reported_dates, separated, date_clauses });
        earlier_visits_told_by_date(&mut out, first_new, sentence.range.end, rules, &dates, &names);
    }
    lead_takes_the_day(&mut out, lead, &lead_undated);
    fold_visitor_planes(&mut out, doc, found, &dates, rules, g);
    super::followed::followers_tell_it_again(&mut out, doc, found, rules, scans.map(|s| s.followers), g);
    // A lead whose events are told one by one is those events, not one more.
    out.retain(|m| leads.get(&(m.sentence, m.trigger.start)).is_none_or(|&n| n < 2));
    out
}

/// Words an Arabic act's trigger may stand before the sequel word that tells what it followed
/// ("وقع الوزيران في ختام المباحثات", "وقع وزير الدفاع الإسرائيلي بيني غانتس عقب لقائهما": its
/// subject, a dual or a name with its title).
const SEQUEL_AFTER_THE_ACT_WORDS: usize = 6;

/// Whether the words between an after word and an arrival's noun (`between`: none, or a
/// measure in hours or minutes closed by a `counted-from` word: «بعد ساعات من وصوله», «بعد
/// ساعات قليلة من وصوله») and the word right after the noun (`after`: «عقب وصوله بساعات»,
/// «بعد وصوله بقليل») tell an act of the arrival's day. A measure in days, weeks or more («بعد
/// أيام من وصوله», «عقب وصوله بأسبوع») is a distance to another day.
fn hours_after_the_arrival(text: &str, between: Range<usize>, after: Range<usize>, counted_from: &[String], lexicon: &crate::dates::lexicon::DateLexicon) -> bool {
    use crate::dates::lexicon::Word;
    let is = |w: &str, f: &dyn Fn(&Word) -> bool| lexicon.lookup(w).any(|e| f(&e.word));
    let clock = |w: &Word| matches!(w, Word::ClockUnit { .. } | Word::HourWord | Word::MinuteWord);
    let distance = Word::counts_days_or_more;
    let words: Vec<&str> = word_iter(text, between).map(|w| &text[w]).collect();
    let measured = match words.split_last() {
        None => true,
        Some((last, measure)) => counted_from.has(last) && measure.iter().any(|w| is(w, &clock)) && measure.iter().all(|w| is(w, &|x| clock(x) || matches!(x, Word::Number(_) | Word::Few))),
    };
    let next = word_iter(text, after).next().map(|w| &text[w]);
    let distance_after = next.is_some_and(|w| is(w, &distance) || w.strip_prefix('ب').is_some_and(|b| is(b, &distance)));
    measured && !distance_after
}

/// What `pick` finds among events of type `ty` itself, else among those of its family: an act
/// told after a visit ("بعيد وصوله", "خلال هذه الزيارة") is the arrival's, not that of the
/// opening announced after it for the next day, though both are of the visit's family.
fn own_type_first<R>(ty: EventType, pick: impl Fn(&dyn Fn(EventType) -> bool) -> Option<R>) -> Option<R> {
    pick(&|t| t == ty).or_else(|| pick(&|t| t.family() == ty.family()))
}

/// Words after an act within which "during it" («خلالها») recalls the visit told before: the
/// verb's subject with a title ("ووقعت وزيرة الاقتصاد خلالها").
const DURING_IT_AFTER_ACT_WORDS: usize = 4;

/// What the passes over one sentence's mentions read: the document and the sentence, the
/// mentions told before it (`out[..first_new]`), the names found, the rules, and two findings of
/// the sentence's reading (the verbs whose subject is a delegation told before, see
/// [`parties::delegation_as_subject`], and the event nouns a light verb tells).
struct Reading<'a> {
    doc: &'a Document,
    text: &'a str,
    sentence: &'a Sentence,
    /// The sentence's index.
    si: usize,
    /// Where the sentence's own mentions start in the mentions of the document.
    first_new: usize,
    found: &'a Found,
    g: &'a Gazetteer,
    rules: &'a TriggerRules,
    delegation_verbs: &'a [usize],
    /// (event index, light verb start) of the event nouns a light verb tells.
    told_by_support: &'a [(usize, usize)],
    /// Where the document's date expressions stand, by their index.
    date_ranges: &'a [Range<usize>],
    /// The date words, for the numbers of a length ("a two-day visit").
    lexicon: &'a crate::dates::lexicon::DateLexicon,
}

/// Words before a call noun within which an after word tells it came just before the
/// statement of its sentence ("after a phone call with", « après un entretien téléphonique
/// avec »: the trigger may start at "call" or « entretien »).
const CALL_AFTER_REACH_WORDS: usize = 3;

/// Words from a call noun's start within which the verb of its pronoun stands ("مكالمة هاتفية
/// جمعته", "اتصال هاتفي أجراه": the noun, its adjective, the verb).
const CALL_SUBJECT_VERB_WORDS: usize = 4;

/// Whether `sentence` opens with a clock time ("10:15:", "- 11:40 -", "• 13h05"), past the
/// bullets and dashes of a list: an entry of a live page.
fn opens_with_a_clock_time(sentence: &str) -> bool {
    let entry = sentence.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | '•' | '*' | '·' | '|'));
    let mut parts = entry.splitn(2, [':', 'h', '.']);
    let hours = parts.next().unwrap_or("");
    let minutes: String = parts.next().unwrap_or("").chars().take_while(char::is_ascii_digit).collect();
    (1..=2).contains(&hours.len()) && hours.bytes().all(|b| b.is_ascii_digit()) && minutes.len() == 2
}

/// "والتقى الوفد، اليوم الاثنين، وزيرة الاقتصاد": whether the event noun `i` of the sentence is
/// right after a verb of another family, its subject or object (a date after them is the
/// verb's).
fn governed_by_verb(text: &str, hits: &SentenceHits, i: usize) -> bool {
    let e = &hits.events[i];
    e.3 == TriggerTense::Noun && hits.events.iter().any(|o| o.3 != TriggerTense::Noun && o.2.family() != e.2.family() && o.0.end <= e.0.start && text[o.0.end..e.0.start].trim().is_empty())
}

/// The mentions of the sentences before the one at `si`, within two, nearest first: where an
/// implicit subject, the other side of a reception and a follow-up's event are looked for.
fn told_just_before(out: &[EventMention], first_new: usize, si: usize) -> impl Iterator<Item = &EventMention> {
    out[..first_new].iter().rev().take_while(move |m| si - m.sentence <= 2)
}

/// Whether the mention `earlier`, told just before, makes `later` (of its family, referred to
/// again in its sentence) a repeat: an undated telling does not make one with a date a repeat
/// ("X signs a pact with Y" then "the signing … took place on Monday"), nor does a headline (a
/// line with no final stop) make a body sentence one: the headline announces what the body
/// tells, and the merge joins the two.
fn tells_what_follows(doc: &Document, text: &str, earlier: &EventMention, later: &EventMention) -> bool {
    is_a_body_sentence(text, &doc.sentences[earlier.sentence].range) && (later.date.is_none() || earlier.date.is_some())
}

/// Whether the plan marker at `marker` ("will", « sera », «سوف») is told inside a relative clause
/// inserted between commas that closes before the trigger at `trigger`: "David Govrin, the
/// veteran diplomat who will head the office, arrived on Tuesday", « X, qui sera reçu demain,
/// est arrivé lundi », «فلان، الذي سوف يترأس المكتب، وصل أمس». The clause describes the one
/// named before it; its tense is not the main verb's. A relative word (lists `relative`,
/// `clause-relative`) between the comma opening the clause and the marker, and a comma between
/// the marker and the trigger, make it so.
fn in_a_relative_clause_closed_before(text: &str, sentence_start: usize, marker: &Range<usize>, trigger: usize, words: &super::rules::WordLists) -> bool {
    use crate::text::clause::{COMMAS, start_after_last};
    let opened = start_after_last(text, sentence_start..marker.start, COMMAS);
    if opened == sentence_start || marker.end > trigger || !text[marker.end..trigger].contains(COMMAS) {
        return false;
    }
    crate::text::lexmatch::word_iter(text, opened..marker.start).any(|w| {
        let w = &text[w];
        words.is_relative(w) || words.clause_relatives.has(w)
    })
}
