//! The twelfth blind probe (tests/fixtures/probe12/, docs/probe12.md): 24 pages of sites none
//! of the eleven earlier probes modelled, written and committed with their gold and manifest
//! before tarikh was run on them.
//!
//! The same shape as tests/probe11.rs: the events tarikh finds, which must stay found, and the
//! known failures, each in the state it is in today next to the row a fix gives (or `None`
//! when the row should go), and the scorer's counts. The tables were filled after the blind
//! score (docs/probe12.md), at the end of the eighteenth session; text and manifest runs give
//! the same rows.
//!
//! The tests below them also check the probe's own files (`probe_support::files::probe_file_tests!`):
//! the gold parses in the eleventh probe's format, names existing pages and dates within its
//! precision, every evidence is copied from one of its pages, and the manifest names every page
//! once with a published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe12";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "Benkirane elected the PJD's secretary-general 'أمس السبت' in Bouznika after the 8 September elections; Othmani's signing of the tripartite declaration named with no date (a report that joins the declaration's row, see JOINED)"),
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

/// Events found from the text and with the manifest: (gold event key, the row).
const FOUND: &[(&str, Expect)] = &[
    ("king_trump_call", ("a01_ar.txt", "2020-12-10", "call", "occurred", &["Mohammed VI of Morocco", "Donald Trump"])),
    ("mou_civil_aviation_2020_12_22", ("e01_en.txt", "2020-12-22", "agreement", "occurred", &["Benjamin Netanyahu", "Mohammed VI of Morocco"])),
    // «وبين يدي جلالته، وُقّع إعلان مشترك»: done before the King at the audience told two
    // sentences before, on its day; the American and Israeli sides are the audience's visitors.
    ("joint_declaration_2020_12_22", ("a02_ar.txt", "2020-12-22", "agreement", "occurred", &["Saadeddine Othmani", "Jared Kushner", "Meir Ben-Shabbat"])),
    ("us_israeli_delegation_visit", ("a02_ar.txt", "2020-12-22", "visit", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])),
    ("royal_audience_2020_12_22", ("a02_ar.txt", "2020-12-22", "meeting", "occurred", &["Mohammed VI of Morocco", "Jared Kushner", "Meir Ben-Shabbat"])),
    ("el_al_flight_2020_12_22", ("a03_ar.txt", "2020-12-22", "flight", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])),
    ("king_netanyahu_call", ("e01_en.txt", "2020-12-25", "call", "occurred", &["Mohammed VI of Morocco", "Benjamin Netanyahu"])),
    ("ushpiz_govrin_arrival", ("a04_ar.txt", "2021-01-26", "visit", "occurred", &["Alon Ushpiz"])),
    ("israir_first_flight_marrakesh", ("f02_fr.txt", "2021-07-25", "flight", "occurred", &["Jared Kushner"])),
    ("lapid_bourita_agreements", ("a05_ar.txt", "2021-08-11", "agreement", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("lapid_visit", ("a05_ar.txt", "2021-08-11", "visit", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("lapid_bourita_talks", ("a05_ar.txt", "2021-08-11", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("lapid_liaison_office_opening", ("a05_ar.txt", "2021-08-12", "opening", "occurred", &["David Govrin", "Yair Lapid"])),
    ("gantz_arrival", ("a07_ar.txt", "2021-11-23", "visit", "occurred", &["Benny Gantz"])),
    ("gantz_loudiyi_mou", ("a07_ar.txt", "2021-11-24", "agreement", "occurred", &["Benny Gantz"])),
    // Twenty-fourth session: «والتقى الوزير الإسرائيلى أيضا … بوريطة» after «مساء أمس الثلاثاء»,
    // no day of its own, is of the story's day (src/events/evening.rs).
    ("gantz_bourita_meeting", ("a07_ar.txt", "2021-11-24", "meeting", "occurred", &["Benny Gantz", "Nasser Bourita"])),
    // gantz_mausoleum (optional): since the forty-second session the wreath is a stop of the trip its page
    // places in Rabat, not a visit row of its own (src/merge/fit.rs a_stop_in_the_trips_city).
    ("barbivai_mezzour_agreement", ("f05_fr.txt", "2022-02-21", "agreement", "occurred", &["Orna Barbivai", "Ryad Mezzour"])),
    ("barbivai_visit", ("f05_fr.txt", "2022-02-21", "visit", "occurred", &["Orna Barbivai"])),
    ("ram_first_tel_aviv_flight", ("e05_en.txt", "2022-03-13", "flight", "occurred", &[])),
    ("negev_summit", ("a06_ar.txt", "2022-03-28", "meeting", "occurred", &["Yair Lapid", "Antony Blinken", "Abdullah bin Zayed Al Nahyan", "Abdullatif bin Rashid Al Zayani", "Nasser Bourita", "Sameh Shoukry"])),
    ("kochavi_visit", ("a10_ar.txt", "2022-07-18", "visit", "occurred", &["Aviv Kochavi", "Farouk Belkhir"])),
    // e04's plan "during the trip" (the arrival's day) and a10's report "during the visit" (its
    // last day): talks each dated only by the visit they are told during, one row.
    ("kochavi_farouk_meeting", ("a10_ar.txt", "2022-07-20", "meeting", "occurred", &["Aviv Kochavi", "Farouk Belkhir"])),
    ("kochavi_loudiyi_meeting", ("a10_ar.txt", "2022-07-20", "meeting", "occurred", &["Aviv Kochavi", "Abdellatif Loudiyi"])),
];

/// Found only with the manifest.
const FOUND_WITH_MANIFEST: &[(&str, Expect)] = &[];

/// Reports of an event in other pages that join its row, from the text and with the manifest:
/// (gold event key, file).
const JOINED: &[(&str, &str)] = &[
    ("king_trump_call", "f01_fr.txt"),
    // a11 names Othmani's signing of the tripartite declaration with no date (its news is
    // Benkirane's election): a report of that signing, joining its row, no row of its own (so in NO_ROW too).
    ("joint_declaration_2020_12_22", "a11_ar.txt"),
    ("us_israeli_delegation_visit", "a03_ar.txt"),
    ("us_israeli_delegation_visit", "e05_en.txt"),
    ("royal_audience_2020_12_22", "a03_ar.txt"),
    ("el_al_flight_2020_12_22", "a02_ar.txt"),
    ("king_netanyahu_call", "a04_ar.txt"),
    ("israir_first_flight_marrakesh", "e05_en.txt"),
    ("lapid_bourita_agreements", "e02_en.txt"),
    ("lapid_bourita_agreements", "f03_fr.txt"),
    ("lapid_visit", "e02_en.txt"),
    ("lapid_visit", "f03_fr.txt"),
    ("lapid_bourita_talks", "f03_fr.txt"),
    ("lapid_liaison_office_opening", "e02_en.txt"),
    ("lapid_liaison_office_opening", "f03_fr.txt"),
    ("gantz_arrival", "f04_fr.txt"),
    ("gantz_loudiyi_mou", "a10_ar.txt"),
    ("gantz_loudiyi_mou", "e04_en.txt"),
    ("barbivai_mezzour_agreement", "a08_ar.txt"),
    ("ram_first_tel_aviv_flight", "a08_ar.txt"),
    ("ram_first_tel_aviv_flight", "f05_fr.txt"),
    ("negev_summit", "a09_ar.txt"),
    ("negev_summit", "e03_en.txt"),
    ("kochavi_visit", "e04_en.txt"),
    ("kochavi_farouk_meeting", "e04_en.txt"),
];

/// Joined only with the manifest.
const JOINED_WITH_MANIFEST: &[(&str, &str)] = &[];

/// Known failures from the text and with the manifest, each named by its family in
/// docs/probe12.md.
const KNOWN: &[Known] = &[
];

/// Known failures of one run only.
const KNOWN_TEXT: &[Known] = &[];
const KNOWN_WITH_MANIFEST: &[Known] = &[];

/// Rows whose title is known wrong.
const KNOWN_TITLES: &[(Expect, &str, &str)] = &[];

/// Stated publication dates not found today: (file, family).
const PUBLISHED_MISSED: &[(&str, &str)] = &[];

/// Publication dates wrong today: (file, the right day, the day found today, family).
const PUBLISHED_WRONG: &[(&str, &str, &str, &str)] = &[];

/// The gold scorer's (rows, matched, duplicates, false+, required found), from the text and with
/// the manifest: a row no table accounts for, or a duplicate, moves them.
const SCORES: (probe_support::Counts, probe_support::Counts) = ((23, 23, 0, 0, 17), (23, 23, 0, 0, 17));

probe_support::probe_tests!();

probe_support::files::probe_file_tests!("tests/fixtures/probe11");
