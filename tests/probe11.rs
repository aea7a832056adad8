//! The eleventh blind probe (tests/fixtures/probe11/, docs/probe11.md): 24 pages of sites none
//! of the ten earlier probes modelled, written and committed with their gold and manifest before
//! tarikh was run on them.
//!
//! TODO (coordinator, after the blind score): this file does not run tarikh yet, because the
//! probe tests of `probe_support::probe_tests!` need the tables `FOUND`,
//! `FOUND_WITH_MANIFEST`, `JOINED`, `JOINED_WITH_MANIFEST`, `KNOWN`, `KNOWN_TEXT`,
//! `KNOWN_WITH_MANIFEST`, `KNOWN_TITLES`, `PUBLISHED_MISSED`, `PUBLISHED_WRONG` and `SCORES`,
//! which only a run can fill (every required gold event must be in `FOUND` or a known failure).
//! They are left to the coordinator after the blind score; then `use probe_support::{Expect,
//! Known};` and `probe_support::probe_tests!();` are added as in the earlier probes' files. The
//! tables below are those that need no run: the pages that must give no row and the publication
//! dates (both from the pages themselves).
//!
//! Until then the tests check the probe's own files (`probe_support::files::probe_file_tests!`):
//! the gold parses in the tenth probe's format, names existing pages and dates within its
//! precision, every evidence is copied from one of its pages, and the manifest names every page
//! once with a published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe11";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "Moroccans march 'أمس الجمعة' for Gaza and against normalisation; the Israeli liaison office named with no event; no date line"),
    ("a12_ar.txt", "a history of Morocco-Israel contacts: Peres in Ifrane (July 1986), the liaison offices of 1994 closed in October 2000, Barak at Hassan II's funeral (July 1999); the resumption named with no date"),
    ("e06_en.txt", "Israel's president Herzog received by Erdoğan in Ankara; Morocco named among the Abraham Accords states with no date"),
    ("f06_fr.txt", "Morocco recalls its ambassador to Tunis after Saïed receives the Polisario's leader at TICAD 8; the normalisation with Israel named with no date"),
];

// TODO(coordinator): FOUND, FOUND_WITH_MANIFEST, JOINED, JOINED_WITH_MANIFEST, KNOWN,
// KNOWN_TEXT, KNOWN_WITH_MANIFEST, KNOWN_TITLES, PUBLISHED_MISSED, PUBLISHED_WRONG, SCORES and
// `probe_support::probe_tests!();` after the blind score.

/// Publication dates: (file, the day, whether the text states it). a11 has no date in its text
/// (its manifest row has the day). a03, a12 and e03 state their day though their manifest rows
/// have only the month; a07, e05 and f04 state theirs though their manifest rows are empty; f02
/// states its day and its manifest row is empty, the day being in its url
/// (`/2021-07-26-israir-…`). a02 states its day after a Hijri date ('الأربعاء 8 جمادى الأولى
/// 1442 الموافق 23 دجنبر 2020'), a05 in Arabic-Indic digits after a Hijri date ('الخميس ٢٢ ذو
/// الحجة ١٤٤٣هـ - ٢١ يوليو ٢٠٢٢م'), a10 only as '27-01-2021 | 11:05', e02 after a Hebrew date
/// ('4 Elul 5781 – August 12, 2021'), e03 month first ('Published Mar 14, 2022'), e04 day first
/// ('18/07/2022').
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2020-12-11", true),
    ("a02_ar.txt", "2020-12-23", true),
    ("a03_ar.txt", "2020-12-22", true),
    ("a04_ar.txt", "2021-11-25", true),
    ("a05_ar.txt", "2022-07-21", true),
    ("a06_ar.txt", "2022-03-29", true),
    ("a07_ar.txt", "2021-07-26", true),
    ("a08_ar.txt", "2021-08-12", true),
    ("a09_ar.txt", "2022-02-22", true),
    ("a10_ar.txt", "2021-01-27", true),
    ("a11_ar.txt", "2021-05-15", false),
    ("a12_ar.txt", "2021-07-14", true),
    ("e01_en.txt", "2020-12-22", true),
    ("e02_en.txt", "2021-08-12", true),
    ("e03_en.txt", "2022-03-14", true),
    ("e04_en.txt", "2022-07-18", true),
    ("e05_en.txt", "2021-11-24", true),
    ("e06_en.txt", "2022-03-09", true),
    ("f01_fr.txt", "2020-12-26", true),
    ("f02_fr.txt", "2021-07-26", true),
    ("f03_fr.txt", "2022-02-22", true),
    ("f04_fr.txt", "2022-03-28", true),
    ("f05_fr.txt", "2021-11-25", true),
    ("f06_fr.txt", "2022-08-27", true),
];

probe_support::files::probe_file_tests!("tests/fixtures/probe10");
