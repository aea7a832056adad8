//! The thirty-eighth blind probe (tests/fixtures/probe38/, docs/probe38.md): 24 pages of sites
//! none of the thirty-seven earlier probes modelled, written and committed with their gold and
//! manifest before tarikh was run on them.
//!
//! The tables were filled from the blind score (docs/probe38.md). The file tests
//! (`probe_support::files::probe_file_tests!`) check the probe's own files: the gold parses in
//! the thirty-seventh probe's format, names existing pages and dates within its precision, every
//! evidence is copied from one of its pages, and the manifest names every page once with a
//! published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe38";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "Oman's Shura Council votes 'أمس الاثنين' (26 December 2022) to widen the 1972 Israel boycott law, the referral to the State Council and the Sultan with no date (Oman-Israel); Netanyahu in Muscat 'في أكتوبر 2018' (history); the World Cup 'اختُتم في 18 ديسمبر' (Qatar's own affair); Morocco only in 'أقامت فيه الإمارات والبحرين والمغرب علاقات مع إسرائيل عام 2020' (a year recall)"),
    ("a12_ar.txt", "the UGTT's commemoration 'اليوم الجمعة' (1 October 2021) at Hammam Chott of the Israeli raid 'يوم 1 أكتوبر 1985' (history outside the window, Tunisia-Palestine); the call for a law against normalisation with no date; Morocco only in a list of states normalising 'منذ صيف العام الماضي' (a season recall)"),
    ("e06_en.txt", "the Egoz's sinking 'On the night of January 10, 1961' and Operation Yachin 'between 1961 and 1964' (history outside the window), the 1992 reburial, the Mount Herzl ceremony 'will be held online' with no day (Israel's own affair); 'Last month's agreement' (a month recall), the liaison office delegation 'in the coming weeks' and the flights 'later this year' (undated plans)"),
    ("f06_fr.txt", "a sit-in against normalisation before the Parliament in Rabat « ce mercredi » (22 December 2021, Morocco's own affair), the accords « en décembre 2020 » (a month recall), actions « dans les semaines à venir » (a plan), the borders closed « jusqu'au 31 décembre » (Morocco's own affair)"),
];

