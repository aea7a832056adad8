//! The timeline: merged events as rows, their stable ids and titles ([`title`]), and the CSV they are read from and
//! written to.
//!
//! ## Event ids
//! An id reads `{family}-{date}-{hash}`, e.g. `agreement-2021-07-3f9a1c`, and is taken from the
//! event's *founding mention* ([`founding_mention`]): its first report, a mention in the article
//! published earliest (articles without a publication date after those with one, then by file
//! name), the one of that article that dates the event most precisely. The id is the event's
//! type family, the date that report gives (left out when it gives none: `agreement-3f9a1c`) and
//! six hex digits of a hash (FNV-1a) of the family, the report's file name and its sentence. A
//! later report adds people, places, sources or a more precise date to the row without touching
//! its id; the id changes only when an earlier-published report of the event arrives, when the
//! founding article is renamed or that sentence edited, when an article with no publication
//! date of its own borrows one (its dates change), or when the founding report is joined to
//! another event. Running twice, or reading the articles in any order, gives the same ids.

pub mod packed;
pub mod title;

pub use packed::PackedRow;

use crate::idset::{Id, IdSlice};
use std::borrow::Cow;
use std::path::Path;

use crate::corpus::CorpusError;
use crate::dates::{DateValue, Grain};
use crate::evidence::Sentences;
use crate::events::EventType;
use crate::extraction::Context;
use crate::gazetteer::Gazetteer;
use crate::hash::fnv1a;
use crate::focus::Focus;
use crate::merge::{Event, Mention, Status};

/// Columns of `timeline.csv`, in order.
/// `curated` comes last so that readers of the older twelve columns keep working.
pub const HEADER: [&str; 13] =
    ["event_id", "date", "date_precision", "event_type", "status", "title", "people", "organisations", "places", "countries", "sources", "evidence", "curated"];

/// One row of the timeline.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Row {
    /// Stable id.
    pub event_id: String,
    /// Date at its precision, or `None` for an undated event.
    pub date: Option<DateValue>,
    /// Event type.
    pub event_type: EventType,
    /// Occurred or planned.
    pub status: Status,
    /// One-line English summary.
    pub title: String,
    /// Canonical names.
    pub people: Vec<String>,
    /// Canonical names.
    pub organisations: Vec<String>,
    /// Canonical names.
    pub places: Vec<String>,
    /// Canonical names.
    pub countries: Vec<String>,
    /// Article names.
    pub sources: Vec<String>,
    /// The most informative source sentence, with its file and line.
    pub evidence: String,
    /// Indices of the merged events the row was made from: one, more when a correction merged
    /// rows (their mentions are all the row's), none when the row was read from a file.
    pub origins: Vec<usize>,
    /// The analyst's corrections applied to the row (`set:date`, `merge`…; see [`crate::curate`]).
    pub curated: Vec<String>,
}

/// The precision word of a date.
pub fn precision(d: &DateValue) -> &'static str {
    match d.grain {
        Grain::Day => "day",
        Grain::Week => "week",
        Grain::Month => "month",
        Grain::Year => "year",
    }
}

/// The mention an event's id comes from: a mention of the article published first (articles
/// with no known publication date last, then by file name), and within it the one that dates
/// the event most precisely, then the first in the text. Every mention of an article arrives
/// with it, so a later article cannot change the choice; and it depends on the mentions alone,
/// not on the order they were read or merged in.
pub fn founding_mention(e: &Event) -> &Mention {
    let key = |m: &Mention| (m.published.is_none(), m.published, m.file, m.date.is_none(), m.date.map(|d| d.grain), m.line, m.offset);
    e.mentions.iter().min_by_key(|m| key(m)).expect("an event has a mention")
}

