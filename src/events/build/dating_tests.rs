//! Unit tables of the dating of mentions: the entries of live pages (clock times alone on
//! their lines, day headers) and the clock lines themselves.

use crate::corpus::Article;
use crate::events::resolve::resolve_mentions;
use crate::pipeline::{Context, extract_article};

use super::{is_clock_alone, under_a_clock_line};

fn context() -> &'static Context {
    static CTX: std::sync::OnceLock<Context> = std::sync::OnceLock::new();
    CTX.get_or_init(|| Context::load(None, None).unwrap())
}

/// The mentions of a whole page as "type date status", sorted.
fn mentions(page: &str) -> Vec<String> {
    let x = extract_article(Article::from_text("t.txt", page), context(), None);
    let mut got: Vec<String> = resolve_mentions(&x, context())
        .iter()
        .map(|m| format!("{} {} {}", m.event_type.as_str(), m.date.map(|d| d.to_string()).unwrap_or_default(), m.status.as_str()))
        .collect();
    got.sort();
    got.dedup();
    got
}

/// (family, page, mentions that must be among the page's, "type date status").
const LIVE_PAGES: &[(&str, &str, &[&str])] = &[
    (
        "ar: every entry under a clock line alone takes the page's day",
        "تغطية حية.. وزيرة إسرائيلية في الدار البيضاء\nنشر في: 14 مارس 2022 - 08:15\n16:50\nالتقت وزيرة الاقتصاد الإسرائيلية أورنا باربيفاي وزير الصناعة المغربي رياض مزور في الدار البيضاء.\n14:05\nوقع الوزيران مذكرة تفاهم للتعاون في مجال الصناعة.\n12:20\nحطت طائرة الوزيرة الإسرائيلية أورنا باربيفاي في مطار محمد الخامس الدولي.",
        // (The minister's plane landing is her arrival, as "حطت طائرة وزير الدفاع" is: a visit.)
        &["agreement 2022-03-14 occurred", "visit 2022-03-14 occurred", "meeting 2022-03-14 occurred"],
    ),
    (
        "en: entries under a clock line with its letters",
        "Live updates: Israeli economy minister in Morocco\nPublished March 14, 2022\n4:50 pm\nOrna Barbivai met Moroccan industry minister Ryad Mezzour in Casablanca.\n\n11:20 am\nThe two ministers signed a memorandum on industrial cooperation.",
        &["agreement 2022-03-14 occurred", "meeting 2022-03-14 occurred"],
    ),
    (
        "ar: a live page's day headers date the entries under them",
        "متابعة مباشرة: زيارة وزيرة إسرائيلية للمغرب\nنشر في: 15 مارس 2022 - 20:00\nالثلاثاء 15 مارس 2022\n18:30\nوقعت أورنا باربيفاي ورياض مزور اتفاقية للتعاون التجاري في الرباط.\nالاثنين 14 مارس 2022\n21:10\nوصلت وزيرة الاقتصاد الإسرائيلية أورنا باربيفاي إلى الرباط في زيارة رسمية.",
        &["agreement 2022-03-15 occurred", "visit 2022-03-14 occurred"],
    ),
];

