//! The twentieth blind probe (tests/fixtures/probe20/, docs/probe20.md): 24 pages of sites
//! none of the nineteen earlier probes modelled, written and committed with their gold and
//! manifest before tarikh was run on them.
//!
//! The tables below were filled after the blind score (docs/probe20.md). The file tests
//! (`probe_support::files::probe_file_tests!`) check the probe's own files: the gold parses in
//! the nineteenth probe's format, names existing pages and dates within its precision, every
//! evidence is copied from one of its pages, and the manifest names every page once with a
//! published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe20";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "Lapid opens Israel's embassy in Manama 'اليوم الخميس' (30 September 2021), received by Al-Zayani on arrival 'صباح اليوم', memoranda signed with Bahrain, the Crown Prince 'غدا الجمعة', the declaration 'في 15 سبتمبر 2020' (Bahrain-Israel); Morocco only named among the countries that joined 'خلال العام الماضي', undated"),
    ("a12_ar.txt", "Blinken meets Bourita in Rabat 'اليوم الثلاثاء' (29 March 2022), arrived 'مساء أمس الإثنين قادما من إسرائيل', Tebboune 'غدا الأربعاء', the Crown Prince's audience a plan (US-Morocco, US-Algeria); Israel only named as where he came from and in the Abraham Accords, undated"),
    ("e06_en.txt", "EgyptAir's first flight under its own brand to Tel Aviv 'on Sunday' (3 October 2021), the Sisi-Bennett agreement 'in September' in Sharm El-Sheikh, tourist arrivals 'on Saturday' (Egypt-Israel); Morocco only named among the new routes of Israeli carriers, undated"),
    ("f06_fr.txt", "Mohamed Al Khaja presents his credentials to Rivlin 'lundi' (1 March 2021), arrived 'dimanche', the embassy in Tel Aviv 'dans les prochaines semaines', the Abraham Accords 'le 15 septembre 2020', demolitions 'lundi', Netanyahu's hoped-for trip to Abu Dhabi (UAE-Israel); Morocco only named among the later members, undated"),
];

