//! Anniversaries: a count of years since a recalled day, told as falling on the writing day,
//! dates the page (the recalled day that many years on, its weekday checked), and the day it
//! falls on dates no event; a count with no day of writing, or with no recalled day in full,
//! dates nothing.

use super::*;
use crate::dates::resolve::resolve;

/// (name, article text, expected anchor, basis, the recalled day as the page's mentions must
/// still read it).
const CASES: &[(&str, &str, &str, AnchorBasis, &str)] = &[
    (
        "ar: today and its weekday, a full year since a signing of that day",
        "عام على اتفاق الطيران\nتمر اليوم الأربعاء سنة كاملة على توقيع اتفاق الطيران المدني بين البلدين في الرباط يوم 10 أغسطس 2021 بحضور الوزيرين.",
        "2022-08-10",
        AnchorBasis::Inferred(Inference::RelativeDay),
        "2021-08-10",
    ),
    (
        "ar: the first anniversary's day, the recalled day after a relative pronoun",
        "تحل اليوم الجمعة الذكرى الأولى لافتتاح مكتب الاتصال، الذي دشنه الوزير في الرباط يوم 12 أغسطس 2021.",
        "2022-08-12",
        AnchorBasis::Inferred(Inference::RelativeDay),
        "2021-08-12",
    ),
    (
        "ar: today with no weekday before the anniversary's noun",
        "تحل اليوم الذكرى الثانية لافتتاح مكتب الاتصال بالرباط، الذي دشنه وزير الخارجية الإسرائيلي رفقة نظيره المغربي في 12 أغسطس 2021، بعد أشهر من استئناف العلاقات.",
        "2023-08-12",
        AnchorBasis::Inferred(Inference::RelativeDay),
        "2021-08-12",
    ),
    (
        "ar: two years since, the anniversary's weekday",
        "يحل اليوم السبت عامان على إعلان استئناف العلاقات بين البلدين يوم 10 ديسمبر 2020.",
        "2022-12-10",
        AnchorBasis::Inferred(Inference::RelativeDay),
        "2020-12-10",
    ),
    (
        "ar: a weekday that is not the anniversary's dates nothing",
        "يحل اليوم الاثنين عام على توقيع اتفاق الطيران المدني في الرباط يوم 10 أغسطس 2021.",
        "",
        AnchorBasis::Unknown,
        "2021-08-10",
    ),
    (
        "en: a bare weekday marks one year since",
        "One year on\nWednesday marks one year since the two ministers signed the aviation accord in Rabat on August 10, 2021, opening the way for direct flights.",
        "2022-08-10",
        AnchorBasis::Inferred(Inference::RelativeDay),
        "2021-08-10",
    ),
    (
        "en: today marks the first anniversary",
        "Today marks the first anniversary of the opening of the liaison office, inaugurated by the foreign minister on August 12, 2021.",
        "2022-08-12",
        AnchorBasis::Inferred(Inference::RelativeDay),
        "2021-08-12",
    ),
    (
        "en: a year since with no day of writing dates nothing",
        "It has been a year since the two ministers signed the aviation accord in Rabat on August 10, 2021.",
        "",
        AnchorBasis::Unknown,
        "2021-08-10",
    ),
    (
        "fr: a year ago to the day",
        "Il y a un an jour pour jour, le 10 août 2021, les deux ministres signaient à Rabat l'accord sur l'aviation civile.",
        "2022-08-10",
        AnchorBasis::Inferred(Inference::RelativeDay),
        "2021-08-10",
    ),
    (
        "en: two years ago to the day",
        "Two years ago to the day, on December 10, 2020, the two countries announced they would resume relations.",
        "2022-12-10",
        AnchorBasis::Inferred(Inference::RelativeDay),
        "2020-12-10",
    ),
];

#[test]
fn anniversaries_date_the_page() {
    let lex = Lexicons::builtin();
    let mut failures = Vec::new();
    for (name, text, expected, basis, recalled) in CASES {
        let (got, anchor, mentions) = anchor_of(&lex, text);
        if (got.as_str(), anchor.basis) != (*expected, *basis) {
            failures.push(format!("{name}: anchor {got:?} {:?}: {mentions:#?}", anchor.basis));
        }
        // The recalled day keeps its own reading against the page's day.
        let read: Vec<String> = mentions.iter().filter_map(|m| resolve(&m.expr, &anchor)).map(|r| r.value.to_string()).collect();
        if !read.iter().any(|v| v == recalled) {
            failures.push(format!("{name}: the recalled day {recalled} is not among {read:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    crate::test_support::assert_unique_names(CASES.iter().map(|c| c.0));
}

/// The day an anniversary falls on is marked as such (it dates no event), and only then.
#[test]
fn the_anniversary_day_is_marked() {
    let lex = Lexicons::builtin();
    let marked = |text: &str| anchor_of(&lex, text).2.iter().filter(|m| m.anniversary).count();
    assert_eq!(marked("يحل اليوم الأربعاء عام كامل على توقيع الإعلان في الرباط يوم 22 ديسمبر 2020."), 1);
    assert_eq!(marked("Wednesday marks one year since the declaration was signed on December 22, 2020."), 1);
    // Not a count from the writing day: the minister "met on Wednesday", a year after.
    assert_eq!(marked("The minister met his counterpart on Wednesday, a year since the declaration signed on December 22, 2020."), 0);
    assert_eq!(marked("وقع الوزيران اليوم الأربعاء اتفاقا في الرباط."), 0);
    // No recalled day in full: the day is the anniversary's all the same (it dates no event).
    assert_eq!(marked("تحل اليوم الذكرى الأولى لافتتاح مكتب الاتصال في الرباط."), 1);
}

/// Years counted back "to the day" with no recalled day written ("il y a un an jour pour jour,
/// les ministres signaient …") are the page's day in that earlier year, not the year alone.
#[test]
fn years_ago_to_the_day_are_a_day() {
    let lex = Lexicons::builtin();
    for (text, expected) in [
        ("Publié le 10/08/2022\nIl y a un an jour pour jour, les deux ministres signaient à Rabat l'accord sur l'aviation civile.", "2021-08-10"),
        ("Published: December 10, 2022\nTwo years ago to the day, the two countries announced they would resume relations.", "2020-12-10"),
        // Without the cue the count is the year alone.
        ("Published: December 10, 2022\nTwo years ago, the two countries announced they would resume relations.", "2020"),
    ] {
        let (_, anchor, mentions) = anchor_of(&lex, text);
        let read: Vec<String> = mentions.iter().filter_map(|m| resolve(&m.expr, &anchor)).map(|r| r.value.to_string()).collect();
        assert!(read.iter().any(|v| v == expected), "{text}: {expected} not among {read:?}");
    }
}
