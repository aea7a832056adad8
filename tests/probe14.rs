//! The fourteenth blind probe (tests/fixtures/probe14/, docs/probe14.md): 24 pages of sites none
//! of the thirteen earlier probes modelled, written and committed with their gold and manifest
//! before tarikh was run on them.
//!
//! TODO: the coordinator fills the found and known-failure tables (FOUND, JOINED, KNOWN, ...)
//! and the scorer's counts (SCORES) after the blind score, as for tests/probe13.rs, and then
//! invokes `probe_support::probe_tests!()`.
//!
//! The tests below check only the probe's own files (`probe_support::files::probe_file_tests!`):
//! the gold parses in the thirteenth probe's format, names existing pages and dates within its
//! precision, every evidence is copied from one of its pages, and the manifest names every page
//! once with a published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe14";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "vigils in Moroccan cities 'اليوم الجمعة' for Shireen Abu Akleh, killed in Jenin 'صباح الأربعاء الماضي'; the demand to close the liaison office is no event"),
    ("a12_ar.txt", "Israel's intelligence minister Eli Cohen in Khartoum 'أمس الاثنين' and Sudan's signing of the Abraham declaration 'مطلع الشهر الجاري'; Morocco only named, undated, among the states that normalised"),
    ("e06_en.txt", "Sisi receives Bennett in Sharm El-Sheikh 'on Monday' (Egypt-Israel); Netanyahu's 2011 visit and the 1979 treaty; Morocco only named, undated"),
    ("f06_fr.txt", "the Jews of Morocco: Peres at Ifrane in July 1986, Rabin in Rabat in September 1993, the offices of 1994 closed in October 2000, all outside the window; no date line (its day only in its url)"),
];

/// Publication dates: (file, the day, whether the text states it). e05 has no date line (only
/// its byline; its day in its url `/article/2022-03-29-...` and its manifest row; 'on Tuesday'
/// of a statement names its weekday); f06 has no date line either (its day only in its url
/// `/2022/04/12/`, its manifest row empty). a04, e03 and f01 state their day though their manifest
/// rows have only the month; a05 and a12 state theirs though their manifest rows are empty. a01
/// has a Moroccan month under a current-date banner of the day it was saved ('السبت 14 يناير
/// 2023', outside the window) ('نشر في: الجمعة 11 دجنبر 2020 على الساعة 09:15'), a02 an Egyptian
/// line with a clock ('الثلاثاء 22 ديسمبر 2020 - 07:40 م'), a03 a Levantine month ('السبت 26
/// كانون الأول 2020 - 10:32'), a04 an Iraqi month after an issue number ('العدد 5112 - الأربعاء
/// 27 كانون الثاني 2021'), a05 an aggregator's dashed line ('نشر في الجزائر الجديدة يوم 26 - 07 -
/// 2021'), a06 a slashed date ('12/08/2021 15:20'), a07 a slashed date and a wire dateline with no
/// year ('24/11/2021 19:05', 'الرباط - 24 - 11 (كونا) --'), a08 the Hijri before the Gregorian
/// ('الإثنين 11 شعبان 1443 - 14 مارس 2022'), a09 a dotted date ('28.03.2022 | 21:40'), a10 a
/// Moroccan month ('الجمعة 1 يوليوز 2022'), a11 a slashed date with a dateline ('13/05/2022 -
/// 16:50 | الرباط - قدس برس'), a12 its date at the foot only ('نُشر يوم الثلاثاء 26 يناير 2021'),
/// e01 'Thu, Dec 10, 2020, 19:48', e02 'AFP , Tuesday 19 Jul 2022', e03 'Published: 28 Jul 2022 -
/// 09:14 am | Last updated: ...', e04 'March 3, 2022' under its byline, e06 'Mon, 13 Sep 2021 -
/// 06:12 PM GMT' and a dateline 'CAIRO - 13 September 2021:', f01 'Publié le 25 novembre 2021 à
/// 11h03', f02 'le Lundi 26 Juillet 2021 à 08:12', f03 'Jeudi 24 Decembre 2020 00:00' (no
/// accent), f04 '13 août 2021', f05 'Vendredi 5 Août 2022 - 10:25'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2020-12-11", true),
    ("a02_ar.txt", "2020-12-22", true),
    ("a03_ar.txt", "2020-12-26", true),
    ("a04_ar.txt", "2021-01-27", true),
    ("a05_ar.txt", "2021-07-26", true),
    ("a06_ar.txt", "2021-08-12", true),
    ("a07_ar.txt", "2021-11-24", true),
    ("a08_ar.txt", "2022-03-14", true),
    ("a09_ar.txt", "2022-03-28", true),
    ("a10_ar.txt", "2022-07-01", true),
    ("a11_ar.txt", "2022-05-13", true),
    ("a12_ar.txt", "2021-01-26", true),
    ("e01_en.txt", "2020-12-10", true),
    ("e02_en.txt", "2022-07-19", true),
    ("e03_en.txt", "2022-07-28", true),
    ("e04_en.txt", "2022-03-03", true),
    ("e05_en.txt", "2022-03-29", false),
    ("e06_en.txt", "2021-09-13", true),
    ("f01_fr.txt", "2021-11-25", true),
    ("f02_fr.txt", "2021-07-26", true),
    ("f03_fr.txt", "2020-12-24", true),
    ("f04_fr.txt", "2021-08-13", true),
    ("f05_fr.txt", "2022-08-05", true),
    ("f06_fr.txt", "2022-04-12", false),
];

probe_support::files::probe_file_tests!("tests/fixtures/probe13");
