//! English and French articles: event rules per family (in our own phrasings), the language
//! of each article, and an Arabic quote inside an English article read as Arabic.

mod common;

use tarikh::corpus::Article;
use tarikh::events::resolve::resolve_mentions;
use tarikh::pipeline::{Context, extract_article};
use tarikh::text::lang::Lang;

fn context() -> &'static Context {
    static CTX: std::sync::OnceLock<Context> = std::sync::OnceLock::new();
    CTX.get_or_init(|| Context::load(None, None).unwrap())
}

/// The mentions of an article published on Wednesday 24 November 2021, as
/// "type date status people".
fn mentions(dateline: &str, body: &str) -> (Lang, Vec<String>) {
    let text = format!("{dateline}\n{body}\n");
    let x = extract_article(Article::from_text("t.txt", &text), context(), None);
    let got = resolve_mentions(&x, context())
        .into_iter()
        .map(|m| format!("{} {} {} {}", m.event_type.as_str(), m.date.map(|d| d.to_string()).unwrap_or_default(), m.status.as_str(), m.people().join(";")))
        .collect();
    (x.lang, got)
}

const EN: &str = "Published: Nov 24, 2021";
const FR: &str = "Publié le 24/11/2021";

/// (rule family, date line, body, language, expected mentions).
const CASES: &[(&str, &str, &str, Lang, &[&str])] = &[
    ("en signed on weekday", EN, "Defense ministers Benny Gantz and Abdellatif Loudiyi signed a memorandum of understanding on Wednesday.", Lang::En, &["agreement 2021-11-24 occurred benny-gantz;abdellatif-loudiyi"]),
    ("en inked yesterday", EN, "Israel and Morocco inked a water cooperation deal in Rabat yesterday.", Lang::En, &["agreement 2021-11-23 occurred "]),
    ("en landed on weekday", EN, "Benny Gantz landed in Rabat on Tuesday for a two-day visit.", Lang::En, &["visit 2021-11-23 occurred benny-gantz"]),
    ("en will visit next week", EN, "Yair Lapid will visit Morocco next week, officials said.", Lang::En, &["visit 2021-11-29 planned yair-lapid"]),
    ("en phone call", EN, "Nasser Bourita and Yair Lapid spoke by phone on Monday.", Lang::En, &["call 2021-11-22 occurred nasser-bourita;yair-lapid"]),
    ("en met month-day", EN, "Bourita met Lapid on November 3 in Abu Dhabi.", Lang::En, &["meeting 2021-11-03 occurred nasser-bourita;yair-lapid"]),
    ("en opened", EN, "David Govrin opened the liaison office in Rabat on January 26.", Lang::En, &["opening 2021-01-26 occurred david-govrin"]),
    ("en direct flights expected", EN, "Direct flights between Tel Aviv and Marrakesh are expected to start next month.", Lang::En, &["flight 2021-12 planned "]),
    ("fr a signé", FR, "Benny Gantz et Abdellatif Loudiyi ont signé mercredi un protocole d'accord à Rabat.", Lang::Fr, &["agreement 2021-11-24 occurred benny-gantz;abdellatif-loudiyi"]),
    ("fr est arrivé hier", FR, "Le ministre israélien de la Défense, Benny Gantz, est arrivé hier à Rabat.", Lang::Fr, &["visit 2021-11-23 occurred benny-gantz"]),
    ("fr entretien téléphonique", FR, "Nasser Bourita a eu lundi un entretien téléphonique avec Yair Lapid.", Lang::Fr, &["call 2021-11-22 occurred nasser-bourita;yair-lapid"]),
    ("fr doit ce jeudi", FR, "Yair Lapid doit rencontrer Nasser Bourita ce jeudi à Rabat.", Lang::Fr, &["meeting 2021-11-25 planned yair-lapid;nasser-bourita"]),
    ("fr a inauguré", FR, "David Govrin a inauguré le 26 janvier le bureau de liaison à Rabat.", Lang::Fr, &["opening 2021-01-26 occurred david-govrin"]),
    ("fr vol direct", FR, "Le premier vol direct entre Tel-Aviv et Marrakech est prévu le 25 juillet prochain.", Lang::Fr, &["flight 2022-07-25 planned "]),
    // Offices named without a name, the nationality before the title (English) or inside it
    // (French), and counterparts: resolved to the office holder on the event's day.
    ("en office nationality first", EN, "The Moroccan foreign minister will travel to Jerusalem next month.", Lang::En, &["visit 2021-12 planned nasser-bourita"]),
    ("en office possessive", EN, "Israel's defense minister landed in Rabat on Tuesday.", Lang::En, &["visit 2021-11-23 occurred benny-gantz"]),
    ("en counterpart nationality first", EN, "Nasser Bourita received his Israeli counterpart in Rabat on Monday.", Lang::En, &["meeting 2021-11-22 occurred nasser-bourita;yair-lapid"]),
    ("en an office is not its holder", EN, "It was the first trip to Morocco by an Israeli foreign minister since 2003.", Lang::En, &["visit  occurred "]),
    ("fr nationality inside title", FR, "Le ministre israélien de la Défense a atterri mardi à Rabat.", Lang::Fr, &["visit 2021-11-23 occurred benny-gantz"]),
    ("fr chef de la diplomatie", FR, "Le chef de la diplomatie marocaine a reçu lundi son homologue israélien.", Lang::Fr, &["meeting 2021-11-22 occurred nasser-bourita;yair-lapid"]),
    // Spellings: transliterations, typos, accents written or dropped.
    ("en spelling variants", EN, "Burita and Yaïr Lapid held talks on Monday.", Lang::En, &["meeting 2021-11-22 occurred nasser-bourita;yair-lapid"]),
    ("fr spelling variants", FR, "Benyamin Netanyahou s'est entretenu lundi avec Hamouchi.", Lang::Fr, &["meeting 2021-11-22 occurred benjamin-netanyahu;abdellatif-hammouchi"]),
    ("fr accents dropped", FR, "Le ministre israelien de la Defense est arrive mardi a Rabat.", Lang::Fr, &["visit 2021-11-23 occurred benny-gantz"]),
    // A Latin-script date goes to the nearer predicate, before or after it.
    ("fr date before the noun", FR, "Venu après l'accord conclu en décembre 2020, le ministre aura demain, jeudi, des entretiens à Rabat.", Lang::Fr, &["agreement 2020-12 occurred ", "meeting 2021-11-25 planned "]),
    ("fr a plane landing is the flight", FR, "Le premier vol direct entre Tel-Aviv et Marrakech atterrira dimanche.", Lang::Fr, &["flight 2021-11-28 planned "]),
    ("en a sign that is no signing", EN, "In a sign that ties keep growing, the two countries have put their names to a cyber-defense agreement.", Lang::En, &["agreement  occurred "]),
    ("en signs before its object", EN, "Israel and Morocco sign a water deal in Rabat", Lang::En, &["agreement  occurred "]),
    ("en since is not the date", EN, "Bourita hosted Lapid on Monday, the first such meeting since 2003.", Lang::En, &["meeting 2021-11-22 occurred nasser-bourita;yair-lapid"]),
];