/// The stable id of an event (see the module documentation); `sentences` holds its founding
/// mention's sentence.
pub fn event_id(e: &Event, sentences: &Sentences) -> String {
    let family = e.event_type.family().as_str();
    let founding = founding_mention(e);
    let material = format!("{family}|{}|{}", founding.file, sentences.get(&founding.evidence));
    let hash = fnv1a(material.as_bytes()) & 0xff_ffff;
    match founding.date {
        // A range ("يومي 27 و28 مارس") is named by its first day, as the row is dated.
        Some(d) => format!("{family}-{}-{hash:06x}", DateValue { end: None, ..d }),
        None => format!("{family}-{hash:06x}"),
    }
}

/// Rows from merged events: Morocco–Israel events only (see [`crate::focus`]), dated within
/// `window` (undated ones too when `undated`), sorted by date, type and id. The error names an
/// article whose sentences cannot be read back (see [`crate::evidence`]).
pub fn rows_from_events(events: &[Event], ctx: &Context, window: (DateValue, DateValue), undated: bool) -> Result<Vec<Row>, CorpusError> {
    rows_from_events_with(events, ctx, window, undated, Focus::MoroccoIsrael)
}

/// Rows from the merged events that `focus` keeps, dated within `window` (undated ones too
/// when `undated`), sorted by date, type and id. Ids that collide get `-2`, `-3`…
/// The sentences the rows quote are read back first, each article once.
pub fn rows_from_events_with(events: &[Event], ctx: &Context, window: (DateValue, DateValue), undated: bool, focus: Focus) -> Result<Vec<Row>, CorpusError> {
    Ok(timeline_rows(event_rows(events, ctx, window, undated, focus, Vec::new())?))
}

/// Each merged event's row, when `focus` keeps it and it is dated within `window` (undated
/// too when `undated`), in the events' order, not yet sorted nor its id told apart. `known`
/// gives the rows an earlier run made of some events (`Some(None)`: not kept), by position
/// (an incremental run keeps them: see [`crate::reduced`]); only the others are made, and
/// only their sentences read back.
pub fn event_rows(
    events: &[Event],
    ctx: &Context,
    window: (DateValue, DateValue),
    undated: bool,
    focus: Focus,
    mut known: Vec<Option<Option<Row>>>,
) -> Result<Vec<Option<Row>>, CorpusError> {
    use rayon::prelude::*;
    let g = &ctx.gazetteer;
    known.resize(events.len(), None);
    // In parallel, like the rest of the run (the order is kept).
    let kept: Vec<(usize, &Event)> = events.par_iter().enumerate().filter(|(i, _)| known[*i].is_none()).filter(|(_, e)| makes_a_row(e, g, window, undated, focus)).collect();
    // The id's sentence and the row's, and every sentence of a signing whose title may count
    // its instruments (see [`title::counts_instruments`]).
    let quoted = |e: &Event| -> (bool, usize) {
        let counted = title::counts_instruments(e);
        (counted, 3 + if counted { e.mentions.len() } else { 0 })
    };
    let mut rest = &kept[..];
    while !rest.is_empty() {
        // The events whose sentences are read at once: at least one, and as many as quote
        // [`SENTENCES_AT_ONCE`] sentences (counting the few of an event that counts none).
        let mut sentences_quoted = 0;
        let at_once = rest.iter().take_while(|(_, e)| {
            sentences_quoted += quoted(e).1;
            sentences_quoted <= SENTENCES_AT_ONCE
        });
        let (batch, after) = rest.split_at(at_once.count().max(1));
        rest = after;
        let sentences = Sentences::read(batch.iter().flat_map(|(_, e)| {
            let counted: &[Mention] = if quoted(e).0 { &e.mentions } else { &[] };
            let (given, outvoted) = evidence_mentions(e);
            [&founding_mention(e).evidence, &most_informative(e).evidence, &given.evidence].into_iter().chain(outvoted.map(|m| &m.evidence)).chain(counted.iter().map(|m| &m.evidence))
        }))?;
        let made: Vec<(usize, Row)> = batch.par_iter().map(|&(i, e)| (i, row_from_event(e, g, &ctx.lexicons.instruments, &sentences))).collect();
        for (i, row) in made {
            known[i] = Some(Some(row));
        }
    }
    Ok(known.into_iter().map(Option::flatten).collect())
}

