//! The fortieth blind probe (tests/fixtures/probe40/, docs/probe40.md): 24 pages of sites none
//! of the thirty-nine earlier probes modelled, written and committed with their gold and
//! manifest before tarikh was run on them.
//!
//! The tables were filled from the blind score (e6a260b, the forty-sixth session's first build)
//! before any rule changed for these pages. The file tests
//! (`probe_support::files::probe_file_tests!`) check the probe's own files: the gold parses in
//! the thirty-ninth probe's format, names existing pages and dates within its precision, every
//! evidence is copied from one of its pages, and the manifest names every page once with a
//! published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe40";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "the forty-ninth anniversary of Libyan Arab Airlines Flight 114, shot down over Sinai by Israeli fighters 'في الحادي والعشرين من فبراير 1973' (history outside the window, Libya-Israel); the victims' families' vigil 'صباح اليوم' and press conference 'الأسبوع المقبل' (Libya's own affairs); Morocco only in a list of normalising states ('من الإمارات والبحرين إلى المغرب والسودان') with no date"),
    ("a12_ar.txt", "Khartoum's resistance committees march 'أمس السبت' (6 February 2021) against normalisation (a protest, Sudan's own affair); Eli Cohen's visit to Khartoum 'الشهر الماضي' and Sudan's signature of the Abraham Accords declaration 'في السادس من يناير الماضي' (Sudan-Israel and Sudan-United States); the repeal of the 1958 boycott law 'قريبا' and a seminar 'يوم الثلاثاء المقبل'; Morocco only in 'على غرار الإمارات والبحرين والمغرب'"),
    ("e06_en.txt", "sixty years since Operation Yachin, 'in late November 1961' to 'the spring of 1964' (history outside the window, Morocco-Israel); Hassan II's accession 'that February'; Morocco and Israel's renewed relations 'last December' (a month recall); a Detroit community lecture 'on Sunday, Dec. 5' (a plan of the community's own)"),
    ("f06_fr.txt", "Tunisia's draft constitution, published « jeudi soir » (30 June 2022), has no clause criminalising normalisation (Tunisia's own affair); Saïed « Pendant sa campagne de 2019 »; a bill « déposée en 2020 »; the Parliament frozen « le 25 juillet 2021 »; a rally « samedi » and the referendum « le 25 juillet » (plans of Tunisia's own); Morocco only « en décembre 2020 » (a month recall)"),
];

/// Publication dates: (file, the day, whether the text states it). a10 has no date in its text
/// (Essahraa's page with a menu, key words and a comment box; its manifest row has the day,
/// 2021-11-25; its 'يوم الأربعاء' and 'مساء الثلاثاء' are dated only by it). a06's date is only
/// at the foot, in an Algerian month ('22 فيفري 2022', manifest empty). a01 is a Moroccan month
/// with a weekday ('الخميس 12 غشت 2021 - 13:40', manifest only 2021-08), a02 a byline without a
/// weekday ('مغرب تايمز - الرباط | 13 يناير 2022 - 18:05', manifest empty), a03 an Egyptian
/// layout with a comma after the weekday and an update line at the foot ('الثلاثاء، 26 يوليو
/// 2022 - 12:40 م'), a04 a Levantine month with a weekday and no time ('الأربعاء 20 تموز 2022',
/// manifest only 2022-07), a05 day-first numeric with an update line ('تاريخ النشر: 19/10/2021 -
/// 17:52 | آخر تحديث: 19/10/2021 - 20:05'), a07 Gregorian then Hijri ('السبت 26 ديسمبر 2020 - 11
/// جمادى الأولى 1442'), a08 Hijri then Gregorian in Arabic-Indic digits ('الأربعاء ٤ ذو الحجة
/// ١٤٤٢ هـ - ١٤ يوليو ٢٠٢١ م', manifest empty), a09 an issue number and a dashed day-first date
/// ('العدد 4512 | الأربعاء 23-12-2020', manifest only 2020-12, its url holds '/2020/12/23/'),
/// a11 'الاثنين 21 فبراير 2022 - 10:25', a12 a comma after the weekday and a zero-padded day
/// ('الأحد, 07 فبراير 2021', manifest empty). e01 ANSA's '28 March 2022 17:21' with the dateline
/// '(ANSA) - SDE BOKER, MARCH 28 -' (manifest only 2022-03), e02 'June 27, 2022' under the
/// byline (manifest empty), e03 a ministry's dotted day-first '26.01.2021', e04 'Monday, 9 May
/// 2022' with 'Last updated: 10:05 (BST)', e05 dpa's dotted '25.07.2022, 18:43' (manifest only
/// 2022-07), e06 in the byline 'By Rachel Kapen | November 28, 2021'; f01 'Publié le 14 décembre
/// 2021' (manifest only 2021-12), f02 'Par Le JSL avec AFP - Publié le 10/12/2020 à 21:15'
/// (manifest empty), f03 'Publié le 22 décembre 2020 à 19h02, modifié à 20h15', f04 in the byline
/// 'Par Maroc Leaders - 24 mai 2022' (manifest only 2022-05), f05 'Publié le 25/07/2021 à
/// 22h47', f06 in the byline 'Par Rim Ben Fraj | 1 juillet 2022'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2021-08-12", true),
    ("a02_ar.txt", "2022-01-13", true),
    ("a03_ar.txt", "2022-07-26", true),
    ("a04_ar.txt", "2022-07-20", true),
    ("a05_ar.txt", "2021-10-19", true),
    ("a06_ar.txt", "2022-02-22", true),
    ("a07_ar.txt", "2020-12-26", true),
    ("a08_ar.txt", "2021-07-14", true),
    ("a09_ar.txt", "2020-12-23", true),
    ("a10_ar.txt", "2021-11-25", false),
    ("a11_ar.txt", "2022-02-21", true),
    ("a12_ar.txt", "2021-02-07", true),
    ("e01_en.txt", "2022-03-28", true),
    ("e02_en.txt", "2022-06-27", true),
    ("e03_en.txt", "2021-01-26", true),
    ("e04_en.txt", "2022-05-09", true),
    ("e05_en.txt", "2022-07-25", true),
    ("e06_en.txt", "2021-11-28", true),
    ("f01_fr.txt", "2021-12-14", true),
    ("f02_fr.txt", "2020-12-10", true),
    ("f03_fr.txt", "2020-12-22", true),
    ("f04_fr.txt", "2022-05-24", true),
    ("f05_fr.txt", "2021-07-25", true),
    ("f06_fr.txt", "2022-07-01", true),
];

