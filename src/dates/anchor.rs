//! The anchor: the publication date every relative expression is resolved against.
//!
//! In order of trust: a user-given manifest row (`corpus/index.csv`), a date line of the page
//! (`stated`: "نشر: 2021-11-24 17:33", a date alone on a header line; never the "آخر تحديث"
//! line, never a © line, which is boilerplate), else clues of the text (`inferred`): a relative
//! day written with its full date ("أمس الأربعاء 27 يوليوز" → the 28th), or a month called
//! current (الجاري/الحالي) with a year fixed by a weekday-checked date. When nothing fixes it
//! the anchor is `unknown` and relative expressions stay unresolved; the event stage may later
//! supply one from another article ([`Anchor::inferred`]).

use chrono::{Datelike, Duration, NaiveDate};

use crate::corpus::ManifestEntry;
use crate::text::Document;

use super::find::{DateLine, DateMention};
use super::resolve::resolve;
use super::value::{Calendar, DateValue, ExprKind, Grain};
use super::WINDOW;

/// How the publication date was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AnchorBasis {
    /// A date line of the article states it.
    Stated,
    /// Clues in the text (or another article) fix it.
    Inferred,
    /// The user's manifest gives it.
    Manifest,
    /// Nothing fixes it.
    Unknown,
}

impl AnchorBasis {
    /// `stated`, `inferred`, `manifest` or `unknown`.
    pub fn as_str(self) -> &'static str {
        match self {
            AnchorBasis::Stated => "stated",
            AnchorBasis::Inferred => "inferred",
            AnchorBasis::Manifest => "manifest",
            AnchorBasis::Unknown => "unknown",
        }
    }
}

/// The publication date of an article, possibly only to the month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Anchor {
    /// The date (day or month grain), when known.
    pub date: Option<DateValue>,
    /// How it was found.
    pub basis: AnchorBasis,
}

impl Anchor {
    /// No anchor.
    pub fn unknown() -> Anchor {
        Anchor { date: None, basis: AnchorBasis::Unknown }
    }

    /// An anchor inferred from outside the article (the corpus pass of the event stage).
    pub fn inferred(date: DateValue) -> Anchor {
        Anchor { date: Some(date), basis: AnchorBasis::Inferred }
    }

    /// A day given by the user (`--ref`, manifest).
    pub fn given(day: NaiveDate) -> Anchor {
        Anchor { date: Some(DateValue::day(day)), basis: AnchorBasis::Manifest }
    }

    /// Whether the anchor is known.
    pub fn is_known(&self) -> bool {
        self.date.is_some()
    }
}

/// Find the publication date of `doc` from its manifest entry, its date lines, or the clues in
/// its `mentions` (from [`super::find_dates`]).
pub fn find_anchor(doc: &Document, mentions: &[DateMention], manifest: Option<&ManifestEntry>) -> Anchor {
    let _ = doc;
    if let Some(day) = manifest.and_then(|m| m.published) {
        return Anchor::given(day);
    }
    if let Some(v) = stated(mentions) {
        return Anchor { date: Some(v), basis: AnchorBasis::Stated };
    }
    match inferred(mentions) {
        Some(v) => Anchor::inferred(v),
        None => Anchor::unknown(),
    }
}

/// The publication line: a labelled one first, else a date alone on its line.
fn stated(mentions: &[DateMention]) -> Option<DateValue> {
    let none = Anchor::unknown();
    for role in [DateLine::Published, DateLine::Plain] {
        for m in mentions.iter().filter(|m| m.dateline == Some(role)) {
            if let Some(r) = resolve(&m.expr, &none) {
                if r.value.grain == Grain::Day && r.value.end.is_none() {
                    return Some(r.value);
                }
            }
        }
    }
    None
}

/// Clues of the text, most precise first.
fn inferred(mentions: &[DateMention]) -> Option<DateValue> {
    let none = Anchor::unknown();
    // "أمس الأربعاء 27 يوليوز": the written date minus the relative day.
    for m in mentions {
        if let ExprKind::Relative { days, date: Some(date), .. } = m.expr.kind {
            let probe = super::value::DateExpr { kind: ExprKind::Calendar(date), part: None, tense: None };
            if let Some(d) = resolve(&probe, &none).and_then(|r| r.value.as_day()) {
                return Some(DateValue::day(d - Duration::days(days as i64)));
            }
        }
    }
    // A month called current: the anchor is in that month; its year comes from dates the text
    // fixes on its own (a weekday-checked day, a full date).
    let current = mentions.iter().find_map(|m| match m.expr.kind {
        ExprKind::Calendar(Calendar { month: Some(month), month_offset: Some(0), year: None, year_offset: None, .. }) => Some(month),
        _ => None,
    })?;
    let known: Vec<DateValue> = mentions
        .iter()
        .filter(|m| !matches!(m.dateline, Some(DateLine::Updated)))
        .filter_map(|m| resolve(&m.expr, &none))
        .map(|r| r.value)
        .filter(|v| v.grain != Grain::Year && WINDOW.contains(&v.start.year()))
        .collect();
    let year = known
        .iter()
        .find(|v| v.start.month() == current)
        .or_else(|| known.iter().max_by_key(|v| v.start))
        .map(|v| v.start.year())?;
    DateValue::month(year, current)
}
