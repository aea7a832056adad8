//! An arrival in the evening ends its day: "Gantz signed a memorandum on Wednesday … He arrived
//! late on Tuesday … He also held talks with Bourita", «وقع غانتس اليوم الأربعاء … ووصل مساء
//! الثلاثاء … كما التقى بوريطة», « a signé mercredi … Arrivé mardi soir … ». The arrival is the
//! background of the story's news, told after it; an act of the visitor told after the arrival
//! with no day of its own ("also", «كما», "later", "during the same visit", or nothing) was
//! not done that evening but
//! during the visit the news tells, on the news's day (the page's day in a report of the day).
//! The connectives of the build stage carry the nearest day told before, the arrival's; this
//! pass, run once an article's mentions are told, gives such acts the news's day instead.
//!
//! An act told with the arrival itself ("وصل مساء أمس، والتقى نظيره", "arrived … and met"), or
//! after it by its own words ("shortly after his arrival": a visit or arrival told before it in
//! its sentence; « dans la soirée », a date of its own), keeps the evening's day; so does a
//! welcome at the airport.

use super::mention::{DateHow, DateLink, EventMention};
use super::rules::{EventType, TriggerRules, WordLists};
use crate::dates::ArticleDates;
use crate::text::Document;
use crate::text::lexmatch::WordList;
use chrono::NaiveDate;

/// Words around an arrival's date within which a part of the day tells it ("late on Tuesday",
/// "on Tuesday evening", « mardi soir », «مساء الثلاثاء», «ليلة الاثنين»), in its clause.
const EVENING_REACH_WORDS: usize = 3;

/// Give the acts told after an evening arrival with no day of their own (or only the arrival's,
/// carried to them by a connective) the day of the story's news: the first act the visitor did
/// on a day after the arrival's, told with its own date. `dates` are the article's date
/// expressions with their values; nothing changes where the values are not known.
pub fn evening_arrival_ends_its_day(out: &mut [EventMention], doc: &Document, dates: &ArticleDates, rules: &TriggerRules) {
    // Cheap guard first: an arrival told with its own date.
    let arrivals: Vec<usize> = (0..out.len()).filter(|&i| is_dated_arrival(&out[i], rules)).collect();
    if arrivals.is_empty() {
        return;
    }
    // "Shortly after his arrival, Gantz held talks": an act told after a visit or arrival of its
    // own sentence is tied to it, on its day (what each mention is and where it stands: the
    // loop below changes dates only).
    let tied: Vec<bool> = out.iter().map(|m| out.iter().any(|v| v.sentence == m.sentence && v.event_type.family() == EventType::Visit && v.trigger.end <= m.trigger.start)).collect();
    for a in arrivals {
        let arrival = &out[a];
        let (Some(link), Some(&visitor)) = (arrival.date, arrival.people.first()) else { continue };
        let Some(arrival_day) = day_of(dates, link.date) else { continue };
        if !told_in_the_evening(doc, dates, link.date, &rules.words) {
            continue;
        }
        // The news: the first act told with its own date that the visitor did on a later day;
        // told before the arrival, its date may be carried from the sentence before it ("…
        // signed a memorandum in Rabat on 24 November. The MoU was signed by Benny Gantz, who
        // landed late on 23 November, and …": the arrival is told inside the news).
        let news = out.iter().enumerate().find(|&(k, n)| {
            n.date.is_some_and(|d| (d.how == DateHow::Own || (k <= a && d.how == DateHow::Carried)) && day_of(dates, d.date).is_some_and(|day| day > arrival_day))
                && !n.planned
                && !n.aside
                && n.people.contains(&visitor)
        });
        let Some(news_date) = news.and_then(|(_, n)| n.date) else { continue };
        let arrival_sentence = arrival.sentence;
        for (m, &tied) in out.iter_mut().zip(&tied).skip(a + 1) {
            if m.sentence == arrival_sentence || tied {
                continue;
            }
            // A day told anew: the story after the arrival goes on from it.
            if m.date.is_some_and(|d| d.how == DateHow::Own && d.date != link.date) {
                break;
            }
            // Carried by a connective, or by "during the same visit" to the visit's first day
            // ("During the same visit Gantz held talks with Bourita"): the arrival's evening
            // either way, not a day of its own.
            let of_the_evening = match m.date {
                None => !m.on_publication_day,
                Some(d) => matches!(d.how, DateHow::Carried | DateHow::During) && d.date == link.date,
            };
            let the_visitors = m.people.contains(&visitor) || m.carried_actor == Some(visitor) || !m.role_refs.is_empty();
            if of_the_evening
                && the_visitors
                && !m.planned
                && !m.aside
                && m.item.is_none()
                && m.event_type.family() != EventType::Visit
                && !super::welcome::welcome_at_airport(doc, m, &rules.words)
            {
                // An act told during the visit keeps that kind: the news's day is only a day
                // of the visit, not the act's own (see `merge::DateKind::During`), so another
                // page's report of the act on another day of the visit can still be it.
                let how = if m.date.is_some_and(|d| d.how == DateHow::During) { DateHow::During } else { DateHow::Carried };
                m.date = Some(DateLink { date: news_date.date, how });
            }
        }
    }
}

/// Whether `m` is an arrival told as done, with its own date and a visitor named.
fn is_dated_arrival(m: &EventMention, rules: &TriggerRules) -> bool {
    m.event_type == EventType::Visit
        && !m.planned
        && !m.aside
        && m.date.is_some_and(|d| d.how == DateHow::Own)
        && !m.people.is_empty()
        && rules.rules[m.rule].id.contains("-arrive")
}

/// The day date expression `d` resolves to, when it is a day.
fn day_of(dates: &ArticleDates, d: usize) -> Option<NaiveDate> {
    dates.resolved.get(d).and_then(Option::as_ref).and_then(|r| r.value.as_day())
}

/// Whether date expression `d` is told with a part of the day that ends it (word list
/// `evening`): within it, or within [`EVENING_REACH_WORDS`] words before or after it in its
/// clause.
fn told_in_the_evening(doc: &Document, dates: &ArticleDates, d: usize, words: &WordLists) -> bool {
    let text = doc.norm.text.as_str();
    let Some(date) = dates.mentions.get(d) else { return false };
    let Some(sentence) = doc.sentences.iter().find(|s| s.range.start <= date.range.start && date.range.end <= s.range.end) else { return false };
    let from = crate::text::clause::start_after_last(text, sentence.range.start..date.range.start, crate::text::clause::BREAKS_WITHIN_A_SENTENCE);
    let to = text[date.range.end..sentence.range.end].find(crate::text::clause::BREAKS_WITHIN_A_SENTENCE).map_or(sentence.range.end, |k| date.range.end + k);
    let evening = |w: std::ops::Range<usize>| words.evenings.has_with_proclitics(&text[w]);
    sentence.words_in(text, date.range.clone()).any(evening)
        || sentence.words_in(text, from..date.range.start).rev().take(EVENING_REACH_WORDS).any(evening)
        || sentence.words_in(text, date.range.end..to).take(EVENING_REACH_WORDS).any(evening)
}
