//! The packed form of an article's record in the reduced state (one line of
//! [`crate::reduced::RECORDS`]): a run that adds or edits one article reads every record, so
//! reading one costs what its article's share of the whole corpus step may cost.
//!
//! An article's mentions repeat a handful of names, rules, types and dates many times over:
//! each distinct text (names, rules, dates as written) is written once and named by its
//! position, and so is each distinct date and publication day. A record is four fields
//! separated by tabs:
//!
//! ```text
//! LANG <TAB> QUOTES <TAB> NUMBERS <TAB> TEXTS
//! ```
//!
//! LANG is the language code, QUOTES where the sentences are (JSON: no tab or line end is
//! left unescaped in it; empty when the article has no event), TEXTS each distinct text as
//! its length in bytes, a colon and its bytes (a text may hold a tab or a colon), or when it
//! holds a line end, as the length of it as a JSON string, `=` and that string (a record is
//! one line), and NUMBERS
//! one string of decimal numbers separated by spaces:
//!
//! ```text
//! DATES { DATE } DAYS { DAY }
//! ITEMS { MENTIONS { LINE OFFSET SENTENCE TYPE RULE DATE DATE_TEXT PUBLISHED OCCURRED
//!                    { COUNT ID… } × 5 (people, organisations, places, countries, topics)
//!                    DATE_KIND } }
//! PENDING [ ROUND REACHES { FAMILY { COUNT ID… } × 2 (people, topics) DATED } ]
//! ```
//!
//! where a DATE is 0 for none, else its grain plus one, its first day and its last period's
//! plus one (0: not a range); a DAY 0 for none, else the day plus one; a day is its number of
//! days from the first of January of year 1, zigzag-coded (0, -1, 1, -2… as 0, 1, 2, 3…);
//! DATE and PUBLISHED are positions in DATES and DAYS, RULE, DATE_TEXT and each ID positions
//! in TEXTS; TYPE and FAMILY an event type's place in [`EventType::ALL`]; DATE_KIND a kind's
//! ([`kind_number`]); PENDING 0 for none, else 1, and ROUND 0 for none, else the round plus
//! one. Read as JSON, each mention's strings were parsed and looked up one by one, and the
//! parse of a record's small tables cost as much as its mentions: most of an incremental run
//! went to reading the records.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{Datelike, NaiveDate};

use super::{MentionRecord, Pending, Reach};
use crate::dates::{DateValue, Grain};
use crate::events::EventType;
use crate::evidence::Quotes;
use crate::idset::Id;
use crate::merge::{DateKind, Mention};

/// The record of an article in language `lang` (its code), whose sentences are `quotes`,
/// events `items` (each as its mentions) and borrowing state `pending`.
pub(crate) fn write(lang: &str, quotes: Option<&Quotes>, items: &[Vec<MentionRecord>], pending: &Option<Pending>) -> String {
    let (mut texts, mut dates, mut days) = (Table::default(), Table::default(), Table::default());
    let mut body = Numbers::default();
    body.push(items.len());
    for mentions in items {
        body.push(mentions.len());
        for MentionRecord(line, offset, sentence, event_type, rule, date, date_text, published, occurred, ids, date_kind) in mentions {
            body.push(*line);
            body.push(*offset);
            body.push(*sentence);
            body.push(*event_type as usize);
            body.push(texts.at(*rule));
            body.push(dates.at(*date));
            body.push(texts.at(*date_text));
            body.push(days.at(*published));
            body.push(usize::from(*occurred));
            for list in ids {
                body.push(list.len());
                for id in list {
                    body.push(texts.at(*id));
                }
            }
            body.push(kind_number(*date_kind));
        }
    }
    match pending {
        None => body.push(0),
        Some(Pending { round, reach }) => {
            body.push(1);
            body.push(round.map_or(0, |r| usize::from(r) + 1));
            body.push(reach.len());
            for Reach { family, people, topics, dated } in reach {
                body.push(*family as usize);
                for list in [people, topics] {
                    body.push(list.len());
                    for id in list {
                        body.push(texts.at(*id));
                    }
                }
                body.push(usize::from(*dated));
            }
        }
    }
    // The tables the body names, before it.
    let mut numbers = Numbers::default();
    numbers.push(dates.list.len());
    for date in &dates.list {
        match date {
            None => numbers.push(0),
            Some(DateValue { start, grain, end }) => {
                numbers.push(grain_number(*grain) + 1);
                numbers.push(day_number(*start));
                numbers.push(end.map_or(0, |d| day_number(d) + 1));
            }
        }
    }
    numbers.push(days.list.len());
    for day in &days.list {
        numbers.push(day.map_or(0, |d| day_number(d) + 1));
    }
    numbers.0.push(' ');
    numbers.0.push_str(&body.0);
    let quotes = quotes.map(|q| serde_json::to_string(q).expect("quotes are plain data")).unwrap_or_default();
    let mut line = format!("{lang}\t{quotes}\t{}\t", numbers.0);
    for text in &texts.list {
        let text = text.text();
        if text.contains(['\n', '\r']) {
            // Kept on its line as a JSON string.
            let quoted = serde_json::to_string(text).expect("a text is a string");
            line.push_str(&quoted.len().to_string());
            line.push('=');
            line.push_str(&quoted);
        } else {
            line.push_str(&text.len().to_string());
            line.push(':');
            line.push_str(text);
        }
    }
    line
}

