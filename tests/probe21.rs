//! The twenty-first blind probe (tests/fixtures/probe21/, docs/probe21.md): 24 pages of sites
//! none of the twenty earlier probes modelled, written and committed with their gold and
//! manifest before tarikh was run on them.
//!
//! The tables below were filled after the blind score (docs/probe21.md). The file tests
//! (`probe_support::files::probe_file_tests!`) check the probe's own files: the gold parses in
//! the twentieth probe's format, names existing pages and dates within its precision, every
//! evidence is copied from one of its pages, and the manifest names every page once with a
//! published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe21";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "Schenker opens the US 'virtual presence post' in Dakhla 'أمس الأحد' (10 January 2021), arrived in Rabat 'السبت' and met Bourita, the consulate 'في أقرب الآجال', the Kuwaiti Crown Prince receives the US ambassador 'أمس' (US-Morocco, Kuwait-US); Israel only named in the agreement's resumption of ties, undated"),
    ("a12_ar.txt", "Israel and Kosovo establish ties by Zoom 'أمس الاثنين' (1 February 2021), Haradinaj-Stublla and Ashkenazi sign the declaration, Kosovo's embassy in Jerusalem a plan, the Serbia-Kosovo understandings 'في أيلول/سبتمبر الماضي' (Israel-Kosovo); Morocco only named in the list of states, undated, and in a related link's title"),
    ("e06_en.txt", "Emirates' first scheduled Dubai-Tel Aviv flight 'on Thursday' (23 June 2022), welcomed by Al Khaja, flydubai 'in November 2020', the Abraham Accords 'in September 2020' (UAE-Israel); Morocco only named as a destination of Israeli carriers, undated"),
    ("f06_fr.txt", "Lapid received by Çavuşoğlu in Ankara 'jeudi 23 juin' (2022), Çavuşoğlu's trip to Israel 'en mai', the ambassadors' return not fixed (Israel-Turkey); Morocco only named among the states Israel renewed ties with, undated"),
];

/// Publication dates: (file, the day, whether the text states it). f02 has no date in its text
/// (Mondafrique's 'Par la rédaction de Mondafrique' byline without a date; its manifest row has
/// the day 2022-08-03, its url none; its only dates are the events' and a related link's
/// '(17/02/2022)'). a02, e01, e05 and f03 state their day though their manifest rows are empty;
/// a05, a08, e02 and e04 state theirs though their manifest rows have only the month (e04's url
/// carries '/2022/04/02/'). a01 has a Moroccan month with a clock ('النهار المغربية - الأربعاء
/// 20 يوليوز 2022 - 18:40') under a site banner of the saving day with prayer times ('السبت 05
/// دجنبر 2026 | الرباط: الفجر 06:38 …') and a footer '© … 2004 - 2026', a02 its date at the foot
/// only ('تاريخ النشر: الإثنين 14 مارس 2022 - 10:05') after the comments line, a03 a month name
/// between slashes with 'م' ('الإثنين 28/مارس/2022 - 01:15 م'), a04 a Levantine month without a
/// clock ('الأربعاء 22 كانون الأول 2021') on an anniversary page whose events are a year older,
/// a05 a Levantine pair after the site's name with an update line ('المملكة - 26 تموز/يوليو 2022
/// | آخر تحديث: 26 تموز/يوليو 2022 - 17:52'), a06 a Levantine month with the city's time ('11
/// آب 2021 - 19:45 (بتوقيت دمشق)'), a07 the Hijri beside the Gregorian ('الإثنين 20 رجب 1443هـ -
/// 21 فبراير 2022م'), a08 an Algerian daily's plain line without a clock ('الخميس 25 نوفمبر
/// 2021'), a09 a Tunisian daily's line without a clock ('الأربعاء 23 ديسمبر 2020'), a10
/// Arabic-Indic digits alone ('٢٦ يناير ٢٠٢١'), a11 an issue line with the Hijri ('الاثنين 11
/// يناير 2021 - 27 جمادى الأولى 1442 | العدد 15632'), a12 a slashed year-first date ('نُشر في
/// 2021/02/02'), e01 an update line alone ('Updated Nov. 24, 2021 4:31 pm ET'), e02 a day-first
/// slashed date ('26/07/2021 - 09:12 UTC'), e03 a byline line ('By JTA and J. Staff | August
/// 13, 2021'), e04 'By … | April 2, 2022', e05 'Saturday December 26 2020, 12:01am, The Times',
/// e06 'Friday, 24 June 2022 | Tristan Parker', f01 'Lundi 21 Février 2022 - 10:48' (capital
/// month), f03 'Publié le 29 mars 2022 à 11h20', f04 'Publié le 11/12/2020 à 07:15, mis à jour
/// le 11/12/2020 à 08:02', f05 '06/12/2022 | 13:40', f06 'Publié le 24/06/2022 à 09:30'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2022-07-20", true),
    ("a02_ar.txt", "2022-03-14", true),
    ("a03_ar.txt", "2022-03-28", true),
    ("a04_ar.txt", "2021-12-22", true),
    ("a05_ar.txt", "2022-07-26", true),
    ("a06_ar.txt", "2021-08-11", true),
    ("a07_ar.txt", "2022-02-21", true),
    ("a08_ar.txt", "2021-11-25", true),
    ("a09_ar.txt", "2020-12-23", true),
    ("a10_ar.txt", "2021-01-26", true),
    ("a11_ar.txt", "2021-01-11", true),
    ("a12_ar.txt", "2021-02-02", true),
    ("e01_en.txt", "2021-11-24", true),
    ("e02_en.txt", "2021-07-26", true),
    ("e03_en.txt", "2021-08-13", true),
    ("e04_en.txt", "2022-04-02", true),
    ("e05_en.txt", "2020-12-26", true),
    ("e06_en.txt", "2022-06-24", true),
    ("f01_fr.txt", "2022-02-21", true),
    ("f02_fr.txt", "2022-08-03", false),
    ("f03_fr.txt", "2022-03-29", true),
    ("f04_fr.txt", "2020-12-11", true),
    ("f05_fr.txt", "2022-12-06", true),
    ("f06_fr.txt", "2022-06-24", true),
];

