//! The analyst's corrections: a CSV of decisions (`drop`, `set`, `merge`, `keep`) applied to
//! the timeline rows after the merge, so that they survive the next run on more articles.
//!
//! Columns: `event_id,action,field,value,note`.
//! - `drop`: the row is left out;
//! - `set`: `field` (`date` at its precision, `event_type`, `status`, `title`, `people`,
//!   `organisations`, `places`) takes `value` (lists are `;`-separated);
//! - `merge`: the row joins the event named in `value` (sources, people, organisations, places,
//!   countries and evidence united, the more precise date kept);
//! - `keep`: a row the rules left out (undated, outside the window or the focus) is kept.
//!
//! Every row a correction touched says so in its `curated` cell (`set:date;merge`).
//!
//! ## Finding the event of a correction
//! Ids hold still when later sources add to an event (see [`crate::timeline`]), so a
//! correction finds its row by id first, among the rows written, then among the rows the rules
//! left out (what `keep` brings back). When the id is gone, the previous timeline (the file
//! the run is about to overwrite) says what the event was, and the diff's pairing rule
//! ([`crate::diff::pair`]: type family, compatible date, a shared person) finds the event it
//! became. A correction that matches nothing is reported (`corrections.csv:LINE: no event
//! matches ID`) and the others still apply.
//!
//! [`parse_corrections`] and [`apply`] are pure; reading the file is the command's job.

use crate::dates::DateValue;
use crate::events::EventType;
use crate::merge::Status;
use crate::timeline::Row;

/// A field `set` can change.
#[derive(Debug, Clone, PartialEq)]
pub enum SetValue {
    /// The date, at the precision it is written with.
    Date(DateValue),
    /// The event type.
    EventType(EventType),
    /// Occurred or planned.
    Status(Status),
    /// The English summary.
    Title(String),
    /// People (canonical names).
    People(Vec<String>),
    /// Organisations.
    Organisations(Vec<String>),
    /// Places.
    Places(Vec<String>),
}

impl SetValue {
    /// The column name, as written in the `curated` cell (`set:date`).
    pub fn field(&self) -> &'static str {
        match self {
            SetValue::Date(_) => "date",
            SetValue::EventType(_) => "event_type",
            SetValue::Status(_) => "status",
            SetValue::Title(_) => "title",
            SetValue::People(_) => "people",
            SetValue::Organisations(_) => "organisations",
            SetValue::Places(_) => "places",
        }
    }

    /// The value as the corrections file writes it (lists `; `-separated).
    pub fn value_text(&self) -> String {
        match self {
            SetValue::Date(d) => d.to_string(),
            SetValue::EventType(t) => t.as_str().to_string(),
            SetValue::Status(s) => s.as_str().to_string(),
            SetValue::Title(t) => t.clone(),
            SetValue::People(v) | SetValue::Organisations(v) | SetValue::Places(v) => v.join("; "),
        }
    }

    fn parse(field: &str, value: &str) -> Result<SetValue, String> {
        let list = || value.split(';').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect::<Vec<_>>();
        Ok(match field {
            "date" => SetValue::Date(DateValue::parse(value).ok_or_else(|| format!("bad date {value:?} (expected YYYY-MM-DD, YYYY-MM or YYYY)"))?),
            "event_type" => SetValue::EventType(EventType::parse(value).ok_or_else(|| format!("unknown event_type {value:?}"))?),
            "status" => SetValue::Status(Status::parse(value).ok_or_else(|| format!("unknown status {value:?}"))?),
            "title" if !value.is_empty() => SetValue::Title(value.to_string()),
            "title" => return Err("empty title".into()),
            "people" => SetValue::People(list()),
            "organisations" => SetValue::Organisations(list()),
            "places" => SetValue::Places(list()),
            "" => return Err("set needs a field".into()),
            other => return Err(format!("unknown field {other:?} (date, event_type, status, title, people, organisations or places)")),
        })
    }
}

