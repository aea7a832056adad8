//! The tenth blind probe (tests/fixtures/probe10/, docs/probe10.md): 24 pages of sites none of
//! the nine earlier probes modelled, written and committed with their gold and manifest before
//! tarikh was run on them.
//!
//! The same shape as tests/probe9.rs: the events tarikh finds, which must stay found, and the
//! known failures, each in the state it is in today next to the row a fix gives (or `None`
//! when the row should go), and the scorer's counts. The tables were filled after the blind
//! score (docs/probe10.md), at the end of the sixteenth session; text and manifest runs give
//! the same rows.
//!
//! The tests below them also check the probe's own files (`probe_support::files::probe_file_tests!`):
//! the gold parses in the ninth probe's format, names existing pages and dates within its
//! precision, every evidence is copied from one of its pages, and the manifest names every page
//! once with a published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

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

/// Events found from the text and with the manifest: (gold event key, the row).
const FOUND: &[(&str, Expect)] = &[
    ("king_trump_call", ("a01_ar.txt", "2020-12-10", "call", "occurred", &["Mohammed VI of Morocco", "Donald Trump"])),
    ("joint_declaration_2020_12_22", ("a02_ar.txt", "2020-12-22", "agreement", "occurred", &["Saadeddine Othmani", "Jared Kushner", "Meir Ben-Shabbat", "Mohammed VI of Morocco"])),
    ("us_israeli_delegation_visit", ("a02_ar.txt", "2020-12-22", "visit", "occurred", &["Jared Kushner", "Meir Ben-Shabbat", "Mohammed VI of Morocco"])),
    ("royal_audience_2020_12_22", ("a02_ar.txt", "2020-12-22", "meeting", "occurred", &["Mohammed VI of Morocco", "Jared Kushner", "Meir Ben-Shabbat"])),
    ("el_al_ly555_flight", ("a02_ar.txt", "2020-12-22", "flight", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])),
    ("king_netanyahu_call", ("a03_ar.txt", "2020-12-25", "call", "occurred", &["Benjamin Netanyahu", "Mohammed VI of Morocco"])),
    ("ushpiz_govrin_arrival", ("a04_ar.txt", "2021-01-26", "visit", "occurred", &["Alon Ushpiz"])),
    ("cyber_agreement_2021_07", ("a05_ar.txt", "2021-07", "agreement", "occurred", &["Yigal Unna"])),
    ("israir_first_flight_marrakesh", ("a05_ar.txt", "2021-07-25", "flight", "occurred", &[])),
    ("lapid_bourita_agreements", ("e03_en.txt", "2021-08-11", "agreement", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("lapid_visit", ("a06_ar.txt", "2021-08-11", "visit", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("lapid_bourita_talks", ("a06_ar.txt", "2021-08-11", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("lapid_liaison_office_opening", ("a06_ar.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"])),
    // «أن يتوجه لبيد في وقت لاحق اليوم إلى الدار البيضاء»: «اليوم» before «إلى» is today.
    ("lapid_casablanca_synagogue", ("a06_ar.txt", "2021-08-12", "visit", "planned", &["Yair Lapid"])),
    ("gantz_arrival", ("a07_ar.txt", "2021-11-23", "visit", "occurred", &["Benny Gantz"])),
    ("gantz_loudiyi_mou", ("a07_ar.txt", "2021-11-24", "agreement", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"])),
    // Twenty-fourth session: «كما التقى غانتس … بوريطة», told after the arrival «مساء الثلاثاء»
    // with no day of its own, is of the story's day, not that evening (src/events/evening.rs).
    ("gantz_bourita_meeting", ("a07_ar.txt", "2021-11-24", "meeting", "occurred", &["Benny Gantz", "Nasser Bourita"])),
    ("barbivai_mezzour_agreement", ("e04_en.txt", "2022-02-21", "agreement", "occurred", &["Orna Barbivai", "Ryad Mezzour"])),
    ("ram_first_tel_aviv_flight", ("a08_ar.txt", "2022-03-13", "flight", "occurred", &[])),
    ("bourita_arrival_negev", ("a09_ar.txt", "2022-03-27", "visit", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("negev_summit", ("a09_ar.txt", "2022-03-28", "meeting", "occurred", &["Nasser Bourita", "Yair Lapid"])),
    ("kochavi_farouk_meeting", ("a10_ar.txt", "2022-07", "meeting", "planned", &["Aviv Kochavi", "Farouk Belkhir"])),
    // Twenty-fourth session: a10's plan with the defence establishment (the inspector general and
    // the minister delegate) is one meeting with both, as the gold allows ("may be one row"): one
    // row matches one of the two optional events.
    ("kochavi_loudiyi_meeting", ("a10_ar.txt", "2022-07", "meeting", "planned", &["Aviv Kochavi", "Abdellatif Loudiyi"])),
    ("kochavi_visit", ("a10_ar.txt", "2022-07-18", "visit", "occurred", &["Aviv Kochavi"])),
];

/// Found only with the manifest.
const FOUND_WITH_MANIFEST: &[(&str, Expect)] = &[];

/// Reports of an event in other pages that join its row, from the text and with the manifest:
/// (gold event key, file).
const JOINED: &[(&str, &str)] = &[
    // Eighteenth session: e05's recall of the Negev meeting by its own month takes no Gantz
    // from the sentence before (dated November), so it joins the summit.
    ("negev_summit", "e05_en.txt"),
    // a03's and a04's recalls of "the joint declaration" signed that Tuesday, by neither a
    // signatory nor a subject, are that signing (twenty-fifth session; the scorer had counted
    // their row as the water memorandum, an optional event no page tells apart).
    ("joint_declaration_2020_12_22", "a03_ar.txt"),
    ("joint_declaration_2020_12_22", "a04_ar.txt"),
    ("king_trump_call", "a02_ar.txt"),
    ("king_trump_call", "f01_fr.txt"),
    ("joint_declaration_2020_12_22", "e01_en.txt"),
    ("joint_declaration_2020_12_22", "f01_fr.txt"),
    // Sixteenth session: "following the memoranda … signed in Rabat on Tuesday" after "will work
    // together" is the last Tuesday's signing (a plan marker before "following" is not its).
    ("joint_declaration_2020_12_22", "e02_en.txt"),
    ("us_israeli_delegation_visit", "a03_ar.txt"),
    ("us_israeli_delegation_visit", "e01_en.txt"),
    ("us_israeli_delegation_visit", "e02_en.txt"),
    ("us_israeli_delegation_visit", "f01_fr.txt"),
    // f01_fr.txt's audience told by the title alone (« reçue en audience par le Roi ») is its delegation's visit, as a named
    // King's is in French and English (thirty-seventh session, audience_is_the_visit): it joins
    // the visit's row, no longer the Arabic pages' audience.
    ("el_al_ly555_flight", "a03_ar.txt"),
    ("el_al_ly555_flight", "e01_en.txt"),
    ("king_netanyahu_call", "f01_fr.txt"),
    ("israir_first_flight_marrakesh", "f02_fr.txt"),
    ("lapid_bourita_agreements", "f03_fr.txt"),
    ("lapid_visit", "e03_en.txt"),
    ("lapid_visit", "f03_fr.txt"),
    ("lapid_bourita_talks", "e03_en.txt"),
    ("lapid_bourita_talks", "f03_fr.txt"),
    ("lapid_liaison_office_opening", "e03_en.txt"),
    ("lapid_liaison_office_opening", "f03_fr.txt"),
    ("gantz_arrival", "f04_fr.txt"),
    ("gantz_loudiyi_mou", "e04_en.txt"),
    ("gantz_loudiyi_mou", "e05_en.txt"),
    ("gantz_loudiyi_mou", "f04_fr.txt"),
    ("ram_first_tel_aviv_flight", "e04_en.txt"),
    ("ram_first_tel_aviv_flight", "f05_fr.txt"),
    ("kochavi_farouk_meeting", "e05_en.txt"),
    ("kochavi_loudiyi_meeting", "e05_en.txt"),
    ("kochavi_visit", "e05_en.txt"),
];

/// Joined only with the manifest.
const JOINED_WITH_MANIFEST: &[(&str, &str)] = &[];

/// Known failures from the text and with the manifest, each named by its family in
/// docs/probe10.md.
const KNOWN: &[Known] = &[
    Known {
        key: "",
        family: "the visit told as the occasion of a signing («وقعا … اتفاقا … خلال زيارة … يغآل أونا، إلى الرباط») is a row the gold does not list",
        now: Some(("a05_ar.txt", "2021-07", "visit", "occurred", &["Yigal Unna"])),
        fixed: None,
    },
    Known {
        key: "",
        family: "Barbivai's visit told by \"during the first visit of an Israeli economy minister to the kingdom\": a real visit the gold leaves out",
        now: Some(("e04_en.txt", "2022-02-21", "visit", "occurred", &["Orna Barbivai"])),
        fixed: None,
    },
    Known {
        key: "",
        family: "the dinner meeting coordinated after a dated arrival («وصل إلى إسرائيل مساء أمس الأحد … والتقى لابيد») is a row the gold does not list; until the seventeenth session it took the page's Monday and was matched as the summit, whose own row was then a duplicate (a coordinated act takes its own sentence's day now)",
        now: Some(("a09_ar.txt", "2022-03-27", "meeting", "occurred", &["Nasser Bourita", "Yair Lapid"])),
        fixed: None,
    },
];

/// Known failures of one run only.
const KNOWN_TEXT: &[Known] = &[];
const KNOWN_WITH_MANIFEST: &[Known] = &[];

/// Rows whose title is known wrong.
const KNOWN_TITLES: &[(Expect, &str, &str)] = &[(
    ("a09_ar.txt", "2022-03-27", "visit", "occurred", &["Yair Lapid", "Nasser Bourita"]),
    "Yair Lapid visits Morocco",
    "a visitor named by his office alone («وكان وزير الخارجية المغربى قد وصل إلى إسرائيل … والتقى لابيد») comes after the host named by his name in the arrival's participants, and the country after the arrival verb is not among its places: the title, which knows neither where the visit went nor who came first, takes the host (participants, src/events; with the destination known the title names the visitor)",
)];

/// Stated publication dates not found today: (file, family).
// Nineteenth session: e01's yearless wire dateline ('Dec. 22 (UPI)') and e03's two-digit byline
// ('08/11/21', 11 August or 8 November) keep their possible days while the page has no anchor;
// the bound its bare weekday borrows (22 to 28 December, 11 to 12 August) holds one of them,
// which dates the page (before, the bound alone held the right day by luck).
const PUBLISHED_MISSED: &[(&str, &str)] = &[];

/// Publication dates wrong today: (file, the right day, the day found today, family). Seventeenth
/// session: f05 (no date of its own) borrows from the event its bare weekday tells a bound (that
/// day or the six after, `inferred:borrowed-from`), which holds its day, no longer the first day.
const PUBLISHED_WRONG: &[(&str, &str, &str, &str)] = &[];

/// The gold scorer's (rows, matched, duplicates, false+, required found), from the text and with
/// the manifest: a row no table accounts for, or a duplicate, moves them.
// Seventeenth session: the dinner meeting coordinated after a09's dated arrival takes its own
// sentence's Sunday, so it no longer doubles the summit (dup 1 -> 0) and counts as a false row
// (false+ 4 -> 5); F1 unchanged (.902).
const SCORES: (probe_support::Counts, probe_support::Counts) = ((27, 24, 0, 3, 17), (27, 24, 0, 3, 17));

probe_support::probe_tests!();

probe_support::files::probe_file_tests!("tests/fixtures/probe9");