#[test]
fn event_rule_families() {
    let mut failures = Vec::new();
    for &(name, dateline, body, lang, expected) in CASES {
        let (got_lang, got) = mentions(dateline, body);
        if got != expected || got_lang != lang {
            failures.push(format!("{name}: {body}\n  expected {lang} {expected:?}\n  got      {got_lang} {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn case_names_are_unique() {
    common::assert_unique_names(CASES.iter().map(|c| c.0));
}

/// An Arabic sentence quoted in an English article: the article is English, the quote is
/// Arabic, and its date is read by the Arabic rules (every language's rules read every
/// sentence).
#[test]
fn arabic_quote_in_an_english_article() {
    let ctx = context();
    let text = "Published: Nov 24, 2021\nThe minister wrote on Twitter, in Arabic: \"وقعنا أمس اتفاقا تاريخيا مع المغرب\". He then left Rabat for Casablanca.\n";
    let x = extract_article(Article::from_text("t.txt", text), ctx, None);
    assert_eq!(x.lang, Lang::En);
    let quote = "وقعنا أمس اتفاقا تاريخيا مع المغرب";
    assert_eq!(ctx.lexicons.languages.detect(quote), Lang::Ar);
    let found: Vec<String> = x.dates.mentions.iter().zip(&x.dates.resolved).map(|(m, r)| format!("{}={}", x.doc.original(m.range.clone()), r.map(|r| r.value.to_string()).unwrap_or_default())).collect();
    assert!(found.contains(&"أمس=2021-11-23".to_string()), "{found:?}");
}

/// `--lang` forces the language of every article.
#[test]
fn forced_language() {
    let mut ctx = Context::load(None, None).unwrap();
    ctx.lang = Some(Lang::Fr);
    let x = extract_article(Article::from_text("t.txt", "Israel and Morocco signed a deal on Wednesday.\n"), &ctx, None);
    assert_eq!(x.lang, Lang::Fr);
}

/// One event reported in Arabic, English and French is one row listing the three sources,
/// with an English title; the English article names nobody (an office and a counterpart) and
/// the French one dates the signing by "hier" from its date line.
#[test]
fn one_signing_in_three_languages_is_one_row() {
    let w = common::Workdir::new();
    w.write("corpus/gantz_en.txt", "Published: Nov 24, 2021 5:14 pm\n\nIsrael's defense minister landed in Rabat on Tuesday for a two-day visit. On Wednesday he signed a defense memorandum with his Moroccan counterpart.\n");
    w.write("corpus/gantz_fr.txt", "Publié le 25/11/2021 à 09h30\n\nLe ministre israélien de la Défense, Benny Gantz, a paraphé hier avec Abdellatif Loudiyi un protocole d'accord sur la coopération sécuritaire.\n");
    w.write("corpus/gantz_ar.txt", "وقع وزير الدفاع الإسرائيلي بيني غانتس، يوم الأربعاء 24 نوفمبر 2021 بالرباط، مذكرة تفاهم مع الوزير المنتدب المكلف بإدارة الدفاع الوطني عبد اللطيف لوديي.\n");
    let out = w.run(&["extract", "--corpus", "corpus", "-o", "t.csv", "--raw", "--no-bom"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let text = w.read("t.csv");
    let rows: Vec<Vec<String>> = csv::Reader::from_reader(text.as_bytes()).records().map(|r| r.unwrap().iter().map(String::from).collect()).collect();
    let signing: Vec<&Vec<String>> = rows.iter().filter(|r| r[3] == "agreement").collect();
    assert_eq!(signing.len(), 1, "{text}");
    assert_eq!(signing[0][1], "2021-11-24");
    assert_eq!(signing[0][6], "Benny Gantz; Abdellatif Loudiyi");
    assert_eq!(signing[0][10], "gantz_ar.txt; gantz_en.txt; gantz_fr.txt");
    assert!(signing[0][5].starts_with("Benny Gantz and Abdellatif Loudiyi sign"), "{}", signing[0][5]);
    assert!(rows.iter().any(|r| r[3] == "visit" && r[1] == "2021-11-23" && r[6] == "Benny Gantz"), "{text}");
}
