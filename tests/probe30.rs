//! The thirtieth blind probe (tests/fixtures/probe30/, docs/probe30.md): 24 pages of sites
//! none of the twenty-nine earlier probes modelled, written and committed with their gold and
//! manifest before tarikh was run on them.
//!
//! TODO (coordinator): fill the tables after the blind score: the events found (FOUND,
//! FOUND_WITH_MANIFEST, JOINED, JOINED_WITH_MANIFEST), the known failures with the row a fix
//! gives (KNOWN, KNOWN_TEXT, KNOWN_WITH_MANIFEST, KNOWN_TITLES), the publication dates missed or
//! wrong, and the scorer's counts (SCORES, a placeholder until then); until they are filled the
//! table tests of `probe_support::probe_tests!()` are not expected to pass. The file tests
//! (`probe_support::files::probe_file_tests!`) check the probe's own files: the gold parses in
//! the twenty-ninth probe's format, names existing pages and dates within its precision, every
//! evidence is copied from one of its pages, and the manifest names every page once with a
//! published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe30";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "President Assad receives the UAE's foreign minister Abdullah bin Zayed in Damascus 'اليوم الثلاثاء' (9 November 2021), the UAE's embassy reopened 'أواخر عام 2018', the Syrian economy minister at Expo 'الشهر الماضي' (Syria-UAE); Israel and Morocco only named in the UAE's normalisation 'بعد أكثر من عام' that Bahrain, Sudan and Morocco followed, undated, no Morocco-Israel event"),
    ("a12_ar.txt", "Arab and international condemnations of the Houthi attack on Abu Dhabi 'أمس الإثنين' (17 January 2022), the seizure of the Rwabee 'في الثالث من يناير الجاري' (Yemen-UAE); Morocco only named among the states that condemned, Israel only in Bennett's letter to the Abu Dhabi crown prince (Israel-UAE), no Morocco-Israel event"),
    ("e06_en.txt", "Biden arrives in Israel 'on Wednesday' (13 July 2022), greeted by Lapid and Herzog, Abbas 'on Friday' and Jeddah, the Iran declaration 'on Thursday' (US-Israel); Morocco only named among the Abraham Accords states, undated"),
    ("f06_fr.txt", "Tebboune brings Abbas and Haniyeh together in Algiers 'hier mardi' (5 July 2022), the parade 'Le matin même', the reconciliation conference 'dans les prochains mois', the Arab League summit 'en novembre' (Algeria-Palestine); Morocco and Israel only named in Algiers' rejection of the normalisation, undated"),
];

/// Publication dates: (file, the day, whether the text states it). a10 has no date in its text
/// (Al-Aalem Al-Jadeed's investigation of the Morocco-Israel military partnership with a menu, a
/// byline and undated related links; its manifest row has the day, 2022-08-04; its recalls are
/// 'في تموز 2021', 'في 24 تشرين الثاني 2021', 'في تموز 2022' and the Iraqi law 'في أيار الماضي').
/// a02's date is only at the foot ('نشر بتاريخ: 13 غشت 2021 على الساعة 10:45', manifest empty),
/// e03's in a foot byline ('By Mary Arnold | Posted on: 14 March 2022', manifest empty), e05's in
/// a foot byline ('ONA | 28 June 2022', manifest empty); a06 states its day without a weekday
/// ('27 جويلية 2022 | 16:30') though its manifest row is empty. a01, a04, a08, e04 and f03 state
/// their day though their manifest rows have only the month. e01's line is India's time
/// ('Updated: December 11, 2020 4:12 am IST', its 'Thursday' is 10 December in Washington). a01
/// has a Moroccan month ('السبت 26 دجنبر 2020 - 11:20') under a cookie notice, a03 an Egyptian
/// layout ('الثلاثاء، 29 مارس 2022 02:10 م'), a04 a Levantine month ('الخميس 25 تشرين الثاني 2021 -
/// 09:14'), a05 a Levantine pair without a time ('الأربعاء 27 كانون الثاني/يناير 2021'), a07 a
/// Tunisian month ('الإثنين 26 جويلية 2021 - 12:05'), a08 a numeric date ('22-02-2022 | 13:05'),
/// a09 Arabic-Indic digits ('الأربعاء ٢٣ ديسمبر ٢٠٢٠ - ٠٩:٤٠ ص'), a11 'الثلاثاء، 9 تشرين الثاني
/// 2021 - 19:30', a12 'الثلاثاء 18 يناير 2022'; e02 'Published Wednesday, August 11, 2021 2:36PM
/// EDT', e04 'July 20, 2022 18:41 IST | Updated: ...' and a 'Printable version' line, e06 'July
/// 13, 2022 at 7:42 am | Updated ...'; f01 'Par la rédaction | 22 février 2022' under a cookie
/// notice, f02 'Par Pierre Morel | Vendredi 16 juillet 2021', f03 'Clément Lefèvre — 29 mars
/// 2022 à 7h12', f04 'Publié le 22 décembre 2020 à 15h48, mis à jour ...', f05 'Publié le
/// 24/11/2021 à 19:12 , Mis à jour le 25/11/2021 à 08:30', f06 '6 juillet 2022'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2020-12-26", true),
    ("a02_ar.txt", "2021-08-13", true),
    ("a03_ar.txt", "2022-03-29", true),
    ("a04_ar.txt", "2021-11-25", true),
    ("a05_ar.txt", "2021-01-27", true),
    ("a06_ar.txt", "2022-07-27", true),
    ("a07_ar.txt", "2021-07-26", true),
    ("a08_ar.txt", "2022-02-22", true),
    ("a09_ar.txt", "2020-12-23", true),
    ("a10_ar.txt", "2022-08-04", false),
    ("a11_ar.txt", "2021-11-09", true),
    ("a12_ar.txt", "2022-01-18", true),
    ("e01_en.txt", "2020-12-11", true),
    ("e02_en.txt", "2021-08-11", true),
    ("e03_en.txt", "2022-03-14", true),
    ("e04_en.txt", "2022-07-20", true),
    ("e05_en.txt", "2022-06-28", true),
    ("e06_en.txt", "2022-07-13", true),
    ("f01_fr.txt", "2022-02-22", true),
    ("f02_fr.txt", "2021-07-16", true),
    ("f03_fr.txt", "2022-03-29", true),
    ("f04_fr.txt", "2020-12-22", true),
    ("f05_fr.txt", "2021-11-24", true),
    ("f06_fr.txt", "2022-07-06", true),
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
/// docs/probe30.md. TODO (coordinator).
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

probe_support::files::probe_file_tests!("tests/fixtures/probe29");
