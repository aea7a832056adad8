//! The twelfth blind probe (tests/fixtures/probe12/, docs/probe12.md): 24 pages of sites none
//! of the eleven earlier probes modelled, written and committed with their gold and manifest
//! before tarikh was run on them.
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
//! the gold parses in the eleventh probe's format, names existing pages and dates within its
//! precision, every evidence is copied from one of its pages, and the manifest names every page
//! once with a published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe12";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "Benkirane elected the PJD's secretary-general 'أمس السبت' in Bouznika after the 8 September elections; Othmani's signing of the tripartite declaration named with no date"),
    ("a12_ar.txt", "Iraq's parliament passes a law criminalising normalisation 'أمس الخميس', the Erbil conference of 'أيلول 2021'; Morocco named among the normalising states with no date"),
    ("e06_en.txt", "the African Union defers a decision on Israel's observer status (granted 'in July last year'); Morocco's normalisation named with no date"),
    ("f06_fr.txt", "Moroccan fans wave Palestinian flags in Qatar after the World Cup quarter-final won 'samedi à Doha'; the normalisation with Israel named with no date"),
];

// TODO(coordinator): FOUND, FOUND_WITH_MANIFEST, JOINED, JOINED_WITH_MANIFEST, KNOWN,
// KNOWN_TEXT, KNOWN_WITH_MANIFEST, KNOWN_TITLES, PUBLISHED_MISSED, PUBLISHED_WRONG, SCORES and
// `probe_support::probe_tests!();` after the blind score.

/// Publication dates: (file, the day, whether the text states it). a02 has no date line (its
/// manifest row is empty, the day only in its url `/2020/12/24/`); e02 has no date line either
/// (only '© 2021', its manifest row has the day). a04, a12 and e05 state their day though their
/// manifest rows have only the month; a07 and f02 state theirs though their manifest rows are
/// empty (f02's day also in its url `-20210726-`). a01 states it day first ('نشر في 11/12/2020
/// على الساعة 09:05'), a03 in Arabic-Indic digits ('الأربعاء ٢٣ ديسمبر ٢٠٢٠م'), a05 with a
/// Levantine month ('الجمعة 13 آب 2021'), a06 as '29-3-2022', a08 with an Algerian month ('22
/// فيفري 2022'), a09 as an ISO date ('2022-03-28 | 21:47'), a10 after a Hijri date ('الأربعاء 21
/// ذو الحجة 1443هـ الموافق 20 يوليو 2022م'), e01 before a Hebrew date ('Sunday, December 27,
/// 2020 at 5:41 pm | 12 Teves 5781'), e04 with an update line ('Published July 19, 2022 ·
/// Updated July 20, 2022'), e05 day first ('14 March 2022'), f01 as 'Publié 12-12-2020', f02
/// with two-digit years ('Publié le 26/07/21 à 11h02 — Mis à jour le 26/07/21 à 14h30').
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2020-12-11", true),
    ("a02_ar.txt", "2020-12-24", false),
    ("a03_ar.txt", "2020-12-23", true),
    ("a04_ar.txt", "2021-01-27", true),
    ("a05_ar.txt", "2021-08-13", true),
    ("a06_ar.txt", "2022-03-29", true),
    ("a07_ar.txt", "2021-11-24", true),
    ("a08_ar.txt", "2022-02-22", true),
    ("a09_ar.txt", "2022-03-28", true),
    ("a10_ar.txt", "2022-07-20", true),
    ("a11_ar.txt", "2021-10-31", true),
    ("a12_ar.txt", "2022-05-27", true),
    ("e01_en.txt", "2020-12-27", true),
    ("e02_en.txt", "2021-08-15", false),
    ("e03_en.txt", "2022-03-28", true),
    ("e04_en.txt", "2022-07-19", true),
    ("e05_en.txt", "2022-03-14", true),
    ("e06_en.txt", "2022-02-07", true),
    ("f01_fr.txt", "2020-12-12", true),
    ("f02_fr.txt", "2021-07-26", true),
    ("f03_fr.txt", "2021-08-12", true),
    ("f04_fr.txt", "2021-11-25", true),
    ("f05_fr.txt", "2022-02-22", true),
    ("f06_fr.txt", "2022-12-11", true),
];

probe_support::files::probe_file_tests!("tests/fixtures/probe11");
