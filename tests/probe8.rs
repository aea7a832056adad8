//! The eighth blind probe (tests/fixtures/probe8/, docs/probe8.md): 24 pages of sites none of
//! the seven earlier probes modelled, written and committed with their gold and manifest before
//! tarikh was run on them.
//!
//! The same shape as tests/probe7.rs: the events tarikh finds, which must stay found, and the
//! known failures, each in the state it is in today next to the row a fix gives (or `None`
//! when the row should go), and the scorer's counts. The tables were filled after the blind
//! score (docs/probe8.md), at the end of the fourteenth session; text and manifest runs give the
//! same rows.
//!
//! The tests below them also check the probe's own files: the gold parses in the seventh probe's
//! format, names existing pages and dates within its precision, every evidence is copied from one
//! of its pages, and the manifest names every page once with a published value a scraper could
//! give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};


/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe8";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a09_ar.txt", "the UAE and Israel sign their free-trade agreement in Dubai; Morocco only among the Abraham Accords' later members"),
    ("a10_ar.txt", "the Ceuta crisis and Morocco's ambassador in Madrid recalled; Israel only in the Gaza war and a link title"),
    ("e05_en.txt", "a US official in Dakhla; normalisation with Israel only as part of the deal, with no day"),
    ("f03_fr.txt", "history of 1986, 1993, 1994 and 2000 and the UAE and Bahrain at the White House, on a page of September 2020"),
];

/// Publication dates: (file, the day, whether the text states it). a12 has only 'قبل 3 ساعات'
/// (its manifest row has no date, its url has the day); f05 has no date at all (its manifest row
/// has the day). a11 states its day though its manifest row has only the month; e05 states its
/// day though its manifest row has nothing; a04 states it only at its foot.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2020-12-22", true),
    ("a02_ar.txt", "2020-12-26", true),
    ("a03_ar.txt", "2021-07-25", true),
    ("a04_ar.txt", "2021-08-12", true),
    ("a05_ar.txt", "2021-11-25", true),
    ("a06_ar.txt", "2022-02-21", true),
    ("a07_ar.txt", "2022-03-14", true),
    ("a08_ar.txt", "2022-03-29", true),
    ("a09_ar.txt", "2022-05-31", true),
    ("a10_ar.txt", "2021-05-19", true),
    ("a11_ar.txt", "2022-07-19", true),
    ("a12_ar.txt", "2022-12-22", false),
    ("e01_en.txt", "2020-12-10", true),
    ("e02_en.txt", "2020-12-22", true),
    ("e03_en.txt", "2021-08-12", true),
    ("e04_en.txt", "2021-11-24", true),
    ("e05_en.txt", "2021-01-10", true),
    ("e06_en.txt", "2022-03-28", true),
    ("f01_fr.txt", "2020-12-22", true),
    ("f02_fr.txt", "2021-07-25", true),
    ("f03_fr.txt", "2020-09-16", true),
    ("f04_fr.txt", "2022-03-27", true),
    ("f05_fr.txt", "2022-07-20", false),
    ("f06_fr.txt", "2022-02-22", true),
];

