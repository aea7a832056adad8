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

use super::WINDOW;
use super::find::{DateLine, DateMention};
use super::resolve::resolve;
use super::value::{Calendar, DateValue, ExprKind, Grain};

/// How the publication date was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AnchorBasis {
    /// A date line of the article states it.
    Stated,
    /// Clues in the text (or another article) fix it.
    Inferred,
    /// The user's manifest gives it (`published` column, or `--ref`).
    Manifest,
    /// The manifest's `url` carries it (`/2021/07/25/`).
    Url,
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
            AnchorBasis::Url => "url",
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
    /// The expression of the article it was read from (normalised byte range), when it comes
    /// from the text: the date line, or the clue of an inference.
    pub evidence: Option<(usize, usize)>,
}

impl Anchor {
    /// No anchor.
    pub fn unknown() -> Anchor {
        Anchor { date: None, basis: AnchorBasis::Unknown, evidence: None }
    }

    /// An anchor inferred from outside the article (the corpus pass of the event stage).
    pub fn inferred(date: DateValue) -> Anchor {
        Anchor { date: Some(date), basis: AnchorBasis::Inferred, evidence: None }
    }

    /// A day given by the user (`--ref`, manifest).
    pub fn given(day: NaiveDate) -> Anchor {
        Anchor { date: Some(DateValue::day(day)), basis: AnchorBasis::Manifest, evidence: None }
    }

    /// The same anchor, citing the expression it was read from.
    pub fn with_evidence(self, range: std::ops::Range<usize>) -> Anchor {
        Anchor { evidence: Some((range.start, range.end)), ..self }
    }

    /// Whether the anchor is known.
    pub fn is_known(&self) -> bool {
        self.date.is_some()
    }
}

/// Find the publication date of `doc` from its manifest entry, its date lines, or the clues in
/// its `mentions` (from [`super::find_dates`]).
pub fn find_anchor(doc: &Document, mentions: &[DateMention], manifest: Option<&ManifestEntry>) -> Anchor {
    // The document is part of the signature for date lines read outside the sentences
    // (header lines the boilerplate rules set aside); the mentions carry their line roles today.
    let _ = doc;
    let from_text = text_anchor(mentions);
    match manifest {
        Some(entry) => with_manifest(from_text, entry),
        None => from_text,
    }
}

/// The anchor the text alone gives: its publication line, else its clues.
fn text_anchor(mentions: &[DateMention]) -> Anchor {
    if let Some((v, m)) = stated(mentions) {
        return Anchor { date: Some(v), basis: AnchorBasis::Stated, evidence: None }.with_evidence(m.range.clone());
    }
    match inferred(mentions) {
        Some((v, m)) => Anchor::inferred(v).with_evidence(m.range.clone()),
        None => Anchor::unknown(),
    }
}

/// The manifest row's date weighed against the text's. A `published` day is the user's word
/// and wins. A month or a year (all a scraper may know) is refined by a day the text gives
/// inside it. A url's date wins over a text day more than a day away, but not over one within
/// a day: sites file a story under the day it went online, often the day after it was written.
fn with_manifest(from_text: Anchor, entry: &ManifestEntry) -> Anchor {
    let (given, basis) = match (entry.published, entry.url_date) {
        (Some(p), _) => (p, AnchorBasis::Manifest),
        (None, Some(u)) => (u, AnchorBasis::Url),
        (None, None) => return from_text,
    };
    let text_day = from_text.date.and_then(|d| d.as_day());
    let text_wins = text_day.is_some_and(|d| match given.as_day() {
        Some(g) => basis == AnchorBasis::Url && (d - g).num_days().abs() <= 1,
        None => period_holds(given, d),
    });
    if text_wins { from_text } else { Anchor { date: Some(given), basis, evidence: None } }
}

/// Whether the month or year `period` holds `day`.
fn period_holds(period: DateValue, day: NaiveDate) -> bool {
    match period.grain {
        Grain::Year => day.year() == period.start.year(),
        Grain::Month => (day.year(), day.month()) == period.year_month(),
        Grain::Week => (0..7).contains(&(day - period.start).num_days()),
        Grain::Day => period.as_day() == Some(day),
    }
}

/// The mentions that stand on date lines of the page (publication, update or plain date lines,
/// agency datelines), in text order, with their role: the candidates for the stated anchor.
pub fn publication_candidates(mentions: &[DateMention]) -> impl Iterator<Item = (&DateMention, DateLine)> {
    mentions.iter().filter_map(|m| m.dateline.map(|role| (m, role)))
}

/// The publication line: a labelled one first, else a date alone on its line.
fn stated(mentions: &[DateMention]) -> Option<(DateValue, &DateMention)> {
    let none = Anchor::unknown();
    // A Gregorian date before a Hijri one of the same line: the tabular Hijri calendar may be
    // a day off the moon-sighted date the page printed.
    let hijri = |m: &&DateMention| matches!(m.expr.kind, ExprKind::Calendar(Calendar { hijri: true, .. }));
    for role in [DateLine::Published, DateLine::Plain] {
        let on_role = || mentions.iter().filter(move |m| m.dateline == Some(role));
        for m in on_role().filter(|m| !hijri(m)).chain(on_role().filter(hijri)) {
            if let Some(r) = resolve(&m.expr, &none)
                && r.value.grain == Grain::Day
                && r.value.end.is_none()
            {
                return Some((r.value, m));
            }
        }
    }
    None
}