/// Publication dates: (file, the day, whether the text states it). f02 has no date in its text
/// (Article19.ma's 'Par Rédaction Article19' byline without a date; its manifest row has the day
/// 2022-07-20, its url none; its only date is a related link's '(04/10/2020)'). a02, e01, e05
/// and f01 state their day though their manifest rows are empty (f01's url carries it,
/// '/2021-08-11/'); a05, a08 and e02 state theirs though their manifest rows have only the
/// month. a01 has a Moroccan month with a clock ('فاس نيوز ميديا - الخميس 12 غشت 2021 - 13:05')
/// under a site banner of the saving day with prayer times ('الجمعة 04 دجنبر 2026 | مواقيت
/// الصلاة بفاس: الفجر 06:41 …') and a footer '© … 2012 - 2026', a02 its date at the foot only, a
/// Moroccan month ('نشر بتاريخ: الخميس 25 نونبر 2021 - 11:47') after the comments line, a03 an
/// Egyptian line with 'م' ('الإثنين 14 مارس 2022 02:15 م') above a byline, a04 a Levantine month
/// ('السبت 26 كانون الأول 2020 | 11:20'), a05 a Levantine month between dashes
/// ('الثلاثاء، 26-كانون الثاني-2021 04:52 م'), a06 the Hijri beside the Gregorian ('الثلاثاء 26
/// شعبان 1443 هـ - 29 مارس 2022 م') above an 'النقب المحتل -' dateline, a07 a slashed clock
/// ('الثلاثاء 19 يوليو 2022 / 10:40') above a '24 - أبوظبي - وكالات' dateline, a08 an Algerian
/// month without a clock ('الأربعاء 27 جويلية 2022'), a09 a Tunisian month without a clock
/// ('الإثنين 26 جويلية 2021') on a Tunisian daily named «المغرب», a10 Arabic-Indic digits
/// ('الثلاثاء، ٠٦ ديسمبر ٢٠٢٢ ٠٧:٣٠ م'), a11 a Hijri issue line ('الخميس 30 سبتمبر 2021 - 23
/// صفر 1443 | العدد 4732'), a12 a dotted Turkish date ('29.03.2022, 18:04'), e01 a byline line
/// ('by Joel Gehrke, Foreign Affairs Reporter | December 22, 2020 11:52 AM'), e02 '22 February
/// 2022' above a 'RABAT -' dateline (a Reuters wire), e03 an ordinal '25th November 2021 - 10:15
/// GMT', e04 'Monday, July 26, 2021', e05 Hong Kong time first ('Published: 1:12am, 29 Mar,
/// 2022'), e06 'Daily News Egypt | October 3, 2021', f01 'Publié le 11 août 2021 à 15 h 47'
/// (Montreal time, an AFP wire), f03 'Le jeudi 10 mars 2022 à 16:25', f04 a day-first slashed
/// '23/02/2022, 9:10' with a word count, f05 '24 Décembre 2020' (a capital month), f06 'Mardi 2
/// Mars 2021'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2021-08-12", true),
    ("a02_ar.txt", "2021-11-25", true),
    ("a03_ar.txt", "2022-03-14", true),
    ("a04_ar.txt", "2020-12-26", true),
    ("a05_ar.txt", "2021-01-26", true),
    ("a06_ar.txt", "2022-03-29", true),
    ("a07_ar.txt", "2022-07-19", true),
    ("a08_ar.txt", "2022-07-27", true),
    ("a09_ar.txt", "2021-07-26", true),
    ("a10_ar.txt", "2022-12-06", true),
    ("a11_ar.txt", "2021-09-30", true),
    ("a12_ar.txt", "2022-03-29", true),
    ("e01_en.txt", "2020-12-22", true),
    ("e02_en.txt", "2022-02-22", true),
    ("e03_en.txt", "2021-11-25", true),
    ("e04_en.txt", "2021-07-26", true),
    ("e05_en.txt", "2022-03-29", true),
    ("e06_en.txt", "2021-10-03", true),
    ("f01_fr.txt", "2021-08-11", true),
    ("f02_fr.txt", "2022-07-20", false),
    ("f03_fr.txt", "2022-03-10", true),
    ("f04_fr.txt", "2022-02-23", true),
    ("f05_fr.txt", "2020-12-24", true),
    ("f06_fr.txt", "2021-03-02", true),
];

