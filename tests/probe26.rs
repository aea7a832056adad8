//! The twenty-sixth blind probe (tests/fixtures/probe26/, docs/probe26.md): 24 pages of sites
//! none of the twenty-five earlier probes modelled, written and committed with their gold and
//! manifest before tarikh was run on them.
//!
//! TODO (coordinator): fill the tables after the blind score: the events found (FOUND,
//! FOUND_WITH_MANIFEST, JOINED, JOINED_WITH_MANIFEST), the known failures with the row a fix
//! gives (KNOWN, KNOWN_TEXT, KNOWN_WITH_MANIFEST, KNOWN_TITLES), the publication dates missed or
//! wrong, and the scorer's counts (SCORES, a placeholder until then); until they are filled the
//! table tests of `probe_support::probe_tests!()` are not expected to pass. The file tests
//! (`probe_support::files::probe_file_tests!`) check the probe's own files: the gold parses in
//! the twenty-fifth probe's format, names existing pages and dates within its precision, every
//! evidence is copied from one of its pages, and the manifest names every page once with a
//! published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe26";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "Oman's Shura Council votes to widen the law boycotting Israel 'أمس الاثنين' (26 December 2022), the State Council still to approve it, Netanyahu in Muscat 'في تشرين الأول/أكتوبر 2018', arrests in the West Bank 'فجر اليوم الثلاثاء', Netanyahu's government sworn in 'الخميس المقبل' (a related link) (Oman-Israel, Palestine); Morocco only named in the list of states that normalised 'منذ عام 2020', undated"),
    ("a12_ar.txt", "Burhan meets Netanyahu in Entebbe 'أمس الاثنين' (3 February 2020), Sudan's cabinet 'اليوم الثلاثاء', the SPLM delegation to Juba 'غداً الأربعاء' (Sudan-Israel, Sudan); Morocco only named among the Arab states Washington was said to be courting, 'دون أن يصدر أي تأكيد رسمي', undated"),
    ("e06_en.txt", "Haaretz reports 'on Monday' (8 November 2021) that Saddam Haftar's jet landed at Ben Gurion 'last week', unconfirmed, the presidential elections 'scheduled for December 24', the candidates' registration 'on Monday', the Paris conference 'Friday' (Libya-Israel, Libya); Morocco only named among the Abraham Accords states 'last year', undated"),
    ("f06_fr.txt", "El Al's first commercial flight Tel Aviv-Abu Dhabi 'lundi' (31 August 2020) with Jared Kushner and Meir Ben Shabbat on board, their talks 'mardi' (Israel-UAE, the same delegation heads and airline as the Rabat flight of 22 December 2020), Poitiers' school year 'mardi 1er septembre'; Morocco only named among the countries that 'pourraient suivre', 'aucun calendrier'"),
];

/// Publication dates: (file, the day, whether the text states it). a02 has no date in its text
/// (Aljadida24's page with a byline 'بقلم: الجديدة 24' and a cookie line and no date line; its
/// manifest row has the day, 2022-03-14; its only dates are 'أمس الأحد', 'في يوليوز من السنة
/// الماضية', 'في وقت لاحق' and 'يوم الثلاثاء المقبل'; the day is the one after Royal Air Maroc's
/// first Tel Aviv flight). a10's date is at the foot only, in Arabic-Indic digits ('نُشر في: ١٢
/// ديسمبر ٢٠٢٠ - ١١:٣٠'), its manifest row the month. a04, a08, a09, e01, e02 and f03 state their
/// day though their manifest rows are empty; a01, a06, a12, e03, f04 and f05 state theirs though
/// their manifest rows have only the month. a01 has a Moroccan month ('الخميس 12 غشت 2021 -
/// 13:25'), a03 Akhbarak's Egyptian 'الأربعاء 24 نوفمبر 2021 06:15 م' under the headline, a04 a
/// Levantine month with a bar ('الثلاثاء 29 آذار 2022 | 10:48'), a05 a Levantine pair with a
/// twelve-hour clock ('السبت 26 كانون الأول/ديسمبر 2020 - 01:15 م') below Amman's prayer times,
/// a06 the Gregorian before the Hijri ('الأربعاء 20 يوليو 2022 - 21 ذو الحجة 1443'), a07 an
/// Algerian month ('الثلاثاء 22 فيفري 2022'), a08 a Tunisian month without a weekday under the
/// headline ('26 جانفي 2021 - 19:40'), a09 an ISO day in the byline ('زمان الوصل - وكالات |
/// 2020-12-23 10:12'), a11 the Gregorian before the Hijri ('الثلاثاء 27 ديسمبر 2022 | 04 جمادى
/// الآخرة 1444'), a12 a dateline 'الخرطوم 4 فبراير 2020 —' opening the text; e01 'By Associated
/// Press - Tuesday, December 22, 2020', e02 'Reuters · Posted: Mar 28, 2022 4:05 PM ET | Last
/// Updated: March 28, 2022', e03 'Rich Thomaselli | July 26, 2021 11:42 AM ET' below a cookie
/// line, e04 'AFP / Updated: Jul 20, 2022, 04:32 IST', e05 capitals 'DECEMBER 11, 2020' above a
/// 'MUSCAT, Dec 11 -' dateline, e06 'Libya Observer | November 8, 2021'; f01 'Mercredi 27 Juillet
/// 2022' (capitals), f02 'Publié le mercredi 23 décembre 2020 | AFP', f03 'Publié le 24/11/2021
/// à 17:52' below a JavaScript notice, f04 'Posté le 15/07/2021 par la Rédaction', f05 'Publié
/// le 23 février 2022', f06 'Publié le 31/08/2020 à 15:42 | Mis à jour le 31/08/2020 à 18:05'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2021-08-12", true),
    ("a02_ar.txt", "2022-03-14", false),
    ("a03_ar.txt", "2021-11-24", true),
    ("a04_ar.txt", "2022-03-29", true),
    ("a05_ar.txt", "2020-12-26", true),
    ("a06_ar.txt", "2022-07-20", true),
    ("a07_ar.txt", "2022-02-22", true),
    ("a08_ar.txt", "2021-01-26", true),
    ("a09_ar.txt", "2020-12-23", true),
    ("a10_ar.txt", "2020-12-12", true),
    ("a11_ar.txt", "2022-12-27", true),
    ("a12_ar.txt", "2020-02-04", true),
    ("e01_en.txt", "2020-12-22", true),
    ("e02_en.txt", "2022-03-28", true),
    ("e03_en.txt", "2021-07-26", true),
    ("e04_en.txt", "2022-07-20", true),
    ("e05_en.txt", "2020-12-11", true),
    ("e06_en.txt", "2021-11-08", true),
    ("f01_fr.txt", "2022-07-27", true),
    ("f02_fr.txt", "2020-12-23", true),
    ("f03_fr.txt", "2021-11-24", true),
    ("f04_fr.txt", "2021-07-15", true),
    ("f05_fr.txt", "2022-02-23", true),
    ("f06_fr.txt", "2020-08-31", true),
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
/// docs/probe26.md. TODO (coordinator).
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

probe_support::files::probe_file_tests!("tests/fixtures/probe25");