/// What the records of one article hold once read: its language code, its sentences, its
/// events (each as its mentions, of file `file`) and its borrowing state; None when the record
/// cannot be read (the state then is not used).
pub(crate) type Read = (String, Option<Arc<Quotes>>, Vec<Vec<Mention>>, Option<Pending>);

/// Read the record `bytes` of the article `file` (see [`write`]).
pub(crate) fn read(bytes: &[u8], file: &Id) -> Option<Read> {
    let mut fields = bytes.splitn(4, |&b| b == b'\t');
    let (lang, quotes, numbers, mut rest) = (fields.next()?, fields.next()?, fields.next()?, fields.next()?);
    let lang = std::str::from_utf8(lang).ok()?.to_string();
    let quotes: Option<Arc<Quotes>> = if quotes.is_empty() { None } else { Some(Arc::new(serde_json::from_slice(quotes).ok()?)) };
    let mut texts: Vec<Id> = Vec::new();
    while !rest.is_empty() {
        let colon = rest.iter().position(|&b| b == b':' || b == b'=')?;
        let len = number(&rest[..colon])?;
        let text = rest.get(colon + 1..)?.get(..len)?;
        texts.push(if rest[colon] == b':' { Id::of(std::str::from_utf8(text).ok()?) } else { Id::of(&serde_json::from_slice::<String>(text).ok()?) });
        rest = &rest[colon + 1 + len..];
    }
    let mut numbers = numbers.split(|&b| b == b' ').map(number);
    let mut next = || numbers.next().flatten();
    let text = |i: usize| texts.get(i).copied();
    let event_type = |i: usize| EventType::ALL.get(i).copied();
    let n_dates = next()?;
    let mut dates: Vec<Option<DateValue>> = Vec::with_capacity(n_dates.min(bytes.len()));
    for _ in 0..n_dates {
        dates.push(match next()? {
            0 => None,
            grain => {
                let (start, end) = (next()?, next()?);
                let end = if end == 0 { None } else { Some(day_of(end - 1)?) };
                Some(DateValue { start: day_of(start)?, grain: of_number(&GRAINS, grain_number, grain - 1)?, end })
            }
        });
    }
    let n_days = next()?;
    let mut days: Vec<Option<NaiveDate>> = Vec::with_capacity(n_days.min(bytes.len()));
    for _ in 0..n_days {
        days.push(match next()? {
            0 => None,
            day => Some(day_of(day - 1)?),
        });
    }
    let n_items = next()?;
    let mut items = Vec::with_capacity(n_items.min(bytes.len()));
    for _ in 0..n_items {
        let n_mentions = next()?;
        let mut mentions = Vec::with_capacity(n_mentions.min(bytes.len()));
        for _ in 0..n_mentions {
            let quotes = quotes.as_ref()?;
            let (line_number, offset, sentence) = (next()?, next()?, next()?);
            let event_type = event_type(next()?)?;
            let rule = text(next()?)?;
            let date = *dates.get(next()?)?;
            let date_text = text(next()?)?;
            let published = *days.get(next()?)?;
            let occurred = flag(next()?)?;
            let mut ids: [Vec<Id>; 5] = Default::default();
            for list in &mut ids {
                let n = next()?;
                *list = (0..n).map(|_| text(next()?)).collect::<Option<Vec<Id>>>()?;
            }
            let date_kind = of_number(&KINDS, kind_number, next()?)?;
            mentions.push(MentionRecord(line_number, offset, sentence, event_type, rule, date, date_text, published, occurred, ids, date_kind).into_mention(file, quotes));
        }
        items.push(mentions);
    }
    let pending = match next()? {
        0 => None,
        1 => {
            let round = match next()? {
                0 => None,
                r => Some(u8::try_from(r - 1).ok()?),
            };
            let n = next()?;
            let mut reach = Vec::with_capacity(n.min(bytes.len()));
            for _ in 0..n {
                let family = event_type(next()?)?;
                let mut lists: [Vec<Id>; 2] = Default::default();
                for list in &mut lists {
                    let n = next()?;
                    *list = (0..n).map(|_| text(next()?)).collect::<Option<Vec<Id>>>()?;
                }
                let [people, topics] = lists;
                reach.push(Reach { family, people, topics, dated: flag(next()?)? });
            }
            Some(Pending { round, reach })
        }
        _ => return None,
    };
    if next().is_some() {
        return None;
    }
    Some((lang, quotes, items, pending))
}

