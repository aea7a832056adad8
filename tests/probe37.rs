//! The thirty-seventh blind probe (tests/fixtures/probe37/, docs/probe37.md): 24 pages of sites
//! none of the thirty-six earlier probes modelled, written and committed with their gold and
//! manifest before tarikh was run on them.
//!
//! The tables were filled from the blind score (docs/probe37.md). The file tests
//! (`probe_support::files::probe_file_tests!`) check the probe's own files: the gold parses in
//! the thirty-sixth probe's format, names existing pages and dates within its precision, every
//! evidence is copied from one of its pages, and the manifest names every page once with a
//! published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe37";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "an Israeli security delegation's secret visit to Khartoum 'الأسبوع الماضي', reported 'أمس الأحد' (6 February 2022) by Israel Hayom, and its meetings with Hemedti (Israel-Sudan); Sudan's signing of the Abraham Accords declaration 'في يناير 2021' with Mnuchin, the resistance committees' march 'اليوم الاثنين' (Sudan's own affair); Morocco only named in 'ليلتحق بالإمارات والبحرين والمغرب'"),
    ("a12_ar.txt", "a rally for Palestine at the Harcha hall in Algiers 'أمس الاثنين' (29 November 2021, Algeria's own affair, 'نظام المخزن' only in its slogans), the proclamation of the State of Palestine 'يوم 15 نوفمبر 1988' (history), Israel's African Union observer status 'في جويلية الماضي' (Israel-AU), rallies 'نهاية الأسبوع الجاري' (a plan)"),
    ("e06_en.txt", "Morocco's desalination plan 'on Wednesday' (23 February 2022) and the King's drought program 'last week' (Morocco's own affairs), the Casablanca plant 'by 2027' and its tender 'in the coming months'; Israel only in 'since the two countries restored ties in December 2020, when a water memorandum was among the agreements signed in Rabat' (a month recall)"),
    ("f06_fr.txt", "Gabriel Attal's visa cuts « mardi » (28 September 2021) for Morocco, Algeria and Tunisia, Bourita's « injustifiée » « mardi », Algiers summoning France's ambassador « mercredi » (France and the Maghreb), Najla Bouden named « ce mercredi » (Tunisia's own affair); no Israel at all"),
];

/// Publication dates: (file, the day, whether the text states it). e03 has no date in its text
/// (Inside Arabia's analysis, with a menu, a byline without a date and undated related
/// articles; its manifest row has the day, 2022-02-23; its 'On Monday' and 'the day before' are
/// dated only by it). a06's only date is Hijri, in Arabic-Indic digits ('الثلاثاء ٧ جمادى الأولى
/// ١٤٤٢ هـ', 22 December 2020; manifest the day). a02 has only an update line ('آخر تحديث: 14 مارس
/// 2022 - 09:48', manifest empty). a03's date is only at the foot ('تاريخ النشر: 24/11/2021',
/// manifest empty) under a top line 'رصد - متابعات   منذ 3 ساعات'; f03's only at the foot with a
/// weekday ('Publié le mercredi 16 mars 2022', manifest empty). a05 has the site's current-date
/// bar of the next day at the top ('البلد نيوز - الأردن        الثلاثاء 22 شباط 2022', the day it
/// was saved) above the article's own '2022-02-21 21:40' (manifest only 2022-02). a01 is a
/// Moroccan month in the byline ('هوية بريس – عبد الله المصمودي | الخميس 25 نونبر 2021 - 10:12',
/// manifest only 2021-11), a04 a Levantine month without a weekday ('12 آب 2021 | 13:20'), a07
/// 'بتاريخ 28/03/2022 على الساعة 15:30' (manifest empty), a08 'الجمعة 11/12/2020 - 11:20', a09 an
/// ISO timestamp ('2022-07-28 10:45:12', manifest only 2022-07), a10 'الأربعاء 20 يوليو 2022'
/// without a time, a11 'الإثنين، 07 فبراير 2022م' (manifest only 2022-02), a12 'الثلاثاء 30
/// نوفمبر 2021 | 08:30'. e01 an ordinal day ('27th January 2021   By Maghrebi Staff', manifest
/// empty), e02 ' - July 26, 2021, 9:12 AM' under the byline (manifest only 2021-07), e04
/// 'December 23, 2020' under 'By JTA Staff', e05 'Monday, 28 Mar 2022 10:32 PM MYT' with an AFP
/// dateline 'SDE BOKER (Israel), March 28 —', e06 'Feb. 24, 2022' (manifest empty); f01
/// 'Vendredi, 13 Août 2021 09:15 | Écrit par ...' (manifest only 2021-08), f02 'Par Nadir K. |
/// 27/12/2020', f04 '24 Nov 2021, 18:47' (manifest only 2021-11), f05 '19 juillet 2022, 17h04'
/// under 'ATS/AFP', f06 'Publié le 29/09/2021 à 20:40'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2021-11-25", true),
    ("a02_ar.txt", "2022-03-14", true),
    ("a03_ar.txt", "2021-11-24", true),
    ("a04_ar.txt", "2021-08-12", true),
    ("a05_ar.txt", "2022-02-21", true),
    ("a06_ar.txt", "2020-12-22", true),
    ("a07_ar.txt", "2022-03-28", true),
    ("a08_ar.txt", "2020-12-11", true),
    ("a09_ar.txt", "2022-07-28", true),
    ("a10_ar.txt", "2022-07-20", true),
    ("a11_ar.txt", "2022-02-07", true),
    ("a12_ar.txt", "2021-11-30", true),
    ("e01_en.txt", "2021-01-27", true),
    ("e02_en.txt", "2021-07-26", true),
    ("e03_en.txt", "2022-02-23", false),
    ("e04_en.txt", "2020-12-23", true),
    ("e05_en.txt", "2022-03-28", true),
    ("e06_en.txt", "2022-02-24", true),
    ("f01_fr.txt", "2021-08-13", true),
    ("f02_fr.txt", "2020-12-27", true),
    ("f03_fr.txt", "2022-03-16", true),
    ("f04_fr.txt", "2021-11-24", true),
    ("f05_fr.txt", "2022-07-19", true),
    ("f06_fr.txt", "2021-09-29", true),
];

