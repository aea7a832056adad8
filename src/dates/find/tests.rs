//! Tests of the finder's grammar as a whole: false friends, whole expressions, and no panic.

use super::*;

fn kinds(text: &str) -> Vec<(String, &'static str)> {
    let lex = DateLexicon::builtin();
    let norm = crate::text::normalize::normalize(text).text;
    find_in_text(&norm, &lex).into_iter().map(|(r, _, rule)| (norm[r].to_string(), rule)).collect()
}

#[test]
fn false_friends_are_not_dates() {
    for text in [
        "المغرب يوسع التعاون",
        "احدث الاسلحه",
        "احدهما",
        "الجنرال المصطفى ربيع",
        "منذ عقود",
        "نحو خمسين ناشطا",
        "صواريخ باراك8",
        "3 ملايين دولار",
        "نسبة 15%",
        "مارس ضغوطا كبيرة",
        "باب المغرب",
        "بين الاثنين",
        // The numbers of a dahir and a decree: kind, year, rank, dotted (session 26).
        "الظهير الشريف رقم 1.20.15",
        "بمقتضى الظهير رقم 1.21.08",
        "le décret n° 2.20.12",
        "Dahir No. 1.20.15",
        "الظهير الشريف عدد 1.21.08",
    ] {
        assert!(kinds(text).is_empty(), "{text}: {:?}", kinds(text));
    }
}

#[test]
fn expressions_are_whole() {
    let cases = [
        ("في ديسمبر (كانون الأول) الماضي في الرباط", "ديسمبر (كانون الاول) الماضي"),
        ("أمس الأربعاء 27 يوليوز الجاري، في إطار", "امس الاربعاء 27 يوليوز الجاري"),
        ("يوم الجمعة في 16 يوليو.", "يوم الجمعه في 16 يوليو"),
        ("في أواخر شهر يوليو (تموز) الحالي", "اواخر شهر يوليو (تموز) الحالي"),
        ("في وقت سابق من هذا الشهر مع", "في وقت سابق من هذا الشهر"),
        ("نشر: 2021-11-24 17:33", "2021-11-24"),
    ];
    for (text, expected) in cases {
        let got = kinds(text);
        assert_eq!(got.first().map(|g| g.0.as_str()), Some(expected), "{text}: {got:?}");
    }
}

const DATE_TOKENS: &[&str] = &[
    "1",
    "12",
    "24",
    "31",
    "2021",
    "1443",
    "و12",
    "ال24",
    "2021م",
    "1443ه",
    "-",
    "/",
    ".",
    "(",
    ")",
    "،",
    ":",
    "يوليو",
    "تموز",
    "كانون",
    "الثاني",
    "2",
    "اب",
    "ماي",
    "الاربعاء",
    "الاثنين",
    "بين",
    "امس",
    "اليوم",
    "غدا",
    "الماضي",
    "الجاري",
    "المقبل",
    "من",
    "الي",
    "حتي",
    "عام",
    "العام",
    "في",
    "ه",
    "م",
    "رمضان",
    "مطلع",
    "اواخر",
    "هذا",
    "الشهر",
    "الاسبوع",
    "يوم",
    "يومي",
    "بتاريخ",
    "شهر",
    "الموافق",
    "قبل",
    "منذ",
    "بعد",
    "ثلاثه",
    "ايام",
    "يومين",
    "اسابيع",
    "الحادي",
    "عشر",
    "والعشرين",
    "نشر",
    "اخر",
    "تحديث",
    "صباح",
    "الغد",
    "november",
    "24,",
    "وقت",
    "سابق",
    "خلال",
    "الاسابيع",
    "الثلاثه",
    "وثلاثين",
    "يوما",
    "ثاني",
    "خميس",
    "اخر",
    "الاخير",
    "عيد",
    "الفطر",
    "الساعه",
    "السابعه",
    "والنصف",
    "الا",
    "ربعا",
    "مساء",
    "بتوقيت",
    "ما",
    "بكره",
];

/// Each date expression of a page (its normalised text) with the value it resolves to, empty
/// when it resolves to none: what the tables below compare with their phrase and day.
fn resolved_phrases(text: &str, lex: &crate::data::Lexicons) -> Vec<(String, String)> {
    let doc = crate::text::Document::new(crate::corpus::Article::from_text("a.txt", text), lex);
    let dates = crate::dates::ArticleDates::analyse(&doc, &lex.dates, None);
    dates.mentions.iter().zip(&dates.resolved).map(|(m, r)| (doc.norm.text[m.range.clone()].to_string(), r.map(|r| r.value.to_string()).unwrap_or_default())).collect()
}

fn lexicon() -> &'static DateLexicon {
    static LEX: std::sync::OnceLock<DateLexicon> = std::sync::OnceLock::new();
    LEX.get_or_init(DateLexicon::builtin)
}

#[test]
fn coordinated_weekdays_share_their_direction() {
    let lex = lexicon();
    // Days apart: two dates, each with the direction written after the second.
    for (text, offset) in [("الاثنين والخميس المقبلين", 1), ("الأحد والأربعاء الماضيين", -1)] {
        let norm = crate::text::normalize::normalize(text).text;
        let found = find_in_text(&norm, lex);
        assert_eq!(found.len(), 2, "{text}");
        for (_, expr, _) in found {
            assert!(matches!(expr.kind, ExprKind::Weekday { offset: Some(o), .. } if o == offset), "{text}: {expr:?}");
        }
    }
    // Two days in a row: one range of both, as "يومي الخميس والجمعة" (the English and French
    // forms are rows of tests/date_phrases_en.tsv and _fr.tsv).
    for (text, offset) in [("الخميس والجمعة المقبلين", Some(1)), ("الأحد والاثنين الماضيين", Some(-1)), ("الأربعاء والخميس", None), ("يوم الجمعة والسبت", None)] {
        let norm = crate::text::normalize::normalize(text).text;
        let found = find_in_text(&norm, lex);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert!(matches!(found[0].1.kind, ExprKind::WeekdayRange { offset: o, .. } if o == offset), "{text}: {found:?}");
    }
}

#[test]
fn clock_times_are_read_apart() {
    let lex = lexicon();
    for (text, hm) in [
        ("الساعة 7 مساء", (19, 0)),
        ("السابعة والنصف صباحا", (7, 30)),
        ("20:45", (20, 45)),
        ("الخامسة إلا ربعا", (4, 45)),
        ("الحادية عشرة وعشر دقائق ليلا", (23, 10)),
        ("18h30", (18, 30)),
        ("à 19 heures", (19, 0)),
        ("vers 7h", (7, 0)),
        ("12 heures 55", (12, 55)),
        ("21 h 05", (21, 5)),
        // The English hour glued to am/pm (the named hours, midnight, midi, are English and
        // French lexicon rows: tests/date_phrases_en.tsv and _fr.tsv).
        ("at 3pm", (15, 0)),
        ("at 12am", (0, 0)),
        ("at 12pm", (12, 0)),
    ] {
        let norm = crate::text::normalize::normalize(text).text;
        let c = find_clock(&norm, lex).map(|(_, c)| (c.hour, c.minute));
        assert_eq!(c, Some(hm), "{text}");
        // A time is not a date: the timeline's day stays the day written or published.
        assert!(find_in_text(&norm, lex).is_empty(), "{text}");
    }
    for text in ["السابعة في الترتيب", "الثانية", "فاز 3 مقابل 1", "pendant 2 heures", "3 heures de vol", "le 19 juillet", "25h10", "h30", "13pm", "3pmx", "0am"] {
        let norm = crate::text::normalize::normalize(text).text;
        assert!(find_clock(&norm, lex).is_none(), "{text}");
    }
}

