//! The twenty-fifth blind probe (tests/fixtures/probe25/, docs/probe25.md): 24 pages of sites
//! none of the twenty-four earlier probes modelled, written and committed with their gold and
//! manifest before tarikh was run on them.
//!
//! TODO (coordinator): fill the tables after the blind score: the events found (FOUND,
//! FOUND_WITH_MANIFEST, JOINED, JOINED_WITH_MANIFEST), the known failures with the row a fix
//! gives (KNOWN, KNOWN_TEXT, KNOWN_WITH_MANIFEST, KNOWN_TITLES), the publication dates missed or
//! wrong, and the scorer's counts (SCORES, a placeholder until then); until they are filled the
//! table tests of `probe_support::probe_tests!()` are not expected to pass. The file tests
//! (`probe_support::files::probe_file_tests!`) check the probe's own files: the gold parses in
//! the twenty-fourth probe's format, names existing pages and dates within its precision, every
//! evidence is copied from one of its pages, and the manifest names every page once with a
//! published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe25";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "Israel and Turkey restore full diplomatic ties and ambassadors 'أمس الأربعاء' (17 August 2022) after Lapid's call with Erdogan, Herzog in Ankara 'في آذار الماضي', a funeral in Nablus 'أمس' (Israel-Turkey, Palestine); Morocco only named in the list of states that normalised, undated"),
    ("a12_ar.txt", "FIFA announces direct Tel Aviv-Doha flights for the World Cup 'أمس الخميس' (10 November 2022), the tournament 'في 20 تشرين الثاني الجاري', Gulf 25 in Basra 'مطلع العام المقبل' (Israel-Qatar, Iraq); Morocco only named among the Arab teams, undated"),
    ("e06_en.txt", "Pakistan's Foreign Office rules out recognising Israel 'on Friday' (11 December 2020), Imran Khan's virtual summit 'next week', talks with Afghanistan 'in January' (Pakistan-Israel, Pakistan); Morocco only named as the fourth Arab country to agree to normalise 'this year', undated"),
    ("f06_fr.txt", "fourteen Palestinian factions sign the Algiers Declaration 'jeudi' (13 October 2022) before Tebboune, elections 'dans un délai d'un an', the Arab League summit 'les 1er et 2 novembre prochain' (Algeria, Palestine); Morocco only named among the countries that normalised with Israel, undated"),
];

/// Publication dates: (file, the day, whether the text states it). a02 has no date in its text
/// (Sahara Zoom's page with a byline 'بقلم: هيئة التحرير' and no date line; its manifest row has
/// the month 2022-07; its only dates are 'يوم الإثنين 18 يوليوز' without a year, 'في نونبر
/// الماضي', 'الشهر الماضي', 'يوم الخميس المقبل' and 'أمس'; the day is the one after Kochavi's
/// arrival, his meetings still to come). f04 has no date line either (Europe Israël's page, 'Par
/// la rédaction'; only its readers' comments are dated, '11 décembre 2020 à 9 h 14 min', and its
/// manifest row is empty, the url carrying '/2020/12/11/'). a03, a07, a09, e02 and e05 state their
/// day though their manifest rows are empty (a07's date is at the foot only, a09's in
/// Arabic-Indic digits); a01, a05, a12, e03, f01 and f03 state theirs though their manifest rows
/// have only the month. a01 has a Moroccan month under Tangier's prayer times ('الأربعاء 11 غشت
/// 2021 - 20:05'), a03 Dotmsr's Egyptian 'الثلاثاء، 22 ديسمبر 2020 - 09:14 م' under the headline,
/// a04 a Levantine month above the section ('الاثنين 28 آذار 2022 - 22:35'), a05 a Levantine pair
/// with a twelve-hour clock ('الأربعاء، 27 كانون الثاني/يناير 2021 - 11:20 ص'), a06 the Hijri
/// before the Gregorian above the menu ('الجمعة 26 ربيع الآخر 1442 هـ - 11 ديسمبر 2020 م'), a07
/// a spaced numeric line at the foot only ('نشر يوم 25 - 11 - 2021'), a08 a year-first line with
/// slashes ('2022/07/26 18:40'), a09 Arabic-Indic digits with a Levantine month ('الأحد ٢٧
/// كانون الأول ٢٠٢٠'), a10 Arabic-Indic digits with a month pair ('الإثنين ٢٦ يوليو/تموز ٢٠٢١ -
/// ١٣:٠٥'), a11 an ISO day after the weekday ('الخميس 2022-08-18'), a12 a year-first line with
/// slashes and a clock ('2022/11/11 09:30'); e01 The Independent's 'Tuesday 22 December 2020
/// 18:42' after the byline, e02 the Los Angeles Times' capitals 'MARCH 28, 2022 12:41 PM PT', e03
/// 'By Staff Writer | March 14, 2022' below a cookie line, e04 'JNS | Nov 25, 2021' above the
/// headline, e05 'By SecurityWeek News on July 15, 2021', e06 Dawn's 'Published December 12, 2020
/// Updated December 12, 2020 09:50am' with 'December 12th, 2020' at the foot; f01 'Publié le 22
/// février 2022', f02 'Le 12/08/2021 à 18:47', f03 'Publié le 19 juillet 2022 à 16h30', f05 a
/// dotted 'Publié le 23.06.2022 à 14:10', f06 an issue line 'Édition du 14 octobre 2022'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2021-08-11", true),
    ("a02_ar.txt", "2022-07-19", false),
    ("a03_ar.txt", "2020-12-22", true),
    ("a04_ar.txt", "2022-03-28", true),
    ("a05_ar.txt", "2021-01-27", true),
    ("a06_ar.txt", "2020-12-11", true),
    ("a07_ar.txt", "2021-11-25", true),
    ("a08_ar.txt", "2022-07-26", true),
    ("a09_ar.txt", "2020-12-27", true),
    ("a10_ar.txt", "2021-07-26", true),
    ("a11_ar.txt", "2022-08-18", true),
    ("a12_ar.txt", "2022-11-11", true),
    ("e01_en.txt", "2020-12-22", true),
    ("e02_en.txt", "2022-03-28", true),
    ("e03_en.txt", "2022-03-14", true),
    ("e04_en.txt", "2021-11-25", true),
    ("e05_en.txt", "2021-07-15", true),
    ("e06_en.txt", "2020-12-12", true),
    ("f01_fr.txt", "2022-02-22", true),
    ("f02_fr.txt", "2021-08-12", true),
    ("f03_fr.txt", "2022-07-19", true),
    ("f04_fr.txt", "2020-12-11", false),
    ("f05_fr.txt", "2022-06-23", true),
    ("f06_fr.txt", "2022-10-14", true),
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
/// docs/probe25.md. TODO (coordinator).
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

probe_support::files::probe_file_tests!("tests/fixtures/probe24");
