//! The fifth blind probe (tests/fixtures/probe5/, docs/probe5.md): 24 pages of sites none of the
//! four earlier probes modelled, written and committed with their gold before tarikh was run on
//! them. The same shape as tests/probe4.rs: the events tarikh finds, which must stay found, and
//! the known failures, each in the state it is in today next to the row a fix gives (or `None`
//! when the row should go). A known failure must be in one of its two states: a fix fails the
//! test with a note to move the entry (to `FOUND` when it is a gold event, or out when the row is
//! gone), and a third state fails too. Every required gold event is in one table or the other.
//!
//! Text and manifest differ on one page only: f02 has no date of its own (its url carries it), so
//! with the manifest its talks row is found and its visit report joins Lapid's visit, and its
//! signing told in a relative clause is a known failure of the manifest run. Titles are not seen
//! by the row tables (visit and opening are one family there), so the wrong titles have a small
//! table.

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe5";

/// Events found from the text and with the manifest: (gold event key, the row).
const FOUND: &[(&str, Expect)] = &[
    ("delegation-flight-2020-12-22", ("a01_ar.txt", "2020-12-22", "flight", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])),
    // Was a known failure until the fourteenth session: a dated report of the delegation by the
    // broker alone vetoed it; a joint delegation the broker leads is the pair's (src/focus.rs).
    ("delegation-visit-2020-12-22", ("e01_en.txt", "2020-12-22", "visit", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])),
    ("joint-declaration-2020-12-22", ("e01_en.txt", "2020-12-22", "agreement", "occurred", &["Saadeddine Othmani", "Jared Kushner", "Meir Ben-Shabbat"])),
    ("king-receives-delegation-2020-12-22", ("f01_fr.txt", "2020-12-22", "meeting", "occurred", &["Mohammed VI of Morocco", "Jared Kushner"])),
    ("king-netanyahu-call-2020-12-25", ("a10_ar.txt", "2020-12-25", "call", "occurred", &["Mohammed VI of Morocco", "Benjamin Netanyahu"])),
    ("govrin-arrival-2021-01-26", ("a10_ar.txt", "2021-01-26", "visit", "occurred", &["David Govrin"])),
    ("unna-visit-2021-07", ("a09_ar.txt", "2021-07", "visit", "occurred", &["Yigal Unna"])),
    ("cyber-agreement-2021-07-14", ("a09_ar.txt", "2021-07-14", "agreement", "occurred", &["Yigal Unna", "Abdellatif Loudiyi"])),
    ("first-direct-flights-2021-07-25", ("a03_ar.txt", "2021-07-25", "flight", "occurred", &[])),
    ("lapid-visit-2021-08-11", ("a04_ar.txt", "2021-08-11", "visit", "occurred", &["Yair Lapid"])),
    ("lapid-bourita-agreements-2021-08-11", ("a04_ar.txt", "2021-08-11", "agreement", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("liaison-office-opening-2021-08-12", ("f02_fr.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"])),
    ("gantz-visit-2021-11", ("e02_en.txt", "2021-11", "visit", "occurred", &["Benny Gantz"])),
    ("defence-mou-2021-11-24", ("a05_ar.txt", "2021-11-24", "agreement", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"])),
    // Twenty-fourth session: the talks told after an evening arrival («مساء الثلاثاء», "late on
    // Tuesday") with no day of their own are of the story's day (src/events/evening.rs).
    ("gantz-bourita-talks-2021-11-24", ("a05_ar.txt", "2021-11-24", "meeting", "occurred", &["Benny Gantz", "Nasser Bourita"])),
    ("trade-agreement-2022-02-21", ("a11_ar.txt", "2022-02-21", "agreement", "occurred", &["Orna Barbivai", "Ryad Mezzour"])),
    ("ram-first-flight-2022-03-13", ("a07_ar.txt", "2022-03-13", "flight", "occurred", &[])),
    ("bourita-negev-visit-2022-03-27", ("a06_ar.txt", "2022-03-27", "visit", "occurred", &["Nasser Bourita"])),
    ("negev-summit-2022-03", ("a06_ar.txt", "2022-03", "meeting", "occurred", &["Nasser Bourita", "Yair Lapid", "Antony Blinken", "Sameh Shoukry"])),
    ("kochavi-visit-2022-07-19", ("a08_ar.txt", "2022-07-19", "visit", "occurred", &["Aviv Kochavi"])),
    // Twenty-fourth session: the talks announced with the defence establishment (its minister
    // and the inspector general, «كبار المسؤولين العسكريين … وفي مقدمتهم … إضافة إلى …») are one
    // meeting, dated by e04's plan.
    ("kochavi-talks-2022-07", ("a08_ar.txt", "2022-07-19", "meeting", "planned", &["Aviv Kochavi", "Farouk Belkhir", "Abdellatif Loudiyi"])),
];

/// Found only with the manifest, which dates f02 (its "La veille" has no anchor in the text).
const FOUND_WITH_MANIFEST: &[(&str, Expect)] = &[
    ("lapid-bourita-talks-2021-08-11", ("f02_fr.txt", "2021-08-11", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita"])),
];

/// Reports of an event in other pages that join its row, from the text and with the manifest:
/// (gold event key, file).
const JOINED: &[(&str, &str)] = &[
    // Twenty-fourth session: "He later held talks" after "arrived … late on Tuesday".
    ("gantz-bourita-talks-2021-11-24", "e02_en.txt"),
    ("delegation-flight-2020-12-22", "f01_fr.txt"),
    ("delegation-visit-2020-12-22", "a01_ar.txt"),
    ("delegation-visit-2020-12-22", "f01_fr.txt"),
    ("joint-declaration-2020-12-22", "a01_ar.txt"),
    ("joint-declaration-2020-12-22", "a10_ar.txt"),
    ("joint-declaration-2020-12-22", "f01_fr.txt"),
    ("king-receives-delegation-2020-12-22", "a01_ar.txt"),
    // e01's "The delegation was received by King Mohammed VI" no longer joins: the audience of
    // "the delegation" takes the delegation's people (told_before.rs), and an audience of named
    // guests whose visit the page tells is part of that visit (latin/kinds.rs).
    ("govrin-arrival-2021-01-26", "f03_fr.txt"),
    ("first-direct-flights-2021-07-25", "a07_ar.txt"),
    ("first-direct-flights-2021-07-25", "e04_en.txt"),
    ("first-direct-flights-2021-07-25", "e06_en.txt"),
    ("first-direct-flights-2021-07-25", "a09_ar.txt"),
    ("lapid-visit-2021-08-11", "a05_ar.txt"),
    ("lapid-visit-2021-08-11", "a11_ar.txt"),
    ("lapid-visit-2021-08-11", "e02_en.txt"),
    ("liaison-office-opening-2021-08-12", "a04_ar.txt"),
    ("liaison-office-opening-2021-08-12", "e03_en.txt"),
    ("gantz-visit-2021-11", "a05_ar.txt"),
    ("gantz-visit-2021-11", "a08_ar.txt"),
    ("gantz-visit-2021-11", "e04_en.txt"),
    ("gantz-visit-2021-11", "f05_fr.txt"),
    ("defence-mou-2021-11-24", "a08_ar.txt"),
    ("defence-mou-2021-11-24", "a11_ar.txt"),
    ("defence-mou-2021-11-24", "e02_en.txt"),
    ("defence-mou-2021-11-24", "e04_en.txt"),
    ("defence-mou-2021-11-24", "e05_en.txt"),
    ("defence-mou-2021-11-24", "f05_fr.txt"),
    ("trade-agreement-2022-02-21", "f04_fr.txt"),
    ("ram-first-flight-2022-03-13", "f04_fr.txt"),
    ("bourita-negev-visit-2022-03-27", "e03_en.txt"),
    ("negev-summit-2022-03", "e03_en.txt"),
    ("kochavi-visit-2022-07-19", "e04_en.txt"),
    ("kochavi-talks-2022-07", "e04_en.txt"),
];

/// Joined only with the manifest (f02 is undated in the text).
const JOINED_WITH_MANIFEST: &[(&str, &str)] = &[
    ("lapid-visit-2021-08-11", "f02_fr.txt"),
    // The signing f02 tells in a relative clause of the talks, now that a04 gives the row.
    ("lapid-bourita-agreements-2021-08-11", "f02_fr.txt"),
];

/// Known failures from the text and with the manifest, each named by its family in
/// docs/probe5.md.
const KNOWN: &[Known] = &[
    Known {
        key: "",
        family: "one sentence recalling two past signings, each with its signer and month: each keeps its own signer since the twenty-eighth session (Gantz's joins the November memorandum), but Lapid's recalled August agreements stay a month row of their own, which the gold does not list",
        now: Some(("a11_ar.txt", "2021-08", "agreement", "occurred", &["Yair Lapid"])),
        fixed: None,
    },
    Known {
        key: "",
        // The fixed row also matches the row of today (a month is a prefix of its days): the
        // entry then stays quiet instead of asking to be moved; it still fails if f04 gives no
        // December 2020 agreement at all.
        family: "a month back-reference naming nobody ('the memoranda signed in December 2020') stays a row beside the day it recalls",
        now: Some(("f04_fr.txt", "2020-12", "agreement", "occurred", &[])),
        fixed: Some(("f04_fr.txt", "2020-12-22", "agreement", "occurred", &["Jared Kushner"])),
    },
    Known {
        key: "",
        family: "the recalled declaration a row of its own, with Govrin (who served as Israel's ambassador in Cairo) as its signatory; the office held elsewhere is no more read as the holder of another posting (Ron Dermer) since p32fam's rule on a given name after a title (cause on this sentence not traced)",
        now: Some(("a10_ar.txt", "2020-12-22", "agreement", "occurred", &["David Govrin"])),
        fixed: None,
    },
    Known {
        key: "",
        family: "a call recalled as a noun with its day ('l'entretien téléphonique entre X et Y, le 25 décembre') is not read",
        now: None,
        fixed: Some(("f03_fr.txt", "2020-12-25", "call", "occurred", &["Benjamin Netanyahu"])),
    },
];

/// Known failures from the text alone.
const KNOWN_TEXT: &[Known] = &[];

/// Known failures with the manifest alone (f02 dated).
const KNOWN_WITH_MANIFEST: &[Known] = &[
];

/// Wrong titles of found rows, which the row tables cannot see: (the row, a phrase of its title
/// today, family). Fixed when the row's title no longer has the phrase.
const KNOWN_TITLES: &[(Expect, &str, &str)] = &[
    (("a06_ar.txt", "2022-03", "meeting", "occurred", &["Nasser Bourita"]), "Hadera", "the city of an attack told in a later sentence is the summit's venue"),
];

/// Pages that give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a02_ar.txt", "Bennett in the UAE; Morocco only among the countries of the accords"),
    ("a12_ar.txt", "Algeria breaks with Morocco; Lapid's words in Morocco named without a date"),
    ("f06_fr.txt", "Jewish heritage: Ifrane 1986, the liaison offices of 1994, Bayt Dakira in January 2020"),
];

/// Publication dates: (file, the day, whether the text states it). f02 has no date of its own
/// (its url carries it); f05 has none either and borrows Gantz's visit's days from the others.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2020-12-22", true),
    ("a02_ar.txt", "2021-12-13", true),
    ("a03_ar.txt", "2021-07-25", true),
    ("a04_ar.txt", "2021-08-11", true),
    ("a05_ar.txt", "2021-11-24", true),
    ("a06_ar.txt", "2022-03-28", true),
    ("a07_ar.txt", "2022-03-13", true),
    ("a08_ar.txt", "2022-07-20", true),
    ("a09_ar.txt", "2021-07-15", true),
    ("a10_ar.txt", "2021-01-26", true),
    ("a11_ar.txt", "2022-02-22", true),
    ("a12_ar.txt", "2021-08-24", true),
    ("e01_en.txt", "2020-12-22", true),
    ("e02_en.txt", "2021-11-24", true),
    ("e03_en.txt", "2022-03-28", true),
    ("e04_en.txt", "2022-07-20", true),
    ("e05_en.txt", "2022-02-15", true),
    ("e06_en.txt", "2021-07-26", true),
    ("f01_fr.txt", "2020-12-22", true),
    ("f02_fr.txt", "2021-08-12", false),
    ("f03_fr.txt", "2021-01-27", true),
    ("f04_fr.txt", "2022-02-22", true),
    ("f05_fr.txt", "2021-11-25", false),
    ("f06_fr.txt", "2022-04-24", true),
];

/// Stated publication dates not found today: (file, family).
const PUBLISHED_MISSED: &[(&str, &str)] = &[];

/// Publication dates wrong today: (file, the right day, the day found today, family). Each must
/// be found wrong as today or right (then the test fails so that the entry moves to
/// `PUBLISHED`); any other value fails.
const PUBLISHED_WRONG: &[(&str, &str, &str, &str)] = &[];

/// The gold scorer's (rows, matched, duplicates, false+, required found), from the text and with
/// the manifest: a row no table accounts for, or a duplicate, moves them.
const SCORES: (probe_support::Counts, probe_support::Counts) = ((26, 24, 0, 2, 17), (26, 24, 0, 2, 17));

probe_support::probe_tests!();
