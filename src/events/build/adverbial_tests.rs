//! Unit tables of the acts told in an adverbial of time with a day of their own
//! (src/events/adverbial.rs): talks told by a possessive noun or a participle in an adverbial
//! that opens or closes the sentence are an event of that day, of the main clause's subject;
//! a measured period, a recalled act with its own subject and a connective with no day stay as
//! they were. Bodies follow a date line "نشر: 2021-11-24" (a Wednesday).

use super::tests::{assert_table, mentions};

/// (rule family, body, expected mentions as "type date status people").
const ADVERBIALS: &[(&str, &str, &[&str])] = &[
    ("en: talks told by their possessive noun in an opening adverbial",
        "After their talks in Jerusalem on Monday, Benny Gantz and Abdellatif Loudiyi announced a joint working group.",
        &["meeting 2021-11-22 occurred benny-gantz;abdellatif-loudiyi"]),
    ("en: talks told by their possessive noun in a closing adverbial",
        "Ayelet Shaked and Abdelouafi Laftit announced a joint plan after their talks in Rabat on Tuesday.",
        &["meeting 2021-11-23 occurred ayelet-shaked;abdelouafi-laftit"]),
    ("en: talks told by a bare noun after a sequel word",
        "Following talks in Abu Dhabi on Monday, Yair Lapid and Nasser Bourita agreed to open embassies.",
        &["meeting 2021-11-22 occurred yair-lapid;nasser-bourita"]),
    ("en: a signing told by a gerund opening the sentence is its subject's",
        "After signing the memorandum on Tuesday, Benny Gantz and Abdellatif Loudiyi toured a military base.",
        &["agreement 2021-11-23 occurred benny-gantz;abdellatif-loudiyi", "visit 2021-11-23 occurred benny-gantz;abdellatif-loudiyi"]),
    ("en: a participle of gathering opening the sentence",
        "Gathered in Manama on Monday, the foreign ministers of Morocco, Bahrain and Israel pledged closer ties.",
        &["meeting 2021-11-22 occurred nasser-bourita;abdullatif-al-zayani;yair-lapid"]),
    ("en: a measured period counts from another day's talks",
        "Two days after their talks in Rabat on Monday, Benny Gantz and Abdellatif Loudiyi announced a joint working group.",
        &[]),
    ("en: talks with no day of their own carry the day told before",
        "Benny Gantz met Abdellatif Loudiyi in Rabat on Monday.\nAt the end of their talks, the two ministers signed a memorandum of understanding.",
        &["meeting 2021-11-22 occurred benny-gantz;abdellatif-loudiyi", "agreement 2021-11-22 occurred benny-gantz;abdellatif-loudiyi"]),
    ("en: a recalled act with its own subject stays recalled",
        "Yair Lapid arrived in Rabat on Monday, after Morocco and Israel signed the accord in December 2020.",
        &["visit 2021-11-22 occurred yair-lapid", "agreement  occurred "]),
    ("fr: talks told by their possessive noun in an opening adverbial",
        "Au terme de leurs entretiens mardi à Jérusalem, Ayelet Shaked et Abdelouafi Laftit ont annoncé un plan commun.",
        &["meeting 2021-11-23 occurred ayelet-shaked;abdelouafi-laftit"]),
    ("fr: a participle of gathering opening the sentence",
        "Rassemblés lundi à Manama, les chefs de la diplomatie du Maroc, de Bahreïn et d'Israël ont promis de renforcer leurs liens.",
        &["meeting 2021-11-22 occurred nasser-bourita;abdullatif-al-zayani;yair-lapid"]),
    ("fr: talks with no day of their own name no meeting",
        "À l'issue de leur entretien, les deux ministres ont signé un mémorandum.",
        &["agreement 2021-11-24 occurred "]),
    ("ar: talks with a possessive after a sequel word in an opening adverbial",
        "وعقب مباحثاتهما أمس الثلاثاء في القدس، أعلن غانتس ولوديي تشكيل فريق عمل مشترك.",
        &["meeting 2021-11-23 occurred benny-gantz;abdellatif-loudiyi"]),
    ("ar: a plural possessive at the end of a gathering",
        "وفي ختام اجتماعهم يوم الاثنين بالمنامة، تعهد وزراء خارجية المغرب والبحرين وإسرائيل بتعزيز التعاون.",
        &["meeting 2021-11-22 occurred nasser-bourita;abdullatif-al-zayani;yair-lapid"]),
    ("ar: talks with a possessive in a closing adverbial",
        "وأعلن غانتس ولوديي تشكيل فريق عمل مشترك عقب لقائهما أمس في الرباط.",
        &["meeting 2021-11-23 occurred benny-gantz;abdellatif-loudiyi"]),
    ("ar: a measured period counts from talks of their own",
        "وبعد يومين من لقائهما يوم الاثنين، أعلن غانتس ولوديي تشكيل فريق عمل مشترك.",
        &["meeting 2021-11-22 occurred "]),
    ("ar: a recalled signing with no possessive stays recalled",
        "وحل لابيد بالرباط أمس، بعد توقيع الاتفاق الثلاثي في 22 ديسمبر 2020.",
        &["visit 2021-11-23 occurred yair-lapid", "agreement 2020-12-22 occurred "]),
];

#[test]
fn acts_told_in_an_adverbial_of_time() {
    assert_table(ADVERBIALS, mentions);
}

#[test]
fn adverbial_case_names_are_unique() {
    crate::test_support::assert_unique_names(ADVERBIALS.iter().map(|c| c.0));
}
