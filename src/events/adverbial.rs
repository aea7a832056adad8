//! An act told in an adverbial of time that opens or closes its sentence, with a day of its own
//! there: "After their meeting in Rabat on Monday, Bourita and Lapid announced …", « À l'issue
//! de leur rencontre lundi à Rabat, X et Y ont annoncé … », «وفي ختام لقائهما اليوم الاثنين في
//! الرباط، أعلن بوريطة ولابيد …», "… announced a joint committee after their meeting in Rabat on
//! Monday". The talks are an event of that day, and their people are the main clause's subject
//! (the possessive's referent), not a time reference told aside with people of its own.
//!
//! The same act told by a participle opening the sentence ("Gathered on Monday in Sde Boker, the
//! ministers of … vowed …", « Réunis lundi à Sde Boker, les chefs de la diplomatie … ») is a
//! past trigger of its own rows (`en-meeting-gathered-participle`, `fr-meeting-gathered-participle`),
//! whose people are the sentence's.
//!
//! The "after X" rules exist for recalled acts (`scan::told_aside`, `scan::refers_to`): a
//! measured period ("two days after their meeting", «بعد يومين من لقائهما») counts from another
//! day's act; "after the signing" with no day of its own, or the talks a connective of the list
//! `carry` names with none ("At the end of their talks, the two ministers signed …"), lend the
//! act the day told before; a recalled act with its own subject named in the adverbial ("after
//! Gantz's visit to Rabat in November") is that subject's, and so is an Arabic noun with no
//! possessive glued to it after a bare sequel word ("بعد توقيع الاتفاق في ديسمبر 2020"). Those stay
//! as they are.

use std::ops::Range;

use super::rules::{EventType, TriggerTense, WordLists, latin_trigger};
use super::scan::tells_the_next_act;
use super::scan::SentenceHits;
use crate::gazetteer::{EntityKind, Found, Gazetteer};
use crate::text::clause::COMMAS;
use crate::text::lexmatch::{WordList, word_iter};
use crate::text::segment::Sentence;

/// The acts of a sentence told in its adverbial of time with a day of their own: the starts of
/// their triggers (no longer told aside), of the sequel words before them (no longer time
/// references), and of those that open the sentence (the main clause's subject is theirs, and
/// its act is of their day).
#[derive(Default)]
pub(super) struct OwnDayActs {
    pub(super) nouns: Vec<usize>,
    pub(super) sequels: Vec<usize>,
    pub(super) opening: Vec<usize>,
}

