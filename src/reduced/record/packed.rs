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
//! LANG is the language code, QUOTES where the sentences are ([`Quotes::write_field`]: the
//! content hash, each sentence's byte range and the file; empty when the article has no
//! event), TEXTS each distinct text as
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
//! ([`kind_number`]) plus as many times the number of kinds as the mention's span in days
//! ([`Mention::span_days`]: 0 for most, so a record written before it reads back the same); PENDING
//! 0 for none, else 1, and ROUND 0 for none, else the round plus one. Read as JSON, each mention's
//! strings were parsed and looked up one by one, and the parse of a record's small tables cost as
//! much as its mentions: most of an incremental run went to reading the records.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{Datelike, NaiveDate};

use super::{EventOutput, FamilyGroups, MentionRecord, Pending, Reach};
use crate::dates::{DateValue, Grain};
use crate::events::EventType;
use crate::evidence::Quotes;
use crate::idset::Id;
use crate::merge::{DateKind, Mention, MentionIds, Status};
use crate::timeline::Row;

/// The record of an article in language `lang` (its code), whose sentences are `quotes`,
/// events `items` (each as its mentions) and borrowing state `pending`.
pub(crate) fn write(lang: &str, quotes: Option<&Quotes>, items: &[Vec<MentionRecord>], pending: &Option<Pending>) -> String {
    let (mut texts, mut dates, mut days) = (Table::default(), Table::default(), Table::default());
    let mut body = Numbers::default();
    body.push(items.len());
    for mentions in items {
        body.push(mentions.len());
        for MentionRecord(line, offset, sentence, event_type, rule, date, date_text, published, occurred, ids, date_kind, span_days) in mentions {
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
            body.push(kind_number(*date_kind) + KINDS.len() * usize::from(*span_days));
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
        push_date(&mut numbers, *date);
    }
    numbers.push(days.list.len());
    for day in &days.list {
        numbers.push(day.map_or(0, |d| day_number(d) + 1));
    }
    numbers.0.push(b' ');
    numbers.0.extend_from_slice(&body.0);
    let mut line = Vec::with_capacity(lang.len() + numbers.0.len() + 256);
    line.extend_from_slice(lang.as_bytes());
    line.push(b'\t');
    if let Some(quotes) = quotes {
        quotes.write_field(&mut line);
    }
    line.push(b'\t');
    line.extend_from_slice(&numbers.0);
    line.push(b'\t');
    for text in &texts.list {
        push_text(&mut line, text.text());
    }
    String::from_utf8(line).expect("texts and ASCII")
}

/// Append `text` to a line's TEXTS field: its length in bytes, a colon and its bytes, or when
/// it holds a line end, the length of it as a JSON string, `=` and that string.
fn push_text(line: &mut Vec<u8>, text: &str) {
    if memchr::memchr2(b'\n', b'\r', text.as_bytes()).is_some() {
        // Kept on its line as a JSON string.
        let quoted = serde_json::to_string(text).expect("a text is a string");
        push_decimal(line, quoted.len());
        line.push(b'=');
        line.extend_from_slice(quoted.as_bytes());
    } else {
        push_decimal(line, text.len());
        line.push(b':');
        line.extend_from_slice(text.as_bytes());
    }
}

/// The texts of a TEXTS field (see [`push_text`]); None when it is cut short or damaged.
fn read_texts(mut rest: &str) -> Option<Vec<std::borrow::Cow<'_, str>>> {
    // As many as there are colons and equals signs at most (each text has one before it):
    // grown by doubling, the vector was reallocated a few times for every record read.
    let mut texts = Vec::with_capacity(memchr::memchr2_iter(b':', b'=', rest.as_bytes()).count());
    while !rest.is_empty() {
        let colon = rest.bytes().position(|b| b == b':' || b == b'=')?;
        let len = number(&rest.as_bytes()[..colon])?;
        let text = rest.get(colon + 1..)?.get(..len)?;
        texts.push(if rest.as_bytes()[colon] == b':' { std::borrow::Cow::Borrowed(text) } else { std::borrow::Cow::Owned(serde_json::from_str::<String>(text).ok()?) });
        rest = &rest[colon + 1 + len..];
    }
    Some(texts)
}

