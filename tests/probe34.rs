//! The thirty-fourth blind probe (tests/fixtures/probe34/, docs/probe34.md): 24 pages of sites
//! none of the thirty-three earlier probes modelled, written and committed with their gold and
//! manifest before tarikh was run on them.
//!
//! The tables were filled by the coordinator after the blind score (docs/probe34.md). The file tests
//! (`probe_support::files::probe_file_tests!`) check the probe's own files: the gold parses in
//! the thirty-third probe's format, names existing pages and dates within its precision, every
//! evidence is copied from one of its pages, and the manifest names every page once with a
//! published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe34";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "Libyan MPs open their consultative meeting in Tangier 'أمس الاثنين' (23 November 2020), the Bouznika rounds 'في أيلول وتشرين الأول الماضيين' (Libya, hosted by Morocco); Israel only named in 'موجة من اتفاقات التطبيع مع إسرائيل', no Morocco-Israel event"),
    ("a12_ar.txt", "Ghazouani begins a state visit to Algeria 'أمس الاثنين' (27 December 2021), agreements planned 'اليوم الثلاثاء' (Mauritania-Algeria, Mauritanian 'دجمبر'); Morocco and Israel only named in 'تطبيع الرباط مع إسرائيل' and Algeria's break 'منذ أغشت الماضي', no Morocco-Israel event"),
    ("e06_en.txt", "The African Union summit postpones 'on Sunday' (6 February 2022) the vote on Israel's observer status, granted by Faki 'last July' (Israel-AU); Morocco only named as a state that 'restored ties with Israel in 2020' and did not join the objection"),
    ("f06_fr.txt", "Burkina Faso opens a consulate general in Dakhla 'ce vendredi 23 octobre 2020' with Bourita, agreements signed « La veille » in Laâyoune (Burkina Faso-Morocco); Israel not named, no Morocco-Israel event"),
];

/// Publication dates: (file, the day, whether the text states it). a10 has no date in its text
/// (Snack Syrian's undated recap of eight months of normalisation, with a menu, 'سناك سوري -
/// متابعات' and undated related links; its manifest row has the day, 2021-08-03; its dates are
/// 'في 25 كانون الأول/ديسمبر 2020', 'يوم 26 كانون الثاني/يناير 2021' and the month 'في
/// تموز/يوليو 2021'). f05 has no date line either (Tourisma Post's trade page on Royal Air
/// Maroc's first Tel Aviv flight 'le dimanche 13 mars 2022'; manifest empty; the table takes the
/// day after, 2022-03-14, the text not stating it). a02's date is only at the foot after the
/// byline ('نشر في: الخميس 25 نونبر 2021 - 11:20', manifest empty), f04's only at the foot ('Par
/// La Rédaction / Publié le 23/02/2022', manifest empty, its url carrying the day), e03's in a
/// byline ('BY LIEL LEIBOVITZ / AUGUST 16, 2021', manifest empty). a05 states its day in a
/// numeric 'تاريخ النشر : 12-08-2021 10:20 AM' (manifest empty), a06 in an Algerian month
/// without a weekday ('21 جويلية 2022', manifest empty), a08 in Arabic-Indic numerals
/// ('٢٠٢٠/١٢/٢٣ | ١٠:١٥', manifest empty), a12 in a Mauritanian month ('الثلاثاء 28 دجمبر 2021 -
/// 10:30', manifest empty), e04 in 'Mon, Mar. 28, 2022 - 19:05' above the source line (manifest
/// empty). a01, a04, a07, a09, e01 and f03 state their day though their manifest rows have only
/// the month: a01 a Moroccan month ('الأحد 25 يوليوز 2021 - 21:40'), a04 a Levantine one
/// ('الأربعاء 27 تموز 2022 - 12:40'), a07 'الاثنين 14 مارس 2022 | 13:05' under the rubric, a09
/// the pair '21 شباط/فبراير 2022' under the rubric with an update line 'تحديث: 21 شباط/فبراير
/// 2022 - 19:45 بتوقيت غرينتش' at the foot, e01 'By Dave Schechter | December 30, 2020', f03
/// 'Dimanche 27 mars 2022 à 21h10' under 'Belga'. a03 has an Egyptian layout ('الإثنين، 28 مارس
/// 2022 09:15 م'), a11 'الثلاثاء 24 نوفمبر 2020' without a time; e02 'July 26, 2021' under the
/// author with 'Updated July 27, 2021 9:40 a.m.', e05 'July 22, 2022' under the byline, e06
/// 'February 7, 2022'; f01 'Publié le 10/12/2020 à 19:52 - Mis à jour le 11/12/2020 à 08:14',
/// f02 'Publié le 24/11/2021 à 18:35 Mis à jour le 24/11/2021 à 19:02' under 'Par AFP', f06
/// 'Publié le vendredi 23 octobre 2020 à 21h30min'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2021-07-25", true),
    ("a02_ar.txt", "2021-11-25", true),
    ("a03_ar.txt", "2022-03-28", true),
    ("a04_ar.txt", "2022-07-27", true),
    ("a05_ar.txt", "2021-08-12", true),
    ("a06_ar.txt", "2022-07-21", true),
    ("a07_ar.txt", "2022-03-14", true),
    ("a08_ar.txt", "2020-12-23", true),
    ("a09_ar.txt", "2022-02-21", true),
    ("a10_ar.txt", "2021-08-03", false),
    ("a11_ar.txt", "2020-11-24", true),
    ("a12_ar.txt", "2021-12-28", true),
    ("e01_en.txt", "2020-12-30", true),
    ("e02_en.txt", "2021-07-26", true),
    ("e03_en.txt", "2021-08-16", true),
    ("e04_en.txt", "2022-03-28", true),
    ("e05_en.txt", "2022-07-22", true),
    ("e06_en.txt", "2022-02-07", true),
    ("f01_fr.txt", "2020-12-10", true),
    ("f02_fr.txt", "2021-11-24", true),
    ("f03_fr.txt", "2022-03-27", true),
    ("f04_fr.txt", "2022-02-23", true),
    ("f05_fr.txt", "2022-03-14", false),
    ("f06_fr.txt", "2020-10-23", true),
];

