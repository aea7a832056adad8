//! Unit tables of the days an Arabic act takes from the story told around it: the audience
//! it was done before, the visit it began or was told during, the call it was agreed in, the
//! act before it in its sentence. Bodies follow a date line "نشر: 2021-11-24" (a Wednesday).

use super::tests::{assert_table, mentions};

/// (rule family, body, expected mentions as "type date status people").
const CARRIES: &[(&str, &str, &[&str])] = &[
    // An act told before the host or the audience of a meeting told just before (word list
    // `presence`): done at that meeting, on its day.
    ("an act before his majesty takes the audience's day",
        "استقبل الملك محمد السادس أمس وزير الدفاع الإسرائيلي بيني غانتس بالقصر الملكي بالرباط.\nوبين يدي جلالته، وُقّعت مذكرة تفاهم بين البلدين وقعها عن الجانب المغربي عبد اللطيف لوديي.",
        &["meeting 2021-11-23 occurred mohammed-vi;benny-gantz", "agreement 2021-11-23 occurred abdellatif-loudiyi;benny-gantz"]),
    ("a signing before the two ministers takes their meeting's day",
        "التقى بوريطة الاثنين نظيره الإسرائيلي يائير لابيد في الرباط.\nوبحضور الوزيرين، تمّ التوقيع على اتفاقيتين للتعاون في مجال الطيران.",
        &["meeting 2021-11-22 occurred nasser-bourita;yair-lapid", "agreement 2021-11-22 occurred nasser-bourita;yair-lapid"]),
    ("a signing before someone absent from the meeting takes no day from it",
        "التقى بوريطة الاثنين نظيره الإسرائيلي يائير لابيد في الرباط.\nوبحضور رئيس الحكومة عزيز أخنوش، وقعت شركتان مغربيتان اتفاقية مع شركة إسرائيلية.",
        &["meeting 2021-11-22 occurred nasser-bourita;yair-lapid", "agreement  occurred aziz-akhannouch"]),
    // An arrival verb in a relative clause of a visit noun (word list `visit-start`) tells
    // that visit's first day: no arrival of its own, and the visit stays its visitor's.
    ("an arrival told in a relative clause of the visit is its start",
        "واجتمعت وزيرة الاقتصاد الإسرائيلية أورنا باربيفاي اليوم، في اليوم الثالث من زيارتها للمغرب التي حلت به الاثنين، بوزير الصناعة رياض مزور.",
        &["meeting 2021-11-24 occurred orna-barbivai;ryad-mezzour", "visit 2021-11-22 occurred orna-barbivai;ryad-mezzour"]),
    ("a landing told in a relative clause of the visit is its start",
        "وبحث لابيد مع بوريطة اليوم، في ثاني أيام زيارته الرسمية للمملكة التي وصل إليها أمس، تعزيز التعاون.",
        &["meeting 2021-11-24 occurred yair-lapid;nasser-bourita", "visit 2021-11-23 occurred yair-lapid;nasser-bourita"]),
    ("an arrival told by its own verb is still one",
        "وصلت وزيرة الاقتصاد الإسرائيلية أورنا باربيفاي إلى الرباط الاثنين في زيارة رسمية.",
        &["visit 2021-11-22 occurred orna-barbivai"]),
];

#[test]
fn acts_take_the_day_of_the_story_around_them() {
    assert_table(CARRIES, mentions);
}

#[test]
fn carry_names_are_unique() {
    crate::test_support::assert_unique_names(CARRIES.iter().map(|c| c.0));
}
