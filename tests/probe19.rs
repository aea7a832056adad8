//! The nineteenth blind probe (tests/fixtures/probe19/, docs/probe19.md): 24 pages of sites
//! none of the eighteen earlier probes modelled, written and committed with their gold and
//! manifest before tarikh was run on them.
//!
//! TODO (coordinator): fill the tables after the blind score: the events found (FOUND,
//! FOUND_WITH_MANIFEST, JOINED, JOINED_WITH_MANIFEST), the known failures with the row a fix
//! gives (KNOWN, KNOWN_TEXT, KNOWN_WITH_MANIFEST, KNOWN_TITLES), the publication dates missed or
//! wrong, and the scorer's counts (SCORES, a placeholder until then); until they are filled the
//! table tests of `probe_support::probe_tests!()` are not expected to pass. The file tests
//! (`probe_support::files::probe_file_tests!`) check the probe's own files: the gold parses in
//! the eighteenth probe's format, names existing pages and dates within its precision, every
//! evidence is copied from one of its pages, and the manifest names every page once with a
//! published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

use probe_support::{Expect, Known};

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe19";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "Lapid opens Israel's embassy in Abu Dhabi 'اليوم الثلاثاء' (29 June 2021) and the consulate in Dubai 'غدا الأربعاء', the White House treaty 'في 15 سبتمبر 2020' (UAE-Israel), Oman's foreign minister's call with Jordan's 'اليوم'; Morocco only named among the countries that followed, undated"),
    ("a12_ar.txt", "Morocco and Spain reopen the Ceuta and Melilla crossings 'منتصف ليل الاثنين الثلاثاء' (17 May 2022), the King's meeting with Sánchez 'في السابع من أبريل', Madrid's support 'في مارس', cross-border workers 'بداية من 31 مايو' (Morocco-Spain); Israel only named among Rabat's new partners, undated"),
    ("e06_en.txt", "Jordan's water minister Al-Najjar and Israel's energy minister Elharrar sign the water-for-energy declaration at Expo 2020 Dubai 'on Monday' (22 November 2021), with Kerry, a feasibility study 'next year' (Jordan-Israel-UAE); Morocco only named as a later member of the Abraham Accords, undated"),
    ("f06_fr.txt", "Catherine Colonna, received by Bourita in Rabat, ends the visa restrictions 'vendredi' (16 December 2022), Macron's visit 'attendue début 2023', the France-Morocco semi-final 'mercredi' (France-Morocco); Israel only named among Rabat's partners, undated"),
];

/// Publication dates: (file, the day, whether the text states it). a10 has no date line at all
/// (Noon Post's 'مدة القراءة: 7 دقائق' and a team byline; its manifest row has only the month
/// 2022-08, its url none, the day here a guess within that month; its recalls 'منتصف
/// يوليو/تموز', 'أواخر يوليو/تموز' and 'نوفمبر/تشرين الثاني الماضي' have no year). a05 and e01
/// state their day though their manifest rows are empty (e01's url carries it,
/// '/2020/12/22/'); a03, e04 and f03 state theirs though their manifest rows have only the
/// month. a01 has a Moroccan month with a clock ('الأربعاء 24 نونبر 2021 - 20:41 | شتوكة بريس -
/// متابعة') under a site banner of the saving day with prayer times ('الجمعة 04 دجنبر 2026 |
/// بيوكرى: الفجر 06:52 …') and a footer '© 2011-2026', a02 its date at the foot only, a Moroccan
/// month without a clock ('نُشر في: الأربعاء 22 دجنبر 2021'), a03 an Egyptian line with 'م' ('الثلاثاء 22 فبراير
/// 2022 | 12:40 م'), a04 a Levantine month ('28 آذار 2022 | 21:05'), a05 an Algerian month
/// without a clock ('الثلاثاء 19 جويلية 2022') above the headline, a06 a numeric day-first date
/// ('السبت 26/12/2020 - 10:15'), a07 a dashed day-first date ('14-03-2022 - 11:20') above
/// 'رام الله - رايــة:', a08 the Hijri beside the Gregorian in Arabic-Indic digits above the menu
/// ('الإثنين ١٦ ذو الحجة ١٤٤٢ هـ - ٢٦ يوليو ٢٠٢١ م') and a 'الرباط - أ ف ب' dateline, a09 a
/// year-first slashed date ('التاريخ: 2022/12/06 09:35 ص'), a11 '29 يونيو 2021 | 7:42 م', a12
/// an ISO date ('2022-05-17') above a 'الرباط -' dateline, e01 'Tuesday, 22 December 2020 08:31
/// AM EST' above 'RABAT, Morocco —', e02 a month-first 'July 26, 2021 6:15 am', e03 '25 November
/// 2021 (Last Updated November 25th, 2021 10:41)', e04 a month-first 'July 21, 2022', e05 '6
/// December 2022 10:12 GMT   Updated 6 December 2022 14:30 GMT', e06 a day-first slashed
/// '23/11/2021 9:02 am', f01 'mercredi 23 décembre 2020 - 10:02', f02 'Jeudi, 12 août 2021 08:55
/// MISE À JOUR Jeudi, 12 août 2021 09:40' (Montreal time), f03 'Mardi 22 février 2022 à 11h05',
/// f04 a two-digit year '29/03/22 - 08:12   Source: Belga', f05 '27 juillet 2022', f06 'Publié
/// le 16/12/2022 à 18h42'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2021-11-24", true),
    ("a02_ar.txt", "2021-12-22", true),
    ("a03_ar.txt", "2022-02-22", true),
    ("a04_ar.txt", "2022-03-28", true),
    ("a05_ar.txt", "2022-07-19", true),
    ("a06_ar.txt", "2020-12-26", true),
    ("a07_ar.txt", "2022-03-14", true),
    ("a08_ar.txt", "2021-07-26", true),
    ("a09_ar.txt", "2022-12-06", true),
    ("a10_ar.txt", "2022-08-09", false),
    ("a11_ar.txt", "2021-06-29", true),
    ("a12_ar.txt", "2022-05-17", true),
    ("e01_en.txt", "2020-12-22", true),
    ("e02_en.txt", "2021-07-26", true),
    ("e03_en.txt", "2021-11-25", true),
    ("e04_en.txt", "2022-07-21", true),
    ("e05_en.txt", "2022-12-06", true),
    ("e06_en.txt", "2021-11-23", true),
    ("f01_fr.txt", "2020-12-23", true),
    ("f02_fr.txt", "2021-08-12", true),
    ("f03_fr.txt", "2022-02-22", true),
    ("f04_fr.txt", "2022-03-29", true),
    ("f05_fr.txt", "2022-07-27", true),
    ("f06_fr.txt", "2022-12-16", true),
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
/// docs/probe19.md. TODO (coordinator).
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

probe_support::files::probe_file_tests!("tests/fixtures/probe18");
