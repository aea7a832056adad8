//! Scoring a timeline against gold events — the rules of `score_timeline.py`, so that
//! `tarikh eval` and the reference scorer agree.
//!
//! A row matches a gold event when the types are of one family (visit ~ opening), the row's
//! date lies inside the gold date's span at least as precisely, and they share a person (on
//! the lower-cased letters of the last word of the name) or the gold names nobody. Each gold
//! event takes at most one row; another row that would match a taken event is a duplicate.
//! Precision counts rows matching required or optional events; recall counts required events.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use crate::table::read_rows;

/// One gold event.
#[derive(Debug, Clone)]
pub struct GoldEvent {
    /// Its key.
    pub key: String,
    /// Required (counted in recall) or optional.
    pub required: bool,
    family: String,
    span: Option<Vec<String>>,
    people: BTreeSet<String>,
}

/// What a timeline row is, seen by the scorer.
#[derive(Debug, Clone)]
pub struct ScoredRow {
    /// `match`, `duplicate` or `false+`.
    pub verdict: &'static str,
    /// The gold event it matched, if any.
    pub gold: String,
    /// Date, type, people and sources of the row, for the report.
    pub row: String,
}

/// The scores.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    /// Rows of the timeline.
    pub rows: usize,
    /// Rows matching a gold event.
    pub matched: usize,
    /// Rows matching an event already taken.
    pub duplicates: usize,
    /// Rows matching nothing.
    pub false_positives: usize,
    /// Required gold events.
    pub required: usize,
    /// Required gold events found.
    pub required_found: usize,
    /// matched / rows.
    pub precision: f64,
    /// required found / required.
    pub recall: f64,
    /// Harmonic mean.
    pub f1: f64,
    /// Required events not found.
    pub missed: Vec<String>,
    /// Verdict per row.
    pub report: Vec<ScoredRow>,
}

fn family(t: &str) -> String {
    let t = t.trim().to_lowercase();
    if t == "opening" { "visit".into() } else { t }
}

fn split_names(s: &str) -> Vec<String> {
    s.split([';', '|']).map(str::trim).filter(|x| !x.is_empty()).map(String::from).collect()
}

fn name_key(name: &str) -> String {
    let lower = name.to_lowercase().replace('\'', "");
    let words: Vec<String> = lower.split(|c: char| !c.is_ascii_lowercase()).filter(|w| !w.is_empty()).map(String::from).collect();
    words.last().cloned().unwrap_or_else(|| name.trim().to_string())
}

fn date_span(date: &str, precision: &str) -> Option<Vec<String>> {
    let date = date.trim();
    let parts: Vec<String> = date.split('-').map(String::from).collect();
    if parts.is_empty() || parts[0].is_empty() || !parts[0].bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = match precision.trim().to_lowercase().as_str() {
        "year" => 1,
        "month" => 2,
        "day" => 3,
        _ => parts.len().min(3),
    };
    Some(parts.into_iter().take(n).collect())
}

fn date_ok(gold: &Option<Vec<String>>, pred: &Option<Vec<String>>) -> bool {
    match (gold, pred) {
        (Some(g), Some(p)) => p.len() >= g.len() && p[..g.len()] == g[..],
        _ => false,
    }
}

/// Read gold events (`event_key, required, event_type, date, date_precision, people, …`).
pub fn read_gold(path: &Path) -> Result<Vec<GoldEvent>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let source = path.display().to_string();
    let mut out = Vec::new();
    let mut keys = HashMap::new();
    for row in read_rows(&text, &source, &["event_key", "event_type", "date"])? {
        let key = row.get("event_key").to_string();
        if key.is_empty() {
            return Err(row.error("empty event_key"));
        }
        if let Some(line) = keys.insert(key.clone(), row.line) {
            return Err(row.error(format!("duplicate event_key {key:?} (first on line {line})")));
        }
        let span = date_span(row.get("date"), row.get("date_precision"));
        if span.is_none() {
            return Err(row.error(format!("bad date {:?}", row.get("date"))));
        }
        out.push(GoldEvent {
            key,
            required: !row.get("required").eq_ignore_ascii_case("optional"),
            family: family(row.get("event_type")),
            span,
            people: split_names(row.get("people")).iter().map(|n| name_key(n)).collect(),
        });
    }
    Ok(out)
}

