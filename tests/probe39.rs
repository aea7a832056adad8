//! The thirty-ninth blind probe (tests/fixtures/probe39/, docs/probe39.md): 24 pages of sites
//! none of the thirty-eight earlier probes modelled, written and committed with their gold and
//! manifest before tarikh was run on them.
//!
//! TODO (coordinator): fill the tables after the blind score: the events found (FOUND,
//! FOUND_WITH_MANIFEST, JOINED, JOINED_WITH_MANIFEST), the known failures with the row a fix
//! gives (KNOWN, KNOWN_TEXT, KNOWN_WITH_MANIFEST, KNOWN_TITLES), the publication dates missed or
//! wrong, and the scorer's counts (SCORES, a placeholder until then); until they are filled the
//! table tests of `probe_support::probe_tests!()` are not expected to pass. The file tests
//! (`probe_support::files::probe_file_tests!`) check the probe's own files: the gold parses in
//! the thirty-eighth probe's format, names existing pages and dates within its precision, every
//! evidence is copied from one of its pages, and the manifest names every page once with a
//! published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe39";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "an opinion piece on the anniversary of the Khartoum summit's three noes, 'في مثل هذا اليوم، التاسع والعشرين من أغسطس 1967' (history outside the window); the White House's Sudan-Israel announcement 'في 23 أكتوبر 2020' and the repeal of the 1958 boycott law (another pair); Morocco only in a list 'على خطى الإمارات والبحرين والمغرب' with no date; a seminar 'مساء الثلاثاء المقبل' (Sudan's own affair)"),
    ("a12_ar.txt", "the Government of National Unity denies 'اليوم الخميس' (20 January 2022) a reported meeting of Dbeibah with the Mossad's Barnea in Amman (Libya-Israel, denied, undated); Morocco only in 'على غرار المغرب الذي طبّع علاقاته في ديسمبر 2020' (a month recall); the High Council of State's session 'الأسبوع المقبل' and the Sharara field (Libya's own affairs)"),
    ("e06_en.txt", "Israel, the UAE and Bahrain sign the Abraham Accords at the White House 'on Tuesday' (15 September 2020, other pairs); the UAE's 'Aug. 13' and Bahrain's 'Sept. 11' (other pairs); Morocco only as a candidate cited by US media, its ministry declining to comment; Motegi's statement 'Wednesday' (Japan's own affair)"),
    ("f06_fr.txt", "twenty years since Morocco closed the liaison offices « Le 23 octobre 2000 » (history outside the window), opened « en 1994 et 1995 »; the Israeli press's guess that Morocco could be « le prochain » (no event); Bourita « en août » (a month recall of a statement); a march « dans les prochaines semaines » (a plan, Morocco's own affair); Sudan's normalisation « ce vendredi » (23 October 2020, another pair)"),
];

