//! What changed between two timelines: the events a new run added, removed and changed.
//!
//! Users keep a timeline and add articles every week; `diff` tells them what the new articles
//! brought. It is a pure function from two lists of [`Row`]s (as read back by
//! [`crate::timeline::read_timeline`]) to [`Changes`]; the command in `cli/diff.rs` reads the
//! files and writes one of the renderings below (text, long-form CSV, JSON).
//!
//! ## Pairing
//! Rows of the two timelines are paired in two passes:
//!
//! 1. by `event_id`: ids are stable (see [`crate::timeline`]), so most events pair here;
//! 2. among the rows left over, by the rule the merge joins mentions by ([`rows_match`]): same
//!    type family, compatible dates ([`merge::dates_compatible`]) and participants — a shared
//!    person ([`merge::people_compatible`]), or, when one side names nobody, a shared source,
//!    organisation or place. This pass is what reports an event whose id changed (an
//!    earlier-published report of it arrived and now names it) as *changed* rather than as
//!    one removal and one addition. Candidate pairs are taken greedily, best
//!    first (most people, then organisations and places, then sources in common), ties
//!    broken by the two ids; the order does not depend on which file is old and which is new,
//!    so swapping the arguments swaps added and removed and pairs the same events.
//!
//! The rows a timeline keeps carry no topics, so the merge's "agreements on different topics
//! are different agreements" cannot be checked here; the shared-person requirement does most
//! of that work, and only rows the id pass left unpaired are compared at all.
//!
//! ## Fields
//! A paired event is *changed* when its id or any of these fields differ: date (with its
//! precision: `2021-07` → `2021-07-05` is a refinement), event type, status, title, and as
//! sets (order does not count) people, organisations, places, countries and sources. The
//! evidence sentence is left out unless asked for ([`DiffOptions::evidence`]): it is the
//! "most informative" sentence among the sources, so a new source often replaces it, and
//! reporting that next to "sources gained" is noise.

use std::collections::HashMap;

use crate::idset::IdSet;

use serde_json::{Value, json};

use crate::dates::DateValue;
use crate::merge;
use crate::timeline::{Row, precision};

/// What to compare.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DiffOptions {
    /// Also report a changed evidence sentence.
    pub evidence: bool,
    /// Show what the analyst's corrections did (`--show-curation`): the `curated` column is
    /// compared, a changed value that a correction set is marked as the correction's, and an
    /// added or removed row says which corrections it carries.
    pub curation: bool,
}

/// A compared field of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// The event id (changed when the pair was found by the matching rule).
    EventId,
    /// The date, with its precision.
    Date,
    /// The event type.
    EventType,
    /// Occurred or planned.
    Status,
    /// The English summary.
    Title,
    /// People (a set).
    People,
    /// Organisations (a set).
    Organisations,
    /// Places (a set).
    Places,
    /// Countries (a set).
    Countries,
    /// Source articles (a set).
    Sources,
    /// The evidence sentence (only with [`DiffOptions::evidence`]).
    Evidence,
    /// The corrections applied to the row (a set; only with [`DiffOptions::curation`]).
    Curated,
}

impl Field {
    /// The timeline column name.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::EventId => "event_id",
            Field::Date => "date",
            Field::EventType => "event_type",
            Field::Status => "status",
            Field::Title => "title",
            Field::People => "people",
            Field::Organisations => "organisations",
            Field::Places => "places",
            Field::Countries => "countries",
            Field::Sources => "sources",
            Field::Evidence => "evidence",
            Field::Curated => "curated",
        }
    }
}

/// The old and new value of one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldChange {
    /// A single value (empty for an undated date).
    Value {
        /// Before.
        old: String,
        /// After.
        new: String,
    },
    /// A set of names, sorted.
    Set {
        /// Before.
        old: Vec<String>,
        /// After.
        new: Vec<String>,
    },
}

impl FieldChange {
    /// Items in the new set and not the old (empty for single values).
    pub fn gained(&self) -> Vec<&str> {
        match self {
            FieldChange::Value { .. } => Vec::new(),
            FieldChange::Set { old, new } => new.iter().filter(|x| !old.contains(x)).map(String::as_str).collect(),
        }
    }

