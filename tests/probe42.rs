//! The forty-second blind probe (tests/fixtures/probe42/, docs/probe42.md): 24 pages of sites
//! none of the forty-one earlier probes modelled, written and committed with their gold and
//! manifest before tarikh was run on them.
//!
//! TODO (coordinator): fill the tables after the blind score: the events found (FOUND,
//! FOUND_WITH_MANIFEST, JOINED, JOINED_WITH_MANIFEST), the known failures with the row a fix
//! gives (KNOWN, KNOWN_TEXT, KNOWN_WITH_MANIFEST, KNOWN_TITLES), the publication dates missed or
//! wrong, and the scorer's counts (SCORES, a placeholder until then); until they are filled the
//! table tests of `probe_support::probe_tests!()` are not expected to pass. The file tests
//! (`probe_support::files::probe_file_tests!`) check the probe's own files: the gold parses in
//! the forty-first probe's format, names existing pages and dates within its precision, every
//! evidence is copied from one of its pages, and the manifest names every page once with a
//! published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe42";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "the first round of the Lebanon–Israel maritime-border talks at Naqoura 'أمس الأربعاء' (14 October 2020; Lebanon–Israel, hostile: 'كيان العدو'), the second round 'يوم 28 تشرين الأول الحالي' (a plan), Schenker at the opening session and in Beirut (United States–Lebanon), Berri's framework 'في الأول من تشرين الأول الحالي' and 'تفاهم نيسان 1996' (Lebanon's own); Morocco only in a list of candidates ('بينها السودان والمغرب وسلطنة عُمان') with no date"),
    ("a12_ar.txt", "the forty-eighth anniversary of the October War, 'في السادس من تشرين الأول 1973', and the Moroccan contingent on the Golan 'في ربيع 1973' (history outside the window, Syria and Morocco against Israel); the ceremony in Damascus 'صباح اليوم' (Syria's own); 'حزيران 1967'; Morocco's normalisation only as 'موجة التطبيع ... بينها الرباط' with no date"),
    ("e06_en.txt", "the Mimouna in Israel 'on Saturday night' (23 April 2022; Israel's own, North African Jewish heritage), ministers dropping in with no one named, the first public Mimouna 'in 1966' and immigration from Morocco 'in the 1950s and 1960s' (outside the window), the Knesset's return 'on May 9' (Israel's own)"),
    ("f06_fr.txt", "a protest in Nouakchott « samedi » (15 August 2020) against the UAE–Israel accord announced « jeudi » (Mauritania, United Arab Emirates–Israel); Mauritania's ties with Israel « en 1999 », « en 2009 », « en 2010 » (outside the window); Netanyahu « vendredi » (Israel's own statement); Morocco only as a candidate that « s'est refusé à tout commentaire », with no date"),
];

/// Publication dates: (file, the day, whether the text states it). a10 has no date in its text
/// (Sudanile's page with a menu, closed comments and a © line without a year; its manifest row
/// has the day, 2022-06-29; its 'أمس الثلاثاء' is dated only by it). a01 is a Moroccan month
/// with no weekday ('كشـ24 - مراكش | نشر في: 26 يوليوز 2021 - 09:40', manifest only 2021-07),
/// a02 a dateline with a weekday and an update line ('مدار21 - الرباط | الأربعاء 15 يونيو 2022 -
/// 12:30', manifest empty), a03 Sada El Balad's slashed month name ('الإثنين 28/مارس/2022 - 04:22
/// م'), a04 a Levantine month with a weekday and a comma ('الأربعاء، 24 تشرين الثاني 2021 | 06:45
/// م', manifest only 2021-11), a05 only at the foot with the byline ('نُشر في 13 سبتمبر 2022 على
/// الساعة 10:15 | بقلم: ع. مراد', manifest only 2022-09), a06 dashes, day first, no weekday
/// ('12-08-2021 15:10', manifest empty), a07 a print layout ('التاريخ: 11 ديسمبر 2020' under
/// 'المصدر: الرباط - وكالات'), a08 Arabic-Indic digits with a Levantine month ('الثلاثاء ٢٢ شباط
/// ٢٠٢٢ - ١١:٠٥', manifest empty), a09 a Cairo dateline with a comma before the time ('القاهرة -
/// بوابة الوسط | الثلاثاء 26 يوليو 2022، 07:40 مساء', manifest only 2022-07), a11 a Levantine
/// month with a weekday ('الخميس 15 تشرين الأول 2020'), a12 dashes after a dateline ('دمشق -
/// الوطن | 06-10-2021', manifest empty). e01 Xinhua's 'Source: Xinhua| 2020-12-23 03:41:09|Editor:
/// huaxia' (Beijing time) with the dateline 'RABAT, Dec. 22 (Xinhua) --' a day before (manifest
/// only 2020-12), e02 a US month-first numeric date in the byline ('By Dana Adler | 01/18/2022'),
/// e03 'Published: July 19, 2022 at 08:12 AM | Updated: July 19, 2022 at 10:31 AM' (manifest
/// empty), e04 'October 12, 2022, by Milena Stanic' (manifest only 2022-10), e05 a byline with
/// no separator ('By Sarah Levin November 3, 2022', manifest empty), e06 month-first with dashes
/// ('Published on 04-24-2022 09:30 | Last modified: 04-24-2022 11:05'); f01 'Par Challenge.ma -
/// 15 mars 2022' (manifest only 2022-03), f02 'Publié le vendredi 25 décembre 2020 à 19h32'
/// (manifest empty), f03 'Rédigé par Anne Dumas le Mercredi 9 Février 2022' (capitalised), f04
/// only at the foot ('Mis en ligne le 07/06/2022 à 18:20 | Par Samir Benjelloun', manifest only
/// 2022-06), f05 'Jeudi 15 Juillet 2021 - 17:05' (manifest empty), f06 dotted 'Mise à jour
/// 15.08.2020 à 18:40'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2021-07-26", true),
    ("a02_ar.txt", "2022-06-15", true),
    ("a03_ar.txt", "2022-03-28", true),
    ("a04_ar.txt", "2021-11-24", true),
    ("a05_ar.txt", "2022-09-13", true),
    ("a06_ar.txt", "2021-08-12", true),
    ("a07_ar.txt", "2020-12-11", true),
    ("a08_ar.txt", "2022-02-22", true),
    ("a09_ar.txt", "2022-07-26", true),
    ("a10_ar.txt", "2022-06-29", false),
    ("a11_ar.txt", "2020-10-15", true),
    ("a12_ar.txt", "2021-10-06", true),
    ("e01_en.txt", "2020-12-23", true),
    ("e02_en.txt", "2022-01-18", true),
    ("e03_en.txt", "2022-07-19", true),
    ("e04_en.txt", "2022-10-12", true),
    ("e05_en.txt", "2022-11-03", true),
    ("e06_en.txt", "2022-04-24", true),
    ("f01_fr.txt", "2022-03-15", true),
    ("f02_fr.txt", "2020-12-25", true),
    ("f03_fr.txt", "2022-02-09", true),
    ("f04_fr.txt", "2022-06-07", true),
    ("f05_fr.txt", "2021-07-15", true),
    ("f06_fr.txt", "2020-08-15", true),
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
/// docs/probe42.md. TODO (coordinator).
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

probe_support::files::probe_file_tests!("tests/fixtures/probe41");