/// How many sentences [`event_rows`] reads back at once, at most (unless one event quotes
/// more): a much-reported signing whose title may count its instruments quotes every sentence
/// of its sources, and the largest family's first events (the most reported) read at once were
/// the peak of a large archive's run (about 90 MiB at 300 MB). An article quoted by events of
/// two batches is read twice; a small corpus is one batch.
const SENTENCES_AT_ONCE: usize = 1 << 15;

/// Whether `e` makes a row of [`event_rows`]: dated within `window` (undated, when `undated`
/// says so) and kept by `focus`.
pub fn makes_a_row(e: &Event, g: &Gazetteer, window: (DateValue, DateValue), undated: bool, focus: Focus) -> bool {
    in_window(e, window, undated) && focus.keeps(e, g)
}

/// Whether `e` is dated within `window` (starts in it), or undated when `undated` says so.
pub fn in_window(e: &Event, window: (DateValue, DateValue), undated: bool) -> bool {
    match e.date {
        Some(d) => (window.0.start..=crate::merge::interval(&window.1).1).contains(&crate::merge::interval(&d).0),
        None => undated,
    }
}

/// The timeline of [`event_rows`]: each row with its event's position as its origin, sorted
/// ([`sort_rows`]); two events of one family first reported in the same sentence (two visits
/// in one line), or a hash collision, share an id: the later ones in timeline order get -2,
/// -3…
pub fn timeline_rows(rows: Vec<Option<Row>>) -> Vec<Row> {
    timeline_rows_of(rows.into_iter().enumerate().filter_map(|(i, r)| r.map(|r| (i, r))).collect())
}

/// [`timeline_rows`] of the rows alone, each with its event's position: a large archive's
/// events are three times its rows, and a row's slot is a few hundred bytes.
pub fn timeline_rows_of(rows: Vec<(usize, Row)>) -> Vec<Row> {
    let mut rows: Vec<Row> = rows.into_iter().map(|(i, r)| Row { origins: vec![i], ..r }).collect();
    sort_rows(&mut rows);
    let nth = nth_of_their_ids(rows.iter().map(|r| r.event_id.as_str()));
    for (r, n) in rows.iter_mut().zip(nth) {
        number_the_id(r, n);
    }
    rows
}

/// The timeline of rows held packed until it is written (see [`packed`]): they are put in
/// order and numbered packed ([`PackedTimeline::of`]), and each is unpacked as it is read
/// ([`PackedTimeline::rows`]), so that a large archive's rows are never all held whole: a
/// row unpacked is about twice its packed bytes, and every row unpacked at once was the peak
/// of a run that writes only rows.
#[derive(Debug, Default)]
pub struct PackedTimeline {
    /// The rows in timeline order, each with its event's position.
    rows: Vec<(usize, PackedRow)>,
    /// How many rows had each one's id up to it (see [`nth_of_their_ids`]).
    nth: Vec<u32>,
}

impl PackedTimeline {
    /// The timeline of `rows` (each with its event's position), as [`timeline_rows_of`] orders
    /// and numbers them.
    pub fn of(mut rows: Vec<(usize, PackedRow)>) -> PackedTimeline {
        sort_in_timeline_order(&mut rows, |(_, r)| r.order_key());
        let nth = nth_of_their_ids(rows.iter().map(|(_, r)| r.event_id()));
        PackedTimeline { rows, nth }
    }

    /// How many rows.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The rows in timeline order, each unpacked as it is read: the rows
    /// [`timeline_rows_of`] makes of the same rows unpacked.
    pub fn rows(&self) -> impl Iterator<Item = Row> + '_ {
        self.rows.iter().zip(&self.nth).map(|((i, packed), &n)| {
            let mut r = packed.unpack();
            r.origins = vec![*i];
            number_the_id(&mut r, n);
            r
        })
    }
}

