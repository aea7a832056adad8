//! The twenty-fourth blind probe (tests/fixtures/probe24/, docs/probe24.md): 24 pages of sites
//! none of the twenty-three earlier probes modelled, written and committed with their gold and
//! manifest before tarikh was run on them.
//!
//! TODO (coordinator): fill the tables after the blind score: the events found (FOUND,
//! FOUND_WITH_MANIFEST, JOINED, JOINED_WITH_MANIFEST), the known failures with the row a fix
//! gives (KNOWN, KNOWN_TEXT, KNOWN_WITH_MANIFEST, KNOWN_TITLES), the publication dates missed or
//! wrong, and the scorer's counts (SCORES, a placeholder until then); until they are filled the
//! table tests of `probe_support::probe_tests!()` are not expected to pass. The file tests
//! (`probe_support::files::probe_file_tests!`) check the probe's own files: the gold parses in
//! the twenty-third probe's format, names existing pages and dates within its precision, every
//! evidence is copied from one of its pages, and the manifest names every page once with a
//! published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe24";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "Saudi Arabia opens its airspace to all carriers 'فجر اليوم الجمعة' (15 July 2022) hours before Biden lands in Jeddah from Israel, the Jeddah summit 'غدا السبت', pilgrims' flights 'من دون أي موعد محدد' (Saudi Arabia-US, Saudi Arabia-Israel); Morocco only named as a destination of flights over Saudi airspace 'منذ عام 2020', undated"),
    ("a12_ar.txt", "the UAE opens its embassy in Tel Aviv 'اليوم الأربعاء' (14 July 2021) with Herzog and Al Khaja, Lapid's Abu Dhabi embassy 'الشهر الماضي', Iraqi MPs 'اليوم الأربعاء' (UAE-Israel, Iraq); Morocco only named in the list of states that normalised, undated"),
    ("e06_en.txt", "Indonesia's foreign ministry rules out ties with Israel 'on Monday' (14 December 2020), the OIC meeting 'next week', the vaccines 'earlier this month' and 'in January' (Indonesia-Israel, Indonesia); Morocco only named in the list of the Abraham Accords' states, undated"),
    ("f06_fr.txt", "the Ghriba pilgrimage in Djerba resumes 'mercredi' (18 May 2022) with pilgrims from Israel on second passports, charter flights 'à partir de juin' (Tunisia); Morocco only named as having restored its relations with Israel, undated"),
];

/// Publication dates: (file, the day, whether the text states it). f01 has no date in its text
/// (Le P'tit Hebdo's page with only an issue number, 'Le P'tit Hebdo n°1106'; its manifest row has
/// the month 2021-11; its only dates are 'mardi 23 novembre' without a year, 'Le lendemain',
/// 'début novembre', 'lundi 29 novembre' and 'en août'; the day is the weekly's Thursday after the
/// visit). a02, a04, a09, e04 and f02 state their day though their manifest rows are empty (a09's
/// date is at the foot only); a01, a05, a10, e02 and f05 state theirs though their manifest rows
/// have only the month (a05's url carries '/2021/11/24/'). a01 has Chada FM's 'تاريخ النشر : 17
/// فبراير 2022 على الساعة 13:40', a02 a Moroccan month under Agadir's prayer times ('الإثنين 26
/// يوليوز 2021 - 12:10'), a03 the site's name before the day ('أخبار الآن | 22 ديسمبر 2020'), a04
/// Arabic-Indic digits with the month's name between slashes ('السبت ٢٦/ديسمبر/٢٠٢٠ - ٠١:١٥ م'),
/// a05 a Levantine month after the site's name ('جنوبية | 24 تشرين الثاني 2021 | 17:05'), a06 a
/// numeric day-first line with a one-digit month and a twelve-hour clock with seconds
/// ('26/1/2021 4:32:18 PM'), a07 a Levantine month after the site's name and a colon ('وطن
/// للأنباء: الخميس، 12 آب 2021، 14:22'), a08 an Algerian month ('الأربعاء 20 جويلية 2022 |
/// 17:45'), a09 a Tunisian month at the foot only ('نشر في الثلاثاء 28 جوان 2022 على الساعة
/// 11:20'), a10 a Moroccan month with the Hijri after it above the menu ('الأربعاء 27 يوليوز 2022 |
/// 27 ذو الحجة 1443'), a11 a twelve-hour clock with the country's time ('15 يوليو 2022 - 10:42 ص
/// بتوقيت السعودية'), a12 a Levantine month with a twelve-hour clock ('14 تموز 2021 - 7:20 م');
/// e01 'AJN Staff | December 17, 2020', e02 'By Staff Reporter | Feb 18 2022' (no comma), e03 the
/// site's day line above the section ('Tuesday, June 28, 2022'), e04 an ordinal suffix ('July
/// 19th, 2021'), e05 WION's 'Updated: Jul 19, 2022, 09:40 AM(IST)' after an editor and a place,
/// e06 'Tue, December 15, 2020'; f02 'Jeudi 28 juillet 2022', f03 'Par Rédaction | 14 mars 2022',
/// f04 a Swiss dotted 'Publié: 28.03.2022, 17h52', f05 'Publié le 22/02/2022 à 10h05', f06 'Publié
/// le 19 mai 2022 | Par WMC avec TAP'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2022-02-17", true),
    ("a02_ar.txt", "2021-07-26", true),
    ("a03_ar.txt", "2020-12-22", true),
    ("a04_ar.txt", "2020-12-26", true),
    ("a05_ar.txt", "2021-11-24", true),
    ("a06_ar.txt", "2021-01-26", true),
    ("a07_ar.txt", "2021-08-12", true),
    ("a08_ar.txt", "2022-07-20", true),
    ("a09_ar.txt", "2022-06-28", true),
    ("a10_ar.txt", "2022-07-27", true),
    ("a11_ar.txt", "2022-07-15", true),
    ("a12_ar.txt", "2021-07-14", true),
    ("e01_en.txt", "2020-12-17", true),
    ("e02_en.txt", "2022-02-18", true),
    ("e03_en.txt", "2022-06-28", true),
    ("e04_en.txt", "2021-07-19", true),
    ("e05_en.txt", "2022-07-19", true),
    ("e06_en.txt", "2020-12-15", true),
    ("f01_fr.txt", "2021-11-25", false),
    ("f02_fr.txt", "2022-07-28", true),
    ("f03_fr.txt", "2022-03-14", true),
    ("f04_fr.txt", "2022-03-28", true),
    ("f05_fr.txt", "2022-02-22", true),
    ("f06_fr.txt", "2022-05-19", true),
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
/// docs/probe24.md. TODO (coordinator).
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

probe_support::files::probe_file_tests!("tests/fixtures/probe23");