/// Check a table of pages: each expected mention is among the page's, the names unique.
fn assert_pages(table: &[(&str, &str, &[&str])]) {
    let mut failures = Vec::new();
    for (name, page, expected) in table {
        let got = mentions(page);
        for e in *expected {
            if !got.iter().any(|g| g == e) {
                failures.push(format!("{name}: {e} not in {got:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    crate::test_support::assert_unique_names(table.iter().map(|c| c.0));
}

#[test]
fn live_page_entries() {
    assert_pages(LIVE_PAGES);
}

#[test]
fn clock_lines_alone() {
    for line in ["19:05", "- 14:40 -", "9h05", "4:50 pm", "• 11.20", "[13:05]"] {
        assert!(is_clock_alone(line), "{line}");
    }
    for line in ["2021", "19:05 وقع الوزيران", "نشر في: 22 ديسمبر 2020 - 09:40", "14:405", "الساعة 14:40"] {
        assert!(!is_clock_alone(line), "{line}");
    }
    // The stamp must stand on the line right above (blank lines allowed), the entry open its line.
    let text = "12:20\nحطت الطائرة.\n\n13:05\n\nوصل الوفد. ثم غادر.\nالعنوان\nوقع الوزيران.";
    let at = |s: &str| text.find(s).unwrap();
    assert!(under_a_clock_line(text, at("حطت")));
    assert!(under_a_clock_line(text, at("وصل")));
    assert!(!under_a_clock_line(text, at("ثم")));
    assert!(!under_a_clock_line(text, at("وقع")));
}

/// (family, page, mentions that must be among the page's): a date in apposition to an event.
const APPOSITIONS: &[(&str, &str, &[&str])] = &[
    (
        "ar: since a date, the date of the first flight",
        "نشر: 2022-03-20\nوتسير الشركة رحلات منتظمة بين البلدين منذ 8 أغسطس 2021، تاريخ أول رحلة مباشرة بين الدار البيضاء وتل أبيب.",
        &["flight 2021-08-08 occurred"],
    ),
    (
        "en: since a date, the date of the first flight",
        "Published March 20, 2022\nThe airline has operated the route since August 8, 2021, the date of the first direct flight between Tel Aviv and Casablanca.",
        &["flight 2021-08-08 occurred"],
    ),
    (
        "fr: depuis une date, date du premier vol",
        "Publié le 20 mars 2022\nLa compagnie relie les deux pays depuis le 8 août 2021, date du premier vol direct entre Tel-Aviv et Casablanca.",
        &["flight 2021-08-08 occurred"],
    ),
];

#[test]
fn dates_in_apposition() {
    assert_pages(APPOSITIONS);
}

/// (family, page, a mention that must be among the page's, one that must not be): a date told
/// inside a quotation or after "since" is a back-reference, and a connective or follow-up
/// ("ثم", "ensuite", "then") does not carry it to the next act; the act's own day still goes.
const BACK_REFERENCES: &[(&str, &str, &str, &str)] = &[
    (
        "fr: a quoted back-reference is not carried by ensuite",
        "Publié le 12 mai 2022\nYaïr Lapid a rencontré mardi à Rabat son homologue Nasser Bourita.\n« Nos échanges n'ont cessé de croître depuis l'accord tripartite de décembre dernier », a souligné Nasser Bourita. Yaïr Lapid s'est ensuite rendu à Tanger.",
        "meeting 2022-05-10 occurred",
        "visit 2021-12 occurred",
    ),
    (
        "fr: ensuite carries the day of the act told before",
        "Publié le 12 mai 2022\nYaïr Lapid a signé mardi à Rabat un accord avec Nasser Bourita. Yaïr Lapid s'est ensuite rendu à Tanger.",
        "visit 2022-05-10 occurred",
        "visit  occurred",
    ),
    (
        "en: a since back-reference is not carried by then",
        "Published May 12, 2022\nYair Lapid met Nasser Bourita in Rabat on Tuesday.\nTrade has doubled since the signing of the joint declaration last December. Yair Lapid then traveled to Tangier.",
        "meeting 2022-05-10 occurred",
        "visit 2021-12 occurred",
    ),
    // "since" opens a recall up to its clause's end: past a semicolon, the date is the next
    // clause's own (dating.rs recalled_after_since), not left for the day of the sentence before.
    (
        "en: a semicolon ends the recall opened by since",
        "Published November 16, 2022\nYair Lapid met Nasser Bourita in Rabat on Monday.\nTrade has grown since the start; in July, Abdellatif Ouahbi and Gideon Sa'ar signed a memorandum on judicial cooperation.",
        "agreement 2022-07 occurred",
        "agreement 2022-11-14 occurred",
    ),
    (
        "ar: a quoted back-reference is not carried by ثم",
        "نشر: 2022-05-12\nالتقى يائير لابيد الثلاثاء بنظيره ناصر بوريطة في الرباط.\nوقال بوريطة: «تضاعفت المبادلات منذ توقيع الإعلان المشترك في ديسمبر الماضي».\nثم توجه يائير لابيد إلى طنجة.",
        "meeting 2022-05-10 occurred",
        "visit 2021-12 occurred",
    ),
];

/// (family, page, a mention that must be among the page's, one that must not be): a clause
/// opened by "ثم", "then", « puis » (word list `sequence`) after a comma tells the narrative's
/// next act; with a date of its own, its acts take that date, not the date of the clause
/// before (whose own verb may be no event trigger). Told with no date, the act is still the
/// next act of the day before.
const SEQUENCES: &[(&str, &str, &str, &str)] = &[
    (
        "ar: a full date in the clause after ثم is the signing's, not the month before",
        "نشر: 2021-12-15\nوكانت العلاقات بين البلدين قد استؤنفت في دجنبر 2020، ثم وقع وزير الدفاع بيني غانتس مذكرة تفاهم مع عبد اللطيف لوديي في 24 نونبر 2021.",
        "agreement 2021-11-24 occurred",
        "agreement 2020-12 occurred",
    ),
    (
        "ar: وبعد ذلك, the month of the same year told through the visit during which they signed",
        "نشر: 2021-12-15\nوعاد السفير إلى تل أبيب في يونيو الماضي، وبعد ذلك وقع الطرفان اتفاقا للطيران خلال زيارة يائير لابيد للرباط في غشت من العام نفسه.",
        "agreement 2021-08 occurred",
        "agreement 2021-06 occurred",
    ),
    (
        "en: then, the signing during a visit of its own month",
        "Published December 15, 2021\nIsrair launched its flights to Marrakesh in July, then the two countries signed an air services agreement during Yair Lapid's visit to Rabat in August of the same year.",
        "agreement 2021-08 occurred",
        "agreement 2021-07 occurred",
    ),
    (
        "fr: puis, a full date of its own",
        "Publié le 15 décembre 2021\nLes relations ont repris en décembre 2020, puis Benny Gantz a signé un mémorandum de défense avec Abdellatif Loudiyi à Rabat le 24 novembre 2021.",
        "agreement 2021-11-24 occurred",
        "agreement 2020-12 occurred",
    ),
    (
        "ar: ثم with no date of its own: the next act of the arrival's day",
        "نشر: 2021-11-24\nوصل وزير الدفاع الإسرائيلي بيني غانتس إلى الرباط أمس، ثم وقع مذكرة تفاهم مع عبد اللطيف لوديي.",
        "agreement 2021-11-23 occurred",
        "agreement 2021-11-24 occurred",
    ),
    (
        "en: then with no date of its own: the next act of the arrival's day",
        "Published November 24, 2021\nIsraeli Defence Minister Benny Gantz arrived in Rabat on Tuesday, then signed a memorandum with Abdellatif Loudiyi.",
        "agreement 2021-11-23 occurred",
        "agreement 2021-11-24 occurred",
    ),
];

#[test]
fn a_clause_after_then_keeps_its_own_date() {
    let mut failures = Vec::new();
    for (name, page, must, must_not) in SEQUENCES {
        let got = mentions(page);
        if !got.iter().any(|g| g == must) || got.iter().any(|g| g == must_not) {
            failures.push(format!("{name}: want {must:?}, not {must_not:?}; got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    crate::test_support::assert_unique_names(SEQUENCES.iter().map(|c| c.0));
}

/// The mentions of a page's last line as "type date status", sorted.
fn last_line_mentions(page: &str) -> Vec<String> {
    let x = extract_article(Article::from_text("t.txt", page), context(), None);
    let last = page.lines().count();
    let mut got: Vec<String> = resolve_mentions(&x, context())
        .iter()
        .filter(|m| m.line == last)
        .map(|m| format!("{} {} {}", m.event_type.as_str(), m.date.map(|d| d.to_string()).unwrap_or_default(), m.status.as_str()))
        .collect();
    got.sort();
    got.dedup();
    got
}

/// (family, page, a mention that must be among those of the page's last line, one that must
/// not be): a past act joined by "و", "ف" or "ثم" to a clause its sentence dates (word list `coordinate`) is the
/// next act of that day, not of the day a follow-up or a connective would carry from the
/// sentence before; a date of its own clause stays its own.
const COORDINATED: &[(&str, &str, &str, &str)] = &[
    (
        "ar: a meeting joined to a dated arrival is of the arrival's day, not the meeting told before",
        "نشر: 2022-05-12
والتقى وزير الخارجية الإسرائيلي يائير لابيد يوم الاثنين الماضي بنظيره الإماراتي في أبوظبي.
وحل لابيد بالرباط مساء أمس الأربعاء، والتقى نظيره المغربي ناصر بوريطة.",
        "meeting 2022-05-11 occurred",
        "meeting 2022-05-09 occurred",
    ),
    (
        "ar: a signing joined to a dated arrival by ف is of the arrival's day",
        "نشر: 2022-05-12
ووقعت وزيرة الاقتصاد الإسرائيلية أورنا باربيفاي يوم الاثنين الماضي اتفاقية تجارية مع الإمارات.
ووصلت باربيفاي إلى الدار البيضاء صباح اليوم، فوقعت مع الوزير رياض مزور اتفاقية للتعاون الصناعي.",
        "agreement 2022-05-12 occurred",
        "agreement 2022-05-09 occurred",
    ),
    (
        "ar: talks told by a light verb after ثم are of the reception's day",
        "نشر: 2022-05-12
وأجرى ناصر بوريطة يوم الاثنين الماضي مباحثات مع السفير الإسرائيلي ديفيد غوفرين.
واستقبل بوريطة أمس الأربعاء وزير التعاون الإقليمي الإسرائيلي عيساوي فريج، ثم أجرى معه مباحثات.",
        "meeting 2022-05-11 occurred",
        "meeting 2022-05-09 occurred",
    ),
    (
        "ar: an imperfect after قبل أن, dual subject in the verb, is the next act of the day before it",
        "نشر: 2022-05-12
والتقى وزير الخارجية الإسرائيلي يائير لابيد يوم الاثنين الماضي بنظيره الإماراتي في أبوظبي.
واستقبل ناصر بوريطة صباح أمس الأربعاء الوزير الإسرائيلي عيساوي فريج، قبل أن يوقعا مذكرة تفاهم للتعاون الأكاديمي.",
        "agreement 2022-05-11 occurred",
        "agreement  occurred",
    ),
    (
        "ar: an imperfect with ل and a then word after its subject is the next act",
        "نشر: 2022-05-12
اجتمع بيني غانتس أمس الأربعاء بعبد اللطيف لوديي في الرباط، ليوقع الوزيران لاحقا مذكرة تفاهم دفاعية.",
        "agreement 2022-05-11 occurred",
        "agreement  occurred",
    ),
    (
        "ar: a past verb after بعد أن in a later clause is of the sentence's day",
        "نشر: 2022-05-12
زار عيساوي فريج صباح أمس الأربعاء مدينة الصويرة، بعد أن وقع مع بوريطة اتفاقية للتعاون الأكاديمي.",
        "agreement 2022-05-11 occurred",
        "agreement  occurred",
    ),
    (
        "ar: a chained act with a date of its own keeps it",
        "نشر: 2022-05-12
التقى لابيد بوريطة في الرباط يوم الاثنين الماضي، قبل أن يوقعا اتفاقية للنقل الجوي أمس الأربعاء.",
        "agreement 2022-05-11 occurred",
        "agreement 2022-05-09 occurred",
    ),
    (
        "ar: an imperfect with ل and بعد ذلك right after the verb, the reception two days before",
        "نشر: 2022-05-12
استقبل ناصر بوريطة نظيره الإسرائيلي يائير لابيد أول أمس الثلاثاء، ليوقعا بعد ذلك اتفاقية للإعفاء من التأشيرة.",
        "agreement 2022-05-10 occurred",
        "agreement  occurred",
    ),
    (
        "ar: a signing after وقبل أن with the pronoun on its preposition, a minister's talks",
        "نشر: 2022-05-12
وعقدت أورنا باربيفاي جلسة مباحثات مع رياض مزور بالرباط يوم الثلاثاء الماضي، وقبل أن توقع معه مذكرة تفاهم للتعاون الاقتصادي.",
        "agreement 2022-05-10 occurred",
        "agreement  occurred",
    ),
    (
        "ar: a signing counted from by a period after بعد stays a time reference",
        "نشر: 2022-05-12
التقى يائير لابيد بناصر بوريطة في الرباط أمس الأربعاء، بعد يومين من توقيع اتفاقية للنقل الجوي.",
        "meeting 2022-05-11 occurred",
        "agreement 2022-05-11 occurred",
    ),
    (
        "ar: a coordinated act with a date in its own clause keeps it",
        "نشر: 2022-05-12
وحل يائير لابيد بالرباط مساء الثلاثاء الماضي، والتقى بوريطة أمس الأربعاء.",
        "meeting 2022-05-11 occurred",
        "meeting 2022-05-10 occurred",
    ),
];

#[test]
fn coordinated_acts_take_their_sentence_s_day() {
    let mut failures = Vec::new();
    for (name, page, must, must_not) in COORDINATED {
        let got = last_line_mentions(page);
        if !got.iter().any(|g| g == must) || got.iter().any(|g| g == must_not) {
            failures.push(format!("{name}: want {must:?}, not {must_not:?}; got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    crate::test_support::assert_unique_names(COORDINATED.iter().map(|c| c.0));
}

/// (family, page, a mention that must be among the page's, one that must not be): a Latin
/// verb with no subject of its own right after a sequel word — an English gerund, a French
/// infinitive after « avant de », a participle after « après avoir » — is the next (or the
/// previous) act of the sentence's subject on the same occasion: an act of the sentence, on
/// the day told for it (see `scan::tells_the_next_act`); a measure of time before the sequel
/// word, or a subject of its own, keeps it a time reference with a day of its own.
const NEXT_ACTS: &[(&str, &str, &str, &str)] = &[
    (
        "en: a gerund after before is the signing of the talks' day",
        "Published March 11, 2022
Israeli economy minister Orna Barbivai held talks with Ryad Mezzour in Casablanca on Tuesday, before signing a trade memorandum with him.",
        "agreement 2022-03-08 occurred",
        "agreement  occurred",
    ),
    (
        "en: a gerund after before with no comma leaves the talks their day",
        "Published March 11, 2022
Benny Gantz met Abdellatif Loudiyi in Rabat on Monday before signing a defence memorandum of understanding.",
        "meeting 2022-03-07 occurred",
        "meeting  occurred",
    ),
    (
        "en: a gerund clause opening the sentence keeps its own day",
        "Published March 11, 2022
After meeting Abdellatif Loudiyi in Rabat on Monday, Benny Gantz laid a wreath at the Mohammed V mausoleum.",
        "meeting 2022-03-07 occurred",
        "meeting  occurred",
    ),
    (
        "en: after having and a participle, the subject's earlier act of the same day",
        "Published March 11, 2022
Nasser Bourita received Yair Lapid in Rabat on Wednesday, after having signed a memorandum on air services with him.",
        "agreement 2022-03-09 occurred",
        "agreement  occurred",
    ),
    (
        "en: a measure of time before the sequel word counts another day",
        "Published March 11, 2022
Yair Lapid met Nasser Bourita in Rabat on Wednesday, a day after signing an aviation accord.",
        "meeting 2022-03-09 occurred",
        "agreement 2022-03-09 occurred",
    ),
    (
        "en: a sequel clause with a subject and a month of its own keeps that month",
        "Published March 11, 2022
After Morocco and Israel signed the joint declaration in December 2020, the first direct flights began in July 2021.",
        "flight 2021-07 occurred",
        "agreement 2021-07 occurred",
    ),
    (
        "fr: an infinitive after avant de is the signing of the talks' day",
        "Publié le 11 mars 2022
Orna Barbivai s'est entretenue lundi à Casablanca avec Ryad Mezzour, avant de signer avec lui un mémorandum d'entente commercial.",
        "agreement 2022-03-07 occurred",
        "agreement  occurred",
    ),
    (
        "fr: a measure of time before après avoir counts another day",
        "Publié le 11 mars 2022
Yaïr Lapid a rencontré mercredi Nasser Bourita, deux jours après avoir signé un accord aérien.",
        "meeting 2022-03-09 occurred",
        "agreement 2022-03-09 occurred",
    ),
    (
        "fr: the signing after the pair's undated talks takes the day of the reception they were",
        "Publié le 11 mars 2022
Arrivée lundi à Casablanca, Orna Barbivai a été reçue par Ryad Mezzour. Les deux ministres ont eu des entretiens sur les échanges commerciaux, avant de signer deux mémorandums d'entente.",
        "agreement 2022-03-07 occurred",
        "agreement 2022-03-11 occurred",
    ),
    (
        "en: the signing after the pair's undated talks takes the day of the reception they were",
        "Published March 11, 2022
Benny Gantz arrived in Rabat on Monday and was received by Abdellatif Loudiyi. The two officials held talks on regional security before signing a defence memorandum.",
        "agreement 2022-03-07 occurred",
        "agreement 2022-03-11 occurred",
    ),
    (
        "fr: the signing after the lead's undated talks shares their day, the story's",
        "Publié le 11 mars 2022
Orna Barbivai et Ryad Mezzour ont eu des entretiens sur les échanges commerciaux, avant de signer deux mémorandums d'entente.",
        "agreement 2022-03-11 occurred",
        "agreement  occurred",
    ),
    (
        "en: a next act with a day of its own after the talks' day keeps it",
        "Published March 11, 2022
Yair Lapid met Nasser Bourita in Rabat on Tuesday, before signing an aviation accord with him on Thursday.",
        "agreement 2022-03-10 occurred",
        "agreement 2022-03-08 occurred",
    ),
    (
        "fr: a next act with a day of its own keeps it",
        "Publié le 11 mars 2022
Nasser Bourita a reçu mardi son homologue Yaïr Lapid, avant de signer avec lui jeudi un accord de services aériens.",
        "agreement 2022-03-10 occurred",
        "agreement 2022-03-08 occurred",
    ),
    (
        "en: a gerund clause opening the sentence takes the main clause's day",
        "Published March 11, 2022
After signing a cyber security memorandum, Benny Gantz held talks with Abdellatif Loudiyi in Rabat on Tuesday.",
        "agreement 2022-03-08 occurred",
        "agreement  occurred",
    ),
    (
        "fr: après avoir and a participle opening the sentence take the main clause's day",
        "Publié le 11 mars 2022
Après avoir paraphé trois accords, le ministre Yaïr Lapid s'est entretenu mercredi avec le roi Mohammed VI.",
        "agreement 2022-03-09 occurred",
        "agreement  occurred",
    ),
    (
        "en: a signing with a subject of its own after a day is a time reference",
        "Published March 11, 2022
Yair Lapid held talks with Nasser Bourita in Rabat on Wednesday, a day after he signed an aviation accord.",
        "meeting 2022-03-09 occurred",
        "agreement 2022-03-09 occurred",
    ),
    (
        "fr: a recalled signing with a subject and a month of its own keeps that month",
        "Publié le 11 mars 2022
Après que le Maroc et Israël ont signé la déclaration conjointe en décembre 2020, les premiers vols directs ont décollé en juillet 2021.",
        "flight 2021-07 occurred",
        "agreement 2021-07 occurred",
    ),
];

#[test]
fn next_acts_after_a_sequel_word() {
    let mut failures = Vec::new();
    for (name, page, must, must_not) in NEXT_ACTS {
        let got = mentions(page);
        if !got.iter().any(|g| g == must) || got.iter().any(|g| g == must_not) {
            failures.push(format!("{name}: want {must:?}, not {must_not:?}; got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    crate::test_support::assert_unique_names(NEXT_ACTS.iter().map(|c| c.0));
}

/// (family, page, type of the act of the opening clause, person it must name): an Arabic act
/// told after a chaining phrase that opens the sentence («بعد أن», «قبل أن»), with no subject
/// right after its verb, is the act of the main clause's subject, named after the verb that
/// opens the next clause.
const LEADING_CHAINED_ACTS: &[(&str, &str, &str, &str)] = &[
    (
        "ar: a signing after وبعد أن, the signer named in the main clause",
        "نشر: 2022-05-12\nوبعد أن وقع صباح أمس مع رياض مزور اتفاقية للتعاون الصناعي، زار عيساوي فريج ميناء طنجة المتوسط.",
        "agreement",
        "issawi-frej",
    ),
    (
        "ar: a meeting after قبل أن in the imperfect, the visitor named in the main clause",
        "نشر: 2022-05-12\nقبل أن يلتقي عبد اللطيف لوديي، وضع بيني غانتس أمس إكليلا من الزهور على ضريح محمد الخامس.",
        "meeting",
        "benny-gantz",
    ),
];

#[test]
fn chained_acts_opening_the_sentence_are_the_main_subject_s() {
    let mut failures = Vec::new();
    for (name, page, ty, person) in LEADING_CHAINED_ACTS {
        let x = extract_article(Article::from_text("t.txt", page), context(), None);
        let acts: Vec<_> = resolve_mentions(&x, context()).into_iter().filter(|m| m.event_type.as_str() == *ty).collect();
        if !acts.iter().any(|m| m.people().iter().any(|p| AsRef::<str>::as_ref(p) == *person)) {
            failures.push(format!("{name}: no {ty} naming {person}: {:?}", acts.iter().map(|m| m.people().to_vec()).collect::<Vec<_>>()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    crate::test_support::assert_unique_names(LEADING_CHAINED_ACTS.iter().map(|c| c.0));
}

#[test]
fn back_references_are_not_carried() {
    let mut failures = Vec::new();
    for (name, page, must, must_not) in BACK_REFERENCES {
        let got = mentions(page);
        if !got.iter().any(|g| g == must) || got.iter().any(|g| g == must_not) {
            failures.push(format!("{name}: want {must:?}, not {must_not:?}; got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    crate::test_support::assert_unique_names(BACK_REFERENCES.iter().map(|c| c.0));
}

/// (family, page, mentions that must be among the page's): a Latin-script date that closes a
/// phrase of the predicate before it (a place after its object, then the day) is that
/// predicate's, even when a noun of the same event told after it ("in what was called a first
/// meeting") stands nearer.
const CLOSING_DATES: &[(&str, &str, &[&str])] = &[
    (
        "en: a day after the place, the comment after it names the meeting again",
        "Published March 11, 2022\nForeign Minister Yair Lapid received the head of Morocco's diplomacy, Nasser Bourita, at the ministry's guest house in Jerusalem last Tuesday, in what aides to both men described as a long and cordial working meeting.",
        &["meeting 2022-03-08 occurred"],
    ),
    (
        "en: a day opening its clause still goes to the predicate after it",
        "Published March 11, 2022\nYair Lapid arrived in Rabat on Monday, and on Wednesday, Lapid and Nasser Bourita held talks at the ministry.",
        &["meeting 2022-03-09 occurred"],
    ),
    (
        "en: a month closing a visit's phrase dates it and the relative clause of time after it",
        "Published May 20, 2022\nThe forum crowns a series of ministerial visits to the kingdom, notably the one by Israeli Tourism Minister Yoel Razvozov with his aides last month, during which a tourism cooperation accord was signed.",
        &["visit 2022-04 occurred", "agreement 2022-04 occurred"],
    ),
    (
        "fr: a month closing a visit's phrase dates it and the relative clause of time after it",
        "Publié le 20 mai 2022\nLe forum couronne une série de visites ministérielles au Maroc, dont celle du ministre israélien du Tourisme Yoel Razvozov le mois dernier, au cours de laquelle un accord de coopération touristique a été signé.",
        &["visit 2022-04 occurred", "agreement 2022-04 occurred"],
    ),
];

#[test]
fn dates_closing_a_phrase() {
    assert_pages(CLOSING_DATES);
}
