//! The twenty-sixth blind probe (tests/fixtures/probe26/, docs/probe26.md): 24 pages of sites
//! none of the twenty-five earlier probes modelled, written and committed with their gold and
//! manifest before tarikh was run on them.
//!
//! The tables say what tarikh finds today, scored blind on the thirty-second session's first
//! build (8e64b0c): the events found, the known failures with the row a fix gives, the
//! publication dates, and the scorer's counts. The file tests
//! (`probe_support::files::probe_file_tests!`) check the probe's own files: the gold parses in
//! the twenty-fifth probe's format, names existing pages and dates within its precision, every
//! evidence is copied from one of its pages, and the manifest names every page once with a
//! published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe26";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "Oman's Shura Council votes to widen the law boycotting Israel 'أمس الاثنين' (26 December 2022), the State Council still to approve it, Netanyahu in Muscat 'في تشرين الأول/أكتوبر 2018', arrests in the West Bank 'فجر اليوم الثلاثاء', Netanyahu's government sworn in 'الخميس المقبل' (a related link) (Oman-Israel, Palestine); Morocco only named in the list of states that normalised 'منذ عام 2020', undated"),
    ("a12_ar.txt", "Burhan meets Netanyahu in Entebbe 'أمس الاثنين' (3 February 2020), Sudan's cabinet 'اليوم الثلاثاء', the SPLM delegation to Juba 'غداً الأربعاء' (Sudan-Israel, Sudan); Morocco only named among the Arab states Washington was said to be courting, 'دون أن يصدر أي تأكيد رسمي', undated"),
    ("e06_en.txt", "Haaretz reports 'on Monday' (8 November 2021) that Saddam Haftar's jet landed at Ben Gurion 'last week', unconfirmed, the presidential elections 'scheduled for December 24', the candidates' registration 'on Monday', the Paris conference 'Friday' (Libya-Israel, Libya); Morocco only named among the Abraham Accords states 'last year', undated"),
    ("f06_fr.txt", "El Al's first commercial flight Tel Aviv-Abu Dhabi 'lundi' (31 August 2020) with Jared Kushner and Meir Ben Shabbat on board, their talks 'mardi' (Israel-UAE, the same delegation heads and airline as the Rabat flight of 22 December 2020), Poitiers' school year 'mardi 1er septembre'; Morocco only named among the countries that 'pourraient suivre', 'aucun calendrier'"),
];