/// A date as numbers: 0 for none, else its grain plus one, its first day and its last
/// period's plus one (0: not a range).
fn push_date(numbers: &mut Numbers, date: Option<DateValue>) {
    match date {
        None => numbers.push(0),
        Some(DateValue { start, grain, end }) => {
            numbers.push(grain_number(grain) + 1);
            numbers.push(day_number(start));
            numbers.push(end.map_or(0, |d| day_number(d) + 1));
        }
    }
}

/// The date [`push_date`] wrote, from `next` (Some(None): no date; None: damaged).
fn read_date(next: &mut impl FnMut() -> Option<usize>) -> Option<Option<DateValue>> {
    Some(match next()? {
        0 => None,
        grain => {
            let (start, end) = (next()?, next()?);
            let end = if end == 0 { None } else { Some(day_of(end - 1)?) };
            Some(DateValue { start: day_of(start)?, grain: of_number(&GRAINS, grain_number, grain - 1)?, end })
        }
    })
}

/// The line of one family of the state's index: how the merge grouped its events and what
/// the outputs made of each. Its rows repeat names, places and article names many times
/// over, and a run that adds an article reads and writes every family's line: as JSON, that
/// cost more than the replay of the merge. Three fields separated by tabs:
///
/// ```text
/// FAMILY <TAB> NUMBERS <TAB> TEXTS
/// ```
///
/// FAMILY the type family's place in [`EventType::ALL`], TEXTS as in an article's record
/// (each distinct text once), and NUMBERS:
///
/// ```text
/// GROUPS { MEMBERS { ARTICLE POSITION } }
/// OUTPUTS { FLAGS [ ID DATE TYPE STATUS TITLE { COUNT TEXT… } × 5 (people, organisations,
///                   places, countries, sources) EVIDENCE { COUNT ORIGIN… } { COUNT TEXT… } ] }
/// ```
///
/// where FLAGS is 1 when the event is Morocco–Israel, plus 2 when it is undated and kept,
/// plus 4 when it has a row (which follows); a DATE is written as in a record (not through
/// a table), STATUS is 0 for occurred and 1 for planned, and ID, TITLE, EVIDENCE and each
/// TEXT are positions in TEXTS.
///
/// The line is returned as bytes, as the state's body takes it: made of ASCII numbers and
/// texts, it is text, and checking that again cost an incremental run as much as writing the
/// numbers.
pub(crate) fn write_family(f: &FamilyGroups) -> Vec<u8> {
    let mut texts: Table<&str> = Table::default();
    let mut numbers = Numbers::default();
    numbers.push(f.groups.len());
    for members in &f.groups {
        numbers.push(members.len());
        for &(article, position) in members {
            numbers.push(article as usize);
            numbers.push(position as usize);
        }
    }
    numbers.push(f.outputs.len());
    for EventOutput { row, bilateral, undated_kept } in &f.outputs {
        numbers.push(usize::from(*bilateral) + 2 * usize::from(*undated_kept) + 4 * usize::from(row.is_some()));
        let Some(row) = row else { continue };
        let Row { event_id, date, event_type, status, title, people, organisations, places, countries, sources, evidence, origins, curated } = row;
        // The id, title and sentence are each a row's own: listed without a look-up.
        numbers.push(texts.push(event_id));
        push_date(&mut numbers, *date);
        numbers.push(*event_type as usize);
        numbers.push(status_number(*status));
        numbers.push(texts.push(title));
        for list in [people, organisations, places, countries, sources] {
            numbers.push(list.len());
            for text in list {
                numbers.push(texts.at(text));
            }
        }
        numbers.push(texts.push(evidence));
        numbers.push(origins.len());
        for &origin in origins {
            numbers.push(origin);
        }
        numbers.push(curated.len());
        for text in curated {
            numbers.push(texts.at(text));
        }
    }
    let mut line = Vec::with_capacity(numbers.0.len() + texts.list.iter().map(|t| t.len() + 8).sum::<usize>() + 8);
    push_decimal(&mut line, f.family as usize);
    line.push(b'\t');
    line.extend_from_slice(&numbers.0);
    line.push(b'\t');
    for text in &texts.list {
        push_text(&mut line, text);
    }
    line
}

