//! The twentieth blind probe (tests/fixtures/probe20/, docs/probe20.md): 24 pages of sites
//! none of the nineteen earlier probes modelled, written and committed with their gold and
//! manifest before tarikh was run on them.
//!
//! TODO (coordinator): fill the tables after the blind score: the events found (FOUND,
//! FOUND_WITH_MANIFEST, JOINED, JOINED_WITH_MANIFEST), the known failures with the row a fix
//! gives (KNOWN, KNOWN_TEXT, KNOWN_WITH_MANIFEST, KNOWN_TITLES), the publication dates missed or
//! wrong, and the scorer's counts (SCORES, a placeholder until then); until they are filled the
//! table tests of `probe_support::probe_tests!()` are not expected to pass. The file tests
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

/// Events found from the text and with the manifest: (gold event key, the row). TODO
/// (coordinator): filled after the blind score.
const FOUND: &[(&str, Expect)] = &[];

/// Found only with the manifest. TODO (coordinator).
const FOUND_WITH_MANIFEST: &[(&str, Expect)] = &[];

/// Reports of an event in other pages that join its row, from the text and with the manifest:
/// (gold event key, file). TODO (coordinator).
const JOINED: &[(&str, &str)] = &[];

/// Joined only with the manifest. TODO (coordinator).
const JOINED_WITH_MANIFEST: &[(&str, &str)] = &[];

/// Known failures from the text and with the manifest, each named by its family in
/// docs/probe20.md. TODO (coordinator).
const KNOWN: &[Known] = &[];

/// Known failures from the text alone. TODO (coordinator).
const KNOWN_TEXT: &[Known] = &[];

/// Known failures with the manifest only. TODO (coordinator).
const KNOWN_WITH_MANIFEST: &[Known] = &[];

/// Rows whose title is known wrong. TODO (coordinator).
const KNOWN_TITLES: &[(Expect, &str, &str)] = &[];

/// Stated publication dates not found today: (file, family). TODO (coordinator).
const PUBLISHED_MISSED: &[(&str, &str)] = &[];

/// Publication dates wrong today: (file, the right day, the day found today, family). TODO
/// (coordinator).
const PUBLISHED_WRONG: &[(&str, &str, &str, &str)] = &[];

/// The gold scorer's (rows, matched, duplicates, false+, required found), from the text and with
/// the manifest. A placeholder: the coordinator sets it after the blind score.
const SCORES: (probe_support::Counts, probe_support::Counts) = ((0, 0, 0, 0, 0), (0, 0, 0, 0, 0));

probe_support::probe_tests!();

probe_support::files::probe_file_tests!("tests/fixtures/probe19");