/// What a correction does.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Leave the row out.
    Drop,
    /// Change one field.
    Set(SetValue),
    /// Join the row to the event with this id.
    Merge(String),
    /// Keep a row the rules would leave out.
    Keep,
}

impl Action {
    /// The `action`, `field` and `value` cells that say it.
    pub fn cells(&self) -> [String; 3] {
        match self {
            Action::Drop => ["drop".into(), String::new(), String::new()],
            Action::Keep => ["keep".into(), String::new(), String::new()],
            Action::Set(v) => ["set".into(), v.field().into(), v.value_text()],
            Action::Merge(into) => ["merge".into(), String::new(), into.clone()],
        }
    }
}

/// One row of the corrections file.
#[derive(Debug, Clone, PartialEq)]
pub struct Correction {
    /// Line in the file (for messages).
    pub line: usize,
    /// The event it is about.
    pub event_id: String,
    /// What to do.
    pub action: Action,
    /// The analyst's note (kept for the workbook's `corrections` sheet).
    pub note: String,
}

/// What one correction did: the `corrections` sheet of the workbook, and the messages.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The correction.
    pub correction: Correction,
    /// The id, in this timeline, of the row it applied to (for `merge`, the row joined); not
    /// the correction's own id when the event's id changed and it was followed. `None` when
    /// no event matches.
    pub applied_to: Option<String>,
    /// `applied`, `applied (the event's id changed)`, `no event matches ID`…
    pub result: String,
}

impl Outcome {
    /// The cells of the `corrections` sheet: line, event_id, action, field, value, note,
    /// applied_to, result.
    pub fn cells(&self) -> Vec<String> {
        let c = &self.correction;
        let [action, field, value] = c.action.cells();
        vec![c.line.to_string(), c.event_id.clone(), action, field, value, c.note.clone(), self.applied_to.clone().unwrap_or_default(), self.result.clone()]
    }

    /// The message for standard error when the correction found no event (`source:line: no
    /// event matches ID`).
    pub fn message(&self, source: &str) -> Option<String> {
        self.applied_to.is_none().then(|| format!("{source}:{}: {}", self.correction.line, self.result))
    }
}

/// Columns of the corrections file.
pub const HEADER: [&str; 5] = ["event_id", "action", "field", "value", "note"];

/// Parse a corrections file; `source` names it in messages. Malformed rows come back as
/// `source:line: reason` problems and are skipped; only a file with no `event_id`/`action`
/// columns is an error.
pub fn parse_corrections(text: &str, source: &str) -> Result<(Vec<Correction>, Vec<String>), String> {
    let rows = crate::table::read_rows(text, source, &["event_id", "action"]).map_err(|e| format!("{e} (not a corrections file?)"))?;
    let (mut out, mut problems) = (Vec::new(), Vec::new());
    for row in rows {
        let id = row.get("event_id").trim_start_matches('\'');
        if id.is_empty() {
            problems.push(row.error("empty event_id"));
            continue;
        }
        let action = match row.get("action") {
            "drop" => Ok(Action::Drop),
            "keep" => Ok(Action::Keep),
            "merge" => match row.get("value").trim_start_matches('\'') {
                "" => Err("merge needs the event to join in value".to_string()),
                v => Ok(Action::Merge(v.to_string())),
            },
            "set" => SetValue::parse(row.get("field"), row.get("value").trim_start_matches('\'')).map(Action::Set),
            other => Err(format!("unknown action {other:?} (drop, set, merge or keep)")),
        };
        match action {
            Ok(action) => out.push(Correction { line: row.line, event_id: id.to_string(), action, note: row.get("note").to_string() }),
            Err(reason) => problems.push(row.error(reason)),
        }
    }
    Ok((out, problems))
}

