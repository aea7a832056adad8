//! The third blind probe (tests/fixtures/probe3/, docs/probe3.md): 24 pages of sites neither
//! earlier probe modelled, written without looking at the rules, with their gold in
//! `expected.csv`. The same shape as tests/probe2.rs: the events tarikh finds, which must stay
//! found, and the known failures, each the state it is in today (a wrong row) next to the row a
//! fix gives. A known failure must be in one of its two states: a fix shows up on standard error
//! (move the entry to `FOUND`, or drop it when the row is gone), and a third state (another
//! wrong row) fails. Every required gold event is in one table or the other, so the gold and the
//! test cannot drift apart.
//!
//! Text and manifest give the same rows today (only one id differs); both are checked.

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe3";

/// Events found today, from the text and with the manifest: (gold event key, the row).
const FOUND: &[(&str, Expect)] = &[
    ("delegation-flight-2020-12-22", ("a01_ar.txt", "2020-12-22", "flight", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])),
    ("delegation-visit-2020-12-22", ("a01_ar.txt", "2020-12-22", "visit", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])),
    ("joint-declaration-2020-12-22", ("a01_ar.txt", "2020-12-22", "agreement", "occurred", &["Saadeddine Othmani", "Jared Kushner", "Meir Ben-Shabbat"])),
    ("govrin-arrival-2021-01-26", ("a02_ar.txt", "2021-01-26", "visit", "occurred", &["David Govrin"])),
    ("israir-first-flight-2021-07-25", ("a10_ar.txt", "2021-07-25", "flight", "occurred", &[])),
    ("lapid-bourita-call-2021-07", ("a03_ar.txt", "2021-07", "call", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("lapid-visit-2021-08-11", ("a03_ar.txt", "2021-08-11", "visit", "occurred", &["Yair Lapid"])),
    ("lapid-bourita-talks-2021-08-11", ("a03_ar.txt", "2021-08-11", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("rabat-agreements-2021-08-11", ("a03_ar.txt", "2021-08-11", "agreement", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("liaison-office-opening-2021-08-12", ("e01_en.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"])),
    ("gantz-visit-2021-11-23", ("a04_ar.txt", "2021-11-23", "visit", "occurred", &["Benny Gantz"])),
    ("gantz-loudiyi-mou-2021-11-24", ("f02_fr.txt", "2021-11-24", "agreement", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"])),
    ("barbivai-visit-2022-02-20", ("a09_ar.txt", "2022-02-20", "visit", "occurred", &["Orna Barbivai"])),
    ("barbivai-mezzour-agreement-2022-02-21", ("e04_en.txt", "2022-02-21", "agreement", "occurred", &["Orna Barbivai", "Ryad Mezzour"])),
    ("ram-first-flight-2022-03-13", ("f06_fr.txt", "2022-03-13", "flight", "planned", &[])),
    ("negev-summit-2022-03-28", ("a06_ar.txt", "2022-03-28", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita", "Antony Blinken", "Sameh Shoukry"])),
    ("kochavi-visit-2022-07", ("e02_en.txt", "2022-07", "visit", "occurred", &["Aviv Kochavi"])),
];

/// Reports of an event in other pages that today join its row: (gold event key, file).
const JOINED: &[(&str, &str)] = &[
    // Ninth session: a headline's bare weekday takes the body's full date of the same weekday,
    // so the page's flight is the Israir flight of the 25th, not one of the 18th.
    ("israir-first-flight-2021-07-25", "f03_fr.txt"),
    ("delegation-flight-2020-12-22", "f01_fr.txt"),
    ("delegation-visit-2020-12-22", "f01_fr.txt"),
    ("joint-declaration-2020-12-22", "a03_ar.txt"),
    ("joint-declaration-2020-12-22", "a11_ar.txt"),
    ("joint-declaration-2020-12-22", "f01_fr.txt"),
    ("joint-declaration-2020-12-22", "f03_fr.txt"),
    // Tenth session: a yearless day told in a past story is the last one past (the past verb
    // before a clause inserted after it, a clause of time after "قبل أن"), so the year-end
    // recap's arrival and visit join their rows. Not joined today (docs/probe3.md): e01's
    // "since arriving in the city in January".
    ("govrin-arrival-2021-01-26", "a11_ar.txt"),
    ("lapid-visit-2021-08-11", "a11_ar.txt"),
    ("israir-first-flight-2021-07-25", "a03_ar.txt"),
    ("israir-first-flight-2021-07-25", "a11_ar.txt"),
    ("israir-first-flight-2021-07-25", "f03_fr.txt"),
    ("lapid-visit-2021-08-11", "e01_en.txt"),
    ("lapid-bourita-talks-2021-08-11", "e01_en.txt"),
    ("rabat-agreements-2021-08-11", "e01_en.txt"),
    ("liaison-office-opening-2021-08-12", "a03_ar.txt"),
    ("liaison-office-opening-2021-08-12", "f02_fr.txt"),
    // Thirty-eighth session: the undated headline 'opens mission in Morocco in first visit'
    // ties between the visit and the opening and joins the event of its own type.
    ("liaison-office-opening-2021-08-12", "e04_en.txt"),
    ("gantz-visit-2021-11-23", "f02_fr.txt"),
    ("gantz-visit-2021-11-23", "a11_ar.txt"),
    ("gantz-loudiyi-mou-2021-11-24", "a04_ar.txt"),
    ("gantz-loudiyi-mou-2021-11-24", "a11_ar.txt"),
    ("gantz-loudiyi-mou-2021-11-24", "a05_ar.txt"),
    ("gantz-loudiyi-mou-2021-11-24", "e02_en.txt"),
    ("gantz-loudiyi-mou-2021-11-24", "f04_fr.txt"),
    ("barbivai-visit-2022-02-20", "e04_en.txt"),
    // Tenth session: "La ministre israélienne, arrivée dimanche …" after the page named her is
    // her arrival, no longer the Moroccan host receiving a delegation.
    ("barbivai-visit-2022-02-20", "f06_fr.txt"),
    // Sixteenth session: the month-only recall of her stay in Rabat joins the trip (told on no
    // day, it is no other stop beside the economic mission the trip announces).
    ("barbivai-visit-2022-02-20", "f04_fr.txt"),
    ("barbivai-mezzour-agreement-2022-02-21", "a09_ar.txt"),
    ("barbivai-mezzour-agreement-2022-02-21", "f06_fr.txt"),
    ("ram-first-flight-2022-03-13", "a09_ar.txt"),
    ("ram-first-flight-2022-03-13", "e04_en.txt"),
    ("negev-summit-2022-03-28", "e03_en.txt"),
    // Twenty-fourth session: a05's Darija "the delegation" (الوفد غادي يبقى … حتى لغدا) is
    // Kochavi's, now that «الزيارة كاتجي شهور مورا مذكرة …» tells the memorandum after a sequel
    // word (Darija مورا, "after") and the visit takes no people of the recalled signing.
    ("kochavi-visit-2022-07", "a05_ar.txt"),
    ("kochavi-visit-2022-07", "f04_fr.txt"),
    // Tenth session: a coordinated clause with its own subject keeps its own month and people
    // ("Gantz visited Rabat in November …, and Lapid reopened the office in August").
    ("gantz-visit-2021-11-23", "e04_en.txt"),
];

/// Every required event is found: the known failures are false rows (and one misdated report
/// that the scorer happens to count against a tolerated event), each named by its family in
/// docs/probe3.md.
const KNOWN: &[Known] = &[
    // Tenth session: once a11's recap tells Lapid's visit of 11–12 August with the office it
    // inaugurated (one mention of the visit family), the undated openings told with his visit
    // ("زيارة لبيد …، والتي دشن خلالها مكتب الاتصال"; "Lapid reopened the office in August")
    // join the visit, not the opening.
    Known {
        key: "",
        family: "an undated opening told with a recalled visit joins the visit's row when a recap tells the visit with the opening",
        now: Some(("a04_ar.txt", "2021-08-11", "visit", "occurred", &["Yair Lapid"])),
        fixed: Some(("a04_ar.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"])),
    },
];

/// Pages that give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a07_ar.txt", "protests against normalisation; Algeria's break in August"),
    ("a08_ar.txt", "the UAE and Bahrain at the White House; Morocco only as a rumoured next country"),
    ("e05_en.txt", "Sudan–Israel; Morocco only as a rumoured next country"),
    ("f05_fr.txt", "Spain–Morocco; Israel only as a 2020 normalisation"),
];

/// Publication dates: (file, the day, whether the text states it). A page whose text states no
/// day (an update line, or nothing) may give none, never a wrong one.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2020-12-22", true),
    ("a02_ar.txt", "2021-01-26", true),
    ("a03_ar.txt", "2021-08-11", true),
    ("a04_ar.txt", "2021-11-24", true),
    ("a05_ar.txt", "2022-07-19", true),
    ("a06_ar.txt", "2022-03-28", true),
    ("a07_ar.txt", "2021-12-20", true),
    ("a08_ar.txt", "2020-09-16", true),
    ("a09_ar.txt", "2022-02-22", true),
    ("a10_ar.txt", "2021-07-25", true),
    ("a11_ar.txt", "2021-12-22", true),
    ("a12_ar.txt", "2022-03-29", false),
    ("e01_en.txt", "2021-08-12", true),
    ("e02_en.txt", "2022-07-19", true),
    ("e03_en.txt", "2022-03-28", true),
    ("e04_en.txt", "2022-02-21", true),
    ("e05_en.txt", "2020-10-23", true),
    ("e06_en.txt", "2020-12-10", false),
    ("f01_fr.txt", "2020-12-22", true),
    ("f02_fr.txt", "2021-11-24", true),
    ("f03_fr.txt", "2021-07-22", true),
    ("f04_fr.txt", "2022-07-20", true),
    ("f05_fr.txt", "2022-04-07", false),
    ("f06_fr.txt", "2022-02-24", true),
];

/// Stated publication dates not found today: (file, family). Fixed when found; a wrong date fails.
const PUBLISHED_MISSED: &[(&str, &str)] = &[
];

// The text and the manifest give the same rows, and the titles and publication dates found are
// right: the tables of one run only, of titles and of wrong dates, are empty.
const FOUND_WITH_MANIFEST: &[(&str, Expect)] = &[];
const JOINED_WITH_MANIFEST: &[(&str, &str)] = &[];
const KNOWN_TEXT: &[Known] = &[];
const KNOWN_WITH_MANIFEST: &[Known] = &[];
const KNOWN_TITLES: &[(Expect, &str, &str)] = &[];
const PUBLISHED_WRONG: &[(&str, &str, &str, &str)] = &[];

/// The gold scorer's (rows, matched, duplicates, false+, required found), from the text and with
/// the manifest: a row no table accounts for, or a duplicate, moves them.
// Twenty-ninth session: a04's talks «قبل أن يجري مباحثات مع لوديي» (a day of the visit, its
// programme's) and f02's « s'est entretenu, dans la matinée, avec M. Loudiyi » are one meeting,
// as the gold's `gantz-loudiyi-talks-2021-11-24` says (one row fewer); f02 dates it to Tuesday
// (« dans la matinée » after « Arrivé mardi soir » is read as that Tuesday), so the scorer
// matches the row to the optional Belkhir plan of the month.
// Thirty-seventh session (roles37): e01's headline "Israel's top diplomat opens mission in
// Morocco in first visit" now names Lapid ("top diplomat" is a foreign-minister title), and the
// page's own arrival and its Casablanca plan of Thursday join that headline in a row of their
// own, apart from the visit's row: a duplicate of lapid-visit-2021-08-11 (a merge family, not
// the title's: the headline told with a visit bridges the page's mentions).
const SCORES: (probe_support::Counts, probe_support::Counts) = ((21, 21, 0, 0, 17), (21, 21, 0, 0, 17));

probe_support::probe_tests!();