/// For each id in timeline order, how many rows had it up to that one: the n-th row of an id
/// (n > 1) takes "-n". Counted by reference to the ids first, then renamed: a copy of every id
/// was held at the peak of a large archive's rows.
fn nth_of_their_ids<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<u32> {
    let mut seen: crate::hash::FxHashMap<&str, u32> = crate::hash::FxHashMap::default();
    ids.map(|id| {
        let n = seen.entry(id).or_default();
        *n += 1;
        *n
    })
    .collect()
}

/// The id of the `n`-th row of an id (see [`nth_of_their_ids`]).
fn number_the_id(r: &mut Row, n: u32) {
    if n > 1 {
        r.event_id = format!("{}-{}", r.event_id, n);
    }
}

/// What puts rows in timeline order: the date (undated last), precision, type, id and evidence
/// (the texts as bytes, which order as the texts do).
type OrderKey<'a> = (bool, Option<chrono::NaiveDate>, Option<Grain>, EventType, &'a [u8], &'a [u8]);

impl Row {
    fn order_key(&self) -> OrderKey<'_> {
        (self.date.is_none(), self.date.map(|d| d.start), self.date.map(|d| d.grain), self.event_type, self.event_id.as_bytes(), self.evidence.as_bytes())
    }
}

impl PackedRow {
    fn order_key(&self) -> OrderKey<'_> {
        let date = self.date();
        let (id, evidence) = self.id_and_evidence_bytes();
        (date.is_none(), date.map(|d| d.start), date.map(|d| d.grain), self.event_type(), id, evidence)
    }
}

/// Timeline order: by date (undated last), precision, type, id and evidence (a stable sort:
/// equal rows keep their order). The rows' places are sorted, then the rows moved into them:
/// a stable sort of the rows themselves took scratch room for up to half of them, a few
/// hundred bytes each, at the peak of a large archive's rows.
pub fn sort_rows(rows: &mut [Row]) {
    sort_in_timeline_order(rows, Row::order_key);
}

/// [`sort_rows`] of anything that holds a row, by the row's `key`.
fn sort_in_timeline_order<T>(rows: &mut [T], key: for<'a> fn(&'a T) -> OrderKey<'a>) {
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by(|&a, &b| key(&rows[a]).cmp(&key(&rows[b])));
    // Row `order[i]` goes to place `i`: each cycle of places is followed once, swapping
    // the next row in, and each place done is marked as its own.
    for start in 0..order.len() {
        let mut i = start;
        while order[i] != i {
            let from = order[i];
            order[i] = i;
            if from == start {
                break;
            }
            rows.swap(i, from);
            i = from;
        }
    }
}

fn names(ids: IdSlice<'_, Id>, g: &Gazetteer) -> Vec<String> {
    ids.iter().filter_map(|id| g.by_id(id)).map(|e| e.name.clone()).collect()
}

/// The country name of a code, from the gazetteer's country rows.
fn country_name(code: &str, g: &Gazetteer) -> Option<String> {
    g.country(code).map(|e| e.name.clone())
}

/// The mention that says most of the event: one that both dates it and names people, then the
/// most people named, then a date, then places; the first in merge order on a tie. Its sentence
/// is the row's evidence.
pub fn most_informative(e: &Event) -> &Mention {
    most_informative_of(e.mentions.iter()).expect("an event has a mention")
}

/// [`most_informative`] among some of an event's mentions (in merge order).
fn most_informative_of<'a>(mentions: impl Iterator<Item = &'a Mention>) -> Option<&'a Mention> {
    mentions
        .enumerate()
        .max_by_key(|(i, m)| (m.date.is_some() && !m.people().is_empty(), m.people().len(), m.date.is_some(), m.places().len(), std::cmp::Reverse(*i)))
        .map(|(_, m)| m)
}