/// Events found from the text and with the manifest: (gold event key, the row).
const FOUND: &[(&str, Expect)] = &[
    // Forty-fourth session: a Latin reception verb in the past is the host's meeting with the received, beside their visit.
    ("king_receives_delegation", ("f05_fr.txt", "2020-12-22", "meeting", "occurred", &["Mohammed VI of Morocco"])),
    ("delegation_arrival_rabat", ("e01_en.txt", "2020-12-22", "visit", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])),
    ("el_al_first_flight_rabat", ("f05_fr.txt", "2020-12-22", "flight", "occurred", &[])),
    ("joint_declaration_2020_12_22", ("e01_en.txt", "2020-12-22", "agreement", "occurred", &["Saadeddine Othmani", "Jared Kushner", "Meir Ben-Shabbat"])),
    ("king_netanyahu_call", ("a04_ar.txt", "2020-12-25", "call", "occurred", &["Benjamin Netanyahu"])),
    ("govrin_ushpiz_arrival_rabat", ("a05_ar.txt", "2021-01-26", "visit", "occurred", &["David Govrin", "Alon Ushpiz"])),
    ("cyber_agreement_2021_07", ("a09_ar.txt", "2021-07", "agreement", "occurred", &[])),
    ("israir_first_marrakesh_flight", ("e04_en.txt", "2021-07-25", "flight", "occurred", &[])),
    ("lapid_arrival_rabat", ("f01_fr.txt", "2021-08-11", "visit", "occurred", &["Yair Lapid"])),
    ("lapid_bourita_talks", ("f01_fr.txt", "2021-08-11", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("lapid_bourita_agreements", ("f01_fr.txt", "2021-08-11", "agreement", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("lapid_liaison_office_opening", ("f01_fr.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"])),
    ("gantz_arrival_rabat", ("e03_en.txt", "2021-11-23", "visit", "occurred", &["Benny Gantz"])),
    ("gantz_loudiyi_mou", ("e03_en.txt", "2021-11-24", "agreement", "occurred", &["Abdellatif Loudiyi", "Benny Gantz"])),
    ("gantz_bourita_meeting", ("a02_ar.txt", "2021-11-24", "meeting", "occurred", &["Nasser Bourita", "Benny Gantz"])),
    ("barbivai_arrival_rabat", ("e02_en.txt", "2022-02-20", "visit", "occurred", &["Orna Barbivai"])),
    ("barbivai_mezzour_agreement", ("e02_en.txt", "2022-02-21", "agreement", "occurred", &["Orna Barbivai", "Ryad Mezzour"])),
    ("barbivai_casablanca_forum", ("f04_fr.txt", "2022-02-22", "meeting", "occurred", &["Orna Barbivai"])),
    ("ram_first_tel_aviv_flight", ("a03_ar.txt", "2022-03-13", "flight", "occurred", &[])),
    ("bourita_lapid_bilateral", ("a06_ar.txt", "2022-03-27", "meeting", "occurred", &["Nasser Bourita", "Yair Lapid"])),
    ("kochavi_visit", ("a07_ar.txt", "2022-07-18", "visit", "occurred", &["Aviv Kochavi"])),
    ("kochavi_farouk_meeting", ("f02_fr.txt", "2022-07-19", "meeting", "occurred", &["Aviv Kochavi"])),
    ("ouahbi_arrival_israel", ("a08_ar.txt", "2022-07-25", "visit", "occurred", &["Abdellatif Ouahbi"])),
    ("ouahbi_saar_mou", ("a08_ar.txt", "2022-07-26", "agreement", "occurred", &["Abdellatif Ouahbi", "Gideon Sa'ar"])),
    ("newmed_onhym_agreement", ("a10_ar.txt", "2022-12-05", "agreement", "occurred", &["Yossi Abu", "Amina Benkhadra"])),
    ("bourita_arrival_israel", ("a06_ar.txt", "2022-03-27", "visit", "occurred", &["Nasser Bourita"])),
];

/// Found only with the manifest.
const FOUND_WITH_MANIFEST: &[(&str, Expect)] = &[];

/// Reports of an event in other pages that join its row, from the text and with the manifest:
/// (gold event key, file).
const JOINED: &[(&str, &str)] = &[
    ("delegation_arrival_rabat", "a04_ar.txt"),
    ("delegation_arrival_rabat", "f05_fr.txt"),
    ("el_al_first_flight_rabat", "a04_ar.txt"),
    ("el_al_first_flight_rabat", "e01_en.txt"),
    ("joint_declaration_2020_12_22", "a05_ar.txt"),
    ("joint_declaration_2020_12_22", "a09_ar.txt"),
    ("joint_declaration_2020_12_22", "f05_fr.txt"),
    ("israir_first_marrakesh_flight", "a09_ar.txt"),
    ("lapid_arrival_rabat", "a01_ar.txt"),
    ("lapid_bourita_agreements", "a01_ar.txt"),
    ("lapid_liaison_office_opening", "a02_ar.txt"),
    ("lapid_liaison_office_opening", "f01_fr.txt"),
    ("gantz_loudiyi_mou", "a02_ar.txt"),
    ("gantz_loudiyi_mou", "a07_ar.txt"),
    // f02's recall « lors de la visite de Benny Gantz » (November, month only).
    ("gantz_arrival_rabat", "f02_fr.txt"),
    ("gantz_arrival_rabat", "a02_ar.txt"),
    ("gantz_arrival_rabat", "a07_ar.txt"),
    ("gantz_bourita_meeting", "e03_en.txt"),
    ("barbivai_arrival_rabat", "f04_fr.txt"),
    ("barbivai_mezzour_agreement", "a03_ar.txt"),
    ("barbivai_mezzour_agreement", "f04_fr.txt"),
    ("ram_first_tel_aviv_flight", "f03_fr.txt"),
    ("kochavi_visit", "a08_ar.txt"),
    ("kochavi_visit", "f02_fr.txt"),
    ("kochavi_farouk_meeting", "a07_ar.txt"),
];

/// Joined only with the manifest.
const JOINED_WITH_MANIFEST: &[(&str, &str)] = &[];

/// Known failures from the text and with the manifest, each named by its family in
/// docs/probe20.md.
const KNOWN: &[Known] = &[
    Known { key: "negev_summit", family: "the summit of six ministers told by a06 ('أمس الاثنين', after the arrivals of 'مساء الأحد') is dated Sunday, the arrivals' day: e05's one-to-one 'that evening' (a relative clause's Sunday, right since the fortieth session) is then its duplicate, and no row of Monday is left for the summit (it was matched before by e05's wrong Monday)", now: Some(("a06_ar.txt", "2022-03-27", "meeting", "occurred", &["Sameh Shoukry"])), fixed: Some(("a06_ar.txt", "2022-03-28", "meeting", "occurred", &["Sameh Shoukry"])) },
    Known {
        key: "gantz_departure_rabat",
        family: "a02's departure of the 25th («غادر … اليوم، المملكة بعد زيارة دامت يومين») joins Gantz's arrival of the 23rd (e03) directly: days of one visit (VISIT_DAYS) reported done with the same visitor are one trip, as the merge means them to be; f02's and a07's month-only recalls are no bridge (merge28: a02 and e03 alone give the same row). The gold keeps the departure as an optional row of its own",
        now: Some(("a02_ar.txt", "2021-11-23", "visit", "occurred", &["Benny Gantz"])),
        fixed: Some(("a02_ar.txt", "2021-11-25", "visit", "occurred", &["Benny Gantz"])),
    },
    Known {
        key: "",
        family: "a09's «خلال زيارة مسؤول إسرائيلي رفيع للمغرب»: the unnamed official's visit that framed the cyber agreement is a row of its own (a real visit, Yigal Unna's of July 2021, which the gold leaves out as in probes 7, 8 and 10)",
        now: Some(("a09_ar.txt", "2021-07", "visit", "occurred", &[])),
        fixed: None,
    },
    Known {
        key: "",
        family: "a07's «كما يُنتظر أن يجتمع رئيس الأركان الإسرائيلي مع … عبد اللطيف لوديي»: the meeting expected on the visit's page, undated, is a month row of its own instead of joining the one f02 tells done the same day (kochavi_loudiyi_meeting, optional); f02's talks told again for their subject (« Les entretiens ont porté sur … », undated once the memorandum recalled after them keeps its November) join it, while f02's « s'est également entretenu le même jour avec Abdellatif Loudiyi » after « Arrivé la veille au soir » gives no meeting",
        now: Some(("a07_ar.txt", "2022-07", "meeting", "planned", &["Aviv Kochavi", "Abdellatif Loudiyi"])),
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
// Forty-fourth session: the King's reception told in French after « Mardi 22 décembre » is his meeting with the delegation (a Latin reception verb in the past, beside the visit); (29, 26, 1, 2, 18) both before.
const SCORES: (probe_support::Counts, probe_support::Counts) = ((30, 27, 1, 2, 19), (30, 27, 1, 2, 19));

probe_support::probe_tests!();

probe_support::files::probe_file_tests!("tests/fixtures/probe19");