/// Publication dates: (file, the day, whether the text states it). a02 has no date in its text
/// (Aljadida24's page with a byline 'بقلم: الجديدة 24' and a cookie line and no date line; its
/// manifest row has the day, 2022-03-14; its only dates are 'أمس الأحد', 'في يوليوز من السنة
/// الماضية', 'في وقت لاحق' and 'يوم الثلاثاء المقبل'; the day is the one after Royal Air Maroc's
/// first Tel Aviv flight). a10's date is at the foot only, in Arabic-Indic digits ('نُشر في: ١٢
/// ديسمبر ٢٠٢٠ - ١١:٣٠'), its manifest row the month. a04, a08, a09, e01, e02 and f03 state their
/// day though their manifest rows are empty; a01, a06, a12, e03, f04 and f05 state theirs though
/// their manifest rows have only the month. a01 has a Moroccan month ('الخميس 12 غشت 2021 -
/// 13:25'), a03 Akhbarak's Egyptian 'الأربعاء 24 نوفمبر 2021 06:15 م' under the headline, a04 a
/// Levantine month with a bar ('الثلاثاء 29 آذار 2022 | 10:48'), a05 a Levantine pair with a
/// twelve-hour clock ('السبت 26 كانون الأول/ديسمبر 2020 - 01:15 م') below Amman's prayer times,
/// a06 the Gregorian before the Hijri ('الأربعاء 20 يوليو 2022 - 21 ذو الحجة 1443'), a07 an
/// Algerian month ('الثلاثاء 22 فيفري 2022'), a08 a Tunisian month without a weekday under the
/// headline ('26 جانفي 2021 - 19:40'), a09 an ISO day in the byline ('زمان الوصل - وكالات |
/// 2020-12-23 10:12'), a11 the Gregorian before the Hijri ('الثلاثاء 27 ديسمبر 2022 | 04 جمادى
/// الآخرة 1444'), a12 a dateline 'الخرطوم 4 فبراير 2020 —' opening the text; e01 'By Associated
/// Press - Tuesday, December 22, 2020', e02 'Reuters · Posted: Mar 28, 2022 4:05 PM ET | Last
/// Updated: March 28, 2022', e03 'Rich Thomaselli | July 26, 2021 11:42 AM ET' below a cookie
/// line, e04 'AFP / Updated: Jul 20, 2022, 04:32 IST', e05 capitals 'DECEMBER 11, 2020' above a
/// 'MUSCAT, Dec 11 -' dateline, e06 'Libya Observer | November 8, 2021'; f01 'Mercredi 27 Juillet
/// 2022' (capitals), f02 'Publié le mercredi 23 décembre 2020 | AFP', f03 'Publié le 24/11/2021
/// à 17:52' below a JavaScript notice, f04 'Posté le 15/07/2021 par la Rédaction', f05 'Publié
/// le 23 février 2022', f06 'Publié le 31/08/2020 à 15:42 | Mis à jour le 31/08/2020 à 18:05'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2021-08-12", true),
    ("a02_ar.txt", "2022-03-14", false),
    ("a03_ar.txt", "2021-11-24", true),
    ("a04_ar.txt", "2022-03-29", true),
    ("a05_ar.txt", "2020-12-26", true),
    ("a06_ar.txt", "2022-07-20", true),
    ("a07_ar.txt", "2022-02-22", true),
    ("a08_ar.txt", "2021-01-26", true),
    ("a09_ar.txt", "2020-12-23", true),
    ("a10_ar.txt", "2020-12-12", true),
    ("a11_ar.txt", "2022-12-27", true),
    ("a12_ar.txt", "2020-02-04", true),
    ("e01_en.txt", "2020-12-22", true),
    ("e02_en.txt", "2022-03-28", true),
    ("e03_en.txt", "2021-07-26", true),
    ("e04_en.txt", "2022-07-20", true),
    ("e05_en.txt", "2020-12-11", true),
    ("e06_en.txt", "2021-11-08", true),
    ("f01_fr.txt", "2022-07-27", true),
    ("f02_fr.txt", "2020-12-23", true),
    ("f03_fr.txt", "2021-11-24", true),
    ("f04_fr.txt", "2021-07-15", true),
    ("f05_fr.txt", "2022-02-23", true),
    ("f06_fr.txt", "2020-08-31", true),
];

