//! The seat of an office is not where an event happened: "رئيس بلدية أسدود", "the wali of the
//! Casablanca-Settat region", "Jerusalem Deputy Mayor", "le maire d'Ashdod" name the place an
//! office holder serves. A row keeps a place only where the text says the event took place, and
//! a visit is titled with where the visitor went, not with the visitor's own city. Likewise an
//! envoy lives where posted only during the posting.

mod common;

use common::{Workdir, repo, stderr};

/// Each article alone: (file, places every row may list, places no row may list).
const CASES: &[(&str, &[&str], &[&str])] = &[
    // A wali receives a mayor "at the wilaya": neither the region nor the mayor's city is the venue.
    ("ar1.txt", &[], &["Ashdod", "Casablanca", "Casablanca-Settat"]),
    // A governor named by the Moroccan formula (عامل صاحب الجلالة على إقليم الصويرة) receives a
    // minister: his province is no venue.
    ("ar3.txt", &[], &["Essaouira"]),
    // A mayor (عمدة) holds talks with a visiting mayor: no venue is stated.
    ("ar2.txt", &[], &["Ashdod", "Marrakesh"]),
    // The English title before the city ("Jerusalem Deputy Mayor"); the venue is the dateline's.
    ("en1.txt", &["Rabat"], &["Jerusalem"]),
    // "Ashdod Mayor … met in Casablanca with the wali of the Casablanca-Settat region".
    ("en2.txt", &["Casablanca"], &["Ashdod", "Casablanca-Settat"]),
    // The elided French "maire d'Ashdod", received "à Rabat".
    ("fr1.txt", &["Rabat"], &["Ashdod"]),
];

#[test]
fn an_office_holders_city_is_not_the_venue() {
    for (file, allowed, never) in CASES {
        let w = Workdir::new();
        w.write(&format!("c/{file}"), std::fs::read(repo(&format!("tests/fixtures/office_places/{file}"))).unwrap());
        let out = w.run(&["extract", "--corpus", "c", "-o", "t.csv", "--quiet"]);
        assert!(out.status.success(), "{file}: {}", stderr(&out));
        let rows = tarikh::timeline::read_timeline(&w.join("t.csv")).unwrap();
        assert!(!rows.is_empty(), "{file}: no row");
        for row in &rows {
            for place in &row.places {
                assert!(allowed.contains(&place.as_str()), "{file}: {:?} lists {place}", row.title);
            }
            for place in *never {
                assert!(!row.title.contains(place), "{file}: title {:?} names {place}", row.title);
            }
        }
        // Every visit goes to Morocco or a Moroccan city, never to the visitor's own city.
        for row in rows.iter().filter(|r| r.event_type.as_str() == "visit") {
            assert!(row.title.ends_with("Morocco") || allowed.iter().any(|p| row.title.ends_with(p)), "{file}: {:?}", row.title);
        }
    }
}

