//! The manifest's date weighed against the text's.

use super::*;

#[test]
fn manifest_overrides_the_text() {
    let lex = Lexicons::builtin();
    let doc = Document::new(Article::from_text("a.txt", "نشر: 2021-11-24\nنص."), &lex);
    let mentions = find_dates(&doc, &lex.dates);
    let entry = ManifestEntry { published: NaiveDate::from_ymd_opt(2021, 11, 25).map(DateValue::day), ..ManifestEntry::default() };
    let anchor = find_anchor(&doc, &mentions, &lex.dates, Some(&entry));
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
        let anchor = find_anchor(&doc, &mentions, &lex.dates, Some(&entry));
        let got = anchor.date.map(|d| d.to_string()).unwrap_or_default();
        assert_eq!((got.as_str(), anchor.basis), (*expected, *basis), "{name}");
    }
    crate::test_support::assert_unique_names(MANIFEST_CASES.iter().map(|c| c.0));
}