/// Read a family's line (see [`write_family`]); None when it cannot be read (the state then
/// is not used).
pub(crate) fn read_family(line: &str) -> Option<FamilyGroups> {
    let mut fields = line.splitn(3, '\t');
    let (family, numbers, rest) = (fields.next()?, fields.next()?.as_bytes(), fields.next()?);
    let family = EventType::ALL.get(number(family.as_bytes())?).copied()?;
    let texts = read_texts(rest)?;
    let mut numbers = NumberReader(numbers);
    let mut next = || numbers.next();
    let text = |i: usize| texts.get(i).map(|t| t.to_string());
    // A count is at most the line's length (a damaged one allocates no more).
    let count = |n: usize| n.min(line.len());
    let n_groups = next()?;
    let mut groups = Vec::with_capacity(count(n_groups));
    for _ in 0..n_groups {
        let n = next()?;
        let mut members = Vec::with_capacity(count(n));
        for _ in 0..n {
            members.push((u32::try_from(next()?).ok()?, u32::try_from(next()?).ok()?));
        }
        groups.push(members);
    }
    let n_outputs = next()?;
    let mut outputs = Vec::with_capacity(count(n_outputs));
    for _ in 0..n_outputs {
        let flags = next()?;
        if flags > 7 {
            return None;
        }
        let row = if flags & 4 == 0 {
            None
        } else {
            let event_id = text(next()?)?;
            let date = read_date(&mut next)?;
            let event_type = EventType::ALL.get(next()?).copied()?;
            let status = *[Status::Occurred, Status::Planned].get(next()?)?;
            let title = text(next()?)?;
            let mut lists: [Vec<String>; 5] = Default::default();
            for list in &mut lists {
                let n = next()?;
                *list = (0..n).map(|_| text(next()?)).collect::<Option<Vec<String>>>()?;
            }
            let [people, organisations, places, countries, sources] = lists;
            let evidence = text(next()?)?;
            let n = next()?;
            let origins = (0..n).map(|_| next()).collect::<Option<Vec<usize>>>()?;
            let n = next()?;
            let curated = (0..n).map(|_| text(next()?)).collect::<Option<Vec<String>>>()?;
            Some(Row { event_id, date, event_type, status, title, people, organisations, places, countries, sources, evidence, origins, curated })
        };
        outputs.push(EventOutput { row, bilateral: flags & 1 != 0, undated_kept: flags & 2 != 0 });
    }
    if next().is_some() {
        return None;
    }
    Some(FamilyGroups { family, groups, outputs })
}

/// A status as a number (see [`write_family`]).
fn status_number(s: Status) -> usize {
    match s {
        Status::Occurred => 0,
        Status::Planned => 1,
    }
}

/// What the records of one article hold once read: its language code, its sentences, its
/// events (each as its mentions, of file `file`) and its borrowing state; None when the record
/// cannot be read (the state then is not used).
pub(crate) type Read = (String, Option<Arc<Quotes>>, Vec<Vec<Mention>>, Option<Pending>);