    /// Items in the old set and not the new (empty for single values).
    pub fn lost(&self) -> Vec<&str> {
        match self {
            FieldChange::Value { .. } => Vec::new(),
            FieldChange::Set { old, new } => old.iter().filter(|x| !new.contains(x)).map(String::as_str).collect(),
        }
    }

    /// The old value as one cell (`; `-separated for sets).
    pub fn old_cell(&self) -> String {
        match self {
            FieldChange::Value { old, .. } => old.clone(),
            FieldChange::Set { old, .. } => old.join("; "),
        }
    }

    /// The new value as one cell (`; `-separated for sets).
    pub fn new_cell(&self) -> String {
        match self {
            FieldChange::Value { new, .. } => new.clone(),
            FieldChange::Set { new, .. } => new.join("; "),
        }
    }
}

/// An event present in both timelines, with the fields that differ.
#[derive(Debug, Clone, PartialEq)]
pub struct Changed {
    /// The row in the old timeline.
    pub old: Row,
    /// The row in the new timeline.
    pub new: Row,
    /// The fields that differ, in column order.
    pub fields: Vec<(Field, FieldChange)>,
}

/// What changed from one timeline to the next.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Changes {
    /// Events only in the new timeline, in its order.
    pub added: Vec<Row>,
    /// Events only in the old timeline, in its order.
    pub removed: Vec<Row>,
    /// Events in both that differ, in the new timeline's order.
    pub changed: Vec<Changed>,
    /// Whether the reports show the corrections ([`DiffOptions::curation`]).
    pub show_curation: bool,
}

impl Changes {
    /// No difference at all.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }

    /// "2 added, 0 removed, 3 changed".
    pub fn summary(&self) -> String {
        format!("{} added, {} removed, {} changed", self.added.len(), self.removed.len(), self.changed.len())
    }
}

/// The differences between `old` and `new`, evidence left out.
pub fn diff(old: &[Row], new: &[Row]) -> Changes {
    diff_with(old, new, DiffOptions::default())
}

/// The differences between `old` and `new` (see the module documentation).
pub fn diff_with(old: &[Row], new: &[Row], options: DiffOptions) -> Changes {
    let pairs = pair(old, new);
    let mut old_paired = vec![false; old.len()];
    let mut new_to_old: Vec<Option<usize>> = vec![None; new.len()];
    for &(i, j) in &pairs {
        old_paired[i] = true;
        new_to_old[j] = Some(i);
    }
    let mut changes = Changes { show_curation: options.curation, ..Changes::default() };
    for (j, n) in new.iter().enumerate() {
        match new_to_old[j] {
            None => changes.added.push(n.clone()),
            Some(i) => {
                let fields = compare(&old[i], n, options);
                if !fields.is_empty() {
                    changes.changed.push(Changed { old: old[i].clone(), new: n.clone(), fields });
                }
            }
        }
    }
    changes.removed = old.iter().zip(&old_paired).filter(|(_, p)| !**p).map(|(r, _)| r.clone()).collect();
    changes
}

/// Pairs `(old index, new index)`: same id first, then rows the matching rule joins.
pub fn pair(old: &[Row], new: &[Row]) -> Vec<(usize, usize)> {
    let new_by_id: HashMap<&str, usize> = new.iter().enumerate().map(|(j, r)| (r.event_id.as_str(), j)).collect();
    let mut pairs = Vec::new();
    let mut new_paired = vec![false; new.len()];
    let mut old_left = Vec::new();
    for (i, r) in old.iter().enumerate() {
        match new_by_id.get(r.event_id.as_str()) {
            Some(&j) if !new_paired[j] => {
                new_paired[j] = true;
                pairs.push((i, j));
            }
            _ => old_left.push(i),
        }
    }
    let new_left: Vec<usize> = (0..new.len()).filter(|&j| !new_paired[j]).collect();
    // Every leftover pair is compared: after a weekly update only the events the new articles
    // touched are left over, a handful, so an index would buy nothing.
    let mut candidates = Vec::new();
    for &i in &old_left {
        for &j in &new_left {
            if let Some(score) = match_score(&old[i], &new[j]) {
                let (a, b) = (old[i].event_id.as_str(), new[j].event_id.as_str());
                // Ids never repeat within a side and no leftover id is on both sides (those
                // paired above), so the unordered pair of ids orders candidates completely and
                // the same way whichever side is old.
                candidates.push((std::cmp::Reverse(score), a.min(b), a.max(b), i, j));
            }
        }
    }
    candidates.sort();
    let mut old_taken = vec![false; old.len()];
    for (_, _, _, i, j) in candidates {
        if !old_taken[i] && !new_paired[j] {
            old_taken[i] = true;
            new_paired[j] = true;
            pairs.push((i, j));
        }
    }
    pairs.sort();
    pairs
}