/// Apply `corrections` to the timeline `rows`, in file order. `left_out` are the rows the
/// rules did not keep (for `keep`); `previous` the timeline of the last run (to follow an id
/// that changed). Returns the rows, in timeline order, and what each correction did (those
/// that found no event say so in [`Outcome::message`]).
///
/// A row whose type or status a correction sets takes the title `retitle` gives it (the title
/// of its event with that type and status: a row set to `planned` reads "… to visit …"), unless
/// the analyst set its title; `retitle` gives `None` when the row's event is not at hand.
pub fn apply(mut rows: Vec<Row>, left_out: Vec<Row>, previous: &[Row], corrections: &[Correction], retitle: &dyn Fn(&Row) -> Option<String>) -> (Vec<Row>, Vec<Outcome>) {
    let mut left_out: Vec<Option<Row>> = left_out.into_iter().map(Some).collect();
    let mut dropped = vec![false; rows.len()];
    let mut outcomes = Vec::new();
    for c in corrections {
        let outcome = |applied_to: Option<&Row>, result: String| Outcome { correction: c.clone(), applied_to: applied_to.map(|r| r.event_id.clone()), result };
        let Some(i) = find(&mut rows, &mut left_out, &mut dropped, previous, &c.event_id, matches!(c.action, Action::Keep)) else {
            outcomes.push(outcome(None, format!("no event matches {}", c.event_id)));
            continue;
        };
        let followed = |r: &Row| if r.event_id == c.event_id { "applied".to_string() } else { "applied (the event's id changed)".to_string() };
        match &c.action {
            Action::Drop => {
                dropped[i] = true;
                rows[i].curated.push("drop".into());
            }
            Action::Keep => rows[i].curated.push("keep".into()),
            Action::Set(value) => {
                let r = &mut rows[i];
                match value.clone() {
                    SetValue::Date(d) => r.date = Some(d),
                    SetValue::EventType(t) => r.event_type = t,
                    SetValue::Status(s) => r.status = s,
                    SetValue::Title(t) => r.title = t,
                    SetValue::People(p) => r.people = p,
                    SetValue::Organisations(o) => r.organisations = o,
                    SetValue::Places(p) => r.places = p,
                }
                r.curated.push(format!("set:{}", value.field()));
                // The title says what the type and status columns say.
                if matches!(value, SetValue::Status(_) | SetValue::EventType(_))
                    && !r.curated.iter().any(|c| c == "set:title")
                    && let Some(title) = retitle(r)
                {
                    r.title = title;
                }
            }
            Action::Merge(into) => {
                let Some(j) = find(&mut rows, &mut left_out, &mut dropped, previous, into, false) else {
                    outcomes.push(outcome(None, format!("no event matches {into}")));
                    continue;
                };
                if i == j {
                    outcomes.push(outcome(Some(&rows[j]), "nothing to do: both ids name the same row".into()));
                    continue;
                }
                let from = rows[i].clone();
                join(&mut rows[j], &from);
                rows[j].curated.push("merge".into());
                dropped[i] = true;
                outcomes.push(outcome(Some(&rows[j]), followed(&rows[i])));
                continue;
            }
        }
        outcomes.push(outcome(Some(&rows[i]), followed(&rows[i])));
    }
    let mut rows: Vec<Row> = rows.into_iter().zip(dropped).filter(|(_, d)| !d).map(|(r, _)| r).collect();
    crate::timeline::sort_rows(&mut rows);
    (rows, outcomes)
}

/// The index of the row a correction is about (see the module documentation); a row the rules
/// left out joins `rows` only when `keep` asks for it.
fn find(rows: &mut Vec<Row>, left_out: &mut [Option<Row>], dropped: &mut Vec<bool>, previous: &[Row], id: &str, keep: bool) -> Option<usize> {
    if let Some(i) = rows.iter().position(|r| r.event_id == id) {
        return (!dropped[i] || keep).then_some(i);
    }
    if let Some(slot) = left_out.iter_mut().find(|r| r.as_ref().is_some_and(|r| r.event_id == id)) {
        if !keep {
            return None;
        }
        rows.push(slot.take()?);
        dropped.push(false);
        return Some(rows.len() - 1);
    }
    // The id is gone: what the event was last time, and what it became.
    let old = previous.iter().find(|r| r.event_id == id)?;
    let live: Vec<usize> = (0..rows.len()).filter(|&i| !dropped[i]).collect();
    let candidates: Vec<Row> = live.iter().map(|&i| rows[i].clone()).collect();
    crate::diff::pair(std::slice::from_ref(old), &candidates).first().map(|&(_, k)| live[k])
}

