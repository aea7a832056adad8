//! The thirty-seventh blind probe (tests/fixtures/probe37/, docs/probe37.md): 24 pages of sites
//! none of the thirty-six earlier probes modelled, written and committed with their gold and
//! manifest before tarikh was run on them.
//!
//! TODO (coordinator): fill the tables after the blind score: the events found (FOUND,
//! FOUND_WITH_MANIFEST, JOINED, JOINED_WITH_MANIFEST), the known failures with the row a fix
//! gives (KNOWN, KNOWN_TEXT, KNOWN_WITH_MANIFEST, KNOWN_TITLES), the publication dates missed or
//! wrong, and the scorer's counts (SCORES, a placeholder until then); until they are filled the
//! table tests of `probe_support::probe_tests!()` are not expected to pass. The file tests
//! (`probe_support::files::probe_file_tests!`) check the probe's own files: the gold parses in
//! the thirty-sixth probe's format, names existing pages and dates within its precision, every
//! evidence is copied from one of its pages, and the manifest names every page once with a
//! published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe37";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "an Israeli security delegation's secret visit to Khartoum 'الأسبوع الماضي', reported 'أمس الأحد' (6 February 2022) by Israel Hayom, and its meetings with Hemedti (Israel-Sudan); Sudan's signing of the Abraham Accords declaration 'في يناير 2021' with Mnuchin, the resistance committees' march 'اليوم الاثنين' (Sudan's own affair); Morocco only named in 'ليلتحق بالإمارات والبحرين والمغرب'"),
    ("a12_ar.txt", "a rally for Palestine at the Harcha hall in Algiers 'أمس الاثنين' (29 November 2021, Algeria's own affair, 'نظام المخزن' only in its slogans), the proclamation of the State of Palestine 'يوم 15 نوفمبر 1988' (history), Israel's African Union observer status 'في جويلية الماضي' (Israel-AU), rallies 'نهاية الأسبوع الجاري' (a plan)"),
    ("e06_en.txt", "Morocco's desalination plan 'on Wednesday' (23 February 2022) and the King's drought program 'last week' (Morocco's own affairs), the Casablanca plant 'by 2027' and its tender 'in the coming months'; Israel only in 'since the two countries restored ties in December 2020, when a water memorandum was among the agreements signed in Rabat' (a month recall)"),
    ("f06_fr.txt", "Gabriel Attal's visa cuts « mardi » (28 September 2021) for Morocco, Algeria and Tunisia, Bourita's « injustifiée » « mardi », Algiers summoning France's ambassador « mercredi » (France and the Maghreb), Najla Bouden named « ce mercredi » (Tunisia's own affair); no Israel at all"),
];

/// Publication dates: (file, the day, whether the text states it). e03 has no date in its text
/// (Inside Arabia's analysis, with a menu, a byline without a date and undated related
/// articles; its manifest row has the day, 2022-02-23; its 'On Monday' and 'the day before' are
/// dated only by it). a06's only date is Hijri, in Arabic-Indic digits ('الثلاثاء ٧ جمادى الأولى
/// ١٤٤٢ هـ', 22 December 2020; manifest the day). a02 has only an update line ('آخر تحديث: 14 مارس
/// 2022 - 09:48', manifest empty). a03's date is only at the foot ('تاريخ النشر: 24/11/2021',
/// manifest empty) under a top line 'رصد - متابعات   منذ 3 ساعات'; f03's only at the foot with a
/// weekday ('Publié le mercredi 16 mars 2022', manifest empty). a05 has the site's current-date
/// bar of the next day at the top ('البلد نيوز - الأردن        الثلاثاء 22 شباط 2022', the day it
/// was saved) above the article's own '2022-02-21 21:40' (manifest only 2022-02). a01 is a
/// Moroccan month in the byline ('هوية بريس – عبد الله المصمودي | الخميس 25 نونبر 2021 - 10:12',
/// manifest only 2021-11), a04 a Levantine month without a weekday ('12 آب 2021 | 13:20'), a07
/// 'بتاريخ 28/03/2022 على الساعة 15:30' (manifest empty), a08 'الجمعة 11/12/2020 - 11:20', a09 an
/// ISO timestamp ('2022-07-28 10:45:12', manifest only 2022-07), a10 'الأربعاء 20 يوليو 2022'
/// without a time, a11 'الإثنين، 07 فبراير 2022م' (manifest only 2022-02), a12 'الثلاثاء 30
/// نوفمبر 2021 | 08:30'. e01 an ordinal day ('27th January 2021   By Maghrebi Staff', manifest
/// empty), e02 ' - July 26, 2021, 9:12 AM' under the byline (manifest only 2021-07), e04
/// 'December 23, 2020' under 'By JTA Staff', e05 'Monday, 28 Mar 2022 10:32 PM MYT' with an AFP
/// dateline 'SDE BOKER (Israel), March 28 —', e06 'Feb. 24, 2022' (manifest empty); f01
/// 'Vendredi, 13 Août 2021 09:15 | Écrit par ...' (manifest only 2021-08), f02 'Par Nadir K. |
/// 27/12/2020', f04 '24 Nov 2021, 18:47' (manifest only 2021-11), f05 '19 juillet 2022, 17h04'
/// under 'ATS/AFP', f06 'Publié le 29/09/2021 à 20:40'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2021-11-25", true),
    ("a02_ar.txt", "2022-03-14", true),
    ("a03_ar.txt", "2021-11-24", true),
    ("a04_ar.txt", "2021-08-12", true),
    ("a05_ar.txt", "2022-02-21", true),
    ("a06_ar.txt", "2020-12-22", true),
    ("a07_ar.txt", "2022-03-28", true),
    ("a08_ar.txt", "2020-12-11", true),
    ("a09_ar.txt", "2022-07-28", true),
    ("a10_ar.txt", "2022-07-20", true),
    ("a11_ar.txt", "2022-02-07", true),
    ("a12_ar.txt", "2021-11-30", true),
    ("e01_en.txt", "2021-01-27", true),
    ("e02_en.txt", "2021-07-26", true),
    ("e03_en.txt", "2022-02-23", false),
    ("e04_en.txt", "2020-12-23", true),
    ("e05_en.txt", "2022-03-28", true),
    ("e06_en.txt", "2022-02-24", true),
    ("f01_fr.txt", "2021-08-13", true),
    ("f02_fr.txt", "2020-12-27", true),
    ("f03_fr.txt", "2022-03-16", true),
    ("f04_fr.txt", "2021-11-24", true),
    ("f05_fr.txt", "2022-07-19", true),
    ("f06_fr.txt", "2021-09-29", true),
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
/// docs/probe37.md. TODO (coordinator).
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

probe_support::files::probe_file_tests!("tests/fixtures/probe36");