/// A flag written as 0 or 1.
fn flag(n: usize) -> Option<bool> {
    match n {
        0 => Some(false),
        1 => Some(true),
        _ => None,
    }
}

/// A day as a number: its days from the first of January of year 1, zigzag-coded.
fn day_number(d: NaiveDate) -> usize {
    let n = i64::from(d.num_days_from_ce());
    ((n << 1) ^ (n >> 63)) as usize
}

/// The day of [`day_number`] `n`.
fn day_of(n: usize) -> Option<NaiveDate> {
    let n = n as u64;
    let days = i32::try_from((n >> 1) as i64 ^ -((n & 1) as i64)).ok()?;
    NaiveDate::from_num_days_from_ce_opt(days)
}

/// A grain as a number (and back: [`of_number`] over [`GRAINS`]).
fn grain_number(g: Grain) -> usize {
    match g {
        Grain::Day => 0,
        Grain::Week => 1,
        Grain::Month => 2,
        Grain::Year => 3,
    }
}

const GRAINS: [Grain; 4] = [Grain::Day, Grain::Week, Grain::Month, Grain::Year];

/// A kind of date as a number (and back: [`of_number`] over [`KINDS`]).
fn kind_number(k: DateKind) -> usize {
    match k {
        DateKind::Publication => 0,
        DateKind::During => 1,
        DateKind::Stated => 2,
        DateKind::Start => 3,
    }
}

const KINDS: [DateKind; 4] = [DateKind::Publication, DateKind::During, DateKind::Stated, DateKind::Start];

/// The value of `all` whose number (`number`) is `n`.
fn of_number<T: Copy>(all: &[T], number: fn(T) -> usize, n: usize) -> Option<T> {
    all.iter().copied().find(|&x| number(x) == n)
}

/// The number written in decimal `digits` (None when they are not one that fits).
fn number(digits: &[u8]) -> Option<usize> {
    if digits.is_empty() || digits.len() > 19 {
        return None;
    }
    digits.iter().try_fold(0usize, |n, &d| d.is_ascii_digit().then(|| n * 10 + usize::from(d - b'0')))
}

/// The decimal numbers of `items`, separated by spaces.
#[derive(Default)]
struct Numbers(String);

impl Numbers {
    fn push(&mut self, n: usize) {
        if !self.0.is_empty() {
            self.0.push(' ');
        }
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut n = n;
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        self.0.extend(digits[at..].iter().map(|&d| d as char));
    }
}

/// The distinct values of one kind a record names, each listed once, in the order first named.
struct Table<T> {
    list: Vec<T>,
    at: HashMap<T, usize, crate::hash::FxBuild>,
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Table { list: Vec::new(), at: HashMap::default() }
    }
}