/// Wire copy's four-digit hours before a zone ("at 0900 GMT"), and rates round the clock that
/// are no time (« 24h/24 »).
#[test]
fn four_digit_hours_before_a_zone_and_rates_round_the_clock() {
    let lex = lexicon();
    let clock = |text: &str| find_clock(&crate::text::normalize::normalize(text).text, lex).map(|(_, c)| (c.hour, c.minute, c.in_zone.is_some()));
    assert_eq!(clock("at 0900 GMT"), Some((9, 0, true)));
    assert_eq!(clock("the talks began (1430 UTC) in Rabat"), Some((14, 30, true)));
    assert_eq!(clock("عند 0700 غرينتش"), Some((7, 0, true)));
    assert_eq!(clock("by 2000 GMT"), Some((20, 0, true)));
    // A year of the news before a zone needs "at" or a bracket; a number alone is no time.
    assert_eq!(clock("2021 UTC"), None);
    assert_eq!(clock("0900 visitors"), None);
    assert_eq!(clock("2460 GMT"), None);
    // Round the clock.
    assert_eq!(clock("ouvert 24h/24"), None);
    assert_eq!(clock("une permanence 24 heures sur 24"), None);
    assert_eq!(clock("à 18h30"), Some((18, 30, false)));
}

proptest::proptest! {
    #[test]
    fn finder_never_panics(s in "\\PC{0,200}") {
        let lex = lexicon();
        let norm = crate::text::normalize::normalize(&s).text;
        let _ = find_in_text(&norm, lex);
    }

    #[test]
    fn finder_never_panics_on_date_like_text(parts in proptest::collection::vec((proptest::sample::select(DATE_TOKENS), proptest::bool::ANY), 0..30)) {
        // Date words, numbers and punctuation, glued or spaced, in any order: every rule
        // looks ahead, so the ends of the token list are where a panic would hide.
        let text: String = parts.iter().map(|(t, space)| if *space { format!("{t} ") } else { t.to_string() }).collect();
        let _ = find_in_text(&text, lexicon());
    }
}

#[test]
fn a_stated_zone_moves_the_timeline_day_and_only_it() {
    use crate::corpus::Article;
    use crate::dates::{Anchor, resolve_all};
    let lex = crate::data::Lexicons::builtin();
    let reference = chrono::NaiveDate::from_ymd_opt(2021, 8, 10).unwrap();
    for (text, day) in [
        // 23:30 GMT is 00:30 in Rabat the next day.
        ("أقلعت الطائرة يوم الخميس 12 أغسطس 2021 الساعة 23:30 بتوقيت غرينتش.", "2021-08-13"),
        ("أقلعت الطائرة يوم الخميس 12 أغسطس 2021 على الساعة 23:30 GMT.", "2021-08-13"),
        // 23:30 in Jerusalem (UTC+3 in August) is 21:30 in Rabat: the same day.
        ("وصل الوزير يوم الخميس 12 أغسطس 2021 الساعة 23:30 بتوقيت القدس.", "2021-08-12"),
        // 1:00 in Mecca is 23:00 the evening before in Rabat.
        ("وصل الوفد أمس الساعة الواحدة صباحا بتوقيت مكة المكرمة.", "2021-08-08"),
        // No zone: the time never moves the day.
        ("أقلعت الطائرة يوم الخميس 12 أغسطس 2021 الساعة 23:30.", "2021-08-12"),
        ("وصل الوفد أمس الساعة الواحدة صباحا.", "2021-08-09"),
    ] {
        let doc = crate::text::Document::new(Article::from_text("t.txt", text), &lex);
        let mentions = crate::dates::find_dates(&doc, &lex.dates);
        let resolved = resolve_all(&mentions, &Anchor::given(reference));
        let got = resolved.first().cloned().flatten().map(|r| r.value.to_string());
        assert_eq!(got.as_deref(), Some(day), "{text}");
    }
}

/// (text, value of every date in it, in order): ambiguous numeric dates are month first only
/// on a page that writes its named dates month first and never day first; "the same day" and
/// "the next day" count from the day told before them, not from the reference.
#[test]
fn page_conventions_and_days_told_before() {
    let lex = crate::data::Lexicons::builtin();
    let reference = chrono::NaiveDate::from_ymd_opt(2021, 8, 20).unwrap();
    for (text, values) in [
        ("Posted 08/12/2021. Lapid arrived on August 11, 2021.", &["2021-08-12", "2021-08-11"][..]),
        ("Posted 08/12/2021. Lapid arrived on 11 August 2021.", &["2021-12-08", "2021-08-11"]),
        ("Posted 08/12/2021. Lapid arrived on Wednesday.", &["2021-12-08", "2021-08-18"]),
        ("Posted 2021/08/12. Lapid arrived on August 11, 2021.", &["2021-08-12", "2021-08-11"]),
        ("Lapid arrived on August 11, 2021. The same day, he met Bourita.", &["2021-08-11", "2021-08-11"]),
        ("Lapid arrived on Monday. The next day, he met Bourita.", &["2021-08-16", "2021-08-17"]),
        ("The next day, he met Bourita.", &["2021-08-21"]),
        // "The same month", « le même mois »: the period of the date before, as "الشهر نفسه";
        // with none before, the anchor's.
        ("Barbivai signed the accord on 7 March 2021. The same month, Shaked toured the port.", &["2021-03-07", "2021-03"]),
        ("Shaked visited Rabat on 5 March 2021, and that same year a memorandum was signed.", &["2021-03-05", "2021"]),
        ("Le ministre a signé l'accord le 9 mars 2021. Le même mois, sa collègue a visité Rabat.", &["2021-03-09", "2021-03"]),
        ("Au cours du même mois, la ministre a signé un accord.", &["2021-08"]),
        // A period described by a relative clause is the story's, not a length ahead.
        ("Her trip comes in a month that also saw Gantz sign a pact in Rabat.", &["2021-08"]),
        ("It was in a year when Lapid opened the office in Rabat.", &["2021"]),
    ] {
        assert_eq!(values_against(&lex, text, reference), values, "{text}");
    }
}

/// A part of "the same month / year" («أواخر الشهر ذاته», «مطلع العام نفسه», "late that same
/// month") is that part of the period named before it, not of the anchor's.
#[test]
fn part_of_the_same_period_follows_the_date_before() {
    use crate::dates::value::{Calendar, Unit};
    let lex = DateLexicon::builtin();
    let last = |text: &str| -> Option<DateExpr> {
        let norm = crate::text::normalize::normalize(text).text;
        find_in_text(&norm, &lex).into_iter().map(|(_, e, _)| e).next_back()
    };
    let march_2021 = Calendar { year: Some(2021), month: Some(3), ..Calendar::default() };
    let last_month = ExprKind::Period { unit: Unit::Month, offset: -1 };
    let cases: &[(&str, ExprKind, Part)] = &[
        ("وقع البلدان الشهر الماضي اتفاقا، وانطلقت أواخر الشهر ذاته أولى الرحلات", last_month, Part::Late),
        ("زار الوزير الرباط في 5 مارس 2021، وفي أواخر الشهر نفسه وقع اتفاقا", ExprKind::Calendar(march_2021), Part::Late),
        ("زار الوزير الرباط في 5 مارس 2021، ثم عاد إليها منتصف الشهر ذاته", ExprKind::Calendar(march_2021), Part::Mid),
        ("زار الوزير الرباط في 5 مارس 2021، وبحلول مطلع العام نفسه كان المكتب قد فتح", ExprKind::Calendar(Calendar { year: Some(2021), ..Calendar::default() }), Part::Early),
        ("وقّع الجانبان في 5 مارس 2021 اتفاقا، ثم وقعا اتفاقا ثانيا أواخر العام ذاته", ExprKind::Calendar(Calendar { year: Some(2021), ..Calendar::default() }), Part::Late),
    ];
    for (text, kind, part) in cases {
        let got = last(text).unwrap_or_else(|| panic!("{text}: nothing read"));
        assert_eq!((got.kind, got.part), (*kind, Some(*part)), "{text}: {got:?}");
    }
    // Nothing before: the part of the anchor's month.
    let got = last("وانطلقت أواخر الشهر ذاته أولى الرحلات").expect("read");
    assert_eq!(got.part, Some(Part::Late), "{got:?}");
}

