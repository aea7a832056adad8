//! The twenty-seventh blind probe (tests/fixtures/probe27/, docs/probe27.md): 24 pages of sites
//! none of the twenty-six earlier probes modelled, written and committed with their gold and
//! manifest before tarikh was run on them.
//!
//! TODO (coordinator): fill the tables after the blind score: the events found (FOUND,
//! FOUND_WITH_MANIFEST, JOINED, JOINED_WITH_MANIFEST), the known failures with the row a fix
//! gives (KNOWN, KNOWN_TEXT, KNOWN_WITH_MANIFEST, KNOWN_TITLES), the publication dates missed or
//! wrong, and the scorer's counts (SCORES, a placeholder until then); until they are filled the
//! table tests of `probe_support::probe_tests!()` are not expected to pass. The file tests
//! (`probe_support::files::probe_file_tests!`) check the probe's own files: the gold parses in
//! the twenty-sixth probe's format, names existing pages and dates within its precision, every
//! evidence is copied from one of its pages, and the manifest names every page once with a
//! published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe27";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "the US embassy in Khartoum announces 'أمس الاثنين' (14 December 2020) that Sudan is off the list of state sponsors of terrorism, Hamdok's tweet, a Treasury delegation 'مطلع العام المقبل' (US-Sudan); Israel only named in Sudan's normalisation 'في أكتوبر الماضي' and Morocco in 'ولحق به المغرب الأسبوع الماضي', the Abraham Accords signature 'لم يُحدَّد بعد'"),
    ("a12_ar.txt", "Mauritania's government spokesman denies any contact with Israel after the cabinet 'مساء أمس الأربعاء' (16 December 2020), the freeze of 2009 and the break of 2010 (outside the window), the procurement code (Mauritania); Morocco only named as having resumed contacts 'الأسبوع الماضي', a date line in Arabic-Indic digits"),
    ("e06_en.txt", "Bhutan and Israel establish diplomatic relations 'on Saturday' (12 December 2020), signed in New Delhi by the two ambassadors, MASHAV 'since 1982' (Bhutan-Israel); Morocco only named in the list of countries that normalised, undated"),
    ("f06_fr.txt", "Mauritania calls for restraint 'lundi' (16 November 2020) after the Moroccan army's operation at Guerguerat 'vendredi' (13 November 2020), the road blocked 'depuis le 21 octobre', the trucks 'dès samedi', the Polisario's end of the 1991 ceasefire (Morocco-Polisario, Mauritania); Israel only named in unconfirmed rumours, undated"),
];

/// Publication dates: (file, the day, whether the text states it). a08 has no date in its text
/// (218's page with a menu, a headline and related links dated in Arabic-Indic digits, '٣ مارس
/// ٢٠٢٢' and '١٢ مارس ٢٠٢٢', but no date line; its manifest row has the day, 2022-03-14; its only
/// dates of events are 'أمس الأحد', 'في تموز/يوليو الماضي', 'لاحقاً' and 'أمس'). a10's date is at the
/// foot only ('نشر في 22 ديسمبر 2022 - 12:30 م | آخر تحديث 22 ديسمبر 2022 - 03:05 م', its manifest
/// row the month), f03's too, in a byline ('Par Florence Guernalec | 15/03/2022', manifest month
/// only), and a06 has only an update line ('آخر تحديث: 12 آب 2021 - 17:40', a Levantine month).
/// a04, a07, e01, e05, f02 and f04 state their day though their manifest rows are empty; a01,
/// a03, a10, a12, e02, f01 and f03 state theirs though their manifest rows have only the month.
/// a01 has a Moroccan month ('الخميس 25 نونبر 2021 - 11:08'), a02 El Mogaz' Egyptian
/// 'الإثنين، 28 مارس 2022 02:40 م' above a byline, a03 a Levantine month ('السبت 26 كانون الأول
/// 2020 - 09:14'), a04 a Levantine pair with a twelve-hour clock ('الأربعاء، 20 تموز/يوليو 2022 -
/// 01:25 م') below Amman's prayer times, a05 the Hijri before the Gregorian ('الجمعة 26 ربيع
/// الآخر 1442 هـ - 11 كانون الأول 2020') and an ISO 'تاريخ النشر: 2020-12-11 08:32' under the
/// byline, a07 a numeric day-first '23-12-2020 - 10:47' above an 'أربيل (كوردستان24) -' dateline,
/// a09 a Tunisian month ('الثلاثاء 22 فيفري 2022 | 10:15'), a11 'الثلاثاء 15 ديسمبر 2020', a12 a
/// dateline in Arabic-Indic digits ('نواكشوط - ١٧-١٢-٢٠٢٠ - ١٣:٠٢'); e01 'By The Associated Press /
/// August 11, 2021, 4:52 PM' above a 'RABAT, Morocco --' dateline, e02 'Wed, November 24, 2021,
/// 9:41 AM · 2 min read' above a 'RABAT (Reuters) -' dateline, e03 capitals 'POSTED ON FRIDAY, 24
/// JUNE 2022 10:43', e04 'By Jesse Berman | July 29, 2021', e05 'Reuters News Service / March 29,
/// 2022', e06 'Monday, December 14, 2020'; f01 '26/07/2021 - 10h32' under the menu, f02 'Publié le
/// 22/12/2020 à 19:12 , mis à jour à 20:40', f04 'Publié le 21 juillet 2022 par la Rédaction', f05
/// 'Samedi 14 août 2021' under the menu, f06 'Mercredi, 18 Novembre 2020 11:27'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2021-11-25", true),
    ("a02_ar.txt", "2022-03-28", true),
    ("a03_ar.txt", "2020-12-26", true),
    ("a04_ar.txt", "2022-07-20", true),
    ("a05_ar.txt", "2020-12-11", true),
    ("a06_ar.txt", "2021-08-12", true),
    ("a07_ar.txt", "2020-12-23", true),
    ("a08_ar.txt", "2022-03-14", false),
    ("a09_ar.txt", "2022-02-22", true),
    ("a10_ar.txt", "2022-12-22", true),
    ("a11_ar.txt", "2020-12-15", true),
    ("a12_ar.txt", "2020-12-17", true),
    ("e01_en.txt", "2021-08-11", true),
    ("e02_en.txt", "2021-11-24", true),
    ("e03_en.txt", "2022-06-24", true),
    ("e04_en.txt", "2021-07-29", true),
    ("e05_en.txt", "2022-03-29", true),
    ("e06_en.txt", "2020-12-14", true),
    ("f01_fr.txt", "2021-07-26", true),
    ("f02_fr.txt", "2020-12-22", true),
    ("f03_fr.txt", "2022-03-15", true),
    ("f04_fr.txt", "2022-07-21", true),
    ("f05_fr.txt", "2021-08-14", true),
    ("f06_fr.txt", "2020-11-18", true),
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
/// docs/probe27.md. TODO (coordinator).
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

probe_support::files::probe_file_tests!("tests/fixtures/probe26");