/// Publication dates: (file, the day, whether the text states it). a10 has no date in its text
/// (Al-Manara Media's page with a menu, 'منذ 14 ساعة' at the top and undated related links; its
/// manifest row has the day, 2021-07-26; its 'مساء أمس الأحد' is dated only by it). a02's date
/// is only at the foot ('نشر في: 21 - 07 - 2022', manifest empty); f03's only at the foot ('Mis
/// en ligne le 21 février 2022', manifest only 2022-02). a01 is a Moroccan month in the byline
/// ('Rue20 ـ متابعة | الأربعاء 24 نونبر 2021 - 18:40', manifest only 2021-11), a03 an Egyptian
/// slashed layout ('الثلاثاء 29/مارس/2022 - 02:15 م'), a04 a Levantine month with a weekday and no
/// time ('الأربعاء 23 كانون الأول 2020', manifest only 2020-12), a05 'نشر بتاريخ: 12-08-2021 |
/// 15:10' with an update line of the same day (manifest empty), a06 an Algerian month in
/// Arabic-Indic digits ('الثلاثاء، ٢٢ فيفري ٢٠٢٢ ١٨:٣٠'), a07 Hijri and Gregorian ('السبت 11 جمادى
/// الأولى 1442 - 26 ديسمبر 2020', manifest only 2020-12), a08 a Levantine month without a weekday
/// ('نشر في: 27 تموز 2022', manifest empty), a09 Arabic-Indic digits in the byline ('تواري -
/// نواكشوط | ٢٧ يناير ٢٠٢١'), a11 'الدوحة - الشرق | الثلاثاء 27 ديسمبر 2022 - 1:20 ص' (manifest
/// only 2022-12), a12 'الجمعة 01 أكتوبر 2021'. e01 'by Jewish Journal Staff | December 11, 2020'
/// (manifest empty), e02 'Mar 14, 2022' (manifest only 2022-03), e03 'March 28, 2022 11:47 AM'
/// with the dateline 'SDE BOKER, ISRAEL —', e04 day-first '20/07/2022', e05 'Published: 12 Aug
/// 2021 - 07:45 pm' (manifest only 2021-08), e06 'Posted on January 10, 2021' (manifest empty, its
/// url holds '/2021/01/10/'); f01 'Par H24info   Le 25/07/2021 à 21h12' (manifest only 2021-07),
/// f02 'Par Hasna Yacoub - Le 25 Novembre 2021' (manifest empty), f04 'Le 22/12/2020 à 18:55 |
/// Mis à jour le 23/12/2020 à 07:10', f05 'Vendredi 29 Juillet 2022' (manifest only 2022-07), f06
/// 'Le mercredi 22 décembre 2021 - 17:05'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2021-11-24", true),
    ("a02_ar.txt", "2022-07-21", true),
    ("a03_ar.txt", "2022-03-29", true),
    ("a04_ar.txt", "2020-12-23", true),
    ("a05_ar.txt", "2021-08-12", true),
    ("a06_ar.txt", "2022-02-22", true),
    ("a07_ar.txt", "2020-12-26", true),
    ("a08_ar.txt", "2022-07-27", true),
    ("a09_ar.txt", "2021-01-27", true),
    ("a10_ar.txt", "2021-07-26", false),
    ("a11_ar.txt", "2022-12-27", true),
    ("a12_ar.txt", "2021-10-01", true),
    ("e01_en.txt", "2020-12-11", true),
    ("e02_en.txt", "2022-03-14", true),
    ("e03_en.txt", "2022-03-28", true),
    ("e04_en.txt", "2022-07-20", true),
    ("e05_en.txt", "2021-08-12", true),
    ("e06_en.txt", "2021-01-10", true),
    ("f01_fr.txt", "2021-07-25", true),
    ("f02_fr.txt", "2021-11-25", true),
    ("f03_fr.txt", "2022-02-21", true),
    ("f04_fr.txt", "2020-12-22", true),
    ("f05_fr.txt", "2022-07-29", true),
    ("f06_fr.txt", "2021-12-22", true),
];