/// "The same day / month / year" takes the date named before it in the text, at its grain;
/// with none before (or one that does not say that grain), the anchor's period stays.
#[test]
fn same_period_follows_the_date_before() {
    use crate::dates::value::{Calendar, Unit};
    let lex = DateLexicon::builtin();
    let exprs = |text: &str| -> Vec<ExprKind> {
        let norm = crate::text::normalize::normalize(text).text;
        find_in_text(&norm, &lex).into_iter().map(|(_, e, _)| e.kind).collect()
    };
    let march_2021 = Calendar { year: Some(2021), month: Some(3), ..Calendar::default() };
    let cases: [(&str, ExprKind); 13] = [
        // A day of the same month; "عام 2000" names no month, so the date before it is taken.
        ("أعلنا في 10 ديسمبر 2020 استئناف العلاقات المنقطعة منذ عام 2000. وفي 22 من الشهر ذاته وقعا إعلانا", ExprKind::Calendar(Calendar { year: Some(2020), month: Some(12), day: Some(22), ..Calendar::default() })),
        ("وفي 22 من الشهر ذاته وقعا إعلانا", ExprKind::Same { unit: Some(Unit::Month), day: Some(22), month: None, days: 0 }),
        ("زار الوزير الرباط في 5 مارس 2021، وفي الشهر نفسه وقع اتفاقا", ExprKind::Calendar(march_2021)),
        ("زار الوزير الرباط في 5 مارس 2021، وفي نفس الشهر وقع اتفاقا", ExprKind::Calendar(march_2021)),
        ("زار الوزير الرباط في 5 مارس 2021، وفي العام ذاته وقع اتفاقا", ExprKind::Calendar(Calendar { year: Some(2021), ..Calendar::default() })),
        ("زار الوزير الرباط في 5 مارس 2021، وفي اليوم ذاته وقع اتفاقا", ExprKind::Calendar(Calendar { day: Some(5), ..march_2021 })),
        ("وصل الوزير أمس، وفي اليوم نفسه وقع اتفاقا", ExprKind::Relative { days: -1, weekday: None, date: None }),
        // A part of the day before "the same day" keeps it the day told before, not today.
        ("زار الوزير الرباط في 5 مارس 2021، واستقبله الملك مساء اليوم نفسه", ExprKind::Calendar(Calendar { day: Some(5), ..march_2021 })),
        ("وصل الوزير أمس، ووقع الاتفاق صباح اليوم ذاته", ExprKind::Relative { days: -1, weekday: None, date: None }),
        ("حطت الطائرة في 5 مارس 2021، وأجرى الوفد محادثات بعد ظهر اليوم ذاته", ExprKind::Calendar(Calendar { day: Some(5), ..march_2021 })),
        ("وصل الوفد أمس، والتقى رئيس الحكومة عصر اليوم نفسه", ExprKind::Relative { days: -1, weekday: None, date: None }),
        // Nothing before: the anchor's month.
        ("وفي الشهر نفسه وقع اتفاقا", ExprKind::Same { unit: Some(Unit::Month), day: None, month: None, days: 0 }),
        // A weekday says no month: the anchor's month stays.
        ("وصل الوزير الخميس، وفي الشهر ذاته وقع اتفاقا", ExprKind::Same { unit: Some(Unit::Month), day: None, month: None, days: 0 }),
    ];
    for (text, expected) in cases {
        let got = exprs(text);
        assert_eq!(got.last(), Some(&expected), "{text}: {got:?}");
    }
    // The day after or before the date named before it: that date's expression shifted (one
    // mechanism, `tell_by_dates_before`, with the English "the next day" of
    // `page_conventions_and_days_told_before`).
    let told = |text: &str| -> Option<DateExpr> {
        let norm = crate::text::normalize::normalize(text).text;
        find_in_text(&norm, &lex).into_iter().map(|(_, e, _)| e).next_back()
    };
    let march_5 = ExprKind::Calendar(Calendar { day: Some(5), ..march_2021 });
    for (text, kind, shift) in [
        ("زار الوزير الرباط في 5 مارس 2021، وفي اليوم التالي وقع اتفاقا", march_5, 1),
        ("زار الوزير الرباط في 5 مارس 2021، وكان قد وصل في اليوم السابق", march_5, -1),
        ("وصل الوزير الخميس، وفي اليوم التالي وقع اتفاقا", ExprKind::Weekday { weekday: chrono::Weekday::Thu, offset: None }, 1),
        // Nothing before: counted from the anchor.
        ("وفي اليوم التالي وقع اتفاقا", ExprKind::Same { unit: None, day: None, month: None, days: 1 }, 0),
        // A date told in a relative clause after the main act's is an aside: the day after is
        // the main act's.
        ("وقع الوزير في 5 مارس 2021 اتفاقا مع المبعوث الذي زار الرباط في 2 مارس 2021، وفي اليوم التالي زار الدار البيضاء", march_5, 1),
    ] {
        let got = told(text).unwrap_or_else(|| panic!("{text}: nothing read"));
        assert_eq!((got.kind, got.shift), (kind, shift), "{text}: {got:?}");
    }
    // The same in French and English (their words are in the full lexicon).
    let all = crate::data::Lexicons::builtin().dates;
    for text in [
        "Le ministre a signé le 5 mars 2021 un accord avec l'émissaire, qui avait visité Rabat le 2 mars 2021. Le lendemain, il a visité Casablanca.",
        "The minister signed a deal on 5 March 2021 with the envoy, who had visited Rabat on 2 March 2021. The next day he flew to Casablanca.",
        // The main act's date after the aside, or an aside alone, is the nearest one before.
        "The envoy, who had visited Rabat on 2 March 2021, signed a deal on 5 March 2021. The next day he flew home.",
        "The envoy who had visited Rabat on 5 March 2021 flew home. The next day he wrote to the minister.",
    ] {
        let norm = crate::text::normalize::normalize(text).text;
        let got = find_in_text(&norm, &all).into_iter().map(|(_, e, _)| e).next_back().unwrap_or_else(|| panic!("{text}: nothing read"));
        assert_eq!((got.kind, got.shift), (march_5, 1), "{text}: {got:?}");
    }
    // A date in a participle clause on a noun (« une tournée commencée le 3 », "a tour that
    // began on 3 March", «جولة بدأها في 3 مارس») after the main act's is an aside too: the day
    // before is the main act's (the lead's day), not the day before the aside's.
    for (text, shift) in [
        ("Le ministre a ouvert le 5 mars 2021 le consulat, au troisième jour d'une tournée commencée le 3 mars 2021. La veille, il avait signé un accord.", -1),
        ("Le ministre a ouvert le 5 mars 2021 le consulat, lors d'un séjour entamé le 3 mars 2021. Le lendemain, il a visité Fès.", 1),
        ("The minister opened the consulate on 5 March 2021, on the third day of a tour that began on 3 March 2021. The day before, he had signed a deal.", -1),
        ("افتتح الوزير القنصلية في 5 مارس 2021، في ثالث أيام جولة بدأها في 3 مارس 2021. وفي اليوم السابق وقع اتفاقا.", -1),
        // A participle clause on the subject, before the main clause's day word: the day
        // word counts from the story's day before, not from the arrival told on the subject.
        ("Le ministre a ouvert le 5 mars 2021 le consulat. Son homologue, arrivée le 3 mars 2021 à Rabat, avait signé la veille un accord.", -1),
        // After an auxiliary the participle is the main verb: the nearest date is the story's.
        ("Le ministre est arrivé le 2 mars 2021 et sa tournée a été entamée le 5 mars 2021. Le lendemain, il a visité Fès.", 1),
    ] {
        let norm = crate::text::normalize::normalize(text).text;
        let got = find_in_text(&norm, &all).into_iter().map(|(_, e, _)| e).next_back().unwrap_or_else(|| panic!("{text}: nothing read"));
        assert_eq!((got.kind, got.shift), (march_5, shift), "{text}: {got:?}");
    }
    // A participle clause that opens the sentence sets its scene: a part of the day or a day
    // counted in the main clause with no day of its own is counted from the participle's day
    // (probe24's f04: « Arrivés dimanche, les ministres avaient dîné ensemble dans la soirée »).
    let march_3 = ExprKind::Calendar(Calendar { day: Some(3), ..march_2021 });
    for (text, shift) in [
        ("Le ministre a signé le 5 mars 2021 un accord. Arrivés le 3 mars 2021 à Tel-Aviv, les deux émissaires avaient dîné dans la soirée avec leur homologue.", 0),
        ("Le ministre a signé le 5 mars 2021 un accord. Arrivée le 3 mars 2021, la délégation a rencontré le lendemain le chef du gouvernement.", 1),
        ("Le ministre a signé le 5 mars 2021 un accord. Arrivé le 3 mars 2021 à Marrakech, le ministre a visité dans l'après-midi la médina.", 0),
        // The English and Arabic openings are no participle rows: no aside, the same day.
        ("The minister signed a deal on 5 March 2021. Arriving in Tel Aviv on 3 March 2021, the envoys dined with their host in the evening.", 0),
    ] {
        let norm = crate::text::normalize::normalize(text).text;
        let got = find_in_text(&norm, &all).into_iter().map(|(_, e, _)| e).next_back().unwrap_or_else(|| panic!("{text}: nothing read"));
        assert_eq!((got.kind, got.shift), (march_3, shift), "{text}: {got:?}");
    }
    // Not a date: the same thing, the self.
    for text in ["الرئيس نفسه", "في الوقت نفسه", "ذات يوم", "نفس الشيء"] {
        assert!(kinds(text).is_empty(), "{text}: {:?}", kinds(text));
    }
}

