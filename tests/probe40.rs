//! The fortieth blind probe (tests/fixtures/probe40/, docs/probe40.md): 24 pages of sites none
//! of the thirty-nine earlier probes modelled, written and committed with their gold and
//! manifest before tarikh was run on them.
//!
//! TODO (coordinator): fill the tables after the blind score: the events found (FOUND,
//! FOUND_WITH_MANIFEST, JOINED, JOINED_WITH_MANIFEST), the known failures with the row a fix
//! gives (KNOWN, KNOWN_TEXT, KNOWN_WITH_MANIFEST, KNOWN_TITLES), the publication dates missed or
//! wrong, and the scorer's counts (SCORES, a placeholder until then); until they are filled the
//! table tests of `probe_support::probe_tests!()` are not expected to pass. The file tests
//! (`probe_support::files::probe_file_tests!`) check the probe's own files: the gold parses in
//! the thirty-ninth probe's format, names existing pages and dates within its precision, every
//! evidence is copied from one of its pages, and the manifest names every page once with a
//! published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe40";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "the forty-ninth anniversary of Libyan Arab Airlines Flight 114, shot down over Sinai by Israeli fighters 'في الحادي والعشرين من فبراير 1973' (history outside the window, Libya-Israel); the victims' families' vigil 'صباح اليوم' and press conference 'الأسبوع المقبل' (Libya's own affairs); Morocco only in a list of normalising states ('من الإمارات والبحرين إلى المغرب والسودان') with no date"),
    ("a12_ar.txt", "Khartoum's resistance committees march 'أمس السبت' (6 February 2021) against normalisation (a protest, Sudan's own affair); Eli Cohen's visit to Khartoum 'الشهر الماضي' and Sudan's signature of the Abraham Accords declaration 'في السادس من يناير الماضي' (Sudan-Israel and Sudan-United States); the repeal of the 1958 boycott law 'قريبا' and a seminar 'يوم الثلاثاء المقبل'; Morocco only in 'على غرار الإمارات والبحرين والمغرب'"),
    ("e06_en.txt", "sixty years since Operation Yachin, 'in late November 1961' to 'the spring of 1964' (history outside the window, Morocco-Israel); Hassan II's accession 'that February'; Morocco and Israel's renewed relations 'last December' (a month recall); a Detroit community lecture 'on Sunday, Dec. 5' (a plan of the community's own)"),
    ("f06_fr.txt", "Tunisia's draft constitution, published « jeudi soir » (30 June 2022), has no clause criminalising normalisation (Tunisia's own affair); Saïed « Pendant sa campagne de 2019 »; a bill « déposée en 2020 »; the Parliament frozen « le 25 juillet 2021 »; a rally « samedi » and the referendum « le 25 juillet » (plans of Tunisia's own); Morocco only « en décembre 2020 » (a month recall)"),
];

/// Publication dates: (file, the day, whether the text states it). a10 has no date in its text
/// (Essahraa's page with a menu, key words and a comment box; its manifest row has the day,
/// 2021-11-25; its 'يوم الأربعاء' and 'مساء الثلاثاء' are dated only by it). a06's date is only
/// at the foot, in an Algerian month ('22 فيفري 2022', manifest empty). a01 is a Moroccan month
/// with a weekday ('الخميس 12 غشت 2021 - 13:40', manifest only 2021-08), a02 a byline without a
/// weekday ('مغرب تايمز - الرباط | 13 يناير 2022 - 18:05', manifest empty), a03 an Egyptian
/// layout with a comma after the weekday and an update line at the foot ('الثلاثاء، 26 يوليو
/// 2022 - 12:40 م'), a04 a Levantine month with a weekday and no time ('الأربعاء 20 تموز 2022',
/// manifest only 2022-07), a05 day-first numeric with an update line ('تاريخ النشر: 19/10/2021 -
/// 17:52 | آخر تحديث: 19/10/2021 - 20:05'), a07 Gregorian then Hijri ('السبت 26 ديسمبر 2020 - 11
/// جمادى الأولى 1442'), a08 Hijri then Gregorian in Arabic-Indic digits ('الأربعاء ٤ ذو الحجة
/// ١٤٤٢ هـ - ١٤ يوليو ٢٠٢١ م', manifest empty), a09 an issue number and a dashed day-first date
/// ('العدد 4512 | الأربعاء 23-12-2020', manifest only 2020-12, its url holds '/2020/12/23/'),
/// a11 'الاثنين 21 فبراير 2022 - 10:25', a12 a comma after the weekday and a zero-padded day
/// ('الأحد, 07 فبراير 2021', manifest empty). e01 ANSA's '28 March 2022 17:21' with the dateline
/// '(ANSA) - SDE BOKER, MARCH 28 -' (manifest only 2022-03), e02 'June 27, 2022' under the
/// byline (manifest empty), e03 a ministry's dotted day-first '26.01.2021', e04 'Monday, 9 May
/// 2022' with 'Last updated: 10:05 (BST)', e05 dpa's dotted '25.07.2022, 18:43' (manifest only
/// 2022-07), e06 in the byline 'By Rachel Kapen | November 28, 2021'; f01 'Publié le 14 décembre
/// 2021' (manifest only 2021-12), f02 'Par Le JSL avec AFP - Publié le 10/12/2020 à 21:15'
/// (manifest empty), f03 'Publié le 22 décembre 2020 à 19h02, modifié à 20h15', f04 in the byline
/// 'Par Maroc Leaders - 24 mai 2022' (manifest only 2022-05), f05 'Publié le 25/07/2021 à
/// 22h47', f06 in the byline 'Par Rim Ben Fraj | 1 juillet 2022'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2021-08-12", true),
    ("a02_ar.txt", "2022-01-13", true),
    ("a03_ar.txt", "2022-07-26", true),
    ("a04_ar.txt", "2022-07-20", true),
    ("a05_ar.txt", "2021-10-19", true),
    ("a06_ar.txt", "2022-02-22", true),
    ("a07_ar.txt", "2020-12-26", true),
    ("a08_ar.txt", "2021-07-14", true),
    ("a09_ar.txt", "2020-12-23", true),
    ("a10_ar.txt", "2021-11-25", false),
    ("a11_ar.txt", "2022-02-21", true),
    ("a12_ar.txt", "2021-02-07", true),
    ("e01_en.txt", "2022-03-28", true),
    ("e02_en.txt", "2022-06-27", true),
    ("e03_en.txt", "2021-01-26", true),
    ("e04_en.txt", "2022-05-09", true),
    ("e05_en.txt", "2022-07-25", true),
    ("e06_en.txt", "2021-11-28", true),
    ("f01_fr.txt", "2021-12-14", true),
    ("f02_fr.txt", "2020-12-10", true),
    ("f03_fr.txt", "2020-12-22", true),
    ("f04_fr.txt", "2022-05-24", true),
    ("f05_fr.txt", "2021-07-25", true),
    ("f06_fr.txt", "2022-07-01", true),
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
/// docs/probe40.md. TODO (coordinator).
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

probe_support::files::probe_file_tests!("tests/fixtures/probe39");