/// Clues of the text, most precise first.
fn inferred(mentions: &[DateMention]) -> Option<(DateValue, &DateMention)> {
    let none = Anchor::unknown();
    // "أمس الأربعاء 27 يوليوز": the written date minus the relative day.
    for m in mentions {
        if let ExprKind::Relative { days, date: Some(date), .. } = m.expr.kind {
            let probe = super::value::DateExpr { kind: ExprKind::Calendar(date), part: None, tense: None };
            if let Some(d) = resolve(&probe, &none).and_then(|r| r.value.as_day()) {
                return Some((DateValue::day(d - Duration::days(days as i64)), m));
            }
        }
    }
    // A month called current: the anchor is in that month; its year comes from dates the text
    // fixes on its own (a weekday-checked day, a full date).
    let (current, clue) = mentions.iter().find_map(|m| match m.expr.kind {
        ExprKind::Calendar(Calendar { month: Some(month), month_offset: Some(0), year: None, year_offset: None, .. }) => Some((month, m)),
        _ => None,
    })?;
    let known: Vec<DateValue> = mentions
        .iter()
        .filter(|m| !matches!(m.dateline, Some(DateLine::Updated)))
        .filter_map(|m| resolve(&m.expr, &none))
        .map(|r| r.value)
        .filter(|v| v.grain != Grain::Year && WINDOW.contains(&v.start.year()))
        .collect();
    // A known date in that month gives its year; else the latest known date, which news
    // reports before the writing: the month called current is the next such month after it.
    let year = match known.iter().find(|v| v.start.month() == current) {
        Some(v) => v.start.year(),
        None => {
            let latest = known.iter().max_by_key(|v| v.start)?;
            if latest.start.month() <= current { latest.start.year() } else { latest.start.year() + 1 }
        }
    };
    Some((DateValue::month(year, current)?, clue))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Article;
    use crate::data::Lexicons;
    use crate::dates::find_dates;

    /// (name, article text, expected anchor, basis).
    const CASES: &[(&str, &str, &str, AnchorBasis)] = &[
        (
            "iso publication line",
            "عنوان\nنشر: 2021-11-24 17:33 آخر تحديث: 2023-06-18 12:17\nوقع الاتفاق الأربعاء.",
            "2021-11-24",
            AnchorBasis::Stated,
        ),
        ("update line alone is not the anchor", "عنوان\nآخر تحديث: 2023-06-18 12:17\nوقع الاتفاق أمس.", "", AnchorBasis::Unknown),
        ("update before publication", "آخر تحديث: 2023-06-18\nتاريخ النشر: 2021-11-24\nنص.", "2021-11-24", AnchorBasis::Stated),
        ("plain date line", "عنوان\n\n10 اغسطس 2021\nكشفت الصحيفة اليوم الثلاثاء عن تفاصيل.", "2021-08-10", AnchorBasis::Stated),
        ("weekday date line without year", "عنوان\nالثلاثاء 10 أغسطس\nنص المقال.", "2021-08-10", AnchorBasis::Stated),
        ("dateline with place and agency", "الرباط - 10 أغسطس 2021 (رويترز)\nنص المقال.", "2021-08-10", AnchorBasis::Stated),
        ("english published line", "Published 24 November 2021\nنص المقال.", "2021-11-24", AnchorBasis::Stated),
        ("numeric published line", "نشر في: 24/11/2021 - 17:33\nنص المقال.", "2021-11-24", AnchorBasis::Stated),
        ("copyright year is not a date", "2024 © - أشكاين جميع الحقوق محفوظة\nالتقى الوزير نظيره أمس.", "", AnchorBasis::Unknown),
        (
            "a date in a sentence is not a date line",
            "وقع البلدان اتفاقا في 10 ديسمبر 2020 في الرباط بحضور الوزيرين.\nنص.",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "yesterday with weekday and date",
            "التقى ساعر الحموشي، أمس الأربعاء 27 يوليوز الجاري، في الرباط.",
            "2022-07-28",
            AnchorBasis::Inferred,
        ),
        ("today with weekday and date", "يزور الوزير الرباط اليوم الخميس 25 نوفمبر.", "2021-11-25", AnchorBasis::Inferred),
        (
            "current month and weekday-fixed day",
            "كشف لابيد عن حديث يوم الجمعة في 16 يوليو. وتنطلق الرحلات في أواخر شهر يوليو (تموز) الحالي.",
            "2021-07",
            AnchorBasis::Inferred,
        ),
        (
            "current month and a full date",
            "وقع الاتفاق في 10 ديسمبر 2020. وزار الوفد الرباط في 18 يناير الجاري.",
            "2021-01",
            AnchorBasis::Inferred,
        ),
        (
            "agency dateline opening a paragraph",
            "الرباط - 24 نوفمبر 2021 (رويترز) - وقع المغرب وإسرائيل اتفاقا أمنيا أمس.",
            "2021-11-24",
            AnchorBasis::Stated,
        ),
        ("place with comma dateline", "تل أبيب، 24/11/2021: أعلنت وزارة الدفاع عن الاتفاق.", "2021-11-24", AnchorBasis::Stated),
        ("a date after a preposition is not a dateline", "في 10 ديسمبر 2020، وقع البلدان اتفاقا ثلاثيا.", "", AnchorBasis::Unknown),
        (
            "gregorian before hijri on a date line",
            "الأربعاء 19 ربيع الثاني 1443 هـ - 24 نوفمبر 2021 م\nنص المقال.",
            "2021-11-24",
            AnchorBasis::Stated,
        ),
        ("nothing to anchor", "وقع المغرب وإسرائيل، أمس، اتفاقا.", "", AnchorBasis::Unknown),
    ];

    #[test]
    fn anchors() {
        let lex = Lexicons::builtin();
        for (name, text, expected, basis) in CASES {
            let doc = Document::new(Article::from_text("a.txt", text), &lex);
            let mentions = find_dates(&doc, &lex.dates);
            let anchor = find_anchor(&doc, &mentions, None);
            let got = anchor.date.map(|d| d.to_string()).unwrap_or_default();
            assert_eq!((got.as_str(), anchor.basis), (*expected, *basis), "{name}: {mentions:#?}");
        }
    }

    #[test]
    fn manifest_overrides_the_text() {
        let lex = Lexicons::builtin();
        let doc = Document::new(Article::from_text("a.txt", "نشر: 2021-11-24\nنص."), &lex);
        let mentions = find_dates(&doc, &lex.dates);
        let entry = ManifestEntry { published: NaiveDate::from_ymd_opt(2021, 11, 25).map(DateValue::day), ..ManifestEntry::default() };
        let anchor = find_anchor(&doc, &mentions, Some(&entry));
        assert_eq!((anchor.date.unwrap().to_string().as_str(), anchor.basis), ("2021-11-25", AnchorBasis::Manifest));
    }

    /// (name, article text, manifest `published` cell, manifest url, expected anchor, basis).
    const MANIFEST_CASES: &[(&str, &str, &str, &str, &str, AnchorBasis)] = &[
        ("month-only row", "وقع المغرب وإسرائيل، أمس، اتفاقا.", "2020-12", "", "2020-12", AnchorBasis::Manifest),
        ("year-only row", "وقع المغرب وإسرائيل، أمس، اتفاقا.", "2021", "", "2021", AnchorBasis::Manifest),
        ("a stated day refines the month", "نشر: 2020-12-22\nنص.", "2020-12", "", "2020-12-22", AnchorBasis::Stated),
        ("a stated day outside the month does not", "نشر: 2021-01-03\nنص.", "2020-12", "", "2020-12", AnchorBasis::Manifest),
        ("a manifest day is the user's word", "نشر: 2021-11-24\nنص.", "2021-11-25", "", "2021-11-25", AnchorBasis::Manifest),
        ("url day alone", "وقع الاتفاق أمس.", "", "https://example.com/2021/07/25/story", "2021-07-25", AnchorBasis::Url),
        ("text within a day of the url wins", "نشر: 2021-07-24\nنص.", "", "https://example.com/2021/07/25/story", "2021-07-24", AnchorBasis::Stated),
        ("url wins over a text day far from it", "نشر: 2021-07-20\nنص.", "", "https://example.com/2021/07/25/story", "2021-07-25", AnchorBasis::Url),
        ("url month refined by the text", "نشر: 2022-08-03\nنص.", "", "https://example.com/2022/08/story", "2022-08-03", AnchorBasis::Stated),
        ("published cell before the url", "نص.", "2021-07-26", "https://example.com/2021/07/25/story", "2021-07-26", AnchorBasis::Manifest),
        ("empty row leaves the text", "نشر: 2021-11-24\nنص.", "", "https://example.com/article/1608666479", "2021-11-24", AnchorBasis::Stated),
    ];

    #[test]
    fn manifest_and_text() {
        let lex = Lexicons::builtin();
        for (name, text, published, url, expected, basis) in MANIFEST_CASES {
            let doc = Document::new(Article::from_text("a.txt", text), &lex);
            let mentions = find_dates(&doc, &lex.dates);
            let entry = ManifestEntry {
                published: crate::corpus::parse_published(published).unwrap(),
                url_date: crate::corpus::url_date(url),
                url: url.to_string(),
                ..ManifestEntry::default()
            };
            let anchor = find_anchor(&doc, &mentions, Some(&entry));
            let got = anchor.date.map(|d| d.to_string()).unwrap_or_default();
            assert_eq!((got.as_str(), anchor.basis), (*expected, *basis), "{name}");
        }
        crate::test_support::assert_unique_names(MANIFEST_CASES.iter().map(|c| c.0));
    }

    #[test]
    fn names_are_unique() {
        crate::test_support::assert_unique_names(CASES.iter().map(|c| c.0));
    }
}
