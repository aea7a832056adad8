//! The sixteenth blind probe (tests/fixtures/probe16/, docs/probe16.md): 24 pages of sites none
//! of the fifteen earlier probes modelled, written and committed with their gold and manifest
//! before tarikh was run on them.
//!
//! TODO: the coordinator fills the found and known-failure tables (FOUND, JOINED, KNOWN, ...)
//! and the scorer's counts (SCORES) after the blind score, as for tests/probe14.rs, and then
//! invokes `probe_support::probe_tests!()`.
//!
//! The tests below check only the probe's own files (`probe_support::files::probe_file_tests!`):
//! the gold parses in the fifteenth probe's format, names existing pages and dates within its
//! precision, every evidence is copied from one of its pages, and the manifest names every page
//! once with a published value a scraper could give (a day, a month, or nothing).

mod common;
mod probe_support;

/// The probe's folder.
const PROBE: &str = "tests/fixtures/probe16";

/// Pages that must give no row: (file, why).
const NO_ROW: &[(&str, &str)] = &[
    ("a11_ar.txt", "Haniyeh (Hamas) arrives in Rabat 'أمس الأربعاء' (16 June 2021) and is received by Othmani as the PJD's leader, Benkirane 'غدا' (Morocco-Hamas); the Gaza war 'الشهر الماضي' (Israel-Hamas); the normalisation only named, undated; the date line only at the foot"),
    ("a12_ar.txt", "Kuwaiti MPs' statement 'أمس' (15 August 2020) against the UAE-Israel deal announced 'الخميس الماضي' (Israel-UAE); Morocco only named among the countries that might follow"),
    ("e06_en.txt", "Morocco recalls its ambassador to Berlin 'on Thursday' (6 May 2021) and had suspended contacts 'in March' (Morocco-Germany); Israel only named, undated, in the US recognition deal"),
    ("f06_fr.txt", "Algeria closes its airspace to Moroccan aircraft 'mercredi soir' (22 September 2021) after breaking ties 'le 24 août' (Algeria-Morocco); Israel only named, undated; its day also in its url `/2021/09/23/`, its manifest row empty"),
];

/// Publication dates: (file, the day, whether the text states it). e05 has no date line (only
/// a site byline; its manifest row has only the month 2022-11, its url none; 'this month', 'in
/// July' and COP27's 'on Sunday' hang on it); f03 has none either (a byline without a date; its
/// day only in its url `/2022/03/01/`, its manifest row empty; 'Le mois dernier' and 'Le 21
/// février' hang on it). a04, a10 and f04 state their day though their
/// manifest rows have only the month; a06, e03 and f06 state theirs though their manifest rows
/// are empty (f06's day also in its url). a01 has a Moroccan month ('الأربعاء 23 دجنبر 2020 -
/// 09:15'), a02 only an update line in a Moroccan month ('آخر تحديث: الإثنين 26 يوليوز 2021 -
/// 11:05'), a03 an Egyptian line ('الثلاثاء، 22 فبراير 2022 03:15 م'), a04 a Levantine month
/// between the site's name and a clock ('المنار | الخميس 25 تشرين الثاني 2021 | 13:48'), a05
/// Arabic-Indic digits in the evening ('٢٨/٠٣/٢٠٢٢ - ٠٩:٤٠ م'), a06 an Algerian month ('الثلاثاء
/// 19 جويلية 2022'), a07 a Tunisian month ('الخميس 12 أوت 2021 - 09:30') under the site's banner
/// of the saving day ('الصريح أون لاين | الجمعة 13 أوت 2021'), a08 the Gregorian with the Hijri
/// beside it ('السبت 18 سبتمبر 2021م الموافق 11 صفر 1443هـ') above a wire line 'واشنطن - (وكالات):',
/// a09 an issue number before a slashed date ('العدد 6812 | السبت 26/12/2020'), a10 a Levantine
/// month with a numeric update line ('الاثنين 27 حزيران 2022 | آخر تحديث: 27/06/2022 - 20:05'),
/// a11 its date at the foot only ('تاريخ النشر: الخميس 17 يونيو 2021 - 11:20 ص'), a12 'الأحد 16
/// أغسطس 2020' under its headline, e01 'Thursday 10 December 2020 19:42 GMT' under its byline, e02
/// 'July 26, 2021' under its byline, e03 a month-first line with a two-digit year ('BY Newsweek
/// Staff ON 11/24/21 AT 1:05 PM EST'), e04 'July 28, 2022' under its byline, e06 'May 7, 2021
/// (updated: May 7, 2021)', f01 only a wire dateline ('Rabat, 27 janvier 2021 (APA) -'), f02 '21
/// févr. 2022, 18:42' (abbreviated month), f04 'Lundi 14 mars 2022', f05 '20 juillet 2022 - 17:32' above '(Keystone-ATS/AFP)', f06
/// 'Publié le 23/09/2021 à 08h12. Mis à jour à 10h40.'.
const PUBLISHED: &[(&str, &str, bool)] = &[
    ("a01_ar.txt", "2020-12-23", true),
    ("a02_ar.txt", "2021-07-26", true),
    ("a03_ar.txt", "2022-02-22", true),
    ("a04_ar.txt", "2021-11-25", true),
    ("a05_ar.txt", "2022-03-28", true),
    ("a06_ar.txt", "2022-07-19", true),
    ("a07_ar.txt", "2021-08-12", true),
    ("a08_ar.txt", "2021-09-18", true),
    ("a09_ar.txt", "2020-12-26", true),
    ("a10_ar.txt", "2022-06-27", true),
    ("a11_ar.txt", "2021-06-17", true),
    ("a12_ar.txt", "2020-08-16", true),
    ("e01_en.txt", "2020-12-10", true),
    ("e02_en.txt", "2021-07-26", true),
    ("e03_en.txt", "2021-11-24", true),
    ("e04_en.txt", "2022-07-28", true),
    ("e05_en.txt", "2022-11-22", false),
    ("e06_en.txt", "2021-05-07", true),
    ("f01_fr.txt", "2021-01-27", true),
    ("f02_fr.txt", "2022-02-21", true),
    ("f03_fr.txt", "2022-03-01", false),
    ("f04_fr.txt", "2022-03-14", true),
    ("f05_fr.txt", "2022-07-20", true),
    ("f06_fr.txt", "2021-09-23", true),
];

probe_support::files::probe_file_tests!("tests/fixtures/probe15");
