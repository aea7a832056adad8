//! The packed form of an article's record in the reduced state (one line of
//! `reduced-articles.jsonl`): a run that adds or edits one article reads every record, so
//! reading one costs what its article's share of the whole corpus step may cost.
//!
//! A record is a JSON object: the article's language, where its sentences are, what borrowing
//! reads of it (as before), and its events as numbers. An article's mentions repeat a handful
//! of names, rules, types and dates many times over: each distinct one is written once, in
//! `texts` (names, rules, dates as written: read as [`Id`]s, one lookup each per record),
//! `types`, `dates`, `days` (publication days) or `kinds` (of date), and `items` is one
//! string of decimal numbers separated by spaces:
//!
//! ```text
//! ITEMS { MENTIONS { LINE OFFSET SENTENCE TYPE RULE DATE DATE_TEXT PUBLISHED OCCURRED
//!                    { COUNT ID… } × 5 (people, organisations, places, countries, topics)
//!                    DATE_KIND } }
//! ```
//!
//! where TYPE, DATE, PUBLISHED and DATE_KIND are positions in `types`, `dates`, `days` and
//! `kinds`, RULE, DATE_TEXT and each ID positions in `texts`. Read as JSON, each mention's strings were parsed and looked
//! up one by one: most of an incremental run went to reading the records.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{MentionRecord, Pending};
use crate::dates::DateValue;
use crate::events::EventType;
use crate::evidence::Quotes;
use crate::idset::Id;
use crate::merge::{DateKind, Mention};

/// A record as written and read (see the module's documentation).
/// (Written from references, read into owned values.)
#[derive(Serialize, Deserialize)]
struct Line<T, Q, P> {
    lang: String,
    quotes: Option<Q>,
    texts: Vec<T>,
    types: Vec<EventType>,
    dates: Vec<Option<DateValue>>,
    days: Vec<Option<NaiveDate>>,
    kinds: Vec<DateKind>,
    items: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pending: Option<P>,
}

/// The record of an article in language `lang` (its code), whose sentences are `quotes`,
/// events `items` (each as its mentions) and borrowing state `pending`.
pub(crate) fn write(lang: &str, quotes: Option<&Quotes>, items: &[Vec<MentionRecord>], pending: &Option<Pending>) -> String {
    let (mut texts, mut types, mut dates, mut days, mut kinds) = (Table::default(), Table::default(), Table::default(), Table::default(), Table::default());
    let mut numbers = Numbers::default();
    numbers.push(items.len());
    for mentions in items {
        numbers.push(mentions.len());
        for MentionRecord(line, offset, sentence, event_type, rule, date, date_text, published, occurred, ids, date_kind) in mentions {
            numbers.push(*line);
            numbers.push(*offset);
            numbers.push(*sentence);
            numbers.push(types.at(*event_type));
            numbers.push(texts.at(*rule));
            numbers.push(dates.at(*date));
            numbers.push(texts.at(*date_text));
            numbers.push(days.at(*published));
            numbers.push(usize::from(*occurred));
            for list in ids {
                numbers.push(list.len());
                for id in list {
                    numbers.push(texts.at(*id));
                }
            }
            numbers.push(kinds.at(*date_kind));
        }
    }
    let texts: Vec<&str> = texts.list.iter().map(|id| id.text()).collect();
    let line = Line { lang: lang.to_string(), quotes, texts, types: types.list, dates: dates.list, days: days.list, kinds: kinds.list, items: numbers.0, pending: pending.as_ref() };
    serde_json::to_string(&line).expect("a state line is plain data")
}

/// What the records of one article hold once read: its language code, its sentences, its
/// events (each as its mentions, of file `file`) and its borrowing state; None when the record
/// cannot be read (the state then is not used).
pub(crate) type Read = (String, Option<Arc<Quotes>>, Vec<Vec<Mention>>, Option<Pending>);

