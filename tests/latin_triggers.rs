//! Trigger coverage as families: forty-odd English and French sentences each, of our own, in the
//! styles of the wires (AP, AFP, Reuters), Israeli English sites, the Moroccan French press
//! (Le360, H24, Le Desk, L'Économiste) and the French national press, each telling one
//! Morocco–Israel agreement, visit, call, meeting, opening or flight the way the seeds never
//! do: "inked", "penned", "put pen to paper", "struck a deal", "touched down", "wrapped up a
//! visit", "sat down with", "was received on Wednesday by", "received a call from", "paid a
//! courtesy call on", "After touching down in", « a paraphé », « ont procédé à la signature »,
//! « s'est entretenu au téléphone », « a eu un entretien téléphonique », « se sont parlé au
//! téléphone », « a été reçu en audience », « a atterri », « a décollé », « s'envolera pour »,
//! « est attendu dimanche en Israël », « a présidé la cérémonie d'ouverture », nominal forms
//! ("the signing of", « la signature de ») and events in quotes and tweets. Each sentence is
//! read alone, as the body of an article whose date line gives its publication day, so that
//! no other sentence lends it a date; the rows it must give are checked in its timeline,
//! and so are the kinds it must not give (a topic of talks is no event: "discussed the
//! reopening of the liaison offices").

mod common;

use common::{Workdir, stderr};

/// A date line for `published` (ISO) in the article's language: "Published: Nov 24, 2021" for
/// the English sentences (ids starting with "e"), "Publié le 24/11/2021" for the French ones.
fn dateline(id: &str, published: &str) -> String {
    let [y, m, d] = [&published[..4], &published[5..7], &published[8..]];
    if id.starts_with('e') {
        const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
        format!("Published: {} {}, {y}", MONTHS[m.parse::<usize>().unwrap() - 1], d.trim_start_matches('0'))
    } else {
        format!("Publié le {d}/{m}/{y}")
    }
}

/// A timeline row as (type, date, status, people).
type Got = (String, String, String, Vec<String>);

/// The timeline rows of one sentence read alone as an article: (type, date, status, people).
fn rows_of(id: &str, published: &str, body: &str) -> Vec<Got> {
    let w = Workdir::new();
    w.write(&format!("c/{id}.txt"), format!("{}\n\n{body}\n", dateline(id, published)));
    let out = w.run(&["extract", "--corpus", "c", "-o", "t.csv", "--quiet", "--undated"]);
    assert!(out.status.success(), "{id}: {}", stderr(&out));
    tarikh::timeline::read_timeline(&w.join("t.csv"))
        .unwrap()
        .into_iter()
        .map(|r| (r.event_type.as_str().to_string(), r.date.map(|d| d.to_string()).unwrap_or_default(), r.status.as_str().to_string(), r.people))
        .collect()
}

/// The rows of every case, read on two threads (each case is a run of its own).
fn rows_of_all(cases: &[Case]) -> Vec<Vec<Got>> {
    let half = cases.len().div_ceil(2);
    std::thread::scope(|s| {
        let parts: Vec<_> = cases.chunks(half).map(|part| s.spawn(move || part.iter().map(|(id, published, body, ..)| rows_of(id, published, body)).collect::<Vec<_>>())).collect();
        parts.into_iter().flat_map(|h| h.join().unwrap()).collect()
    })
}

/// Whether `got` has the row `want` ("type date status Name;Name"): same type, date and
/// status, and every person listed among its people.
fn has(got: &[Got], want: &str) -> bool {
    let mut parts = want.splitn(4, ' ');
    let (ty, date, status) = (parts.next().unwrap(), parts.next().unwrap(), parts.next().unwrap());
    let people: Vec<&str> = parts.next().unwrap_or("").split(';').filter(|p| !p.is_empty()).collect();
    got.iter().any(|(t, d, s, p)| t == ty && d == date && s == status && people.iter().all(|w| p.iter().any(|x| x == w)))
}

