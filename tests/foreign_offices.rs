//! An office title set in apposition after a phrase that ends with a nationality adjective is
//! that nationality's office (src/events/participants.rs): «الناطق باسم الحكومة الموريتانية،
//! وزير الثقافة» is Mauritania's culture minister, not the holder of the office in Israel or
//! Morocco, even on a page whose two most named countries are Mauritania and Israel (where the
//! bare title would be read as Israel's, the one of the two with a culture minister in the
//! gazetteer). The same apposition after an Israeli body («المتحدث باسم الحكومة الإسرائيلية،
//! وزير الثقافة») is Israel's. English and French tell the nationality with the title itself
//! ("Mauritania's culture minister", « le ministre mauritanien de la Culture »): guards that it
//! stays so. Pages in phrasings of our own.

mod common;

/// Each page alone: (file, text, the people its rows may name, all of them).
const PAGES: &[(&str, &str, &[&str])] = &[
    (
        "culture_mr_ar.txt",
        "الخميس 17 ديسمبر 2020\nنواكشوط - استقبل المتحدث باسم الحكومة الموريتانية، وزير الثقافة، أمس الأربعاء في نواكشوط سفير قطر لدى موريتانيا، ونفى أي اتصالات بين موريتانيا وإسرائيل.\n",
        &[],
    ),
    (
        "foreign_tn_ar.txt",
        "الاثنين 23 أغسطس 2021\nتونس - والتقى رئيس الدبلوماسية التونسية، وزير الخارجية، أمس الأحد في تونس نظيره الليبي، وجدد رفض تونس التطبيع مع إسرائيل.\n",
        &["Othman Jerandi", "Najla Mangoush"],
    ),
    (
        "tourism_dz_ar.txt",
        "الاثنين 23 أغسطس 2021\nالجزائر - واجتمع الناطق الرسمي باسم الحكومة الجزائرية، وزير السياحة، أمس الأحد في الجزائر بوفد من رجال الأعمال، وقال إن الجزائر ترفض أي تعاون مع إسرائيل.\n",
        &[],
    ),
    (
        "culture_il_ar.txt",
        "الاثنين 23 أغسطس 2021\nواستقبل المتحدث باسم الحكومة الإسرائيلية، وزير الثقافة، أمس الأحد في القدس وفدا من الفنانين المغاربة.\n",
        &["Chili Tropper"],
    ),
    (
        "culture_mr_en.txt",
        "Thursday, December 17, 2020\nNOUAKCHOTT - Mauritania's culture minister received Qatar's ambassador to Mauritania in Nouakchott on Wednesday and denied any contact between Mauritania and Israel.\n",
        &[],
    ),
    (
        "culture_mr_fr.txt",
        "Jeudi 17 décembre 2020\nNOUAKCHOTT - Le ministre mauritanien de la Culture a reçu mercredi à Nouakchott l'ambassadeur du Qatar en Mauritanie et a démenti tout contact entre la Mauritanie et Israël.\n",
        &[],
    ),
];

#[test]
fn a_title_in_apposition_to_another_countrys_body_is_that_countrys_office() {
    for (file, text, allowed) in PAGES {
        let w = common::Workdir::new();
        w.write(&format!("c/{file}"), *text);
        let out = w.run(&["extract", "--corpus", "c", "-o", "t.csv", "--quiet", "--all-events", "--undated"]);
        assert!(out.status.success(), "{file}: {}", common::stderr(&out));
        let rows = tarikh::timeline::read_timeline(&w.join("t.csv")).unwrap();
        assert!(!rows.is_empty(), "{file}: no row");
        let people: Vec<&String> = rows.iter().flat_map(|r| &r.people).collect();
        assert!(people.iter().all(|p| allowed.contains(&p.as_str())), "{file}: {people:?}");
        // The Israeli body's spokesman is Israel's minister of the day.
        if !allowed.is_empty() {
            assert!(rows.iter().any(|r| allowed.iter().all(|a| r.people.iter().any(|p| p == a))), "{file}: {people:?}");
        }
    }
}