/// A timeline row as the scorer reads it (columns by name).
#[derive(Debug, Clone, Default)]
pub struct PredRow {
    /// `date`.
    pub date: String,
    /// `date_precision`.
    pub precision: String,
    /// `event_type`.
    pub event_type: String,
    /// `people`.
    pub people: String,
    /// `sources`.
    pub sources: String,
}

/// Score rows against gold events.
pub fn score(gold: &[GoldEvent], rows: &[PredRow]) -> Scores {
    let mut taken: HashMap<String, usize> = HashMap::new();
    let mut s = Scores { rows: rows.len(), ..Scores::default() };
    for (i, p) in rows.iter().enumerate() {
        let fam = family(&p.event_type);
        let span = date_span(&p.date, &p.precision);
        let people: BTreeSet<String> = split_names(&p.people).iter().map(|n| name_key(n)).collect();
        let candidates: Vec<&GoldEvent> =
            gold.iter().filter(|g| g.family == fam && date_ok(&g.span, &span) && (g.people.is_empty() || g.people.intersection(&people).next().is_some())).collect();
        let free: Vec<&&GoldEvent> = candidates.iter().filter(|g| !taken.contains_key(&g.key)).collect();
        let describe = format!("{} {} {} [{}]", p.date, p.event_type, p.people, p.sources);
        // Python's max() keeps the first of equal keys.
        let best = free.iter().fold(None::<&&&GoldEvent>, |best, g| match best {
            Some(b) if (b.people.intersection(&people).count(), b.required) >= (g.people.intersection(&people).count(), g.required) => Some(b),
            _ => Some(g),
        });
        if let Some(g) = best {
            taken.insert(g.key.clone(), i);
            s.matched += 1;
            s.report.push(ScoredRow { verdict: "match", gold: g.key.clone(), row: describe });
        } else if let Some(g) = candidates.first() {
            s.duplicates += 1;
            s.report.push(ScoredRow { verdict: "duplicate", gold: g.key.clone(), row: describe });
        } else {
            s.false_positives += 1;
            s.report.push(ScoredRow { verdict: "false+", gold: String::new(), row: describe });
        }
    }
    let required: Vec<&GoldEvent> = gold.iter().filter(|g| g.required).collect();
    s.required = required.len();
    s.required_found = required.iter().filter(|g| taken.contains_key(&g.key)).count();
    s.missed = required.iter().filter(|g| !taken.contains_key(&g.key)).map(|g| g.key.clone()).collect();
    s.precision = if s.rows > 0 { s.matched as f64 / s.rows as f64 } else { 0.0 };
    s.recall = if s.required > 0 { s.required_found as f64 / s.required as f64 } else { 0.0 };
    s.f1 = if s.precision + s.recall > 0.0 { 2.0 * s.precision * s.recall / (s.precision + s.recall) } else { 0.0 };
    s
}

/// Read a timeline CSV for scoring (any CSV with the needed columns).
pub fn read_pred(path: &Path) -> Result<Vec<PredRow>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let source = path.display().to_string();
    Ok(read_rows(&text, &source, &["date", "event_type", "people"])?
        .into_iter()
        .map(|r| PredRow {
            date: r.get("date").to_string(),
            precision: r.get("date_precision").to_string(),
            event_type: r.get("event_type").to_string(),
            people: r.get("people").to_string(),
            sources: r.get("sources").to_string(),
        })
        .collect())
}

/// The report `tarikh eval` prints, in the reference scorer's words.
pub fn render(s: &Scores, verbose: bool) -> String {
    let mut out = String::new();
    if verbose {
        for r in &s.report {
            out.push_str(&format!("{:10} {:40} {}\n", r.verdict, r.gold, r.row));
        }
    }
    // Printed like Python's round(x, 3): shortest form, with ".0" for whole numbers.
    let round = |x: f64| {
        let r = (x * 1000.0).round() / 1000.0;
        if r.fract() == 0.0 { format!("{r:.1}") } else { format!("{r}") }
    };
    out.push_str(&format!(
        "rows: {}\nmatched: {}\nduplicates: {}\nfalse_positives: {}\nrequired: {}\nrequired_found: {}\nprecision: {}\nrecall: {}\nf1: {}\nmissed: {}\n",
        s.rows,
        s.matched,
        s.duplicates,
        s.false_positives,
        s.required,
        s.required_found,
        round(s.precision),
        round(s.recall),
        round(s.f1),
        s.missed.join(", ")
    ));
    out.push_str(&format!("P={} R={} F1={} dup={}\n", round(s.precision), round(s.recall), round(s.f1), s.duplicates));
    out
}