/// Find the acts of `sentence` told in an adverbial of time with a day of their own (see the
/// module's header): an event noun right after a sequel word ("Following talks", «في ختام
/// لقائهما», a possessive glued to an Arabic noun) or a Latin gerund there ("After signing the
/// memorandum on Tuesday"), an event noun closing a `carry` connective ("after their meeting":
/// that noun joins the sentence's events, and the connective carries no day), or a Latin
/// participle opening the sentence ("Gathered on Sunday in Jerusalem, …").
pub(super) fn acts_of_their_own_day(text: &str, sentence: &Sentence, hits: &mut SentenceHits, dates: &[Range<usize>], found: &Found, g: &Gazetteer, lists: &WordLists) -> OwnDayActs {
    let mut own = OwnDayActs::default();
    let first = dates.partition_point(|d| d.start < sentence.range.start);
    if hits.events.is_empty() && hits.carried_nouns.is_empty() || dates.get(first).is_none_or(|d| d.start >= sentence.range.end) {
        return own;
    }
    let opens = |at: usize| sentence.word_index(text, at) <= 1;
    for (phrase, noun) in std::mem::take(&mut hits.carried_nouns) {
        if !tells_its_own_day(text, sentence, &phrase, &noun.0, noun.2.family(), hits, dates, found, g, lists) {
            continue;
        }
        if opens(phrase.start) {
            hits.carry_at_start = false;
            own.opening.push(noun.0.start);
        }
        hits.carries_before_a_verb.retain(|&end| end != phrase.end);
        own.nouns.push(noun.0.start);
        let at = hits.events.partition_point(|e| e.0.start < noun.0.start);
        hits.events.insert(at, noun);
    }
    let carried = own.nouns.len();
    for e in &hits.events {
        if own.nouns[..carried].contains(&e.0.start) {
            continue;
        }
        let family = e.2.family();
        // "Gathered on Sunday in Jerusalem, the ministers …", « Réunis dimanche à Jérusalem, … »:
        // a Latin participle of talks opening the sentence, its clause closed by a comma. Not an
        // arrival (« Arrivé mardi soir à Rabat, M. Gantz a paraphé … »): what follows it may be
        // another day's.
        if e.3 == TriggerTense::Past && family == EventType::Meeting && latin_trigger(text, &e.0) && sentence.word_index(text, e.0.start) == 0 {
            if tells_its_own_day(text, sentence, &e.0, &e.0, family, hits, dates, found, g, lists) {
                own.nouns.push(e.0.start);
                own.opening.push(e.0.start);
            }
            continue;
        }
        let Some(sequel) = hits.sequels.iter().find(|s| s.end <= e.0.start && text[s.end..e.0.start].trim().is_empty()) else { continue };
        // The talks are the main clause subject's: an English or French bare noun ("Following
        // talks"), talks whose end the sequel tells («في ختام المباحثات»), or an Arabic noun
        // with a possessive glued to it («بعد لقائهما»); "بعد توقيع الاتفاق" recalls an act.
        // A gerund is the subject's next act ("After signing the memorandum", see
        // `scan::tells_the_next_act`).
        let theirs = if e.3 == TriggerTense::Noun {
            latin_trigger(text, &e.0) || hits.ends_of.contains(&sequel.start) || lists.possessive_suffixes.iter().any(|p| text[e.0.clone()].ends_with(p.as_str()))
        } else {
            tells_the_next_act(text, sentence.range.start, sequel, &e.0, family, lists)
        };
        if theirs && tells_its_own_day(text, sentence, sequel, &e.0, family, hits, dates, found, g, lists) {
            own.nouns.push(e.0.start);
            own.sequels.push(sequel.start);
            if opens(sequel.start) {
                own.opening.push(e.0.start);
            }
        }
    }
    own
}

/// Whether the event noun at `noun`, told after the sequel word or connective at `phrase`, is
/// told in an adverbial that opens the sentence (its first word or two, closed by a comma) or
/// closes it (no comma from the phrase to the sentence's end, no measure of time right before
/// the phrase: "two days after"), with a date of its own after the noun in that adverbial and no
/// other trigger or predicate between (but the act's own object, of its `family`); a person named there stands after a `talks-with` word
/// ("after their meeting with Bourita on Monday"), else the act is that person's, recalled.
#[allow(clippy::too_many_arguments)]
fn tells_its_own_day(text: &str, sentence: &Sentence, phrase: &Range<usize>, noun: &Range<usize>, family: EventType, hits: &SentenceHits, dates: &[Range<usize>], found: &Found, g: &Gazetteer, lists: &WordLists) -> bool {
    let range = &sentence.range;
    let opens = sentence.word_index(text, phrase.start) <= 1;
    let comma = text[noun.end..range.end].find(COMMAS).map(|k| noun.end + k);
    let end = match comma {
        Some(c) if opens => c,
        None if !opens => {
            let before = word_iter(text, range.start..phrase.start).next_back();
            if before.is_some_and(|w| lists.time_units.has(&text[w])) || text[phrase.start..noun.start].contains(COMMAS) {
                return false;
            }
            range.end
        }
        _ => return false,
    };
    let first = dates.partition_point(|d| d.start < noun.end);
    let Some(day) = dates[first..].first().filter(|d| d.end <= end) else { return false };
    // The act's own object ("signing the memorandum on Tuesday") is no other act.
    let told_between = |r: &Range<usize>| r.start >= noun.end && r.start < day.start;
    let of_the_act = |r: &Range<usize>| hits.events.iter().chain(hits.referring.iter()).any(|e| e.0 == *r && e.2.family() == family);
    if hits.events.iter().any(|e| told_between(&e.0) && e.2.family() != family) || hits.predicates.iter().any(|p| told_between(p) && !of_the_act(p)) {
        return false;
    }
    let span = noun.end..end;
    let with = word_iter(text, span.clone()).find(|w| lists.talks_with.has(&text[w.clone()])).map_or(end, |w| w.start);
    !found.starting_in(&span).iter().any(|e| e.range.end <= end && e.range.start < with && g.entities()[e.entity].kind == EntityKind::Person)
}
