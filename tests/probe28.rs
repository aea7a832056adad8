//! The twenty-eighth blind probe (tests/fixtures/probe28/, docs/probe28.md): 24 pages of sites
//! none of the twenty-seven earlier probes modelled, written and committed with their gold and
//! manifest before tarikh was run on them.
//!
//! TODO (coordinator): fill the tables after the blind score: the events found (FOUND,
//! FOUND_WITH_MANIFEST, JOINED, JOINED_WITH_MANIFEST), the known failures with the row a fix
//! gives (KNOWN, KNOWN_TEXT, KNOWN_WITH_MANIFEST, KNOWN_TITLES), the publication dates missed or
//! wrong, and the scorer's counts (SCORES, a placeholder until then); until they are filled the
//! table tests of `probe_support::probe_tests!()` are not expected to pass. The file tests
//! (`probe_support::files::probe_file_tests!`) check the probe's own files: the gold parses in
//! the twenty-seventh probe's format, names existing pages and dates within its precision, every
//! evidence is copied from one of its pages, and the manifest names every page once with a
//! published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe28";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "Algeria's presidency orders Sonatrach to end the gas contract with Morocco's ONEE, the contract ending 'منتصف ليلة أمس الأحد 31 أكتوبر' (31 October 2021), Medgaz to Spain, the break of relations 'في 24 أوت الماضي' and the airspace 'في 22 سبتمبر' (Algeria-Morocco, Algeria-Spain), the revolution's anniversary 'اليوم'; Israel only named in Algiers' charge of an alliance 'مع الكيان الصهيوني', undated"),
    ("a12_ar.txt", "Aoun signs Lebanon's letter on the maritime border 'صباح اليوم' (27 October 2022), Lapid's government approves it, the letters exchanged at Naqoura, Karish 'أمس الأربعاء', Aoun leaving 'الأحد المقبل' (Lebanon-Israel); Morocco only named among the Arab states that normalised, undated"),
    ("e06_en.txt", "the first I2U2 virtual summit of India, Israel, the UAE and the US 'on Thursday' (14 July 2022), Biden in Jerusalem 'on Wednesday' and to Saudi Arabia 'on Friday', Jaishankar's meeting 'in October last year'; Morocco only named as having joined the Abraham Accords 'later', undated"),
    ("f06_fr.txt", "Macron in Algiers 'vendredi' (26 August 2022) after his arrival 'jeudi', the historians' commission, Oran 'samedi' (France-Algeria); Morocco only named in France's visa cuts 'en septembre 2021' (France-Morocco), Israel not at all"),
];

/// Publication dates: (file, the day, whether the text states it). a10 has no date in its text
/// (Al-Mawqea Post's anniversary report with a menu, a headline and undated related links; its
/// manifest row has the day, 2022-12-22; its recalls are dated '22 ديسمبر 2020' and by month
/// with the year: 'يناير 2021', 'سبتمبر 2021', 'نوفمبر 2021', 'يونيو 2022', 'يوليو 2022', 'في
/// الشهر نفسه', and the Qatar World Cup). e01's date is at the foot only ('December 11, 2020',
/// manifest empty), e04's too ('Mar 29, 2022', manifest month only), f03's in a byline at the foot
/// ('Par Marine Delacroix | 15 mars 2022', manifest month only). a06, e01 and f04 state their day
/// though their manifest rows are empty; a02, a04, a08, e04, f01 and f03 state theirs though
/// their manifest rows have only the month. a01 has a Moroccan month ('الخميس 12 غشت 2021 -
/// 10:35') under a cookie notice, a02 'الإثنين 14 مارس 2022 - 09:20', a03 Arabic-Indic digits
/// ('٢٨ مارس ٢٠٢٢') under a newsletter line, a04 a Levantine pair with a twelve-hour clock
/// ('الخميس، 25 تشرين الثاني/نوفمبر 2021 - 10:12 ص') below Amman's prayer times, a05 a Levantine
/// month with an issue number ('الأربعاء 23 كانون الأول 2020 - العدد 9641'), a06 a Tunisian month
/// ('الأربعاء 20 جويلية 2022 - 13:05'), a07 the Hijri before the Gregorian ('السبت 11 جمادى الأولى
/// 1442 هـ الموافق 26 ديسمبر 2020 م'), a08 a Levantine month with a time zone ('الخميس 21 تموز 2022
/// | 11:42 بتوقيت بغداد'), a09 a dateline in Arabic-Indic digits ('نواكشوط - ٢٢ فبراير ٢٠٢٢ -
/// ١٠:٣٠'), a11 'الإثنين 01 نوفمبر 2021 - 09:14', a12 a Levantine month ('الخميس 27 تشرين الأول
/// 2022 - 12:48'); e02 a byline 'August 19, 2021 | By Rachel Amzallag', e03 'Jul 26, 2021' above
/// the author, e05 a byline 'By Yehuda Seidman | January 27, 2021', e06 'Jul 15, 2022 01:12 AM
/// IST'; f01 '22/02/2022 à 08h45' under a cookie notice, f02 'Publié le 22/12/2020 à 18:40', f04
/// 'Posté le 24 novembre 2021 par la rédaction', f05 'Publié par la Rédaction le 27 décembre
/// 2020', f06 '26/08/2022 à 19:05 | Mis à jour le 26/08/2022 à 21:30'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2021-08-12", true),
    ("a02_ar.txt", "2022-03-14", true),
    ("a03_ar.txt", "2022-03-28", true),
    ("a04_ar.txt", "2021-11-25", true),
    ("a05_ar.txt", "2020-12-23", true),
    ("a06_ar.txt", "2022-07-20", true),
    ("a07_ar.txt", "2020-12-26", true),
    ("a08_ar.txt", "2022-07-21", true),
    ("a09_ar.txt", "2022-02-22", true),
    ("a10_ar.txt", "2022-12-22", false),
    ("a11_ar.txt", "2021-11-01", true),
    ("a12_ar.txt", "2022-10-27", true),
    ("e01_en.txt", "2020-12-11", true),
    ("e02_en.txt", "2021-08-19", true),
    ("e03_en.txt", "2021-07-26", true),
    ("e04_en.txt", "2022-03-29", true),
    ("e05_en.txt", "2021-01-27", true),
    ("e06_en.txt", "2022-07-15", true),
    ("f01_fr.txt", "2022-02-22", true),
    ("f02_fr.txt", "2020-12-22", true),
    ("f03_fr.txt", "2022-03-15", true),
    ("f04_fr.txt", "2021-11-24", true),
    ("f05_fr.txt", "2020-12-27", true),
    ("f06_fr.txt", "2022-08-26", true),
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
/// docs/probe28.md. TODO (coordinator).
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

probe_support::files::probe_file_tests!("tests/fixtures/probe27");
