//! Event extraction on articles written for the tests (not the seeds), in the phrasings of
//! Arabic news that the seeds do not show: a reception with a visit noun, a phone call "last
//! December", a planned visit "next month", a first direct flight, an announced route, an
//! opening "yesterday Thursday", agreements signed "on Wednesday", a summit over two days, the
//! 2020 joint declaration, a call "last week", a visit "at the invitation of", an agreement "during this visit", a meeting carried by
//! "كما", an arrival with a reception and follow-up signatories under a page's link list,
//! understandings reached during a visit; and (i.txt – x.txt) the light verbs, work sessions,
//! video talks, a minister's plane, plans put off and calls denied, programmes and relative
//! clauses of other sites' reporting. Each expected
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
    // i.txt – x.txt: articles in the manner of MAP, Hespress, Le360, Alyaoum24, Alayam24, Asharq
    // al-Awsat, i24, Sky News Arabia, Anadolu, Al-Araby al-Jadeed, RT and Al Jazeera.
    // i.txt: a royal cabinet's call told by a light verb (جرى، اليوم الجمعة، اتصال هاتفي) and an
    // invitation "للقيام بزيارة" (for later, undated: no row).
    ("2020-12-25", "call", "occurred", &["Mohammed VI of Morocco", "Benjamin Netanyahu"]),
    // j.txt: a call received (مكالمة هاتفية من), a tweet, a meeting agreed for later (undated).
    ("2021-06-22", "call", "occurred", &["Nasser Bourita", "Yair Lapid"]),
    // k.txt: a minister's plane landing is his visit, not a flight; talks with a light verb
    // crowned by a signing; a meeting expected tomorrow.
    ("2021-11-23", "visit", "occurred", &["Benny Gantz"]),
    ("2021-11-24", "meeting", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    ("2021-11-24", "agreement", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    ("2021-11-25", "meeting", "planned", &["Benny Gantz", "Nasser Bourita"]),
    // l.txt: an arrival told by وطئت قدما, a work session (عقد جلسة عمل).
    ("2022-07-18", "visit", "occurred", &["Aviv Kochavi"]),
    ("2022-07-19", "meeting", "occurred", &["Aviv Kochavi", "Farouk Belkhir"]),
    // m.txt: a passive signing (جرى … التوقيع), its signatories "أشرف على توقيع", and the
    // visit of one of them told in a relative clause.
    ("2022-08-09", "agreement", "occurred", &["Abdellatif Hammouchi", "Kobi Shabtai"]),
    ("2022-08-09", "visit", "occurred", &["Kobi Shabtai"]),
    // n.txt: a visit put off (أرجئت) and a denied call (نفى … أن يكون … قد أجرى): no row.
    // o.txt: an airline's first plane landing (هبطت … أول طائرة تابعة ل…).
    ("2022-03-13", "flight", "occurred", &[]),
    // p.txt: أبرمت … اتفاقية, its signatory "الذي شد الرحال إلى الرباط".
    ("2021-07-13", "agreement", "occurred", &["Yigal Unna", "Mustapha Rabii"]),
    ("2021-07-13", "visit", "occurred", &["Yigal Unna"]),
    // q.txt: an agreement "خلال زيارة تقوم بها", a protest and a history since 2020 (no row).
    ("2022-09-08", "agreement", "occurred", &["Karine Elharrar"]),
    ("2022-09-08", "visit", "occurred", &["Karine Elharrar"]),
    // r.txt: talks by phone (تباحث هاتفيا) are a call, not a meeting too; Morocco–Spain and
    // Israel–UAE events beside it give no row.
    ("2022-03-23", "call", "occurred", &["Nasser Bourita", "Yair Lapid"]),
    // s.txt: the 2020 delegation's plane taking off and landing, its welcome at the airport.
    ("2020-12-22", "visit", "occurred", &["Jared Kushner", "Meir Ben-Shabbat"]),
    ("2020-12-22", "flight", "occurred", &[]),
    // t.txt: a visit announced in the present with "غدا"; its programme (يتضمن برنامج الزيارة)
    // holds a meeting "يوم الأربعاء": the coming Wednesday.
    ("2022-05-31", "visit", "planned", &["Yoel Razvozov"]),
    ("2022-06-01", "meeting", "planned", &["Yoel Razvozov", "Fatim-Zahra Ammor"]),
    // u.txt: a delegation that "شد … الرحال" to Tel Aviv.
    ("2021-12-11", "visit", "occurred", &["Mohammed Sadiki"]),
    // v.txt: a meeting by video conference (عبر تقنية التناظر المرئي) is a call.
    ("2022-02-15", "call", "occurred", &["Abdellatif Miraoui", "Yifat Shasha-Biton"]),
    // w.txt: no hamzas and final ي for ى (اسرائيل، امس، التقي), an undated meeting (no row).
    ("2021-10-06", "visit", "occurred", &["Issawi Frej"]),
    // x.txt: a call and a planned visit of 2023, outside the window: no row.
];

#[test]
fn phrasings_give_their_events() {
    let (rows, table) = fixture_timeline("tests/fixtures/phrasings");
    assert_rows_found(&rows, &table, EXPECTED);
    assert_eq!(rows.len(), EXPECTED.len(), "no other rows:\n{}", table);
}