/// (phrase, value at the reference 2022-06-15, a Wednesday): each family's readings, in
/// sentences of news copy, with the false friends each must leave alone.
fn read_on_2022_06_15(cases: &[(&str, &str)]) {
    let lex = DateLexicon::builtin();
    let reference = chrono::NaiveDate::from_ymd_opt(2022, 6, 15).unwrap();
    for &(phrase, value) in cases {
        let got = crate::dates::resolve_phrase(phrase, reference, &lex).map(|(_, r)| r.value.to_string()).unwrap_or_default();
        assert_eq!(got, value, "{phrase}");
    }
}

/// "الأخير" after a month, a weekday or a week is the last one past, as Maghrebi pages write
/// it; before من or في it is the rank within what follows, and no date unless that is one.
#[test]
fn the_maghrebi_last_points_back_unless_it_ranks() {
    read_on_2022_06_15(&[
        ("حلّ الوفد بالرباط في 3 فبراير الأخير", "2022-02-03"),
        ("خلال شهر أكتوبر الأخير", "2021-10"),
        ("اجتمع الطرفان يوم الاثنين الأخير", "2022-06-13"),
        ("وفي الأسبوع الأخير، أعلنت الوزارة", "2022-06-06"),
        ("في الأسبوع الأخير من مارس 2022", "2022-03-28"),
        ("وقّع الاتفاق في السنة الأخيرة من ولايته", ""),
        ("في الشهر الأخير في المفاوضات", ""),
        ("وأكد الأخير أن اللقاء مثمر", ""),
    ]);
}

/// Numeric dates with a space on each side of both separators, as right-to-left typing leaves
/// them; a four-digit year still opens or closes them, and a dot spaced out is no separator.
#[test]
fn numeric_dates_with_spaced_separators() {
    read_on_2022_06_15(&[
        ("صدر القرار بتاريخ 15 / 3 / 2022", "2022-03-15"),
        ("يوم 2020 - 12 - 22 وقّعت الأطراف", "2020-12-22"),
        ("انتهت المباراة 2 - 1 - 0", ""),
        ("15 . 3 . 2022", "2022"),
    ]);
}

/// A count and a half: a year and a half is eighteen months; half a year six, half a month
/// two weeks; a half of a month or week is below the count's grain and passed over.
#[test]
fn counts_and_a_half() {
    read_on_2022_06_15(&[
        ("عاد السفير قبل عام ونصف", "2020-12"),
        ("منذ ثلاثة أعوام ونصف", "2018-12"),
        ("قبل نصف سنة", "2021-12"),
        ("بعد نصف شهر", "2022-06-27"),
        ("قبل ثلاثة أشهر ونصف", "2022-03"),
    ]);
}

/// Two weekdays told with their dates are the dates' range; alone, the coming two days.
#[test]
fn weekday_pairs_with_their_dates() {
    read_on_2022_06_15(&[
        ("تنعقد الدورة يومي الثلاثاء والأربعاء 21 و22 يونيو", "2022-06-21/2022-06-22"),
        ("يومي الجمعة والسبت 10 و11 دجنبر 2021", "2021-12-10/2021-12-11"),
    ]);
}

/// A month's number in brackets after its name names the same month (an ambiguous name such
/// as مارس is a month then); another number is no confirmation.
#[test]
fn month_numbers_in_brackets() {
    read_on_2022_06_15(&[
        ("في 9 مارس (3) 2021", "2021-03-09"),
        ("شهر شتنبر (09) 2020", "2020-09"),
        ("مارس (5) 2021", "2021"),
    ]);
}

/// (text, value of every date in it, in order): a weekday written alone, not told in the
/// past, is the day of that weekday the article writes out in full (a headline's weekday over
/// the body's date); told in the past, or with two such days written out, it stays the
/// clause's. The reference is a Wednesday.
#[test]
fn a_bare_weekday_is_the_day_written_out_for_it() {
    let lex = crate::data::Lexicons::builtin();
    let reference = chrono::NaiveDate::from_ymd_opt(2022, 2, 16).unwrap();
    for (text, values) in [
        ("Une ministre israélienne au Maroc dimanche\nLa ministre arrivera à Rabat le dimanche 20 février pour trois jours.", &["2022-02-20", "2022-02-20"][..]),
        ("Israeli minister in Rabat Sunday\nThe minister is scheduled to land on Sunday, February 20.", &["2022-02-20", "2022-02-20"]),
        ("وزيرة إسرائيلية في الرباط الأحد\nوتحل الوزيرة بالعاصمة المغربية يوم الأحد 20 فبراير في زيارة تدوم ثلاثة أيام.", &["2022-02-20", "2022-02-20"]),
        // Told in the past: the Sunday before, not the coming one written out.
        ("La délégation est arrivée dimanche à Rabat. Une autre visite est prévue le dimanche 20 février.", &["2022-02-13", "2022-02-20"]),
        // Two Sundays written out: the bare one is not told which.
        ("Rencontre dimanche\nElle avait eu lieu le dimanche 13 février et reprendra le dimanche 20 février.", &["2022-02-13", "2022-02-13", "2022-02-20"]),
    ] {
        assert_eq!(values_against(&lex, text, reference), values, "{text}");
    }
}