/// Publication dates: (file, the day, whether the text states it). a10 has no date in its text
/// (Alfikr's page with a menu, a comment box and key words; its manifest row has the day,
/// 2022-02-22; its 'أمس الاثنين' and 'مساء الأحد' are dated only by it). a02's date is only at
/// the foot, in a Moroccan month ('نشر في: 11 غشت 2021 | 22:10', manifest empty). a01 is a
/// Moroccan month with a weekday ('السبت 26 دجنبر 2020 - 11:47', manifest only 2020-12), a03 an
/// Egyptian layout with a comma after the weekday and the time after the date ('الإثنين، 28 مارس
/// 2022 06:20 م'), a04 a Levantine month with a weekday ('الخميس 25 تشرين الثاني 2021', manifest
/// only 2021-11), a05 Arabic-Indic digits and a Levantine month under the author, with no weekday
/// ('٢٠ تموز ٢٠٢٢', manifest empty), a06 an Algerian month ('الأربعاء 27 جويلية 2022'), a07 a
/// day-first numeric date with a time ('11/12/2020 09:30', manifest empty), a08 Gregorian and
/// Hijri ('الاثنين 26 يوليو 2021 - 16 ذو الحجة 1442'), a09 year-first with a slash and a time
/// before the section ('2020/12/23 | 10:15 صباحاً', manifest only 2020-12, its url holds
/// '/2020/12/23/'), a11 'الأحد 29 أغسطس 2021', a12 'الخميس 20 يناير 2022 - 14:05' (manifest only
/// 2022-01). e01 TASS's '22 DEC 2020, 21:40' with the dateline 'RABAT, December 22. /TASS/.'
/// (manifest empty), e02 'November 24, 2021 11:48 am' under the byline (manifest only 2021-11),
/// e03 only the wire dateline without a year, 'Rabat, Jan 26 (EFE).-', and '(c) Agencia EFE 2021'
/// at the foot, e04 '13 June 2022' under the headline (manifest empty), e05 'Published: March 29,
/// 2022, 12:30 AM' with the dateline 'SDE BOKER, Israel, March 28, (AFP):' (manifest only
/// 2022-03), e06 'Sep 16, 2020 | 06:12 JST'; f01 'Publié le 13 août 2021 à 11h02' (manifest only
/// 2021-08), f02 'Publié le 26/12/2020 à 14:07', f03 'Mercredi 20 juillet 2022 - 19:15' (manifest
/// only 2022-07), f04 in the byline 'Rédaction | 22 février 2022' (manifest empty), f05 the Swiss
/// 'Publié: 10.12.2020, 19h34', f06 'Le 23 octobre 2020'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2020-12-26", true),
    ("a02_ar.txt", "2021-08-11", true),
    ("a03_ar.txt", "2022-03-28", true),
    ("a04_ar.txt", "2021-11-25", true),
    ("a05_ar.txt", "2022-07-20", true),
    ("a06_ar.txt", "2022-07-27", true),
    ("a07_ar.txt", "2020-12-11", true),
    ("a08_ar.txt", "2021-07-26", true),
    ("a09_ar.txt", "2020-12-23", true),
    ("a10_ar.txt", "2022-02-22", false),
    ("a11_ar.txt", "2021-08-29", true),
    ("a12_ar.txt", "2022-01-20", true),
    ("e01_en.txt", "2020-12-22", true),
    ("e02_en.txt", "2021-11-24", true),
    ("e03_en.txt", "2021-01-26", true),
    ("e04_en.txt", "2022-06-13", true),
    ("e05_en.txt", "2022-03-29", true),
    ("e06_en.txt", "2020-09-16", true),
    ("f01_fr.txt", "2021-08-13", true),
    ("f02_fr.txt", "2020-12-26", true),
    ("f03_fr.txt", "2022-07-20", true),
    ("f04_fr.txt", "2022-02-22", true),
    ("f05_fr.txt", "2020-12-10", true),
    ("f06_fr.txt", "2020-10-23", true),
];

/// Events found from the text and with the manifest: (gold event key, the row). TODO
/// (coordinator): filled after the blind score.
const FOUND: &[(&str, Expect)] = &[];

/// Found only with the manifest. TODO (coordinator).
const FOUND_WITH_MANIFEST: &[(&str, Expect)] = &[];

/// Reports of an event in other pages that join its row, from the text and with the manifest:
/// (gold event key, file). TODO (coordinator).
const JOINED: &[(&str, &str)] = &[];

/// Joined only with the manifest. TODO (coordinator).
const JOINED_WITH_MANIFEST: &[(&str, &str)] = &[];

/// Known failures from the text and with the manifest, each named by its family in
/// docs/probe39.md. TODO (coordinator).
const KNOWN: &[Known] = &[];

/// Known failures from the text alone. TODO (coordinator).
const KNOWN_TEXT: &[Known] = &[];

/// Known failures with the manifest only. TODO (coordinator).
const KNOWN_WITH_MANIFEST: &[Known] = &[];

/// Rows whose title is known wrong. TODO (coordinator).
const KNOWN_TITLES: &[(Expect, &str, &str)] = &[];

/// Stated publication dates not found today: (file, family). TODO (coordinator).
const PUBLISHED_MISSED: &[(&str, &str)] = &[];

/// Publication dates wrong today: (file, the right day, the day found today, family). TODO
/// (coordinator).
const PUBLISHED_WRONG: &[(&str, &str, &str, &str)] = &[];

/// The gold scorer's (rows, matched, duplicates, false+, required found), from the text and with
/// the manifest. A placeholder: the coordinator sets it after the blind score.
const SCORES: (probe_support::Counts, probe_support::Counts) = ((0, 0, 0, 0, 0), (0, 0, 0, 0, 0));

probe_support::probe_tests!();

probe_support::files::probe_file_tests!("tests/fixtures/probe38");