/// The mentions whose sentences are the row's evidence: the most informative one
/// ([`most_informative`]); where sources disagree on the day ([`Event::outvoted`]), the most
/// informative of those that give the row's day, and beside it the most informative of those
/// that give another: the reader sees both days and who gives each.
pub fn evidence_mentions(e: &Event) -> (&Mention, Option<&Mention>) {
    let Some(other) = most_informative_of(e.outvoted()) else { return (most_informative(e), None) };
    let day = e.date.and_then(|d| d.as_day());
    let given = most_informative_of(e.mentions.iter().filter(|m| m.date.and_then(|d| d.as_day()) == day));
    (given.unwrap_or_else(|| most_informative(e)), Some(other))
}

/// How many instruments the sentences of `e` name, when its title may count them.
fn instruments_told(e: &Event, nouns: &title::InstrumentNouns, sentences: &Sentences) -> title::Instruments {
    if title::counts_instruments(e) { title::Instruments::named_in(e.mentions.iter().map(|m| sentences.get(&m.evidence)), nouns) } else { title::Instruments::Untold }
}

fn row_from_event(e: &Event, g: &Gazetteer, nouns: &title::InstrumentNouns, sentences: &Sentences) -> Row {
    let best = most_informative(e);
    // People in the order the best source names them, then the rest.
    let mut people: Vec<String> = Vec::new();
    for id in best.people().iter().chain(e.people().iter()) {
        if let Some(p) = g.by_id(id).map(|p| p.name.clone())
            && !people.contains(&p)
        {
            people.push(p);
        }
    }
    let countries: Vec<String> = e.countries().iter().filter_map(|c| country_name(c, g)).collect();
    let places = names(e.places(), g);
    let title = title::event_title_told(e, g, instruments_told(e, nouns, sentences));
    Row {
        event_id: event_id(e, sentences),
        // A range ("يومي 27 و28 مارس") is dated by its first day.
        date: e.date.map(|d| DateValue { end: None, ..d }),
        event_type: e.event_type,
        status: e.status,
        title,
        people,
        organisations: names(e.organisations(), g),
        places,
        countries,
        sources: e.files().iter().map(|f| f.to_string()).collect(),
        evidence: row_evidence(e, sentences),
        origins: Vec::new(),
        curated: Vec::new(),
    }
}

/// The row's evidence cell: `file:line: sentence` of each of [`evidence_mentions`], ` | `
/// between them (as a correction's merge writes two rows' evidence).
fn row_evidence(e: &Event, sentences: &Sentences) -> String {
    let quote = |m: &Mention| format!("{}:{}: {}", m.file, m.line, sentences.get(&m.evidence));
    match evidence_mentions(e) {
        (given, None) => quote(given),
        (given, Some(other)) => format!("{} | {}", quote(given), quote(other)),
    }
}

/// The CSV cells of a row: its texts borrowed, not copied (a timeline's evidence cells are
/// most of its bytes).
pub fn row_cells(r: &Row) -> Vec<Cow<'_, str>> {
    let list = |v: &[String]| Cow::Owned(v.join("; "));
    vec![
        Cow::Borrowed(r.event_id.as_str()),
        r.date.map(|d| Cow::Owned(d.to_string())).unwrap_or_default(),
        r.date.map(|d| Cow::Borrowed(precision(&d))).unwrap_or_default(),
        Cow::Borrowed(r.event_type.as_str()),
        Cow::Borrowed(r.status.as_str()),
        Cow::Borrowed(r.title.as_str()),
        list(&r.people),
        list(&r.organisations),
        list(&r.places),
        list(&r.countries),
        list(&r.sources),
        Cow::Borrowed(r.evidence.as_str()),
        Cow::Owned(r.curated.join(";")),
    ]
}