/// Events found from the text and with the manifest: (gold event key, the row).
const FOUND: &[(&str, Expect)] = &[
    ("trump_king_call_2020_12_10", ("f04_fr.txt", "2020-12-10", "call", "occurred", &["Donald Trump"])),
    ("delegation_arrival_rabat", ("a09_ar.txt", "2020-12-22", "visit", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])),
    ("el_al_first_flight_rabat", ("a09_ar.txt", "2020-12-22", "flight", "occurred", &[])),
    ("king_receives_delegation", ("a09_ar.txt", "2020-12-22", "meeting", "occurred", &["Jared Kushner", "Meir Ben-Shabbat", "Mohammed VI of Morocco"])),
    ("joint_declaration_2020_12_22", ("a04_ar.txt", "2020-12-22", "agreement", "occurred", &["Saadeddine Othmani", "Jared Kushner", "Meir Ben-Shabbat"])),
    ("king_netanyahu_call", ("e05_en.txt", "2020-12-25", "call", "occurred", &["Benjamin Netanyahu"])),
    ("govrin_arrival_rabat", ("a10_ar.txt", "2021-01-26", "visit", "occurred", &["David Govrin"])),
    ("cyber_agreement_2021_07", ("a06_ar.txt", "2021-07", "agreement", "occurred", &[])),
    ("israir_first_marrakesh_flight", ("e02_en.txt", "2021-07-25", "flight", "occurred", &[])),
    ("lapid_arrival_rabat", ("a06_ar.txt", "2021-08-11", "visit", "occurred", &["Yair Lapid"])),
    ("lapid_bourita_talks", ("a06_ar.txt", "2021-08-11", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("lapid_bourita_agreements", ("a06_ar.txt", "2021-08-11", "agreement", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("lapid_liaison_office_opening", ("e03_en.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"])),
    ("lapid_casablanca_synagogue", ("e03_en.txt", "2021-08-12", "visit", "occurred", &["Yair Lapid"])),
    ("gantz_arrival_rabat", ("e01_en.txt", "2021-11-23", "visit", "occurred", &["Benny Gantz"])),
    ("gantz_loudiyi_mou", ("e01_en.txt", "2021-11-24", "agreement", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"])),
    ("gantz_bourita_meeting", ("e01_en.txt", "2021-11-24", "meeting", "occurred", &["Benny Gantz", "Nasser Bourita"])),
    ("barbivai_arrival_rabat", ("f01_fr.txt", "2022-02-20", "visit", "occurred", &["Orna Barbivai"])),
    ("barbivai_mezzour_agreement", ("a07_ar.txt", "2022-02-21", "agreement", "occurred", &["Orna Barbivai", "Ryad Mezzour"])),
    ("ram_first_tel_aviv_flight", ("a02_ar.txt", "2022-03-13", "flight", "occurred", &[])),
    ("negev_working_dinner", ("f03_fr.txt", "2022-03-27", "meeting", "occurred", &["Nasser Bourita", "Yair Lapid", "Antony Blinken"])),
    ("negev_summit", ("a03_ar.txt", "2022-03-28", "meeting", "occurred", &["Yair Lapid", "Antony Blinken", "Nasser Bourita"])),
    ("kochavi_visit", ("a01_ar.txt", "2022-07-18", "visit", "occurred", &["Aviv Kochavi"])),
    ("kochavi_farouk_meeting", ("a01_ar.txt", "2022-07-19", "meeting", "occurred", &["Aviv Kochavi", "Farouk Belkhir"])),
    ("kochavi_loudiyi_meeting", ("a01_ar.txt", "2022-07-19", "meeting", "occurred", &["Aviv Kochavi", "Abdellatif Loudiyi"])),
    ("ouahbi_arrival_israel", ("a05_ar.txt", "2022-07-25", "visit", "occurred", &["Abdellatif Ouahbi"])),
    ("ouahbi_saar_mou", ("a05_ar.txt", "2022-07-26", "agreement", "occurred", &["Abdellatif Ouahbi", "Gideon Sa'ar"])),
    ("newmed_onhym_agreement", ("f05_fr.txt", "2022-12-05", "agreement", "occurred", &["Yossi Abu", "Amina Benkhadra"])),
    ("barbivai_casablanca_forum", ("f01_fr.txt", "2022-02-22", "meeting", "planned", &["Orna Barbivai"])),
];

/// Found only with the manifest.
const FOUND_WITH_MANIFEST: &[(&str, Expect)] = &[];

/// Reports of an event in other pages that join its row, from the text and with the manifest:
/// (gold event key, file).
const JOINED: &[(&str, &str)] = &[
    ("trump_king_call_2020_12_10", "a04_ar.txt"),
    ("delegation_arrival_rabat", "a10_ar.txt"),
    ("delegation_arrival_rabat", "e05_en.txt"),
    ("el_al_first_flight_rabat", "e02_en.txt"),
    ("el_al_first_flight_rabat", "e05_en.txt"),
    ("joint_declaration_2020_12_22", "a09_ar.txt"),
    ("king_netanyahu_call", "a10_ar.txt"),
    ("lapid_arrival_rabat", "e03_en.txt"),
    ("lapid_bourita_agreements", "e03_en.txt"),
    ("lapid_liaison_office_opening", "a06_ar.txt"),
    ("gantz_arrival_rabat", "a08_ar.txt"),
    ("gantz_loudiyi_mou", "a01_ar.txt"),
    ("gantz_loudiyi_mou", "a04_ar.txt"),
    ("gantz_loudiyi_mou", "a08_ar.txt"),
    ("gantz_loudiyi_mou", "f02_fr.txt"),
    ("gantz_bourita_meeting", "a08_ar.txt"),
    ("barbivai_arrival_rabat", "a07_ar.txt"),
    ("barbivai_mezzour_agreement", "e04_en.txt"),
    ("barbivai_mezzour_agreement", "f01_fr.txt"),
    ("ram_first_tel_aviv_flight", "e04_en.txt"),
    ("negev_working_dinner", "a03_ar.txt"),
    ("negev_summit", "e04_en.txt"),
    ("kochavi_visit", "f02_fr.txt"),
    ("kochavi_farouk_meeting", "f02_fr.txt"),
    ("barbivai_casablanca_forum", "e04_en.txt"),
];

/// Joined only with the manifest.
const JOINED_WITH_MANIFEST: &[(&str, &str)] = &[];

/// Known failures from the text and with the manifest, each named by its family in
/// docs/probe21.md.
const KNOWN: &[Known] = &[];

/// Known failures from the text alone (f02 has no date of its own).
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
const SCORES: (probe_support::Counts, probe_support::Counts) = ((29, 29, 0, 0, 21), (29, 29, 0, 0, 21));

probe_support::probe_tests!();

probe_support::files::probe_file_tests!("tests/fixtures/probe20");
