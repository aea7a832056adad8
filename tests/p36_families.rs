//! Date families of the thirty-sixth blind probe (docs/probe36.md), told in new words
//! (tests/fixtures/p36_families).
//!
//! - A span counted from another event is no day counted from the page's writing: «بعد ساعات
//!   من هبوط طائرتها … وقّعت … أمس», «بعد ساعات على استقبال الملك للوفد، وقّع … أمس إعلانا
//!   لاستئناف العلاقات»: the sentence's own «أمس» dates the signing, not hours after the
//!   writing; nor does a purpose written with ل after the date («لاستئناف», what the
//!   declaration is for) take the date from the verb. "Hours after her plane touched down" and
//!   « Quelques heures après l'atterrissage » were read so already.
//! - "The same day" with no day told before it ("… operate their first direct flights … on the
//!   same day", « assurent le même jour », «في اليوم نفسه» in a headline) is the same day as each
//!   other: no date, where the page's day was a row of its own.
//! - A history column's "on this day" without its year («في مثل هذا اليوم: …», « C'est arrivé un
//!   22 juillet : … », "On this day: …") is that day of a year the page tells after it, or of
//!   none: no date, where the page's day was a meeting or a visit of the page's year.

mod common;

use common::{ExpectedFrom, assert_no_rows_from, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    ("span_ar.txt", "2022-02-21", "agreement", "occurred", &["Orna Barbivai", "Ryad Mezzour"]),
    ("span_en.txt", "2022-02-21", "agreement", "occurred", &["Orna Barbivai", "Ryad Mezzour"]),
    ("span_fr.txt", "2022-02-21", "agreement", "occurred", &["Orna Barbivai", "Ryad Mezzour"]),
    ("span_purpose_ar.txt", "2020-12-22", "agreement", "occurred", &["Saadeddine Othmani", "Meir Ben-Shabbat"]),
    ("same_day_en.txt", "2022-03-13", "flight", "occurred", &[]),
    ("same_day_fr.txt", "2022-03-13", "flight", "occurred", &[]),
    ("same_day_ar.txt", "2022-03-13", "flight", "occurred", &[]),
];

/// (file, date, type, place, why).
const ABSENT: &[(&str, &str, &str, &str, &str)] = &[
    ("span_ar.txt", "2022-02-22", "agreement", "", "hours after a landing (بعد ساعات من هبوط) are not hours after the writing: أمس dates the signing"),
    ("span_en.txt", "2022-02-22", "agreement", "", "hours after a landing are not hours after the writing"),
    ("span_fr.txt", "2022-02-22", "agreement", "", "quelques heures après un atterrissage ne sont pas des heures après l'écriture"),
    ("span_purpose_ar.txt", "2020-12-23", "", "", "hours after a reception (بعد ساعات على) and a purpose (لاستئناف) date nothing of the page's day"),
    ("same_day_en.txt", "2022-03-14", "flight", "", "'on the same day' with no day before it is the same day as each other, not the page's"),
    ("same_day_fr.txt", "2022-03-14", "flight", "", "« le même jour » sans jour avant lui n'est pas le jour de la page"),
    ("same_day_ar.txt", "2022-03-14", "flight", "", "في اليوم نفسه with no day before it is not the page's day"),
    ("this_day_ar.txt", "2021", "", "", "في مثل هذا اليوم without its year is no day of the page's year"),
    ("this_day_en.txt", "2021", "", "", "'On this day:' without its year is no day of the page's year"),
    ("this_day_fr.txt", "2021", "", "", "« C'est arrivé un 22 juillet » is a 22 July of some year, not the page's"),
];

#[test]
fn spans_same_days_and_days_of_another_year_tell_no_day_of_the_page() {
    let (rows, table) = fixture_timeline("tests/fixtures/p36_families");
    assert_rows_from(&rows, &table, EXPECTED);
    assert_no_rows_from(&rows, &table, ABSENT);
}
