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

use crate::dates::{DateExpr, DateMention, ExprKind};
use crate::idset::Id;
use crate::events::mention::{DateHow, EventMention};
use crate::events::rules::WordLists;
use crate::events::scan::SentenceHits;
use crate::gazetteer::{EntityKind, Found, Gazetteer};
use crate::text::Document;
use crate::text::segment::Sentence;
use crate::text::lexmatch::{PhraseReach, Side, WordList, phrase_near, phrase_words_at, word_iter};
use crate::events::told_again::without_conjunction;

/// How many words after a call's trigger the telling verb may stand ("اتصالا هاتفيا من
/// ترامب، أبلغ خلاله": the call's adverb and its other side between).
const CONVEYED_AFTER_CALL_WORDS: usize = 8;

/// How many words apart the telling verb and the "during it" word may stand ("أبلغ خلاله",
/// "during which he was informed", « durant lequel il l'a informé »).
const TELLING_NEAR_DURING_WORDS: usize = 3;

/// How many words may open the clause of a date told alone between commas before the date (a
/// preposition: "announced, on Thursday, that").
const DATE_ALONE_LEADING_WORDS: usize = 1;

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
    /// The countries its sentence names besides the broker's ("أن المغرب وإسرائيل اتفقا",
    /// "that Israel and Morocco had agreed"): the sides of the news, in text order.
    pub countries: Vec<Id>,
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
            .filter(|(_, d)| {
                let own = sentence.clause_at(d.range.start);
                (own == clause || (own.is_some() && own == clause.map(|c| c + 1) && Self::date_alone(doc, sentence, d))) && !between(statement.end, d.range.start) && !between(d.range.end, statement.start)
            })
            .min_by_key(|(_, d)| d.range.start.abs_diff(statement.start))
            .map(|(k, _)| k)?;
        Self::of_sentence(doc, si, &sentence.range, &[(statement.start, date)], date_mentions, found, g)
    }

    /// Whether the date `d` is the whole of its clause (a preposition aside,
    /// [`DATE_ALONE_LEADING_WORDS`]), told between commas right after the
    /// statement ("أعلن ترامب، مساء أمس الخميس، أن …", "announced, on Thursday, that …", « a
    /// annoncé, jeudi, que … »): an aside that dates the statement as a date in its clause does.
    fn date_alone(doc: &Document, sentence: &Sentence, d: &DateMention) -> bool {
        let text = doc.norm.text.as_str();
        sentence.clause_at(d.range.start).is_some_and(|c| {
            let clause = &sentence.clauses[c];
            let words = |r: Range<usize>| text[r].split(|ch: char| !ch.is_alphanumeric()).filter(|w| !w.is_empty()).count();
            words(clause.start..d.range.start) <= DATE_ALONE_LEADING_WORDS && words(d.range.end..clause.end) == 0
        })
    }

    /// The first dated statement of the sentence `si` (`statement_date`: statement start, date),
    /// with the people its sentence names.
    /// A date inside a quotation ("كتب ترامب: «اختراق تاريخي آخر اليوم!»") is the quoted
    /// words' time, not the announcement's: it makes none.
    /// The quotation marks are read in the original text (the normalised one has none).
    pub(super) fn of_sentence(doc: &Document, si: usize, sentence: &Range<usize>, statement_date: &[(usize, usize)], date_mentions: &[DateMention], found: &Found, g: &Gazetteer) -> Option<Announcement> {
        let quoted = |at: usize| super::dating::in_quotation(doc, sentence.start, at);
        let &(_, date) = statement_date.iter().filter(|&&(_, d)| !quoted(date_mentions[d].range.start)).min_by_key(|(at, _)| *at)?;
        let (mut people, mut countries): (Vec<usize>, Vec<Id>) = (Vec::new(), Vec::new());
        for e in found.entities.iter().filter(|e| sentence.start <= e.range.start && e.range.end <= sentence.end) {
            let entity = &g.entities()[e.entity];
            if entity.kind == EntityKind::Person {
                people.push(e.entity);
            } else if entity.is_country() && !entity.country.is_empty() && &*entity.country != crate::focus::BROKER && !countries.contains(&entity.country) {
                countries.push(entity.country);
            }
        }
        Some(Announcement { sentence: si, date, people, countries })
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

/// How many words after a call's trigger an anaphor of the announcement may stand ("اتصالا
/// هاتفيا مع ترامب تناول هذه القرارات", "a phone call with Trump to discuss these decisions").
const ANAPHOR_AFTER_CALL_WORDS: usize = 6;

/// The most words of an `announcement-anaphor` phrase.
pub(in crate::events) const ANAPHOR_WORDS: usize = 2;

/// How many words may open a call's sentence before an anaphor of the announcement the call
/// sealed ("وقد تم الإعلان", "The announcement was sealed"; and a signing verb that seals
/// it, latin/kinds.rs `seals_the_announcement`).
pub(in crate::events) const SEALED_OPENING_WORDS: usize = 3;

/// How many words apart a `sealed` verb and the anaphor opening the sentence may stand (« L'annonce
/// a été scellée »: two auxiliaries between).
const SEALED_NEAR_ANAPHOR_WORDS: usize = 3;

/// Whether the call whose trigger is `trigger` is told as about the announcement told just
/// before, by an anaphor of it: an `announcement-anaphor` a few words after the trigger, before
/// a stop, as what the call dealt with ("أجرى اتصالا هاتفيا مع ترامب تناول هذه القرارات", "spoke
/// by phone with Trump about these decisions", « un entretien téléphonique portant sur ces
/// décisions »); or one opening the sentence beside a `sealed` verb, before the trigger, as what
/// the call made ("The announcement was sealed … in a phone conversation", «وتم الإعلان عن ذلك
/// خلال اتصال هاتفي», « L'annonce a été scellée lors d'un entretien téléphonique »). Like
/// `told_as_channel`, it only says how the call is told: `channel_of` finds the announcement.
pub(super) fn told_as_about_the_announcement(text: &str, trigger: &Range<usize>, sentence: &Range<usize>, lists: &WordLists) -> bool {
    let anaphors = &lists.announcement_anaphors;
    if anaphors.is_empty() {
        return false;
    }
    let end = text[trigger.end..sentence.end].find('.').map_or(sentence.end, |k| trigger.end + k);
    let reach = PhraseReach { window: ANAPHOR_AFTER_CALL_WORDS + ANAPHOR_WORDS, gap: ANAPHOR_AFTER_CALL_WORDS, phrase: ANAPHOR_WORDS };
    if phrase_near(text, trigger.end..end, Side::After, reach, without_conjunction, anaphors) {
        return true;
    }
    let opening: Vec<&str> = word_iter(text, sentence.start..trigger.start).take(SEALED_OPENING_WORDS + ANAPHOR_WORDS + SEALED_NEAR_ANAPHOR_WORDS).map(|w| without_conjunction(&text[w])).collect();
    let sealed = |k: usize| {
        let w = opening[k];
        lists.sealed.iter().any(|s| s == w || w.strip_prefix(['و', 'ف']).is_some_and(|rest| rest == s))
    };
    (0..opening.len().min(SEALED_OPENING_WORDS + 1)).any(|start| {
        anaphors.iter().filter_map(|p| phrase_words_at(p, &opening[start..], ANAPHOR_WORDS)).any(|n| {
            let near = start.saturating_sub(SEALED_NEAR_ANAPHOR_WORDS)..(start + n + SEALED_NEAR_ANAPHOR_WORDS).min(opening.len());
            near.filter(|&k| k < start || k >= start + n).any(sealed)
        })
    })
}

/// The announcement told in the sentences before that a call told as a channel
/// (`told_as_channel`) gave the news of: the last one, within [`ANNOUNCEMENT_REACH_SENTENCES`],
/// when the call names one of the people of the announcement's sentence (the announcer on the
/// phone) and no mention told between has a date of its own of another day. A call with no day
/// of its own took place on the announcement's day (`Announcement::date`).
pub(super) fn channel_of<'a>(doc: &Document, mention: &EventMention, si: usize, announced: Option<&'a Announcement>, out: &[EventMention], date_mentions: &[DateMention]) -> Option<&'a Announcement> {
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
    (!other_day_between).then_some(a)
}

