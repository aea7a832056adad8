//! Calls told as what another act came after (tests/fixtures/calls_told_as_occasion, pages in
//! phrasings of our own):
//!
//! * a call of one side with the broker told after "after" / «عقب» in the sentence of the act
//!   the page is about ("The decision came after a phone call between Mr. Trump and King
//!   Mohammed VI", «أعلن ترامب القرار اليوم، عقب مباحثات هاتفية أجراها جلالة الملك مع الرئيس
//!   الأمريكي»): the pair's call, on the statement's day, though its own sentence names no
//!   Israel — its sides are the page's; the broker's institution named as the source ("the
//!   White House said") is no third party;
//! * the King named by his title before "with" and the broker's title: the nationality and the
//!   name after the second title are the broker's, the first title is still the King;
//! * the same phrasing on a page about Morocco and the United States alone (another day): no
//!   row, its sides being that page's;
//! * the day told between the statement and the after word ("announced the decision on
//!   Tuesday following a phone call with …") is the statement's, which the call takes;
//! * a verb right after the call noun whose pronoun is the statement's subject («إثر مكالمة
//!   هاتفية جمعته بالعاهل المغربي», «عقب اتصال هاتفي أجراه مع …»): that subject was on the
//!   phone; with the broker, on a page that names a third country more, the sides are the two
//!   the statement names.

mod common;

use common::{ExpectedFrom, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    ("after_call_en.txt", "2020-12-10", "call", "occurred", &["Donald Trump", "Mohammed VI of Morocco"]),
    ("after_call_ar.txt", "2020-12-10", "call", "occurred", &["Donald Trump", "Mohammed VI of Morocco"]),
    // "announced the decision on Tuesday following a phone call with …": the statement's day,
    // though the day stands nearer the call (build/dating.rs call_across_after).
    ("ground_of_announcement_en.txt", "2021-11-23", "call", "occurred", &["Naftali Bennett", "Aziz Akhannouch"]),
    // «إثر مكالمة هاتفية جمعته بالعاهل المغربي»: the pronoun is the statement's subject
    // (lexicon rows call-with-subject).
    ("pronoun_of_the_subject_ar.txt", "2020-12-25", "call", "occurred", &["Benjamin Netanyahu", "Mohammed VI of Morocco"]),
    // «عقب اتصال هاتفي أجراه مع العاهل المغربي» on a page that names Libya more than Israel:
    // the sides are the two countries the statement names.
    ("broker_on_a_page_of_libya_ar.txt", "2020-12-18", "call", "occurred", &["Donald Trump", "Mohammed VI of Morocco"]),
];

#[test]
fn calls_told_as_what_an_act_came_after() {
    let (rows, table) = fixture_timeline("tests/fixtures/calls_told_as_occasion");
    assert_rows_from(&rows, &table, EXPECTED);
    // The King's title before "with" is his: no call of Trump alone, nor of another Moroccan.
    for row in rows.iter().filter(|r| r.event_type.as_str() == "call") {
        assert_eq!(row.people.len(), 2, "{table}");
    }
    // A page about Morocco and the United States alone gives no row.
    assert!(!rows.iter().any(|r| r.sources.iter().any(|s| s == "statement_alone_ar.txt")), "{table}");
}

/// A call told as the channel of the news announced in the sentence before («أعلن ترامب أمس
/// الخميس أن …» then «تلقى الملك اتصالا هاتفيا من ترامب، أُبلغ خلاله بالقرار», "in which he was
/// informed of"): with no day of its own, the call is of the announcement's day
/// (build/conveyed.rs). Each page alone, phrasings of our own. (French, « au cours duquel il l'a
/// informé de », is not read yet: the Latin readings leave that call undated.)
/// The calls of the timeline of one page `text` saved as `file` (with more options of
/// `extract`), each as its date (empty when undated) and its people.
fn calls_of(file: &str, text: &str, options: &[&str]) -> Vec<String> {
    let w = common::Workdir::new();
    w.write(&format!("c/{file}"), text);
    let out = w.run(&[&["extract", "--corpus", "c", "-o", "t.csv", "--quiet"][..], options].concat());
    assert!(out.status.success(), "{file}: {}", common::stderr(&out));
    let rows = tarikh::timeline::read_timeline(&w.join("t.csv")).unwrap();
    rows.iter().filter(|r| r.event_type.as_str() == "call").map(|r| format!("{} {:?}", r.date.map_or(String::new(), |d| d.to_string()), r.people)).collect()
}

