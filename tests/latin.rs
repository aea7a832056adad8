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
    (x.doc.lang, got)
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
    // A short form of the title ("FM", "PM") after a nationality or a country's "'s" is the
    // office; alone it is no title ("5 pm" is a time, not the prime minister).
    ("en short title after nationality", EN, "Israeli FM landed in Rabat on Tuesday evening.", Lang::En, &["visit 2021-11-23 occurred yair-lapid"]),
    ("en short title after possessive", EN, "Morocco's FM will fly to Jerusalem next month.", Lang::En, &["visit 2021-12 planned nasser-bourita"]),
    ("en short title alone is no office", EN, "Benny Gantz landed in Rabat at 5 pm on Tuesday.", Lang::En, &["visit 2021-11-23 occurred benny-gantz"]),
    // A trip told without its arrival takes the day of its traveller's first talks of the
    // trip, not of talks with a third country's people elsewhere.
    ("en trip dated by its talks", EN, "Gantz says Morocco trip opened a new era\nGantz and Abdellatif Loudiyi held talks in Rabat on Tuesday.", Lang::En, &["visit 2021-11-23 occurred benny-gantz", "meeting 2021-11-23 occurred benny-gantz;abdellatif-loudiyi"]),
    ("en trip not dated by another pair's talks", EN, "Gantz says Morocco trip opened a new era\nJordan's Foreign Minister Ayman Safadi had met Gantz on Monday at the King Hussein Bridge.", Lang::En, &["visit  occurred benny-gantz", "meeting 2021-11-22 occurred ayman-safadi;benny-gantz"]),
    // A verb told beside a dated arrival of its sentence, by the same person, is of the
    // arrival's day, not of the event the sentence before dated.
    ("en talks beside a dated arrival", EN, "The foreign ministers met on Wednesday in the Negev.\nNasser Bourita arrived on Monday evening and held talks with Yair Lapid.", Lang::En, &["meeting 2021-11-24 occurred ", "visit 2021-11-22 occurred nasser-bourita", "meeting 2021-11-22 occurred nasser-bourita;yair-lapid"]),
    ("fr talks beside a dated arrival", FR, "Les ministres se sont réunis mercredi dans le Néguev.\nNasser Bourita est arrivé lundi soir et s'est entretenu avec Yair Lapid.", Lang::Fr, &["meeting 2021-11-24 occurred ", "visit 2021-11-22 occurred nasser-bourita", "meeting 2021-11-22 occurred nasser-bourita;yair-lapid"]),
    ("en a carried day stays beside another person's dated arrival told after", EN, "Bourita and Lapid met on Wednesday in Rabat.\nLapid then held talks with Abdellatif Loudiyi, who had arrived from Fez on Monday.", Lang::En, &["meeting 2021-11-24 occurred nasser-bourita;yair-lapid", "meeting 2021-11-24 occurred yair-lapid;abdellatif-loudiyi", "visit 2021-11-22 occurred abdellatif-loudiyi"]),
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
    // Families of own articles (tests/fixtures/phrasings_en/lat_*.txt, french/lat_*.txt).
    ("en first flight told with its modifier", EN, "The first direct flight between Tel Aviv and Rabat took off from Ben Gurion Airport on Monday.", Lang::En, &["flight 2021-11-22 occurred "]),
    ("en a bare noun still refers", EN, "Nasser Bourita spoke by phone on Monday with Yair Lapid to prepare the visit.", Lang::En, &["call 2021-11-22 occurred nasser-bourita;yair-lapid"]),
    ("en took off from", EN, "A Royal Air Maroc plane took off from Casablanca for Tel Aviv on Monday.", Lang::En, &["flight 2021-11-22 occurred "]),
    ("en the pair in the sentence of the reception", EN, "Mickey Levy arrived in Rabat on Monday.\nRachid Talbi Alami received his Israeli guest at the parliament, and the two speakers signed a memorandum of understanding.", Lang::En, &["visit 2021-11-22 occurred mickey-levy", "meeting  occurred mickey-levy;rachid-talbi-alami", "agreement  occurred mickey-levy;rachid-talbi-alami"]),
    ("en not expected to travel", EN, "Naftali Bennett is not expected to travel to Morocco next month, his office said.", Lang::En, &[]),
    ("en denying a report", EN, "Naftali Bennett's office denied reports that a visit to Rabat had been scheduled for December.", Lang::En, &[]),
    // Denial markers (rows of kind `denial`): an event called off, put off, negated or
    // restricted, in English and French.
    ("en a visit put off", EN, "Benny Gantz's visit to Rabat, which had been scheduled for Monday, was postponed.", Lang::En, &[]),
    ("en a signing called off", EN, "The signing of the aviation agreement has been called off.", Lang::En, &[]),
    ("en cancelled his visit", EN, "Naftali Bennett cancelled his visit to Morocco on Monday.", Lang::En, &[]),
    ("en a trip put off leaves the call", EN, "Yair Lapid postponed his trip to Rabat, but spoke by phone with Nasser Bourita on Monday.", Lang::En, &["call 2021-11-22 occurred yair-lapid;nasser-bourita"]),
    ("en a visit postponed before leaves the landing", EN, "Benny Gantz landed in Rabat on Tuesday, after his visit had been postponed twice.", Lang::En, &["visit 2021-11-23 occurred benny-gantz"]),
    ("en will not take place", EN, "A meeting between Nasser Bourita and Yair Lapid in Rabat will not take place, officials said.", Lang::En, &[]),
    ("fr a visit reportée", FR, "La visite de Benny Gantz à Rabat, prévue lundi, a été reportée.", Lang::Fr, &[]),
    ("fr a signing annulée", FR, "La cérémonie de signature de l'accord de coopération a été annulée.", Lang::Fr, &[]),
    ("fr a meeting ajournée", FR, "La réunion entre Nasser Bourita et Yair Lapid a été ajournée.", Lang::Fr, &[]),
    ("fr n'aura pas lieu", FR, "La visite de Naftali Bennett au Maroc n'aura pas lieu.", Lang::Fr, &[]),
    ("fr a annulé sa visite", FR, "Yair Lapid a annulé lundi sa visite à Rabat.", Lang::Fr, &[]),
    ("fr an adverb between the auxiliary and annulé", FR, "Nasser Bourita a finalement annulé la réunion avec Yair Lapid.", Lang::Fr, &[]),
    ("fr only met is met", FR, "Benny Gantz n'a rencontré que le ministre Abdellatif Loudiyi lundi.", Lang::Fr, &["meeting 2021-11-22 occurred benny-gantz;abdellatif-loudiyi"]),
    // A past verb's weekend is the one before; an event after "a day after" is another day's;
    // a welcome at the airport is the visit.
    ("en met over the weekend", EN, "Orna Barbivai and Ryad Mezzour met over the weekend in Jerusalem.", Lang::En, &["meeting 2021-11-20/2021-11-21 occurred orna-barbivai;ryad-mezzour"]),
    ("en will meet at the weekend", EN, "Orna Barbivai will meet Ryad Mezzour over the weekend in Jerusalem.", Lang::En, &["meeting 2021-11-27/2021-11-28 planned orna-barbivai;ryad-mezzour"]),
    ("fr se sont rencontrés durant le week-end", FR, "Orna Barbivai et Ryad Mezzour se sont rencontrés durant le week-end à Jérusalem.", Lang::Fr, &["meeting 2021-11-20/2021-11-21 occurred orna-barbivai;ryad-mezzour"]),
    // The signing told after "a day after" keeps no date of the talks (its verb and its object
    // are told aside, undated); the talks' names still run over the aside (Belkhir: left).
    // "memorandum", a form of the English and of the French noun rows, is one trigger.
    ("en a day after he signed", EN, "Aviv Kochavi held talks with Abdellatif Loudiyi on Tuesday, a day after he signed a memorandum with Farouk Belkhir.", Lang::En, &["meeting 2021-11-23 occurred aviv-kochavi;abdellatif-loudiyi;farouk-belkhir", "agreement  occurred ", "agreement  occurred farouk-belkhir"]),
    ("fr un jour après avoir signé", FR, "Benny Gantz s'est entretenu jeudi avec Abdellatif Loudiyi, un jour après avoir signé un accord-cadre.", Lang::Fr, &["meeting 2021-11-18 occurred benny-gantz;abdellatif-loudiyi", "agreement  occurred ", "agreement  occurred "]),
    ("en welcomed at the airport is the visit", EN, "Aviv Kochavi arrived in Rabat on Monday. He was welcomed at Rabat-Sale airport by Farouk Belkhir.", Lang::En, &["visit 2021-11-22 occurred aviv-kochavi;farouk-belkhir"]),
    ("fr accueilli à l'aéroport is the visit", FR, "Benny Gantz est arrivé mardi soir à Rabat, où il a été accueilli à l'aéroport par Farouk Belkhir.", Lang::Fr, &["visit 2021-11-23 occurred benny-gantz;farouk-belkhir"]),
    // A participle after the event noun, "was" left out as headlines do, cancels it as "was
    // postponed" does.
    ("en headline participle after the noun", EN, "Benny Gantz's Rabat visit postponed", Lang::En, &[]),
    ("en headline called off", EN, "Bennett trip to Morocco called off amid coalition crisis", Lang::En, &[]),
    // "where" after a comma looks back at the place its clause is about: an airport there makes
    // the welcome one on landing; a city alone leaves a reception its own talks.
    ("en landed at the airport, where welcomed", EN, "Merav Michaeli touched down on Tuesday at Marrakesh airport, where she was greeted by Mohamed Abdeljalil.", Lang::En, &["visit 2021-11-23 occurred merav-michaeli;mohamed-abdeljalil"]),
    ("fr à l'aéroport, où reçu", FR, "Le chef d'état-major Aviv Kochavi a atterri lundi à l'aéroport de Rabat-Salé, où il a été reçu par Farouk Belkhir.", Lang::Fr, &["visit 2021-11-22 occurred aviv-kochavi;farouk-belkhir"]),
    ("en in the city, where received, stays talks", EN, "Aviv Kochavi arrived in Rabat on Monday, where he was received by Farouk Belkhir at the army headquarters.", Lang::En, &["visit 2021-11-22 occurred aviv-kochavi", "meeting 2021-11-22 occurred aviv-kochavi;farouk-belkhir"]),
    ("en received at the airport without an arrival is the arrival", EN, "Nitzan Horowitz was received at the airport by Khalid Ait Taleb on Monday.", Lang::En, &["visit 2021-11-22 occurred nitzan-horowitz;khalid-ait-taleb"]),
    // A welcome on landing with no visit told is the visit, whatever the word order: the
    // welcomed is the visitor, the welcomers (of the airport's country) come after, and a
    // passive may put the airport and the day between its verb and its agent.
    ("en welcomed at the airport, day between, by", EN, "Orna Barbivai was welcomed at Rabat-Sale airport on Monday by Ryad Mezzour.", Lang::En, &["visit 2021-11-22 occurred orna-barbivai;ryad-mezzour"]),
    ("en greeted at the airport by two hosts", EN, "On Monday, Karine Elharrar was greeted at Rabat-Sale airport by Leila Benali and Nasser Bourita.", Lang::En, &["visit 2021-11-22 occurred karine-elharrar;leila-benali;nasser-bourita"]),
    ("en a decision welcomed is no welcome", EN, "The Israeli decision was welcomed in Rabat on Monday by Nasser Bourita.", Lang::En, &[]),
    ("fr accueillie à l'aéroport, jour entre", FR, "Orna Barbivai a été accueillie lundi à l'aéroport de Rabat-Salé par Ryad Mezzour.", Lang::Fr, &["visit 2021-11-22 occurred orna-barbivai;ryad-mezzour"]),
    ("fr the host welcomes, host first", FR, "Lundi, Ryad Mezzour a accueilli Orna Barbivai à l'aéroport de Rabat-Salé.", Lang::Fr, &["visit 2021-11-22 occurred orna-barbivai;ryad-mezzour"]),
    ("fr ont été reçus à l'aéroport", FR, "Yair Lapid et Orna Barbivai ont été reçus lundi à l'aéroport de Rabat-Salé par Nasser Bourita.", Lang::Fr, &["visit 2021-11-22 occurred yair-lapid;orna-barbivai;nasser-bourita"]),
    // An office named alone before the verb is its holder, not the person after the verb.
    ("en an office then a verb then a name", EN, "Israel's defence minister met Abdellatif Loudiyi in Rabat on Wednesday.", Lang::En, &["meeting 2021-11-24 occurred abdellatif-loudiyi;benny-gantz"]),
    ("fr an office then a verb then a name", FR, "Le ministre israélien de la Défense s'est entretenu jeudi à Rabat avec Abdellatif Loudiyi.", Lang::Fr, &["meeting 2021-11-18 occurred abdellatif-loudiyi;benny-gantz"]),
    ("en an office then its holder", EN, "Israel's defence minister, Benny Gantz, met Abdellatif Loudiyi on Wednesday.", Lang::En, &["meeting 2021-11-24 occurred benny-gantz;abdellatif-loudiyi"]),
    ("en a tweet dates the landing it tells", EN, "'Historic day', tweeted Yair Lapid on Monday as he landed in Morocco.", Lang::En, &["visit 2021-11-22 occurred yair-lapid"]),
    ("fr a foulé le sol", FR, "Yair Lapid a foulé le sol marocain lundi.", Lang::Fr, &["visit 2021-11-22 occurred yair-lapid"]),
    ("fr a entamé une visite", FR, "Benny Gantz a entamé lundi une visite officielle au Maroc.", Lang::Fr, &["visit 2021-11-22 occurred benny-gantz"]),
    ("fr a décollé", FR, "Un avion de Royal Air Maroc a décollé lundi de Casablanca à destination de Tel-Aviv.", Lang::Fr, &["flight 2021-11-22 occurred "]),
    ("fr expletive ne is no present", FR, "Yair Lapid s'est entretenu lundi avec Nasser Bourita, avant que les deux hommes ne signent trois accords.", Lang::Fr, &["meeting 2021-11-22 occurred yair-lapid;nasser-bourita", "agreement  occurred yair-lapid;nasser-bourita"]),
    ("fr a delegation received is its visitors", FR, "Saadeddine Othmani a signé lundi une déclaration avec Jared Kushner et Meir Ben-Shabbat.\nLe même jour, la délégation a été reçue par Nasser Bourita.", Lang::Fr, &["agreement 2021-11-22 occurred saadeddine-othmani;jared-kushner;meir-ben-shabbat", "visit 2021-11-22 occurred ", "meeting 2021-11-22 occurred jared-kushner;meir-ben-shabbat;nasser-bourita"]),
    ("fr il doit inaugurer", FR, "Yair Lapid est arrivé lundi à Rabat.\nJeudi, il doit inaugurer le bureau de liaison.", Lang::Fr, &["visit 2021-11-22 occurred yair-lapid", "opening 2021-11-25 planned yair-lapid"]),
    ("fr a statement dates what it announces", FR, "Le ministère a annoncé lundi que Nasser Bourita et Yair Lapid ont signé un accord sur l'eau.", Lang::Fr, &["agreement 2021-11-22 occurred nasser-bourita;yair-lapid"]),
    // The Latin-script readings of src/events/latin.rs, in French.
    ("fr call told by a meeting verb", FR, "Nasser Bourita s'est entretenu lundi par téléphone avec Yair Lapid.", Lang::Fr, &["call 2021-11-22 occurred nasser-bourita;yair-lapid"]),
    ("fr landing of a flight is the flight", FR, "Le premier vol direct entre Tel-Aviv et Marrakech a atterri lundi.", Lang::Fr, &["flight 2021-11-22 occurred "]),
    ("fr reception of the story's visitor", FR, "Benny Gantz est arrivé mardi à Rabat.\nCe mercredi, il a été reçu successivement par Abdellatif Loudiyi et Abdellatif Hammouchi.", Lang::Fr, &["visit 2021-11-23 occurred benny-gantz", "meeting 2021-11-24 occurred benny-gantz;abdellatif-loudiyi;abdellatif-hammouchi"]),
    ("fr one sentence one day", FR, "Arrivé mardi à Rabat, Yair Lapid a été reçu par Nasser Bourita.", Lang::Fr, &["visit 2021-11-23 occurred yair-lapid", "meeting 2021-11-23 occurred yair-lapid;nasser-bourita"]),
    ("fr invitation announces no visit", FR, "Le roi Mohammed VI s'est entretenu lundi par téléphone avec Naftali Bennett.\nAu cours de cet entretien, le souverain a invité M. Bennett à se rendre au Maroc.", Lang::Fr, &["call 2021-11-22 occurred mohammed-vi;naftali-bennett"]),
    ("fr weekday opening a future sentence", FR, "Jeudi, en marge d'un forum à Casablanca, Nasser Bourita doit s'entretenir avec Yair Lapid.", Lang::Fr, &["meeting 2021-11-25 planned nasser-bourita;yair-lapid"]),
    ("fr stay since monday", FR, "Benny Gantz séjourne depuis lundi au Maroc.", Lang::Fr, &["visit 2021-11-22 occurred benny-gantz"]),
    // A stay told in the passé composé or the pluperfect is a visit done, dated by its days.
    ("fr a stay told done", FR, "La ministre Ayelet Shaked a séjourné à Rabat du 15 au 17 novembre.", Lang::Fr, &["visit 2021-11-15/2021-11-17 occurred ayelet-shaked"]),
    ("fr a stay told in the pluperfect", FR, "Issawi Frej avait séjourné lundi à Casablanca.", Lang::Fr, &["visit 2021-11-22 occurred issawi-frej"]),
    ("fr agreed to meet is no agreement", FR, "Nasser Bourita et Yair Lapid sont convenus de se retrouver à Rabat.", Lang::Fr, &[]),
    ("fr the minister is the story's subject", FR, "Benny Gantz est arrivé mardi à Rabat.\nLe ministre a eu ce mercredi un entretien avec Abdellatif Loudiyi.", Lang::Fr, &["visit 2021-11-23 occurred benny-gantz", "meeting 2021-11-24 occurred benny-gantz;abdellatif-loudiyi"]),
    ("fr host is the counterpart", FR, "Benny Gantz a paraphé mercredi avec son hôte marocain un protocole d'accord.", Lang::Fr, &["agreement 2021-11-24 occurred benny-gantz;abdellatif-loudiyi"]),
    ("fr the two ministers are the two countries", FR, "Avant-hier, les deux ministres ont signé à Rabat un mémorandum d'entente.", Lang::Fr, &["agreement 2021-11-22 occurred "]),
    // The visit going on as the page is written ("qui effectue") is on its day: the plan its
    // marker announces after the past participle ("conclu …, aura demain") is cut from what came
    // before it, so "demain" is no longer the visit's.
    ("fr event after depuis is a time reference, a reminder without a day keeps no date", FR, "La ministre, qui effectue sa première visite depuis l'accord tripartite conclu en décembre 2020, aura demain des entretiens avec Nasser Bourita.", Lang::Fr, &["visit 2021-11-24 occurred ", "agreement  occurred ", "meeting 2021-11-25 planned nasser-bourita"]),
    ("fr the visitor is not the one met", FR, "Benny Gantz est arrivé mardi à Rabat.\nCe mercredi, le ministre israélien s'est rendu au siège de l'état-major, où il a eu un entretien avec Abdellatif Loudiyi.", Lang::Fr, &["visit 2021-11-23 occurred benny-gantz", "visit 2021-11-24 occurred benny-gantz", "meeting 2021-11-24 occurred benny-gantz;abdellatif-loudiyi"]),
    ("fr a figure of the past is no visitor", FR, "Benny Gantz est arrivé mardi à Rabat.\nLe ministre, qui a atterri tard hier soir, s'est recueilli au mausolée Mohammed V.", Lang::Fr, &["visit 2021-11-23 occurred benny-gantz", "visit 2021-11-23 occurred benny-gantz", "visit 2021-11-23 occurred benny-gantz"]),
    ("fr a plane landing is the flight", FR, "Le premier vol direct entre Tel-Aviv et Marrakech atterrira dimanche.", Lang::Fr, &["flight 2021-11-28 planned "]),
    // A French future is read on a French page only: on an English page a name ending like
    // one ("Al Massira", "Al Jazira") is no verb, and the day told after it is the past one.
    ("en a name ending like a French future is no plan", EN, "The first direct flight from Tel Aviv landed at Agadir Al Massira airport on Sunday.", Lang::En, &["flight 2021-11-21 occurred "]),
    ("en a name ending like a French future before a weekday", EN, "Israeli officials told Al Jazira on Monday that the first direct flight landed in Marrakech.", Lang::En, &["flight 2021-11-22 occurred "]),
    ("en a sign that is no signing", EN, "In a sign that ties keep growing, the two countries have put their names to a cyber-defense agreement.", Lang::En, &["agreement  occurred "]),
    ("en signs before its object", EN, "Israel and Morocco sign a water deal in Rabat", Lang::En, &["agreement  occurred "]),
    ("en since is not the date", EN, "Bourita hosted Lapid on Monday, the first such meeting since 2003.", Lang::En, &["meeting 2021-11-22 occurred nasser-bourita;yair-lapid"]),
    // Agreeing or concluding is an agreement by its object: a text agreed on, not a decision
    // to do something, nor the end of a visit.
    ("en agreed to do is a decision", EN, "Bourita and Lapid agreed on Monday to work toward closer ties.", Lang::En, &[]),
    ("en agreed to sign", EN, "Bourita and Lapid agreed to sign a tourism accord on Monday.", Lang::En, &["agreement 2021-11-22 occurred nasser-bourita;yair-lapid"]),
    // "s'est recueilli" is a leg of the visit (its own mention; the merge folds it into the
    // visit of that day). A visit told by its end and length began length − 1 days before.
    ("en concluded a visit", EN, "Benny Gantz concluded a two-day visit to Morocco on Wednesday.", Lang::En, &["visit 2021-11-23 occurred benny-gantz"]),
    ("en concluded an agreement", EN, "Israel and Morocco concluded an agreement on water on Monday.", Lang::En, &["agreement 2021-11-22 occurred "]),
    // A plane that lands is the flight; a person who lands is a visit.
    ("en plane landed", EN, "The Israir plane landed in Marrakesh on Sunday, the first flight from Tel Aviv.", Lang::En, &["flight 2021-11-21 occurred "]),
    ("en welcomed by", EN, "Gantz was welcomed by Abdellatif Loudiyi in Rabat on Tuesday.", Lang::En, &["meeting 2021-11-23 occurred benny-gantz;abdellatif-loudiyi"]),
    // A past verb coordinated after a dated event shares its date.
    ("en coordinated past verb", EN, "On Tuesday, Gantz met Abdellatif Loudiyi, and the two ministers signed a defense pact.", Lang::En, &["meeting 2021-11-23 occurred benny-gantz;abdellatif-loudiyi", "agreement 2021-11-23 occurred benny-gantz;abdellatif-loudiyi"]),
    // "The same day", "the next day": counted from the date told before them, not from the
    // publication day.
    ("en the same day", EN, "Gantz landed in Rabat on Monday. The same day, Gantz was received by Belkhir El Farouk.", Lang::En, &["visit 2021-11-22 occurred benny-gantz", "meeting 2021-11-22 occurred benny-gantz;farouk-belkhir"]),
    // "In a sign that" is no signing; meeting a community is part of a visit; an infinitive
    // is not going on; a past clause keeps its weekday in the past.
    ("en a sign that", EN, "In a sign that ties keep improving, Israel and Morocco named new envoys.", Lang::En, &[]),
    // "sign" after an adjective, or before "of", is the noun too.
    ("en the latest sign of", EN, "The trade fair is the latest sign of closer ties since Morocco agreed last year to restore relations with Israel.", Lang::En, &[]),
    ("en another sign that", EN, "Another sign that trade is picking up: exports to Morocco rose by a third this year.", Lang::En, &[]),
    ("en sign of goodwill", EN, "As a further sign of goodwill this year, both countries eased their visa rules.", Lang::En, &[]),
    ("en meeting a community", EN, "Lapid is scheduled to meet the Jewish community of Casablanca on Thursday.", Lang::En, &[]),
    ("en infinitive is not ongoing", EN, "Lapid became the first Israeli foreign minister to fly to Morocco.", Lang::En, &["visit  occurred yair-lapid"]),
    // A visit needs a visitor: a carrier's flying, not told as news, is no one's trip.
    ("en an airline flying is no visit", EN, "Royal Air Maroc became the first Moroccan airline to fly to Israel.", Lang::En, &[]),
    ("en went on to meet", EN, "Gantz then went on to meet Belkhir El Farouk at the army's headquarters.", Lang::En, &["meeting 2021-11-24 occurred benny-gantz;farouk-belkhir"]),
    ("en past clause before a future one", EN, "Gantz, who arrived in Rabat late Monday, is expected to sign a defense pact.", Lang::En, &["visit 2021-11-22 occurred benny-gantz", "agreement  planned benny-gantz"]),
    ("en the next day", EN, "Gantz landed in Rabat on Monday. The next day, Gantz met Abdellatif Loudiyi.", Lang::En, &["visit 2021-11-22 occurred benny-gantz", "meeting 2021-11-23 occurred benny-gantz;abdellatif-loudiyi"]),
    // Issue 13, families of real English and French pages: a denied report and a hypothetical
    // signing, a plan "in the coming days", talks held virtually, a joint press conference,
    // credentials presented, a person's plane landing (the arrival), a call the Royal Cabinet
    // reports, talks on the sidelines, initialled and sealed agreements, an itinerary "will also
    // meet" / "rencontrera également".
    ("en denied that it was signed", EN, "Israel's foreign ministry denied that Yair Lapid and Nasser Bourita signed any accord on Monday.", Lang::En, &[]),
    ("en could sign", EN, "Benny Gantz could sign a defence agreement with Abdellatif Loudiyi next month.", Lang::En, &["agreement 2021-12 planned benny-gantz;abdellatif-loudiyi"]),
    ("en in the coming days", EN, "Yair Lapid is visiting Morocco in the coming days.", Lang::En, &["visit  planned yair-lapid"]),
    ("en met virtually", EN, "Nasser Bourita met virtually with Yair Lapid on Monday.", Lang::En, &["call 2021-11-22 occurred nasser-bourita;yair-lapid"]),
    ("en joint press conference", EN, "Nasser Bourita and Yair Lapid held a joint press conference in Rabat on Monday.", Lang::En, &["meeting 2021-11-22 occurred nasser-bourita;yair-lapid"]),
    ("en presented his credentials", EN, "David Govrin presented his credentials to Nasser Bourita on Monday.", Lang::En, &["meeting 2021-11-22 occurred david-govrin;nasser-bourita"]),
    ("en a person's plane landed", EN, "Benny Gantz's plane touched down in Rabat on Tuesday evening.", Lang::En, &["visit 2021-11-23 occurred benny-gantz"]),
    ("en a call the cabinet reports", EN, "King Mohammed VI held a phone call on Monday with Isaac Herzog, the Royal Cabinet said in a statement.", Lang::En, &["call 2021-11-22 occurred mohammed-vi;isaac-herzog"]),
    ("en on the sidelines of", EN, "Nasser Bourita met Yair Lapid on the sidelines of a forum in Dubai on Monday.", Lang::En, &["meeting 2021-11-22 occurred nasser-bourita;yair-lapid"]),
    ("en initialed", EN, "Orna Barbivai and Ryad Mezzour initialed a trade agreement on Monday.", Lang::En, &["agreement 2021-11-22 occurred orna-barbivai;ryad-mezzour"]),
    ("en will also meet", EN, "Benny Gantz landed in Rabat on Tuesday. During the trip, he will also meet Abdellatif Loudiyi.", Lang::En, &["visit 2021-11-23 occurred benny-gantz;abdellatif-loudiyi", "meeting 2021-11-23 planned benny-gantz;abdellatif-loudiyi"]),
    ("en seeking to sign", EN, "Israel is seeking to sign a free trade agreement with Morocco, Orna Barbivai said on Monday.", Lang::En, &["agreement  planned orna-barbivai"]),
    ("fr a démenti toute rencontre", FR, "Le ministère a démenti lundi toute rencontre entre Nasser Bourita et Yair Lapid.", Lang::Fr, &[]),
    ("fr a nié", FR, "Rabat a nié que Nasser Bourita ait rencontré Yair Lapid lundi.", Lang::Fr, &[]),
    ("fr dans les jours à venir", FR, "Yair Lapid se rendra au Maroc dans les jours à venir.", Lang::Fr, &["visit  planned yair-lapid"]),
    ("fr ont paraphé", FR, "Orna Barbivai et Ryad Mezzour ont paraphé lundi un accord commercial.", Lang::Fr, &["agreement 2021-11-22 occurred orna-barbivai;ryad-mezzour"]),
    ("fr a scellé", FR, "Benny Gantz et Abdellatif Loudiyi ont scellé lundi un accord de défense.", Lang::Fr, &["agreement 2021-11-22 occurred benny-gantz;abdellatif-loudiyi"]),
    ("fr a atterri à Casablanca", FR, "Benny Gantz a atterri lundi à Casablanca.", Lang::Fr, &["visit 2021-11-22 occurred benny-gantz"]),
    ("fr rencontrera également", FR, "Benny Gantz a atterri mardi à Rabat. Il rencontrera également Abdellatif Loudiyi.", Lang::Fr, &["visit 2021-11-23 occurred benny-gantz", "meeting 2021-11-23 planned benny-gantz;abdellatif-loudiyi"]),
    ("fr selon un communiqué du Cabinet royal", FR, "Le Roi Mohammed VI s'est entretenu lundi par téléphone avec Isaac Herzog, selon un communiqué du Cabinet royal.", Lang::Fr, &["call 2021-11-22 occurred mohammed-vi;isaac-herzog"]),
    ("fr en marge de", FR, "En marge d'un forum à Dubaï, lundi, Nasser Bourita a rencontré Yair Lapid.", Lang::Fr, &["meeting 2021-11-22 occurred nasser-bourita;yair-lapid"]),
    ("fr lettres de créance", FR, "David Govrin a présenté lundi ses lettres de créance à Nasser Bourita.", Lang::Fr, &["meeting 2021-11-22 occurred david-govrin;nasser-bourita"]),
    ("fr conférence de presse conjointe", FR, "Nasser Bourita et Yair Lapid ont tenu lundi une conférence de presse conjointe à Rabat.", Lang::Fr, &["meeting 2021-11-22 occurred nasser-bourita;yair-lapid"]),
    ("fr une visite serait à l'étude, sans date arrêtée", FR, "Une visite de Yair Lapid au Maroc serait à l'étude, sans date arrêtée.", Lang::Fr, &["visit  planned yair-lapid"]),
    ("en a visit under consideration, no date set", EN, "A visit by Yair Lapid to Morocco is under consideration, with no date set.", Lang::En, &["visit  planned yair-lapid"]),
    ("fr pourrait signer", FR, "Benny Gantz pourrait signer le mois prochain un accord de défense avec Abdellatif Loudiyi.", Lang::Fr, &["agreement 2021-12 planned benny-gantz;abdellatif-loudiyi"]),
    // Issue 13, en/fr round: a signing in a relative clause of time is its antecedent's, dated
    // with it and signed by its people when it names only who watched it.
    ("en signed during which, watched by the king", EN, "Orna Barbivai paid a visit to Rabat on Monday, during which an economic memorandum was signed in the presence of the king.", Lang::En, &["visit 2021-11-22 occurred orna-barbivai", "agreement 2021-11-22 occurred orna-barbivai"]),
    ("fr signé lors de laquelle, en présence du souverain", FR, "Le porte-parole a rappelé la visite à Rabat, lundi, d'une délégation conduite par Orna Barbivai, lors de laquelle un mémorandum économique a été signé en présence du souverain.", Lang::Fr, &["visit 2021-11-22 occurred orna-barbivai", "agreement 2021-11-22 occurred orna-barbivai"]),
    // A signer named in the clause stays, beside the visitor whose visit the clause describes
    // (thirty-seventh session: an act told in a 'during which' clause is done by the described
    // event's people too).
    ("en a signer named in the clause stays", EN, "Benny Gantz began a visit to Rabat on Monday, during which Abdellatif Loudiyi signed a defence pact.", Lang::En, &["visit 2021-11-22 occurred benny-gantz", "agreement 2021-11-22 occurred benny-gantz;abdellatif-loudiyi"]),
    // An event noun an anniversary recalls is no event of the sentence's day (thirty-seventh
    // and thirty-eighth sessions): an undated recall with none of the sentence's people, the
    // call of that day beside it (before, the recalled noun took the call's day and people, and
    // in English the call was folded into it as its means). Kept by a celebration, it is no
    // signing of that day; an agreement signed on the anniversary is one.
    ("fr l'anniversaire d'une déclaration la rappelle", FR, "Pour le deuxième anniversaire de la déclaration conjointe, Nasser Bourita s'est entretenu lundi par téléphone avec Yaïr Lapid.", Lang::Fr, &["agreement  occurred ", "call 2021-11-22 occurred nasser-bourita;yair-lapid"]),
    ("en the anniversary of a declaration recalls it", EN, "On the second anniversary of the joint declaration, Nasser Bourita held a phone call with Yair Lapid on Tuesday.", Lang::En, &["agreement  occurred ", "call 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("en an anniversary celebrated is no signing", EN, "The Moroccan liaison office in Tel Aviv celebrated the first anniversary of the joint declaration on Tuesday with Abderrahim Beyyoudh and Yair Lapid.", Lang::En, &["agreement  occurred "]),
    ("fr un anniversaire fêté n'est pas une signature", FR, "L'ambassade du Maroc a fêté mardi le premier anniversaire de la déclaration conjointe, en présence d'Abderrahim Beyyoudh et de Yaïr Lapid.", Lang::Fr, &["agreement  occurred "]),
    ("en a memorandum signed on an anniversary", EN, "On the anniversary of the accord, the two ministers Nasser Bourita and Yair Lapid signed a memorandum on water on Tuesday.", Lang::En, &["agreement 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("fr un mémorandum signé pour un anniversaire", FR, "Pour l'anniversaire de l'accord, Nasser Bourita et Yaïr Lapid ont signé mardi un mémorandum sur l'eau.", Lang::Fr, &["agreement 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    // A third party's act set against the news ("unlike", "contrairement à", "à la
    // différence de") is none of the two sides'; the main clause's event stays.
    ("en unlike the consulate it inaugurated", EN, "Unlike the consulate it inaugurated in Manama in September, Israel keeps only a liaison office in Rabat.", Lang::En, &[]),
    ("en unlike, then the news", EN, "Unlike the embassy it opened in Abu Dhabi in June, Israel opened a liaison office in Rabat on Monday.", Lang::En, &["opening 2021-11-22 occurred "]),
    ("fr contrairement au consulat inauguré", FR, "Contrairement au consulat inauguré à Manama en septembre, la représentation israélienne à Rabat reste un bureau de liaison.", Lang::Fr, &[]),
    ("fr à la différence de, then the news", FR, "À la différence de l'ambassade qu'Israël a inaugurée à Abou Dhabi en juin, le bureau de liaison de Rabat a ouvert ses portes lundi.", Lang::Fr, &["opening 2021-11-22 occurred "]),
    // Planned: a participle of waiting in a headline; a headline's weekday that the body
    // announces for a coming day; "tant attendu" is an adjective.
    ("en headline expected in a place", "Orna Barbivai expected in Rabat on Friday\nPublished: Nov 24, 2021", "The Israeli economy minister's office confirmed the plan on Tuesday.", Lang::En, &["visit 2021-11-26 planned orna-barbivai"]),
    ("fr headline attendue à", "La ministre Orna Barbivai attendue à Rabat vendredi\nPublié le 24/11/2021", "Elle doit s'entretenir avec Ryad Mezzour.", Lang::Fr, &["visit 2021-11-26 planned orna-barbivai", "meeting 2021-11-26 planned orna-barbivai;ryad-mezzour"]),
    ("fr tant attendu is an adjective", FR, "Le premier vol direct, tant attendu à Fès, a atterri lundi.", Lang::Fr, &["flight 2021-11-22 occurred "]),
    // An event whose day a clause leaves unsaid ("without announcing when") is no plan with a
    // day: no mention, and no date borrowed from the sentence.
    ("en met, without saying when they would meet again", EN, "Nasser Bourita met Yair Lapid in Rabat on Monday, without saying when they would meet again.", Lang::En, &["meeting 2021-11-22 occurred nasser-bourita;yair-lapid"]),
    ("en did not say when the visit would take place", EN, "Isaac Herzog's office did not say when his visit to Rabat would take place.", Lang::En, &[]),
    ("en no date was set for the next round of talks", EN, "No date was set for the next round of talks between Bourita and Lapid.", Lang::En, &[]),
    ("fr sans préciser la date de la prochaine rencontre", FR, "Nasser Bourita a reçu lundi Yair Lapid à Rabat, sans préciser la date de leur prochaine rencontre.", Lang::Fr, &["meeting 2021-11-22 occurred nasser-bourita;yair-lapid"]),
    ("fr aucun communiqué n'a précisé la date d'une visite", FR, "Aucun communiqué n'a précisé la date d'une éventuelle visite d'Isaac Herzog au Maroc.", Lang::Fr, &[]),
    ("en visit yet to be scheduled", EN, "Isaac Herzog's visit to Rabat has yet to be scheduled, officials said.", Lang::En, &[]),
    ("fr visite sans date", FR, "La visite d'Isaac Herzog à Rabat, évoquée à maintes reprises, n'a toujours pas de date.", Lang::Fr, &[]),
    // A participle of waiting before a time, not a place, awaits no visitor.
    ("en results expected in the spring", EN, "Orna Barbivai toured the port of Tangier on Monday, with a decision on the tender expected in the spring.", Lang::En, &["visit 2021-11-22 occurred orna-barbivai"]),
    ("fr décision attendue en décembre", FR, "Orna Barbivai a visité lundi le port de Tanger, une décision sur l'appel d'offres étant attendue en décembre.", Lang::Fr, &["visit 2021-11-22 occurred orna-barbivai"]),
    ("en expected in a month, then the place", EN, "Isaac Herzog is expected in December in Rabat, his office said.", Lang::En, &["visit 2021-12 planned isaac-herzog"]),
    ("fr headline weekday announced by the body", "Arkia annonce un vol inaugural samedi\nPublié le 24/11/2021", "Le premier vol direct d'Arkia entre Haïfa et Fès décollera samedi 27 novembre.", Lang::Fr, &["flight 2021-11-27 planned ", "flight 2021-11-27 planned "]),
    // Presence beside one's counterparts is a meeting of those named.
    ("en alongside his counterparts", EN, "Nasser Bourita was in Abu Dhabi on Monday alongside his counterparts Yair Lapid and Antony Blinken.", Lang::En, &["meeting 2021-11-22 occurred nasser-bourita;yair-lapid;antony-blinken"]),
    ("fr aux côtés de ses homologues", FR, "Nasser Bourita était lundi à Abou Dhabi aux côtés de ses homologues Yair Lapid et Antony Blinken.", Lang::Fr, &["meeting 2021-11-22 occurred nasser-bourita;yair-lapid;antony-blinken"]),
    ("en joined counterparts told by country names no one", EN, "Nasser Bourita arrived in Israel on Monday and later joined his counterparts from Bahrain and Egypt at Sde Boker.", Lang::En, &["visit 2021-11-22 occurred nasser-bourita"]),
    // A flight told as a service that runs is no flight of a day; a planned one stays.
    ("en tourists now fly", EN, "Since the accord, Israeli tourists now fly directly to Fez on commercial flights.", Lang::En, &[]),
    ("en have started to arrive on direct flights", EN, "Visitors from Haifa have started to arrive on direct flights, hoteliers say.", Lang::En, &[]),
    ("fr des vols directs relient désormais", FR, "Des vols directs relient désormais Tel-Aviv et Fès.", Lang::Fr, &[]),
    ("en will now fly is planned", EN, "Direct flights will now link Tel Aviv and Fez from next month.", Lang::En, &["flight 2021-12 planned "]),
    // A coordinated clause with a subject of its own tells its own act: each keeps its month
    // and its people; a clause repeating no verb tells the visit before it again, of its
    // subject. A list of people, or two subjects of one verb, is no such clause.
    ("en two acts joined by and, each its month", EN, "Defence Minister Benny Gantz came to Rabat in March and signed a security pact, and Foreign Minister Yair Lapid opened the liaison office in May.", Lang::En, &["agreement 2021-03 occurred benny-gantz", "opening 2021-05 occurred yair-lapid"]),
    ("en a visit and an opening of two subjects", EN, "Benny Gantz visited Rabat in March, and Yair Lapid inaugurated the office in May.", Lang::En, &["visit 2021-03 occurred benny-gantz", "opening 2021-05 occurred yair-lapid"]),
    ("fr venu en mars, et son collègue en mai", FR, "Le ministre de la Défense Benny Gantz est venu à Rabat en mars, et son collègue Yair Lapid en mai.", Lang::Fr, &["visit 2021-03 occurred benny-gantz", "visit 2021-05 occurred yair-lapid"]),
    ("en a list of signers is no clause", EN, "The memorandum was signed by Benny Gantz, Abdellatif Loudiyi, and Yair Lapid on Monday.", Lang::En, &["agreement 2021-11-22 occurred benny-gantz;abdellatif-loudiyi;yair-lapid"]),
    ("fr deux sujets d'un verbe", FR, "C'est à Rabat, ce lundi, qu'Abdellatif Loudiyi, ministre délégué, et Benny Gantz, son homologue, ont signé un mémorandum.", Lang::Fr, &["agreement 2021-11-22 occurred abdellatif-loudiyi;benny-gantz"]),
    // Tourism and borders: travellers arriving in numbers and a country reopening its borders
    // are no visit and no opening.
    ("en tourists' arrival is no visit", EN, "Hoteliers in Fez expect the arrival of thousands of Israeli tourists by the end of the year.", Lang::En, &[]),
    ("en reopened its borders is no opening", EN, "Morocco reopened its borders to travellers from a list of countries including Israel on 15 June.", Lang::En, &[]),
    ("fr passagers attendus", FR, "Une centaine de passagers sont attendus à Fès dimanche.", Lang::Fr, &[]),
    ("fr l'arrivée de touristes", FR, "Les hôteliers de Fès misent sur l'arrivée de milliers de touristes israéliens d'ici la fin de l'année.", Lang::Fr, &[]),
    // A count of visitors in figures or in words is tourism too, not an official visit.
    ("en a count in figures expected to visit", EN, "Around 50,000 Israelis are expected to visit Morocco before the end of the year, the tourist office said.", Lang::En, &[]),
    ("en thousands of Israelis will visit", EN, "Thousands of Israelis will travel to Marrakesh next month for the Hiloula.", Lang::En, &[]),
    ("fr un nombre en chiffres visitera", FR, "Quelque 70 000 Israéliens devraient visiter le Maroc l'an prochain, selon l'Office du tourisme.", Lang::Fr, &[]),
    // A plane's landing, told after the flight, is the flight's, not a visit's arrival.
    ("en the Airbus landed after the flight", EN, "Israir operated its first direct flight from Tel Aviv to Marrakesh on Sunday. The Airbus A320 landed at Menara airport to a traditional welcome.", Lang::En, &["flight 2021-11-21 occurred "]),
    ("en the aircraft touched down after the flight", EN, "El Al launched its inaugural flight between Tel Aviv and Rabat on Monday. The aircraft touched down at Rabat-Salé to a water salute.", Lang::En, &["flight 2021-11-22 occurred "]),
    ("fr l'appareil s'est posé après le vol", FR, "Le premier vol direct d'Israir entre Tel-Aviv et Marrakech a eu lieu dimanche. L'appareil s'est posé à l'aéroport Menara sous les applaudissements.", Lang::Fr, &["flight 2021-11-21 occurred ", "flight 2021-11-21 occurred "]),
    ("fr rouvert ses frontières", FR, "Le Maroc a rouvert ses frontières aux voyageurs de plusieurs pays, dont Israël, le 15 juin.", Lang::Fr, &[]),
    // Put off to a month whose name is also a word ("March", "May").
    ("en postponed to March", EN, "Benny Gantz's visit to Rabat, first planned for this week, was postponed to March.", Lang::En, &["visit 2022-03 planned benny-gantz"]),
    // Talks going on since an event are a state, not a meeting of that day.
    ("en in talks since then", EN, "Benny Gantz met Abdellatif Loudiyi in Rabat on Monday. Since then, Israeli drone makers have reportedly been in talks with Rabat.", Lang::En, &["meeting 2021-11-22 occurred benny-gantz;abdellatif-loudiyi"]),
    ("fr en pourparlers depuis", FR, "Benny Gantz a rencontré lundi Abdellatif Loudiyi à Rabat. Depuis, des industriels israéliens seraient en pourparlers avec Rabat.", Lang::Fr, &["meeting 2021-11-22 occurred benny-gantz;abdellatif-loudiyi"]),
    // An arrival told in an "after" clause of a dated act is of that act's day (the visit, and
    // the flight the clause tells); counted from it ("three days after"), it is not.
    ("en arrival in the after clause of a signing", EN, "Israel and Morocco signed an aviation accord on Monday, after an Israeli and American delegation landed in Rabat aboard the first direct flight from Tel Aviv.", Lang::En, &["agreement 2021-11-22 occurred ", "visit 2021-11-22 occurred ", "flight 2021-11-22 occurred "]),
    ("en arrival counted from the signing", EN, "Israel and Morocco signed an aviation accord on Monday, three days after an Israeli delegation landed in Rabat.", Lang::En, &["agreement 2021-11-22 occurred ", "visit  occurred "]),
    ("fr après l'atterrissage", FR, "Le Maroc et Israël ont signé lundi un accord aérien, après l'atterrissage à Rabat de la délégation israélienne.", Lang::Fr, &["agreement 2021-11-22 occurred ", "visit 2021-11-22 occurred "]),
    // A follow-on act told "dans la foulée", "shortly afterwards" takes the day of the act just
    // told.
    ("fr dans la foulée, phrase suivante", FR, "Benny Gantz a atterri lundi à Rabat. Dans la foulée, il a signé un accord avec Abdellatif Loudiyi.", Lang::Fr, &["visit 2021-11-22 occurred benny-gantz", "agreement 2021-11-22 occurred benny-gantz;abdellatif-loudiyi"]),
    ("fr dans la foulée, même phrase", FR, "Arrivé lundi à Rabat, Benny Gantz a dans la foulée signé un accord avec Abdellatif Loudiyi.", Lang::Fr, &["visit 2021-11-22 occurred benny-gantz", "agreement 2021-11-22 occurred benny-gantz;abdellatif-loudiyi"]),
    ("en shortly afterwards", EN, "Benny Gantz landed in Rabat on Monday. Shortly afterwards, he signed an accord with Abdellatif Loudiyi.", Lang::En, &["visit 2021-11-22 occurred benny-gantz", "agreement 2021-11-22 occurred benny-gantz;abdellatif-loudiyi"]),
    // A meeting told by its close is the meeting, of the close's day; a visit concluded is the
    // visit's end, not an agreement; a working dinner is talks.
    ("en wrapped up a two-day meeting", EN, "Nasser Bourita and Yair Lapid wrapped up a two-day meeting in Rabat on Tuesday.", Lang::En, &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("fr ont clôturé deux jours de discussions", FR, "Nasser Bourita et Yair Lapid ont clôturé mardi deux jours de discussions à Rabat.", Lang::Fr, &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("fr a conclu sa visite", FR, "Le ministre israélien de la Défense Benny Gantz a conclu mercredi sa visite au Maroc.", Lang::Fr, &["visit 2021-11-24 occurred benny-gantz"]),
    ("en concluded his visit", EN, "Benny Gantz concluded his visit to Morocco on Wednesday.", Lang::En, &["visit 2021-11-24 occurred benny-gantz"]),
    ("fr ont conclu trois accords", FR, "Les deux pays ont conclu mardi trois accords de coopération.", Lang::Fr, &["agreement 2021-11-23 occurred "]),
    ("en held a working dinner", EN, "Benny Gantz arrived in Rabat on Monday and held a working dinner with Abdellatif Loudiyi that evening.", Lang::En, &["visit 2021-11-22 occurred benny-gantz", "meeting 2021-11-22 occurred benny-gantz;abdellatif-loudiyi"]),
    ("fr un dîner de travail", FR, "Benny Gantz est arrivé lundi à Rabat et a partagé un dîner de travail avec Abdellatif Loudiyi.", Lang::Fr, &["visit 2021-11-22 occurred benny-gantz", "meeting 2021-11-22 occurred benny-gantz;abdellatif-loudiyi"]),
];

/// (case, body after a date line, the airlines of its one flight): of several airlines a
/// sentence names, the flight is its subject's; those it joins come after it.
const FLIGHT_AIRLINES: &[(&str, &str, &str)] = &[
    ("joining two others", "Royal Air Maroc will start flights to Tel Aviv on 3 December, joining El Al and Israir.", "royal-air-maroc"),
    ("rejoignant deux autres", "Royal Air Maroc lancera le 3 décembre des vols directs vers Tel-Aviv, rejoignant El Al et Israir.", "royal-air-maroc"),
    ("operated by, after the noun", "The first direct flight, operated by El Al, landed in Rabat on Monday.", "el-al"),
];

#[test]
fn flight_is_its_subject_airline() {
    let mut failures = Vec::new();
    for &(name, body, expected) in FLIGHT_AIRLINES {
        let x = extract_article(Article::from_text("t.txt", &format!("{EN}\n{body}\n")), context(), None);
        // One flight, one mention: a flight told by its noun and by its landing ("The first
        // direct flight, operated by El Al, landed") is folded into the landing's mention
        // (FLIGHT_NOUN_AND_LANDING below).
        let got: Vec<String> = resolve_mentions(&x, context()).iter().filter(|m| m.event_type.as_str() == "flight").map(|m| {
            let mut airlines: Vec<&str> = m.organisations().iter().map(|o| &**o).collect();
            airlines.sort();
            airlines.join(";")
        }).collect();
        if got != [expected] {
            failures.push(format!("{name}: {body}\n  expected {expected:?}\n  got      {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// (case, date line, body, its flight mentions as "date status"): a flight told in one
/// sentence by its landing and by its noun ("landed …, inaugurating the first direct flights",
/// « a atterri …, inaugurant la première liaison », «حطت … طائرة …، في أول رحلة مباشرة») is one
/// mention, of the landing's day; a flight the sentence announces for later is another.
const FLIGHT_NOUN_AND_LANDING: &[(&str, &str, &str, &[&str])] = &[
    ("en landed, inaugurating", EN, "An Israir Airbus landed in Marrakech on Sunday, inaugurating the first direct commercial flights between the two countries.", &["2021-11-21 occurred"]),
    ("en the first flight landed", EN, "The first direct flight, operated by El Al, landed in Rabat on Monday.", &["2021-11-22 occurred"]),
    ("fr a atterri, inaugurant", FR, "Un appareil de la compagnie Israir a atterri lundi à Marrakech, inaugurant la première liaison directe entre les deux pays.", &["2021-11-22 occurred"]),
    ("ar landed on the first flight", "الأربعاء 24 نوفمبر 2021", "حطت أمس الثلاثاء بمطار مراكش المنارة طائرة تابعة لشركة يسرائير، في أول رحلة مباشرة بين البلدين.", &["2021-11-23 occurred"]),
];

#[test]
fn a_flight_told_by_its_noun_and_its_landing_is_one_mention() {
    let mut failures = Vec::new();
    for &(name, dateline, body, expected) in FLIGHT_NOUN_AND_LANDING {
        let x = extract_article(Article::from_text("t.txt", &format!("{dateline}\n{body}\n")), context(), None);
        let got: Vec<String> = resolve_mentions(&x, context())
            .iter()
            .filter(|m| m.event_type.as_str() == "flight")
            .map(|m| format!("{} {}", m.date.map(|d| d.to_string()).unwrap_or_default(), m.status.as_str()))
            .collect();
        if got != expected {
            failures.push(format!("{name}: {body}\n  expected {expected:?}\n  got      {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

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

/// (case, body after an English date line, the places of the event): the city of a wire
/// date line ("CASABLANCA (Reuters) -", "RABAT, Morocco —", "Tanger, 22 nov. 2021 (AFP) -") is
/// where the story was written, not the venue the sentence states; a city the sentence names
/// again after its date line is a venue too.
const DATELINE_CITIES: &[(&str, &str, &str)] = &[
    ("agency in brackets", "CASABLANCA (Reuters) - Ayelet Shaked held talks with Abdelouafi Laftit in Rabat on Monday.", "rabat"),
    ("city and country", "RABAT, Morocco — Benny Gantz and Abdellatif Loudiyi signed a memorandum in Casablanca on Monday.", "casablanca"),
    ("city, date and agency", "Tanger, 22 nov. 2021 (AFP) - Benny Gantz et Abdellatif Loudiyi ont signé lundi un mémorandum à Rabat.", "rabat"),
    ("named again after the date line", "Rabat, 22 nov. 2021 (AFP) - Le premier vol direct entre Tel-Aviv et Rabat a atterri lundi.", "rabat;tel-aviv"),
    // The place of an event the timeline does not record (an attack) is not the visit's.
    ("an attack's town", "Nasser Bourita landed in Tel Aviv on Sunday, hours after a shooting attack in the northern town of Hadera.", "tel-aviv"),
    ("la ville d'un attentat", "Nasser Bourita est arrivé dimanche à Tel-Aviv, au lendemain d'un attentat à Hadera.", "tel-aviv"),
];

#[test]
fn issue_13_dateline_city_is_not_the_venue() {
    let mut failures = Vec::new();
    for &(name, body, expected) in DATELINE_CITIES {
        let x = extract_article(Article::from_text("t.txt", &format!("{EN}\n{body}\n")), context(), None);
        let mut got: Vec<String> = resolve_mentions(&x, context()).iter().map(|m| {
            let mut places: Vec<&str> = m.places().iter().map(|p| &**p).collect();
            places.sort();
            places.join(";")
        }).collect();
        got.dedup();
        if got != [expected] {
            failures.push(format!("{name}: {body}\n  expected {expected:?}\n  got      {got:?}"));
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
    assert_eq!(x.doc.lang, Lang::En);
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
    assert_eq!(x.doc.lang, Lang::Fr);
}

/// The rows of `extract --raw --no-bom` (with `extra` options) over `w`'s `corpus/`, each as its
/// fields, and the timeline's text for failure messages.
fn timeline_rows(w: &common::Workdir, extra: &[&str]) -> (Vec<Vec<String>>, String) {
    let mut args = vec!["extract", "--corpus", "corpus", "-o", "t.csv", "--raw", "--no-bom"];
    args.extend_from_slice(extra);
    let out = w.run(&args);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let text = w.read("t.csv");
    let rows = csv::Reader::from_reader(text.as_bytes()).records().map(|r| r.unwrap().iter().map(String::from).collect()).collect();
    (rows, text)
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
    let (rows, text) = timeline_rows(&w, &[]);
    let signing: Vec<&Vec<String>> = rows.iter().filter(|r| r[3] == "agreement").collect();
    assert_eq!(signing.len(), 1, "{text}");
    assert_eq!(signing[0][1], "2021-11-24");
    assert_eq!(signing[0][6], "Benny Gantz; Abdellatif Loudiyi");
    assert_eq!(signing[0][10], "gantz_ar.txt; gantz_en.txt; gantz_fr.txt");
    assert!(signing[0][5].starts_with("Benny Gantz and Abdellatif Loudiyi sign"), "{}", signing[0][5]);
    assert!(rows.iter().any(|r| r[3] == "visit" && r[1] == "2021-11-23" && r[6] == "Benny Gantz"), "{text}");
}

/// An agreement's own noun tells its topic: « le mémorandum de défense signé par Benny Gantz en
/// novembre 2021 », recalled on a page whose sentence is about intelligence and training, is the
/// defence memorandum of 24 November 2021 (topic words of `defence`, « de défense » among them),
/// one row with the day's report, not an intelligence agreement of that month apart.
#[test]
fn a_recalled_defence_memorandum_joins_its_day() {
    let w = common::Workdir::new();
    w.write("corpus/recall_fr.txt", "Publié le 20/07/2022\n\nLes deux états-majors ont évoqué le renseignement et la formation des officiers, dans le cadre du mémorandum de défense signé par Benny Gantz en novembre 2021.\n");
    w.write("corpus/day_en.txt", "Published: Nov 24, 2021\n\nBenny Gantz and Abdellatif Loudiyi signed a defence memorandum in Rabat on Wednesday.\n");
    let (rows, text) = timeline_rows(&w, &[]);
    let signing: Vec<&Vec<String>> = rows.iter().filter(|r| r[3] == "agreement").collect();
    assert_eq!(signing.len(), 1, "{text}");
    assert_eq!(signing[0][1], "2021-11-24", "{text}");
    assert_eq!(signing[0][10], "day_en.txt; recall_fr.txt", "{text}");
}

/// A headline recalling a signing's anniversary («ذكرى توقيع الإعلان الثلاثي», "Anniversary of
/// the tripartite declaration") on a page that tells the signing with its day is a source of
/// that signing's row (an undated recall joins it), not a row of its own (with `--undated`).
#[test]
fn a_headline_recalling_an_anniversary_joins_the_signing_told() {
    let w = common::Workdir::new();
    w.write("corpus/recall_ar.txt", "نشر: 2021-12-22\n\nذكرى توقيع الإعلان الثلاثي: عام من التعاون\nوقع سعد الدين العثماني ومئير بن شبات وجاريد كوشنر في 22 ديسمبر 2020 بالرباط الإعلان المشترك بين المغرب والولايات المتحدة وإسرائيل.\n");
    let (rows, text) = timeline_rows(&w, &["--undated", "--all-events", "--mentions", "m.csv"]);
    let signing: Vec<&Vec<String>> = rows.iter().filter(|r| r[3] == "agreement").collect();
    assert_eq!(signing.len(), 1, "{text}");
    assert_eq!(signing[0][1], "2020-12-22", "{text}");
    // The headline (line 3, after the date line and a blank one) is among the row's mentions.
    let mentions = w.read("m.csv");
    let headline = csv::Reader::from_reader(mentions.as_bytes()).records().map(|r| r.unwrap()).any(|r| r[0] == signing[0][0] && &r[1] == "recall_ar.txt" && &r[2] == "3");
    assert!(headline, "{mentions}");
}

/// A headline that names the subject its story's signing does not name tells that signing: «
/// Israel and Morocco sign a water agreement » over "signed a memorandum of understanding in
/// Rabat on Wednesday" is one row, not an undated headline row beside it (with `--undated`).
#[test]
fn a_headline_naming_the_subject_tells_the_story_signing() {
    let w = common::Workdir::new();
    w.write("corpus/water_en.txt", "Published: Jun 16, 2022\n\nIsrael and Morocco sign a water agreement\nKarine Elharrar and Nizar Baraka signed a memorandum of understanding in Rabat on Wednesday.\n");
    w.write("corpus/eau_fr.txt", "Publié le 16/06/2022\n\nLe Maroc et Israël signent un accord dans le domaine de l'eau\nKarine Elharrar et Nizar Baraka ont signé mercredi à Rabat un mémorandum d'entente.\n");
    let (rows, text) = timeline_rows(&w, &["--undated"]);
    let signing: Vec<&Vec<String>> = rows.iter().filter(|r| r[3] == "agreement").collect();
    assert_eq!(signing.len(), 1, "{text}");
    assert_eq!(signing[0][1], "2022-06-15", "{text}");
}

/// "signed this week" is a week until another report fixes the day: alone, the row is the week
/// (its Monday, precision `week`); with a report that tells the weekday, one row on that day
/// listing both sources.
#[test]
fn issue_13_this_week_takes_the_day_another_report_gives() {
    let w = common::Workdir::new();
    let agreements = |w: &common::Workdir| {
        let (rows, _) = timeline_rows(w, &[]);
        rows.into_iter().filter(|r| r[3] == "agreement").map(|r| format!("{} {} {}", r[1], r[2], r[10])).collect::<Vec<String>>()
    };
    w.write("corpus/water_en.txt", "Published: Jun 17, 2022\n\nIsrael and Morocco signed a water cooperation memorandum this week in Rabat, with Karine Elharrar and Nizar Baraka putting their names to it.\n");
    assert_eq!(agreements(&w), ["2022-06-13 week water_en.txt"]);
    w.write("corpus/water_fr.txt", "Publié le 16/06/2022\n\nLa ministre israélienne Karine Elharrar et Nizar Baraka ont signé mercredi à Rabat un mémorandum d'entente dans le domaine de l'eau.\n");
    assert_eq!(agreements(&w), ["2022-06-15 day water_en.txt; water_fr.txt"]);
}
