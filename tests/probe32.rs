//! The thirty-second blind probe (tests/fixtures/probe32/, docs/probe32.md): 24 pages of sites
//! none of the thirty-one earlier probes modelled, written and committed with their gold and
//! manifest before tarikh was run on them.
//!
//! The tables were filled by the coordinator after the blind score (docs/probe32.md). The file tests
//! (`probe_support::files::probe_file_tests!`) check the probe's own files: the gold parses in
//! the thirty-first probe's format, names existing pages and dates within its precision, every
//! evidence is copied from one of its pages, and the manifest names every page once with a
//! published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe32";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "Haaretz reported 'أمس الاثنين' (8 November 2021) that Saddam Haftar's private jet from Dubai landed at Ben Gurion 'مطلع الشهر الجاري' and that he offered ties for support to his father, Libya's presidential election 'في 24 ديسمبر المقبل', the candidacies opened 'أمس الاثنين' (Libya-Israel); Morocco only named among the states that normalised 'العام الماضي', no Morocco-Israel event"),
    ("a12_ar.txt", "The UAE opens its consulate general in Laayoune 'أمس الأربعاء' (4 November 2020) before Bourita, announced in Mohamed bin Zayed's call with Mohammed VI 'في 27 أكتوبر الماضي' (Morocco-UAE); Israel only named in the UAE-Israel treaty signed at the White House 'في 15 سبتمبر الماضي'"),
    ("e06_en.txt", "Safadi and Lapid meet 'on Thursday' (8 July 2021) at the King Hussein Bridge and agree on 50 million cubic metres of water, Bennett's secret meeting with King Abdullah II 'late last month' (Jordan-Israel); Morocco only named among the states that normalised 'since the end of last year'"),
    ("f06_fr.txt", "Tebboune says 'dimanche soir' (20 September 2020) that Algeria will not take part in nor bless the rush to normalisation, the Washington accords 'le 15 septembre', the referendum 'le 1er novembre' (Algeria, Israel-UAE-Bahrain); Morocco only named as 'le voisin marocain' on the Sahara, no Morocco-Israel event"),
];

/// Publication dates: (file, the day, whether the text states it). a10 has no date in its text
/// (North Press Agency's undated report on the first Royal Air Maroc Casablanca-Tel Aviv flight
/// with a menu, a byline and undated related links; its manifest row has the day, 2022-03-15;
/// its dates are 'يوم الأحد 13 آذار/مارس 2022', 'في 22 كانون الأول/ديسمبر 2020', '25
/// تموز/يوليو 2021', the month 'في تموز/يوليو 2021' and Algeria's break 'في آب/أغسطس 2021').
/// a02's date is only at the foot ('نشر في: 26 يوليوز 2021 | 10:05', manifest empty), f04's
/// only in a foot byline ('Posté par Michel Abitbol le 27 juillet 2021', manifest empty), e01's
/// and f01's in a byline ('By Ben Harris / December 23, 2020'; 'Par La Rédaction | 23/02/2022',
/// manifest only 2022-02). a05 states its day in a Levantine pair without a time ('الخميس 12
/// آب/أغسطس 2021', manifest empty), a08 in Arabic-Indic numerals day-first ('٢٧/١/٢٠٢١ -
/// ١٣:٠٥', manifest empty), e02 above its byline ('March 14, 2022 | by Aviation A2Z Staff',
/// manifest empty). e05's 'August 12, 2021 — 7.46am' (with an 'Updated ... 9.10am' line) is
/// Sydney time, the evening of 11 August in Rabat; the table keeps the page's own day. a01,
/// a04, a07, e04 and f01 state their day though their manifest rows have only the month. a01 has
/// a Moroccan month ('الثلاثاء 22 دجنبر 2020 - 21:40') under a cookie notice, a03 an Egyptian
/// layout ('الأربعاء، 24 نوفمبر 2021 07:40 م'), a04 a Levantine month ('الأحد 27 آذار 2022 |
/// 20:35'), a06 an Algerian month without a weekday ('20 جويلية 2022 - 16:50') under the
/// headline, a07 a Tunisian month ('الثلاثاء 22 فيفري 2022 - 11:30'), a09 'السبت 26 كانون الأول
/// 2020 - 14:10', a11 'الثلاثاء 9 نوفمبر 2021 - 12:45' under the headline, a12 'الخميس 5 نوفمبر
/// 2020' without a time; e03 'Tue, 29 Mar 2022 | 01:20 AM', e04 'Published 25 November 2021',
/// e06 'July 10, 2021'; f02 '12 août 2021, 17:24' under the agency, f03 'Le 28/03/2022 à 19:55',
/// f05 'Publié le 21.07.2022 à 12h10', f06 '21 septembre 2020 - 10:15'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2020-12-22", true),
    ("a02_ar.txt", "2021-07-26", true),
    ("a03_ar.txt", "2021-11-24", true),
    ("a04_ar.txt", "2022-03-27", true),
    ("a05_ar.txt", "2021-08-12", true),
    ("a06_ar.txt", "2022-07-20", true),
    ("a07_ar.txt", "2022-02-22", true),
    ("a08_ar.txt", "2021-01-27", true),
    ("a09_ar.txt", "2020-12-26", true),
    ("a10_ar.txt", "2022-03-15", false),
    ("a11_ar.txt", "2021-11-09", true),
    ("a12_ar.txt", "2020-11-05", true),
    ("e01_en.txt", "2020-12-23", true),
    ("e02_en.txt", "2022-03-14", true),
    ("e03_en.txt", "2022-03-29", true),
    ("e04_en.txt", "2021-11-25", true),
    ("e05_en.txt", "2021-08-12", true),
    ("e06_en.txt", "2021-07-10", true),
    ("f01_fr.txt", "2022-02-23", true),
    ("f02_fr.txt", "2021-08-12", true),
    ("f03_fr.txt", "2022-03-28", true),
    ("f04_fr.txt", "2021-07-27", true),
    ("f05_fr.txt", "2022-07-21", true),
    ("f06_fr.txt", "2020-09-21", true),
];