#[test]
fn a_call_told_as_the_channel_of_an_announcement_takes_its_day() {
    const PAGES: &[(&str, &str)] = &[
        ("a_ar.txt", "الجمعة 11 ديسمبر 2020\nأعلن الرئيس الأمريكي دونالد ترامب يوم الخميس اعتراف بلاده بسيادة المغرب على الصحراء واستئناف العلاقات بين المغرب وإسرائيل.\nوأفاد بيان للديوان الملكي بأن جلالة الملك محمد السادس تلقى مكالمة هاتفية من ترامب، أطلعه فيها على قرار استئناف العلاقات مع إسرائيل.\n"),
        ("b_ar.txt", "الجمعة 11 ديسمبر 2020\nوكان ترامب قد أعلن أمس الخميس أن إسرائيل والمغرب اتفقا على إقامة علاقات دبلوماسية كاملة.\nوذكر الديوان الملكي أن العاهل المغربي الملك محمد السادس أجرى اتصالا هاتفيا مع الرئيس ترامب، أبلغه خلاله بقرار استئناف الاتصالات مع إسرائيل.\n"),
        ("c_en.txt", "Friday, December 11, 2020\nU.S. President Donald Trump announced on Thursday that Morocco and Israel had agreed to normalize relations.\nKing Mohammed VI received a phone call from Trump in which he was informed of the decision to resume relations with Israel, the royal palace said.\n"),
    ];
    for (file, text) in PAGES {
        let calls = calls_of(file, text, &[]);
        assert!(calls.iter().any(|c| c.starts_with("2020-12-10 ") && c.contains("Donald Trump") && c.contains("Mohammed VI")), "{file}: {calls:?}");
    }
}

/// The call told as the channel of the announcement two sentences on, the sentence between
/// being a quotation that ends with its own stop and goes on after a comma («كتب ترامب: "…!"،
/// مضيفا أن …», 'Trump tweeted: "…!", adding that …'): the piece after the quotation's stop
/// is no sentence of its own, the announcement is still near enough (build/conveyed.rs).
/// And a date told inside a quotation ('"… today!"') is the quoted words' time, not the
/// statement's: it makes no announcement, and the call stays undated.
#[test]
fn a_call_after_a_quotation_takes_the_announcements_day_not_the_quoted_one() {
    // (file, text, the call's date: empty for undated)
    const PAGES: &[(&str, &str, &str)] = &[
        ("split_ar.txt", "السبت 12 ديسمبر 2020\nأعلن الرئيس الأمريكي دونالد ترامب مساء الجمعة أن إسرائيل والمغرب اتفقا على استئناف العلاقات الدبلوماسية بينهما.\nوغرد الرئيس ترامب قائلا: \"يوم عظيم للسلام!\"، مشيرا إلى أن بلاده تعترف بسيادة المغرب على صحرائه.\nوأفاد بلاغ للديوان الملكي بأن الملك محمد السادس تلقى اتصالا هاتفيا من الرئيس ترامب، أخبره خلاله بهذا القرار.\n", "2020-12-11"),
        ("split_en.txt", "Saturday, December 12, 2020\nPresident Donald Trump announced on Friday that Israel and Morocco had agreed to restore diplomatic ties.\nPresident Trump tweeted: \"A great day for peace!\", adding that the United States recognised Morocco's claim to Western Sahara.\nKing Mohammed VI received a phone call from President Trump during which he was informed of the decision, a palace statement said.\n", "2020-12-11"),
        ("quoted_ar.txt", "السبت 12 ديسمبر 2020\nوأعلن ترامب \"اختراقا تاريخيا آخر اليوم\" في تغريدة على حسابه.\nوأوضح بيان للديوان الملكي أن الملك محمد السادس تلقى مكالمة هاتفية من ترامب، أخبره خلالها بقرار الاعتراف.\n", ""),
        ("quoted_en.txt", "Saturday, December 12, 2020\nTrump announced \"another historic breakthrough today\" in a tweet.\nKing Mohammed VI received a phone call from Trump during which he was informed of the decision, the royal palace said.\n", ""),
    ];
    for (file, text, day) in PAGES {
        let calls = calls_of(file, text, &["--undated", "--all-events"]);
        assert!(calls.iter().any(|c| c.starts_with(&format!("{day} ")) && c.contains("Donald Trump") && c.contains("Mohammed VI")), "{file}: {calls:?}");
    }
}