/// Events found from the text and with the manifest: (gold event key, the row).
const FOUND: &[(&str, Expect)] = &[
    ("joint_declaration_2020_12_22", ("a06_ar.txt", "2020-12-22", "agreement", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])),
    ("king_receives_delegation_2020_12_22", ("a06_ar.txt", "2020-12-22", "meeting", "occurred", &["Mohammed VI of Morocco", "Jared Kushner", "Meir Ben-Shabbat"])),
    ("delegation_flight_2020_12_22", ("a06_ar.txt", "2020-12-22", "flight", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])),
    // Forty-fifth session (call45): the King's call with Trump told as the channel of Trump's
    // announcement just before ('أبلغه خلاله', on its Thursday) takes the announcement's sides,
    // Morocco and Israel (build/conveyed.rs announced_sides).
    ("king_trump_call_2020_12_10", ("a08_ar.txt", "2020-12-10", "call", "occurred", &["Mohammed VI of Morocco", "Donald Trump"])),
    ("king_netanyahu_call_2020_12_25", ("f02_fr.txt", "2020-12-25", "call", "occurred", &["Mohammed VI of Morocco", "Benjamin Netanyahu"])),
    ("ushpiz_govrin_arrive_rabat_2021_01_26", ("e01_en.txt", "2021-01-26", "visit", "occurred", &["Alon Ushpiz", "David Govrin"])),
    ("israir_marrakech_2021_07_25", ("e02_en.txt", "2021-07-25", "flight", "occurred", &[])),
    // Forty-third session: Israir's flight ('Israir Airlines on Sunday became the first carrier to operate
    // a scheduled commercial flight') is done on the Sunday just past, a row of its own beside
    // El Al's ('later on Sunday'): the scorer gives one to each (the table cannot tell them
    // apart).
    ("elal_marrakech_2021_07_25", ("e02_en.txt", "2021-07-25", "flight", "occurred", &[])),
    ("lapid_bourita_agreements_2021_08_11", ("f01_fr.txt", "2021-08-11", "agreement", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("lapid_arrives_rabat_2021_08_11", ("a04_ar.txt", "2021-08-11", "visit", "occurred", &["Yair Lapid"])),
    ("lapid_bourita_talks_2021_08_11", ("a04_ar.txt", "2021-08-11", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("lapid_opens_liaison_office_2021_08_12", ("a04_ar.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"])),
    ("gantz_arrives_rabat_2021_11_23", ("a01_ar.txt", "2021-11-23", "visit", "occurred", &["Benny Gantz"])),
    ("gantz_loudiyi_mou_2021_11_24", ("a01_ar.txt", "2021-11-24", "agreement", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"])),
    ("barbivai_arrives_2022_02_20", ("a05_ar.txt", "2022-02-20", "visit", "occurred", &["Orna Barbivai"])),
    ("barbivai_mezzour_agreement_2022_02_21", ("a05_ar.txt", "2022-02-21", "agreement", "occurred", &["Orna Barbivai", "Ryad Mezzour"])),
    ("ram_first_tel_aviv_flight_2022_03_13", ("a02_ar.txt", "2022-03-13", "flight", "occurred", &[])),
    ("bourita_arrives_israel_2022_03_27", ("a07_ar.txt", "2022-03-27", "visit", "occurred", &["Nasser Bourita"])),
    ("bourita_lapid_meeting_2022_03_27", ("e05_en.txt", "2022-03-27", "meeting", "occurred", &["Nasser Bourita", "Yair Lapid"])),
    ("negev_summit_2022_03_28", ("a07_ar.txt", "2022-03-28", "meeting", "occurred", &["Yair Lapid", "Antony Blinken"])),
    ("kochavi_arrives_morocco_2022_07_18", ("a10_ar.txt", "2022-07-18", "visit", "occurred", &["Aviv Kochavi"])),
    ("kochavi_loudiyi_meeting_2022_07_19", ("a10_ar.txt", "2022-07-19", "meeting", "occurred", &["Aviv Kochavi", "Abdellatif Loudiyi"])),
    ("kochavi_elfarouk_meeting_2022_07_19", ("a10_ar.txt", "2022-07-19", "meeting", "occurred", &["Aviv Kochavi"])),
    ("ouahbi_arrives_israel_2022_07_25", ("a09_ar.txt", "2022-07-25", "visit", "occurred", &["Abdellatif Ouahbi"])),
    ("ouahbi_saar_mou_2022_07_26", ("a09_ar.txt", "2022-07-26", "agreement", "occurred", &["Abdellatif Ouahbi", "Gideon Sa'ar"])),
];

/// Found only with the manifest.
const FOUND_WITH_MANIFEST: &[(&str, Expect)] = &[];

/// Reports of an event in other pages that join its row, from the text and with the manifest:
/// (gold event key, file).
const JOINED: &[(&str, &str)] = &[
    ("joint_declaration_2020_12_22", "e04_en.txt"),
    ("king_receives_delegation_2020_12_22", "e04_en.txt"),
    ("delegation_flight_2020_12_22", "e04_en.txt"),
    ("lapid_arrives_rabat_2021_08_11", "f01_fr.txt"),
    ("lapid_bourita_talks_2021_08_11", "f01_fr.txt"),
    ("lapid_opens_liaison_office_2021_08_12", "f01_fr.txt"),
    ("gantz_arrives_rabat_2021_11_23", "a03_ar.txt"),
    ("gantz_arrives_rabat_2021_11_23", "f04_fr.txt"),
    ("gantz_loudiyi_mou_2021_11_24", "a03_ar.txt"),
    ("gantz_loudiyi_mou_2021_11_24", "f04_fr.txt"),
    ("barbivai_arrives_2022_02_20", "e03_en.txt"),
    ("barbivai_mezzour_agreement_2022_02_21", "e03_en.txt"),
    ("ram_first_tel_aviv_flight_2022_03_13", "f03_fr.txt"),
    ("bourita_arrives_israel_2022_03_27", "e05_en.txt"),
    ("negev_summit_2022_03_28", "e05_en.txt"),
    ("kochavi_arrives_morocco_2022_07_18", "f05_fr.txt"),
    ("kochavi_elfarouk_meeting_2022_07_19", "f05_fr.txt"),
];

/// Joined only with the manifest.
const JOINED_WITH_MANIFEST: &[(&str, &str)] = &[];

/// Known failures from the text and with the manifest, each named by its family in
/// docs/probe37.md.
const KNOWN: &[Known] = &[
    Known { key: "", family: "gold choice: the delegation's visit to Rabat (the gold lists its flight and the King's reception, not the visit; as probe36)", now: Some(("a06_ar.txt", "2020-12-22", "visit", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])), fixed: None },
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
/// the manifest (blind, 6615708: (29, 23, 1, 5, 16) both). Forty-third session: the declaration
/// signed at the King's reception is the received delegation's, one row of a06, e04 and the
/// memoranda; 'a scheduled commercial flight' is no plan (e02's Israir flight done on the Sunday
/// just past, El Al's matched beside it); a wished, possible visit with no date set (f02's
/// « éventuelle visite », « dit vouloir effectuer ») none made; who is named in a presence phrase
/// at a plane's landing (a02 «بحضور … بيوض») watched its welcome, no passenger: no visit of his.
/// Forty-fourth session (group44): talks with a group left unnamed told after a stop of the trip
/// in their sentence («حيث سيزور … ويلتقي بممثلين», « où il a visité … et rencontré des membres »)
/// are that stop's, whoever of the visitor's side they name, no row; «على أن» opening its
/// sentence tells a plan. f01's meeting with the community's
/// members is the Casablanca stop's, no talks with Govrin; (26, 24, 0, 2, 18) both before.
const SCORES: (probe_support::Counts, probe_support::Counts) = ((26, 25, 0, 1, 19), (26, 25, 0, 1, 19));

probe_support::probe_tests!();

probe_support::files::probe_file_tests!("tests/fixtures/probe36");
