//! The thirty-fourth blind probe (tests/fixtures/probe34/, docs/probe34.md): 24 pages of sites
//! none of the thirty-three earlier probes modelled, written and committed with their gold and
//! manifest before tarikh was run on them.
//!
//! TODO (coordinator): fill the tables after the blind score: the events found (FOUND,
//! FOUND_WITH_MANIFEST, JOINED, JOINED_WITH_MANIFEST), the known failures with the row a fix
//! gives (KNOWN, KNOWN_TEXT, KNOWN_WITH_MANIFEST, KNOWN_TITLES), the publication dates missed or
//! wrong, and the scorer's counts (SCORES, a placeholder until then); until they are filled the
//! table tests of `probe_support::probe_tests!()` are not expected to pass. The file tests
//! (`probe_support::files::probe_file_tests!`) check the probe's own files: the gold parses in
//! the thirty-third probe's format, names existing pages and dates within its precision, every
//! evidence is copied from one of its pages, and the manifest names every page once with a
//! published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe34";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "Libyan MPs open their consultative meeting in Tangier 'أمس الاثنين' (23 November 2020), the Bouznika rounds 'في أيلول وتشرين الأول الماضيين' (Libya, hosted by Morocco); Israel only named in 'موجة من اتفاقات التطبيع مع إسرائيل', no Morocco-Israel event"),
    ("a12_ar.txt", "Ghazouani begins a state visit to Algeria 'أمس الاثنين' (27 December 2021), agreements planned 'اليوم الثلاثاء' (Mauritania-Algeria, Mauritanian 'دجمبر'); Morocco and Israel only named in 'تطبيع الرباط مع إسرائيل' and Algeria's break 'منذ أغشت الماضي', no Morocco-Israel event"),
    ("e06_en.txt", "The African Union summit postpones 'on Sunday' (6 February 2022) the vote on Israel's observer status, granted by Faki 'last July' (Israel-AU); Morocco only named as a state that 'restored ties with Israel in 2020' and did not join the objection"),
    ("f06_fr.txt", "Burkina Faso opens a consulate general in Dakhla 'ce vendredi 23 octobre 2020' with Bourita, agreements signed « La veille » in Laâyoune (Burkina Faso-Morocco); Israel not named, no Morocco-Israel event"),
];

/// Publication dates: (file, the day, whether the text states it). a10 has no date in its text
/// (Snack Syrian's undated recap of eight months of normalisation, with a menu, 'سناك سوري -
/// متابعات' and undated related links; its manifest row has the day, 2021-08-03; its dates are
/// 'في 25 كانون الأول/ديسمبر 2020', 'يوم 26 كانون الثاني/يناير 2021' and the month 'في
/// تموز/يوليو 2021'). f05 has no date line either (Tourisma Post's trade page on Royal Air
/// Maroc's first Tel Aviv flight 'le dimanche 13 mars 2022'; manifest empty; the table takes the
/// day after, 2022-03-14, the text not stating it). a02's date is only at the foot after the
/// byline ('نشر في: الخميس 25 نونبر 2021 - 11:20', manifest empty), f04's only at the foot ('Par
/// La Rédaction / Publié le 23/02/2022', manifest empty, its url carrying the day), e03's in a
/// byline ('BY LIEL LEIBOVITZ / AUGUST 16, 2021', manifest empty). a05 states its day in a
/// numeric 'تاريخ النشر : 12-08-2021 10:20 AM' (manifest empty), a06 in an Algerian month
/// without a weekday ('21 جويلية 2022', manifest empty), a08 in Arabic-Indic numerals
/// ('٢٠٢٠/١٢/٢٣ | ١٠:١٥', manifest empty), a12 in a Mauritanian month ('الثلاثاء 28 دجمبر 2021 -
/// 10:30', manifest empty), e04 in 'Mon, Mar. 28, 2022 - 19:05' above the source line (manifest
/// empty). a01, a04, a07, a09, e01 and f03 state their day though their manifest rows have only
/// the month: a01 a Moroccan month ('الأحد 25 يوليوز 2021 - 21:40'), a04 a Levantine one
/// ('الأربعاء 27 تموز 2022 - 12:40'), a07 'الاثنين 14 مارس 2022 | 13:05' under the rubric, a09
/// the pair '21 شباط/فبراير 2022' under the rubric with an update line 'تحديث: 21 شباط/فبراير
/// 2022 - 19:45 بتوقيت غرينتش' at the foot, e01 'By Dave Schechter | December 30, 2020', f03
/// 'Dimanche 27 mars 2022 à 21h10' under 'Belga'. a03 has an Egyptian layout ('الإثنين، 28 مارس
/// 2022 09:15 م'), a11 'الثلاثاء 24 نوفمبر 2020' without a time; e02 'July 26, 2021' under the
/// author with 'Updated July 27, 2021 9:40 a.m.', e05 'July 22, 2022' under the byline, e06
/// 'February 7, 2022'; f01 'Publié le 10/12/2020 à 19:52 - Mis à jour le 11/12/2020 à 08:14',
/// f02 'Publié le 24/11/2021 à 18:35 Mis à jour le 24/11/2021 à 19:02' under 'Par AFP', f06
/// 'Publié le vendredi 23 octobre 2020 à 21h30min'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2021-07-25", true),
    ("a02_ar.txt", "2021-11-25", true),
    ("a03_ar.txt", "2022-03-28", true),
    ("a04_ar.txt", "2022-07-27", true),
    ("a05_ar.txt", "2021-08-12", true),
    ("a06_ar.txt", "2022-07-21", true),
    ("a07_ar.txt", "2022-03-14", true),
    ("a08_ar.txt", "2020-12-23", true),
    ("a09_ar.txt", "2022-02-21", true),
    ("a10_ar.txt", "2021-08-03", false),
    ("a11_ar.txt", "2020-11-24", true),
    ("a12_ar.txt", "2021-12-28", true),
    ("e01_en.txt", "2020-12-30", true),
    ("e02_en.txt", "2021-07-26", true),
    ("e03_en.txt", "2021-08-16", true),
    ("e04_en.txt", "2022-03-28", true),
    ("e05_en.txt", "2022-07-22", true),
    ("e06_en.txt", "2022-02-07", true),
    ("f01_fr.txt", "2020-12-10", true),
    ("f02_fr.txt", "2021-11-24", true),
    ("f03_fr.txt", "2022-03-27", true),
    ("f04_fr.txt", "2022-02-23", true),
    ("f05_fr.txt", "2022-03-14", false),
    ("f06_fr.txt", "2020-10-23", true),
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
/// docs/probe34.md. TODO (coordinator).
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

probe_support::files::probe_file_tests!("tests/fixtures/probe33");