/// «أعلن ترامب مساء أمس الخميس أن المغرب وإسرائيل اتفقا على إقامة علاقات» then «تلقى الملك
/// الخميس اتصالا هاتفيا من ترامب، أبلغه خلاله بإصدار مرسوم …»: the call told as the channel of
/// the announcement `a` just before (its `channel_of`), on its day, is how the news of the two
/// sides the announcement names was given to one of them, whatever its own sentence tells of
/// (the decree on the Sahara): the announcement's sides are its own. Its day is the
/// announcement's when its sentence tells none, or only days [`same_day`] as the announcement's.
/// Only an announcement whose sentence names two countries besides the broker's gives any.
pub(super) fn announced_sides<'a>(doc: &Document, mention: &EventMention, si: usize, a: &'a Announcement, date_mentions: &[DateMention]) -> Option<&'a [Id]> {
    // Every day the call's sentence tells (its own, or one the Latin readings give it later)
    // is the announcement's.
    let sentence = &doc.sentences[si].range;
    let first = date_mentions.partition_point(|d| d.range.start < sentence.start);
    let mut told = date_mentions[first..].iter().take_while(|d| d.range.end <= sentence.end).filter(|d| d.dateline.is_none());
    let on_its_day = mention.date.is_none_or(|d| same_day(&date_mentions[d.date].expr, &date_mentions[a.date].expr)) && told.all(|d| same_day(&d.expr, &date_mentions[a.date].expr));
    (on_its_day && a.countries.len() == 2).then_some(&a.countries[..])
}

/// Whether two expressions, told a sentence or two apart, name one day: the same expression
/// ("the same day" is the day told before it, `tell_by_dates_before`), or a day each with the
/// same weekday written («مساء أمس الخميس» and «الخميس», "yesterday, Thursday" and
/// "Thursday"), or a day each counted the same from the page's («مساء أمس» and «أمس الخميس»).
fn same_day(a: &DateExpr, b: &DateExpr) -> bool {
    let weekday = |e: &DateExpr| match e.kind {
        ExprKind::Relative { weekday, .. } => weekday,
        ExprKind::Weekday { weekday, offset } if offset.is_none_or(|o| o < 0) => Some(weekday),
        _ => None,
    };
    let days = |e: &DateExpr| match e.kind {
        ExprKind::Relative { days, .. } => Some(days),
        _ => None,
    };
    a == b || (a.shift == b.shift && ((weekday(a).is_some() && weekday(a) == weekday(b)) || (days(a).is_some() && days(a) == days(b))))
}