/// A headline's plan without its verb ("attendu au Maroc mercredi", "expected in Rabat on
/// Thursday") is the coming day; the reference is a Tuesday.
#[test]
fn a_headline_plan_without_its_verb_is_ahead() {
    let lex = crate::data::Lexicons::builtin();
    let reference = chrono::NaiveDate::from_ymd_opt(2021, 8, 10).unwrap();
    for (phrase, day) in [
        ("Le président israélien attendu à Rabat jeudi", "2021-08-12"),
        ("Une délégation attendue au Maroc vendredi", "2021-08-13"),
        ("Israeli president expected in Rabat on Thursday", "2021-08-12"),
        ("Ministers expected at the summit on Friday", "2021-08-13"),
        // With no plan word the headline's bare weekday stays the one before.
        ("Le président israélien à Rabat jeudi", "2021-08-05"),
    ] {
        assert_eq!(values_against(&lex, phrase, reference).first().map(String::as_str), Some(day), "{phrase}");
    }
}

/// A month alone after a postponement is the coming one, the verb being past ("أرجئت الزيارة
/// إلى مارس", "postponed to March", "reportée à mars"); the reference is 24 November 2021.
#[test]
fn a_month_put_off_to_is_ahead() {
    let lex = crate::data::Lexicons::builtin();
    let reference = chrono::NaiveDate::from_ymd_opt(2021, 11, 24).unwrap();
    for (text, value) in [
        ("وأرجئت زيارة وزير الاقتصاد الإسرائيلي إلى مارس.", "2022-03"),
        ("وتقرر تأجيل المنتدى الاقتصادي إلى فبراير.", "2022-02"),
        ("The economy minister's trip was postponed until March.", "2022-03"),
        ("Le forum économique a été reporté à février.", "2022-02"),
        // The put-off word away from its end word, its object between: June is the nearer
        // one back (five months against six ahead), but the target of a postponement is ahead.
        ("أرجأ رئيس الحكومة اجتماع اللجنة المشتركة إلى يونيو.", "2022-06"),
        ("The government pushed back the trade forum to June.", "2022-06"),
        ("Le gouvernement a repoussé le forum économique jusqu'en juin.", "2022-06"),
        // « à » ends the put-off phrase too (a `put_off_to` row), past verbs around it.
        ("Le ministre a reporté sa visite au Maroc à juin, a indiqué son cabinet.", "2022-06"),
        // Words the trigger files' postponement rows list (one list for both stages), the
        // present tense of putting off among them.
        ("Le gouvernement reporte le forum économique à juin.", "2022-06"),
        ("The ministry reschedules the trade forum to June.", "2022-06"),
        // No postponement: the month told in the past is the one before.
        ("وزار وزير الاقتصاد الإسرائيلي الرباط في مارس.", "2021-03"),
        ("The trade forum opened in June.", "2021-06"),
    ] {
        assert_eq!(values_against(&lex, text, reference).first().map(String::as_str), Some(value), "{text}");
    }
}

/// A bare part of the day ("بعد الظهر", "in the afternoon", « en soirée ») is the story's
/// day, the date told before it, not the day of writing; followed by its own day it is that
/// day's. The reference is 16 March 2022.
#[test]
fn a_bare_part_of_the_day_is_the_story_day() {
    let lex = crate::data::Lexicons::builtin();
    let reference = chrono::NaiveDate::from_ymd_opt(2022, 3, 16).unwrap();
    for (text, values) in [
        ("حطت طائرة الوفد في الرباط يوم 14 مارس 2022. وبعد الظهر استقبل الملك أعضاء الوفد.", &["2022-03-14", "2022-03-14"][..]),
        ("حطت طائرة الوفد في الرباط يوم الاثنين. وفي المساء وقع الطرفان أربع اتفاقيات.", &["2022-03-14", "2022-03-14"][..]),
        ("The delegation landed in Rabat on Monday. In the afternoon, the King received its members.", &["2022-03-14", "2022-03-14"][..]),
        ("La délégation a atterri lundi à Rabat. En soirée, le roi a reçu ses membres.", &["2022-03-14", "2022-03-14"][..]),
        // Its own day after it: that day alone.
        ("The delegation landed in Rabat on Monday and met the King in the afternoon on Tuesday.", &["2022-03-14", "2022-03-15"][..]),
    ] {
        assert_eq!(values_against(&lex, text, reference), values, "{text}");
    }
}

/// The value of every date of `text` (as an article) against `reference`, in order ("" for
/// one that does not resolve).
fn values_against(lex: &crate::data::Lexicons, text: &str, reference: chrono::NaiveDate) -> Vec<String> {
    let doc = crate::text::Document::new(crate::corpus::Article::from_text("t.txt", text), lex);
    let mentions = crate::dates::find_dates(&doc, &lex.dates);
    crate::dates::resolve_all(&mentions, &crate::dates::Anchor::given(reference)).into_iter().map(|r| r.map(|r| r.value.to_string()).unwrap_or_default()).collect()
}

/// A yearless date after a year, or a span of the past, told before it in its sentence is
/// framed by it (`framed_by_year`); one told as a plan keeps its own reading. (English and
/// French frames: the `past-story` rows of tests/date_phrases.tsv.)
#[test]
fn a_year_told_before_frames_a_yearless_date() {
    use crate::dates::{Anchor, resolve};
    let lex = DateLexicon::builtin();
    let cases = [
        // (phrase, reference, the value of its last day)
        ("هذا العام، محطات عدة: وصول السفير في 26 يناير", "2021-12-20", "2021-01-26"),
        ("العام الماضي، محطات عدة: وصول السفير في 26 يناير", "2022-12-20", "2021-01-26"),
        ("خلال الأشهر الـ11 الماضية، محطات عدة: وصول السفير في 26 يناير", "2021-12-20", "2021-01-26"),
        // No frame: the nearest 26 January (next month's).
        ("محطات عدة: وصول السفير في 26 يناير", "2021-12-20", "2022-01-26"),
        // A plan keeps its reading whatever frame stands before it.
        ("هذا العام، سيصل السفير في 26 يناير", "2021-12-20", "2022-01-26"),
    ];
    for (text, reference, expected) in cases {
        let norm = crate::text::normalize::normalize(text).text;
        let anchor = Anchor::given(chrono::NaiveDate::parse_from_str(reference, "%Y-%m-%d").unwrap());
        // The last day read (the frame before it is a year or a span).
        let mut days = find_in_text(&norm, &lex).into_iter().filter_map(|(_, e, _)| resolve(&e, &anchor)).filter(|r| r.value.grain == crate::dates::Grain::Day);
        let got = days.next_back().map(|r| r.value.to_string());
        assert_eq!(got.as_deref(), Some(expected), "{text} @{reference}");
    }
}

