//! A relative clause that recalls what someone once said dates nothing of the main act
//! (tests/fixtures/latin_recalls): "Lapid, the same man who said in June that …, signed",
//! "Shaked, who had said in May that …, signed", « Gantz, celui-là même qui déclarait en
//! août que …, a signé », « Shaked, qui a déclaré en mai que …, a signé »: the month is the
//! statement's (an imperfect of saying is a predicate of its own, lexicon row
//! `fr-said-before`; a statement in a relative clause reports only what its clause tells,
//! `build::dating::said_in_a_relative_clause`), not the signing's.
//!
//! So does a participle recalling an earlier act with its own date, told after the main act
//! ("The talks … centred on training, building on the memorandum signed last November during
//! Benny Gantz's visit", « dans le sillage de l'accord de défense conclu en novembre 2021 lors
//! de la visite de Benny Gantz »): the date and the people named from its preposition on are
//! the recalled act's (src/events/build/sentence_end.rs recall_clause); the talks keep their
//! own, and the recalled signing is not the talks' people's.

mod common;

use common::{ExpectedFrom, assert_no_rows_from, assert_rows_from, fixture_timeline};

/// (file, date, type, place, why).
const ABSENT: &[(&str, &str, &str, &str, &str)] = &[
    ("same_man_who_said_en.txt", "2021-06", "agreement", "", "June is when Lapid said something, not when he signed"),
    ("who_had_said_en.txt", "2022-05", "agreement", "", "May is when Shaked said something, not when she signed"),
    ("celui_la_meme_fr.txt", "2021-08", "agreement", "", "août est le mois d'une déclaration, pas de la signature"),
    ("qui_a_declare_fr.txt", "2022-05", "agreement", "", "mai est le mois d'une déclaration, pas de la signature"),
    ("memorandum_signed_last_month_en.txt", "2021-11", "meeting", "", "November is when the memorandum was signed, not when the talks were held"),
    ("accord_conclu_fr.txt", "2021-11", "meeting", "", "novembre 2021 est le mois de l'accord rappelé, pas des entretiens"),
];

/// The talks keep their day and their people.
const EXPECTED: &[ExpectedFrom] = &[
    ("memorandum_signed_last_month_en.txt", "2022-07-19", "meeting", "occurred", &["Aviv Kochavi", "Abdellatif Loudiyi"]),
    ("accord_conclu_fr.txt", "2022-07-19", "meeting", "occurred", &["Aviv Kochavi", "Abdellatif Loudiyi"]),
];

/// The pages whose recall names someone the talks do not: (file, the talks' people, the
/// recall's person).
const RECALLS: &[(&str, &str, &str)] = &[
    ("memorandum_signed_last_month_en.txt", "Aviv Kochavi", "Benny Gantz"),
    ("accord_conclu_fr.txt", "Aviv Kochavi", "Benny Gantz"),
];

#[test]
fn recalled_statements_date_no_main_act() {
    let (rows, table) = fixture_timeline("tests/fixtures/latin_recalls");
    assert_no_rows_from(&rows, &table, ABSENT);
}

#[test]
fn a_recalled_act_keeps_its_date_and_people() {
    let (rows, table) = fixture_timeline("tests/fixtures/latin_recalls");
    assert_rows_from(&rows, &table, EXPECTED);
    for (file, main, recalled) in RECALLS {
        let mixed = rows.iter().find(|r| r.sources.iter().any(|s| s == file) && r.people.iter().any(|p| p == main) && r.people.iter().any(|p| p == recalled));
        assert!(mixed.is_none(), "{file}: {main} and {recalled} in one row:\n{table}");
    }
}

/// The Arabic form (tests/fixtures/arabic_recalls, pages of our own): a past verb right after
/// a relative pronoun, a pluperfect's «كانت قد» and a proclitic «و» allowed, dated a few words
/// after it («…، الذي حل بمراكش في 10 فبراير الماضي على متن أول رحلة …», «التي كانت قد
/// وقعتها … في 21 فبراير الماضي», «والتي وقعها لوديي وبيني غانتس يوم 24 نونبر الماضي»): the
/// acts inside the clause take its date and the people it and its antecedent name, the act
/// told before takes neither (src/events/build/sentence_end.rs recall_clause_ar); the flight
/// it tells carries whom the clause's landing names, here no one, not the subject of a visit
/// told before the clause (src/events/visitor_plane.rs flights_that_brought_a_visitor).
const ARABIC_EXPECTED: &[ExpectedFrom] = &[
    ("flight_of_the_antecedent_ar.txt", "2021-02-10", "flight", "occurred", &[]),
    ("signing_in_a_pluperfect_ar.txt", "2022-02-21", "agreement", "occurred", &["Orna Barbivai", "Ryad Mezzour"]),
    ("signing_after_a_comma_ar.txt", "2021-11-24", "agreement", "occurred", &["Abdellatif Loudiyi", "Benny Gantz"]),
    ("signing_after_a_comma_ar.txt", "2021-12-02", "meeting", "occurred", &["Abdellatif Loudiyi", "Amikam Norkin"]),
];

