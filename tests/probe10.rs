//! The tenth blind probe (tests/fixtures/probe10/, docs/probe10.md): 24 pages of sites none of
//! the nine earlier probes modelled, written and committed with their gold and manifest before
//! tarikh was run on them.
//!
//! TODO (coordinator, after the blind score): this file does not run tarikh yet, because the
//! probe tests of `probe_support::probe_tests!` need the tables `FOUND`,
//! `FOUND_WITH_MANIFEST`, `JOINED`, `JOINED_WITH_MANIFEST`, `KNOWN`, `KNOWN_TEXT`,
//! `KNOWN_WITH_MANIFEST`, `KNOWN_TITLES`, `PUBLISHED_MISSED`, `PUBLISHED_WRONG` and `SCORES`,
//! which only a run can fill (every required gold event must be in `FOUND` or a known failure).
//! They are filled by the coordinator after the blind score; then `use probe_support::{Expect,
//! Known};` and `probe_support::probe_tests!();` are added as in the earlier probes' files. The
//! tables below are those that need no run: the pages that must give no row and the publication
//! dates (both from the pages themselves).
//!
//! Until then the tests check the probe's own files (`probe_support::files::probe_file_tests!`):
//! the gold parses in the ninth probe's format, names existing pages and dates within its
//! precision, every evidence is copied from one of its pages, and the manifest names every page
//! once with a published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe10";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "Israel's president Herzog in Abu Dhabi; Morocco named only as a later signatory of the Abraham Accords, with no day"),
    ("a12_ar.txt", "Morocco's World Cup players and fans raise the Palestinian flag in Doha; normalisation named with no event"),
    ("e06_en.txt", "Spain's prime minister Sánchez received by the King in Rabat; the restored ties with Israel named with no day"),
    ("f06_fr.txt", "Algeria closes its airspace to Moroccan aircraft; an Israeli minister's words 'from Moroccan territory' with no day"),
];

/// Publication dates: (file, the day, whether the text states it). f05 has no date in its text
/// (its manifest row has the day); e06 has only Africanews' 'Last updated: 07/04 - 21:12', a day
/// and month with no year (its manifest row has only the month; its url has the day). a04 and
/// a09 state their day though their manifest rows have only the month; e01 states its day only
/// in its wire dateline ('Dec. 22 (UPI)', no year) and its manifest row has nothing (its url has
/// the day); a12's manifest row has nothing either; a10 states its day only at its foot, Hijri
/// first; a01 only inside 'نشر في الأحداث المغربية يوم 11 - 12 - 2020'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2020-12-11", true),
    ("a02_ar.txt", "2020-12-22", true),
    ("a03_ar.txt", "2020-12-26", true),
    ("a04_ar.txt", "2021-01-27", true),
    ("a05_ar.txt", "2021-07-27", true),
    ("a06_ar.txt", "2021-08-12", true),
    ("a07_ar.txt", "2021-11-24", true),
    ("a08_ar.txt", "2022-03-13", true),
    ("a09_ar.txt", "2022-03-28", true),
    ("a10_ar.txt", "2022-07-19", true),
    ("a11_ar.txt", "2022-01-31", true),
    ("a12_ar.txt", "2022-12-11", true),
    ("e01_en.txt", "2020-12-22", true),
    ("e02_en.txt", "2020-12-24", true),
    ("e03_en.txt", "2021-08-11", true),
    ("e04_en.txt", "2022-02-21", true),
    ("e05_en.txt", "2022-07-21", true),
    ("e06_en.txt", "2022-04-07", false),
    ("f01_fr.txt", "2020-12-26", true),
    ("f02_fr.txt", "2021-07-25", true),
    ("f03_fr.txt", "2021-08-11", true),
    ("f04_fr.txt", "2021-11-24", true),
    ("f05_fr.txt", "2022-03-29", false),
    ("f06_fr.txt", "2021-09-22", true),
];

probe_support::files::probe_file_tests!("tests/fixtures/probe10");
