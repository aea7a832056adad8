//! The fifteenth blind probe (tests/fixtures/probe15/, docs/probe15.md): 24 pages of sites none
//! of the fourteen earlier probes modelled, written and committed with their gold and manifest
//! before tarikh was run on them.
//!
//! TODO: the coordinator fills the found and known-failure tables (FOUND, JOINED, KNOWN, ...)
//! and the scorer's counts (SCORES) after the blind score, as for tests/probe14.rs, and then
//! invokes `probe_support::probe_tests!()`.
//!
//! The tests below check only the probe's own files (`probe_support::files::probe_file_tests!`):
//! the gold parses in the fourteenth probe's format, names existing pages and dates within its
//! precision, every evidence is copied from one of its pages, and the manifest names every page
//! once with a published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe15";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "vigils against normalisation in Moroccan cities 'اليوم الجمعة' (10 December 2021), 'بعد عام على إعلانه' with no date; the demand to close the liaison office and cancel the agreements is no event"),
    ("a12_ar.txt", "Bennett in Manama 'صباح اليوم الاثنين' and his meeting with the King of Bahrain 'غدا' (Israel-Bahrain), his UAE visit 'فى ديسمبر الماضى'; Morocco only named, undated, among the signatories; the date line only at the foot"),
    ("e06_en.txt", "Sánchez received by Mohammed VI 'on Thursday evening' (Morocco-Spain); Israel only named, undated, in the US recognition of Western Sahara"),
    ("f06_fr.txt", "Moroccan players and fans with the Palestinian flag at the 2022 World Cup ('samedi face au Portugal'); the normalisation only 'il y a deux ans'; no date line (its day only in its url)"),
];

/// Publication dates: (file, the day, whether the text states it). e05 has no date line (only
/// its byline; its day only in its manifest row, its url has none; 'this week' and 'earlier this
/// month' hang on it); f06 has no date line either (its day only in its url `/2022/12/11/`, its
/// manifest row empty). a06, a11 and f03 state their day though their manifest rows have only the
/// month; a05 and e03 state theirs though their manifest rows are empty. a01 has a Moroccan month
/// ('الجمعة 11 دجنبر 2020 - 10:05'), a02 an Egyptian line past midnight ('الأربعاء 23 ديسمبر 2020
/// - 01:20 ص'), a03 a Levantine month with no clock ('السبت 26 كانون الأول 2020'), a04 a numeric
/// line with an issue number ('تاريخ النشر: 2021/01/27 | العدد (4862)'), a05 an Algerian month
/// ('الإثنين 26 جويلية 2021'), a06 a Tunisian month ('الخميس 12 أوت 2021 - 13:40'), a07 a wire's
/// line past midnight a day after its dateline ('السبت 18 سبتمبر 2021 - 12:45 ص', 'واشنطن في 17
/// سبتمبر / وام /'), a08 the Hijri before the Gregorian ('الثلاثاء 26 شعبان 1443 هـ - 29 مارس 2022
/// م'), a09 a slashed date ('27/06/2022 - 18:10'), a10 a Moroccan month ('الثلاثاء 19 يوليوز 2022 -
/// 11:30'), a11 a Levantine month with a time zone ('الجمعة 10 كانون الأول 2021 - 17:25 بتوقيت
/// القدس'), a12 its date at the foot only ('نُشر بتاريخ: الاثنين 14 فبراير 2022 - 02:35 م'), e01
/// '22 December 2020 • 6:14pm' under its byline, e02 its date at the foot ('Published: 11 Aug 2021
/// 17:52 GMT+3'), e03 its date at the foot under the byline ('24 November, 2021'), e04 '23 February
/// 2022' under its source line, e06 'April 8, 2022 4:02 am CET' under its byline, f01 a byline date
/// ('Par la rédaction - 14 mars 2022'), f02 'Publié le 28/07/2022 à 15h20', f03 'Jeudi 25 novembre
/// 2021', f04 'Mardi 29 Mars 2022 - 09:10', f05 a byline date ('Par Seneweb News - Samedi 30
/// juillet 2022 à 12:45').
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2020-12-11", true),
    ("a02_ar.txt", "2020-12-23", true),
    ("a03_ar.txt", "2020-12-26", true),
    ("a04_ar.txt", "2021-01-27", true),
    ("a05_ar.txt", "2021-07-26", true),
    ("a06_ar.txt", "2021-08-12", true),
    ("a07_ar.txt", "2021-09-18", true),
    ("a08_ar.txt", "2022-03-29", true),
    ("a09_ar.txt", "2022-06-27", true),
    ("a10_ar.txt", "2022-07-19", true),
    ("a11_ar.txt", "2021-12-10", true),
    ("a12_ar.txt", "2022-02-14", true),
    ("e01_en.txt", "2020-12-22", true),
    ("e02_en.txt", "2021-08-11", true),
    ("e03_en.txt", "2021-11-24", true),
    ("e04_en.txt", "2022-02-23", true),
    ("e05_en.txt", "2022-11-21", false),
    ("e06_en.txt", "2022-04-08", true),
    ("f01_fr.txt", "2022-03-14", true),
    ("f02_fr.txt", "2022-07-28", true),
    ("f03_fr.txt", "2021-11-25", true),
    ("f04_fr.txt", "2022-03-29", true),
    ("f05_fr.txt", "2022-07-30", true),
    ("f06_fr.txt", "2022-12-11", false),
];

probe_support::files::probe_file_tests!("tests/fixtures/probe14");