/// Events found from the text and with the manifest: (gold event key, the row).
const FOUND: &[(&str, Expect)] = &[
    ("king_call_trump_2020_12_10", ("f02_fr.txt", "2020-12-10", "call", "occurred", &["Mohammed VI of Morocco", "Donald Trump"])),
    ("joint_declaration_2020_12_22", ("a09_ar.txt", "2020-12-22", "agreement", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])),
    ("four_memoranda_2020_12_22", ("a09_ar.txt", "2020-12-22", "agreement", "occurred", &[])),
    ("king_receives_delegation_2020_12_22", ("a09_ar.txt", "2020-12-22", "meeting", "occurred", &["Mohammed VI of Morocco", "Jared Kushner", "Meir Ben-Shabbat"])),
    ("elal_delegation_flight_2020_12_22", ("a09_ar.txt", "2020-12-22", "flight", "occurred", &[])),
    ("king_call_netanyahu_2020_12_25", ("a07_ar.txt", "2020-12-25", "call", "occurred", &["Mohammed VI of Morocco", "Benjamin Netanyahu"])),
    ("ushpiz_govrin_rabat_2021_01_26", ("e03_en.txt", "2021-01-26", "visit", "occurred", &["Alon Ushpiz", "David Govrin"])),
    ("unna_cyber_memorandum_2021_07_13", ("a08_ar.txt", "2021-07-13", "agreement", "occurred", &["Yigal Unna"])),
    ("israir_first_flight_marrakesh_2021_07_25", ("f05_fr.txt", "2021-07-25", "flight", "occurred", &[])),
    ("elal_first_flight_marrakesh_2021_07_25", ("f05_fr.txt", "2021-07-25", "flight", "occurred", &[])),
    ("lapid_arrives_rabat_2021_08_11", ("a01_ar.txt", "2021-08-11", "visit", "occurred", &["Yair Lapid"])),
    ("lapid_opens_liaison_office_2021_08_12", ("a01_ar.txt", "2021-08-12", "opening", "occurred", &["David Govrin", "Yair Lapid"])),
    ("herzog_receives_beyyoudh_2021_10_19", ("a05_ar.txt", "2021-10-19", "meeting", "occurred", &["Isaac Herzog", "Abderrahim Beyyoudh"])),
    ("sheba_cheikh_khalifa_agreement_2021_12_14", ("f01_fr.txt", "2021-12-14", "agreement", "occurred", &["David Govrin"])),
    ("govrin_talbi_alami_2022_01_12", ("a02_ar.txt", "2022-01-12", "meeting", "occurred", &["Rachid Talbi Alami", "David Govrin"])),
    ("barbivai_arrives_rabat_2022_02_20", ("a06_ar.txt", "2022-02-20", "visit", "occurred", &["Orna Barbivai"])),
    ("barbivai_mezzour_agreement_2022_02_21", ("a06_ar.txt", "2022-02-21", "agreement", "occurred", &["Orna Barbivai", "Ryad Mezzour"])),
    ("negev_ministers_dinner_2022_03_27", ("e01_en.txt", "2022-03-27", "meeting", "occurred", &["Yair Lapid"])),
    ("negev_summit_2022_03_28", ("e01_en.txt", "2022-03-28", "meeting", "occurred", &["Yair Lapid"])),
    ("cgem_ficc_memorandum_2022_05_23", ("f04_fr.txt", "2022-05-23", "agreement", "occurred", &["Chakib Alj"])),
    // Forty-sixth session (office46): 'the Moroccan federation's president' is the federation's
    // head, no longer Isaac Herzog; the row names no one. (The scorer, which wants a person in
    // common, still counts it a false row and misses the event: its gold names Moshe Ponti,
    // whom no gazetteer knows.)
    ("judo_federations_agreement_2022_05_07", ("e04_en.txt", "2022-05-07", "agreement", "occurred", &[])),
    ("um6p_weizmann_memorandum_2022_06_21", ("e02_en.txt", "2022-06-21", "agreement", "occurred", &["Hicham El Habti"])),
    ("kochavi_visit_morocco_2022_07_18", ("a04_ar.txt", "2022-07-18", "visit", "occurred", &["Aviv Kochavi"])),
    ("kochavi_meets_belkhir_loudiyi_2022_07_19", ("a04_ar.txt", "2022-07-19", "meeting", "occurred", &["Aviv Kochavi"])),
    ("ouahbi_visit_israel_2022_07_25", ("a03_ar.txt", "2022-07-25", "visit", "occurred", &["Abdellatif Ouahbi"])),
    ("ram_first_flight_tel_aviv_2022_07_25", ("a03_ar.txt", "2022-07-25", "flight", "occurred", &[])),
    ("ouahbi_saar_memorandum_2022_07_26", ("a03_ar.txt", "2022-07-26", "agreement", "occurred", &["Abdellatif Ouahbi", "Gideon Sa'ar"])),
];