/// Whether two rows can be one event by the merge's rule (see the module documentation).
pub fn rows_match(a: &Row, b: &Row) -> bool {
    match_score(a, b).is_some()
}

/// How well two rows match (higher is better), or `None` when they cannot be one event. The
/// score is symmetric: `match_score(a, b) == match_score(b, a)`.
fn match_score(a: &Row, b: &Row) -> Option<(usize, usize, usize, bool)> {
    let family = a.event_type.family();
    if family != b.event_type.family() {
        return None;
    }
    let (people_a, people_b) = (set(&a.people), set(&b.people));
    let shared_people = people_a.shared(&people_b);
    if !merge::dates_compatible(family, a.date, b.date, || shared_people > 0) {
        return None;
    }
    let shared = |x: &[String], y: &[String]| set(x).shared(&set(y));
    let shared_subjects = shared(&a.organisations, &b.organisations) + shared(&a.places, &b.places);
    let shared_sources = shared(&a.sources, &b.sources);
    if !people_a.is_empty() && !people_b.is_empty() {
        if !merge::people_compatible(family, &people_a.view(), &people_b.view()) {
            return None;
        }
    } else if shared_subjects + shared_sources == 0 {
        return None;
    }
    Some((shared_people, shared_subjects, shared_sources, a.date == b.date))
}

fn set(v: &[String]) -> IdSet<&str> {
    v.iter().map(String::as_str).collect()
}

