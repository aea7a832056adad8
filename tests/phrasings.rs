//! Event extraction on articles written for the tests (not the seeds), in the phrasings of
//! Arabic news that the seeds do not show: a reception with a visit noun, a phone call "last
//! December", a planned visit "next month", a first direct flight, an announced route, an
//! opening "yesterday Thursday", agreements signed "on Wednesday", a summit over two days, the
//! 2020 joint declaration, a call "last week", a visit "at the invitation of", an agreement "during this visit", a meeting carried by
//! "كما", an arrival with a reception and follow-up signatories under a page's link list,
//! understandings reached during a visit. Each expected
//! row is (date, type, status, people that must be listed).

mod common;

use common::{ExpectedRow, assert_rows_found, fixture_timeline};

const EXPECTED: &[ExpectedRow] = &[
    ("2020-12-22", "agreement", "occurred", &["Saadeddine Othmani", "Meir Ben-Shabbat", "Jared Kushner"]),
    ("2021-01-18", "call", "occurred", &["Nasser Bourita", "Gabi Ashkenazi"]),
    ("2021-01-26", "opening", "occurred", &["David Govrin"]),
    ("2021-07-25", "flight", "occurred", &[]),
    ("2021-08-08", "flight", "planned", &[]),
    ("2021-08-11", "agreement", "occurred", &["Yair Lapid", "Nasser Bourita"]),
    ("2021-08-11", "meeting", "occurred", &["Yair Lapid", "Abdelouafi Laftit"]),
    ("2021-08-12", "opening", "occurred", &["Yair Lapid"]),
    ("2021-12", "call", "occurred", &["Aziz Akhannouch", "Naftali Bennett"]),
    ("2022-02-21", "meeting", "occurred", &["Nasser Bourita", "Orna Barbivai"]),
    ("2022-02-21", "visit", "occurred", &["Orna Barbivai"]),
    ("2022-02-21", "agreement", "occurred", &[]),
    ("2022-03", "visit", "planned", &["Isaac Herzog"]),
    ("2022-03-27", "meeting", "occurred", &["Nasser Bourita", "Yair Lapid"]),
    // d.txt: the summit, its ministers named by a title before a list of countries ("وزراء
    // خارجية الولايات المتحدة والإمارات …"), is not the bilateral talks on its sidelines.
    ("2022-03-27", "meeting", "occurred", &["Nasser Bourita", "Antony Blinken", "Sameh Shoukry"]),
    ("2022-06-08", "visit", "occurred", &["Mickey Levy"]),
    ("2022-06-10", "meeting", "planned", &["Mickey Levy", "Aziz Akhannouch"]),
    // h.txt: an arrival told by حلت … بالرباط, a reception whose visitor is only a pronoun
    // (خصها), signatories named in the next sentence; its "اقرأ أيضاً" list, tag and share
    // lines name other events and people and must give nothing.
    ("2022-10-05", "visit", "occurred", &["Ayelet Shaked"]),
    ("2022-10-05", "meeting", "occurred", &["Ayelet Shaked", "Abdelouafi Laftit"]),
    ("2022-10-05", "agreement", "occurred", &["Ayelet Shaked", "Abdelouafi Laftit"]),
    // reached.txt: understandings "reached during" a visit (توصل خلالها … إلى جملة من
    // التفاهمات) are an agreement of the visit's day; "توصل … برسالة" (received a letter, in
    // Moroccan usage) is none, and neither is "an agreement to resume relations" reached.
    ("2022-03-13", "visit", "occurred", &["Oded Forer"]),
    ("2022-03-13", "agreement", "occurred", &["Oded Forer", "Mohammed Sadiki"]),
];

#[test]
fn phrasings_give_their_events() {
    let (rows, table) = fixture_timeline("tests/fixtures/phrasings");
    assert_rows_found(&rows, &table, EXPECTED);
    assert_eq!(rows.len(), EXPECTED.len(), "no other rows:\n{}", table);
}