/// A call told as the channel of the announcement just before («أبلغه خلاله …», "in which he was
/// informed of …"), on the announcement's day, takes the two sides the announcement names, though
/// its own sentence tells only of something else (the decree on the Sahara): the news of the pair
/// was given in it (build/conveyed.rs announced_sides). A date told between commas right after
/// the statement («أعلن ترامب، مساء أمس الخميس، أن …», "announced, on Thursday, that …") dates
/// the announcement. Not so when the call is told on another day, when it names no one of the
/// announcement, or when the announcement names no pair. Each page alone, phrasings of our own.
/// (French, « au cours duquel il l'a informé de », is not read as a channel yet.)
#[test]
fn a_call_told_as_the_channel_of_an_announcement_of_the_pair_is_the_pairs() {
    // (file, text, whether a Morocco–Israel call row is written)
    const PAGES: &[(&str, &str, bool)] = &[
        ("aside_ar.txt", "السبت 12 ديسمبر 2020\nأعلن الرئيس الأمريكي دونالد ترامب، مساء أمس الجمعة، أن إسرائيل والمغرب قررا استئناف علاقاتهما الدبلوماسية.\nوذكر بيان للقصر الملكي أن العاهل المغربي الملك محمد السادس تلقى الجمعة مكالمة هاتفية من ترامب، أخبره خلالها بقرار الاعتراف بمغربية الصحراء.\n", true),
        ("undated_ar.txt", "السبت 12 ديسمبر 2020\nأعلن ترامب أمس الجمعة أن إسرائيل والمغرب قررا استئناف علاقاتهما الدبلوماسية.\nوذكر بيان للقصر الملكي أن الملك محمد السادس تلقى مكالمة هاتفية من ترامب، أخبره خلالها بقرار الاعتراف بمغربية الصحراء.\n", true),
        ("aside_en.txt", "Saturday, December 12, 2020\nPresident Donald Trump announced, on Friday, that Morocco and Israel would restore full diplomatic ties.\nOn Friday, King Mohammed VI received a phone call from Trump in which he was informed of the decree recognising Moroccan sovereignty over Western Sahara, the palace said.\n", true),
        // Another day: a call of Morocco and the broker alone.
        ("other_day_ar.txt", "السبت 12 ديسمبر 2020\nأعلن ترامب أمس الجمعة أن إسرائيل والمغرب قررا استئناف علاقاتهما الدبلوماسية.\nوذكر بيان للقصر الملكي أن الملك محمد السادس تلقى الثلاثاء مكالمة هاتفية من ترامب، أخبره خلالها بقرار الاعتراف بمغربية الصحراء.\n", false),
        ("other_day_en.txt", "Saturday, December 12, 2020\nPresident Donald Trump announced on Friday that Morocco and Israel would restore full diplomatic ties.\nOn Tuesday, King Mohammed VI received a phone call from Trump in which he was informed of the decree recognising Moroccan sovereignty over Western Sahara, the palace said.\n", false),
        // The announcer is not on the phone.
        ("other_caller_en.txt", "Saturday, December 12, 2020\nPresident Donald Trump announced on Friday that Morocco and Israel would restore full diplomatic ties.\nOn Friday, King Mohammed VI received a phone call from Mike Pompeo in which he was informed of the decree recognising Moroccan sovereignty over Western Sahara, the palace said.\n", false),
        // The announcement names Morocco alone.
        ("no_pair_ar.txt", "السبت 12 ديسمبر 2020\nأعلن ترامب أمس الجمعة أن بلاده تعترف بسيادة المغرب على الصحراء.\nوذكر بيان للقصر الملكي أن الملك محمد السادس تلقى الجمعة مكالمة هاتفية من ترامب، أخبره خلالها بقرار فتح قنصلية في الداخلة.\n", false),
    ];
    assert_the_kings_call_with_trump_on_the_11th(PAGES);
}