/// Events found from the text and with the manifest: (gold event key, the row).
const FOUND: &[(&str, Expect)] = &[
    ("memoranda_2020_12_22", ("a08_ar.txt", "2020-12-22", "agreement", "occurred", &[])),
    ("delegation_flight_2020_12_22", ("a08_ar.txt", "2020-12-22", "flight", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])),
    ("king_netanyahu_call_2020_12_25", ("a10_ar.txt", "2020-12-25", "call", "occurred", &["Benjamin Netanyahu"])),
    ("govrin_arrival_2021_01_26", ("a10_ar.txt", "2021-01-26", "visit", "occurred", &["David Govrin", "Alon Ushpiz"])),
    ("cyber_agreement_2021_07", ("a10_ar.txt", "2021-07", "agreement", "occurred", &["Yigal Unna"])),
    ("marrakech_flights_2021_07_25", ("a01_ar.txt", "2021-07-25", "flight", "occurred", &[])),
    ("lapid_agreements_2021_08_11", ("a05_ar.txt", "2021-08-11", "agreement", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("lapid_visit_2021_08_11", ("e03_en.txt", "2021-08-11", "visit", "occurred", &["Yair Lapid"])),
    ("lapid_bourita_talks_2021_08_11", ("a05_ar.txt", "2021-08-11", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("gantz_arrival_2021_11_23", ("a02_ar.txt", "2021-11-23", "visit", "occurred", &["Benny Gantz"])),
    ("gantz_loudiyi_mou_2021_11_24", ("a02_ar.txt", "2021-11-24", "agreement", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"])),
    ("gantz_bourita_meeting_2021_11_24", ("a02_ar.txt", "2021-11-24", "meeting", "occurred", &["Benny Gantz", "Nasser Bourita"])),
    ("barbivai_arrival_2022_02_20", ("a09_ar.txt", "2022-02-20", "visit", "occurred", &["Orna Barbivai"])),
    ("barbivai_mezzour_agreement_2022_02_21", ("a09_ar.txt", "2022-02-21", "agreement", "occurred", &["Orna Barbivai", "Ryad Mezzour"])),
    ("ram_first_tel_aviv_flight_2022_03_13", ("a07_ar.txt", "2022-03-13", "flight", "occurred", &[])),
    ("bourita_arrival_negev_2022_03_27", ("a03_ar.txt", "2022-03-27", "visit", "occurred", &["Nasser Bourita"])),
    ("bourita_lapid_meeting_2022_03_27", ("e04_en.txt", "2022-03-27", "meeting", "occurred", &["Nasser Bourita", "Yair Lapid"])),
    ("negev_summit_2022_03_28", ("a03_ar.txt", "2022-03-28", "meeting", "occurred", &["Sameh Shoukry", "Nasser Bourita", "Yair Lapid", "Antony Blinken"])),
    ("kochavi_visit_2022_07_18", ("a06_ar.txt", "2022-07-18", "visit", "occurred", &["Aviv Kochavi"])),
    ("kochavi_loudiyi_meeting_2022_07_19", ("a06_ar.txt", "2022-07-19", "meeting", "occurred", &["Aviv Kochavi", "Abdellatif Loudiyi"])),
    ("ouahbi_visit_2022_07_25", ("a04_ar.txt", "2022-07-25", "visit", "occurred", &["Abdellatif Ouahbi"])),
    ("ouahbi_saar_mou_2022_07_26", ("a04_ar.txt", "2022-07-26", "agreement", "occurred", &["Abdellatif Ouahbi", "Gideon Sa'ar"])),
    ("liaison_office_2021_08_12", ("a05_ar.txt", "2021-08-12", "opening", "planned", &["Yair Lapid"])),
    ("barbivai_cgem_forum_2022_02_22", ("f04_fr.txt", "2022-02-22", "meeting", "occurred", &["Orna Barbivai"])),
];

/// Found only with the manifest.
const FOUND_WITH_MANIFEST: &[(&str, Expect)] = &[];

/// Reports of an event in other pages that join its row, from the text and with the manifest:
/// (gold event key, file).
const JOINED: &[(&str, &str)] = &[
    ("delegation_flight_2020_12_22", "e01_en.txt"),
    ("king_netanyahu_call_2020_12_25", "e01_en.txt"),
    ("marrakech_flights_2021_07_25", "e02_en.txt"),
    ("lapid_agreements_2021_08_11", "e03_en.txt"),
    ("gantz_arrival_2021_11_23", "f02_fr.txt"),
    ("gantz_loudiyi_mou_2021_11_24", "f02_fr.txt"),
    ("barbivai_mezzour_agreement_2022_02_21", "f04_fr.txt"),
    ("ram_first_tel_aviv_flight_2022_03_13", "f05_fr.txt"),
    ("bourita_arrival_negev_2022_03_27", "e04_en.txt"),
    ("bourita_arrival_negev_2022_03_27", "f03_fr.txt"),
    ("bourita_lapid_meeting_2022_03_27", "f03_fr.txt"),
    ("negev_summit_2022_03_28", "e04_en.txt"),
    ("kochavi_visit_2022_07_18", "e05_en.txt"),
    ("kochavi_loudiyi_meeting_2022_07_19", "e05_en.txt"),
    ("liaison_office_2021_08_12", "a10_ar.txt"),
];

/// Joined only with the manifest.
const JOINED_WITH_MANIFEST: &[(&str, &str)] = &[];

/// Known failures from the text and with the manifest, each named by its family in
/// docs/probe34.md.
const KNOWN: &[Known] = &[
    Known { key: "", family: "gold choice: the delegation's visit of 22 December 2020; the dev set's gold lists that visit (delegation-visit-king-2020-12-22), this gold (as probe31's to probe33's) tells it by its flight, audience and declaration only", now: Some(("a08_ar.txt", "2020-12-22", "visit", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])), fixed: None },
    Known { key: "", family: "gold choice: Unna's visit to Rabat during which the cyber agreement was signed; the gold lists the agreement only, as probe31's to probe33's", now: Some(("a10_ar.txt", "2021-07", "visit", "occurred", &["Yigal Unna"])), fixed: None },
    Known { key: "", family: "an opening told by a pronoun ('On Thursday morning, … he inaugurated Israel's liaison office in Rabat, headed by David Govrin') takes the office's head named in a participle as its opener, not the traveller the sentences before tell (liaison_office_2021_08_12 is found from a05 and a10; e03's page does not join it)", now: Some(("e03_en.txt", "2021-08-12", "opening", "occurred", &["David Govrin"])), fixed: None },
    Known { key: "", family: "a definite talks noun with the day of a summit told before ('Les discussions de lundi doivent porter sur l'Iran', after the summit 'qui doit se tenir lundi') is a planned meeting of the two ministers of the sentence before, a row apart from the summit's (the duplicate)", now: Some(("f03_fr.txt", "2022-03-28", "meeting", "planned", &["Nasser Bourita", "Yair Lapid"])), fixed: None },
    Known { key: "joint_declaration_2020_12_22", family: "memoranda signed beside a declaration ('كما تم التوقيع على أربع مذكرات تفاهم' after the joint declaration) join the declaration's row, matched to the memoranda; the delegation named after 'عقب وصول' is no signer", now: Some(("a08_ar.txt", "2020-12-22", "agreement", "occurred", &[])), fixed: Some(("a08_ar.txt", "2020-12-22", "agreement", "occurred", &["Jared Kushner"])) },
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
// Forty-third session: e02's El Al flight that followed Israir's is no longer joined to Israir's row by a
// report naming both airlines: it joins a01's El Al row, and that row now matches
// ((28, 24, 1, 3, 19) both before).
const SCORES: (probe_support::Counts, probe_support::Counts) = ((29, 25, 1, 3, 19), (29, 25, 1, 3, 19));

probe_support::probe_tests!();

probe_support::files::probe_file_tests!("tests/fixtures/probe33");