/// "عامل صاحب الجلالة على إقليم …" is the governor the King appoints: the formula names the
/// governor, not the King, who is no participant of the governor's meeting.
#[test]
fn the_governors_formula_names_no_king() {
    let w = Workdir::new();
    w.write("c/ar3.txt", std::fs::read(repo("tests/fixtures/office_places/ar3.txt")).unwrap());
    let out = w.run(&["extract", "--corpus", "c", "-o", "t.csv", "--quiet"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = tarikh::timeline::read_timeline(&w.join("t.csv")).unwrap();
    assert!(!rows.is_empty(), "no row");
    for row in &rows {
        assert!(!row.people.iter().any(|p| p.starts_with("Mohammed VI")), "{:?} lists {:?}", row.title, row.people);
    }
}

/// An envoy received by the head of state of the country of the posting lives there: the
/// audience is talks, not a visit. Only while posted: the same audience before the posting
/// began (Israel's liaison-office head, in Rabat from late January 2021) is the envoy's visit,
/// and the King's meeting with the visitor beside it (a reception told by a past reception
/// verb, as the Arabic «استقبل الملك …» is read).
#[test]
fn an_envoy_is_resident_only_during_the_posting() {
    let sentence = "King Mohammed VI received David Govrin on Tuesday at the Royal Palace in Rabat.";
    for (published, kinds_expected) in [("December 24, 2020", &["visit", "meeting"][..]), ("June 10, 2021", &["meeting"][..])] {
        let w = Workdir::new();
        w.write("c/a.txt", format!("Published: {published}\n{sentence}\n"));
        let out = w.run(&["extract", "--corpus", "c", "-o", "t.csv", "--quiet"]);
        assert!(out.status.success(), "{published}: {}", stderr(&out));
        let rows = tarikh::timeline::read_timeline(&w.join("t.csv")).unwrap();
        let kinds: Vec<&str> = rows.iter().filter(|r| r.people.iter().any(|p| p == "David Govrin")).map(|r| r.event_type.as_str()).collect();
        assert_eq!(kinds, kinds_expected, "{published}: {:?}", rows.iter().map(|r| &r.title).collect::<Vec<_>>());
    }
}

/// An envoy lives in the country of the posting only (`people.csv` gives it after `>`): the
/// King receiving the head of Israel's liaison office in Rabat, or the US ambassador to
/// Morocco, holds talks, while Israel's ambassador to the United States or the US ambassador
/// to Israel, received by the same King in the same weeks, has come to Morocco: the audience
/// is the visit, with the King's meeting beside it. (published, guest as the row names them, the
/// kinds of the guest's rows).
const POSTINGS: &[(&str, &str, &[&str])] = &[
    ("December 24, 2020", "Ron Dermer", &["visit", "meeting"]),
    ("December 10, 2020", "David M. Friedman", &["visit", "meeting"]),
    ("December 10, 2020", "David T. Fischer", &["meeting"]),
    ("June 10, 2021", "David Govrin", &["meeting"]),
];

#[test]
fn an_envoy_is_resident_only_in_the_country_of_the_posting() {
    for (published, guest, kinds_expected) in POSTINGS {
        let w = Workdir::new();
        w.write("c/a.txt", format!("Published: {published}\nKing Mohammed VI received {guest} on Tuesday at the Royal Palace in Rabat.\n"));
        let out = w.run(&["extract", "--corpus", "c", "-o", "t.csv", "--quiet", "--all-events"]);
        assert!(out.status.success(), "{guest}: {}", stderr(&out));
        let rows = tarikh::timeline::read_timeline(&w.join("t.csv")).unwrap();
        let kinds: Vec<&str> = rows.iter().filter(|r| r.people.iter().any(|p| p == guest)).map(|r| r.event_type.as_str()).collect();
        assert_eq!(kinds, *kinds_expected, "{guest}: {:?}", rows.iter().map(|r| &r.title).collect::<Vec<_>>());
    }
}

// ---------------------------------------------------------------------------------------------
// Only a definite office title is its holder of the day: "وزير الخارجية الإسرائيلي", "Israel's
// foreign minister", "le ministre israélien des affaires étrangères" are the one in office; an
// indefinite title ("وزير خارجية إسرائيلي", "an Israeli foreign minister", "un ministre
// israélien des affaires étrangères") is any of them, a former one ("السابق", "former",
// "l'ancien") an earlier one: neither makes the holder a participant.

/// (case, article text, the holder of the office that day, whether a row must name him).
const OFFICE_DEFINITENESS: &[(&str, &str, &str, bool)] = &[
    ("arabic definite", "الرباط - 12 أغسطس 2021\nاستقبل وزير الخارجية المغربي ناصر بوريطة يوم الأربعاء وزير الخارجية الإسرائيلي في الرباط.\n", "Yair Lapid", true),
    ("arabic indefinite", "الرباط - 12 أغسطس 2021\nاستقبل وزير الخارجية المغربي ناصر بوريطة يوم الأربعاء وزير خارجية إسرائيلي في الرباط.\n", "Yair Lapid", false),
    ("arabic indefinite after li", "الرباط - 12 أغسطس 2021\nالتقى وزير الخارجية المغربي ناصر بوريطة يوم الأربعاء بوزير خارجية إسرائيلي في الرباط.\n", "Yair Lapid", false),
    ("arabic indefinite, feminine adjective", "الرباط - 24 نوفمبر 2021\nاستقبل الوزير المنتدب عبد اللطيف لوديي يوم الأربعاء وزيرة دفاع إسرائيلية في الرباط.\n", "Benny Gantz", false),
    ("arabic definite defence", "الرباط - 24 نوفمبر 2021\nاستقبل الوزير المنتدب عبد اللطيف لوديي يوم الأربعاء وزير الدفاع الإسرائيلي في الرباط.\n", "Benny Gantz", true),
    ("arabic former", "الرباط - 12 أغسطس 2021\nاستقبل وزير الخارجية المغربي ناصر بوريطة يوم الأربعاء وزير الخارجية الإسرائيلي السابق في الرباط.\n", "Yair Lapid", false),
    ("english possessive", "Rabat, August 12, 2021\nMoroccan Foreign Minister Nasser Bourita met Israel's foreign minister in Rabat on Wednesday.\n", "Yair Lapid", true),
    ("english indefinite", "Rabat, August 12, 2021\nMoroccan Foreign Minister Nasser Bourita met an Israeli foreign minister in Rabat on Wednesday.\n", "Yair Lapid", false),
    ("english former", "Rabat, August 12, 2021\nMoroccan Foreign Minister Nasser Bourita met the former Israeli foreign minister in Rabat on Wednesday.\n", "Yair Lapid", false),
    ("english former after a possessive", "Rabat, August 12, 2021\nMoroccan Foreign Minister Nasser Bourita met Israel's former foreign minister in Rabat on Wednesday.\n", "Yair Lapid", false),
    ("french definite", "Rabat, le 12 août 2021\nLe ministre marocain des Affaires étrangères Nasser Bourita a reçu mercredi à Rabat le ministre israélien des affaires étrangères.\n", "Yair Lapid", true),
    ("french indefinite", "Rabat, le 12 août 2021\nLe ministre marocain des Affaires étrangères Nasser Bourita a reçu mercredi à Rabat un ministre israélien des affaires étrangères.\n", "Yair Lapid", false),
    ("french former", "Rabat, le 12 août 2021\nLe ministre marocain des Affaires étrangères Nasser Bourita a reçu mercredi à Rabat l'ancien ministre israélien des affaires étrangères.\n", "Yair Lapid", false),
    ("french former, elided ex", "Rabat, le 12 août 2021\nLe ministre marocain des Affaires étrangères Nasser Bourita a reçu mercredi à Rabat l'ex-ministre israélien des affaires étrangères.\n", "Yair Lapid", false),
];

#[test]
fn only_a_definite_office_is_its_holder() {
    let mut wrong = Vec::new();
    for (case, text, holder, named) in OFFICE_DEFINITENESS {
        let w = Workdir::new();
        w.write("c/a.txt", text.as_bytes());
        let out = w.run(&["extract", "--corpus", "c", "-o", "t.csv", "--quiet"]);
        assert!(out.status.success(), "{case}: {}", stderr(&out));
        let rows = tarikh::timeline::read_timeline(&w.join("t.csv")).unwrap();
        assert!(!rows.is_empty(), "{case}: no row");
        let found = rows.iter().any(|r| r.people.iter().any(|p| p == holder));
        if found != *named {
            wrong.push(format!("{case}: {holder} named {found}, expected {named}: {:?}", rows.iter().map(|r| &r.title).collect::<Vec<_>>()));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn office_definiteness_case_names_are_unique() {
    common::assert_unique_names(OFFICE_DEFINITENESS.iter().map(|c| c.0));
}

// ---------------------------------------------------------------------------------------------
// A French office title that is also a verb: « président » is the president and « (ils)
// président », they chair. After its subject (a pronoun, « qui », a plural noun that a
// determiner or a number opens) or glued to « co- » it is the verb (or a co-chair), never the
// head of state of the day (probe24's f05: « les deux ministres co-président un forum »).

/// (case, article text, whether a row names Israel's president of the day).
const TITLE_OR_VERB: &[(&str, &str, bool)] = &[
    ("co- glued, after a plural noun", "Rabat, le 9 mars 2022\nRyad Mezzour a reçu mardi à Rabat Orna Barbivai, arrivée la veille.\nCe mercredi, les deux ministres co-président à Casablanca une réunion de la commission mixte.\n", false),
    ("co- glued, after two names", "Rabat, le 9 mars 2022\nRyad Mezzour a reçu mardi à Rabat Orna Barbivai, arrivée la veille.\nMercredi, Mezzour et Barbivai co-président à Casablanca une réunion avec des chefs d'entreprise.\n", false),
    ("plural noun after a number", "Rabat, le 9 mars 2022\nRyad Mezzour a reçu mardi à Rabat Orna Barbivai, arrivée la veille.\nLes deux ministres président mercredi à Casablanca une réunion avec des investisseurs.\n", false),
    ("plural noun after a determiner", "Rabat, le 9 mars 2022\nRyad Mezzour a reçu mardi à Rabat Orna Barbivai, arrivée la veille.\nLes ministres président mercredi à Casablanca une réunion avec des investisseurs.\n", false),
    ("plural noun after a date", "Rabat, le 9 mars 2022\nRyad Mezzour a reçu mardi à Rabat Orna Barbivai, arrivée la veille.\nMercredi, les délégations président à Casablanca une réunion de travail.\n", false),
    ("subject pronoun", "Rabat, le 9 mars 2022\nRyad Mezzour a reçu mardi à Rabat Orna Barbivai, arrivée la veille.\nIls président mercredi à Casablanca une réunion de la commission économique.\n", false),
    ("relative pronoun", "Rabat, le 9 mars 2022\nRyad Mezzour a reçu mardi à Rabat Orna Barbivai, arrivée la veille.\nLes deux responsables, qui président la commission mixte, tiennent mercredi une réunion à Casablanca.\n", false),
    // The title itself: with its determiner, the president of the day.
    ("the title with its determiner", "Rabat, le 9 mars 2022\nRyad Mezzour a reçu mardi à Rabat Orna Barbivai, arrivée la veille.\nMercredi, la ministre a rencontré à Casablanca le président israélien.\n", true),
    ("the title after a plural subject and its verb", "Rabat, le 9 mars 2022\nRyad Mezzour a reçu mardi à Rabat Orna Barbivai, arrivée la veille.\nMercredi, les deux ministres ont eu à Casablanca une réunion avec le président.\n", true),
];

#[test]
fn a_french_verb_is_no_office_title() {
    let mut wrong = Vec::new();
    for (case, text, named) in TITLE_OR_VERB {
        let rows = timeline_of("a.txt", text);
        let found = rows.iter().any(|r| r.people.iter().any(|p| p == "Isaac Herzog"));
        if found != *named {
            wrong.push(format!("{case}: Isaac Herzog named {found}, expected {named}: {:?}", rows.iter().map(|r| &r.title).collect::<Vec<_>>()));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn title_or_verb_case_names_are_unique() {
    common::assert_unique_names(TITLE_OR_VERB.iter().map(|c| c.0));
}

/// The timeline of one article `text`, saved as `file`.
fn timeline_of(file: &str, text: &str) -> Vec<tarikh::timeline::Row> {
    let w = Workdir::new();
    w.write(&format!("c/{file}"), text.as_bytes());
    let out = w.run(&["extract", "--corpus", "c", "-o", "t.csv", "--quiet"]);
    assert!(out.status.success(), "{file}: {}", stderr(&out));
    tarikh::timeline::read_timeline(&w.join("t.csv")).unwrap()
}

/// Offices of several holders, told by their nationalities or as two: the row of each article
/// lists the holders of the day of every country told (`gazetteer::offices`), and only those.
/// (file, article, people every row lists, people no row lists)
const SEVERAL_HOLDERS: &[(&str, &str, &[&str], &[&str])] = &[
    // English: the nationalities before the plural title.
    (
        "en1.txt",
        "Defence deal\nRabat, November 25, 2021\n\nThe Israeli and Moroccan defense ministers signed a cooperation framework in the Moroccan capital on Thursday.\n",
        &["Benny Gantz", "Abdellatif Loudiyi"],
        &[],
    ),
    // English: the countries after it, with "of".
    (
        "en2.txt",
        "Trade talks\nRabat, February 22, 2022\n\nThe economy ministers of Israel and Morocco signed an economic agreement in Rabat on Monday.\n",
        &["Orna Barbivai", "Nadia Fettah Alaoui"],
        &[],
    ),
    // English: "the two", the article's two countries.
    (
        "en3.txt",
        "Morocco and Israel talk\nRabat, March 4, 2022\n\nThe two prime ministers spoke by phone on Friday about cooperation between Israel and Morocco.\n",
        &["Naftali Bennett", "Aziz Akhannouch"],
        &[],
    ),
    // French: the nationalities inside the plural title.
    (
        "fr1.txt",
        "Coopération judiciaire\nRabat, le 26 juillet 2022\n\nLes ministres israélien et marocain de la Justice ont signé mardi à Rabat un mémorandum d'entente.\n",
        &["Gideon Sa'ar", "Abdellatif Ouahbi"],
        &[],
    ),
    // French: the nationalities after it, the first inside a ministry's name.
    (
        "fr2.txt",
        "Rencontre à Rabat\nRabat, le 11 août 2021\n\nLes chefs de la diplomatie israélienne et marocaine se sont entretenus mercredi à Rabat.\n",
        &["Yair Lapid", "Nasser Bourita"],
        &[],
    ),
    // Arabic: the dual of "the two governments", told of no country.
    (
        "ar1.txt",
        "المغرب وإسرائيل\nالرباط - الجمعة 4 مارس 2022\n\nبحث رئيسا الحكومتين، اليوم الجمعة، في اتصال هاتفي سبل تطوير التعاون بين المغرب وإسرائيل.\n",
        &["Naftali Bennett", "Aziz Akhannouch"],
        &[],
    ),
    // A former holder is no holder of the day.
    (
        "en4.txt",
        "Defence talks\nRabat, November 25, 2021\n\nThe former Israeli and Moroccan defense ministers met in Rabat on Thursday.\n",
        &[],
        &["Benny Gantz", "Abdellatif Loudiyi"],
    ),
];

#[test]
fn a_title_of_several_holders_names_each_countrys_holder() {
    for (file, text, listed, never) in SEVERAL_HOLDERS {
        let rows = timeline_of(file, text);
        assert!(listed.is_empty() || !rows.is_empty(), "{file}: no row");
        for row in &rows {
            for person in *listed {
                assert!(row.people.iter().any(|p| p == person), "{file}: {:?} lacks {person}: {:?}", row.title, row.people);
            }
            for person in *never {
                assert!(!row.people.iter().any(|p| p == person), "{file}: {:?} lists {person}", row.title);
            }
        }
    }
}

/// "his country's", "de son pays", "لبلاده" after an office holder: the body of the holder's
/// country, not of the place named next to it. (file, article, organisation listed, not listed)
const OWN_COUNTRY: &[(&str, &str, &str, &str)] = &[
    (
        "fr1.txt",
        "Israël à Rabat\nRabat, le 12 août 2021\n\nLe chef de la diplomatie israélienne a inauguré jeudi à Rabat le bureau de liaison de son pays.\n",
        "Israeli Liaison Office in Rabat",
        "Moroccan Liaison Office in Tel Aviv",
    ),
    (
        "en1.txt",
        "Office opened\nRabat, August 12, 2021\n\nIsraeli Foreign Minister Yair Lapid on Thursday formally opened his country's liaison office in Rabat.\n",
        "Israeli Liaison Office in Rabat",
        "Moroccan Liaison Office in Tel Aviv",
    ),
    (
        "ar1.txt",
        "افتتاح\nتل أبيب - الأربعاء 9 فبراير 2022\n\nافتتح وزير الخارجية المغربي ناصر بوريطة، اليوم الأربعاء في تل أبيب، مكتب الاتصال التابع لبلاده بحضور مسؤولين إسرائيليين.\n",
        "Moroccan Liaison Office in Tel Aviv",
        "Israeli Liaison Office in Rabat",
    ),
];

#[test]
fn his_countrys_office_is_the_holders_countrys() {
    for (file, text, listed, never) in OWN_COUNTRY {
        let rows = timeline_of(file, text);
        assert!(!rows.is_empty(), "{file}: no row");
        for row in &rows {
            assert!(row.organisations.iter().any(|o| o == listed), "{file}: {:?} lacks {listed}: {:?}", row.title, row.organisations);
            assert!(!row.organisations.iter().any(|o| o == never), "{file}: {:?} lists {never}", row.title);
        }
    }
}

/// Where an event drew reactions is not where it happened: "أثارت الزيارة ردود فعل غاضبة
/// بالجزائر", "drew sharp criticism in Algiers", « a suscité de vives réactions à Alger ». The
/// place (and its country) of the reactions is no venue and no party: the visit to Morocco
/// stays a Morocco–Israel row, titled with where the visitor went.
#[test]
fn the_place_of_the_reactions_is_not_the_venue() {
    const PHRASINGS: &[(&str, &str, &[&str])] = &[
        ("a_ar.txt", "الخميس 12 أغسطس 2021\nأثارت زيارة وزير الخارجية الإسرائيلي يائير لابيد إلى المغرب أمس الأربعاء ردود فعل غاضبة بالجزائر.\n", &["Algiers", "Algeria"]),
        ("b_ar.txt", "الخميس 12 أغسطس 2021\nوخلفت زيارة لابيد إلى الرباط يوم الأربعاء ردود أفعال واسعة في الجزائر وتونس.\n", &["Algiers", "Algeria", "Tunisia", "Tunis"]),
        ("c_en.txt", "Thursday, August 12, 2021\nIsraeli Foreign Minister Yair Lapid's visit to Morocco on Wednesday drew sharp criticism in Algiers.\n", &["Algiers"]),
        ("d_en.txt", "Thursday, August 12, 2021\nLapid's trip to Rabat on Wednesday sparked protests in Tunis and Algiers.\n", &["Algiers", "Tunis"]),
        ("e_fr.txt", "Jeudi 12 août 2021\nLa visite de Yaïr Lapid au Maroc mercredi a suscité de vives réactions à Alger.\n", &["Algiers"]),
    ];
    for (file, text, never) in PHRASINGS {
        let w = Workdir::new();
        w.write(&format!("c/{file}"), *text);
        let out = w.run(&["extract", "--corpus", "c", "-o", "t.csv", "--quiet"]);
        assert!(out.status.success(), "{file}: {}", stderr(&out));
        let rows = tarikh::timeline::read_timeline(&w.join("t.csv")).unwrap();
        let visits: Vec<_> = rows.iter().filter(|r| r.event_type.as_str() == "visit" && r.date.is_some_and(|d| d.to_string() == "2021-08-11")).collect();
        assert_eq!(visits.len(), 1, "{file}: {:?}", rows.iter().map(|r| (&r.title, &r.date)).collect::<Vec<_>>());
        for place in *never {
            assert!(!visits[0].places.iter().any(|p| p == place) && !visits[0].title.contains(place), "{file}: {:?} {:?}", visits[0].title, visits[0].places);
            assert!(!visits[0].countries.iter().any(|c| c == place), "{file}: {:?}", visits[0].countries);
        }
    }
}

/// A title whose complement is a place of another country is that country's office: "ولي عهد
/// أبوظبي", "the crown prince of Abu Dhabi", « le prince héritier d'Abou Dhabi » are the
/// Emirates' crown prince, not the crown prince of the Morocco–Israel story's Morocco.
#[test]
fn a_title_of_a_named_place_is_that_places_country() {
    let pages = [
        ("ar.txt", "نشر في: 28 مارس 2022\nالتقى رئيس الوزراء الإسرائيلي نفتالي بينيت ولي عهد أبوظبي في شرم الشيخ يوم 22 مارس 2022، قبل أيام من زيارة وزير الخارجية يائير لابيد للمغرب.\n"),
        ("en.txt", "Published: March 28, 2022\nIsraeli Prime Minister Naftali Bennett met the crown prince of Abu Dhabi in Sharm el-Sheikh on March 22, 2022, days before Israeli foreign minister Yair Lapid flew to Morocco.\n"),
        ("fr.txt", "Publié le 28 mars 2022\nLe Premier ministre israélien Naftali Bennett a rencontré le prince héritier d'Abou Dhabi à Charm el-Cheikh le 22 mars 2022, quelques jours avant la visite de Yair Lapid au Maroc.\n"),
    ];
    for (file, page) in pages {
        let w = Workdir::new();
        w.write(&format!("c/{file}"), page);
        let out = w.run(&["extract", "--corpus", "c", "-o", "t.csv", "--quiet"]);
        assert!(out.status.success(), "{file}: {}", stderr(&out));
        let rows = tarikh::timeline::read_timeline(&w.join("t.csv")).unwrap();
        for row in &rows {
            assert!(!row.people.iter().any(|p| p.starts_with("Moulay Hassan")), "{file}: {:?} lists {:?}", row.title, row.people);
        }
    }
}