/// Events found from the text and with the manifest: (gold event key, the row).
const FOUND: &[(&str, Expect)] = &[
    ("king_trump_call_2020_12_10", ("e01_en.txt", "2020-12-10", "call", "occurred", &["Mohammed VI of Morocco", "Donald Trump"])),
    ("joint_declaration_2020_12_22", ("a04_ar.txt", "2020-12-22", "agreement", "occurred", &["Saadeddine Othmani", "Jared Kushner", "Meir Ben-Shabbat"])),
    ("king_receives_delegation_2020_12_22", ("a04_ar.txt", "2020-12-22", "meeting", "occurred", &["Mohammed VI of Morocco", "Jared Kushner", "Meir Ben-Shabbat"])),
    ("elal_flight_rabat_2020_12_22", ("a04_ar.txt", "2020-12-22", "flight", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])),
    ("king_netanyahu_call_2020_12_25", ("a07_ar.txt", "2020-12-25", "call", "occurred", &["Mohammed VI of Morocco", "Benjamin Netanyahu"])),
    ("ushpiz_govrin_arrive_rabat_2021_01_26", ("a09_ar.txt", "2021-01-26", "visit", "occurred", &["Alon Ushpiz", "David Govrin"])),
    ("israir_marrakech_2021_07_25", ("f01_fr.txt", "2021-07-25", "flight", "occurred", &[])),
    // « c'était au tour d'un appareil d'El Al … d'atterrir »: the follower told by its turn
    // flies its own (turn44).
    ("elal_marrakech_2021_07_25", ("f01_fr.txt", "2021-07-25", "flight", "occurred", &[])),
    ("lapid_bourita_agreements_2021_08_11", ("e05_en.txt", "2021-08-11", "agreement", "occurred", &["Yair Lapid", "Nasser Bourita"])),
    ("lapid_arrives_rabat_2021_08_11", ("a05_ar.txt", "2021-08-11", "visit", "occurred", &["Yair Lapid"])),
    ("lapid_opens_liaison_office_2021_08_12", ("a05_ar.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"])),
    ("gantz_arrives_rabat_2021_11_23", ("a01_ar.txt", "2021-11-23", "visit", "occurred", &["Benny Gantz"])),
    ("gantz_loudiyi_mou_2021_11_24", ("a01_ar.txt", "2021-11-24", "agreement", "occurred", &["Abdellatif Loudiyi", "Benny Gantz"])),
    // 'وفي وقت سابق من اليوم نفسه' after the arrival recalled in the pluperfect: the story's
    // day, the signing's (turn44).
    ("gantz_bourita_meeting_2021_11_24", ("a01_ar.txt", "2021-11-24", "meeting", "occurred", &["Benny Gantz", "Nasser Bourita"])),
    // 'وكانت الوزيرة الصهيونية قد حلت بالمغرب': the hostile adjective stands for Israel as the
    // plain one does, so the minister told by office is the Israeli minister named before
    // (forty-fifth session).
    ("barbivai_arrives_morocco_2022_02_20", ("a06_ar.txt", "2022-02-20", "visit", "occurred", &["Orna Barbivai"])),
    ("barbivai_mezzour_agreement_2022_02_21", ("a06_ar.txt", "2022-02-21", "agreement", "occurred", &["Ryad Mezzour", "Orna Barbivai"])),
    ("ram_first_tel_aviv_flight_2022_03_13", ("e02_en.txt", "2022-03-13", "flight", "occurred", &[])),
    ("bourita_arrives_israel_2022_03_27", ("a03_ar.txt", "2022-03-27", "visit", "occurred", &["Nasser Bourita"])),
    ("negev_summit_2022_03_28", ("a03_ar.txt", "2022-03-28", "meeting", "occurred", &["Sameh Shoukry", "Yair Lapid", "Antony Blinken", "Abdullah bin Zayed Al Nahyan", "Abdullatif bin Rashid Al Zayani", "Nasser Bourita"])),
    ("kochavi_arrives_morocco_2022_07_18", ("a02_ar.txt", "2022-07-18", "visit", "occurred", &["Aviv Kochavi"])),
    ("kochavi_belkhir_talks_2022_07_19", ("a02_ar.txt", "2022-07-19", "meeting", "occurred", &["Aviv Kochavi"])),
    ("kochavi_loudiyi_meeting_2022_07_19", ("a02_ar.txt", "2022-07-19", "meeting", "occurred", &["Abdellatif Loudiyi", "Aviv Kochavi"])),
    ("ouahbi_arrives_israel_2022_07_25", ("a08_ar.txt", "2022-07-25", "visit", "occurred", &["Abdellatif Ouahbi"])),
    ("ouahbi_saar_mou_2022_07_26", ("a08_ar.txt", "2022-07-26", "agreement", "occurred", &["Abdellatif Ouahbi", "Gideon Sa'ar"])),
    ("ouahbi_levy_meeting_2022_07_28", ("a08_ar.txt", "2022-07-28", "meeting", "planned", &["Abdellatif Ouahbi", "Mickey Levy"])),
];

/// Found only with the manifest.
const FOUND_WITH_MANIFEST: &[(&str, Expect)] = &[];

