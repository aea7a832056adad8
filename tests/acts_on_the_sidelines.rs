//! An act told as done "on the sidelines of" a reception or an audience (tests/fixtures/
//! acts_on_the_sidelines): «وجرى على هامش الاستقبال التوقيع على ثلاث مذكرات تفاهم», "and on the
//! sidelines of the audience three memoranda … were signed", « En marge de l'audience, trois
//! mémorandums … ont été signés ». Its words name no one: it is the act of those the reception
//! received (lexicon kind `at-reception`, src/events/audience.rs
//! `act_at_the_reception_takes_its_people`), the host watching. The Arabic page names the
//! received only as the passengers of the plane that carried them («الطائرة التي تقل») and then
//! as «أعضاء الوفد»; the French one as those the plane carried (« L'avion transportant ») and
//! then « la délégation ».

mod common;

use common::page_timeline_with;

const FOLDER: &str = "tests/fixtures/acts_on_the_sidelines";

/// (file, the day of the signing).
const PAGES: &[(&str, &str)] = &[("hamish_ar.txt", "2022-05-17"), ("sidelines_en.txt", "2022-05-17"), ("marge_fr.txt", "2022-05-17")];

#[test]
fn an_act_on_the_sidelines_of_an_audience_is_the_received_s() {
    for (file, day) in PAGES {
        let (rows, table) = page_timeline_with(FOLDER, file, &["--all-events"]);
        let signing = rows.iter().find(|r| r.event_type.as_str() == "agreement");
        let Some(signing) = signing else { panic!("{file}: no agreement in:\n{table}") };
        assert_eq!(signing.date.map(|d| d.to_string()).as_deref(), Some(*day), "{file}:\n{table}");
        let people: Vec<&str> = signing.people.iter().map(String::as_str).collect();
        assert_eq!(people, ["Alon Ushpiz", "David Govrin"], "{file}: the received signed, the King watched:\n{table}");
    }
}