fn date_cell(d: Option<DateValue>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// The fields that differ between two rows of one event, in column order.
fn compare(old: &Row, new: &Row, options: DiffOptions) -> Vec<(Field, FieldChange)> {
    let mut out = Vec::new();
    let mut value = |field: Field, a: String, b: String| {
        if a != b {
            out.push((field, FieldChange::Value { old: a, new: b }));
        }
    };
    value(Field::EventId, old.event_id.clone(), new.event_id.clone());
    // A date and its precision are compared together: the text form shows the precision
    // (`2021-07` is a month), and a week prints as its Monday, so compare the grain too.
    if old.date != new.date {
        out.push((Field::Date, FieldChange::Value { old: date_cell(old.date), new: date_cell(new.date) }));
    }
    let mut value = |field: Field, a: &str, b: &str| {
        if a != b {
            out.push((field, FieldChange::Value { old: a.to_string(), new: b.to_string() }));
        }
    };
    value(Field::EventType, old.event_type.as_str(), new.event_type.as_str());
    value(Field::Status, old.status.as_str(), new.status.as_str());
    value(Field::Title, &old.title, &new.title);
    for (field, a, b) in [
        (Field::People, &old.people, &new.people),
        (Field::Organisations, &old.organisations, &new.organisations),
        (Field::Places, &old.places, &new.places),
        (Field::Countries, &old.countries, &new.countries),
        (Field::Sources, &old.sources, &new.sources),
    ] {
        let (a, b) = (set(a), set(b));
        if a != b {
            let list = |s: IdSet<&str>| s.into_iter().map(String::from).collect();
            out.push((field, FieldChange::Set { old: list(a), new: list(b) }));
        }
    }
    if options.evidence && old.evidence != new.evidence {
        out.push((Field::Evidence, FieldChange::Value { old: old.evidence.clone(), new: new.evidence.clone() }));
    }
    if options.curation {
        let (a, b) = (set(&old.curated), set(&new.curated));
        if a != b {
            let list = |s: IdSet<&str>| s.into_iter().map(String::from).collect();
            out.push((Field::Curated, FieldChange::Set { old: list(a), new: list(b) }));
        }
    }
    out
}

/// The correction that gave `row` its value of `field`, if one did (`set:status`): a `merge`
/// stands behind the lists and the date it united.
fn curated_by(row: &Row, field: Field) -> Option<String> {
    let set = format!("set:{}", field.as_str());
    if row.curated.contains(&set) {
        return Some(set);
    }
    let merged = matches!(field, Field::Date | Field::People | Field::Organisations | Field::Places | Field::Countries | Field::Sources);
    (merged && row.curated.iter().any(|c| c == "merge")).then(|| "merge".to_string())
}

/// A date change in words: "refined 2021-07 → 2021-07-05 (month → day)".
fn describe_date(old: Option<DateValue>, new: Option<DateValue>) -> String {
    match (old, new) {
        (None, None) => "unchanged".into(),
        (None, Some(n)) => format!("dated {n} ({}), was undated", precision(&n)),
        (Some(o), None) => format!("date lost, was {o} ({})", precision(&o)),
        (Some(o), Some(n)) => {
            let grains = if o.grain == n.grain { String::new() } else { format!(" ({} → {})", precision(&o), precision(&n)) };
            let (io, inew) = (merge::interval(&o), merge::interval(&n));
            let verb = if io.0 <= inew.0 && inew.1 <= io.1 {
                "refined"
            } else if inew.0 <= io.0 && io.1 <= inew.1 {
                "coarsened"
            } else {
                "moved"
            };
            format!("{verb} {o} → {n}{grains}")
        }
    }
}

/// One detail line of a changed event, e.g. "sources: gained 001.txt".
fn describe(field: Field, change: &FieldChange, old: &Row, new: &Row) -> String {
    let what = match (field, change) {
        (Field::Date, _) => describe_date(old.date, new.date),
        (_, FieldChange::Value { old, new }) => format!("{} → {}", quote(old), quote(new)),
        (_, FieldChange::Set { .. }) => {
            let mut parts = Vec::new();
            let (gained, lost) = (change.gained(), change.lost());
            if !gained.is_empty() {
                parts.push(format!("gained {}", gained.join("; ")));
            }
            if !lost.is_empty() {
                parts.push(format!("lost {}", lost.join("; ")));
            }
            parts.join(", ")
        }
    };
    format!("{}: {what}", field.as_str())
}

/// Empty values read as "(none)" in text.
fn quote(s: &str) -> &str {
    if s.is_empty() { "(none)" } else { s }
}

fn headline(change: &str, r: &Row) -> String {
    let date = r.date.map(|d| d.to_string()).unwrap_or_else(|| "undated".into());
    format!("{change} {}  {date}  {}  {}  {}", r.event_id, r.event_type.as_str(), r.status.as_str(), r.title)
}

/// The text report: the summary line, then one block per event (added, removed, changed).
pub fn render_text(changes: &Changes) -> String {
    let mut out = changes.summary();
    out.push('\n');
    for (word, rows) in [("added", &changes.added), ("removed", &changes.removed)] {
        for r in rows {
            out.push('\n');
            out.push_str(&headline(word, r));
            out.push('\n');
            for (name, list) in [("people", &r.people), ("sources", &r.sources)] {
                if !list.is_empty() {
                    out.push_str(&format!("  {name}: {}\n", list.join("; ")));
                }
            }
            if changes.show_curation && !r.curated.is_empty() {
                out.push_str(&format!("  curated: {}\n", r.curated.join("; ")));
            }
        }
    }
    for c in &changes.changed {
        out.push('\n');
        out.push_str(&headline("changed", &c.new));
        out.push('\n');
        for (field, change) in &c.fields {
            out.push_str("  ");
            out.push_str(&describe(*field, change, &c.old, &c.new));
            if changes.show_curation
                && let Some(by) = curated_by(&c.new, *field)
            {
                out.push_str(&format!("  [correction {by}]"));
            }
            out.push('\n');
        }
    }
    out
}

/// Columns of the long-form CSV.
pub const CSV_HEADER: [&str; 8] = ["change", "event_id", "date", "event_type", "field", "old", "new", "title"];

/// The long-form CSV rows: one per added or removed event (field, old and new empty), one per
/// changed field of a changed event (with the new row's id, date, type and title).
pub fn csv_rows(changes: &Changes) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let whole = |word: &str, r: &Row| vec![word.to_string(), r.event_id.clone(), date_cell(r.date), r.event_type.as_str().to_string(), String::new(), String::new(), String::new(), r.title.clone()];
    out.extend(changes.added.iter().map(|r| whole("added", r)));
    out.extend(changes.removed.iter().map(|r| whole("removed", r)));
    for c in &changes.changed {
        let r = &c.new;
        for (field, change) in &c.fields {
            out.push(vec![
                "changed".to_string(),
                r.event_id.clone(),
                date_cell(r.date),
                r.event_type.as_str().to_string(),
                field.as_str().to_string(),
                change.old_cell(),
                change.new_cell(),
                r.title.clone(),
            ]);
        }
    }
    out
}

