//! The thirty-sixth blind probe (tests/fixtures/probe36/, docs/probe36.md): 24 pages of sites
//! none of the thirty-five earlier probes modelled, written and committed with their gold and
//! manifest before tarikh was run on them.
//!
//! TODO (coordinator): fill the tables after the blind score: the events found (FOUND,
//! FOUND_WITH_MANIFEST, JOINED, JOINED_WITH_MANIFEST), the known failures with the row a fix
//! gives (KNOWN, KNOWN_TEXT, KNOWN_WITH_MANIFEST, KNOWN_TITLES), the publication dates missed or
//! wrong, and the scorer's counts (SCORES, a placeholder until then); until they are filled the
//! table tests of `probe_support::probe_tests!()` are not expected to pass. The file tests
//! (`probe_support::files::probe_file_tests!`) check the probe's own files: the gold parses in
//! the thirty-fifth probe's format, names existing pages and dates within its precision, every
//! evidence is copied from one of its pages, and the manifest names every page once with a
//! published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe36";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "Morocco recalls its ambassador from Tunis 'أمس الجمعة' (26 August 2022) after Saied receives Brahim Ghali for TICAD 8, Tunisia recalls its own 'صباح اليوم', the summit 'يومي 27 و28 أوت' (Morocco-Tunisia, Algerian site, 'نظام المخزن'); Algeria's break 'في 24 أوت من العام الماضي' (Algeria-Morocco), Israel only in a recall 'منذ توقيع اتفاق التطبيع في ديسمبر 2020'"),
    ("a12_ar.txt", "'في مثل هذا اليوم من عام 1986': Hassan II receives Shimon Peres in Ifrane, Syria breaks with Rabat, Rabin in Rabat 'في سبتمبر 1993', the liaison offices of '1994' closed 'في أكتوبر 2000' (Morocco-Israel history outside 2020-2022); the resumption only 'أواخر العام الماضي'"),
    ("e06_en.txt", "Sisi receives Bennett in Sharm El-Sheikh 'on Monday' (13 September 2021), Netanyahu and Mubarak 'in January 2011', EgyptAir's Tel Aviv flights 'soon' (Egypt-Israel); Morocco only named among the states that 'agreed to normalize relations with Israel last year'"),
    ("f06_fr.txt", "Staffan de Mistura received by Bourita in Rabat « jeudi » (13 January 2022), his tour of Tindouf, Algiers and Nouakchott as a plan, the autonomy plan « présenté en 2007 » (Morocco and the UN on Western Sahara); Israel only in the recall « annoncée par Donald Trump en décembre 2020 en même temps que la reprise des relations entre le Maroc et Israël »"),
];

/// Publication dates: (file, the day, whether the text states it). a10 has no date in its text
/// (Baj News's undated report on Israeli tourism in Morocco, with a menu, 'باج نيوز - تقارير' and
/// undated related links; its manifest row has the day, 2022-08-03; its dates are the absolute
/// 'في 25 يوليو 2021' and 'في 13 مارس الماضي', whose year only the manifest gives). a02's date is
/// only at the foot, year first ('تاريخ النشر: 2022/03/14 - 10:22', manifest empty); f05's only
/// at the foot with dots ('Publié le 28.03.2022 à 18:52') above a related link of '(27.03.2022)'.
/// a05 states it in Arabic-Indic digits, day first ('تاريخ النشر : ١٢-٠٨-٢٠٢١ ٠٩:٤٠ ص', manifest
/// empty). a01 has a date line and an update line of the next day ('الاثنين 21 فبراير 2022 -
/// 18:40', 'آخر تحديث: الثلاثاء 22 فبراير 2022 - 08:05'; manifest only 2022-02, its url has the
/// day). a03 is Egyptian numeric after the byline ('كتب: محمد السيد      الأربعاء 24-11-2021
/// 21:37'), a04 Levantine ('الإثنين 28 آذار 2022 - 14:02', manifest only 2022-03), a06 with a
/// comma after the month ('نشر في: 19 يوليو، 2022 - 16:20'), a07 a Tunisian month without a
/// weekday in the byline ('فريق التحرير - 28 جويلية 2022', manifest only 2022-07), a08 the pair
/// 'الجمعة 11 كانون الأول/ديسمبر 2020 - 09:15', a09 a print issue line ('الأربعاء 23 ديسمبر 2020 -
/// العدد 16540', manifest empty), a11 'السبت 27 أوت 2022 | 11:30' (manifest only 2022-08), a12
/// Hijri then Gregorian ('الخميس 12 ذو الحجة 1442 هـ - 22 يوليو 2021 م'). e01 'By Michael Arria
/// December 23, 2020', e02 'Tuesday, July 26, 2022 - 19:40' (manifest empty), e03 year first
/// ('By Pablo Díaz | 2021-07-26', manifest only 2021-07), e04 'Jul 22, 2021 | 4 min read', e05 'FEB
/// 22, 2022' in capitals (manifest empty), e06 'September 14, 2021'; f01 'Par La rédaction | Jeudi
/// 12 août 2021 à 17h20' (manifest only 2021-08), f02 'Le 26 décembre 2020 à 13h07, modifié le 26
/// décembre 2020 à 14h15', f03 'Publié le 17/03/2022 par Rédaction Pagtour' (manifest only
/// 2022-03), f04 'Par Rédaction - 25 novembre 2021' (manifest empty), f06 '14 janvier 2022 | Par
/// La rédaction'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2022-02-21", true),
    ("a02_ar.txt", "2022-03-14", true),
    ("a03_ar.txt", "2021-11-24", true),
    ("a04_ar.txt", "2022-03-28", true),
    ("a05_ar.txt", "2021-08-12", true),
    ("a06_ar.txt", "2022-07-19", true),
    ("a07_ar.txt", "2022-07-28", true),
    ("a08_ar.txt", "2020-12-11", true),
    ("a09_ar.txt", "2020-12-23", true),
    ("a10_ar.txt", "2022-08-03", false),
    ("a11_ar.txt", "2022-08-27", true),
    ("a12_ar.txt", "2021-07-22", true),
    ("e01_en.txt", "2020-12-23", true),
    ("e02_en.txt", "2022-07-26", true),
    ("e03_en.txt", "2021-07-26", true),
    ("e04_en.txt", "2021-07-22", true),
    ("e05_en.txt", "2022-02-22", true),
    ("e06_en.txt", "2021-09-14", true),
    ("f01_fr.txt", "2021-08-12", true),
    ("f02_fr.txt", "2020-12-26", true),
    ("f03_fr.txt", "2022-03-17", true),
    ("f04_fr.txt", "2021-11-25", true),
    ("f05_fr.txt", "2022-03-28", true),
    ("f06_fr.txt", "2022-01-14", true),
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
/// docs/probe36.md. TODO (coordinator).
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

probe_support::files::probe_file_tests!("tests/fixtures/probe35");