/// (id, publication day, sentence, mentions it must give, (type it must not give, why)).
type Case = (&'static str, &'static str, &'static str, &'static [&'static str], &'static [(&'static str, &'static str)]);

const CASES: &[Case] = &[
    ("e01", "2020-12-23", "Meir Ben-Shabbat and Moroccan Foreign Minister Nasser Bourita inked four agreements in Rabat on Tuesday.", &["agreement 2020-12-22 occurred Meir Ben-Shabbat;Nasser Bourita"], &[]),
    ("e02", "2021-11-25", "Defense Minister Benny Gantz penned a memorandum of understanding with his Moroccan counterpart Abdellatif Loudiyi on Wednesday, the first such pact between Israel and an Arab state.", &["agreement 2021-11-24 occurred Benny Gantz;Abdellatif Loudiyi"], &[]),
    ("e03", "2021-11-25", "RABAT, Nov 24 (Reuters) - Israel and Morocco on Wednesday signed a defence memorandum during a visit by Israeli Defence Minister Benny Gantz.", &["agreement 2021-11-24 occurred "], &[]),
    ("e04", "2022-02-22", "Israel and Morocco struck a deal on Monday to boost bilateral trade, the Israeli economy ministry said.", &["agreement 2022-02-21 occurred "], &[]),
    ("e05", "2021-08-12", "Foreign Minister Yair Lapid landed in Rabat on Wednesday, the first visit by an Israeli foreign minister since 2003.", &["visit 2021-08-11 occurred Yair Lapid"], &[]),
    ("e06", "2022-07-19", "IDF Chief of Staff Aviv Kochavi touched down in Morocco on Monday evening for a historic visit.", &["visit 2022-07-18 occurred Aviv Kochavi"], &[]),
    ("e07", "2022-06-22", "Interior Minister Ayelet Shaked arrived in Rabat on Monday for a two-day visit, her office said.", &["visit 2022-06-20 occurred Ayelet Shaked"], &[]),
    ("e08", "2022-06-23", "Ayelet Shaked wrapped up a visit to Morocco on Wednesday after touring Casablanca.", &["visit 2022-06-22 occurred Ayelet Shaked"], &[]),
    ("e09", "2021-08-12", "Lapid held talks with his Moroccan counterpart Nasser Bourita in Rabat on Wednesday.", &["meeting 2021-08-11 occurred Yair Lapid;Nasser Bourita"], &[]),
    ("e10", "2022-07-27", "Justice Minister Gideon Sa'ar sat down with Moroccan Justice Minister Abdellatif Ouahbi in Rabat on Tuesday.", &["meeting 2022-07-26 occurred Gideon Sa'ar;Abdellatif Ouahbi"], &[]),
    ("e11", "2022-03-28", "Foreign Minister Yair Lapid hosted Moroccan Foreign Minister Nasser Bourita in Sde Boker on Sunday, ahead of the Negev summit.", &["meeting 2022-03-27 occurred Yair Lapid;Nasser Bourita"], &[]),
    ("e12", "2022-06-09", "Knesset Speaker Mickey Levy was received by Moroccan parliament speaker Rachid Talbi Alami in Rabat on Wednesday.", &["meeting 2022-06-08 occurred Mickey Levy;Rachid Talbi Alami"], &[]),
    ("e13", "2022-01-11", "President Isaac Herzog spoke by phone on Monday with King Mohammed VI of Morocco, his office said.", &["call 2022-01-10 occurred Isaac Herzog;Mohammed VI of Morocco"], &[("meeting", "a phone talk is no meeting")]),
    ("e14", "2021-01-19", "In a phone conversation on Monday, Foreign Minister Gabi Ashkenazi and his Moroccan counterpart Nasser Bourita discussed the reopening of the liaison offices.", &["call 2021-01-18 occurred Gabi Ashkenazi;Nasser Bourita"], &[("opening", "the reopening discussed is no opening")]),
    ("e15", "2021-08-13", "Lapid inaugurated Israel's liaison office in Rabat on Thursday.", &["opening 2021-08-12 occurred Yair Lapid"], &[]),
    ("e16", "2021-07-26", "The first direct commercial flight from Tel Aviv to Marrakech touched down on Sunday afternoon.", &["flight 2021-07-25 occurred "], &[("visit", "a flight landing is no visit")]),
    ("e17", "2020-12-23", "An El Al plane carrying a US-Israeli delegation landed in Rabat on Tuesday.", &["flight 2020-12-22 occurred "], &[]),
    ("e19", "2022-07-26", "Israeli Justice Minister Gideon Sa'ar tweeted on Monday: \"Just landed in Rabat for a historic visit.\"", &["visit 2022-07-25 occurred Gideon Sa'ar"], &[]),
    ("e20", "2021-12-15", "Nasser Bourita said: \"I had a very good phone call with my friend Yair Lapid this morning.\"", &["call 2021-12-15 occurred Nasser Bourita;Yair Lapid"], &[]),
    ("e21", "2022-05-11", "Transport Minister Merav Michaeli and her Moroccan counterpart Mohamed Abdeljalil put pen to paper on an aviation deal on Tuesday.", &["agreement 2022-05-10 occurred Merav Michaeli;Mohamed Abdeljalil"], &[]),
    ("e22", "2022-02-22", "Orna Barbivai and Ryad Mezzour signed off on an economic cooperation framework in Rabat on Monday.", &["agreement 2022-02-21 occurred Orna Barbivai;Ryad Mezzour"], &[]),
    ("e23", "2021-11-24", "Benny Gantz arrived in Morocco on Tuesday evening for a two-day visit aimed at deepening security ties.", &["visit 2021-11-23 occurred Benny Gantz"], &[]),
    ("e24", "2021-11-25", "Gantz was received on Wednesday by Moroccan Defense Minister Abdellatif Loudiyi at the headquarters of the national defense administration.", &["meeting 2021-11-24 occurred Benny Gantz;Abdellatif Loudiyi"], &[]),
    ("e25", "2021-07-17", "Yair Lapid and Nasser Bourita spoke over the phone on Friday, agreeing to reopen their countries' missions.", &["call 2021-07-16 occurred Yair Lapid;Nasser Bourita"], &[("meeting", "a phone talk is no meeting")]),
    ("e26", "2022-04-04", "Israeli national security adviser Eyal Hulata held a phone conversation with Moroccan Foreign Minister Nasser Bourita on Sunday.", &["call 2022-04-03 occurred Eyal Hulata;Nasser Bourita"], &[("meeting", "a phone talk is no meeting")]),
    ("e27", "2021-07-17", "The Moroccan and Israeli foreign ministers held a video call on Friday to discuss the reopening of embassies.", &["call 2021-07-16 occurred "], &[("opening", "the reopening discussed is no opening")]),
    ("e28", "2021-07-26", "Israir's inaugural flight to Marrakech took off from Ben Gurion Airport on Sunday.", &["flight 2021-07-25 occurred "], &[]),
    ("e29", "2022-03-14", "Royal Air Maroc launched its first direct route between Casablanca and Tel Aviv on Sunday.", &["flight 2022-03-13 occurred "], &[]),
    ("e30", "2021-01-27", "Morocco's liaison office in Tel Aviv was formally opened on Tuesday by its head, Abderrahim Beyyoudh.", &["opening 2021-01-26 occurred Abderrahim Beyyoudh"], &[]),
    ("e31", "2022-07-20", "Later on Tuesday, Aviv Kochavi paid a courtesy call on Moroccan Inspector General Farouk Belkhir at his headquarters in Rabat.", &["meeting 2022-07-19 occurred Aviv Kochavi;Farouk Belkhir"], &[("call", "calling on someone is a visit, no phone call")]),
    ("e32", "2021-10-14", "Prime Minister Naftali Bennett received a call on Wednesday from Moroccan Prime Minister Aziz Akhannouch.", &["call 2021-10-13 occurred Naftali Bennett;Aziz Akhannouch"], &[("meeting", "receiving a call is no meeting")]),
    ("e33", "2022-03-29", "Nasser Bourita and Yair Lapid held a tete-a-tete on Monday on the sidelines of the Negev Summit.", &["meeting 2022-03-28 occurred Nasser Bourita;Yair Lapid"], &[]),
    ("e34", "2022-03-28", "The Moroccan delegation, headed by Nasser Bourita, touched down at Ben Gurion Airport on Sunday afternoon.", &["visit 2022-03-27 occurred Nasser Bourita"], &[]),
    ("e35", "2022-02-16", "Israeli Economy Minister Orna Barbivai is set to fly to Morocco on Sunday for talks on trade.", &["visit 2022-02-20 planned Orna Barbivai"], &[]),
    ("e36", "2021-08-13", "Lapid wrote on Twitter on Thursday: \"Just opened our liaison office in Rabat.\"", &["opening 2021-08-12 occurred Yair Lapid"], &[]),
    ("e37", "2022-06-11", "Knesset Speaker Mickey Levy concluded a three-day visit to Morocco on Thursday.", &["visit 2022-06-07 occurred Mickey Levy"], &[("agreement", "concluding a visit is no agreement")]),
    ("e38", "2022-07-27", "After touching down in Rabat on Monday, Sa'ar was hosted by Ouahbi for dinner.", &["visit 2022-07-25 occurred Gideon Sa'ar"], &[]),
    ("e40", "2021-08-12", "Lapid and Bourita met in Rabat on Wednesday and signed three agreements, including one on air services.", &["meeting 2021-08-11 occurred Yair Lapid;Nasser Bourita", "agreement 2021-08-11 occurred Yair Lapid;Nasser Bourita"], &[]),
    ("f01", "2021-11-25", "Le ministre israélien de la Défense, Benny Gantz, et le ministre délégué chargé de l'Administration de la Défense nationale, Abdellatif Loudiyi, ont procédé mercredi à Rabat à la signature d'un mémorandum d'entente.", &["agreement 2021-11-24 occurred Benny Gantz;Abdellatif Loudiyi"], &[]),
    ("f02", "2022-07-27", "Gideon Saar et Abdellatif Ouahbi ont paraphé mardi à Rabat un mémorandum d'entente dans le domaine de la justice.", &["agreement 2022-07-26 occurred Gideon Sa'ar;Abdellatif Ouahbi"], &[]),
    ("f03", "2021-07-17", "Yair Lapid s'est entretenu au téléphone vendredi avec son homologue marocain Nasser Bourita.", &["call 2021-07-16 occurred Yair Lapid;Nasser Bourita"], &[("meeting", "un entretien au téléphone n'est pas une rencontre")]),
    ("f04", "2022-01-11", "Le président israélien Isaac Herzog a eu un entretien téléphonique lundi avec le roi Mohammed VI.", &["call 2022-01-10 occurred Isaac Herzog;Mohammed VI of Morocco"], &[("meeting", "un entretien téléphonique n'est pas une rencontre")]),
    ("f05", "2020-12-23", "Meir Ben-Shabbat a été reçu en audience par SM le Roi Mohammed VI mardi au Palais royal de Rabat.", &["visit 2020-12-22 occurred Meir Ben-Shabbat"], &[]),
    ("f06", "2022-07-19", "Le chef d'état-major de Tsahal, Aviv Kochavi, est arrivé lundi soir à Rabat pour une visite de deux jours.", &["visit 2022-07-18 occurred Aviv Kochavi"], &[]),
    ("f07", "2020-12-23", "L'avion transportant la délégation israélienne conduite par Meir Ben-Shabbat a atterri mardi à l'aéroport de Rabat-Salé.", &["visit 2020-12-22 occurred Meir Ben-Shabbat"], &[("flight", "l'avion d'un visiteur n'est pas un vol")]),
    ("f08", "2021-07-26", "Le premier vol commercial direct d'Israir a décollé dimanche de Tel-Aviv à destination de Marrakech.", &["flight 2021-07-25 occurred "], &[]),
    ("f09", "2021-08-13", "Yair Lapid a présidé jeudi la cérémonie d'ouverture du bureau de liaison d'Israël à Rabat.", &["opening 2021-08-12 occurred Yair Lapid"], &[]),
    ("f10", "2021-11-25", "La signature de l'accord de coopération sécuritaire par Benny Gantz et Abdellatif Loudiyi a eu lieu mercredi à Rabat.", &["agreement 2021-11-24 occurred Benny Gantz;Abdellatif Loudiyi"], &[]),
    ("f11", "2022-03-29", "Nasser Bourita a eu lundi des échanges avec Yair Lapid en marge du sommet du Néguev.", &["meeting 2022-03-28 occurred Nasser Bourita;Yair Lapid"], &[]),
    ("f12", "2022-07-26", "Le ministre israélien de la Justice, Gideon Saar, est arrivé lundi à Rabat pour une visite officielle de trois jours.", &["visit 2022-07-25 occurred Gideon Sa'ar"], &[]),
    ("f13", "2022-06-09", "Le président de la Knesset, Mickey Levy, a atterri mercredi à Rabat.", &["visit 2022-06-08 occurred Mickey Levy"], &[("flight", "l'atterrissage d'un visiteur n'est pas un vol")]),
    ("f14", "2022-07-21", "Ayelet Shaked a été reçue mercredi par Abdelouafi Laftit au siège du ministère de l'Intérieur.", &["meeting 2022-07-20 occurred Ayelet Shaked;Abdelouafi Laftit"], &[]),
    ("f15", "2021-08-12", "Nasser Bourita a accueilli mercredi son homologue israélien Yair Lapid à Rabat.", &["meeting 2021-08-11 occurred Nasser Bourita;Yair Lapid"], &[]),
    ("f16", "2021-10-15", "Le chef du gouvernement Aziz Akhannouch a reçu jeudi un appel téléphonique de Naftali Bennett.", &["call 2021-10-14 occurred Aziz Akhannouch;Naftali Bennett"], &[("meeting", "recevoir un appel n'est pas une rencontre")]),
    ("f17", "2021-12-15", "Un entretien téléphonique a eu lieu mardi entre Nasser Bourita et Yair Lapid.", &["call 2021-12-14 occurred Nasser Bourita;Yair Lapid"], &[]),
    ("f18", "2021-01-17", "Nasser Bourita et Gabi Ashkenazi se sont parlé au téléphone samedi.", &["call 2021-01-16 occurred Nasser Bourita;Gabi Ashkenazi"], &[]),
    ("f19", "2021-12-10", "Nasser Bourita a échangé jeudi par téléphone avec Yair Lapid.", &["call 2021-12-09 occurred Nasser Bourita;Yair Lapid"], &[]),
    ("f20", "2021-07-26", "Le vol inaugural d'El Al reliant Tel-Aviv à Marrakech s'est posé dimanche à l'aéroport Marrakech-Menara.", &["flight 2021-07-25 occurred "], &[("visit", "l'atterrissage d'un vol n'est pas une visite")]),
    ("f21", "2022-03-14", "Royal Air Maroc a lancé dimanche sa ligne directe entre Casablanca et Tel-Aviv.", &["flight 2022-03-13 occurred "], &[]),
    ("f22", "2021-01-27", "Le Maroc a rouvert mardi son bureau de liaison à Tel-Aviv.", &["opening 2021-01-26 occurred "], &[]),
    ("f24", "2022-07-22", "Aviv Kochavi a achevé jeudi une visite de trois jours au Maroc.", &["visit 2022-07-19 occurred Aviv Kochavi"], &[]),
    ("f25", "2022-02-22", "Orna Barbivai et Ryad Mezzour ont scellé lundi un accord-cadre de coopération économique.", &["agreement 2022-02-21 occurred Orna Barbivai;Ryad Mezzour"], &[]),
    ("f26", "2022-02-22", "Le Maroc et Israël ont signé, lundi à Rabat, un accord de coopération économique et commerciale.", &["agreement 2022-02-21 occurred "], &[]),
    ("f27", "2021-11-25", "C'est à l'issue d'un entretien avec son homologue marocain Abdellatif Loudiyi que Benny Gantz a signé mercredi un accord-cadre sur la défense.", &["agreement 2021-11-24 occurred Benny Gantz;Abdellatif Loudiyi"], &[]),
    ("f28", "2021-08-13", "Yair Lapid a été reçu en audience jeudi par le chef du gouvernement Saadeddine Othmani.", &["meeting 2021-08-12 occurred Yair Lapid;Saadeddine Othmani"], &[]),
    ("f29", "2022-07-20", "Abdelouafi Laftit s'est réuni mardi avec son homologue israélienne Ayelet Shaked.", &["meeting 2022-07-19 occurred Abdelouafi Laftit;Ayelet Shaked"], &[]),
    ("f30", "2022-07-20", "Ayelet Shaked a foulé mardi le sol marocain pour une visite de travail.", &["visit 2022-07-19 occurred Ayelet Shaked"], &[]),
    ("f31", "2022-02-17", "La ministre israélienne de l'Économie, Orna Barbivai, s'envolera dimanche pour Rabat.", &["visit 2022-02-20 planned Orna Barbivai"], &[("flight", "le vol d'une ministre est sa visite")]),
    ("f32", "2020-12-23", "Un avion de la compagnie El Al a décollé mardi de l'aéroport Ben Gourion à destination de Rabat, avec à son bord une délégation israélo-américaine.", &["flight 2020-12-22 occurred "], &[]),
    ("f33", "2022-07-27", "Le mémorandum d'entente a été paraphé mardi par Gideon Saar et Abdellatif Ouahbi.", &["agreement 2022-07-26 occurred Gideon Sa'ar;Abdellatif Ouahbi"], &[]),
    ("f34", "2022-03-25", "Nasser Bourita est attendu dimanche en Israël pour le sommet du Néguev.", &["visit 2022-03-27 planned Nasser Bourita"], &[]),
    ("f35", "2021-12-17", "Nasser Bourita et Yair Lapid ont eu un échange téléphonique jeudi.", &["call 2021-12-16 occurred Nasser Bourita;Yair Lapid"], &[]),
    ("f36", "2022-07-27", "Gideon Saar s'est entretenu en tête-à-tête mardi avec Abdellatif Ouahbi.", &["meeting 2022-07-26 occurred Gideon Sa'ar;Abdellatif Ouahbi"], &[("call", "un tête-à-tête n'est pas un appel")]),
    ("f37", "2021-07-26", "Les vols directs entre le Maroc et Israël ont débuté dimanche.", &["flight 2021-07-25 occurred "], &[]),
    ("f38", "2021-08-13", "Yair Lapid, arrivé mercredi matin à Rabat, a inauguré jeudi le bureau de liaison d'Israël.", &["visit 2021-08-11 occurred Yair Lapid", "opening 2021-08-12 occurred Yair Lapid"], &[]),
    ("f39", "2021-11-25", "La journée de mercredi a été marquée par la signature d'un accord-cadre entre Benny Gantz et Abdellatif Loudiyi.", &["agreement 2021-11-24 occurred Benny Gantz;Abdellatif Loudiyi"], &[]),
    ("f40", "2022-06-10", "Mickey Levy a été reçu jeudi en audience par le président de la Chambre des représentants, Rachid Talbi Alami.", &["meeting 2022-06-09 occurred Mickey Levy;Rachid Talbi Alami"], &[]),
    // A nominal signing said to have taken place is the signing, though "the" before it reads
    // as a reference (word list `occurrence`).
    ("e18", "2021-11-25", "The signing of the memorandum by Gantz and Loudiyi took place in Rabat on Wednesday.", &["agreement 2021-11-24 occurred Benny Gantz;Abdellatif Loudiyi"], &[]),
    ("e41", "2022-02-22", "The signing of the trade framework by Orna Barbivai and Ryad Mezzour was held at the economy ministry on Monday.", &["agreement 2022-02-21 occurred Orna Barbivai;Ryad Mezzour"], &[]),
    ("f41", "2022-02-25", "La signature du protocole d'accord entre Chakib Benmoussa et Yifat Shasha-Biton a eu lieu jeudi à Rabat.", &["agreement 2022-02-24 occurred Chakib Benmoussa;Yifat Shasha-Biton"], &[]),
    // Talks agreed on with no day are a wish, no row (word list `agreed`); with a day they are
    // planned.
    ("e42", "2022-01-19", "Yair Lapid and Nasser Bourita also agreed to meet again in the coming weeks, the ministry said.", &[], &[("meeting", "talks agreed on with no day are no meeting")]),
    ("f42", "2022-01-19", "Nasser Bourita et Yair Lapid ont par ailleurs convenu de se rencontrer très prochainement.", &[], &[("meeting", "des entretiens convenus sans date ne sont pas une rencontre")]),
    ("e43", "2022-01-19", "Yair Lapid and Nasser Bourita agreed to meet in Rabat next month.", &["meeting 2022-02 planned Yair Lapid;Nasser Bourita"], &[]),
    // A meeting verb whose clause goes on to a call phrase is the call.
    ("e44", "2022-01-19", "Nasser Bourita and Yair Lapid discussed regional security and the next steps of their partnership in a phone call on Tuesday.", &["call 2022-01-18 occurred Nasser Bourita;Yair Lapid"], &[("meeting", "talks held in a phone call are the call")]),
    ("e45", "2022-01-19", "Nasser Bourita and Yair Lapid spoke by phone on Tuesday and agreed to meet soon.", &["call 2022-01-18 occurred Nasser Bourita;Yair Lapid"], &[("meeting", "talks agreed on at the end of a call are no meeting")]),
    // A signing told in the relative clause of a visit with a coordinated pronoun ("during
    // which she and X signed", « au cours de laquelle lui et X ont paraphé ») is signed by the
    // visitor the pronoun stands for and by X (word list `co-subject`).
    ("e46", "2022-03-10", "Yifat Shasha-Biton travelled to Rabat in February, during which she and Chakib Benmoussa signed a memorandum on education.", &["agreement 2022-02 occurred Yifat Shasha-Biton;Chakib Benmoussa", "visit 2022-02 occurred Yifat Shasha-Biton"], &[]),
    // The pronoun may stand before the named signer's role towards its person ("he and his
    // counterpart X", « elle et son homologue X »).
    ("e52", "2022-03-10", "Yifat Shasha-Biton travelled to Rabat in February, during which she and her Moroccan counterpart Chakib Benmoussa signed a memorandum on education.", &["agreement 2022-02 occurred Yifat Shasha-Biton;Chakib Benmoussa", "visit 2022-02 occurred Yifat Shasha-Biton"], &[]),
    ("f46", "2022-03-10", "Orna Barbivai s'était rendue à Rabat en février, visite au cours de laquelle elle et son homologue Ryad Mezzour ont signé un accord commercial.", &["agreement 2022-02 occurred Orna Barbivai;Ryad Mezzour"], &[]),
    ("f43", "2021-11-20", "Benny Gantz a entamé mardi une visite à Rabat, au cours de laquelle lui et Abdellatif Loudiyi ont paraphé un protocole d'accord.", &["agreement 2021-11-16 occurred Benny Gantz;Abdellatif Loudiyi"], &[]),
    ("f44", "2022-03-10", "Orna Barbivai s'était rendue à Rabat en février, visite au cours de laquelle elle et Ryad Mezzour ont signé un accord commercial.", &["agreement 2022-02 occurred Orna Barbivai;Ryad Mezzour"], &[]),
    // A call told by a phrase, not a verb ("In their call on Monday, X and Y reviewed …",
    // « Au cours de leur appel jeudi, … ont passé en revue »): the talks of the clause are the
    // call. "His call for" a policy is no call.
    ("e47", "2021-11-25", "In their call on Monday, Benny Gantz and Abdellatif Loudiyi reviewed military cooperation.", &["call 2021-11-22 occurred Benny Gantz;Abdellatif Loudiyi"], &[("meeting", "talks told in their call are the call")]),
    ("f45", "2021-08-13", "Au cours de leur appel jeudi, Yaïr Lapid et Nasser Bourita ont passé en revue la coopération bilatérale.", &["call 2021-08-12 occurred Yair Lapid;Nasser Bourita"], &[("meeting", "des entretiens de leur appel sont l'appel")]),
    ("e49", "2022-03-14", "Royal Air Maroc began nonstop service between Casablanca and Tel Aviv on Sunday, the airline said.", &["flight 2022-03-13 occurred "], &[]),
    ("e50", "2021-07-26", "El Al operated its inaugural service from Tel Aviv to Marrakech on Sunday.", &["flight 2021-07-25 occurred "], &[]),
    ("e51", "2021-08-12", "Yair Lapid and Nasser Bourita signed an air services agreement in Rabat on Wednesday.", &["agreement 2021-08-11 occurred Yair Lapid;Nasser Bourita"], &[("flight", "an air services agreement is no flight")]),
    ("e48", "2021-11-25", "Nasser Bourita repeated his call for a two-state solution as he met Yair Lapid on Monday.", &["meeting 2021-11-22 occurred Nasser Bourita;Yair Lapid"], &[("call", "a call for a policy is no phone call")]),
];

/// Sentences whose event is not found yet, with the family each stands for: the test fails
/// when one is found, so that the improvement is recorded by moving it to CASES.
/// * f23: a first-person arrival in a quotation told before its statement (« Je viens
///   d'atterrir à Rabat », a écrit lundi …) is dated by the publication day, not by the
///   statement's (the colon-opened quotation of e19 is).
/// * e39: a signing told by "the two sides" before ", said X, who led the delegation": the
///   speaker is rightly no signer (a trailing ", said X" names who tells, not who signs), and
///   the row has no people; but read alone the sentence names one country ("Israeli"), so "the
///   two sides" (the page's two most named countries) is Israel alone and the row is no
///   Morocco–Israel event. On a page that names Morocco too, the same sentence gives the row
///   of both countries; the delegation's destination ("to Rabat") could stand for the second
///   side when the page names only one (arevents: `main_countries`).
const KNOWN_MISSES: &[Case] = &[
    ("e39", "2020-12-23", "The two sides also initialled a joint declaration on Tuesday, said Meir Ben-Shabbat, who led the Israeli delegation to Rabat.", &["agreement 2020-12-22 occurred "], &[]),
    ("f23", "2022-07-26", "« Je viens d'atterrir à Rabat pour une visite historique », a écrit lundi sur Twitter le ministre israélien de la Justice Gideon Saar.", &["visit 2022-07-25 occurred Gideon Sa'ar"], &[]),
];

#[test]
fn each_sentence_gives_its_events() {
    let mut failures = Vec::new();
    for ((id, _, body, want, not), got) in CASES.iter().zip(rows_of_all(CASES)) {
        for w in *want {
            if !has(&got, w) {
                failures.push(format!("{id}: no {w} in {got:?}\n  {body}"));
            }
        }
        for (ty, why) in *not {
            if got.iter().any(|(t, ..)| t == ty) {
                failures.push(format!("{id}: {why}: {got:?}\n  {body}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn known_misses_are_still_missed() {
    for ((id, _, body, want, _), got) in KNOWN_MISSES.iter().zip(rows_of_all(KNOWN_MISSES)) {
        assert!(!want.iter().all(|w| has(&got, w)), "{id} is found now: move it to CASES\n  {body}");
    }
}