/// Events found from the text and with the manifest: (gold event key, the row).
const FOUND: &[(&str, Expect)] = &[
    ("delegation_arrival_rabat_2020_12_22", ("e01_en.txt", "2020-12-22", "visit", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])),
    ("el_al_first_flight_rabat_2020_12_22", ("e01_en.txt", "2020-12-22", "flight", "occurred", &[])),
    // The call told as the ground of the announcement: e05 'announced the agreement on Thursday
    // after a telephone call with King Mohammed VI' (the statement's day), a10 «إثر مكالمة
    // هاتفية جمعته بالعاهل المغربي» (the pronoun is Trump, the sentence's subject).
    ("trump_king_call_2020_12_10", ("e05_en.txt", "2020-12-10", "call", "occurred", &["Donald Trump", "Mohammed VI of Morocco"])),
    ("joint_declaration_2020_12_22", ("a09_ar.txt", "2020-12-22", "agreement", "occurred", &["Saadeddine Othmani", "Jared Kushner", "Meir Ben-Shabbat"])),
    // The audience told as the circumstance of the signing told again: a09 «وجرى التوقيع عقب
    // استقبال الملك محمد السادس للوفد», f02 « paraphé par …, après une audience accordée par le roi
    // » take the signing's day (src/events/audience.rs). e01's passive 'was later received by'
    // stays the visit's (the dev set's convention, audience_is_the_visit).
    ("king_receives_delegation_2020_12_22", ("a09_ar.txt", "2020-12-22", "meeting", "occurred", &["Mohammed VI of Morocco"])),
    ("king_netanyahu_call_2020_12_25", ("a05_ar.txt", "2020-12-25", "call", "occurred", &["Benjamin Netanyahu"])),
    ("ushpiz_govrin_arrival_rabat_2021_01_26", ("a08_ar.txt", "2021-01-26", "visit", "occurred", &["Alon Ushpiz", "David Govrin"])),
    ("cyber_agreement_2021_07", ("f04_fr.txt", "2021-07", "agreement", "occurred", &["Yigal Unna"])),
    ("unna_visit_rabat_2021_07", ("f04_fr.txt", "2021-07", "visit", "occurred", &["Yigal Unna"])),
    ("israir_first_marrakesh_flight_2021_07_25", ("e03_en.txt", "2021-07-25", "flight", "occurred", &[])),
    ("lapid_arrival_rabat_2021_08_11", ("a01_ar.txt", "2021-08-11", "visit", "occurred", &["Yair Lapid"])),
    ("lapid_bourita_talks_2021_08_11", ("a01_ar.txt", "2021-08-11", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    // Signed «في ختام هذه المباحثات»: the talks told, dated, in the sentence before.
    ("lapid_bourita_agreements_2021_08_11", ("a01_ar.txt", "2021-08-11", "agreement", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("lapid_liaison_office_opening_2021_08_12", ("a01_ar.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"])),
    ("gantz_arrival_rabat_2021_11_23", ("a03_ar.txt", "2021-11-23", "visit", "occurred", &["Benny Gantz"])),
    ("gantz_loudiyi_mou_2021_11_24", ("a03_ar.txt", "2021-11-24", "agreement", "occurred", &["Abdellatif Loudiyi", "Benny Gantz"])),
    ("gantz_bourita_meeting_2021_11", ("a03_ar.txt", "2021-11", "meeting", "occurred", &["Benny Gantz", "Nasser Bourita"])),
    ("barbivai_arrival_2022_02_20", ("a07_ar.txt", "2022-02-20", "visit", "occurred", &["Orna Barbivai"])),
    ("barbivai_mezzour_agreement_2022_02_21", ("a07_ar.txt", "2022-02-21", "agreement", "occurred", &["Ryad Mezzour", "Orna Barbivai"])),
    ("bourita_arrival_negev_2022_03_27", ("a04_ar.txt", "2022-03-27", "visit", "occurred", &["Nasser Bourita"])),
    ("negev_summit_2022_03_28", ("a04_ar.txt", "2022-03-28", "meeting", "occurred", &["Antony Blinken", "Yair Lapid", "Nasser Bourita"])),
    ("kochavi_arrival_2022_07_18", ("a06_ar.txt", "2022-07-18", "visit", "occurred", &["Aviv Kochavi"])),
    ("kochavi_el_farouk_meeting_2022_07_19", ("a06_ar.txt", "2022-07-19", "meeting", "occurred", &["Aviv Kochavi"])),
    ("kochavi_loudiyi_talks_2022_07", ("e04_en.txt", "2022-07", "meeting", "occurred", &["Aviv Kochavi", "Abdellatif Loudiyi"])),
    ("ouahbi_arrival_israel_2022_07_25", ("f01_fr.txt", "2022-07-25", "visit", "occurred", &["Abdellatif Ouahbi"])),
    ("ouahbi_saar_judicial_mou_2022_07_26", ("f01_fr.txt", "2022-07-26", "agreement", "occurred", &["Abdellatif Ouahbi", "Gideon Sa'ar"])),
    ("casablanca_business_forum_2022_02_22", ("f05_fr.txt", "2022-02-22", "meeting", "occurred", &["Orna Barbivai"])),
];

/// Found only with the manifest: a02 has no date in its text.
const FOUND_WITH_MANIFEST: &[(&str, Expect)] = &[
    ("ram_first_tel_aviv_flight_2022_03_13", ("a02_ar.txt", "2022-03-13", "flight", "occurred", &[])),
];

/// Reports of an event in other pages that join its row, from the text and with the manifest:
/// (gold event key, file).
const JOINED: &[(&str, &str)] = &[
    ("delegation_arrival_rabat_2020_12_22", "a05_ar.txt"),
    ("delegation_arrival_rabat_2020_12_22", "a09_ar.txt"),
    ("delegation_arrival_rabat_2020_12_22", "f02_fr.txt"),
    ("joint_declaration_2020_12_22", "a08_ar.txt"),
    ("joint_declaration_2020_12_22", "e01_en.txt"),
    ("joint_declaration_2020_12_22", "f02_fr.txt"),
    ("king_receives_delegation_2020_12_22", "f02_fr.txt"),
    ("gantz_arrival_rabat_2021_11_23", "f03_fr.txt"),
    ("gantz_loudiyi_mou_2021_11_24", "e04_en.txt"),
    ("gantz_loudiyi_mou_2021_11_24", "f03_fr.txt"),
    ("gantz_bourita_meeting_2021_11", "f03_fr.txt"),
    ("barbivai_arrival_2022_02_20", "f05_fr.txt"),
    ("barbivai_mezzour_agreement_2022_02_21", "f05_fr.txt"),
    ("negev_summit_2022_03_28", "e02_en.txt"),
    ("kochavi_arrival_2022_07_18", "e04_en.txt"),
    ("kochavi_el_farouk_meeting_2022_07_19", "e04_en.txt"),
];

/// Joined only with the manifest.
const JOINED_WITH_MANIFEST: &[(&str, &str)] = &[
];

/// Known failures from the text and with the manifest, each named by its family in
/// docs/probe26.md.
const KNOWN: &[Known] = &[
    Known {
        key: "",
        family: "a delegation of companies expected at a fair next April (« Une délégation d'entreprises agritech israéliennes est attendue au SIAM de Meknès en avril prochain ») no longer takes the minister of the sentences before (an unnamed group's visit, trigger files kind `unnamed-group`), but is still a planned visit of no one, which the gold does not list",
        now: Some(("f05_fr.txt", "2022-04", "visit", "planned", &[])),
        fixed: None,
    },
];

/// Known failures from the text alone.
const KNOWN_TEXT: &[Known] = &[];

/// Known failures with the manifest only.
const KNOWN_WITH_MANIFEST: &[Known] = &[];

/// Rows whose title is known wrong.
const KNOWN_TITLES: &[(Expect, &str, &str)] = &[];

/// Stated publication dates not found today: (file, family).
const PUBLISHED_MISSED: &[(&str, &str)] = &[];

/// Publication dates wrong today: (file, the right day, the day found today, family).
const PUBLISHED_WRONG: &[(&str, &str, &str, &str)] = &[
    ("e04_en.txt", "2022-07-20", "2022-07-19", "an update line alone ('AFP / Updated: Jul 20, 2022, 04:32 IST') with the story's 'on Tuesday': by the pages fixture's convention the page is dated that Tuesday; the gold takes the update's day, as probe24's e05"),
];

/// The gold scorer's (rows, matched, duplicates, false+, required found), from the text and with
/// the manifest.
/// Until the thirty-fifth session a04's American arrival «آتياً من إسرائيل حيث شارك أمس الاثنين في قمة
/// النقب» took the summit's ministers as visitors, a row no gold event accounts for; a clause of
/// place with a date of its own after a trip tells another occasion (participants.rs
/// clause_of_another_occasion), and Blinken's visit of Rabat alone is no Morocco–Israel row.
/// Forty-fourth session (group44): talks with a group left unnamed told after a stop of the trip
/// in their sentence («حيث سيزور … ويلتقي بممثلين», « où il a visité … et rencontré des membres »)
/// are that stop's, whoever of the visitor's side they name, no row; «على أن» opening its
/// sentence tells a plan. (29, 27, 0, 2, 19), (30, 28, 0, 2, 20) before.
const SCORES: (probe_support::Counts, probe_support::Counts) = ((28, 27, 0, 1, 19), (29, 28, 0, 1, 20));

probe_support::probe_tests!();

probe_support::files::probe_file_tests!("tests/fixtures/probe25");
