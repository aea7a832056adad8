//! Days inside quotation marks: the speaker's, telling nothing of the writing day.

use super::*;

/// (name, text, expected anchor, basis): days counted inside quotation marks are the
/// speaker's and tell nothing of the writing day.
const QUOTED_DAYS: &[(&str, &str, &str, AnchorBasis)] = &[
    ("a speaker's yesterday in straight quotes", "عنوان\nقال مصدر في تصريح يوم 10 ديسمبر 2021: \"التقينا أمس الخميس الوفد المغربي\".", "", AnchorBasis::Unknown),
    ("a speaker's yesterday in guillemets", "عنوان\nقال مصدر في تصريح يوم 10 ديسمبر 2021: «التقينا أمس الخميس الوفد المغربي».", "", AnchorBasis::Unknown),
    ("a speaker's today in curly quotes", "Title\nOn December 10, 2021 the minister wrote: “We meet today, Friday, our Moroccan friends.”", "", AnchorBasis::Unknown),
    ("a french speaker's hier", "Titre\nLe 10 décembre 2021, le ministre a déclaré : « Nous avons rencontré hier jeudi nos partenaires ».", "", AnchorBasis::Unknown),
    (
        "the writer's today after a closed quote",
        "عنوان\nقال الوزير «نرحب بالوفد» في الرباط اليوم الجمعة 10 ديسمبر 2021 خلال لقاء صحفي.",
        "2021-12-10",
        AnchorBasis::Inferred(Inference::RelativeDay),
    ),
    ("a quoted full date still bounds", "عنوان\nقال الوزير: «وقعنا الاتفاق في 22 ديسمبر 2020»، وأعلن اليوم الثلاثاء عن زيارة.", "2020-12-22", AnchorBasis::Inferred(Inference::WeekdayOfDate)),
];

#[test]
fn quoted_days() {
    let lex = Lexicons::builtin();
    for (name, text, expected, basis) in QUOTED_DAYS {
        let (got, anchor, mentions) = anchor_of(&lex, text);
        assert_eq!((got.as_str(), anchor.basis), (*expected, *basis), "{name}: {mentions:#?}");
    }
    crate::test_support::assert_unique_names(QUOTED_DAYS.iter().map(|c| c.0));
}

#[test]
fn quoted_spans_hold_the_words_between_the_marks() {
    // (name, text, the quoted stretches' text without their opening mark).
    let cases: &[(&str, &str, &[&str])] = &[
        ("straight pair", "قال: \"أمس\" ثم", &["أمس"]),
        ("guillemets", "a « hier » b", &[" hier "]),
        ("curly, nested guillemets", "x “a «b» c” y", &["a «b» c"]),
        ("a closer with none open", "a » b « c » d", &[" c "]),
        ("a line ends a quotation", "a « b\nc » d", &[" b"]),
        ("unclosed to the end", "a « b c", &[" b c"]),
        ("none", "a b c", &[]),
    ];
    for (name, text, expected) in cases {
        let got: Vec<&str> = quoted_spans(text).into_iter().map(|r| &text[r.clone()][text[r].chars().next().map_or(0, char::len_utf8)..]).collect();
        assert_eq!(&got, expected, "{name}");
    }
    // Marks at every place of a sixteen-byte block, in Arabic text, as read character by
    // character.
    let plain = |text: &str| quoted_spans_at(text, text.char_indices().map(|(i, _)| i));
    for pad in 0..40 {
        let text = format!("{}قال «الوزير» a“b”\"{}\"\nو» „x", "ب".repeat(pad / 2) + &"a".repeat(pad % 2), "ج".repeat(pad));
        assert_eq!(quoted_spans(&text), plain(&text), "{text}");
    }
}

#[test]
fn quoted_days_name_no_publication_weekday() {
    // (name, article, the publication weekday borrowing reads): a quoted day is the
    // speaker's, even when nothing of the writer's outvotes it.
    let cases: &[(&str, &str, Option<Weekday>)] = &[
        ("a quoted today alone", "قال الوزير: \"نلتقي اليوم الخميس بنظرائنا المغاربة\"، ووصل الوفد إلى الرباط.", None),
        ("a quoted yesterday against the writer's today", "وصل الوفد اليوم الاثنين. وقال الوزير: «التقينا أمس الجمعة بنظرائنا».", Some(Weekday::Mon)),
        ("a french quoted today", "Le ministre a déclaré : « Nous signons aujourd'hui, jeudi, un accord ».", None),
        ("the writer's today", "وقع الوزيران اليوم الأربعاء اتفاقا.", Some(Weekday::Wed)),
    ];
    let lex = Lexicons::builtin();
    for (name, text, expected) in cases {
        let doc = Document::new(Article::from_text("a.txt", text), &lex);
        let mentions = find_dates(&doc, &lex.dates);
        assert_eq!(find_anchor_and_weekday(&doc, &mentions, &lex.dates, None).1, *expected, "{name}: {mentions:#?}");
    }
}

/// (name, text, the named days found, its eve among them): a feast named inside a quotation
/// without its year or direction is the speaker's, and no date.
const QUOTED_HOLIDAYS: &[(&str, &str, &[&str])] = &[
    ("a wish in guillemets", "قال الوزير: «نحتفل بعيد الفطر مع أسرنا» قبل أن يغادر القاعة.", &[]),
    ("a habit in straight quotes", "وأضاف السفير: \"نلتقي كل سنة في عيد العرش\" في إشارة إلى الحفل.", &[]),
    ("the writer's own feast", "وقع الاتفاق عشية عيد الأضحى بعد أشهر من المفاوضات.", &["عشيه عيد الاضحي"]),
    ("a quoted feast with its year", "قال الوزير: «التقينا في عيد الفطر 2021 بالرباط» خلال الندوة.", &["عيد الفطر 2021"]),
];

#[test]
fn quoted_holidays_are_no_dates() {
    let lex = Lexicons::builtin();
    for (name, text, expected) in QUOTED_HOLIDAYS {
        let doc = Document::new(Article::from_text("a.txt", text), &lex);
        let mentions = find_dates(&doc, &lex.dates);
        let got: Vec<&str> = mentions.iter().filter(|m| m.rule.starts_with("holiday") || m.rule == "feast-eve").map(|m| &doc.norm.text[m.range.clone()]).collect();
        assert_eq!(&got, expected, "{name}: {mentions:#?}");
    }
    crate::test_support::assert_unique_names(QUOTED_HOLIDAYS.iter().map(|c| c.0));
}
