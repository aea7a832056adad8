//! The sixth blind probe (tests/fixtures/probe6/, docs/probe6.md): 24 pages of sites none of the
//! five earlier probes modelled, written and committed with their gold before tarikh was run on
//! them. The same shape as tests/probe5.rs: the events tarikh finds, which must stay found, and
//! the known failures, each in the state it is in today next to the row a fix gives (or `None`
//! when the row should go). A known failure must be in one of its two states: a fix fails the
//! test with a note to move the entry (to `FOUND` when it is a gold event, or out when the row is
//! gone), and a third state fails too. Every required gold event is in one table or the other.
//!
//! Text and manifest differ on two pages: e05 has no date of its own (its url carries it), so
//! its call is dated only with the manifest; a09 has no date at all, and with the manifest's day
//! its "يوم الثلاثاء" gives Herzog's meeting its day. (e03's day-first date line, read
//! month-first from the text at first, is now read by the story's own "Wednesday, August 11",
//! and e06's date line under its standfirst and byline is found: see docs/probe6.md.) e05's
//! "agreed to meet soon" is a wish, no meeting (it had joined Lapid's talks of August 2021 from
//! the text, and made a meeting of the call's day with the manifest).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe6";

/// Events found from the text and with the manifest: (gold event key, the row).
const FOUND: &[(&str, Expect)] = &[
    // A deed told as the fulfilment of an expectation ("…، إذ أجرى اتصالاً"): done, on the day
    // of the clause before (word list `explain`, dating.rs `dated_by_the_explained_verb`).
    ("king-netanyahu-call-2020-12-25", ("a02_ar.txt", "2020-12-25", "call", "occurred", &["Mohammed VI of Morocco", "Benjamin Netanyahu"])),
    ("king-trump-call-2020-12-10", ("a02_ar.txt", "2020-12-10", "call", "occurred", &["Mohammed VI of Morocco", "Donald Trump"])),
    ("trilateral-declaration-2020-12-22", ("a01_ar.txt", "2020-12-22", "agreement", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])),
    ("delegation-visit-2020-12-22", ("a01_ar.txt", "2020-12-22", "visit", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])),
    ("first-elal-flight-2020-12-22", ("a01_ar.txt", "2020-12-22", "flight", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])),
    ("first-commercial-flights-2021-07-25", ("e02_en.txt", "2021-07-25", "flight", "occurred", &[])),
    ("lapid-visit-2021-08-11", ("e03_en.txt", "2021-08-11", "visit", "occurred", &["Yair Lapid"])),
    ("lapid-bourita-agreements-2021-08-11", ("e03_en.txt", "2021-08-11", "agreement", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("lapid-bourita-meeting-2021-08-11", ("e03_en.txt", "2021-08-11", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("liaison-office-opening-2021-08-12", ("e03_en.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"])),
    ("frej-visit-2021-10-31", ("a03_ar.txt", "2021-10-31", "visit", "occurred", &["Issawi Frej"])),
    ("frej-jazouli-meeting-2021-11-01", ("a03_ar.txt", "2021-11-01", "meeting", "planned", &["Issawi Frej", "Mohcine Jazouli"])),
    ("gantz-visit-2021-11-23", ("a04_ar.txt", "2021-11-23", "visit", "occurred", &["Benny Gantz"])),
    ("gantz-loudiyi-mou-2021-11-24", ("a04_ar.txt", "2021-11-24", "agreement", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"])),
    ("sports-agreement-planned-2022", ("f02_fr.txt", "2022", "agreement", "planned", &["Mohamed Mehdi Bensaid"])),
    ("beyyoudh-levy-meeting-2022-01-10", ("f04_fr.txt", "2022-01-10", "meeting", "occurred", &["Mickey Levy", "Abderrahim Beyyoudh"])),
    ("barbivai-mezzour-trade-agreement-2022-02-21", ("f01_fr.txt", "2022-02-21", "agreement", "occurred", &["Orna Barbivai", "Ryad Mezzour"])),
    ("shasha-biton-visit-2022-02-23", ("f01_fr.txt", "2022-02-23", "visit", "occurred", &["Yifat Shasha-Biton"])),
    ("education-mou-2022-02-24", ("f01_fr.txt", "2022-02-24", "agreement", "occurred", &["Chakib Benmoussa", "Yifat Shasha-Biton"])),
    ("bourita-visit-israel-2022-03", ("a05_ar.txt", "2022-03-27", "visit", "occurred", &["Nasser Bourita"])),
    // Talks told in a "حيث" clause after the arrival "مساء أمس الأحد" are of the arrival's day.
    ("bourita-lapid-negev-bilateral-2022-03-27", ("a05_ar.txt", "2022-03-27", "meeting", "occurred", &["Nasser Bourita", "Yair Lapid"])),
    ("negev-summit-2022-03", ("a05_ar.txt", "2022-03", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita", "Antony Blinken", "Sameh Shoukry"])),
    ("tropper-bensaid-meeting-2022-05-17", ("f02_fr.txt", "2022-05-17", "meeting", "occurred", &["Chili Tropper", "Mohamed Mehdi Bensaid"])),
    ("tropper-visit-2022-05", ("f02_fr.txt", "2022-05", "visit", "occurred", &["Chili Tropper"])),
    ("mezzour-visit-israel-2022-06-13", ("a10_ar.txt", "2022-06-13", "visit", "occurred", &["Ryad Mezzour"])),
    // Talks "as soon as he arrived" («فور وصوله») are of the day of his visit told just
    // before (told_before.rs arrival_upon_which, the twenty-fifth session).
    ("mezzour-barbivai-meeting-2022-06-13", ("a10_ar.txt", "2022-06-13", "meeting", "occurred", &["Ryad Mezzour", "Orna Barbivai"])),
    ("kochavi-visit-2022-07-18", ("a06_ar.txt", "2022-07-18", "visit", "occurred", &["Aviv Kochavi"])),
    ("kochavi-elfarouk-talks-2022-07-18", ("a06_ar.txt", "2022-07-18", "meeting", "occurred", &["Aviv Kochavi", "Farouk Belkhir"])),
    // The King's audience of «أعضاء الوفد» is on the delegation's day (told_before.rs
    // trip_of_the_delegation_received): twenty-fifth session.
    ("king-receives-delegation-2020-12-22", ("a01_ar.txt", "2020-12-22", "meeting", "occurred", &["Mohammed VI of Morocco", "Jared Kushner", "Meir Ben-Shabbat"])),
    ("kochavi-loudiyi-meeting-2022-07-19", ("a06_ar.txt", "2022-07-19", "meeting", "planned", &["Aviv Kochavi", "Abdellatif Loudiyi"])),
    ("ram-first-flight-2022-07-25", ("a07_ar.txt", "2022-07-25", "flight", "occurred", &[])),
    // Dated from the text since a day closing a phrase of the predicate before it is that
    // predicate's ("… in Jerusalem last Tuesday, in what … called a first meeting").
    ("herzog-beyyoudh-meeting-2022-09-13", ("e04_en.txt", "2022-09-13", "meeting", "occurred", &["Isaac Herzog", "Abderrahim Beyyoudh"])),
];

/// Found only with the manifest: e05's day (only its url carries one).
const FOUND_WITH_MANIFEST: &[(&str, Expect)] = &[
    ("bourita-lapid-call-2022-01-18", ("e05_en.txt", "2022-01-18", "call", "occurred", &["Nasser Bourita", "Yair Lapid"])),
];

/// Reports of an event in other pages that join its row, from the text and with the manifest:
/// (gold event key, file).
const JOINED: &[(&str, &str)] = &[
    ("trilateral-declaration-2020-12-22", "e01_en.txt"),
    ("delegation-visit-2020-12-22", "e01_en.txt"),
    ("first-elal-flight-2020-12-22", "e01_en.txt"),
    // Not joined since the fifteenth session (latin): f04's undated back-reference « après
    // l'arrivée à Rabat de son homologue israélien David Govrin » (an optional event's second
    // report; the row is still found from e04).
    ("lapid-visit-2021-08-11", "a03_ar.txt"),
    ("lapid-visit-2021-08-11", "a12_ar.txt"),
    ("lapid-visit-2021-08-11", "e05_en.txt"),
    ("lapid-bourita-agreements-2021-08-11", "e05_en.txt"),
    ("lapid-bourita-agreements-2021-08-11", "f02_fr.txt"),
    ("gantz-visit-2021-11-23", "f05_fr.txt"),
    ("gantz-loudiyi-mou-2021-11-24", "a06_ar.txt"),
    ("gantz-loudiyi-mou-2021-11-24", "f05_fr.txt"),
    ("barbivai-mezzour-trade-agreement-2022-02-21", "a10_ar.txt"),
    ("kochavi-visit-2022-07-18", "a12_ar.txt"),
    ("ram-first-flight-2022-07-25", "f03_fr.txt"),
    ("liaison-office-opening-2021-08-12", "e02_en.txt"),
    ("negev-summit-2022-03", "e06_en.txt"),
    // a09 has no date: it borrows one from e04's report of the meeting, dated by the text
    // since a day closing the predicate's phrase is that predicate's.
    ("herzog-beyyoudh-meeting-2022-09-13", "a09_ar.txt"),
];

/// Joined only with the manifest (none since e06's date line is read from the text).
const JOINED_WITH_MANIFEST: &[(&str, &str)] = &[];

/// Known failures from the text and with the manifest, each named by its family in
/// docs/probe6.md.
const KNOWN: &[Known] = &[
    Known {
        key: "talbi-alami-knesset-delegation-2022-12",
        // The gold calls it a meeting; a reader could argue for a visit of the delegation.
        family: "a host receiving a delegation ('استقبل … وفدا من أعضاء الكنيست … في أول زيارة من نوعها') is typed a visit, the gold a meeting",
        now: Some(("a12_ar.txt", "2022-12", "visit", "occurred", &["Rachid Talbi Alami"])),
        fixed: Some(("a12_ar.txt", "2022-12", "meeting", "occurred", &["Rachid Talbi Alami"])),
    },
    Known {
        key: "",
        family: "a back-reference to the December 2020 declaration ('rétablies le 22 décembre 2020, par la signature de la déclaration') takes the signers of the sentence before",
        now: Some(("f01_fr.txt", "2020-12-22", "agreement", "occurred", &["Orna Barbivai", "Ryad Mezzour"])),
        fixed: None,
    },
    Known {
        key: "",
        family: "a stop on the last day of a visit ('s'est recueilli jeudi matin dans la synagogue') is a visit row of its own beside the arrival's",
        now: Some(("f05_fr.txt", "2021-11-25", "visit", "occurred", &["Benny Gantz"])),
        fixed: None,
    },
    Known {
        key: "",
        family: "a person present at another event of the page ('بحضور رئيس مكتب الاتصال المغربي' at a landing) joins that person's only dated meeting",
        now: Some(("a07_ar.txt", "2022-01-10", "meeting", "occurred", &["Mickey Levy", "Abderrahim Beyyoudh"])),
        fixed: None,
    },
];

/// Known failures from the text alone.
const KNOWN_TEXT: &[Known] = &[
    Known {
        key: "bourita-lapid-call-2022-01-18",
        family: "a page with no date in its text (the url carries it): its call ('on Tuesday') is undated from the text alone",
        now: None,
        fixed: Some(("e05_en.txt", "2022-01-18", "call", "occurred", &["Nasser Bourita", "Yair Lapid"])),
    },
];

/// Known failures with the manifest alone (e03, e05 and a09 dated).
const KNOWN_WITH_MANIFEST: &[Known] = &[
];

/// Wrong titles of found rows, which the row tables cannot see: (the row, a phrase of its title
/// today, family). Fixed when the row's title no longer has the phrase.
const KNOWN_TITLES: &[(Expect, &str, &str)] = &[
    (("a03_ar.txt", "2021-11-01", "meeting", "planned", &["Issawi Frej"]), "Marrakesh", "the place of a planned later stop ('كما سيزور الحي اليهودي في مراكش') is the visit's and the talks' place"),
];

/// Pages that give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a08_ar.txt", "the Jordan-Israel-UAE water-for-energy declaration; Morocco only among last year's normalisers"),
    ("a11_ar.txt", "the Arab League summit in Algiers; Algeria's break with Morocco and 'normalisation' without an event"),
    ("f06_fr.txt", "Sánchez in Rabat; the Israel deal of December 2020 recalled as Washington's exchange"),
];

/// Publication dates: (file, the day, whether the text states it). e05's day is only in its
/// url. a09, with no date at all, borrows from e04's meeting, dated by its own "last Tuesday":
/// its bare past weekday ("يوم الثلاثاء") of that meeting leaves the seven days from the Tuesday,
/// a bound that holds its day (the day after, the manifest's, is one no text tells); until the
/// seventeenth session the first of them was taken as its day.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a09_ar.txt", "2022-09-14", false),
    ("a01_ar.txt", "2020-12-23", true),
    ("a02_ar.txt", "2020-12-26", true),
    ("a03_ar.txt", "2021-10-31", true),
    ("a04_ar.txt", "2021-11-24", true),
    ("a05_ar.txt", "2022-03-28", true),
    ("a06_ar.txt", "2022-07-19", true),
    ("a07_ar.txt", "2022-07-25", true),
    ("a08_ar.txt", "2021-11-23", true),
    ("a10_ar.txt", "2022-06-14", true),
    ("a11_ar.txt", "2022-11-03", true),
    ("a12_ar.txt", "2022-12-22", true),
    ("e01_en.txt", "2020-12-22", true),
    ("e02_en.txt", "2021-07-25", true),
    ("e03_en.txt", "2021-08-12", true),
    ("e04_en.txt", "2022-09-16", true),
    ("e05_en.txt", "2022-01-18", false),
    ("e06_en.txt", "2022-03-28", true),
    ("f01_fr.txt", "2022-02-24", true),
    ("f02_fr.txt", "2022-05-19", true),
    ("f03_fr.txt", "2022-07-26", true),
    ("f04_fr.txt", "2022-01-13", true),
    ("f05_fr.txt", "2021-11-25", true),
    ("f06_fr.txt", "2022-04-08", true),
];

/// Stated publication dates not found today: (file, family).
const PUBLISHED_MISSED: &[(&str, &str)] = &[
];

/// Publication dates wrong today: (file, the right day, the day found today, family). Each must
/// be found wrong as today or right (then the test fails so that the entry moves to
/// `PUBLISHED`); any other value fails.
const PUBLISHED_WRONG: &[(&str, &str, &str, &str)] = &[];

/// The gold scorer's (rows, matched, duplicates, false+, required found), from the text and with
/// the manifest: a row no table accounts for, or a duplicate, moves them.
// Fifteenth session (latin): the invitation «a invité son homologue …, Rachid Talbi Alami, à se
// rendre en Israël» (an apposition between the invitation and its infinitive) and « Arkia devrait
// à son tour lancer une ligne » (the English visit noun "tour" in the French idiom) are no longer
// visits: two false rows fewer.
// Sixteenth session (latin): e04's "since he arrived there in January 2021" is a recall inside
// a since-clause, background and no event (src/events/latin/status.rs,
// `since_clause_is_background`); the gold's optional back-reference govrin-arrival-2021-01 is no
// longer matched (one row and one match fewer both ways: .814 -> .810, manifest .838 -> .834).
// Eighteenth session (stops): a pair's signings of one day are one signing whatever subject
// each page names, so f05's memorandum told by its fields ('le renseignement, l'achat
// d'équipements et la formation', topic intelligence) joins the defence memorandum: one
// duplicate fewer both ways (.810 -> .822, manifest .834 -> .846).
// Twenty-fifth session: talks upon arrival dated, a reception party no meeting, the King's audience of
// the delegation's members on its day (.822 -> .893, manifest .846 -> .918).
const SCORES: (probe_support::Counts, probe_support::Counts) = ((35, 31, 1, 3, 18), (36, 32, 1, 3, 19));

probe_support::probe_tests!();
