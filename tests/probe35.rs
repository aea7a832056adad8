//! The thirty-fifth blind probe (tests/fixtures/probe35/, docs/probe35.md): 24 pages of sites
//! none of the thirty-four earlier probes modelled, written and committed with their gold and
//! manifest before tarikh was run on them.
//!
//! The tables were filled from the blind score (docs/probe35.md). The file tests
//! (`probe_support::files::probe_file_tests!`) check the probe's own files: the gold parses in
//! the thirty-fourth probe's format, names existing pages and dates within its precision, every
//! evidence is copied from one of its pages, and the manifest names every page once with a
//! published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe35";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "Aguila Saleh and Khalid al-Mishri meet in Rabat 'أمس الجمعة' (21 October 2022) with Bourita, their Geneva round 'نهاية يونيو الماضي', a joint meeting 'خلال الأسابيع القادمة' (Libya, hosted by Morocco; LANA's dateline in Arabic-Indic digits 'الرباط ٢٢ أكتوبر ٢٠٢٢ (وال)'); Israel not named"),
    ("a12_ar.txt", "Thirteen years since Mauritania froze its ties with Israel 'في مثل هذا اليوم من عام 2009', relations 'في 28 أكتوبر 1999', the embassy closed 'في مارس 2010' (Mauritania-Israel, history outside 2020-2022); Morocco only named in 'أواخر عام 2020، حين استأنف المغرب المجاور علاقاته مع إسرائيل'"),
    ("e06_en.txt", "Eli Cohen leads a delegation to Khartoum 'on Monday' (25 January 2021), meets Burhan and Yassin Ibrahim Yassin; the Abraham Accords declaration 'On 6 January' (Israel-Sudan, US-Sudan); Morocco only named among the states that 'agreed to establish ties with Israel last year'"),
    ("f06_fr.txt", "Pro-Palestinian rallies in Moroccan cities 'samedi et dimanche' (15-16 May 2021), a sit-in dispersed 'dimanche' in Rabat, new rallies called 'vendredi prochain' (a protest, Morocco's own affair); the normalisation only recalled as 'conclue fin 2020'"),
];

/// Publication dates: (file, the day, whether the text states it). a10 has no date in its text
/// (Al-Sudani's undated look back at a year of Moroccan normalisation, with a menu, 'السوداني -
/// متابعات' and undated related links; its manifest row has the day, 2021-12-20; its dates are
/// the absolute 'في 22 ديسمبر 2020' and 'في السادس من يناير 2021', and 'في 24 نوفمبر الماضي', whose
/// year only the manifest gives). a07's date is only at the foot ('نُشر في الثلاثاء 29 مارس 2022
/// على الساعة 10:37', manifest empty), f05's only at the foot ('Mis en ligne le : 27/07/2022 à
/// 11:05', manifest empty) above a related link of '(21/07/2022)'. a01's is only in its byline
/// ('هيئة التحرير - 20 يوليوز 2022 - 15:22', a Moroccan month without a weekday, manifest only
/// 2022-07). a02 states it in Hijri and Moroccan months ('الخميس 3 محرم 1443 الموافق 12 غشت
/// 2021', manifest empty), a05 in a numeric day-first line with a one-digit month and an Arabic
/// afternoon mark ('27/1/2021 12:05:33 م', manifest empty), a06 in an Algerian month with the
/// Hijri day ('الخميس 28 جويلية 2022 م الموافق لـ 29 ذو الحجة 1443 هـ'), a08 year first
/// ('2020-12-11 08:20'), a09 in Hijri then Gregorian ('السبت 11 جمادى الأولى 1442هـ 26 ديسمبر
/// 2020 01:52', manifest only 2020-12), a11 in Arabic-Indic digits inside LANA's dateline
/// ('الرباط ٢٢ أكتوبر ٢٠٢٢ (وال)', manifest empty), a03 with the time before the date ('11:41 ص
/// الجمعة 26 نوفمبر 2021'). a04 has a Levantine month ('الأربعاء 21 تموز 2021   08:45', manifest
/// only 2021-07) and a12 'الأحد 16 يناير 2022 - 10:05' (manifest only 2022-01). e01 'December 22,
/// 2020' under the byline, e02 'MAR 14, 2022 · 3 MIN READ' (manifest only 2022-03), e03 '21 Feb,
/// 2022 17:32' with the foot 'on February 21, 2022', e04 'Posted on 24/11/2021 by NAP Team'
/// (day-first numeric, manifest empty), e05 'July 19, 2022 at 11:42 AM' under the byline
/// (manifest empty, its url carrying the month), e06 '26 January, 2021'; f01 '23 décembre 2020 |
/// 09:40 — par ...', f02 'OLJ / AFP / le 27 mars 2022 à 19h48' (manifest only 2022-03), f03
/// 'lundi 26 juillet 2021 - 10:15', f04 'Publié le 11/08/2021 à 20:14', f06 'lundi 17 mai 2021'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2022-07-20", true),
    ("a02_ar.txt", "2021-08-12", true),
    ("a03_ar.txt", "2021-11-26", true),
    ("a04_ar.txt", "2021-07-21", true),
    ("a05_ar.txt", "2021-01-27", true),
    ("a06_ar.txt", "2022-07-28", true),
    ("a07_ar.txt", "2022-03-29", true),
    ("a08_ar.txt", "2020-12-11", true),
    ("a09_ar.txt", "2020-12-26", true),
    ("a10_ar.txt", "2021-12-20", false),
    ("a11_ar.txt", "2022-10-22", true),
    ("a12_ar.txt", "2022-01-16", true),
    ("e01_en.txt", "2020-12-22", true),
    ("e02_en.txt", "2022-03-14", true),
    ("e03_en.txt", "2022-02-21", true),
    ("e04_en.txt", "2021-11-24", true),
    ("e05_en.txt", "2022-07-19", true),
    ("e06_en.txt", "2021-01-26", true),
    ("f01_fr.txt", "2020-12-23", true),
    ("f02_fr.txt", "2022-03-27", true),
    ("f03_fr.txt", "2021-07-26", true),
    ("f04_fr.txt", "2021-08-11", true),
    ("f05_fr.txt", "2022-07-27", true),
    ("f06_fr.txt", "2021-05-17", true),
];