/// Read a timeline CSV written by tarikh (with or without BOM, CRLF or LF, cells possibly
/// guarded with a leading `'`). Errors name the file and line.
pub fn read_timeline(path: &Path) -> Result<Vec<Row>, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let text = String::from_utf8(bytes).map_err(|_| format!("{}: not UTF-8 text, not a tarikh timeline", path.display()))?;
    parse_timeline(&text, &path.display().to_string())
}

/// Parse timeline CSV text; `source` names it in errors.
pub fn parse_timeline(text: &str, source: &str) -> Result<Vec<Row>, String> {
    let required = ["event_id", "date", "date_precision", "event_type", "status", "title", "people", "sources"];
    let rows = crate::table::read_rows(text, source, &required).map_err(|e| format!("{e} (not a tarikh timeline?)"))?;
    let mut out = Vec::new();
    let mut ids = std::collections::HashMap::new();
    for row in rows {
        let cell = |name: &str| row.get(name).strip_prefix('\'').unwrap_or(row.get(name)).to_string();
        let id = cell("event_id");
        if id.is_empty() {
            return Err(row.error("empty event_id"));
        }
        if let Some(line) = ids.insert(id.clone(), row.line) {
            return Err(row.error(format!("duplicate event_id {id:?} (first on line {line})")));
        }
        let date = match cell("date").as_str() {
            "" => None,
            d => Some(DateValue::parse(d).ok_or_else(|| row.error(format!("bad date {d:?} (expected YYYY-MM-DD, YYYY-MM or YYYY)")))?),
        };
        // A week is written as its Monday (`YYYY-MM-DD`) with precision `week`: read it back
        // as a week, or a timeline with a "next week" event could not be read again.
        let date = match (date, cell("date_precision").as_str()) {
            (Some(d), "week") if d.grain == Grain::Day && d.end.is_none() => Some(DateValue::week_of(d.start)),
            _ => date,
        };
        if let Some(d) = date {
            let p = cell("date_precision");
            if !p.is_empty() && p != precision(&d) {
                return Err(row.error(format!("date {d} does not have precision {p:?}")));
            }
        }
        let list = |name: &str| cell(name).split(';').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect::<Vec<_>>();
        out.push(Row {
            event_id: id,
            date,
            event_type: EventType::parse(&cell("event_type")).ok_or_else(|| row.error(format!("unknown event_type {:?}", cell("event_type"))))?,
            status: Status::parse(&cell("status")).ok_or_else(|| row.error(format!("unknown status {:?}", cell("status"))))?,
            title: cell("title"),
            people: list("people"),
            organisations: list("organisations"),
            places: list("places"),
            countries: list("countries"),
            sources: list("sources"),
            evidence: cell("evidence"),
            origins: Vec::new(),
            // Absent from timelines written before corrections existed.
            curated: list("curated"),
        });
    }
    Ok(out)
}

/// Columns of the mentions file: the provenance of every row.
pub const MENTION_HEADER: [&str; 11] =
    ["event_id", "file", "line", "evidence", "date_as_written", "date", "event_type", "status", "rule", "people", "topics"];

/// Every mention of the events a row was made from (a corrections `merge` keeps both events'
/// mentions), in text order.
pub fn row_mentions<'a>(r: &Row, events: &'a [Event]) -> Vec<&'a Mention> {
    let mut mentions: Vec<&Mention> = r.origins.iter().filter_map(|&i| events.get(i)).flat_map(|e| &e.mentions).collect();
    mentions.sort_by(|a, b| (&a.file, a.line, a.offset).cmp(&(&b.file, b.line, b.offset)));
    mentions
}

