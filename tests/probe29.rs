//! The twenty-ninth blind probe (tests/fixtures/probe29/, docs/probe29.md): 24 pages of sites
//! none of the twenty-eight earlier probes modelled, written and committed with their gold and
//! manifest before tarikh was run on them.
//!
//! TODO (coordinator): fill the tables after the blind score: the events found (FOUND,
//! FOUND_WITH_MANIFEST, JOINED, JOINED_WITH_MANIFEST), the known failures with the row a fix
//! gives (KNOWN, KNOWN_TEXT, KNOWN_WITH_MANIFEST, KNOWN_TITLES), the publication dates missed or
//! wrong, and the scorer's counts (SCORES, a placeholder until then); until they are filled the
//! table tests of `probe_support::probe_tests!()` are not expected to pass. The file tests
//! (`probe_support::files::probe_file_tests!`) check the probe's own files: the gold parses in
//! the twenty-eighth probe's format, names existing pages and dates within its precision, every
//! evidence is copied from one of its pages, and the manifest names every page once with a
//! published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe29";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "Mauritania signs the Nigeria-Morocco gas pipeline memorandum in Rabat 'أمس الخميس' (15 September 2022) with Morocco, Nigeria, Senegal and ECOWAS, the Mauritania-Senegal gas field; Israel only named in Mauritania's freeze 'عام 2009' and break 'في العام الموالي', no Morocco-Israel event"),
    ("a12_ar.txt", "the first round of the Libyan dialogue in Bouznika ends 'اليوم الخميس' (10 September 2020), begun 'منذ الأحد الماضي', Bourita present, its next round 'في الأسبوع الأخير من الشهر الجاري' (Morocco-Libya); Israel only named in the UAE's signing 'الثلاثاء المقبل' at the White House (Israel-UAE)"),
    ("e06_en.txt", "Safadi meets Lapid at the King Hussein Bridge 'on Thursday' (8 July 2021) and Jordan buys more water from Israel, Bennett's secret meeting with King Abdullah 'late last month' (Jordan-Israel); Morocco only named among the states that normalised, undated"),
    ("f06_fr.txt", "Sonatrach and Eni sign a gas agreement in Algiers 'ce lundi' (11 April 2022) before Tebboune and Draghi (Algeria-Italy), Sonatrach's investments 'La veille'; Morocco only named as the transit country of the Maghreb-Europe pipeline whose contract ended 'le 31 octobre 2021', Israel not at all"),
];

/// Publication dates: (file, the day, whether the text states it). a10 has no date in its text
/// (Al-Thawra's study of the Moroccan normalisation with a menu, a byline and undated related
/// links; its manifest row has the day, 2022-08-02; its recalls are dated '22 كانون الأول 2020',
/// '26 كانون الثاني 2021' and by month with the year: 'تموز 2021', 'أيلول من العام نفسه', 'تموز
/// 2022', 'في الشهر نفسه'). e01's date is DW's day-first 'Date 10.12.2020' below the text, e03's in
/// a byline at the foot ('By Larry Yudelson | January 28, 2021', manifest empty), f03's too ('Par
/// Sarah Benichou | 15 août 2021'), e05's only in an update line ('Last Updated: Jul 26, 2022,
/// 08:14 PM IST'). a06, e03, e04 and f04 state their day though their manifest rows are empty;
/// a02, a05, a09, e02, f02 and f05 state theirs though their manifest rows have only the month.
/// a01 has a Moroccan month ('الأربعاء 20 يوليوز 2022 - 11:05') under a cookie notice, a02
/// 'الإثنين 26 يوليوز 2021 | 09:40', a03 an Egyptian layout ('الإثنين 28/مارس/2022 - 07:15 م'),
/// a04 a Levantine month without a time ('السبت 26 كانون الأول 2020'), a05 a Levantine pair
/// ('الأربعاء، 24 تشرين الثاني / نوفمبر 2021 - 05:40 م') below Amman's prayer times, a06 an
/// Algerian month without a weekday ('22 فيفري 2022 - 10:12'), a07 a Tunisian month ('الخميس 12
/// أوت 2021 | 14:20'), a08 a numeric date ('23-12-2020 | 12:30'), a09 Arabic-Indic digits with a
/// Levantine month ('الإثنين ١٤ آذار ٢٠٢٢ - ١٠:٢٠ ص'), a11 'الجمعة 16 سبتمبر 2022 - 09:50', a12
/// 'الخميس 10 سبتمبر 2020 - 18:35'; e02 'July 28, 2021' above the author, e04 'Published
/// November 25, 2021 at 12:48pm' under the byline, e06 'Thursday, 8 July, 2021 - 19:40'; f01
/// 'Publié le 13/03/2022 à 19h10' under a cookie notice, f02 'Publié le 11/08/2021 à 17h32 | Mis
/// à jour le 11/08/2021 à 19h05', f04 'Mardi 27 juillet 2021', f05 'Publié le 21 juillet 2022
/// par Joseph Henrotin', f06 '11 avril 2022 à 16h20'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2022-07-20", true),
    ("a02_ar.txt", "2021-07-26", true),
    ("a03_ar.txt", "2022-03-28", true),
    ("a04_ar.txt", "2020-12-26", true),
    ("a05_ar.txt", "2021-11-24", true),
    ("a06_ar.txt", "2022-02-22", true),
    ("a07_ar.txt", "2021-08-12", true),
    ("a08_ar.txt", "2020-12-23", true),
    ("a09_ar.txt", "2022-03-14", true),
    ("a10_ar.txt", "2022-08-02", false),
    ("a11_ar.txt", "2022-09-16", true),
    ("a12_ar.txt", "2020-09-10", true),
    ("e01_en.txt", "2020-12-10", true),
    ("e02_en.txt", "2021-07-28", true),
    ("e03_en.txt", "2021-01-28", true),
    ("e04_en.txt", "2021-11-25", true),
    ("e05_en.txt", "2022-07-26", true),
    ("e06_en.txt", "2021-07-08", true),
    ("f01_fr.txt", "2022-03-13", true),
    ("f02_fr.txt", "2021-08-11", true),
    ("f03_fr.txt", "2021-08-15", true),
    ("f04_fr.txt", "2021-07-27", true),
    ("f05_fr.txt", "2022-07-21", true),
    ("f06_fr.txt", "2022-04-11", true),
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
/// docs/probe29.md. TODO (coordinator).
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

probe_support::files::probe_file_tests!("tests/fixtures/probe28");
