//! A call told as the channel of an announcement dated just before: «أعلن ترامب أمس الخميس أن
//! …» then «تلقى الملك اتصالا هاتفيا من ترامب، أُبلغ خلاله بقرار الاعتراف»; "Trump announced
//! on Thursday that … The King received a phone call from Trump, during which he was informed
//! of the decision"; « … au cours duquel il l'a informé de la décision ». The call is how the
//! news was given to the other side: it took place the day the news was announced, when the
//! call has no day of its own and nothing told between dates another day.
//!
//! The converse of `call_across_after` (src/events/build/dating.rs): there the call is told as
//! the ground of an announcement told after it in its sentence.

use std::ops::Range;

use crate::dates::DateMention;
use crate::events::mention::{DateHow, EventMention};
use crate::events::rules::WordLists;
use crate::events::scan::SentenceHits;
use crate::gazetteer::{EntityKind, Found, Gazetteer};
use crate::text::Document;
use crate::text::segment::Sentence;
use crate::text::lexmatch::{WordList, word_iter};

/// How many words after a call's trigger the telling verb may stand ("اتصالا هاتفيا من
/// ترامب، أبلغ خلاله": the call's adverb and its other side between).
const CONVEYED_AFTER_CALL_WORDS: usize = 8;

/// How many words apart the telling verb and the "during it" word may stand ("أبلغ خلاله",
/// "during which he was informed", « durant lequel il l'a informé »).
const TELLING_NEAR_DURING_WORDS: usize = 3;

/// How many sentences back the announcement may be told. A piece the segmenter cut off after a
/// quotation's own stop and that opens with a comma or a semicolon
/// ([`crate::text::clause::COMMAS_AND_SEMICOLONS`]: «كتب ترامب: "اختراق تاريخي!"، مضيفا أنه
/// …») goes on the sentence before: it is not counted.
const ANNOUNCEMENT_REACH_SENTENCES: usize = 2;


/// A dated announcement: a statement told with a date of its own, and who is named in its
/// sentence (the announcer among them).
#[derive(Debug, Clone)]
pub(super) struct Announcement {
    pub sentence: usize,
    /// The statement's date: an index into the document's date mentions.
    pub date: usize,
    pub people: Vec<usize>,
}

impl Announcement {
    /// The announcement of a sentence that tells no event ("Trump announced on Thursday that
    /// Morocco and Israel agreed to …": what was agreed is no act of the day): its first
    /// statement and the date told in the statement's clause with no other predicate between
    /// them, not a date line's.
    pub(super) fn told_alone(doc: &Document, si: usize, sentence: &Sentence, hits: &SentenceHits, date_mentions: &[DateMention], found: &Found, g: &Gazetteer) -> Option<Announcement> {
        let statement = hits.statements.first()?;
        let clause = sentence.clause_at(statement.start);
        let between = |a: usize, b: usize| hits.predicates.iter().any(|p| p != statement && p.start >= a.min(b) && p.end <= a.max(b));
        let date = date_mentions
            .iter()
            .enumerate()
            .filter(|(_, d)| d.dateline.is_none() && sentence.range.start <= d.range.start && d.range.end <= sentence.range.end)
            .filter(|(_, d)| sentence.clause_at(d.range.start) == clause && !between(statement.end, d.range.start) && !between(d.range.end, statement.start))
            .min_by_key(|(_, d)| d.range.start.abs_diff(statement.start))
            .map(|(k, _)| k)?;
        Self::of_sentence(doc, si, &sentence.range, &[(statement.start, date)], date_mentions, found, g)
    }

    /// The first dated statement of the sentence `si` (`statement_date`: statement start, date),
    /// with the people its sentence names.
    /// A date inside a quotation ("كتب ترامب: «اختراق تاريخي آخر اليوم!»") is the quoted
    /// words' time, not the announcement's: it makes none.
    /// The quotation marks are read in the original text (the normalised one has none).
    pub(super) fn of_sentence(doc: &Document, si: usize, sentence: &Range<usize>, statement_date: &[(usize, usize)], date_mentions: &[DateMention], found: &Found, g: &Gazetteer) -> Option<Announcement> {
        let quoted = |at: usize| super::dating::in_quotation(doc, sentence.start, at);
        let &(_, date) = statement_date.iter().filter(|&&(_, d)| !quoted(date_mentions[d].range.start)).min_by_key(|(at, _)| *at)?;
        let people = found.entities.iter().filter(|e| sentence.start <= e.range.start && e.range.end <= sentence.end && g.entities()[e.entity].kind == EntityKind::Person).map(|e| e.entity).collect();
        Some(Announcement { sentence: si, date, people })
    }
}

/// Whether the call whose trigger is `trigger` is told as the channel of something told to one
/// side: a `call-content` verb ("أبلغ", "informed", « informé ») within a few words after the
/// trigger, near a `channel` word ("خلاله", "during which", « durant lequel »), in the
/// sentence and before a stop.
pub(super) fn told_as_channel(text: &str, trigger: &Range<usize>, sentence: &Range<usize>, lists: &WordLists) -> bool {
    let after: Vec<Range<usize>> = word_iter(text, trigger.end..sentence.end).take(CONVEYED_AFTER_CALL_WORDS + TELLING_NEAR_DURING_WORDS).collect();
    let word = |w: &Range<usize>| text[w.clone()].trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
    let stop = after.iter().position(|w| text[w.end..].starts_with('.'));
    let told = |k: usize| lists.call_contents.has(word(&after[k])) || lists.call_contents.has(word(&after[k]).trim_start_matches("l'"));
    let during = |k: usize| lists.channels.has(word(&after[k]));
    (0..after.len().min(CONVEYED_AFTER_CALL_WORDS))
        .filter(|&k| stop.is_none_or(|s| k <= s) && told(k))
        .any(|k| (k.saturating_sub(TELLING_NEAR_DURING_WORDS)..(k + TELLING_NEAR_DURING_WORDS + 1).min(after.len())).any(|j| j != k && stop.is_none_or(|s| j <= s) && during(j)))
}

/// The date a call told as a channel (`told_as_channel`) takes from the announcement told in
/// the sentences before: the announcement's, when the call names one of the people of the
/// announcement's sentence (the announcer on the phone) and no mention told between has a
/// date of its own of another day.
pub(super) fn announcement_date(doc: &Document, mention: &EventMention, si: usize, announced: Option<&Announcement>, out: &[EventMention], date_mentions: &[DateMention]) -> Option<usize> {
    let a = announced.filter(|a| a.sentence < si)?;
    let text = doc.norm.text.as_str();
    let goes_on = |k: usize| text[doc.sentences[k].range.clone()].trim_start().starts_with(crate::text::clause::COMMAS_AND_SEMICOLONS);
    if (a.sentence + 1..=si).filter(|&k| !goes_on(k)).count() > ANNOUNCEMENT_REACH_SENTENCES {
        return None;
    }
    if !mention.people.iter().any(|p| a.people.contains(p)) {
        return None;
    }
    let day = &date_mentions[a.date].expr;
    let other_day_between = out.iter().filter(|m| m.sentence > a.sentence && m.sentence < si).filter_map(|m| m.date.filter(|d| d.how == DateHow::Own)).any(|d| date_mentions[d.date].expr != *day);
    (!other_day_between).then_some(a.date)
}