/// A call told as about the announcement of the pair just before, by an anaphor of it: what the
/// call dealt with, a few words after it («أجرى اتصالا هاتفيا مع ترامب بحث هذه القرارات», "spoke by
/// phone with Trump to discuss these decisions"), or what the call sealed, opening its sentence
/// ("The announcement was sealed in a phone call between …", « L'annonce a été scellée lors
/// d'un entretien téléphonique entre … »: the verb is no signing the call carries). On the
/// announcement's day, the call takes its two sides (build/conveyed.rs
/// told_as_about_the_announcement, latin/kinds.rs seals_the_announcement). Not so when the
/// call tells no anaphor, when the announcement names no pair, or when the call is told on
/// another day. Each page alone, phrasings of our own.
#[test]
fn a_call_about_the_announcement_of_the_pair_is_the_pairs() {
    // (file, text, whether a Morocco–Israel call row is written on 11 December 2020)
    const PAGES: &[(&str, &str, bool)] = &[
        ("anaphor_ar.txt", "السبت 12 ديسمبر 2020\nأعلن الرئيس الأمريكي دونالد ترامب، أمس الجمعة، أن إسرائيل والمغرب قررا استئناف علاقاتهما الدبلوماسية.\nوذكر بلاغ للقصر الملكي أن الملك محمد السادس أجرى مساء أمس مكالمة هاتفية مع ترامب بحثت هذه القرارات.\n", true),
        ("anaphor_en.txt", "Saturday, December 12, 2020\nPresident Donald Trump announced on Friday that Morocco and Israel would restore full diplomatic ties.\nKing Mohammed VI held a phone call with Trump on Friday to discuss these decisions, the palace said.\n", true),
        ("sealed_en.txt", "Saturday, December 12, 2020\nPresident Donald Trump announced on Friday that Morocco and Israel would restore full diplomatic ties.\nThe deal was concluded, the palace said, in a phone call between King Mohammed VI and Trump the same day.\n", true),
        ("sealed_fr.txt", "Samedi 12 décembre 2020\nLe président américain Donald Trump a annoncé vendredi que le Maroc et Israël allaient rétablir des relations diplomatiques.\nL'annonce a été scellée, selon le palais, lors d'un entretien téléphonique entre le roi Mohammed VI et Donald Trump le même jour.\n", true),
        // No anaphor: a call of Morocco and the broker alone.
        ("no_anaphor_ar.txt", "السبت 12 ديسمبر 2020\nأعلن الرئيس الأمريكي دونالد ترامب، أمس الجمعة، أن إسرائيل والمغرب قررا استئناف علاقاتهما الدبلوماسية.\nوذكر بلاغ للقصر الملكي أن الملك محمد السادس أجرى مساء أمس مكالمة هاتفية مع ترامب بحثت التعاون الاقتصادي.\n", false),
        ("no_anaphor_en.txt", "Saturday, December 12, 2020\nPresident Donald Trump announced on Friday that Morocco and Israel would restore full diplomatic ties.\nKing Mohammed VI held a phone call with Trump on Friday to discuss trade and investment, the palace said.\n", false),
        // The announcement names Morocco alone.
        ("no_pair_en.txt", "Saturday, December 12, 2020\nPresident Donald Trump announced on Friday that the United States recognised Morocco's sovereignty over Western Sahara.\nKing Mohammed VI held a phone call with Trump on Friday to discuss these decisions, the palace said.\n", false),
        // Another day.
        ("other_day_en.txt", "Saturday, December 12, 2020\nPresident Donald Trump announced on Friday that Morocco and Israel would restore full diplomatic ties.\nKing Mohammed VI held a phone call with Trump on Tuesday to discuss these decisions, the palace said.\n", false),
    ];
    assert_the_kings_call_with_trump_on_the_11th(PAGES);
}

/// Each page alone: a call of the King and Trump on 11 December 2020 is written where the page
/// says so (the Morocco–Israel row), and no call at all where it says not.
fn assert_the_kings_call_with_trump_on_the_11th(pages: &[(&str, &str, bool)]) {
    for (file, text, row) in pages {
        let calls = calls_of(file, text, &[]);
        let found = calls.iter().any(|c| c.starts_with("2020-12-11 ") && c.contains("Donald Trump") && c.contains("Mohammed VI"));
        assert_eq!(found, *row, "{file}: {calls:?}");
        if !row {
            assert!(calls.is_empty(), "{file}: {calls:?}");
        }
    }
}