/// A year told inside a clause of its own, after other words ("trade reached $130 million in
/// 2021, but …"), is that clause's detail: a bare month of a later clause takes its own
/// reading (the last such month, in a past clause), not that year. A year opening its clause
/// still frames the sentence after it.
#[test]
fn a_year_inside_another_clause_frames_nothing() {
    use crate::dates::{Anchor, resolve};
    let lex = DateLexicon::builtin();
    let cases = [
        // (phrase, reference, the value of its last date; None: the month is left without a
        // year here). English and French months are given the year of the date before them in
        // the article's step (`tell_by_dates_before`), which reads all five Latin phrases'
        // months in 2021: right when the year opens its clause, not yet when it is confined
        // to another (left for later).
        ("Trade reached $130 million in 2021, but the accord signed in February should lift it", "2022-07-26", None),
        ("Les échanges ont atteint 130 millions d'euros en 2021, mais l'accord conclu en février doit les doper", "2022-07-26", None),
        ("بلغ حجم المبادلات التجارية 130 مليون دولار في 2021، لكن الاتفاق الذي وقع في فبراير سيرفعه", "2022-07-26", Some("2022-02")),
        // The year opens its clause: it frames the month after it (in Latin script, later).
        ("En 2021, les échanges ont doublé, et l'accord a été conclu en février", "2022-07-26", None),
        ("In 2021, trade doubled, and the accord was signed in February", "2022-07-26", None),
        // In the month's own clause, a year frames it wherever it stands.
        ("the ministers signed the accord in Rabat in 2021 and opened the office there in February", "2022-07-26", None),
        ("وقع الوزيران الاتفاق في الرباط سنة 2021 وافتتحا المكتب هناك في فبراير", "2022-07-26", Some("2021-02")),
    ];
    for (text, reference, expected) in cases {
        let norm = crate::text::normalize::normalize(text).text;
        let anchor = Anchor::given(chrono::NaiveDate::parse_from_str(reference, "%Y-%m-%d").unwrap());
        let got = find_in_text(&norm, &lex).into_iter().filter_map(|(_, e, _)| resolve(&e, &anchor)).rfind(|r| r.value.grain != crate::dates::Grain::Year).map(|r| r.value.to_string());
        assert_eq!(got.as_deref(), expected, "{text} @{reference}");
    }
}


/// "that day" (« ce jour-là », «في ذلك اليوم») in a main clause whose only date it is, told
/// after a relative clause's day, is that day: the nearest day told. Beside a main-clause date
/// of its own, the relative clause's day stays an aside, and a later sentence's "that day" is
/// the main act's. Only a demonstrative points back so: "later in the day" after the same
/// relative clause is the story's day, and so is it in a later sentence, after a relative
/// clause's day of a sentence whose main clause has none. (name, page body, the phrase, its
/// day; the page is of Thursday 12 August 2021.)
#[test]
fn that_day_after_a_relative_clauses_day() {
    let lex = crate::data::Lexicons::builtin();
    for (name, head, body, phrase, want) in [
        ("en: that day after the subject's relative clause", "Title\nPublished on Thursday, August 12, 2021\n", "The minister, who landed in Rabat on Tuesday, held talks with his counterpart that day.", "that day", "2021-08-10"),
        ("fr: ce jour-là after the subject's relative clause", "Titre\nPublié le jeudi 12 août 2021\n", "La ministre, qui est arrivée mardi à Rabat, a rencontré ce jour-là son homologue.", "ce jour-là", "2021-08-10"),
        ("ar: في ذلك اليوم after the subject's relative clause", "عنوان\nالخميس 12 غشت 2021\n", "وأجرى الوزير، الذي وصل إلى الرباط يوم الثلاثاء، مباحثات مع نظيره في ذلك اليوم.", "ذلك اليوم", "2021-08-10"),
        ("en: beside the main act's day the relative clause's day is an aside", "Title\nPublished on Thursday, August 12, 2021\n", "The minister opened the office on Wednesday, during a visit which began on Monday. That day he also met the press.", "that day", "2021-08-11"),
        ("fr: beside the main act's day the relative clause's day is an aside", "Titre\nPublié le jeudi 12 août 2021\n", "La ministre a signé mercredi un accord avec l'émissaire, qui était arrivé lundi, et a visité ce jour-là une école.", "ce jour-là", "2021-08-11"),
        // A demonstrative part of the day points back as "that day" does.
        ("en: that evening after the subject's relative clause", "Title\nPublished on Thursday, August 12, 2021\n", "The envoy, who flew into Casablanca on Monday, dined with the governor that evening.", "that evening", "2021-08-09"),
        ("fr: ce soir-là after the subject's relative clause", "Titre\nPublié le jeudi 12 août 2021\n", "L'émissaire, qui a atterri lundi à Casablanca, a dîné ce soir-là avec le wali.", "ce soir-là", "2021-08-09"),
        // No demonstrative, no pointer: the story's day is the page's (the relative clause's
        // day stays an aside), not the day the subject came.
        ("en: later in the day after the subject's relative clause is the story's day", "Title\nPublished on Thursday, August 12, 2021\n", "The envoy, who flew into Casablanca on Monday night, also called on the governor later in the day.", "later in the day", "2021-08-12"),
        ("fr: plus tard dans la journée after the subject's relative clause is the story's day", "Titre\nPublié le jeudi 12 août 2021\n", "L'émissaire, qui a atterri lundi soir à Casablanca, a aussi rencontré le wali plus tard dans la journée.", "plus tard dans la journée", "2021-08-12"),
        ("ar: في وقت لاحق من اليوم نفسه after the subject's relative clause is the story's day", "عنوان\nالخميس 12 غشت 2021\n", "والتقى المبعوث، الذي حطت طائرته بالدار البيضاء مساء الاثنين، بالوالي في وقت لاحق من اليوم نفسه.", "في وقت لاحق من اليوم نفسه", "2021-08-12"),
        // The story's day told in a later sentence passes over a relative clause's day of a
        // sentence before whose main clause has no date: the story's act told before it.
        ("en: earlier in the day after a relative clause of a sentence with no dated main clause", "Title\nPublished on Thursday, August 12, 2021\n", "The two ministers signed a water accord on Wednesday. The accord was initialled by the envoy, who reached Rabat on Monday evening. Earlier in the day, the envoy toured a desalination plant.", "earlier in the day", "2021-08-11"),
        ("fr: plus tôt dans la journée after a relative clause of a sentence with no dated main clause", "Titre\nPublié le jeudi 12 août 2021\n", "Les deux ministres ont signé mercredi un accord sur l'eau. L'accord a été paraphé par l'émissaire, qui était arrivé lundi soir à Rabat. Plus tôt dans la journée, l'émissaire avait visité une usine de dessalement.", "plus tôt dans la journée", "2021-08-11"),
        // « le jour même » points back to the nearest day told, a relative clause's too.
        ("fr: le jour même after a relative clause of a sentence before is that clause's day", "Titre\nPublié le jeudi 12 août 2021\n", "Les deux ministres se sont parlé mercredi. L'émissaire, qui avait atterri lundi à Rabat, a remis une lettre. Un accord avait été paraphé le jour même au palais.", "le jour même", "2021-08-09"),
        ("ar: في وقت لاحق من اليوم نفسه after a relative clause of a sentence with no dated main clause", "عنوان\nالخميس 12 غشت 2021\n", "ووقع الوزيران يوم الأربعاء اتفاقا حول الماء. ووقع الاتفاق عن الجانب الآخر المبعوث الذي وصل إلى الرباط مساء الاثنين. وزار المبعوث في وقت لاحق من اليوم نفسه محطة لتحلية المياه.", "في وقت لاحق من اليوم نفسه", "2021-08-11"),
        // A demonstrative still points back to the nearest day told.
        ("en: that day after the same sentences is the relative clause's day", "Title\nPublished on Thursday, August 12, 2021\n", "The two ministers signed a water accord on Wednesday. The accord was initialled by the envoy, who reached Rabat on Monday evening. That day, the envoy toured a desalination plant.", "that day", "2021-08-09"),
    ] {
        let got = resolved_phrases(&format!("{head}{body}"), &lex);
        let phrase = crate::text::normalize::normalize(phrase).text;
        assert!(got.iter().any(|(p, v)| p.contains(phrase.as_str()) && v == want), "{name}: {phrase} = {want}: {got:?}");
    }
}