/// Read the record `bytes` of the article `file` (see [`write`]).
pub(crate) fn read(bytes: &[u8], file: &Id) -> Option<Read> {
    let line: Line<String, Quotes, Pending> = serde_json::from_slice(bytes).ok()?;
    let texts: Vec<Id> = line.texts.iter().map(|t| Id::of(t)).collect();
    let quotes = line.quotes.map(Arc::new);
    let mut numbers = line.items.as_bytes().split(|&b| b == b' ').map(number);
    let mut next = || numbers.next().flatten();
    let text = |i: usize| texts.get(i).copied();
    let n_items = next()?;
    let mut items = Vec::with_capacity(n_items.min(bytes.len()));
    for _ in 0..n_items {
        let n_mentions = next()?;
        let mut mentions = Vec::with_capacity(n_mentions.min(bytes.len()));
        for _ in 0..n_mentions {
            let quotes = quotes.as_ref()?;
            let (line_number, offset, sentence) = (next()?, next()?, next()?);
            let event_type = *line.types.get(next()?)?;
            let rule = text(next()?)?;
            let date = *line.dates.get(next()?)?;
            let date_text = text(next()?)?;
            let published = *line.days.get(next()?)?;
            let occurred = match next()? {
                0 => false,
                1 => true,
                _ => return None,
            };
            let mut ids: [Vec<Id>; 5] = Default::default();
            for list in &mut ids {
                let n = next()?;
                *list = (0..n).map(|_| text(next()?)).collect::<Option<Vec<Id>>>()?;
            }
            let date_kind = *line.kinds.get(next()?)?;
            mentions.push(MentionRecord(line_number, offset, sentence, event_type, rule, date, date_text, published, occurred, ids, date_kind).into_mention(file, quotes));
        }
        items.push(mentions);
    }
    if next().is_some() {
        return None;
    }
    Some((line.lang, quotes, items, line.pending))
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
    /// is empty; a record cut short or with a number out of place is refused.
    #[test]
    fn records_read_back() {
        let day = DateValue::day(chrono::NaiveDate::from_ymd_opt(2021, 8, 11).unwrap());
        let items = vec![
            vec![record(7, &["yair-lapid", "nasser-bourita"], Some(day), "أمس", DateKind::Stated), record(9, &["yair-lapid"], None, "", DateKind::default())],
            vec![record(12, &[], Some(day), "أمس", DateKind::Stated)],
            vec![],
        ];
        let quotes = Quotes::held(vec!["جملة أولى".to_string(), "جملة ثانية".to_string()]);
        let pending = Some(Pending { round: Some(1), reach: Vec::new() });
        let line = write("ar", Some(&quotes), &items, &pending);
        let file = Id::of("a.txt");
        let (lang, read_quotes, read_items, read_pending) = read(line.as_bytes(), &file).expect("read back");
        assert_eq!(lang, "ar");
        assert_eq!(read_quotes.as_deref().map(|q| format!("{q:?}")), Some(format!("{quotes:?}")));
        assert_eq!(read_pending.map(|p| p.round), Some(Some(1)));
        let arc = Arc::new(quotes);
        let want: Vec<Vec<String>> = items.iter().map(|ms| ms.iter().map(|m| format!("{:?}", m.clone().into_mention(&file, &arc))).collect()).collect();
        let got: Vec<Vec<String>> = read_items.iter().map(|ms| ms.iter().map(|m| format!("{m:?}")).collect()).collect();
        assert_eq!(got, want);
        // An article's mentions repeat their names: packed, each is written once.
        let many: Vec<Vec<MentionRecord>> = items.iter().cycle().take(12).cloned().collect();
        assert!(write("ar", None, &many, &None).len() * 2 < serde_json::to_string(&many).unwrap().len(), "packed is smaller");
        let numbers = |line: &str| line.split("\"items\":\"").nth(1).unwrap().split('"').next().unwrap().to_string();
        let packed = numbers(&line);
        for damaged in [packed.rsplit_once(' ').unwrap().0.to_string(), format!("{packed} 0"), packed.replacen(' ', " 999 ", 3)] {
            assert!(read(line.replace(&packed, &damaged).as_bytes(), &file).is_none(), "{damaged}");
        }
    }
}