/// Read the record `bytes` of the article `file` (see [`write`]).
pub(crate) fn read(bytes: &[u8], file: &Id) -> Option<Read> {
    let mut fields = bytes.splitn(4, |&b| b == b'\t');
    let (lang, quotes, numbers, rest) = (fields.next()?, fields.next()?, fields.next()?, fields.next()?);
    let lang = std::str::from_utf8(lang).ok()?.to_string();
    let quotes: Option<Arc<Quotes>> = if quotes.is_empty() { None } else { Some(Arc::new(Quotes::read_field(quotes)?)) };
    let texts: Vec<Id> = read_texts(std::str::from_utf8(rest).ok()?)?.iter().map(|t| Id::of(t)).collect();
    let mut numbers = NumberReader(numbers);
    let mut next = || numbers.next();
    let text = |i: usize| texts.get(i).copied();
    let event_type = |i: usize| EventType::ALL.get(i).copied();
    let n_dates = next()?;
    let mut dates: Vec<Option<DateValue>> = Vec::with_capacity(n_dates.min(bytes.len()));
    for _ in 0..n_dates {
        dates.push(read_date(&mut next)?);
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
    // A mention's five lists of ids are gathered here, then copied into a vector of their
    // size: grown list by list, each mention's vector was reallocated up to five times.
    let mut gathered: Vec<Id> = Vec::new();
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
            // The five lists of ids in one vector, as the mention keeps them.
            gathered.clear();
            let mut ends = [0; 5];
            for end in &mut ends {
                let n = next()?;
                for _ in 0..n {
                    gathered.push(text(next()?)?);
                }
                *end = gathered.len();
            }
            let kind_and_span = next()?;
            let date_kind = of_number(&KINDS, kind_number, kind_and_span % KINDS.len())?;
            let span_days = u8::try_from(kind_and_span / KINDS.len()).ok()?;
            let ids = MentionIds::of_runs(gathered.to_vec(), ends)?;
            mentions.push(MentionRecord(line_number, offset, sentence, event_type, rule, date, date_text, published, occurred, ids, date_kind, span_days).into_mention(file, quotes));
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
        // Numbered after the others: records written before it read back the same.
        DateKind::Counted => 4,
        DateKind::Again => 5,
    }
}

const KINDS: [DateKind; 6] = [DateKind::Publication, DateKind::During, DateKind::Stated, DateKind::Start, DateKind::Counted, DateKind::Again];

/// The value of `all` whose number (`number`) is `n`.
fn of_number<T: Copy>(all: &[T], number: fn(T) -> usize, n: usize) -> Option<T> {
    all.iter().copied().find(|&x| number(x) == n)
}

/// The numbers of a NUMBERS field, read one at a time: each what [`number`] reads of the bytes
/// up to the next space (None when they are not one, and after the last). A record's numbers
/// are most of its bytes, and splitting them first cost as much as reading them.
struct NumberReader<'a>(&'a [u8]);

impl NumberReader<'_> {
    fn next(&mut self) -> Option<usize> {
        let mut n = 0usize;
        for (i, &b) in self.0.iter().enumerate() {
            if b == b' ' {
                self.0 = &self.0[i + 1..];
                return (i > 0).then_some(n);
            }
            // More than 19 digits may not fit: refused, as `number` refuses them.
            if !b.is_ascii_digit() || i >= 19 {
                self.0 = &[];
                return None;
            }
            n = n * 10 + usize::from(b - b'0');
        }
        let read = (!self.0.is_empty()).then_some(n);
        self.0 = &[];
        read
    }
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
struct Numbers(Vec<u8>);

impl Numbers {
    fn push(&mut self, n: usize) {
        if !self.0.is_empty() {
            self.0.push(b' ');
        }
        push_decimal(&mut self.0, n);
    }

}

