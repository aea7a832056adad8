//! The thirteenth blind probe (tests/fixtures/probe13/, docs/probe13.md): 24 pages of sites none
//! of the twelve earlier probes modelled, written and committed with their gold and manifest
//! before tarikh was run on them.
//!
//! The same shape as tests/probe12.rs: the events tarikh finds, which must stay found, and the
//! known failures, each in the state it is in today next to the row a fix gives (or `None`
//! when the row should go), and the scorer's counts. The tables were filled after the blind
//! score (docs/probe13.md), at the end of the nineteenth session; text and manifest runs give
//! the same rows.
//!
//! The tests below them also check the probe's own files (`probe_support::files::probe_file_tests!`):
//! the gold parses in the twelfth probe's format, names existing pages and dates within its
//! precision, every evidence is copied from one of its pages, and the manifest names every page
//! once with a published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe13";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "the Bayt Mal Al-Quds agency (of the Al-Quds Committee chaired by the King) starts its Ramadan aid in Jerusalem 'اليوم الخميس'; founded in 1998; no Israel-Morocco event"),
    ("a12_ar.txt", "the Arab summit in Algiers ends 'أمس الأربعاء' with Bourita heading Morocco's delegation, the Palestinian factions' agreement of '13 أكتوبر الماضي'; Morocco's normalisation named with no date"),
    ("e06_en.txt", "Nigeria, Morocco and ECOWAS sign a gas pipeline memorandum 'on Thursday' in Rabat, the project agreed 'in December 2016'; Morocco's restored ties with Israel named with no date"),
    ("f06_fr.txt", "Algeria recalls its ambassador to Madrid 'samedi' after Sánchez's letter on the Sahara, its break with Morocco of '24 août 2021'; the normalisation with Israel named with no date"),
];

/// Publication dates: (file, the day, whether the text states it). a03 has no date line (only
/// '© ... 2020'; its manifest row has the day, and 'مساء اليوم الأحد' names its weekday); f02's
/// only date line is 'il y a 2 jours' (its manifest row is empty); f03 has no date line either
/// (only '© Copyright 2006-2021', its day only in its url `_AN-202107250198`, its manifest row
/// empty). a04, a10 and e03 state their day though their manifest rows have only the month; a05
/// and a12 state theirs though their manifest rows are empty; e05 states only an update line
/// ('Updated: Tue 15 Mar 2022 09:03 AM', manifest row empty). a01 has a Moroccan month ('الجمعة
/// 11 دجنبر 2020 - 10:24'), a02 a slashed date with a time zone and an update line ('الثلاثاء
/// 2020/12/22 06:14 م بتوقيت أبوظبي'), a04 Arabic-Indic digits ('الأربعاء ٢٧ يناير ٢٠٢١'), a05 a
/// slashed month name ('الإثنين 26/يوليو/2021 - 11:42 ص'), a06 a Levantine month ('الخميس 12 آب
/// 2021'), a07 its date at the foot only ('نشر بتاريخ: 26 نونبر 2021'), a09 a Levantine month with
/// a comma ('28 آذار، 2022'), a10 the Gregorian before the Hijri ('الثلاثاء, 19 يوليو 2022 20 ذو
/// الحجة 1443'), a11 an ISO date and a dateline ('2022-04-07 13:12', '7-4-2022'), e03 day first
/// ('25 November 2021'), e04 'Mar 29,2022', f01 '22 Déc 2021', f04 'Publié le 20 juil. 2022', f05
/// 'Publié le 23/12/2020'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2020-12-11", true),
    ("a02_ar.txt", "2020-12-22", true),
    ("a03_ar.txt", "2020-12-27", false),
    ("a04_ar.txt", "2021-01-27", true),
    ("a05_ar.txt", "2021-07-26", true),
    ("a06_ar.txt", "2021-08-12", true),
    ("a07_ar.txt", "2021-11-26", true),
    ("a08_ar.txt", "2022-02-22", true),
    ("a09_ar.txt", "2022-03-28", true),
    ("a10_ar.txt", "2022-07-19", true),
    ("a11_ar.txt", "2022-04-07", true),
    ("a12_ar.txt", "2022-11-03", true),
    ("e01_en.txt", "2020-12-22", true),
    ("e02_en.txt", "2021-08-12", true),
    ("e03_en.txt", "2021-11-25", true),
    ("e04_en.txt", "2022-03-29", true),
    ("e05_en.txt", "2022-03-15", true),
    ("e06_en.txt", "2022-09-16", true),
    ("f01_fr.txt", "2021-12-22", true),
    ("f02_fr.txt", "2022-02-21", false),
    ("f03_fr.txt", "2021-07-25", false),
    ("f04_fr.txt", "2022-07-20", true),
    ("f05_fr.txt", "2020-12-23", true),
    ("f06_fr.txt", "2022-03-20", true),
];