/// Events found from the text and with the manifest: (gold event key, the row).
const FOUND: &[(&str, Expect)] = &[
    ("tripartite_declaration_2020_12_22", ("e01_en.txt", "2020-12-22", "agreement", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])),
    ("royal_audience_2020_12_22", ("a01_ar.txt", "2020-12-22", "meeting", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])),
    ("delegation_el_al_flight_2020_12_22", ("e01_en.txt", "2020-12-22", "flight", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])),
    ("king_netanyahu_call_2020_12_25", ("a09_ar.txt", "2020-12-25", "call", "occurred", &["Benjamin Netanyahu"])),
    ("govrin_arrival_rabat_2021_01_26", ("a08_ar.txt", "2021-01-26", "visit", "occurred", &["David Govrin", "Alon Ushpiz"])),
    ("cyber_agreement_2021_07", ("a10_ar.txt", "2021-07", "agreement", "occurred", &["Yigal Unna"])),
    ("israir_first_marrakech_flight_2021_07_25", ("a02_ar.txt", "2021-07-25", "flight", "occurred", &[])),
    ("lapid_bourita_agreements_2021_08_11", ("a05_ar.txt", "2021-08-11", "agreement", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("lapid_visit_2021_08_11", ("e05_en.txt", "2021-08-11", "visit", "occurred", &["Yair Lapid"])),
    ("lapid_bourita_talks_2021_08_11", ("e05_en.txt", "2021-08-11", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("israel_liaison_office_rabat_2021_08_12", ("f02_fr.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"])),
    ("gantz_arrival_2021_11_23", ("e04_en.txt", "2021-11-23", "visit", "occurred", &["Benny Gantz"])),
    ("gantz_loudiyi_memorandum_2021_11_24", ("a03_ar.txt", "2021-11-24", "agreement", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"])),
    ("gantz_bourita_meeting_2021_11_24", ("a03_ar.txt", "2021-11-24", "meeting", "occurred", &["Benny Gantz", "Nasser Bourita"])),
    ("barbivai_arrival_2022_02_20", ("a07_ar.txt", "2022-02-20", "visit", "occurred", &["Orna Barbivai"])),
    ("barbivai_mezzour_agreement_2022_02_21", ("a07_ar.txt", "2022-02-21", "agreement", "occurred", &["Ryad Mezzour", "Orna Barbivai"])),
    ("cgem_export_institute_agreement_2022_02_22", ("f01_fr.txt", "2022-02-22", "agreement", "occurred", &[])),
    ("casablanca_business_forum_2022_02_22", ("f01_fr.txt", "2022-02-22", "meeting", "occurred", &["Orna Barbivai", "Ryad Mezzour"])),
    ("ram_first_tel_aviv_flight_2022_03_13", ("e02_en.txt", "2022-03-13", "flight", "occurred", &[])),
    ("bourita_arrival_israel_2022_03_27", ("a04_ar.txt", "2022-03-27", "visit", "occurred", &["Nasser Bourita"])),
    ("bourita_lapid_meeting_2022_03_27", ("f03_fr.txt", "2022-03-27", "meeting", "occurred", &["Nasser Bourita", "Yair Lapid"])),
    ("negev_summit_2022_03_28", ("e03_en.txt", "2022-03-28", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("kochavi_arrival_2022_07_18", ("a06_ar.txt", "2022-07-18", "visit", "occurred", &["Aviv Kochavi"])),
    ("kochavi_loudiyi_el_farouk_talks_2022_07_19", ("f05_fr.txt", "2022-07-19", "meeting", "occurred", &["Aviv Kochavi", "Abdellatif Loudiyi"])),
];

/// Found only with the manifest.
const FOUND_WITH_MANIFEST: &[(&str, Expect)] = &[];

/// Reports of an event in other pages that join its row, from the text and with the manifest:
/// (gold event key, file).
const JOINED: &[(&str, &str)] = &[
    ("tripartite_declaration_2020_12_22", "a01_ar.txt"),
    ("tripartite_declaration_2020_12_22", "a09_ar.txt"),
    ("tripartite_declaration_2020_12_22", "a10_ar.txt"),
    ("royal_audience_2020_12_22", "a09_ar.txt"),
    ("delegation_el_al_flight_2020_12_22", "a01_ar.txt"),
    ("lapid_bourita_agreements_2021_08_11", "e05_en.txt"),
    ("lapid_bourita_agreements_2021_08_11", "f02_fr.txt"),
    ("lapid_visit_2021_08_11", "a05_ar.txt"),
    ("lapid_visit_2021_08_11", "f02_fr.txt"),
    ("lapid_bourita_talks_2021_08_11", "a05_ar.txt"),
    ("lapid_bourita_talks_2021_08_11", "f02_fr.txt"),
    ("israel_liaison_office_rabat_2021_08_12", "a05_ar.txt"),
    ("gantz_arrival_2021_11_23", "a03_ar.txt"),
    ("gantz_loudiyi_memorandum_2021_11_24", "e04_en.txt"),
    ("barbivai_mezzour_agreement_2022_02_21", "f01_fr.txt"),
    ("ram_first_tel_aviv_flight_2022_03_13", "a10_ar.txt"),
    ("bourita_arrival_israel_2022_03_27", "f03_fr.txt"),
    ("kochavi_arrival_2022_07_18", "f05_fr.txt"),
    ("kochavi_loudiyi_el_farouk_talks_2022_07_19", "a06_ar.txt"),
];

/// Joined only with the manifest: a10 states no date of its own; the manifest's day (15 March
/// 2022) dates its recall of the defence memorandum « في تشرين الثاني/نوفمبر » of the year before.
const JOINED_WITH_MANIFEST: &[(&str, &str)] = &[
    ("gantz_loudiyi_memorandum_2021_11_24", "a10_ar.txt"),
];

/// Known failures from the text and with the manifest, each named by its family in
/// docs/probe32.md.
const KNOWN: &[Known] = &[
    Known { key: "", family: "gold choice: the delegation's visit of 22 December 2020; the dev set's gold lists that visit (delegation-visit-king-2020-12-22), this gold tells it by its flight, audience and declaration only", now: Some(("a01_ar.txt", "2020-12-22", "visit", "occurred", &["Jared Kushner", "Meir Ben-Shabbat", "Mohammed VI of Morocco"])), fixed: None },
    Known { key: "", family: "gold choice: Unna's visit to Rabat, during which the cyber agreement was signed ('خلال زيارة رئيس المديرية الوطنية للسايبر يغآل أونا إلى الرباط'); the gold lists the agreement only, as probe31's", now: Some(("a10_ar.txt", "2021-07", "visit", "occurred", &["Yigal Unna"])), fixed: None },
    Known { key: "", family: "gold choice: Ouahbi's visit to Israel 'الأسبوع المقبل' / « la semaine prochaine » is a plan the pages never see happen; the gold gives plans left undated or unseen no row, the tool keeps a planned row of the week", now: Some(("a06_ar.txt", "2022-07-25", "visit", "planned", &["Abdellatif Ouahbi"])), fixed: None },
    Known { key: "el_al_first_marrakech_flight_2021_07_25", family: "gold choice: the first flights of one day by two carriers are one row in the dev set's gold (direct-flights-2021-07) and in the tool (Israir's row here); this gold counts El Al's apart. f04's report, dated by its foot byline « Posté par … le 27 juillet 2021 », joins Israir's row (and since turn44 its « c'était au tour d'un appareil d'El Al » joins a02's El Al row)", now: Some(("f04_fr.txt", "2021-07-25", "flight", "occurred", &[])), fixed: None },
];

/// Known failures from the text alone.
const KNOWN_TEXT: &[Known] = &[];

/// Known failures with the manifest only.
const KNOWN_WITH_MANIFEST: &[Known] = &[];

/// Rows whose title is known wrong.
const KNOWN_TITLES: &[(Expect, &str, &str)] = &[];

/// Stated publication dates not found today: (file, family).
const PUBLISHED_MISSED: &[(&str, &str)] = &[
];

/// Publication dates wrong today: (file, the right day, the day found today, family).
const PUBLISHED_WRONG: &[(&str, &str, &str, &str)] = &[];

/// The gold scorer's (rows, matched, duplicates, false+, required found), from the text and with
/// the manifest.
const SCORES: (probe_support::Counts, probe_support::Counts) = ((28, 25, 0, 3, 17), (28, 25, 0, 3, 17));

probe_support::probe_tests!();

probe_support::files::probe_file_tests!("tests/fixtures/probe31");
