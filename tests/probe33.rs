//! The thirty-third blind probe (tests/fixtures/probe33/, docs/probe33.md): 24 pages of sites
//! none of the thirty-two earlier probes modelled, written and committed with their gold and
//! manifest before tarikh was run on them.
//!
//! TODO (coordinator): fill the tables after the blind score: the events found (FOUND,
//! FOUND_WITH_MANIFEST, JOINED, JOINED_WITH_MANIFEST), the known failures with the row a fix
//! gives (KNOWN, KNOWN_TEXT, KNOWN_WITH_MANIFEST, KNOWN_TITLES), the publication dates missed or
//! wrong, and the scorer's counts (SCORES, a placeholder until then); until they are filled the
//! table tests of `probe_support::probe_tests!()` are not expected to pass. The file tests
//! (`probe_support::files::probe_file_tests!`) check the probe's own files: the gold parses in
//! the thirty-second probe's format, names existing pages and dates within its precision, every
//! evidence is copied from one of its pages, and the manifest names every page once with a
//! published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe33";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "Sudan's cabinet approves 'أمس الثلاثاء' (6 April 2021) the bill repealing the 1958 Israel boycott law, Sudan's signing of the Abraham Accords declaration 'في يناير الماضي' and its deal 'في أكتوبر الماضي' (Sudan-Israel); Morocco only named as following Sudan 'في ديسمبر من العام نفسه', no Morocco-Israel event"),
    ("a12_ar.txt", "Bahrain's foreign minister Al Zayani arrives in Israel 'أمس الأربعاء' (18 November 2020) on the first Gulf Air flight and meets Netanyahu with Pompeo, the White House signing 'في 15 سبتمبر الماضي' (Bahrain-Israel); Morocco only named in reports of states that may join, no Morocco-Israel event"),
    ("e06_en.txt", "Mitsotakis, Bennett and Anastasiades hold their eighth trilateral summit in Jerusalem 'on Tuesday' (7 December 2021), the Evia fires 'in August' (Greece-Cyprus-Israel); Morocco only named among the states Israel reached 'over the past year'"),
    ("f06_fr.txt", "Mechichi says in an interview that normalisation with Israel 'n'est pas à l'ordre du jour' for Tunisia (December 2020), the budget vote '10/12/2020' in a related link (Tunisia); Morocco only named as 'voisin maghrébin' whose decision he was asked about, no Morocco-Israel event"),
];

/// Publication dates: (file, the day, whether the text states it). a10 has no date in its text
/// (Athr Press's undated report on Morocco-Israel military ties with a menu, 'خاص - أثر برس' and
/// undated related links; its manifest row has the day, 2022-08-02; its dates are 'يوم الاثنين
/// 18 تموز/يوليو 2022', the month 'في تموز/يوليو 2021', 'يوم 24 تشرين الثاني/نوفمبر 2021' and
/// Algeria's break 'في آب/أغسطس 2021'). a02's date is only at the foot after the byline ('نشر
/// في: 25 نونبر 2021 على الساعة 13:40', manifest empty), f04's only at the foot ('Publié le
/// 23/12/2020', manifest empty), e05's only at the foot ('Posted on August 19, 2021', manifest
/// empty), e01's in a byline ('BY STAFF REPORTER | Jan 28, 2021', manifest only 2021-01). a06
/// states its day in an Algerian month without a weekday under the headline ('27 جويلية 2022 -
/// 18:20', manifest empty), a08 in Arabic-Indic numerals ('السبت ٢٦/١٢/٢٠٢٠ - ١٠:٤٥ ص', manifest
/// empty), a09 in a Levantine month ('الاثنين 26 تموز 2021 | 14:50', manifest empty), e02 in the
/// Daily Star's 'Aug. 12, 2021 | 05:30 PM' (manifest empty), f03 in 'Samedi 27 novembre 2021'
/// above the rubric (manifest empty). a01, a04, a05, e01, e04 and f01 state their day though
/// their manifest rows have only the month. a01 has a Moroccan month ('الثلاثاء 22 دجنبر 2020 -
/// 23:15'), a03 an Egyptian layout under the rubric ('الثلاثاء، 29 مارس 2022 10:25 ص'), a04 and
/// a05 Levantine months ('الأربعاء 20 تموز 2022 - 16:30', 'الخميس، 12 آب 2021 - 11:05'), a07 a
/// Tunisian month ('الأربعاء 23 فيفري 2022 - 09:40'), a11 'الأربعاء 7 أبريل 2021' and a12
/// 'الخميس 19 نوفمبر 2020' without a time; e03 'March 14, 2022' under 'OMAAT Team', e04
/// 'Published: March 28, 2022' under 'AFP', e06 'Tuesday, December 7, 2021 | 19:12'; f01 'Lundi
/// 21 Février 2022 à 18h05', f02 'Publié le 21.07.2022, 10:47' under 'ATS/AFP', f05 'Mardi, 26
/// juillet 2022 14:32 MISE À JOUR Mardi, 26 juillet 2022 14:32', f06 'Publié le 16/12/2020 à
/// 12:30'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2020-12-22", true),
    ("a02_ar.txt", "2021-11-25", true),
    ("a03_ar.txt", "2022-03-29", true),
    ("a04_ar.txt", "2022-07-20", true),
    ("a05_ar.txt", "2021-08-12", true),
    ("a06_ar.txt", "2022-07-27", true),
    ("a07_ar.txt", "2022-02-23", true),
    ("a08_ar.txt", "2020-12-26", true),
    ("a09_ar.txt", "2021-07-26", true),
    ("a10_ar.txt", "2022-08-02", false),
    ("a11_ar.txt", "2021-04-07", true),
    ("a12_ar.txt", "2020-11-19", true),
    ("e01_en.txt", "2021-01-28", true),
    ("e02_en.txt", "2021-08-12", true),
    ("e03_en.txt", "2022-03-14", true),
    ("e04_en.txt", "2022-03-28", true),
    ("e05_en.txt", "2021-08-19", true),
    ("e06_en.txt", "2021-12-07", true),
    ("f01_fr.txt", "2022-02-21", true),
    ("f02_fr.txt", "2022-07-21", true),
    ("f03_fr.txt", "2021-11-27", true),
    ("f04_fr.txt", "2020-12-23", true),
    ("f05_fr.txt", "2022-07-26", true),
    ("f06_fr.txt", "2020-12-16", true),
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
/// docs/probe33.md. TODO (coordinator).
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

probe_support::files::probe_file_tests!("tests/fixtures/probe32");