/// No act of the recall on the page's day, none of the page's day in the recall's month.
const ARABIC_ABSENT: &[(&str, &str, &str, &str, &str)] = &[
    ("flight_of_the_antecedent_ar.txt", "2021-03", "flight", "", "the flight is the one the delegation came on in February, not one of the page's day"),
    ("signing_in_a_pluperfect_ar.txt", "2022-06", "agreement", "", "the agreement was signed in February, not on the reception's day"),
    ("signing_in_a_pluperfect_ar.txt", "2022-02", "meeting", "", "February is the signing's, not the reception's"),
    ("signing_after_a_comma_ar.txt", "2021-12", "agreement", "", "the memorandum was signed on 24 November, not on the talks' day"),
];

#[test]
fn an_act_recalled_in_an_arabic_relative_clause_keeps_its_date_and_people() {
    let (rows, table) = fixture_timeline("tests/fixtures/arabic_recalls");
    assert_rows_from(&rows, &table, ARABIC_EXPECTED);
    assert_no_rows_from(&rows, &table, ARABIC_ABSENT);
    // The recalled flight is the delegation's, not the sentence's subject's.
    let mixed = rows.iter().find(|r| r.event_type.as_str() == "flight" && r.people.iter().any(|p| p == "David Govrin"));
    assert!(mixed.is_none(), "the recalled flight takes the sentence's subject:\n{table}");
    // The reception is not the recalled signer's.
    let mixed = rows.iter().find(|r| r.date.is_some_and(|d| d.to_string() == "2022-06-08") && r.people.iter().any(|p| p == "Orna Barbivai"));
    assert!(mixed.is_none(), "the reception takes the recalled signer:\n{table}");
    let mixed = rows.iter().find(|r| r.event_type.as_str() == "meeting" && r.people.iter().any(|p| p == "Benny Gantz"));
    assert!(mixed.is_none(), "the talks take the recalled signer:\n{table}");
}

/// An agreement told by its noun and its own passive verb with a day of its own ("A cyber
/// agreement … was also signed earlier this month", « Un mémorandum … avait été paraphé plus
/// tôt ce mois-ci ») after a sentence recalling another agreement by its month ("the joint
/// declaration signed last December"): the verb's day is the noun's, it is no follow-up of the
/// declaration that tells no day (build: `day_of_its_own_verb`). Each page alone, phrasings of
/// our own.
#[test]
fn an_agreement_with_its_own_verbs_day_is_no_follow_up_of_the_one_before() {
    const PAGES: &[(&str, &str, &str)] = &[
        ("b_fr.txt", "Lundi 26 juillet 2021\nLes vols directs découlent de la déclaration conjointe de décembre dernier.\nUn mémorandum d'entente sur l'eau avait été paraphé plus tôt ce mois-ci à Rabat par les ministres marocain et israélien.\n", "2021-07"),
        ("c_en.txt", "Thursday, July 29, 2021\nThe flights were agreed in the joint declaration signed last December.\nA cyber cooperation agreement between Israel and Morocco was also signed earlier this month.\n", "2021-07"),
        ("d_ar.txt", "الخميس 29 يوليو 2021\nوكانت هذه الرحلات من بنود الإعلان المشترك الموقع في دجنبر الماضي.\nكما وقع المغرب وإسرائيل في وقت سابق من هذا الشهر اتفاقية للتعاون في مجال الأمن السيبراني.\n", "2021-07"),
    ];
    for (file, text, day) in PAGES {
        let w = common::Workdir::new();
        w.write(&format!("c/{file}"), *text);
        let out = w.run(&["extract", "--corpus", "c", "-o", "t.csv", "--quiet"]);
        assert!(out.status.success(), "{file}: {}", common::stderr(&out));
        let rows = tarikh::timeline::read_timeline(&w.join("t.csv")).unwrap();
        let agreements: Vec<String> = rows.iter().filter(|r| r.event_type.as_str() == "agreement").map(|r| r.date.map_or(String::new(), |d| d.to_string())).collect();
        assert!(agreements.iter().any(|d| d == day), "{file}: {agreements:?}");
    }
}
