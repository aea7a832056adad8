//! The thirty-eighth blind probe (tests/fixtures/probe38/, docs/probe38.md): 24 pages of sites
//! none of the thirty-seven earlier probes modelled, written and committed with their gold and
//! manifest before tarikh was run on them.
//!
//! TODO (coordinator): fill the tables after the blind score: the events found (FOUND,
//! FOUND_WITH_MANIFEST, JOINED, JOINED_WITH_MANIFEST), the known failures with the row a fix
//! gives (KNOWN, KNOWN_TEXT, KNOWN_WITH_MANIFEST, KNOWN_TITLES), the publication dates missed or
//! wrong, and the scorer's counts (SCORES, a placeholder until then); until they are filled the
//! table tests of `probe_support::probe_tests!()` are not expected to pass. The file tests
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
/// docs/probe38.md. TODO (coordinator).
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

probe_support::files::probe_file_tests!("tests/fixtures/probe37");
