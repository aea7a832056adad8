//! What talks are about is no event of its own (tests/fixtures/latin_topics): an event noun
//! right after a topic word ("on", "about", « sur », « concernant »; lexicon rows
//! `en-topic-word`, `fr-topic-word`) told after talks, a call or a signing ("held talks with X
//! on the signing of a deal", « s'est entretenu par téléphone avec X concernant l'ouverture
//! d'ambassades et une visite de Y », « a signé trois accords, sur les consultations
//! politiques, … ») is their topic: no agreement, opening, visit or meeting row of its own,
//! and the people named in the topic (Y) take no part in the talks. The talks themselves
//! stay. Near miss: a visit after "on" is the visit going on ("met X on a visit to Rabat").
//!
//! Nor is what one side of a call or of talks told the other (lexicon rows `*-told-content`: a
//! verb of telling with its object, « lui a fait part de », "informed him of", «أطلعه على»,
//! «أبلغه»): the openings, visits, agreements and flights told after it in its sentence, past
//! quotes and commas, are the decision announced, no act of the call's day
//! (src/events/scan.rs drop_told_content). The call stays. Near miss: what someone "told
//! reporters" is no message to the other side.
//!
//! Nor is what an agreement commits its parties to (lexicon rows `*-agreement-content`:
//! "committing … to", "providing for", « qui prévoit », «تنص على», «بموجبه», after the
//! agreement's trigger in its sentence): the openings, visits and flights told after it are the
//! agreement's terms, no acts of the signing's day (src/events/scan.rs drop_told_content). The
//! agreement stays; so with what it frames or paves the way for ("which frames", « qui
//! encadre », «الذي يؤطر», «يمهد الطريق»). Near misses: an opening told before the signing in its sentence is an act;
//! a "during" phrase after the terms (« lors de la visite de ») tells the signing's
//! circumstance, and the visit stays.

mod common;

use common::{ExpectedFrom, assert_no_rows_from, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    ("talks_on_signing_en.txt", "2021-11-24", "meeting", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    ("entretiens_sur_fr.txt", "2021-11-24", "meeting", "occurred", &["Benny Gantz", "Abdellatif Loudiyi"]),
    ("talks_about_visit_en.txt", "2021-08-01", "call", "occurred", &["Yair Lapid", "Nasser Bourita"]),
    ("concernant_fr.txt", "2021-08-01", "call", "occurred", &["Yair Lapid", "Nasser Bourita"]),
    ("accords_sur_fr.txt", "2022-07-19", "agreement", "occurred", &["Gideon Sa'ar", "Abdellatif Ouahbi"]),
    ("agreements_on_en.txt", "2022-07-19", "agreement", "occurred", &["Gideon Sa'ar", "Abdellatif Ouahbi"]),
    // Near miss: "on a visit" is the visit going on, told by its own row.
    ("on_a_visit_en.txt", "2021-08-11", "visit", "occurred", &["Yair Lapid"]),
    // What one side of a call told the other: the call stays, on its day, with its two sides.
    ("fait_part_fr.txt", "2020-12-15", "call", "occurred", &["Benjamin Netanyahu", "Mohammed VI of Morocco"]),
    ("atlaahu_ar.txt", "2020-12-15", "call", "occurred", &["Nasser Bourita", "Gabi Ashkenazi"]),
    ("ablaghahu_ar.txt", "2020-12-23", "call", "occurred", &["Mohammed VI of Morocco", "Benjamin Netanyahu"]),
    ("informed_him_en.txt", "2021-01-11", "call", "occurred", &["Mohammed VI of Morocco", "Benjamin Netanyahu"]),
    // Near miss: what someone told reporters is no side's message to the other: the arrival
    // reported stands.
    ("told_reporters_en.txt", "2021-11-23", "visit", "occurred", &["Benny Gantz"]),
    // What an agreement commits its parties to: the signing stays, on its day, with its signers.
    ("committing_en.txt", "2021-06-15", "agreement", "occurred", &["Nasser Bourita", "Gabi Ashkenazi"]),
    ("qui_prevoit_fr.txt", "2022-05-10", "agreement", "occurred", &["Ryad Mezzour", "Orna Barbivai"]),
    ("tansu_ala_ar.txt", "2021-08-31", "agreement", "occurred", &["Abdellatif Ouahbi", "Gideon Sa'ar"]),
    ("bimujibihi_ar.txt", "2021-12-14", "agreement", "occurred", &[]),
    // What a declaration frames ("which frames", « qui encadre », «الذي يؤطر»): the signing stays.
    ("frames_en.txt", "2020-12-22", "agreement", "occurred", &["Saadeddine Othmani", "Jared Kushner", "Meir Ben-Shabbat"]),
    ("encadre_fr.txt", "2020-12-22", "agreement", "occurred", &["Saadeddine Othmani", "Jared Kushner", "Meir Ben-Shabbat"]),
    ("yuattir_ar.txt", "2020-12-22", "agreement", "occurred", &["Saadeddine Othmani", "Jared Kushner", "Meir Ben-Shabbat"]),
    // Near miss: an agreement whose own clause says what it provides for keeps its signing.
    ("provides_for_en.txt", "2021-08-09", "agreement", "occurred", &["Yair Lapid", "Nasser Bourita"]),
    // Near miss: the opening told before the signing is an act of the day.
    ("opened_then_signed_en.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"]),
    ("opened_then_signed_en.txt", "2021-08-12", "agreement", "occurred", &["Yair Lapid", "Nasser Bourita"]),
    // Near miss: a "during" phrase after the terms tells the signing's circumstance, the visit
    // during which it was signed, no term: the visit stays.
    ("terms_then_during_fr.txt", "2022-02-16", "visit", "occurred", &["Orna Barbivai"]),
];

