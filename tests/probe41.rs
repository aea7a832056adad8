//! The forty-first blind probe (tests/fixtures/probe41/, docs/probe41.md): 24 pages of sites
//! none of the forty earlier probes modelled, written and committed with their gold and manifest
//! before tarikh was run on them.
//!
//! TODO (coordinator): fill the tables after the blind score: the events found (FOUND,
//! FOUND_WITH_MANIFEST, JOINED, JOINED_WITH_MANIFEST), the known failures with the row a fix
//! gives (KNOWN, KNOWN_TEXT, KNOWN_WITH_MANIFEST, KNOWN_TITLES), the publication dates missed or
//! wrong, and the scorer's counts (SCORES, a placeholder until then); until they are filled the
//! table tests of `probe_support::probe_tests!()` are not expected to pass. The file tests
//! (`probe_support::files::probe_file_tests!`) check the probe's own files: the gold parses in
//! the fortieth probe's format, names existing pages and dates within its precision, every
//! evidence is copied from one of its pages, and the manifest names every page once with a
//! published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe41";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "Sudanese asylum seekers' protest in Tel Aviv 'أمس السبت' (31 October 2020) against being sent back under the Sudan–Israel normalisation (a protest, Sudan–Israel); Trump's announcement of that normalisation 'في 23 أكتوبر الماضي' and the Israeli delegation to Khartoum 'خلال الأسابيع المقبلة' (Sudan–Israel); the High Court's ruling on the deposit law 'في نيسان/أبريل الماضي' (Israel's own); arrivals 'بين 2006 و2012'; Morocco only as 'الدولة التالية' with no date"),
    ("a12_ar.txt", "protests in Diraz and Sanabis 'مساء أمس الاثنين' (14 February 2022) against Bennett's visit to Manama (a protest, Bahrain–Israel); Bennett's arrival 'صباح أمس', his meeting with the crown prince 'مساء أمس' and his audience with King Hamad 'اليوم الثلاثاء' (Bahrain–Israel); Gantz's security memorandum in Manama 'في 3 فبراير' (Bahrain–Israel); Morocco only in 'يلتحق بالإمارات والمغرب' with no date"),
    ("e06_en.txt", "Dayan's secret meeting with Tuhami hosted by Hassan II 'on September 16, 1977' and Rabin's trip 'in October 1976' (history outside the window, Morocco–Israel and Israel–Egypt); papers 'declassified in 2018'; 'Last year's accord' (a year recall with no month); a book launch in Manhattan 'on October 3' (a plan of the community's own)"),
    ("f06_fr.txt", "Lapid received at the Élysée by Macron « mardi » (5 July 2022; Israel–France), his taking office « vendredi dernier » (Israel's own); Biden expected « le 13 juillet » (Israel–United States) and the elections « le 1er novembre » (Israel's own); Morocco only in « dont les Émirats et le Maroc » with no date"),
];

/// Publication dates: (file, the day, whether the text states it). a10 has no date in its text
/// (Al Mutawassit's page with a menu, key words and closed comments; its manifest row has the
/// day, 2022-07-20; its 'الاثنين' and 'أمس' are dated only by it). a01 is a Moroccan month with a
/// weekday ('الأربعاء 23 دجنبر 2020 - 10:12', manifest only 2020-12), a02 a byline without a
/// weekday ('العالم الأمازيغي - الرباط | 17 يونيو 2022', manifest empty), a03 an Egyptian
/// financial layout with the update line beside the date ('القاهرة - مباشر: الأربعاء 23 فبراير
/// 2022 04:15 م | آخر تحديث: …'), a04 a Levantine month with a weekday and a time ('الخميس 12
/// آب 2021 | 14:20', manifest only 2021-08), a05 ISO with seconds ('تاريخ النشر : 2020-12-27
/// 11:40:05', manifest empty), a06 an issue number, Hijri first ('العدد 1083 | الاثنين 24 ربيع
/// الثاني 1443 هـ الموافق لـ 29 نوفمبر 2021 م', manifest only 2021-11), a07 'نشر في 28/03/2022
/// على الساعة 17:30' (manifest only 2022-03), a08 slashed year-first with no weekday
/// ('2021/07/26 10:05'), a09 Arabic-Indic digits ('الجمعة ١١ ديسمبر ٢٠٢٠ - ١٠:٣٥', manifest
/// empty), a11 only at the foot ('تم النشر: 01/11/2020 - 13:45'), a12 'الثلاثاء 15 فبراير 2022'
/// (manifest empty). e01 Trend's '30 June 2022 14:02 (UTC+04:00)' with the dateline 'BAKU,
/// Azerbaijan, June 30. By Trend' (manifest only 2022-06), e02 Agenzia Nova's '27 March 2022
/// 19:48' with 'Jerusalem, 27 Mar 19:48 - (Agenzia Nova) -', e03 'April 12, 2022' (manifest
/// empty), e04 'Wednesday, 18 May 2022' with 'Publication date: Wed 18 May 2022' at the foot
/// (manifest only 2022-05), e05 'Friday, July 29, 2022', e06 in the byline 'By Rachel Sternfeld |
/// September 16, 2021'; f01 'Par Paris-Normandie avec AFP - Publié le 25/07/2022 à 19h40'
/// (manifest only 2022-07), f02 'Publié le 26 janvier 2021 à 18h12' (manifest empty), f03
/// 'Mercredi 11 mai 2022', f04 dotted 'Publié le 08.06.2022' in the byline (manifest only
/// 2022-06), f05 'Le 14 février 2022, par la rédaction' (manifest empty), f06 'Par L'Union avec
/// AFP - Publié le 05/07/2022 à 21:30'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2020-12-23", true),
    ("a02_ar.txt", "2022-06-17", true),
    ("a03_ar.txt", "2022-02-23", true),
    ("a04_ar.txt", "2021-08-12", true),
    ("a05_ar.txt", "2020-12-27", true),
    ("a06_ar.txt", "2021-11-29", true),
    ("a07_ar.txt", "2022-03-28", true),
    ("a08_ar.txt", "2021-07-26", true),
    ("a09_ar.txt", "2020-12-11", true),
    ("a10_ar.txt", "2022-07-20", false),
    ("a11_ar.txt", "2020-11-01", true),
    ("a12_ar.txt", "2022-02-15", true),
    ("e01_en.txt", "2022-06-30", true),
    ("e02_en.txt", "2022-03-27", true),
    ("e03_en.txt", "2022-04-12", true),
    ("e04_en.txt", "2022-05-18", true),
    ("e05_en.txt", "2022-07-29", true),
    ("e06_en.txt", "2021-09-16", true),
    ("f01_fr.txt", "2022-07-25", true),
    ("f02_fr.txt", "2021-01-26", true),
    ("f03_fr.txt", "2022-05-11", true),
    ("f04_fr.txt", "2022-06-08", true),
    ("f05_fr.txt", "2022-02-14", true),
    ("f06_fr.txt", "2022-07-05", true),
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
/// docs/probe41.md. TODO (coordinator).
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

probe_support::files::probe_file_tests!("tests/fixtures/probe40");
