//! The timeline as JSON: one document with every event and its mentions (`--format json`),
//! or one event per line for pipelines (`--format jsonl`).
//!
//! An event carries the timeline columns (lists as arrays, an undated event's date as `null`)
//! and `mentions`: one object per source mention, the provenance that the mentions file gives
//! as CSV. Rows read back from a CSV have no mentions; their `mentions` is empty. JSON is for
//! programs, so no byte-order mark and no spreadsheet formula guard.

use serde::Serialize;

use crate::corpus::CorpusError;
use crate::evidence::Sentences;
use crate::merge::{Event, Mention};
use crate::timeline::{Row, precision, row_mentions};

/// One event as written.
#[derive(Debug, Serialize)]
struct EventJson<'a> {
    event_id: &'a str,
    date: Option<String>,
    date_precision: Option<&'static str>,
    event_type: &'static str,
    status: &'static str,
    title: &'a str,
    people: &'a [String],
    organisations: &'a [String],
    places: &'a [String],
    countries: &'a [String],
    sources: &'a [String],
    evidence: &'a str,
    /// The analyst's corrections applied (`set:date`, `merge`…), empty when none.
    curated: &'a [String],
    mentions: Vec<MentionJson<'a>>,
}

/// One source mention of an event (the columns of the mentions file).
#[derive(Debug, Serialize)]
struct MentionJson<'a> {
    file: &'a str,
    line: usize,
    evidence: &'a str,
    date_as_written: &'a str,
    date: Option<String>,
    event_type: &'static str,
    status: &'static str,
    rule: &'a str,
    people: &'a [crate::idset::Id],
    organisations: &'a [crate::idset::Id],
    places: &'a [crate::idset::Id],
    topics: &'a [crate::idset::Id],
}

/// The whole timeline.
#[derive(Debug, Serialize)]
struct TimelineJson<'a> {
    events: Vec<EventJson<'a>>,
}

fn mention_json<'a>(m: &'a Mention, sentences: &'a Sentences) -> MentionJson<'a> {
    MentionJson {
        file: &m.file,
        line: m.line,
        evidence: sentences.get(&m.evidence),
        date_as_written: &m.date_text,
        date: m.date.map(|d| d.to_string()),
        event_type: m.event_type.as_str(),
        status: m.status.as_str(),
        rule: &m.rule,
        people: m.people(),
        organisations: m.organisations(),
        places: m.places(),
        topics: m.topics(),
    }
}

/// The JSON form of a row; `events` are those the rows were made from (empty for rows read
/// from a file).
fn event_json<'a>(r: &'a Row, events: &'a [Event], sentences: &'a Sentences) -> EventJson<'a> {
    let mentions = row_mentions(r, events);
    EventJson {
        event_id: &r.event_id,
        date: r.date.map(|d| d.to_string()),
        date_precision: r.date.map(|d| precision(&d)),
        event_type: r.event_type.as_str(),
        status: r.status.as_str(),
        title: &r.title,
        people: &r.people,
        organisations: &r.organisations,
        places: &r.places,
        countries: &r.countries,
        sources: &r.sources,
        evidence: &r.evidence,
        curated: &r.curated,
        mentions: mentions.into_iter().map(|m| mention_json(m, sentences)).collect(),
    }
}

/// The sentences the mentions of `rows` quote, read back (see [`crate::evidence`]).
fn quoted(rows: &[Row], events: &[Event]) -> Result<Sentences, CorpusError> {
    Sentences::read(rows.iter().flat_map(|r| row_mentions(r, events)).map(|m| &m.evidence))
}

/// One JSON document, `{"events": [...]}`, pretty-printed, with a final newline; the error
/// names an article whose sentences cannot be read back.
pub fn json_bytes(rows: &[Row], events: &[Event]) -> Result<Vec<u8>, CorpusError> {
    let sentences = quoted(rows, events)?;
    let doc = TimelineJson { events: rows.iter().map(|r| event_json(r, events, &sentences)).collect() };
    let mut out = serde_json::to_vec_pretty(&doc).expect("timeline JSON serialises");
    out.push(b'\n');
    Ok(out)
}

/// One compact JSON object per event, one per line; the error names an article whose
/// sentences cannot be read back.
pub fn jsonl_bytes(rows: &[Row], events: &[Event]) -> Result<Vec<u8>, CorpusError> {
    let sentences = quoted(rows, events)?;
    let mut out = Vec::new();
    for r in rows {
        serde_json::to_writer(&mut out, &event_json(r, events, &sentences)).expect("timeline JSON serialises");
        out.push(b'\n');
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::DateValue;
    use crate::events::EventType;
    use crate::merge::Status;

    pub(crate) fn row(id: &str, date: Option<&str>, ty: EventType, evidence: &str) -> Row {
        Row {
            event_id: id.into(),
            date: date.map(|d| DateValue::parse(d).unwrap()),
            event_type: ty,
            status: Status::Occurred,
            title: "Yair Lapid and Nasser Bourita speak by phone".into(),
            people: vec!["Yair Lapid".into(), "Nasser Bourita".into()],
            organisations: vec![],
            places: vec!["Rabat".into()],
            countries: vec!["Israel".into(), "Morocco".into()],
            sources: vec!["000.txt".into()],
            evidence: evidence.into(),
            origins: Vec::new(),
            curated: vec![],
        }
    }

    #[test]
    fn json_document_and_lines() {
        let rows = [row("call-2021-07-16-2e9d41", Some("2021-07-16"), EventType::Call, "000.txt:3: اتصال <b>"), row("visit-undated-1", None, EventType::Visit, "")];
        let doc: serde_json::Value = serde_json::from_slice(&json_bytes(&rows, &[]).unwrap()).unwrap();
        let first = &doc["events"][0];
        assert_eq!(first["event_id"], "call-2021-07-16-2e9d41");
        assert_eq!(first["date"], "2021-07-16");
        assert_eq!(first["date_precision"], "day");
        assert_eq!(first["people"][1], "Nasser Bourita");
        assert_eq!(first["evidence"], "000.txt:3: اتصال <b>");
        assert_eq!(first["mentions"], serde_json::json!([]));
        assert_eq!(doc["events"][1]["date"], serde_json::Value::Null);
        let lines = jsonl_bytes(&rows, &[]).unwrap();
        let lines: Vec<&str> = std::str::from_utf8(&lines).unwrap().lines().collect();
        assert_eq!(lines.len(), 2);
        for (line, r) in lines.iter().zip(&rows) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            assert_eq!(v["event_id"], r.event_id.as_str());
        }
    }
}
