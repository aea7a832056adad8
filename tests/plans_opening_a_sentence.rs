//! A plan told by a conjunction opening its sentence (tests/fixtures/plans_opening_a_sentence,
//! pages in phrasings of our own): «على أن يختتم الوزير الإسرائيلي زيارته في مراكش، حيث يزور
//! الملاح ويلتقي …», « Étant entendu que le ministre achève sa tournée à Marrakech, où il
//! rencontre … » tell what is to come, a plan, whatever the tense of their verbs (trigger rows
//! `planned-sentence-head`, `fr-planned-sentence-head`). Inside a sentence of the day's
//! programme («سيحل اليوم …، حيث سيتباحث …، على أن يتم بعد ذلك التوقيع») «على أن» goes on with
//! that programme, and the signing of the page's day stays done (as the dev set's gold reads it).
//! English has no such head ("With the minister due to end his tour in …": "due to" alone also
//! means "because of"), and is left out.

mod common;

use common::page_timeline;

const FOLDER: &str = "tests/fixtures/plans_opening_a_sentence";

#[test]
fn a_plan_opening_its_sentence_is_planned() {
    for file in ["head_ar.txt", "head_fr.txt"] {
        let (rows, table) = page_timeline(FOLDER, file);
        let with_bourita: Vec<&str> = rows.iter().filter(|r| r.event_type.as_str() == "meeting" && r.people.iter().any(|p| p == "Nasser Bourita")).map(|r| r.status.as_str()).collect();
        assert!(!with_bourita.is_empty() && with_bourita.iter().all(|s| *s == "planned"), "{file}: the talks of the plan are planned\n{table}");
    }
}

#[test]
fn the_conjunction_inside_a_programme_goes_on_with_it() {
    let (rows, table) = page_timeline(FOLDER, "inside_ar.txt");
    assert!(rows.iter().any(|r| r.event_type.as_str() == "agreement" && r.status.as_str() == "occurred" && r.date.is_some_and(|d| d.to_string() == "2021-11-24")), "{table}");
}