/// Reports of an event in other pages that join its row, from the text and with the manifest:
/// (gold event key, file).
const JOINED: &[(&str, &str)] = &[
    // Distractors that join a row in passing: f06's « les accords … en décembre 2020 » (a month
    // recall) the declaration's; e06's 'flights … later this year' (an undated plan of January
    // 2021) a flight of July 2021 (Israir's until turn44, El Al's since El Al's has a row).
    ("joint_declaration_2020_12_22", "f06_fr.txt"),
    ("elal_marrakech_2021_07_25", "e06_en.txt"),
    ("joint_declaration_2020_12_22", "f04_fr.txt"),
    ("elal_flight_rabat_2020_12_22", "f04_fr.txt"),
    ("lapid_arrives_rabat_2021_08_11", "e05_en.txt"),
    ("lapid_opens_liaison_office_2021_08_12", "e05_en.txt"),
    ("gantz_arrives_rabat_2021_11_23", "f02_fr.txt"),
    ("gantz_loudiyi_mou_2021_11_24", "f02_fr.txt"),
    ("barbivai_arrives_morocco_2022_02_20", "f03_fr.txt"),
    ("barbivai_mezzour_agreement_2022_02_21", "f03_fr.txt"),
    ("bourita_arrives_israel_2022_03_27", "e03_en.txt"),
    ("negev_summit_2022_03_28", "e03_en.txt"),
    ("kochavi_arrives_morocco_2022_07_18", "e04_en.txt"),
    ("kochavi_belkhir_talks_2022_07_19", "e04_en.txt"),
    ("kochavi_loudiyi_meeting_2022_07_19", "e04_en.txt"),
    ("ouahbi_arrives_israel_2022_07_25", "f05_fr.txt"),
    ("ouahbi_saar_mou_2022_07_26", "f05_fr.txt"),
];

/// Joined only with the manifest.
const JOINED_WITH_MANIFEST: &[(&str, &str)] = &[
    // a10 dates its flights only by the manifest's day: Israir's, and El Al's that 'لحقت بها'
    // (turn44).
    ("israir_marrakech_2021_07_25", "a10_ar.txt"),
    ("elal_marrakech_2021_07_25", "a10_ar.txt"),
];

/// Known failures from the text and with the manifest, each named by its family in
/// docs/probe38.md.
const KNOWN: &[Known] = &[
    Known { key: "", family: "a fronted passive participle of reception (« Reçue en fin d'après-midi par le roi Mohammed VI au palais royal, la délégation a assisté à … ») is read as a visit of the host, to Israel: the audience of the King with the delegation (king_receives_delegation_2020_12_22, matched by a04's row) should be what it tells", now: Some(("f04_fr.txt", "2020-12-22", "visit", "occurred", &["Mohammed VI of Morocco"])), fixed: None },
    Known { key: "", family: "gold choice: the delegation's visit to Rabat (the gold lists its flight, the King's reception and the declaration, not the visit; as probe36 and probe37)", now: Some(("a04_ar.txt", "2020-12-22", "visit", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"])), fixed: None },
    Known { key: "", family: "gold choice: talks that end in the accords signed with the same counterpart ('held talks that evening with … Bourita, with whom he signed three accords') are one row with the accords in this gold (lapid_bourita_agreements_2021_08_11); tarikh tells the talks apart, as earlier golds list them (since turn44 a05's 'وفي الليلة ذاتها جلس لبيد إلى طاولة واحدة مع … بوريطة، وخرج اللقاء بثلاث اتفاقيات', of the arrival's night, joins this row)", now: Some(("e05_en.txt", "2021-08-11", "meeting", "occurred", &["Yair Lapid", "Nasser Bourita"])), fixed: None },
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
/// the manifest (blind, fec277f: (29, 21, 0, 8, 16) both). Forty-fourth session: a visit
/// expected at a date nobody has set (f05 « à une date qui n'a pas encore été fixée ») no row;
/// a01's 'earlier the same day' and a05's 'the same night' after a recall, El Al's flight told
/// by its turn (turn44). Forty-fifth: the traveller told by office and a hostile adjective
/// (a06) named, and f03's arrival with it. Forty-sixth: fronted46, f04 « Reçue … par le roi
/// Mohammed VI, la délégation … »: the King is no visitor nor signer (his visit to Israel, a
/// false row, gone; the delegation visit joins a04's); call46, e01's King–Trump call that
/// 'sealed' the announcement of the pair is the pair's call, no signing.
const SCORES: (probe_support::Counts, probe_support::Counts) = ((27, 25, 0, 2, 18), (27, 25, 0, 2, 18));

probe_support::probe_tests!();

probe_support::files::probe_file_tests!("tests/fixtures/probe37");
