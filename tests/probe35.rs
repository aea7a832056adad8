//! The thirty-fifth blind probe (tests/fixtures/probe35/, docs/probe35.md): 24 pages of sites
//! none of the thirty-four earlier probes modelled, written and committed with their gold and
//! manifest before tarikh was run on them.
//!
//! TODO (coordinator): fill the tables after the blind score: the events found (FOUND,
//! FOUND_WITH_MANIFEST, JOINED, JOINED_WITH_MANIFEST), the known failures with the row a fix
//! gives (KNOWN, KNOWN_TEXT, KNOWN_WITH_MANIFEST, KNOWN_TITLES), the publication dates missed or
//! wrong, and the scorer's counts (SCORES, a placeholder until then); until they are filled the
//! table tests of `probe_support::probe_tests!()` are not expected to pass. The file tests
//! (`probe_support::files::probe_file_tests!`) check the probe's own files: the gold parses in
//! the thirty-fourth probe's format, names existing pages and dates within its precision, every
//! evidence is copied from one of its pages, and the manifest names every page once with a
//! published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe35";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "Aguila Saleh and Khalid al-Mishri meet in Rabat 'أمس الجمعة' (21 October 2022) with Bourita, their Geneva round 'نهاية يونيو الماضي', a joint meeting 'خلال الأسابيع القادمة' (Libya, hosted by Morocco; LANA's dateline in Arabic-Indic digits 'الرباط ٢٢ أكتوبر ٢٠٢٢ (وال)'); Israel not named"),
    ("a12_ar.txt", "Thirteen years since Mauritania froze its ties with Israel 'في مثل هذا اليوم من عام 2009', relations 'في 28 أكتوبر 1999', the embassy closed 'في مارس 2010' (Mauritania-Israel, history outside 2020-2022); Morocco only named in 'أواخر عام 2020، حين استأنف المغرب المجاور علاقاته مع إسرائيل'"),
    ("e06_en.txt", "Eli Cohen leads a delegation to Khartoum 'on Monday' (25 January 2021), meets Burhan and Yassin Ibrahim Yassin; the Abraham Accords declaration 'On 6 January' (Israel-Sudan, US-Sudan); Morocco only named among the states that 'agreed to establish ties with Israel last year'"),
    ("f06_fr.txt", "Pro-Palestinian rallies in Moroccan cities 'samedi et dimanche' (15-16 May 2021), a sit-in dispersed 'dimanche' in Rabat, new rallies called 'vendredi prochain' (a protest, Morocco's own affair); the normalisation only recalled as 'conclue fin 2020'"),
];

/// Publication dates: (file, the day, whether the text states it). a10 has no date in its text
/// (Al-Sudani's undated look back at a year of Moroccan normalisation, with a menu, 'السوداني -
/// متابعات' and undated related links; its manifest row has the day, 2021-12-20; its dates are
/// the absolute 'في 22 ديسمبر 2020' and 'في السادس من يناير 2021', and 'في 24 نوفمبر الماضي', whose
/// year only the manifest gives). a07's date is only at the foot ('نُشر في الثلاثاء 29 مارس 2022
/// على الساعة 10:37', manifest empty), f05's only at the foot ('Mis en ligne le : 27/07/2022 à
/// 11:05', manifest empty) above a related link of '(21/07/2022)'. a01's is only in its byline
/// ('هيئة التحرير - 20 يوليوز 2022 - 15:22', a Moroccan month without a weekday, manifest only
/// 2022-07). a02 states it in Hijri and Moroccan months ('الخميس 3 محرم 1443 الموافق 12 غشت
/// 2021', manifest empty), a05 in a numeric day-first line with a one-digit month and an Arabic
/// afternoon mark ('27/1/2021 12:05:33 م', manifest empty), a06 in an Algerian month with the
/// Hijri day ('الخميس 28 جويلية 2022 م الموافق لـ 29 ذو الحجة 1443 هـ'), a08 year first
/// ('2020-12-11 08:20'), a09 in Hijri then Gregorian ('السبت 11 جمادى الأولى 1442هـ 26 ديسمبر
/// 2020 01:52', manifest only 2020-12), a11 in Arabic-Indic digits inside LANA's dateline
/// ('الرباط ٢٢ أكتوبر ٢٠٢٢ (وال)', manifest empty), a03 with the time before the date ('11:41 ص
/// الجمعة 26 نوفمبر 2021'). a04 has a Levantine month ('الأربعاء 21 تموز 2021   08:45', manifest
/// only 2021-07) and a12 'الأحد 16 يناير 2022 - 10:05' (manifest only 2022-01). e01 'December 22,
/// 2020' under the byline, e02 'MAR 14, 2022 · 3 MIN READ' (manifest only 2022-03), e03 '21 Feb,
/// 2022 17:32' with the foot 'on February 21, 2022', e04 'Posted on 24/11/2021 by NAP Team'
/// (day-first numeric, manifest empty), e05 'July 19, 2022 at 11:42 AM' under the byline
/// (manifest empty, its url carrying the month), e06 '26 January, 2021'; f01 '23 décembre 2020 |
/// 09:40 — par ...', f02 'OLJ / AFP / le 27 mars 2022 à 19h48' (manifest only 2022-03), f03
/// 'lundi 26 juillet 2021 - 10:15', f04 'Publié le 11/08/2021 à 20:14', f06 'lundi 17 mai 2021'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2022-07-20", true),
    ("a02_ar.txt", "2021-08-12", true),
    ("a03_ar.txt", "2021-11-26", true),
    ("a04_ar.txt", "2021-07-21", true),
    ("a05_ar.txt", "2021-01-27", true),
    ("a06_ar.txt", "2022-07-28", true),
    ("a07_ar.txt", "2022-03-29", true),
    ("a08_ar.txt", "2020-12-11", true),
    ("a09_ar.txt", "2020-12-26", true),
    ("a10_ar.txt", "2021-12-20", false),
    ("a11_ar.txt", "2022-10-22", true),
    ("a12_ar.txt", "2022-01-16", true),
    ("e01_en.txt", "2020-12-22", true),
    ("e02_en.txt", "2022-03-14", true),
    ("e03_en.txt", "2022-02-21", true),
    ("e04_en.txt", "2021-11-24", true),
    ("e05_en.txt", "2022-07-19", true),
    ("e06_en.txt", "2021-01-26", true),
    ("f01_fr.txt", "2020-12-23", true),
    ("f02_fr.txt", "2022-03-27", true),
    ("f03_fr.txt", "2021-07-26", true),
    ("f04_fr.txt", "2021-08-11", true),
    ("f05_fr.txt", "2022-07-27", true),
    ("f06_fr.txt", "2021-05-17", true),
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
/// docs/probe35.md. TODO (coordinator).
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

probe_support::files::probe_file_tests!("tests/fixtures/probe34");