/// A bare part of the day ("وبعد الظهر", «وفي المساء», «بعد الزوال») told after a recall in the
/// pluperfect («وكان الوزير قد وصل أمس الأربعاء») is the story's day, the one told before the
/// recall, not the recalled day; told in the recall itself, or after a past that is no recall,
/// it is the day told just before it, as ever. A day told in a participle clause of its own
/// sentence ("Arrivé mardi à Fès, il a pris part dès le soir à un dîner") is its day, though
/// that aside is passed over by "the day before". (name, page, the phrase, its day.)
#[test]
fn a_part_of_the_day_is_the_storys_day_not_a_recalls_nor_its_sentences_aside() {
    let lex = crate::data::Lexicons::builtin();
    const PAGE_DAY: &str = "عنوان\nالخميس 12 غشت 2021\n";
    const PAGE_DAY_FR: &str = "Titre\nPublié le jeudi 12 août 2021\n";
    for (name, body, phrase, want) in [
        // A participle clause on the subject is an aside, which « la veille » would pass over;
        // the part of the day of its own sentence is its day.
        ("french evening of the arrival told in a participle", "Le ministre a quitté Rabat hier. Arrivé mardi à Fès, il a pris part dès le soir à un dîner de travail.", "dès le soir", "2021-08-10"),
        ("french morning of the arrival told in a participle", "La délégation a signé hier un accord. Arrivée lundi à Rabat, elle avait été reçue dès le matin par le ministre.", "dès le matin", "2021-08-09"),
    ] {
        let got = resolved_phrases(&format!("{PAGE_DAY_FR}{body}"), &lex);
        let phrase = crate::text::normalize::normalize(phrase).text;
        assert!(got.iter().any(|(p, v)| p.contains(phrase.as_str()) && v == want), "{name}: {phrase} = {want}: {got:?}");
    }
    for (name, body, phrase, want) in [
        ("afternoon after an arrival recalled", "دشن الوزير صباح اليوم الخميس المعرض الدولي للكتاب. وكان الوزير قد وصل أمس الأربعاء إلى المدينة. وبعد الظهر، زار متحف الفنون.", "بعد الظهر", "2021-08-12"),
        ("evening after a feminine recall", "افتتحت الوزيرة اليوم معرضا للصناعة التقليدية. وكانت قد حلت بالمدينة مساء أمس قادمة من الرباط. وفي المساء، التقت بممثلي الجالية.", "في المساء", "2021-08-12"),
        ("maghrebi afternoon after a recall with fa", "ترأس الوفد اليوم الخميس اجتماعا مع رجال الأعمال، فكان رئيسه قد التقى الثلاثاء الماضي وزير الصناعة. بعد الزوال توجه الوفد إلى طنجة.", "بعد الزوال", "2021-08-12"),
        ("the part of the day inside the recall is the recalled day's", "دشن الوزير صباح اليوم الخميس المعرض. وكان الوزير قد وصل أمس الأربعاء إلى المدينة، وبعد الظهر زار متحف الفنون.", "بعد الظهر", "2021-08-11"),
        ("the same day names the recalled day", "دشن الوزير صباح اليوم الخميس المعرض. وكان الوزير قد وصل أمس الأربعاء إلى المدينة. وفي اليوم نفسه التقى الوالي.", "اليوم نفسه", "2021-08-11"),
        ("no recall: the day told just before", "وصل الوزير أمس الأربعاء إلى المدينة. وبعد الظهر، زار متحف الفنون.", "بعد الظهر", "2021-08-11"),
        ("was without had is no recall", "دشن الوزير صباح اليوم الخميس المعرض. وكان في استقباله أمس الأربعاء والي الجهة. وبعد الظهر، زار متحف الفنون.", "بعد الظهر", "2021-08-11"),
    ] {
        let got = resolved_phrases(&format!("{PAGE_DAY}{body}"), &lex);
        let phrase = crate::text::normalize::normalize(phrase).text;
        assert!(got.iter().any(|(p, v)| p.contains(phrase.as_str()) && v == want), "{name}: {phrase} = {want}: {got:?}");
    }
}

/// "The same night" after a recall in the pluperfect («وكان الوزير قد وصل مساء أمس الأربعاء.
/// وفي الليلة ذاتها …») points back to the recalled day, as "the same day" does; "earlier /
/// later the same day" («في وقت سابق من اليوم نفسه») is the story's day, the one told before
/// the recall, as a bare part of the day is; and a part of the day told after the same night
/// passes over it as over the recall it goes on with. English and French pointers of the night
/// and the evening ("that same night", « ce même soir », « le même soir ») are the day told
/// before them. (name, page line, body, the phrase, its day; the page is of Thursday 12 August
/// 2021.)
#[test]
fn the_same_night_is_the_recalled_day_and_earlier_the_same_day_the_storys() {
    let lex = crate::data::Lexicons::builtin();
    const AR: &str = "عنوان\nالخميس 12 غشت 2021\n";
    const EN: &str = "Title\nPublished on Thursday, August 12, 2021\n";
    const FR: &str = "Titre\nPublié le jeudi 12 août 2021\n";
    for (name, head, body, phrase, want) in [
        ("ar: the same night after a recall", AR, "دشن الوزير صباح اليوم الخميس معرضا للكتاب. وكان قد وصل إلى المدينة مساء أمس الأربعاء. وفي الليلة ذاتها تعشى مع الوالي.", "الليلة ذاتها", "2021-08-11"),
        ("ar: the same night, نفسها", AR, "دشن الوزير صباح اليوم الخميس معرضا للكتاب. وكان قد وصل إلى المدينة مساء أمس الأربعاء. وفي الليلة نفسها تعشى مع الوالي.", "الليلة نفسها", "2021-08-11"),
        ("ar: that night after a recall", AR, "دشن الوزير صباح اليوم الخميس معرضا للكتاب. وكان قد وصل إلى المدينة يوم الثلاثاء. وفي تلك الليلة تعشى مع الوالي.", "تلك الليلة", "2021-08-10"),
        ("ar: the evening of the same day after a recall", AR, "دشن الوزير صباح اليوم الخميس معرضا للكتاب. وكان قد وصل إلى المدينة يوم الثلاثاء. ومساء اليوم نفسه تعشى مع الوالي.", "مساء اليوم نفسه", "2021-08-10"),
        ("ar: earlier the same day after a recall", AR, "وقع الوزيران اليوم الخميس اتفاقا حول الماء. وكان الضيف قد حل بالمدينة مساء أمس الأربعاء. وفي وقت سابق من اليوم نفسه، زار الضيف محطة لتحلية المياه.", "في وقت سابق من اليوم نفسه", "2021-08-12"),
        ("ar: earlier the same day, ذاته", AR, "وقع الوزيران اليوم الخميس اتفاقا حول الماء. وكان الضيف قد حل بالمدينة مساء أمس الأربعاء. وفي وقت سابق من اليوم ذاته، زار الضيف محطة لتحلية المياه.", "في وقت سابق من اليوم ذاته", "2021-08-12"),
        ("ar: later the same day after a recall", AR, "وقع الوزيران اليوم الخميس اتفاقا حول الماء. وكان الضيف قد حل بالمدينة مساء أمس الأربعاء. وفي وقت لاحق من اليوم ذاته، زار الضيف محطة لتحلية المياه.", "في وقت لاحق من اليوم ذاته", "2021-08-12"),
        ("ar: earlier the same day with no recall is the day before it", AR, "وقع الوزيران أمس الأربعاء اتفاقا حول الماء. وفي وقت سابق من اليوم نفسه، زار الضيف محطة لتحلية المياه.", "في وقت سابق من اليوم نفسه", "2021-08-11"),
        ("ar: a part of the day after the same night of a recall", AR, "دشن الوزير صباح اليوم الخميس معرضا للكتاب. وكان قد وصل إلى المدينة مساء أمس الأربعاء. وفي الليلة ذاتها تعشى مع الوالي. وينتقل الوزير بعد الظهر إلى طنجة.", "بعد الظهر", "2021-08-12"),
        ("en: that same night", EN, "The minister opened a book fair on Thursday. He reached the city on Tuesday. That same night he dined with the governor.", "that same night", "2021-08-10"),
        ("en: that night", EN, "The minister opened a book fair on Thursday. He reached the city on Tuesday. That night he dined with the governor.", "that night", "2021-08-10"),
        ("en: late that evening", EN, "The minister opened a book fair on Thursday. He reached the city on Tuesday. Late that evening he dined with the governor.", "late that evening", "2021-08-10"),
        ("fr: ce même soir", FR, "Le ministre a inauguré jeudi un salon du livre. Il est arrivé mardi dans la ville. Ce même soir, il a dîné avec le wali.", "ce même soir", "2021-08-10"),
        ("fr: le même soir", FR, "Le ministre a inauguré jeudi un salon du livre. Il est arrivé mardi dans la ville. Le même soir, il a dîné avec le wali.", "le même soir", "2021-08-10"),
        ("fr: cette même nuit", FR, "Le ministre a inauguré jeudi un salon du livre. Il est arrivé mardi dans la ville. Cette même nuit, il a dîné avec le wali.", "cette même nuit", "2021-08-10"),
        ("fr: plus tard dans la soirée after a relative clause is the story's day", FR, "L'émissaire, qui a atterri lundi à Casablanca, a rencontré le wali plus tard dans la soirée.", "plus tard dans la soirée", "2021-08-12"),
    ] {
        let got = resolved_phrases(&format!("{head}{body}"), &lex);
        let phrase = crate::text::normalize::normalize(phrase).text;
        assert!(got.iter().any(|(p, v)| p.contains(phrase.as_str()) && v == want), "{name}: {phrase} = {want}: {got:?}");
    }
}