/// Events found from the text and with the manifest: (gold event key, the row).
const FOUND: &[(&str, Expect)] = &[
    // Fifteenth session: the later stop in Casablanca is no longer folded into the visit; the
    // scorer matches it with the row of that day (the opening, of the visit family).
    ("lapid_casablanca_synagogue", ("e03_en.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"])),
    // A known failure until the fifteenth session: a02's call names Israel beside "in exchange
    // for Washington's recognition of Moroccan sovereignty over the Sahara", and the Sahara named
    // there was a third party of the call (the recognition is its topic: lexicon topic-recognition).
    ("king_trump_call", ("a02_ar.txt", "2020-12-10", "call", "occurred", &["Mohammed VI of Morocco", "Donald Trump"])),
    ("joint_declaration_rabat", ("a01_ar.txt", "2020-12-22", "agreement", "occurred", &["Saadeddine Othmani", "Jared Kushner", "Meir Ben-Shabbat"])),
    ("delegation_visit_rabat", ("e02_en.txt", "2020-12-22", "visit", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])),
    ("royal_audience_delegation", ("a01_ar.txt", "2020-12-22", "meeting", "occurred", &["Mohammed VI of Morocco", "Jared Kushner"])),
    ("elal_flight_tel_aviv_rabat", ("e02_en.txt", "2020-12-22", "flight", "occurred", &[])),
    ("king_netanyahu_call", ("a02_ar.txt", "2020-12-25", "call", "occurred", &["Mohammed VI of Morocco", "Benjamin Netanyahu"])),
    ("govrin_arrival_rabat", ("a12_ar.txt", "2021-01", "visit", "occurred", &["David Govrin"])),
    ("cyber_memorandum", ("a03_ar.txt", "2021-07", "agreement", "occurred", &["Yigal Unna"])),
    ("israir_first_flight_marrakesh", ("a03_ar.txt", "2021-07-25", "flight", "occurred", &[])),
    ("lapid_bourita_agreements", ("a04_ar.txt", "2021-08-11", "agreement", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("lapid_visit_morocco", ("a04_ar.txt", "2021-08-11", "visit", "occurred", &["Yair Lapid"])),
    ("lapid_bourita_talks", ("e03_en.txt", "2021-08-11", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("israel_liaison_office_opening", ("a04_ar.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"])),
    ("gantz_visit_morocco", ("a05_ar.txt", "2021-11-23", "visit", "occurred", &["Benny Gantz"])),
    ("defence_memorandum", ("a05_ar.txt", "2021-11-24", "agreement", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"])),
    ("gantz_loudiyi_talks", ("a05_ar.txt", "2021-11-24", "meeting", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"])),
    ("economic_trade_agreement", ("a06_ar.txt", "2022-02-21", "agreement", "occurred", &["Ryad Mezzour", "Orna Barbivai"])),
    ("barbivai_visit_morocco", ("a06_ar.txt", "2022-02-21", "visit", "occurred", &["Orna Barbivai"])),
    ("ram_first_flight_tel_aviv", ("a07_ar.txt", "2022-03-13", "flight", "occurred", &[])),
    ("bourita_visit_israel", ("a08_ar.txt", "2022-03-27", "visit", "occurred", &["Nasser Bourita"])),
    ("negev_summit_dinner", ("e06_en.txt", "2022-03-27", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("negev_summit", ("a08_ar.txt", "2022-03-28", "meeting", "occurred", &["Nasser Bourita", "Yair Lapid", "Antony Blinken"])),
    // The pages tell the talks as planned, by month (the gold's status too).
    ("kochavi_el_farouk_talks", ("a11_ar.txt", "2022-07", "meeting", "planned", &["Aviv Kochavi", "Farouk Belkhir"])),
    ("kochavi_visit_morocco", ("a11_ar.txt", "2022-07-18", "visit", "occurred", &["Aviv Kochavi"])),
];

/// Found only with the manifest.
const FOUND_WITH_MANIFEST: &[(&str, Expect)] = &[];

/// Reports of an event in other pages that join its row, from the text and with the manifest:
/// (gold event key, file).
const JOINED: &[(&str, &str)] = &[
    ("king_trump_call", "a01_ar.txt"),
    ("joint_declaration_rabat", "a02_ar.txt"),
    ("joint_declaration_rabat", "a12_ar.txt"),
    ("joint_declaration_rabat", "e02_en.txt"),
    ("joint_declaration_rabat", "f01_fr.txt"),
    ("delegation_visit_rabat", "a01_ar.txt"),
    ("delegation_visit_rabat", "a02_ar.txt"),
    ("delegation_visit_rabat", "f01_fr.txt"),
    ("elal_flight_tel_aviv_rabat", "a01_ar.txt"),
    ("elal_flight_tel_aviv_rabat", "f01_fr.txt"),
    ("cyber_memorandum", "f02_fr.txt"),
    ("israir_first_flight_marrakesh", "a12_ar.txt"),
    ("israir_first_flight_marrakesh", "f02_fr.txt"),
    ("lapid_bourita_agreements", "a11_ar.txt"),
    ("lapid_bourita_agreements", "a12_ar.txt"),
    ("lapid_bourita_agreements", "e03_en.txt"),
    ("lapid_visit_morocco", "e03_en.txt"),
    ("lapid_bourita_talks", "a04_ar.txt"),
    ("israel_liaison_office_opening", "e03_en.txt"),
    ("gantz_visit_morocco", "e04_en.txt"),
    ("defence_memorandum", "e04_en.txt"),
    ("defence_memorandum", "f05_fr.txt"),
    ("economic_trade_agreement", "f06_fr.txt"),
    ("barbivai_visit_morocco", "f06_fr.txt"),
    ("ram_first_flight_tel_aviv", "e06_en.txt"),
    ("ram_first_flight_tel_aviv", "f06_fr.txt"),
    ("bourita_visit_israel", "e06_en.txt"),
    ("bourita_visit_israel", "f04_fr.txt"),
    ("negev_summit", "f04_fr.txt"),
    ("kochavi_el_farouk_talks", "f05_fr.txt"),
    ("kochavi_visit_morocco", "f05_fr.txt"),
];

/// Joined only with the manifest.
const JOINED_WITH_MANIFEST: &[(&str, &str)] = &[];

/// Known failures from the text and with the manifest, each named by its family in
/// docs/probe8.md.
const KNOWN: &[Known] = &[
    Known {
        key: "",
        family: "the cyber memorandum signed during a visit of the cyber directorate's head gives his visit of that month, which the gold does not count",
        now: Some(("a03_ar.txt", "2021-07", "visit", "occurred", &["Yigal Unna"])),
        fixed: None,
    },
    Known {
        key: "",
        family: "an anniversary recap's month-only recalls ('وشهدت السنة الجارية توقيع اتفاقية … في فبراير، وتدشين … خطها المباشر … في مارس، وهو الشهر نفسه الذي شارك فيه بوريطة …') take the people of the next clauses and a year or a month, so they join no dated row",
        now: Some(("a12_ar.txt", "2022", "agreement", "occurred", &["Nasser Bourita"])),
        fixed: None,
    },
    Known {
        key: "",
        family: "an anniversary recap's month-only recalls (the March flight takes Bourita and Kochavi from the clauses after it)",
        now: Some(("a12_ar.txt", "2022-03", "flight", "occurred", &["Nasser Bourita", "Aviv Kochavi"])),
        fixed: None,
    },
];

/// Known failures of one run only.
const KNOWN_TEXT: &[Known] = &[];
const KNOWN_WITH_MANIFEST: &[Known] = &[];

/// Rows whose title is known wrong.
const KNOWN_TITLES: &[(Expect, &str, &str)] = &[];

/// Stated publication dates not found today: (file, family).
const PUBLISHED_MISSED: &[(&str, &str)] = &[];

/// Publication dates wrong today: (file, the right day, the day found today, family). Seventeenth
/// session: f05 (no date of its own) borrows from the event its bare weekday tells a bound (that
/// day or the six after, `inferred:borrowed-from`), which holds its day, no longer the first day.
const PUBLISHED_WRONG: &[(&str, &str, &str, &str)] = &[];

/// The gold scorer's (rows, matched, duplicates, false+, required found), from the text and with
/// the manifest: a row no table accounts for, or a duplicate, moves them.
// Fifteenth session (latin): e04's "Gantz, who landed in Rabat on Tuesday evening, signed … following
// a working meeting between the two": the relative clause's day no longer dates the talks, which
// join the gold's talks of the next day (one false row fewer).
// Thirty-fifth session (merge35): a08's meeting named again joins its summit; e06's closing session
// is a duplicate (KNOWN).
// Thirty-sixth session (sess36): e06's 'The ministers met again Monday morning for a closing
// session' is a session of the dinner of six countries told before
// (events::session_of_the_gathering): it takes the dinner's names and joins its row (days 27–28,
// dated 27, the gold's optional dinner); the duplicate is gone. e06 does not join a08's summit
// row: across pages a gathering joins by a summit's own noun, which e06 does not use.
const SCORES: (probe_support::Counts, probe_support::Counts) = ((28, 25, 0, 3, 18), (28, 25, 0, 3, 18));

probe_support::probe_tests!();

probe_support::files::probe_file_tests!("tests/fixtures/probe7");