impl<T: std::hash::Hash + Eq + Copy> Table<T> {
    /// The position of `v` in the list (added if new).
    fn at(&mut self, v: T) -> usize {
        *self.at.entry(v).or_insert_with(|| {
            self.list.push(v);
            self.list.len() - 1
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(line: usize, people: &[&str], date: Option<DateValue>, date_text: &str, kind: DateKind) -> MentionRecord {
        let ids = [people.iter().map(|p| Id::of(p)).collect(), vec![], vec![Id::of("rabat")], vec![Id::of("IL"), Id::of("MA")], vec![]];
        MentionRecord(line, 100 + line, line % 2, EventType::Visit, Id::of("visit-noun"), date, Id::of(date_text), chrono::NaiveDate::from_ymd_opt(2021, 8, 12), line % 3 == 0, ids, kind)
    }

    /// A record read back gives the mentions its records give, whatever repeats and whatever
    /// is empty, texts holding the separators, ranges and days before year 1; a record cut
    /// short or with a number out of place is refused.
    #[test]
    fn records_read_back() {
        let on = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let day = DateValue::day(on(2021, 8, 11));
        let range = DateValue { start: on(2021, 8, 1), grain: Grain::Month, end: Some(on(2021, 10, 1)) };
        let ancient = DateValue { start: on(-3, 1, 1), grain: Grain::Year, end: None };
        let items = vec![
            vec![record(7, &["yair-lapid", "nasser-bourita"], Some(day), "أمس", DateKind::Stated), record(9, &["yair-lapid"], None, "", DateKind::default())],
            vec![record(12, &[], Some(range), "من غشت\tإلى أكتوبر", DateKind::Start), record(13, &["3:x"], Some(ancient), "12:\n", DateKind::Publication)],
            vec![],
        ];
        let quotes = Quotes::held(vec!["جملة\tأولى".to_string(), "جملة ثانية\n".to_string()]);
        let reach = vec![Reach { family: EventType::Agreement, people: vec![Id::of("yair-lapid")], topics: vec![Id::of("aviation"), Id::of("12:\n")], dated: true }, Reach { family: EventType::Visit, people: vec![], topics: vec![], dated: false }];
        let file = Id::of("a.txt");
        for pending in [Some(Pending { round: Some(1), reach }), Some(Pending { round: None, reach: Vec::new() }), None] {
            let line = write("ar", Some(&quotes), &items, &pending);
            assert!(!line.contains('\n'), "one line");
            let (lang, read_quotes, read_items, read_pending) = read(line.as_bytes(), &file).expect("read back");
            assert_eq!(lang, "ar");
            assert_eq!(read_quotes.as_deref().map(|q| format!("{q:?}")), Some(format!("{quotes:?}")));
            assert_eq!(format!("{read_pending:?}"), format!("{pending:?}"));
            let arc = Arc::new(Quotes::held(vec!["جملة\tأولى".to_string(), "جملة ثانية\n".to_string()]));
            let want: Vec<Vec<String>> = items.iter().map(|ms| ms.iter().map(|m| format!("{:?}", m.clone().into_mention(&file, &arc))).collect()).collect();
            let got: Vec<Vec<String>> = read_items.iter().map(|ms| ms.iter().map(|m| format!("{m:?}")).collect()).collect();
            assert_eq!(got, want);
        }
        let none = write("fr", None, &[], &None);
        assert_eq!(read(none.as_bytes(), &file).map(|(lang, q, items, p)| (lang, q.is_none(), items.len(), p.is_none())), Some(("fr".to_string(), true, 0, true)));
        // An article's mentions repeat their names: packed, each is written once.
        let many: Vec<Vec<MentionRecord>> = items.iter().cycle().take(12).cloned().collect();
        assert!(write("ar", None, &many, &None).len() * 2 < serde_json::to_string(&many).unwrap().len(), "packed is smaller");
        let line = write("ar", Some(&quotes), &items, &None);
        let packed = line.split('\t').nth(2).unwrap().to_string();
        for damaged in [packed.rsplit_once(' ').unwrap().0.to_string(), format!("{packed} 0"), packed.replacen(' ', " 999 ", 3), packed.replacen(' ', " x ", 1)] {
            assert!(read(line.replacen(&packed, &damaged, 1).as_bytes(), &file).is_none(), "{damaged}");
        }
        let cut = &line[..line.len() - 3];
        assert!(read(cut.as_bytes(), &file).is_none(), "a text cut short");
    }

    /// Days round-trip through their numbers, on either side of year 1.
    #[test]
    fn days_round_trip() {
        for d in [chrono::NaiveDate::MIN, chrono::NaiveDate::from_ymd_opt(0, 12, 31).unwrap(), chrono::NaiveDate::from_ymd_opt(1, 1, 1).unwrap(), chrono::NaiveDate::from_ymd_opt(2022, 2, 28).unwrap(), chrono::NaiveDate::MAX] {
            assert_eq!(day_of(day_number(d)), Some(d));
        }
        assert_eq!(day_of(usize::MAX), None);
    }

    /// Each grain and kind of date reads back from its number, and no two share one.
    #[test]
    fn grains_and_kinds_round_trip() {
        for g in GRAINS {
            assert_eq!(of_number(&GRAINS, grain_number, grain_number(g)), Some(g));
        }
        for k in KINDS {
            assert_eq!(of_number(&KINDS, kind_number, kind_number(k)), Some(k));
        }
        assert_eq!(of_number(&KINDS, kind_number, KINDS.len()), None);
    }
}
