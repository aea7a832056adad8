//! The twenty-third blind probe (tests/fixtures/probe23/, docs/probe23.md): 24 pages of sites
//! none of the twenty-two earlier probes modelled, written and committed with their gold and
//! manifest before tarikh was run on them.
//!
//! TODO (coordinator): fill the tables after the blind score: the events found (FOUND,
//! FOUND_WITH_MANIFEST, JOINED, JOINED_WITH_MANIFEST), the known failures with the row a fix
//! gives (KNOWN, KNOWN_TEXT, KNOWN_WITH_MANIFEST, KNOWN_TITLES), the publication dates missed or
//! wrong, and the scorer's counts (SCORES, a placeholder until then); until they are filled the
//! table tests of `probe_support::probe_tests!()` are not expected to pass. The file tests
//! (`probe_support::files::probe_file_tests!`) check the probe's own files: the gold parses in
//! the twenty-second probe's format, names existing pages and dates within its precision, every
//! evidence is copied from one of its pages, and the manifest names every page once with a
//! published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe23";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "Herzog received by King Abdullah II in Amman 'اليوم الأربعاء' (30 March 2022), the King in Ramallah with Abbas 'يوم الإثنين', a call to the Aqsa 'يوم الجمعة المقبل' (Jordan-Israel, Jordan-Palestine); Morocco only named among the states that normalised, undated"),
    ("a12_ar.txt", "Gulf Air's first Manama-Tel Aviv flight 'اليوم الخميس' (30 September 2021) with Bahrain's transport minister, two weekly flights 'اعتبارا من الشهر المقبل', Aden's fuel 'اليوم' (Bahrain-Israel, Yemen); Morocco only named in an undated pluperfect ('وكانت الإمارات والمغرب قد سبقتا البحرين'), and a related link on Lapid in Manama"),
    ("e06_en.txt", "Ruto rescinds Kenya's recognition of the SADR 'on Wednesday' (14 September 2022) after Bourita delivers the King's message, Bourita at 'Tuesday's inauguration', the joint commission with 'no date', New York 'next week' (Morocco-Kenya); Israel not named"),
    ("f06_fr.txt", "Gantz signs a defence agreement in Manama 'jeudi' (3 February 2022) with Al-Nuaimi, the Fifth Fleet visit, Belgium's committee 'vendredi' (Israel-Bahrain); Morocco only named among the states that normalised 'en 2020', a related link on Herzog in Abu Dhabi"),
];

/// Publication dates: (file, the day, whether the text states it). e03 has no date in its text
/// (Business Traveller's page with a 'by Business Traveller' line and no date; its manifest row
/// has the month 2022-03 and its url '/2022/03/15/'; its only dates are 'on Sunday (March 13)'
/// without a year, 'on Monday', 'since July last year' and related links dated '(11 Mar 2022)',
/// '(7 Mar 2022)'). a07 states its day only in the Solar Hijri calendar ('رمز الخبر: 1908234 |
/// ٢ دی ١٣٩٩ - ١٩:٢٠', Arabic-Indic digits and the Persian letter ی; 2 Dey 1399 is 22 December
/// 2020; its related links are dated '(١ دی ١٣٩٩)', '(٣٠ آذر ١٣٩٩)'). a02, a08, a09, e05 and f02
/// state their day though their manifest rows are empty (a09's url carries '/2021/08/12/'); a03,
/// a04, e04 and f03 state theirs though their manifest rows have only the month. a01 has a
/// Moroccan month after the paper's name ('الخميس 12 غشت 2021 - 10:40'), a02 a weekly issue line
/// with a span ('العدد 1012 | من 25 نونبر إلى 1 دجنبر 2021', the first day), a03 an
/// Egyptian line with a comma after the weekday above a byline ('الإثنين، 28 مارس 2022 07:15 م'),
/// a04 Arabic-Indic digits with an update line of the next day ('نُشر في: ٢١ فبراير ٢٠٢٢ - ١٦:٤٠ |
/// آخر تحديث: ٢٢ فبراير ٢٠٢٢ - ٠٩:١٥'), a05 a Levantine month under Amman's prayer times
/// ('الثلاثاء 19 تموز 2022 - 11:20 ص'), a06 a plain line under Casablanca's prayer times
/// ('الأحد 13 مارس 2022 - 12:47'), a08 a Tunisian month at the foot only ('تاريخ النشر: الإثنين 26
/// جويلية 2021 | 09:35'), a09 a numeric day-first line ('12/08/2021 - 18:32'), a10 the Hijri first
/// ('الجمعة 26 ربيع الآخر 1442 هـ - 11 ديسمبر 2020'), a11 a year-first line ('2022-03-30 | 14:10'),
/// a12 a twelve-hour clock with 'مساءً' ('الخميس 30 سبتمبر 2021 - 08:45 مساءً'); e01 the FT's
/// byline line in capitals without a comma ('DECEMBER 22 2020'), e02 'News 15 Jul 2021', e04 the
/// Globe and Mail's 'PUBLISHED NOVEMBER 24, 2021  UPDATED NOVEMBER 24, 2021' above a 'RABAT
/// (Reuters) -' dateline, e05 'Jul 18, 2022, 9:48 PM', e06 'Wednesday September 14 2022' under a
/// byline; f01 'Publié le 26 décembre 2020 à 10:15', f02 'Mardi 29 mars 2022', f03 'Par African
/// Manager - 23/02/2022 - 11:20', f04 'Publié le 11 août 2021 à 10h42 | Mis à jour le 11 août 2021
/// à 15h05', f05 'Le 25/07/2021 à 21:40', f06 'Publié le 03/02/2022 à 17:52 | Belga'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2021-08-12", true),
    ("a02_ar.txt", "2021-11-25", true),
    ("a03_ar.txt", "2022-03-28", true),
    ("a04_ar.txt", "2022-02-21", true),
    ("a05_ar.txt", "2022-07-19", true),
    ("a06_ar.txt", "2022-03-13", true),
    ("a07_ar.txt", "2020-12-22", true),
    ("a08_ar.txt", "2021-07-26", true),
    ("a09_ar.txt", "2021-08-12", true),
    ("a10_ar.txt", "2020-12-11", true),
    ("a11_ar.txt", "2022-03-30", true),
    ("a12_ar.txt", "2021-09-30", true),
    ("e01_en.txt", "2020-12-22", true),
    ("e02_en.txt", "2021-07-15", true),
    ("e03_en.txt", "2022-03-15", false),
    ("e04_en.txt", "2021-11-24", true),
    ("e05_en.txt", "2022-07-18", true),
    ("e06_en.txt", "2022-09-14", true),
    ("f01_fr.txt", "2020-12-26", true),
    ("f02_fr.txt", "2022-03-29", true),
    ("f03_fr.txt", "2022-02-23", true),
    ("f04_fr.txt", "2021-08-11", true),
    ("f05_fr.txt", "2021-07-25", true),
    ("f06_fr.txt", "2022-02-03", true),
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
/// docs/probe23.md. TODO (coordinator).
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

probe_support::files::probe_file_tests!("tests/fixtures/probe22");