/// Events found from the text and with the manifest: (gold event key, the row).
const FOUND: &[(&str, Expect)] = &[
    ("joint_declaration_2020_12_22", ("e01_en.txt", "2020-12-22", "agreement", "occurred", &["Meir Ben-Shabbat", "Jared Kushner", "Saadeddine Othmani"])),
    ("delegation_visit_2020_12_22", ("e01_en.txt", "2020-12-22", "visit", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])),
    ("king_receives_delegation_2020_12_22", ("f01_fr.txt", "2020-12-22", "meeting", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])),
    ("elal_rabat_flight_2020_12_22", ("e01_en.txt", "2020-12-22", "flight", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])),
    ("king_netanyahu_call_2020_12_25", ("a09_ar.txt", "2020-12-25", "call", "occurred", &["Benjamin Netanyahu"])),
    ("govrin_arrival_2021_01_26", ("a05_ar.txt", "2021-01-26", "visit", "occurred", &["David Govrin"])),
    ("cyber_agreement_2021_07", ("a04_ar.txt", "2021-07", "agreement", "occurred", &["Yigal Unna"])),
    ("israir_marrakech_2021_07_25", ("f03_fr.txt", "2021-07-25", "flight", "occurred", &[])),
    // Forty-third session: the headline (or plan) naming both airlines no longer bridges the two carriers' flights;
    // this row and Israir's share page and day, and the scorer's counts tell them apart.
    ("elal_marrakech_2021_07_25", ("f03_fr.txt", "2021-07-25", "flight", "occurred", &[])),
    ("lapid_bourita_agreements_2021_08_11", ("f04_fr.txt", "2021-08-11", "agreement", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("lapid_arrival_2021_08_11", ("f04_fr.txt", "2021-08-11", "visit", "occurred", &["Yair Lapid"])),
    ("lapid_bourita_talks_2021_08_11", ("f04_fr.txt", "2021-08-11", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("liaison_office_2021_08_12", ("a02_ar.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"])),
    ("gantz_arrival_2021_11_23", ("e04_en.txt", "2021-11-23", "visit", "occurred", &["Benny Gantz"])),
    ("gantz_loudiyi_mou_2021_11_24", ("e04_en.txt", "2021-11-24", "agreement", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"])),
    ("gantz_jewish_community_2021_11_25", ("e04_en.txt", "2021-11-25", "meeting", "planned", &["Benny Gantz"])),
    // 'Earlier in the day' is the story's day (lexicon same_day `story`, forty-second session): it
    // passes over the relative clause's Tuesday ('who landed … on Tuesday evening') to the
    // signing's Wednesday. (a03's talks, told during a stay told by its end, still join it with
    // the return's place, Tel Aviv.)
    ("gantz_bourita_meeting_2021_11_24", ("e04_en.txt", "2021-11-24", "meeting", "occurred", &["Benny Gantz", "Nasser Bourita"])),
    ("barbivai_arrival_2022_02_20", ("e03_en.txt", "2022-02-20", "visit", "occurred", &["Orna Barbivai"])),
    ("barbivai_mezzour_agreement_2022_02_21", ("e03_en.txt", "2022-02-21", "agreement", "occurred", &["Orna Barbivai", "Ryad Mezzour"])),
    ("ram_first_flight_2022_03_13", ("e02_en.txt", "2022-03-13", "flight", "occurred", &[])),
    ("bourita_arrival_2022_03_27", ("f02_fr.txt", "2022-03-27", "visit", "occurred", &["Nasser Bourita"])),
    ("negev_summit_2022_03_28", ("a07_ar.txt", "2022-03-28", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita", "Antony Blinken"])),
    ("bourita_lapid_meeting_2022_03_27", ("f02_fr.txt", "2022-03-27", "meeting", "occurred", &["Nasser Bourita", "Yair Lapid"])),
    ("kochavi_visit_2022_07_18", ("e05_en.txt", "2022-07-18", "visit", "occurred", &["Aviv Kochavi"])),
    ("kochavi_loudiyi_meeting_2022_07_19", ("e05_en.txt", "2022-07-19", "meeting", "occurred", &["Aviv Kochavi", "Abdellatif Loudiyi"])),
    // Forty-third session: "held talks with El Farouk, and was received by Loudiyi": each host told by his own
    // verb, two meetings (a01 tells them in two sentences and joins each).
    ("kochavi_el_farouk_meeting_2022_07_19", ("e05_en.txt", "2022-07-19", "meeting", "occurred", &["Aviv Kochavi", "Farouk Belkhir"])),
    ("ouahbi_arrival_2022_07_25", ("f05_fr.txt", "2022-07-25", "visit", "occurred", &["Abdellatif Ouahbi"])),
    ("ouahbi_saar_mou_2022_07_26", ("f05_fr.txt", "2022-07-26", "agreement", "occurred", &["Abdellatif Ouahbi", "Gideon Sa'ar"])),
];

/// Found only with the manifest.
const FOUND_WITH_MANIFEST: &[(&str, Expect)] = &[];

/// Reports of an event in other pages that join its row, from the text and with the manifest:
/// (gold event key, file).
const JOINED: &[(&str, &str)] = &[
    ("negev_summit_2022_03_28", "f02_fr.txt"),
    ("joint_declaration_2020_12_22", "a09_ar.txt"),
    ("joint_declaration_2020_12_22", "f01_fr.txt"),
    ("delegation_visit_2020_12_22", "a05_ar.txt"),
    ("delegation_visit_2020_12_22", "f01_fr.txt"),
    ("king_receives_delegation_2020_12_22", "e01_en.txt"),
    ("elal_rabat_flight_2020_12_22", "a10_ar.txt"),
    ("elal_rabat_flight_2020_12_22", "f01_fr.txt"),
    ("israir_marrakech_2021_07_25", "a04_ar.txt"),
    ("lapid_arrival_2021_08_11", "a02_ar.txt"),
    ("liaison_office_2021_08_12", "f04_fr.txt"),
    ("gantz_loudiyi_mou_2021_11_24", "a03_ar.txt"),
    ("gantz_loudiyi_mou_2021_11_24", "a10_ar.txt"),
    ("kochavi_visit_2022_07_18", "a01_ar.txt"),
    ("kochavi_loudiyi_meeting_2022_07_19", "a01_ar.txt"),
    ("kochavi_el_farouk_meeting_2022_07_19", "a01_ar.txt"),
    ("ouahbi_saar_mou_2022_07_26", "a06_ar.txt"),
];

/// Joined only with the manifest.
const JOINED_WITH_MANIFEST: &[(&str, &str)] = &[];

/// Known failures from the text and with the manifest, each named by its family in
/// docs/probe35.md.
const KNOWN: &[Known] = &[
    Known { key: "", family: "a recall of the normalisation told by a participle with a vague period on a page of another subject (« la normalisation des relations entre Rabat et Tel-Aviv, conclue fin 2020 sous l'égide de l'administration Trump », a protest page): a signing of the year with the broker as its signatory, where the page tells no event of the pair", now: Some(("f06_fr.txt", "2020", "agreement", "occurred", &["Donald Trump"])), fixed: None },
    Known { key: "", family: "a flight told as the means of a recalled visit ('زيارة الوفد … إلى الرباط في 22 كانون الأول الماضي، على متن أول رحلة جوية مباشرة') names no one and stays a row of its own beside the day's flight (elal_rabat_flight_2020_12_22), which it should join", now: Some(("a05_ar.txt", "2020-12-22", "flight", "occurred", &[])), fixed: None },
    Known { key: "", family: "gold choice: Unna's visit to Rabat during which the cyber agreement was signed ('بمناسبة زيارة … يغآل أونا الى العاصمة المغربية'); the gold lists the agreement only, as probe31's to probe34's", now: Some(("a04_ar.txt", "2021-07", "visit", "occurred", &["Yigal Unna"])), fixed: None },
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
const PUBLISHED_WRONG: &[(&str, &str, &str, &str)] = &[];

/// The gold scorer's (rows, matched, duplicates, false+, required found), from the text and with
/// the manifest.
// p35fam2 (e05's deck 'X's trip follows the MoU … signed last November') and storyday42
// ('Earlier in the day' after a relative clause's day) mended; (32, 25, 0, 7, 18) both before.
// Forty-third session: El Al's flight of f03 a row of its own (the headline naming both airlines no longer
// bridges), and Kochavi's talks with El Farouk and reception by Loudiyi two rows; (30, 26, 0, 4, 18)
// both before.
// Forty-fourth session (group44): a02's planned talks with the community's representatives are
// the Casablanca stop's, no row; (32, 28, 0, 4, 20) both before.
const SCORES: (probe_support::Counts, probe_support::Counts) = ((31, 28, 0, 3, 20), (31, 28, 0, 3, 20));

probe_support::probe_tests!();

probe_support::files::probe_file_tests!("tests/fixtures/probe34");