/// Unite `from` into `into`: lists joined without repeats, both evidences, the more precise
/// date (`into`'s on a tie).
fn join(into: &mut Row, from: &Row) {
    let unite = |a: &mut Vec<String>, b: &[String]| {
        for x in b {
            if !a.contains(x) {
                a.push(x.clone());
            }
        }
    };
    unite(&mut into.people, &from.people);
    unite(&mut into.organisations, &from.organisations);
    unite(&mut into.places, &from.places);
    unite(&mut into.countries, &from.countries);
    unite(&mut into.sources, &from.sources);
    into.sources.sort();
    if !from.evidence.is_empty() && !into.evidence.contains(&from.evidence) {
        into.evidence = if into.evidence.is_empty() { from.evidence.clone() } else { format!("{} | {}", into.evidence, from.evidence) };
    }
    if let Some(d) = from.date
        && into.date.is_none_or(|e| d.grain < e.grain)
    {
        into.date = Some(d);
    }
    for c in &from.curated {
        if !into.curated.contains(c) {
            into.curated.push(c.clone());
        }
    }
    // The mentions of both events are the row's (JSON, the mentions file and sheet).
    into.origins.extend(from.origins.iter().copied());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str, ty: &str, date: &str, people: &str, sources: &str) -> Row {
        let list = |s: &str| s.split('|').filter(|x| !x.is_empty()).map(String::from).collect::<Vec<_>>();
        Row {
            event_id: id.into(),
            date: DateValue::parse(date),
            event_type: EventType::parse(ty).unwrap(),
            status: Status::Occurred,
            title: format!("{ty} {id}"),
            people: list(people),
            organisations: vec![],
            places: vec![],
            countries: vec![],
            sources: list(sources),
            evidence: format!("{sources}:1: text of {id}"),
            origins: Vec::new(),
            curated: vec![],
        }
    }

    fn corrections(body: &str) -> (Vec<Correction>, Vec<String>) {
        parse_corrections(&format!("event_id,action,field,value,note\n{body}"), "corrections.csv").unwrap()
    }

    #[test]
    fn malformed_rows_are_reported_and_skipped() {
        let (ok, problems) = corrections("a,drop,,,\nb,explode,,,\nc,set,colour,red,\nd,set,date,2021-13-40,\ne,merge,,,\n,drop,,,\nf,set,date,2021-07,\n");
        assert_eq!(ok.iter().map(|c| c.line).collect::<Vec<_>>(), [2, 8]);
        assert_eq!(problems.len(), 5, "{problems:?}");
        assert!(problems[0].starts_with("corrections.csv:3: unknown action \"explode\""), "{problems:?}");
        assert!(problems[1].starts_with("corrections.csv:4: unknown field \"colour\""), "{problems:?}");
        assert!(problems[2].starts_with("corrections.csv:5: bad date"), "{problems:?}");
        assert!(problems[3].starts_with("corrections.csv:6: merge needs"), "{problems:?}");
        assert!(problems[4].starts_with("corrections.csv:7: empty event_id"), "{problems:?}");
    }

    #[test]
    fn each_action() {
        let rows = vec![row("a", "agreement", "2021-07", "Unna", "000"), row("b", "agreement", "2021-07-16", "Unna|Rabii", "001"), row("c", "call", "2021-08-01", "Lapid", "002")];
        let left_out = vec![row("u", "visit", "", "Lapid", "003")];
        let (cs, _) = corrections("c,drop,,,\na,set,title,The agreement,\nb,merge,,a,one agreement\nu,keep,,,\na,set,date,2021-07-17,\n");
        let (out, outcomes) = apply(rows, left_out, &[], &cs, &|_| None);
        assert!(outcomes.iter().all(|o| o.result == "applied" && o.message("corrections.csv").is_none()), "{outcomes:?}");
        // The merge is told as applied to the row it joined.
        assert_eq!(outcomes[2].cells(), ["4", "b", "merge", "", "a", "one agreement", "a", "applied"]);
        let ids: Vec<&str> = out.iter().map(|r| r.event_id.as_str()).collect();
        assert_eq!(ids, ["a", "u"]);
        let a = &out[0];
        assert_eq!(a.title, "The agreement");
        assert_eq!(a.date, DateValue::parse("2021-07-17"));
        assert_eq!(a.sources, ["000", "001"]);
        assert_eq!(a.people, ["Unna", "Rabii"]);
        assert_eq!(a.curated, ["set:title", "merge", "set:date"]);
        assert_eq!(out[1].curated, ["keep"]);
    }

    #[test]
    fn a_set_status_or_type_retitles_the_row_unless_its_title_was_set() {
        let rows = vec![row("a", "visit", "2021-08-11", "Lapid", "000"), row("b", "visit", "2021-08-12", "Lapid", "001"), row("c", "visit", "2021-08-13", "Lapid", "002")];
        // What the row's event would be titled with the row's type and status.
        let retitle = |r: &Row| (r.event_id != "c").then(|| format!("{} {}", r.event_type.as_str(), r.status.as_str()));
        let (cs, _) = corrections("a,set,status,planned,\nb,set,title,Lapid in Rabat,\nb,set,event_type,meeting,\nc,set,status,planned,\n");
        let (out, _) = apply(rows, vec![], &[], &cs, &retitle);
        let titles: Vec<&str> = out.iter().map(|r| r.title.as_str()).collect();
        // c: its event is not at hand, its title stays.
        assert_eq!(titles, ["visit planned", "Lapid in Rabat", "visit c"]);
    }

    #[test]
    fn merge_keeps_the_more_precise_date() {
        let rows = vec![row("a", "agreement", "2021-07", "Unna", "000"), row("b", "agreement", "2021-07-16", "Unna", "001")];
        let (cs, _) = corrections("a,merge,,b,\n");
        let (out, _) = apply(rows.clone(), vec![], &[], &cs, &|_| None);
        assert_eq!((out.len(), out[0].date), (1, DateValue::parse("2021-07-16")));
        let (cs, _) = corrections("b,merge,,a,\n");
        let (out, _) = apply(rows, vec![], &[], &cs, &|_| None);
        assert_eq!((out[0].event_id.as_str(), out[0].date), ("a", DateValue::parse("2021-07-16")));
    }

    #[test]
    fn a_changed_id_is_followed_through_the_previous_timeline() {
        let previous = vec![row("agreement-2021-07-old", "agreement", "2021-07", "Unna", "000")];
        let rows = vec![row("agreement-2021-07-new", "agreement", "2021-07-16", "Unna|Rabii", "000|001"), row("call-x", "call", "2021-07-16", "Unna", "001")];
        let (cs, _) = corrections("agreement-2021-07-old,set,status,planned,\nagreement-2020-01-gone,drop,,,\nleft-out,drop,,,\n");
        let (out, outcomes) = apply(rows, vec![row("left-out", "visit", "", "", "003")], &previous, &cs, &|_| None);
        let report: Vec<String> = outcomes.iter().filter_map(|o| o.message("corrections.csv")).collect();
        assert_eq!(outcomes[0].applied_to.as_deref(), Some("agreement-2021-07-new"));
        assert_eq!(outcomes[0].result, "applied (the event's id changed)");
        assert_eq!(out[0].status, Status::Planned);
        assert_eq!(out[0].curated, ["set:status"]);
        // A row the rules left out is only brought back by `keep`.
        assert_eq!(report, ["corrections.csv:3: no event matches agreement-2020-01-gone", "corrections.csv:4: no event matches left-out"]);
        assert_eq!(out.len(), 2);
    }
}
