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
    // A day recalled in the pluperfect («وكان … قد التقيا مساء أمس») is not the story's: the
    // next act told in the story's tense takes the day of the act told before the recall.
    ("an act after a recall in the pluperfect takes the story's day, not the recall's",
        "اختتمت ظهر اليوم أشغال الاجتماع الذي جمع وزير الخارجية ناصر بوريطة ونظيره الإسرائيلي يائير لابيد في الرباط.\nوكان الوزيران قد التقيا مساء أمس حول مأدبة عشاء.\nوأعلن لابيد في مؤتمر صحفي مشترك أن الاجتماع كان مثمرا.",
        &["meeting 2021-11-24 occurred nasser-bourita;yair-lapid", "meeting 2021-11-23 occurred ", "meeting 2021-11-24 occurred "]),
    // With no act of its type told before the recall, the recalled day is the next act's: the
    // talks follow the arrival and the reception the recall tells.
    ("an act after a recall with no act of its type before it takes the recall's day",
        "افتتح وزير الخارجية الإسرائيلي يائير لابيد، اليوم الأربعاء، معرضا للصناعة التقليدية في الدار البيضاء.\nوكان لابيد قد وصل إلى الرباط أمس الثلاثاء، حيث استقبله وزير الشؤون الخارجية ناصر بوريطة.\nوعقد الوزيران جلسة مباحثات تناولت التعاون الثنائي.",
        &["visit 2021-11-23 occurred yair-lapid;nasser-bourita", "meeting 2021-11-23 occurred yair-lapid;nasser-bourita", "meeting 2021-11-23 occurred "]),
    // An act tied to the recalled one by a sequel word («وقبيل ذلك») is told in the recall's time.
    ("an act tied to the recall by a sequel word takes its day",
        "اختتم وزير الخارجية ناصر بوريطة ونظيره الإسرائيلي يائير لابيد اليوم اجتماعا في الرباط.\nوكان الوزيران قد اجتمعا مساء أمس حول مأدبة عشاء. وقبيل ذلك، التقى لابيد رئيس الحكومة عزيز أخنوش.",
        &["meeting 2021-11-24 occurred nasser-bourita;yair-lapid", "meeting 2021-11-23 occurred yair-lapid;aziz-akhannouch"]),
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

/// Talks told with 'also' («وكذلك», 'also', « également ») whose own sentence names both sides
/// are those people's, not the people of the talks told before: a surname that is also a given
/// name (`shared` of name_words.txt: شكري, Choukri) names the person named in full earlier in
/// the article. Alone, with no full name before it, it names nobody (not even by an office of the article).
const ALSO_ANOTHER_PAIR: &[(&str, &str, &[&str])] = &[
    ("ar: also-talks of another pair, the shared surname after the full name",
        "وصل وزير الخارجية المصري سامح شكري أمس إلى الرباط.\nوعقد وزير الخارجية المغربي ناصر بوريطة أمس جلسة مباحثات مع يائير لابيد.\nوكذلك اجتمع شكري مع لابيد صباح اليوم، وتناولا الوضع في غزة.",
        &["visit 2021-11-23 occurred sameh-shoukry", "meeting 2021-11-23 occurred nasser-bourita;yair-lapid", "meeting 2021-11-24 occurred sameh-shoukry;yair-lapid"]),
    ("en: also-talks of another pair",
        "Egypt's Foreign Minister Sameh Shoukry arrived in Rabat on Tuesday.\nMoroccan Foreign Minister Nasser Bourita held talks with Yair Lapid on Tuesday evening.\nShoukry also met Lapid on Wednesday morning to discuss Gaza.",
        &["visit 2021-11-23 occurred sameh-shoukry", "meeting 2021-11-23 occurred nasser-bourita;yair-lapid", "meeting 2021-11-24 occurred sameh-shoukry;yair-lapid"]),
    ("fr: also-talks of another pair, the shared surname after the full name",
        "Le ministre égyptien des Affaires étrangères Sameh Choukri est arrivé mardi à Rabat.\nLe ministre marocain des Affaires étrangères Nasser Bourita s'est entretenu mardi soir avec Yair Lapid.\nChoukri a également rencontré Lapid mercredi matin pour évoquer la situation à Gaza.",
        &["visit 2021-11-23 occurred sameh-shoukry", "meeting 2021-11-23 occurred nasser-bourita;yair-lapid", "meeting 2021-11-24 occurred sameh-shoukry;yair-lapid"]),
    ("ar: a shared surname with no full name before it names nobody",
        "وعقد وزير الخارجية المغربي ناصر بوريطة أمس جلسة مباحثات مع يائير لابيد.\nوأعرب بوريطة عن شكري العميق للابيد خلال لقائه به اليوم.",
        &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid", "meeting 2021-11-24 occurred nasser-bourita;yair-lapid"]),
];

#[test]
fn also_talks_of_another_pair_are_theirs() {
    assert_table(ALSO_ANOTHER_PAIR, mentions);
}

#[test]
fn also_names_are_unique() {
    crate::test_support::assert_unique_names(ALSO_ANOTHER_PAIR.iter().map(|c| c.0));
}