/// Three families of the twenty-eighth probe, in phrasings of their own (name, page line, body,
/// the phrase as written alone, its day). A weekday told in a past clause («التي بدأها
/// الاثنين», « entamée lundi », "that began Monday") is the last one, not the day of that
/// weekday the page writes out in full for another subject. A day and month without a year
/// after a past verb of flights is this year's, whatever "scheduled" the adjective of a
/// service follows it. A bare weekday of a story the page framed in an earlier week ("last
/// Wednesday", « mercredi dernier », «الأربعاء الماضي») is a day of that week; a day named
/// between, or a weekday told ahead, is no longer framed.
#[test]
fn past_weekdays_framed_weeks_and_done_flights() {
    let lex = crate::data::Lexicons::builtin();
    const AR_THURSDAY: &str = "عنوان\nالخميس 10 مارس 2022\n";
    const FR_THURSDAY: &str = "Titre\nPublié le jeudi 10 mars 2022\n";
    const EN_THURSDAY: &str = "Title\nThursday, March 10, 2022\n";
    const EN_TUESDAY: &str = "Title\nTuesday, September 14, 2021\n";
    const FR_TUESDAY: &str = "Titre\nPublié le mardi 14 septembre 2021\n";
    const AR_TUESDAY: &str = "عنوان\nالثلاثاء 14 سبتمبر 2021\n";
    const EN_WEDNESDAY: &str = "Title\nWednesday, December 1, 2021\n";
    const FR_WEDNESDAY: &str = "Titre\nPublié le mercredi 1 décembre 2021\n";
    const AR_WEDNESDAY: &str = "عنوان\nالأربعاء 1 ديسمبر 2021\n";
    for (name, page, body, phrase, want) in [
        // A past start told by a clause on the noun, and another subject's full date of that weekday.
        ("arabic visit he began on monday", AR_THURSDAY, "تتواصل زيارة الوفد البرلماني إلى الرباط، التي بدأها الاثنين، وتختتم غدا. وفي شأن آخر، تجري الانتخابات البلدية يوم الاثنين 14 مارس.", "الاثنين", "2022-03-07"),
        ("french visit entamée lundi", FR_THURSDAY, "La visite de la délégation parlementaire, entamée lundi, se poursuit à Rabat. Par ailleurs, les élections municipales auront lieu le lundi 14 mars.", "lundi", "2022-03-07"),
        ("english visit that began monday", EN_THURSDAY, "The parliamentary delegation is pressing on with a visit that began Monday in Rabat. Separately, municipal elections will be held on Monday, March 14.", "Monday", "2022-03-07"),
        // Near miss: a weekday told ahead still takes the full date of its weekday.
        ("arabic weekday told ahead keeps the full date", AR_THURSDAY, "يصل الوفد البرلماني إلى الرباط الاثنين. وسيبدأ برنامجه يوم الاثنين 14 مارس بلقاء مع رئيس المجلس.", "الاثنين", "2022-03-14"),
        // Flights flown on a day without its year, "scheduled" the adjective of their service.
        ("english flights operated, a scheduled service", EN_TUESDAY, "Two carriers operated their first nonstop flights between the two cities on September 12, launching a scheduled service.", "September 12", "2021-09-12"),
        ("english scheduled flights flown", EN_TUESDAY, "The airline's first scheduled flights on September 12 carried mostly tourists.", "September 12", "2021-09-12"),
        ("french flights operated", FR_TUESDAY, "Les deux compagnies ont opéré leurs premiers vols directs le 12 septembre, ouvrant une ligne régulière.", "12 septembre", "2021-09-12"),
        ("arabic flights operated", AR_TUESDAY, "سيرت الشركتان أولى رحلاتهما المباشرة بين المدينتين في 12 سبتمبر، في خط منتظم.", "12 سبتمبر", "2021-09-12"),
        // Near miss: "scheduled to" is a plan, a year ahead once the day has passed.
        ("english flights scheduled to start", EN_TUESDAY, "The first flights are scheduled to start on September 2, the airline said.", "September 2", "2022-09-02"),
        // A story framed by "last Wednesday": its bare weekdays are of that week.
        ("english trip framed by last wednesday", EN_WEDNESDAY, "Defence Minister Benny Gantz stood before an honour guard in Rabat last Wednesday. His two-day trip drew wide notice. He landed in Rabat on Tuesday and met his counterpart the same day.", "Tuesday", "2021-11-23"),
        ("french trip framed by mercredi dernier", FR_WEDNESDAY, "Le ministre de la Défense Benny Gantz a été reçu à Rabat mercredi dernier. Sa visite de deux jours a fait date. Il était arrivé mardi dans la capitale et avait rencontré son homologue le jour même.", "mardi", "2021-11-23"),
        ("arabic trip framed by last wednesday", AR_WEDNESDAY, "استقبل وزير الدفاع الإسرائيلي بيني غانتس في الرباط الأربعاء الماضي. واستمرت زيارته يومين. ووصل غانتس إلى الرباط الثلاثاء والتقى نظيره في اليوم نفسه.", "الثلاثاء", "2021-11-23"),
        ("the same day follows the framed day", EN_WEDNESDAY, "Defence Minister Benny Gantz stood before an honour guard in Rabat last Wednesday. His two-day trip drew wide notice. He landed in Rabat on Tuesday and met his counterpart the same day.", "the same day", "2021-11-23"),
        // Near misses: a day named between ends the frame; a weekday told ahead is not framed.
        ("a date between ends the frame", EN_WEDNESDAY, "Gantz signed a memorandum in Rabat last Wednesday. The ministry confirmed on November 29 that the text was final. It published the text on Tuesday.", "Tuesday", "2021-11-30"),
        ("a weekday told ahead is not framed", EN_WEDNESDAY, "Gantz signed a memorandum in Rabat last Wednesday. He will return to Morocco on Thursday.", "Thursday", "2021-12-02"),
    ] {
        let got = resolved_phrases(&format!("{page}{body}"), &lex);
        let phrase = crate::text::normalize::normalize(phrase).text;
        assert!(got.iter().any(|(p, v)| *p == phrase && v == want), "{name}: {phrase} = {want}: {got:?}");
    }
}