/// Events found from the text and with the manifest: (gold event key, the row).
const FOUND: &[(&str, Expect)] = &[
    // Forty-fourth session: a Latin reception verb in the past is the host's meeting with the received, beside their visit.
    ("royal_audience_2020_12_22", ("f05_fr.txt", "2020-12-22", "meeting", "occurred", &["Mohammed VI of Morocco", "Jared Kushner", "Meir Ben-Shabbat"])),
    ("king_trump_call", ("a01_ar.txt", "2020-12-10", "call", "occurred", &["Mohammed VI of Morocco", "Donald Trump"])),
    ("joint_declaration_2020_12_22", ("a03_ar.txt", "2020-12-22", "agreement", "occurred", &["Jared Kushner", "Meir Ben-Shabbat", "Saadeddine Othmani"])),
    ("us_israeli_delegation_visit", ("e01_en.txt", "2020-12-22", "visit", "occurred", &["Jared Kushner", "Meir Ben-Shabbat", "Mohammed VI of Morocco"])),
    ("el_al_flight_2020_12_22", ("e01_en.txt", "2020-12-22", "flight", "occurred", &["Jared Kushner", "Meir Ben-Shabbat", "Saadeddine Othmani"])),
    ("king_netanyahu_call", ("a03_ar.txt", "2020-12-25", "call", "occurred", &["Benjamin Netanyahu", "Mohammed VI of Morocco"])),
    ("ushpiz_govrin_arrival", ("a04_ar.txt", "2021-01-26", "visit", "occurred", &["Alon Ushpiz", "David Govrin"])),
    ("cyber_agreement_2021_07", ("e03_en.txt", "2021-07", "agreement", "occurred", &["Benny Gantz", "Nasser Bourita"])),
    ("israir_first_flight_marrakesh", ("a05_ar.txt", "2021-07-25", "flight", "occurred", &[])),
    ("lapid_bourita_agreements", ("e02_en.txt", "2021-08-11", "agreement", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("lapid_visit", ("e02_en.txt", "2021-08-11", "visit", "occurred", &["Yair Lapid"])),
    ("lapid_bourita_talks", ("a06_ar.txt", "2021-08-11", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("lapid_liaison_office_opening", ("e02_en.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"])),
    ("gantz_arrival", ("e03_en.txt", "2021-11-23", "visit", "occurred", &["Benny Gantz", "Nasser Bourita"])),
    ("gantz_loudiyi_mou", ("a07_ar.txt", "2021-11-24", "agreement", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"])),
    ("barbivai_mezzour_agreement", ("f02_fr.txt", "2022-02-21", "agreement", "occurred", &["Orna Barbivai", "Ryad Mezzour"])),
    ("ram_first_tel_aviv_flight", ("e05_en.txt", "2022-03-13", "flight", "occurred", &[])),
    ("bourita_arrival_negev", ("e04_en.txt", "2022-03-27", "visit", "occurred", &["Nasser Bourita", "Yair Lapid", "Antony Blinken", "Sameh Shoukry", "Abdullah bin Zayed Al Nahyan", "Abdullatif bin Rashid Al Zayani"])),
    ("negev_summit", ("e04_en.txt", "2022-03-28", "meeting", "occurred", &["Yair Lapid", "Antony Blinken", "Nasser Bourita", "Sameh Shoukry"])),
    ("kochavi_farouk_meeting", ("f04_fr.txt", "2022-07", "meeting", "occurred", &["Aviv Kochavi", "Farouk Belkhir"])),
    ("kochavi_visit", ("a10_ar.txt", "2022-07-18", "visit", "occurred", &["Aviv Kochavi"])),
    // Optional: «اجتماع اللجنة التوجيهية لمنتدى النقب في المنامة الشهر الماضي، بمشاركة المغرب
    // وإسرائيل»: a meeting of the countries named alone, held in Manama (twenty-third session).
    ("negev_forum_steering_manama", ("a10_ar.txt", "2022-06", "meeting", "occurred", &[])),
];

/// Found only with the manifest.
const FOUND_WITH_MANIFEST: &[(&str, Expect)] = &[];

/// Reports of an event in other pages that join its row, from the text and with the manifest:
/// (gold event key, file).
const JOINED: &[(&str, &str)] = &[
    ("joint_declaration_2020_12_22", "f01_fr.txt"),
    ("joint_declaration_2020_12_22", "f05_fr.txt"),
    ("us_israeli_delegation_visit", "a02_ar.txt"),
    ("us_israeli_delegation_visit", "f05_fr.txt"),
    ("el_al_flight_2020_12_22", "a02_ar.txt"),
    ("el_al_flight_2020_12_22", "f05_fr.txt"),
    ("king_netanyahu_call", "a04_ar.txt"),
    ("ushpiz_govrin_arrival", "f01_fr.txt"),
    ("israir_first_flight_marrakesh", "f01_fr.txt"),
    ("lapid_bourita_agreements", "a06_ar.txt"),
    ("lapid_visit", "a06_ar.txt"),
    ("lapid_liaison_office_opening", "a06_ar.txt"),
    ("gantz_arrival", "a07_ar.txt"),
    ("gantz_loudiyi_mou", "a08_ar.txt"),
    ("gantz_loudiyi_mou", "e03_en.txt"),
    ("gantz_loudiyi_mou", "f01_fr.txt"),
    ("gantz_loudiyi_mou", "f04_fr.txt"),
    ("barbivai_mezzour_agreement", "a08_ar.txt"),
    ("barbivai_mezzour_agreement", "e05_en.txt"),
    ("ram_first_tel_aviv_flight", "a08_ar.txt"),
    ("bourita_arrival_negev", "a09_ar.txt"),
    ("negev_summit", "a09_ar.txt"),
    ("kochavi_farouk_meeting", "a10_ar.txt"),
    ("kochavi_visit", "f04_fr.txt"),
];

/// Joined only with the manifest.
const JOINED_WITH_MANIFEST: &[(&str, &str)] = &[];

/// Known failures from the text and with the manifest, each named by its family in
/// docs/probe13.md.
const KNOWN: &[Known] = &[
];

/// Known failures of one run only.
const KNOWN_TEXT: &[Known] = &[];
const KNOWN_WITH_MANIFEST: &[Known] = &[];

/// Rows whose title is known wrong.
const KNOWN_TITLES: &[(Expect, &str, &str)] = &[];

/// Stated publication dates not found today: (file, family).
const PUBLISHED_MISSED: &[(&str, &str)] = &[
    ("e05_en.txt", "an update line is the only date line ('Updated: Tue 15 Mar 2022'); it bounds the publication to the week up to it (9–15 March), which another page's day narrows for its 'on Sunday' flight, but it is not the day"),
];

/// Publication dates wrong today: (file, the right day, the day found today, family).
const PUBLISHED_WRONG: &[(&str, &str, &str, &str)] = &[];

/// The gold scorer's (rows, matched, duplicates, false+, required found), from the text and with
/// the manifest: a row no table accounts for, or a duplicate, moves them.
// Forty-fourth session: the King's reception in French (« a été reçue mardi par le roi ») is his meeting with the delegation, beside its visit; (22, 22, 0, 0, 16) both before.
const SCORES: (probe_support::Counts, probe_support::Counts) = ((23, 23, 0, 0, 17), (23, 23, 0, 0, 17));

probe_support::probe_tests!();

probe_support::files::probe_file_tests!("tests/fixtures/probe12");
