//! The twenty-fifth blind probe (tests/fixtures/probe25/, docs/probe25.md): 24 pages of sites
//! none of the twenty-four earlier probes modelled, written and committed with their gold and
//! manifest before tarikh was run on them.
//!
//! The tables below were filled after the blind score (docs/probe25.md, "Blind score"). The file
//! tests (`probe_support::files::probe_file_tests!`) check the probe's own files: the gold parses
//! in the twenty-fourth probe's format, names existing pages and dates within its precision,
//! every evidence is copied from one of its pages, and the manifest names every page once with a
//! published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe25";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "Israel and Turkey restore full diplomatic ties and ambassadors 'أمس الأربعاء' (17 August 2022) after Lapid's call with Erdogan, Herzog in Ankara 'في آذار الماضي', a funeral in Nablus 'أمس' (Israel-Turkey, Palestine); Morocco only named in the list of states that normalised, undated"),
    ("a12_ar.txt", "FIFA announces direct Tel Aviv-Doha flights for the World Cup 'أمس الخميس' (10 November 2022), the tournament 'في 20 تشرين الثاني الجاري', Gulf 25 in Basra 'مطلع العام المقبل' (Israel-Qatar, Iraq); Morocco only named among the Arab teams, undated"),
    ("e06_en.txt", "Pakistan's Foreign Office rules out recognising Israel 'on Friday' (11 December 2020), Imran Khan's virtual summit 'next week', talks with Afghanistan 'in January' (Pakistan-Israel, Pakistan); Morocco only named as the fourth Arab country to agree to normalise 'this year', undated"),
    ("f06_fr.txt", "fourteen Palestinian factions sign the Algiers Declaration 'jeudi' (13 October 2022) before Tebboune, elections 'dans un délai d'un an', the Arab League summit 'les 1er et 2 novembre prochain' (Algeria, Palestine); Morocco only named among the countries that normalised with Israel, undated"),
];

/// Publication dates: (file, the day, whether the text states it). a02 has no date in its text
/// (Sahara Zoom's page with a byline 'بقلم: هيئة التحرير' and no date line; its manifest row has
/// the month 2022-07; its only dates are 'يوم الإثنين 18 يوليوز' without a year, 'في نونبر
/// الماضي', 'الشهر الماضي', 'يوم الخميس المقبل' and 'أمس'; the day is the one after Kochavi's
/// arrival, his meetings still to come). f04 has no date line either (Europe Israël's page, 'Par
/// la rédaction'; only its readers' comments are dated, '11 décembre 2020 à 9 h 14 min', and its
/// manifest row is empty, the url carrying '/2020/12/11/'). a03, a07, a09, e02 and e05 state their
/// day though their manifest rows are empty (a07's date is at the foot only, a09's in
/// Arabic-Indic digits); a01, a05, a12, e03, f01 and f03 state theirs though their manifest rows
/// have only the month. a01 has a Moroccan month under Tangier's prayer times ('الأربعاء 11 غشت
/// 2021 - 20:05'), a03 Dotmsr's Egyptian 'الثلاثاء، 22 ديسمبر 2020 - 09:14 م' under the headline,
/// a04 a Levantine month above the section ('الاثنين 28 آذار 2022 - 22:35'), a05 a Levantine pair
/// with a twelve-hour clock ('الأربعاء، 27 كانون الثاني/يناير 2021 - 11:20 ص'), a06 the Hijri
/// before the Gregorian above the menu ('الجمعة 26 ربيع الآخر 1442 هـ - 11 ديسمبر 2020 م'), a07
/// a spaced numeric line at the foot only ('نشر يوم 25 - 11 - 2021'), a08 a year-first line with
/// slashes ('2022/07/26 18:40'), a09 Arabic-Indic digits with a Levantine month ('الأحد ٢٧
/// كانون الأول ٢٠٢٠'), a10 Arabic-Indic digits with a month pair ('الإثنين ٢٦ يوليو/تموز ٢٠٢١ -
/// ١٣:٠٥'), a11 an ISO day after the weekday ('الخميس 2022-08-18'), a12 a year-first line with
/// slashes and a clock ('2022/11/11 09:30'); e01 The Independent's 'Tuesday 22 December 2020
/// 18:42' after the byline, e02 the Los Angeles Times' capitals 'MARCH 28, 2022 12:41 PM PT', e03
/// 'By Staff Writer | March 14, 2022' below a cookie line, e04 'JNS | Nov 25, 2021' above the
/// headline, e05 'By SecurityWeek News on July 15, 2021', e06 Dawn's 'Published December 12, 2020
/// Updated December 12, 2020 09:50am' with 'December 12th, 2020' at the foot; f01 'Publié le 22
/// février 2022', f02 'Le 12/08/2021 à 18:47', f03 'Publié le 19 juillet 2022 à 16h30', f05 a
/// dotted 'Publié le 23.06.2022 à 14:10', f06 an issue line 'Édition du 14 octobre 2022'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2021-08-11", true),
    ("a02_ar.txt", "2022-07-19", false),
    ("a03_ar.txt", "2020-12-22", true),
    ("a04_ar.txt", "2022-03-28", true),
    ("a05_ar.txt", "2021-01-27", true),
    ("a06_ar.txt", "2020-12-11", true),
    ("a07_ar.txt", "2021-11-25", true),
    ("a08_ar.txt", "2022-07-26", true),
    ("a09_ar.txt", "2020-12-27", true),
    ("a10_ar.txt", "2021-07-26", true),
    ("a11_ar.txt", "2022-08-18", true),
    ("a12_ar.txt", "2022-11-11", true),
    ("e01_en.txt", "2020-12-22", true),
    ("e02_en.txt", "2022-03-28", true),
    ("e03_en.txt", "2022-03-14", true),
    ("e04_en.txt", "2021-11-25", true),
    ("e05_en.txt", "2021-07-15", true),
    ("e06_en.txt", "2020-12-12", true),
    ("f01_fr.txt", "2022-02-22", true),
    ("f02_fr.txt", "2021-08-12", true),
    ("f03_fr.txt", "2022-07-19", true),
    ("f04_fr.txt", "2020-12-11", false),
    ("f05_fr.txt", "2022-06-23", true),
    ("f06_fr.txt", "2022-10-14", true),
];