/// (file, date, type, place, why).
const ABSENT: &[(&str, &str, &str, &str, &str)] = &[
    ("entretiens_sur_fr.txt", "", "agreement", "", "« sur la signature d'un futur contrat » is what the talks were about"),
    ("talks_about_visit_en.txt", "", "opening", "", "'about the opening of embassies' is what the call was about"),
    ("concernant_fr.txt", "", "opening", "", "« concernant l'ouverture d'ambassades » is what the call was about"),
    ("accords_sur_fr.txt", "", "meeting", "", "« sur les consultations judiciaires » is what the accords are about"),
    ("agreements_on_en.txt", "", "meeting", "", "'on judicial consultations' is what the agreements are about"),
    ("fait_part_fr.txt", "", "opening", "", "« lui a fait part de … l'ouverture d'ambassades » is the decision the call announced"),
    ("fait_part_fr.txt", "", "flight", "", "« lui a fait part de la reprise … des vols directs » is the decision the call announced"),
    ("atlaahu_ar.txt", "", "opening", "", "«أطلعه خلاله على إعادة فتح مكتب الاتصال» is what the call told"),
    ("atlaahu_ar.txt", "", "agreement", "", "«وتوقيع اتفاقية للطيران المدني», in what the call told, is no signing of its day"),
    ("ablaghahu_ar.txt", "", "flight", "", "«وأبلغه … واستئناف الرحلات الجوية المباشرة» is what the call told"),
    ("ablaghahu_ar.txt", "", "opening", "", "«وأبلغه جلالته بافتتاح سفارة المملكة» is what the call told"),
    ("informed_him_en.txt", "", "opening", "", "'informed him of the reopening … of the liaison offices' is the decision the call announced"),
    ("informed_him_en.txt", "", "agreement", "", "'informed him of … the signing of an aviation agreement' is no signing of the call's day"),
    ("committing_en.txt", "", "flight", "", "'committing Morocco and Israel to … launch direct flights' is a term of the declaration"),
    ("committing_en.txt", "", "opening", "", "'committing Morocco and Israel to reopen their liaison offices' is a term of the declaration"),
    ("qui_prevoit_fr.txt", "", "opening", "", "« qui prévoit l'ouverture d'un bureau économique » est un terme de l'accord"),
    ("qui_prevoit_fr.txt", "", "flight", "", "« qui prévoit … la reprise des vols directs » est un terme de l'accord"),
    ("tansu_ala_ar.txt", "", "opening", "", "«مذكرة تفاهم تنص على افتتاح مكتب للتعاون القضائي» is a term of the memorandum"),
    ("tansu_ala_ar.txt", "", "visit", "", "«وتنظيم زيارات متبادلة للقضاة» is a term of the memorandum"),
    ("bimujibihi_ar.txt", "", "flight", "", "«اتفاقا للخدمات الجوية سيتم بموجبه إطلاق رحلات مباشرة» is a term of the agreement"),
    ("frames_en.txt", "", "opening", "", "'a joint declaration which frames … the reopening of the liaison offices' is a term of the declaration"),
    ("frames_en.txt", "", "flight", "", "'which frames … direct flights between Morocco and Israel' is a term of the declaration"),
    ("encadre_fr.txt", "", "opening", "", "« une déclaration conjointe qui encadre … la réouverture des bureaux de liaison » est un terme de la déclaration"),
    ("yuattir_ar.txt", "", "opening", "", "«الإعلان المشترك …، الذي يؤطر إعادة فتح مكتبي الاتصال» is a term of the declaration"),
    ("yuattir_ar.txt", "", "flight", "", "«الذي يؤطر … وإطلاق رحلات جوية مباشرة» is a term of the declaration"),
    ("provides_for_en.txt", "", "opening", "", "'provides for the opening of embassies within two months' is a term of the agreement"),
    ("opened_then_signed_en.txt", "", "flight", "", "'an aviation agreement … providing for direct flights' is a term of the agreement"),
];

/// (file, person, why): named only in the topic, no party to the talks.
const NOT_A_PARTY: &[(&str, &str, &str)] = &[
    ("talks_about_visit_en.txt", "Naftali Bennett", "'a visit by Naftali Bennett' is a topic of the call"),
    ("concernant_fr.txt", "Naftali Bennett", "« une visite de Naftali Bennett » est un sujet de l'appel"),
];

#[test]
fn topics_of_talks_are_no_events() {
    let (rows, table) = fixture_timeline("tests/fixtures/latin_topics");
    assert_rows_from(&rows, &table, EXPECTED);
    assert_no_rows_from(&rows, &table, ABSENT);
    for (file, person, why) in NOT_A_PARTY {
        let named = rows.iter().any(|r| r.sources.iter().any(|s| s == file) && r.people.iter().any(|p| p == person));
        assert!(!named, "{file}: {person} is no party ({why}):\n{table}");
    }
}