/// Found only with the manifest.
const FOUND_WITH_MANIFEST: &[(&str, Expect)] = &[
    ("gantz_arrives_rabat_2021_11_23", ("a10_ar.txt", "2021-11-23", "visit", "occurred", &["Benny Gantz"])),
    ("gantz_loudiyi_memorandum_2021_11_24", ("a10_ar.txt", "2021-11-24", "agreement", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"])),
];

/// Reports of an event in other pages that join its row, from the text and with the manifest:
/// (gold event key, file).
const JOINED: &[(&str, &str)] = &[
    ("joint_declaration_2020_12_22", "f03_fr.txt"),
    ("four_memoranda_2020_12_22", "f03_fr.txt"),
    ("king_receives_delegation_2020_12_22", "f03_fr.txt"),
    ("elal_delegation_flight_2020_12_22", "f03_fr.txt"),
    ("ram_first_flight_tel_aviv_2022_07_25", "e05_en.txt"),
];

/// Joined only with the manifest.
const JOINED_WITH_MANIFEST: &[(&str, &str)] = &[];

/// Known failures from the text and with the manifest, each named by its family in
/// docs/probe40.md.
const KNOWN: &[Known] = &[
    Known { key: "", family: "an agreement recalled by its name in a quote ('implementing the Joint Declaration signed in Rabat last month') takes the quote's speaker as its signer, and as a month row stays apart from the declaration's day row", now: Some(("e03_en.txt", "2020-12", "agreement", "occurred", &["Alon Ushpiz"])), fixed: None },
    Known { key: "", family: "gold choice: the delegation's visit to Rabat (the gold lists its flight, the King's reception and the declaration, not the visit; as probe36 to probe39)", now: Some(("a07_ar.txt", "2020-12-22", "visit", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])), fixed: None },
    Known { key: "", family: "the host of a reception listed among a visit's people: since receiver46 the arrival noun with its pronoun in the reception ('واستقبل العاهل المغربي الملك محمد السادس أعضاء الوفد في القصر الملكي بعد ساعات من وصولهم') is the delegation's arrival, and the King's false visit to Israel is gone, but the delegation's visit row lists him and Othmani (the «الوفد» noun keeps the people of its sentence, Othmani named in a later clause; f03's fronted reception gives the King too), as probe38's merged row", now: Some(("a09_ar.txt", "2020-12-22", "visit", "occurred", &["Mohammed VI of Morocco", "Saadeddine Othmani"])), fixed: None },
    Known { key: "", family: "gold choice: a visit told only in a relative clause on the signer ('الذي يزور المملكة على رأس وفد تقني'); this gold lists the signing alone, as probe35's did for the same visit", now: Some(("a08_ar.txt", "2021-07-13", "visit", "occurred", &["Yigal Unna", "Abdellatif Loudiyi"])), fixed: None },
    Known { key: "", family: "a resident envoy present at a signing in the country he is posted to (« en présence du chef du bureau de liaison d'Israël au Maroc, David Govrin, et d'une délégation … conduite par … ») is read as a visit of his", now: Some(("f01_fr.txt", "2021-12-14", "visit", "occurred", &["David Govrin"])), fixed: None },
    Known { key: "", family: "a visit recalled by 'earlier this year' with no month ('a visit by a delegation of Israeli university presidents to Morocco earlier this year'): a row of the year, the place taken from another noun ('Mohammed V University in Rabat'); the gold lists no such recall", now: Some(("e02_en.txt", "2022", "visit", "occurred", &[])), fixed: None },
    Known { key: "", family: "gold choice: an agreement recalled by its month ('a cooperation agreement between Ben-Gurion University of the Negev and Mohammed V University in Rabat in March'); the gold lists the memorandum of the day only", now: Some(("e02_en.txt", "2022-03", "agreement", "occurred", &[])), fixed: None },
    Known { key: "", family: "a delegation's stay told in a relative clause on its head (« Uriel Lynn, président de la FICC, à la tête d'une délégation d'une trentaine d'entreprises israéliennes qui séjourne au Maroc depuis dimanche ») takes the Moroccan co-signer named before as its visitor, to Israel", now: Some(("f04_fr.txt", "2022-05-22", "visit", "occurred", &["Chakib Alj"])), fixed: None },
    Known { key: "", family: "meetings told in sequence in one sentence ('اجتمع أمس الثلاثاء في الرباط بالمفتش العام … ثم التقى الوزير المنتدب … لوديي') are two rows; this gold counts one", now: Some(("a04_ar.txt", "2022-07-19", "meeting", "occurred", &["Aviv Kochavi", "Abdellatif Loudiyi"])), fixed: None },
    Known { key: "", family: "gold choice: a forum planned for a season (« doit en outre se tenir à Tel-Aviv « à l'automne », … sans avancer de date ») is a planned row of the season's months; the gold lists no plan without a day", now: Some(("f04_fr.txt", "2022-09", "meeting", "planned", &[])), fixed: None },
];

/// Known failures from the text alone.
const KNOWN_TEXT: &[Known] = &[
    Known { key: "", family: "Gantz's memorandum recalled by its month on another story's page ('بعد زيارة … بيني غانتس إلى الرباط في تشرين الثاني الماضي، حيث وقع مذكرة تفاهم أمنية'): a row of the month, while a10, which tells its day, states no date of its own (the manifest's)", now: Some(("a04_ar.txt", "2021-11", "agreement", "occurred", &["Benny Gantz"])), fixed: None },
    Known { key: "", family: "Gantz's visit recalled by its month ('في تشرين الثاني الماضي'): a row of the month, while a10, which tells its day, states no date of its own (the manifest's)", now: Some(("a04_ar.txt", "2021-11", "visit", "occurred", &["Benny Gantz"])), fixed: None },
    Known { key: "gantz_loudiyi_memorandum_2021_11_24", family: "a10 states no date of its own ('يوم الأربعاء' under no date line): its day is the manifest's", now: None, fixed: Some(("a10_ar.txt", "2021-11-24", "agreement", "occurred", &[])) },
];

/// Known failures with the manifest only.
const KNOWN_WITH_MANIFEST: &[Known] = &[];

/// Rows whose title is known wrong.
const KNOWN_TITLES: &[(Expect, &str, &str)] = &[];

/// Stated publication dates not found today: (file, family).
const PUBLISHED_MISSED: &[(&str, &str)] = &[];

/// Publication dates wrong today: (file, the right day, the day found today, family).
const PUBLISHED_WRONG: &[(&str, &str, &str, &str)] = &[];

/// The gold scorer's (rows, matched, duplicates, false+, required found), from the text and with
/// the manifest. receiver46: a09's arrival noun in the King's reception is the delegation's.
/// Session 47: Arkia's plan in a clause of its own after El Al's landing is no flight of the day.
const SCORES: (probe_support::Counts, probe_support::Counts) = ((38, 26, 1, 11, 19), (38, 28, 1, 9, 20));

probe_support::probe_tests!();

probe_support::files::probe_file_tests!("tests/fixtures/probe39");
