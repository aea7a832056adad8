//! The ninth blind probe (tests/fixtures/probe9/, docs/probe9.md): 24 pages of sites none of
//! the eight earlier probes modelled, written and committed with their gold and manifest before
//! tarikh was run on them.
//!
//! TODO (coordinator, after the blind score): this file does not run tarikh yet, because the
//! probe tests of tests/probe8.rs (`probe_support::probe_tests!`) need the tables `FOUND`,
//! `FOUND_WITH_MANIFEST`, `JOINED`, `JOINED_WITH_MANIFEST`, `KNOWN`, `KNOWN_TEXT`,
//! `KNOWN_WITH_MANIFEST`, `KNOWN_TITLES`, `PUBLISHED_MISSED`, `PUBLISHED_WRONG` and `SCORES`,
//! which only a run can fill (every required gold event must be in `FOUND` or a known failure).
//! They are filled by the coordinator after the blind score; then `use probe_support::{Expect,
//! Known};` and `probe_support::probe_tests!();` are added as in tests/probe8.rs. The tables below
//! are those that need no run: the pages that must give no row and the publication dates (both
//! from the pages themselves), kept in the shape tests/probe8.rs gives them.
//!
//! Until then the tests check the probe's own files (`probe_support::files::probe_file_tests!`):
//! the gold parses in the eighth probe's format, names existing pages and dates within its
//! precision, every evidence is copied from one of its pages, and the manifest names every page
//! once with a published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe9";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a10_ar.txt", "Jordan, Israel and the UAE sign the energy-for-water declaration in Dubai; Morocco not named"),
    ("a11_ar.txt", "Algeria breaks off relations with Morocco; the Israeli minister's words 'from Moroccan soil' with no day"),
    ("e04_en.txt", "an op-ed on normalisation and Western Sahara with no dated event"),
    ("f03_fr.txt", "history of 1986, 1993, 1994 and 2000 on a page of July 2021"),
];

/// Publication dates: (file, the day, whether the text states it). e04 has no date at all (its
/// manifest row has none and its url no day); f04 has none either (its manifest row has the
/// day). a05 and a06 state their day though their manifest rows have only the month; a09 states
/// its day though its manifest row has nothing (its url has the day); a11 states it only at its
/// foot; e06 only in its dateline.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2020-12-22", true),
    ("a02_ar.txt", "2020-12-26", true),
    ("a03_ar.txt", "2021-01-27", true),
    ("a04_ar.txt", "2021-07-26", true),
    ("a05_ar.txt", "2021-08-12", true),
    ("a06_ar.txt", "2021-11-25", true),
    ("a07_ar.txt", "2022-02-22", true),
    ("a08_ar.txt", "2022-03-14", true),
    ("a09_ar.txt", "2022-03-28", true),
    ("a10_ar.txt", "2021-11-22", true),
    ("a11_ar.txt", "2021-08-24", true),
    ("a12_ar.txt", "2022-07-19", true),
    ("e01_en.txt", "2020-12-10", true),
    ("e02_en.txt", "2021-11-24", true),
    ("e03_en.txt", "2022-07-26", true),
    ("e04_en.txt", "2021-12-14", false),
    ("e05_en.txt", "2022-07-21", true),
    ("e06_en.txt", "2021-07-25", true),
    ("f01_fr.txt", "2020-12-11", true),
    ("f02_fr.txt", "2021-08-13", true),
    ("f03_fr.txt", "2021-07-22", true),
    ("f04_fr.txt", "2022-03-29", false),
    ("f05_fr.txt", "2022-07-27", true),
    ("f06_fr.txt", "2022-02-22", true),
];

probe_support::files::probe_file_tests!("tests/fixtures/probe8");