/// Events found from the text and with the manifest: (gold event key, the row).
const FOUND: &[(&str, Expect)] = &[
    ("trump_king_call_2020_12_10", ("a06_ar.txt", "2020-12-10", "call", "occurred", &["Donald Trump", "Mohammed VI of Morocco"])),
    ("delegation_arrival_rabat_2020_12_22", ("a03_ar.txt", "2020-12-22", "visit", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])),
    ("el_al_first_flight_rabat_2020_12_22", ("e01_en.txt", "2020-12-22", "flight", "occurred", &[])),
    ("king_receives_delegation_2020_12_22", ("a03_ar.txt", "2020-12-22", "meeting", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])),
    ("joint_declaration_2020_12_22", ("a03_ar.txt", "2020-12-22", "agreement", "occurred", &["Saadeddine Othmani", "Jared Kushner", "Meir Ben-Shabbat"])),
    ("king_netanyahu_call_2020_12_25", ("a09_ar.txt", "2020-12-25", "call", "occurred", &["Benjamin Netanyahu"])),
    ("ushpiz_govrin_arrival_rabat_2021_01_26", ("a05_ar.txt", "2021-01-26", "visit", "occurred", &["Alon Ushpiz", "David Govrin"])),
    ("cyber_agreement_2021_07", ("e05_en.txt", "2021-07", "agreement", "occurred", &["Yigal Unna"])),
    ("unna_visit_rabat_2021_07", ("e05_en.txt", "2021-07", "visit", "occurred", &["Yigal Unna"])),
    ("israir_first_marrakesh_flight_2021_07_25", ("a10_ar.txt", "2021-07-25", "flight", "occurred", &[])),
    ("lapid_arrival_rabat_2021_08_11", ("a01_ar.txt", "2021-08-11", "visit", "occurred", &["Yair Lapid"])),
    ("lapid_bourita_talks_2021_08_11", ("a01_ar.txt", "2021-08-11", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("lapid_bourita_agreements_2021_08_11", ("a01_ar.txt", "2021-08-11", "agreement", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("lapid_liaison_office_opening_2021_08_12", ("f02_fr.txt", "2021-08-12", "visit", "occurred", &["Yair Lapid"])),
    ("lapid_casablanca_synagogue_2021_08_12", ("f02_fr.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"])),
    ("gantz_arrival_rabat_2021_11_23", ("a07_ar.txt", "2021-11-23", "visit", "occurred", &["Benny Gantz"])),
    ("gantz_loudiyi_mou_2021_11_24", ("e04_en.txt", "2021-11-24", "agreement", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"])),
    ("gantz_bourita_meeting_2021_11", ("e04_en.txt", "2021-11", "meeting", "occurred", &["Benny Gantz", "Nasser Bourita"])),
    ("barbivai_arrival_2022_02_20", ("f01_fr.txt", "2022-02-20", "visit", "occurred", &["Orna Barbivai"])),
    ("barbivai_mezzour_agreement_2022_02_21", ("f01_fr.txt", "2022-02-21", "agreement", "occurred", &["Ryad Mezzour", "Orna Barbivai"])),
    ("ram_first_tel_aviv_flight_2022_03_13", ("e03_en.txt", "2022-03-13", "flight", "occurred", &[])),
    ("bourita_arrival_negev_2022_03_27", ("e02_en.txt", "2022-03-27", "visit", "occurred", &["Nasser Bourita"])),
    ("negev_summit_2022_03_28", ("a04_ar.txt", "2022-03-28", "meeting", "occurred", &["Yair Lapid", "Antony Blinken", "Nasser Bourita"])),
    ("kochavi_arrival_2022_07_18", ("f03_fr.txt", "2022-07-18", "visit", "occurred", &["Aviv Kochavi"])),
    ("kochavi_meetings_2022_07", ("a02_ar.txt", "2022-07", "meeting", "planned", &["Aviv Kochavi", "Abdellatif Loudiyi"])),
    ("ouahbi_visit_israel_2022_07_25", ("a08_ar.txt", "2022-07-25", "visit", "occurred", &["Abdellatif Ouahbi"])),
    ("ouahbi_saar_judicial_mou_2022_07_26", ("a08_ar.txt", "2022-07-26", "agreement", "occurred", &["Abdellatif Ouahbi", "Gideon Sa'ar"])),
];

/// Found only with the manifest.
const FOUND_WITH_MANIFEST: &[(&str, Expect)] = &[];

/// Reports of an event in other pages that join its row, from the text and with the manifest:
/// (gold event key, file).
const JOINED: &[(&str, &str)] = &[
    ("delegation_arrival_rabat_2020_12_22", "a09_ar.txt"),
    ("delegation_arrival_rabat_2020_12_22", "e01_en.txt"),
    ("el_al_first_flight_rabat_2020_12_22", "a03_ar.txt"),
    ("el_al_first_flight_rabat_2020_12_22", "a09_ar.txt"),
    ("king_receives_delegation_2020_12_22", "e01_en.txt"),
    ("joint_declaration_2020_12_22", "a05_ar.txt"),
    ("joint_declaration_2020_12_22", "e01_en.txt"),
    ("lapid_arrival_rabat_2021_08_11", "e04_en.txt"),
    ("lapid_arrival_rabat_2021_08_11", "f02_fr.txt"),
    ("lapid_bourita_talks_2021_08_11", "f02_fr.txt"),
    ("lapid_bourita_agreements_2021_08_11", "f02_fr.txt"),
    ("lapid_casablanca_synagogue_2021_08_12", "a01_ar.txt"),
    ("gantz_arrival_rabat_2021_11_23", "e04_en.txt"),
    ("gantz_loudiyi_mou_2021_11_24", "a02_ar.txt"),
    ("gantz_loudiyi_mou_2021_11_24", "a07_ar.txt"),
    ("gantz_loudiyi_mou_2021_11_24", "f03_fr.txt"),
    ("gantz_loudiyi_mou_2021_11_24", "f05_fr.txt"),
    ("negev_summit_2022_03_28", "e02_en.txt"),
    ("kochavi_arrival_2022_07_18", "a02_ar.txt"),
    ("kochavi_meetings_2022_07", "f03_fr.txt"),
];

/// Joined only with the manifest.
const JOINED_WITH_MANIFEST: &[(&str, &str)] = &[
    ("trump_king_call_2020_12_10", "f04_fr.txt"),
];

/// Known failures from the text and with the manifest, each named by its family in
/// docs/probe25.md.
const KNOWN: &[Known] = &[
    Known {
        key: "",
        family: "a07's «وتأتي هذه الخطوة بعد أشهر من تدشين الرحلات الجوية المباشرة بين تل أبيب ومراكش منذ جويلية الماضي، ومن زيارة … يائير لبيد إلى الرباط في أوت الماضي»: the recalled launch of the flights takes the day carried from the sentence before (Gantz's Tuesday) instead of its own «منذ جويلية الماضي», and the next clause's Lapid",
        now: Some(("a07_ar.txt", "2021-11-23", "flight", "occurred", &["Yair Lapid"])),
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
const PUBLISHED_WRONG: &[(&str, &str, &str, &str)] = &[];

/// The gold scorer's (rows, matched, duplicates, false+, required found), from the text and with
/// the manifest.
const SCORES: (probe_support::Counts, probe_support::Counts) = ((29, 28, 0, 1, 19), (29, 28, 0, 1, 19));

probe_support::probe_tests!();

probe_support::files::probe_file_tests!("tests/fixtures/probe24");