/// Append `n` in decimal to `out` (bytes, not a `String`: a character or a string at a time
/// cost the state's writing a sixth of its time).
fn push_decimal(out: &mut Vec<u8>, n: usize) {
    if n < 10 {
        out.push(b'0' + n as u8);
        return;
    }
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = n;
    while n > 0 {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    out.extend_from_slice(&digits[at..]);
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
    /// The position of `v`, listed anew without a look-up (for a value seldom named twice:
    /// it is then listed twice, and either position reads it back).
    fn push(&mut self, v: T) -> usize {
        self.list.push(v);
        self.list.len() - 1
    }

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
        spanning(line, people, date, date_text, kind, 0)
    }

    fn spanning(line: usize, people: &[&str], date: Option<DateValue>, date_text: &str, kind: DateKind, span_days: u8) -> MentionRecord {
        let ids = [people.iter().map(|p| Id::of(p)).collect(), vec![], vec![Id::of("rabat")], vec![Id::of("IL"), Id::of("MA")], vec![]];
        MentionRecord(line, 100 + line, line % 2, EventType::Visit, Id::of("visit-noun"), date, Id::of(date_text), chrono::NaiveDate::from_ymd_opt(2021, 8, 12), line.is_multiple_of(3), ids, kind, span_days)
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
            vec![spanning(15, &["orna-barbivai"], Some(day), "on Tuesday", DateKind::Again, 2)],
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

    /// A family's line reads back as the groups and outputs written, rows with and without a
    /// date, texts holding the separators and named twice, outputs with no row; a line cut
    /// short or with a number out of place is refused.
    #[test]
    fn families_read_back() {
        let on = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let names = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<String>>();
        let row = Row {
            event_id: "visit-2021-08-11-0a1b2c".into(),
            date: Some(DateValue::day(on(2021, 8, 11))),
            event_type: EventType::Visit,
            status: Status::Occurred,
            title: "Lapid visits Morocco: 12:30".into(),
            people: names(&["Yair Lapid", "Nasser Bourita"]),
            organisations: vec![],
            places: names(&["Rabat"]),
            countries: names(&["Israel", "Morocco"]),
            sources: names(&["a.txt", "dir/b\tc.txt"]),
            evidence: "a.txt:3: زار لابيد الرباط\nأمس".into(),
            origins: vec![4],
            curated: names(&["set:date"]),
        };
        let planned = Row { event_id: "call-0d0e0f".into(), date: Some(DateValue { start: on(2021, 8, 1), grain: Grain::Month, end: Some(on(2021, 10, 1)) }), event_type: EventType::Call, status: Status::Planned, title: "Rabat".into(), people: names(&["Rabat"]), sources: names(&["a.txt"]), origins: vec![], curated: vec![], ..row.clone() };
        let undated = Row { date: None, ..planned.clone() };
        let family = FamilyGroups {
            family: EventType::Visit,
            groups: vec![vec![(0, 1), (7, 0)], vec![(3, 2)], vec![], vec![(1, 0)]],
            outputs: vec![
                EventOutput { row: Some(row), bilateral: true, undated_kept: false },
                EventOutput { row: None, bilateral: false, undated_kept: true },
                EventOutput { row: Some(planned), bilateral: false, undated_kept: false },
                EventOutput { row: Some(undated), bilateral: true, undated_kept: true },
            ],
        };
        let empty = FamilyGroups { family: EventType::Flight, groups: vec![], outputs: vec![] };
        for f in [&family, &empty] {
            let line = String::from_utf8(write_family(f)).expect("a line is text");
            assert!(!line.contains(['\n', '\r']), "one line: {line}");
            let read = read_family(&line).expect("read back");
            assert_eq!((read.family, &read.groups, &read.outputs), (f.family, &f.groups, &f.outputs));
        }
        let line = String::from_utf8(write_family(&family)).expect("a line is text");
        let numbers = line.split('\t').nth(1).unwrap().to_string();
        for damaged in [numbers.rsplit_once(' ').unwrap().0.to_string(), format!("{numbers} 0"), numbers.replacen(' ', " 999999 ", 1), numbers.replacen(' ', " x ", 1)] {
            assert!(read_family(&line.replacen(&numbers, &damaged, 1)).is_none(), "{damaged}");
        }
        assert!(read_family(&line[..line.len() - 3]).is_none(), "a text cut short");
        assert!(read_family(&line.replacen("1\t", "9\t", 1)).is_none(), "no such family");
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