/// A row as a JSON object: every timeline column, lists as arrays, `null` for no date.
fn row_json(r: &Row) -> Value {
    json!({
        "event_id": r.event_id,
        "date": r.date.map(|d| d.to_string()),
        "date_precision": r.date.map(|d| precision(&d)),
        "event_type": r.event_type.as_str(),
        "status": r.status.as_str(),
        "title": r.title,
        "people": r.people,
        "organisations": r.organisations,
        "places": r.places,
        "countries": r.countries,
        "sources": r.sources,
        "evidence": r.evidence,
    })
}

/// The JSON report: `{added: [row…], removed: [row…], changed: [{event_id, date, event_type,
/// title, fields: {name: {old, new}}}]}`; set fields also list what was `gained` and `lost`.
pub fn render_json(changes: &Changes) -> Value {
    let changed: Vec<Value> = changes
        .changed
        .iter()
        .map(|c| {
            let fields: serde_json::Map<String, Value> = c
                .fields
                .iter()
                .map(|(field, change)| {
                    let v = match change {
                        FieldChange::Value { old, new } => {
                            // An undated side is null, as in the rows.
                            let cell = |s: &String| if *field == Field::Date && s.is_empty() { Value::Null } else { Value::from(s.as_str()) };
                            json!({"old": cell(old), "new": cell(new)})
                        }
                        FieldChange::Set { old, new } => json!({"old": old, "new": new, "gained": change.gained(), "lost": change.lost()}),
                    };
                    (field.as_str().to_string(), v)
                })
                .collect();
            json!({
                "event_id": c.new.event_id,
                "date": c.new.date.map(|d| d.to_string()),
                "event_type": c.new.event_type.as_str(),
                "title": c.new.title,
                "fields": fields,
            })
        })
        .collect();
    json!({
        "added": changes.added.iter().map(row_json).collect::<Vec<_>>(),
        "removed": changes.removed.iter().map(row_json).collect::<Vec<_>>(),
        "changed": changed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::EventType;
    use crate::merge::Status;

    /// A row from a compact description: `type date people sources`, lists `|`-separated.
    fn row(id: &str, ty: &str, date: &str, people: &str, sources: &str) -> Row {
        let list = |s: &str| s.split('|').filter(|x| !x.is_empty()).map(String::from).collect::<Vec<_>>();
        Row {
            event_id: id.into(),
            date: DateValue::parse(date),
            event_type: EventType::parse(ty).unwrap(),
            status: Status::Occurred,
            title: format!("a {ty}"),
            people: list(people),
            organisations: Vec::new(),
            places: Vec::new(),
            countries: vec!["Israel".into(), "Morocco".into()],
            sources: list(sources),
            evidence: format!("{sources}:1: text"),
            origins: Vec::new(),
            curated: vec![],
        }
    }

    /// `rows_match` cases: name, a, b, expected.
    fn match_cases() -> Vec<(&'static str, Row, Row, bool)> {
        vec![
            ("month refined to a day", row("a", "agreement", "2021-07", "Unna|Rabii", "000"), row("b", "agreement", "2021-07-05", "Unna|Rabii", "000|001"), true),
            ("undated gets a date", row("a", "agreement", "", "Unna", "000"), row("b", "agreement", "2021-07", "Unna|Rabii", "000|001"), true),
            ("different months", row("a", "agreement", "2021-07", "Unna", "000"), row("b", "agreement", "2021-08", "Unna", "000"), false),
            ("different families", row("a", "agreement", "2021-07", "Unna", "000"), row("b", "meeting", "2021-07", "Unna", "000"), false),
            ("opening is a visit", row("a", "opening", "2021-08-12", "Lapid", "000"), row("b", "visit", "2021-08-12", "Lapid", "001"), true),
            ("visit days two apart", row("a", "visit", "2021-11-24", "Gantz", "002"), row("b", "visit", "2021-11-26", "Gantz", "003"), true),
            ("visit days four apart (arrival and last day)", row("a", "visit", "2021-11-24", "Gantz", "002"), row("b", "visit", "2021-11-28", "Gantz", "003"), true),
            ("visit days five apart", row("a", "visit", "2021-11-24", "Gantz", "002"), row("b", "visit", "2021-11-29", "Gantz", "003"), false),
            ("no shared person", row("a", "visit", "2021-11-24", "Gantz", "002"), row("b", "visit", "2021-11-24", "Lapid", "002"), false),
            ("meetings with other counterparts", row("a", "meeting", "2021-11-24", "Gantz|Belkhir", "002"), row("b", "meeting", "2021-11-24", "Gantz|Bourita", "002"), false),
            ("meeting gains a person", row("a", "meeting", "2021-11-24", "Gantz", "002"), row("b", "meeting", "2021-11-24", "Gantz|Bourita", "002|003"), true),
            ("no people, shared source", row("a", "flight", "2021-07", "", "000"), row("b", "flight", "2021-07-25", "", "000|001"), true),
            ("no people, nothing shared", row("a", "flight", "2021-07", "", "000"), row("b", "flight", "2021-07", "", "001"), false),
        ]
    }

    #[test]
    fn rows_match_table() {
        for (name, a, b, expected) in match_cases() {
            assert_eq!(rows_match(&a, &b), expected, "{name}: {a:?} / {b:?}");
            assert_eq!(rows_match(&b, &a), expected, "{name} (swapped)");
        }
    }

    #[test]
    fn rows_match_case_names_are_unique() {
        crate::test_support::assert_unique_names(match_cases().iter().map(|c| c.0));
    }

    #[test]
    fn same_timeline_has_no_difference() {
        let rows = vec![row("a", "agreement", "2021-07", "Unna", "000"), row("b", "call", "2021-07-16", "Lapid|Bourita", "000")];
        assert!(diff(&rows, &rows).is_empty());
    }

    #[test]
    fn refined_date_with_new_id_is_a_change() {
        let old = vec![row("agreement-2021-07-aaaaaa", "agreement", "2021-07", "Unna|Rabii", "000")];
        let new = vec![row("agreement-2021-07-05-bbbbbb", "agreement", "2021-07-05", "Rabii|Unna", "000|001")];
        let changes = diff(&old, &new);
        assert!(changes.added.is_empty() && changes.removed.is_empty(), "{changes:?}");
        let fields: Vec<&str> = changes.changed[0].fields.iter().map(|(f, _)| f.as_str()).collect();
        // People in another order are the same set: not a change.
        assert_eq!(fields, ["event_id", "date", "sources"]);
        let text = render_text(&changes);
        assert!(text.starts_with("0 added, 0 removed, 1 changed\n"), "{text}");
        assert!(text.contains("date: refined 2021-07 → 2021-07-05 (month → day)"), "{text}");
        assert!(text.contains("sources: gained 001"), "{text}");
    }

    #[test]
    fn evidence_only_with_the_option() {
        let old = vec![row("a", "agreement", "2021-07", "Unna", "000")];
        let mut new = old.clone();
        new[0].evidence = "001:6: other".into();
        assert!(diff(&old, &new).is_empty());
        let changes = diff_with(&old, &new, DiffOptions { evidence: true, ..DiffOptions::default() });
        assert_eq!(changes.changed[0].fields[0].0, Field::Evidence);
    }

    #[test]
    fn issue_16_show_curation() {
        // Last run without corrections, this run with: a status set, a row merged into
        // another, a row dropped, an undated row kept.
        let old = vec![
            row("a", "agreement", "2021-07", "Unna", "000"),
            row("b", "agreement", "2021-07-16", "Unna|Rabii", "001"),
            row("c", "call", "2021-08-01", "Lapid", "002"),
            row("d", "meeting", "2021-09-01", "Gantz", "003"),
        ];
        let mut a = row("a", "agreement", "2021-07-16", "Unna|Rabii", "000|001");
        a.curated = vec!["merge".into()];
        let mut c = old[2].clone();
        c.status = Status::Planned;
        c.curated = vec!["set:status".into()];
        let mut kept = row("u", "visit", "", "Lapid", "004");
        kept.curated = vec!["keep".into()];
        let new = vec![a, c, kept];
        let plain = render_text(&diff(&old, &new));
        assert!(!plain.contains("correction") && !plain.contains("curated"), "{plain}");
        let changes = diff_with(&old, &new, DiffOptions { curation: true, ..DiffOptions::default() });
        let text = render_text(&changes);
        assert!(text.starts_with("1 added, 2 removed, 2 changed\n"), "{text}");
        for expected in [
            "added u  undated  visit  occurred  a visit\n  people: Lapid\n  sources: 004\n  curated: keep\n",
            "removed b  2021-07-16",
            "removed d  2021-09-01",
            "  date: refined 2021-07 → 2021-07-16 (month → day)  [correction merge]\n",
            "  sources: gained 001  [correction merge]\n",
            "  curated: gained merge\n",
            "  status: occurred → planned  [correction set:status]\n",
            "  curated: gained set:status\n",
        ] {
            assert!(text.contains(expected), "{expected:?} in\n{text}");
        }
        // The long forms carry the curated field too.
        assert!(csv_rows(&changes).iter().any(|r| r[1] == "c" && r[4] == "curated" && r[6] == "set:status"));
        assert_eq!(render_json(&changes)["changed"][1]["fields"]["curated"]["gained"][0], "set:status");
    }

    #[test]
    fn best_match_first() {
        // The old meeting with Gantz and Bourita is the new one with both, not the one with
        // Gantz alone, whichever comes first.
        let old = vec![row("m1", "meeting", "2021-11-24", "Gantz", "002"), row("m2", "meeting", "2021-11-24", "Gantz|Bourita", "002")];
        let new = vec![row("n1", "meeting", "2021-11-24", "Gantz|Bourita", "002|003"), row("n2", "meeting", "2021-11-24", "Gantz", "002|003")];
        assert_eq!(pair(&old, &new), [(0, 1), (1, 0)]);
    }

    #[test]
    fn csv_and_json_forms() {
        let old = vec![row("a", "agreement", "", "Unna", "000"), row("gone", "call", "2021-07-16", "Lapid", "000")];
        let new = vec![row("b", "agreement", "2021-07", "Unna", "000|001"), row("new", "visit", "2021-08-12", "Lapid", "001")];
        let changes = diff(&old, &new);
        let rows = csv_rows(&changes);
        let changes_col: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
        assert_eq!(changes_col, ["added", "removed", "changed", "changed", "changed"]);
        assert_eq!(rows[3][4..7], ["date".to_string(), String::new(), "2021-07".to_string()]);
        let json = render_json(&changes);
        assert_eq!(json["added"][0]["event_id"], "new");
        assert_eq!(json["removed"][0]["event_id"], "gone");
        assert_eq!(json["changed"][0]["fields"]["date"]["old"], Value::Null);
        assert_eq!(json["changed"][0]["fields"]["sources"]["gained"][0], "001");
    }
}