/// One row per source mention of each row's event; the error names an article whose sentences
/// cannot be read back.
pub fn mention_rows(events: &[Event], rows: &[Row]) -> Result<Vec<Vec<String>>, CorpusError> {
    let sentences = Sentences::read(rows.iter().flat_map(|r| row_mentions(r, events)).map(|m| &m.evidence))?;
    let mut out = Vec::new();
    for r in rows {
        for m in row_mentions(r, events) {
            out.push(vec![
                r.event_id.clone(),
                m.file.to_string(),
                m.line.to_string(),
                sentences.get(&m.evidence).to_string(),
                m.date_text.to_string(),
                m.date.map(|d| d.to_string()).unwrap_or_default(),
                m.event_type.as_str().to_string(),
                m.status.as_str().to_string(),
                m.rule.to_string(),
                m.people().join("; "),
                m.topics().join("; "),
            ]);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(day: Option<u32>, event_id: &str, evidence: &str, title: &str) -> Row {
        Row {
            event_id: event_id.to_string(),
            date: day.map(|d| DateValue::day(chrono::NaiveDate::from_ymd_opt(2021, 8, d).unwrap())),
            event_type: EventType::Visit,
            status: Status::Occurred,
            title: title.to_string(),
            people: Vec::new(),
            organisations: Vec::new(),
            places: Vec::new(),
            countries: Vec::new(),
            sources: Vec::new(),
            evidence: evidence.to_string(),
            origins: Vec::new(),
            curated: Vec::new(),
        }
    }

    /// The rows' places sorted and the rows moved into them give the order of a stable sort
    /// of the rows (equal rows in their order, told apart here by their titles), and the
    /// repeated ids are numbered in that order.
    #[test]
    fn rows_sort_stably_and_repeated_ids_are_numbered() {
        let days = [Some(12), None, Some(11), Some(12), Some(11), None, Some(12), Some(13), Some(11), Some(12)];
        let ids = ["b", "a", "c", "b", "a", "a", "a", "c", "c", "b"];
        let rows: Vec<Row> = days.iter().zip(ids).enumerate().map(|(i, (&day, id))| row(day, id, if i % 3 == 0 { "x" } else { "y" }, &i.to_string())).collect();
        let mut stable = rows.clone();
        stable.sort_by(|a, b| (a.date.is_none(), a.date.map(|d| d.start), &a.event_id, &a.evidence).cmp(&(b.date.is_none(), b.date.map(|d| d.start), &b.event_id, &b.evidence)));
        let mut sorted = rows.clone();
        sort_rows(&mut sorted);
        assert_eq!(sorted, stable);
        let titles: Vec<&str> = sorted.iter().map(|r| r.title.as_str()).collect();
        assert_eq!(titles, ["4", "2", "8", "6", "0", "3", "9", "7", "1", "5"]);
        let named = timeline_rows_of(rows.into_iter().enumerate().collect());
        let ids: Vec<&str> = named.iter().map(|r| r.event_id.as_str()).collect();
        assert_eq!(ids, ["a", "c", "c-2", "a-2", "b", "b-2", "b-3", "c-3", "a-3", "a-4"]);
    }

    /// Rows held packed and unpacked as they are read are the timeline of the same rows held
    /// whole: the same order (equal rows in their events' order), ids numbered alike, each
    /// with its event as its origin.
    #[test]
    fn a_packed_timeline_reads_as_the_whole_one() {
        let days = [Some(12), None, Some(11), Some(12), Some(11), None, Some(12), Some(13)];
        let ids = ["b", "a", "c", "b", "a", "a", "c", "c"];
        // Events 3, 7, 11… make rows; 11 and 23 are equal but for their titles.
        let rows: Vec<(usize, Row)> = days.iter().zip(ids).enumerate().map(|(i, (&day, id))| (4 * i + 3, row(day, id, "x", &i.to_string()))).collect();
        let whole = timeline_rows_of(rows.clone());
        let packed = PackedTimeline::of(rows.iter().map(|(i, r)| (*i, PackedRow::pack(r))).collect());
        assert_eq!(packed.len(), whole.len());
        assert_eq!(packed.rows().collect::<Vec<Row>>(), whole);
    }
}
