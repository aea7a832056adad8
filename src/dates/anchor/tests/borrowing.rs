//! What an article's relative days tell borrowing: the publication weekday they imply and the days an event dated elsewhere leaves.

use super::*;

/// The borrowing clue of the date mention of `text` written `phrase` (normalised, any case).
fn clue_of(lex: &Lexicons, text: &str, phrase: &str) -> Option<BorrowClue> {
    let doc = Document::new(Article::from_text("a.txt", text), lex);
    let mentions = find_dates(&doc, &lex.dates);
    let m = mentions.iter().find(|m| doc.norm.text[m.range.clone()].to_lowercase() == phrase.to_lowercase()).unwrap_or_else(|| panic!("{phrase}: {mentions:#?}"));
    BorrowClue::of(&m.expr, publication_weekday(&mentions))
}

#[test]
fn weekdays_shift_both_ways() {
    for (wd, days, expected) in [(Weekday::Wed, -1, Weekday::Tue), (Weekday::Mon, -1, Weekday::Sun), (Weekday::Sun, 1, Weekday::Mon), (Weekday::Thu, 0, Weekday::Thu), (Weekday::Fri, -9, Weekday::Wed)] {
        assert_eq!(shift_weekday(wd, days), expected, "{wd} {days}");
    }
}

/// (name, article, the weekday of its publication day its relative days imply).
const PUBLICATION_WEEKDAYS: &[(&str, &str, Option<Weekday>)] = &[
    ("today names it", "وقع الوزيران اليوم الأربعاء اتفاقا.", Some(Weekday::Wed)),
    ("yesterday names the day before", "التقى الوزير أمس الثلاثاء نظيره.", Some(Weekday::Wed)),
    ("two that agree", "وصل الوفد أمس الأحد، ووقع اليوم الاثنين اتفاقا.", Some(Weekday::Mon)),
    ("two that disagree", "وصل الوفد أمس الأحد، ووقع اليوم الثلاثاء اتفاقا.", None),
    (
        "a quoted day is outvoted",
        "وصل الوفد أمس الأحد، ويلتقي اليوم الاثنين مسؤولين. وقال نتنياهو إنه تحدث أمس الجمعة مع الملك.",
        Some(Weekday::Mon),
    ),
    ("bare yesterday names none", "وقع الوزيران أمس اتفاقا.", None),
];

#[test]
fn publication_weekdays() {
    let lex = Lexicons::builtin();
    for (name, text, expected) in PUBLICATION_WEEKDAYS {
        let doc = Document::new(Article::from_text("a.txt", text), &lex);
        let mentions = find_dates(&doc, &lex.dates);
        assert_eq!(publication_weekday(&mentions), *expected, "{name}: {mentions:#?}");
    }
    crate::test_support::assert_unique_names(PUBLICATION_WEEKDAYS.iter().map(|c| c.0));
}

/// (name, article, the phrase of the event's date, the day another article gives the
/// event, the publication days that leaves).
const BORROW_CLUES: &[(&str, &str, &str, &str, &str)] = &[
    ("yesterday", "وقع الوزيران أمس اتفاقا.", "امس", "2021-11-24", "2021-11-25"),
    ("yesterday naming another weekday", "وقع الوزيران أمس الثلاثاء اتفاقا.", "امس الثلاثاء", "2021-11-24", ""),
    (
        "yesterday counted from a speaker's day",
        "وصل الوفد أمس الأحد، ويلتقي اليوم الاثنين مسؤولين. وقال نتنياهو إنه تحدث أمس الجمعة مع الملك.",
        "امس الجمعه",
        "2020-12-25",
        "",
    ),
    ("bare past weekday and today's weekday", "وصل الوفد اليوم الاثنين، بعد مكالمة الجمعة بين الزعيمين.", "الجمعه", "2020-12-25", "2020-12-28"),
    ("bare past weekday of another day", "وصل الوفد اليوم الاثنين، بعد مكالمة الخميس بين الزعيمين.", "الخميس", "2020-12-25", ""),
    (
        "bare past weekday without today's weekday",
        "وصل الوفد، بعد مكالمة الجمعة بين الزعيمين.",
        "الجمعه",
        "2020-12-25",
        "2020-12-25 2020-12-26 2020-12-27 2020-12-28 2020-12-29 2020-12-30 2020-12-31",
    ),
    ("english bare weekday without today's weekday", "The two ministers met on Wednesday in Rabat.", "Wednesday", "2021-11-24", "2021-11-24 2021-11-25 2021-11-26 2021-11-27 2021-11-28 2021-11-29 2021-11-30"),
    ("english bare weekday of another day", "The two ministers met on Tuesday in Rabat.", "Tuesday", "2021-11-24", ""),
    // "الثلاثاء الماضي", "last Tuesday": the publication day is one of the seven after it.
    ("last weekday and today's weekday", "تبدأ اليوم الأحد المرحلة الثانية، بعد الاتفاق الذي وقعه الطرفان الثلاثاء الماضي.", "الثلاثاء الماضي", "2020-12-22", "2020-12-27"),
    ("last weekday of another day", "تبدأ اليوم الأحد المرحلة الثانية، بعد الاتفاق الذي وقعه الطرفان الأربعاء الماضي.", "الاربعاء الماضي", "2020-12-22", ""),
    (
        "english last weekday without today's weekday",
        "The accord the two ministers signed last Tuesday takes effect in January.",
        "last Tuesday",
        "2020-12-22",
        "2020-12-23 2020-12-24 2020-12-25 2020-12-26 2020-12-27 2020-12-28 2020-12-29",
    ),
    ("last week and today's weekday", "التقى الوزيران اليوم الخميس، بعد توقيع المذكرة الأسبوع الماضي.", "الاسبوع الماضي", "2021-11-24", "2021-12-02"),
    (
        "last week without today's weekday",
        "التقى الوزيران بعد توقيع المذكرة الأسبوع الماضي.",
        "الاسبوع الماضي",
        "2021-11-24",
        "2021-11-29 2021-11-30 2021-12-01 2021-12-02 2021-12-03 2021-12-04 2021-12-05",
    ),
];

#[test]
fn borrow_clues() {
    let lex = Lexicons::builtin();
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    for (name, text, phrase, event_day, expected) in BORROW_CLUES {
        let clue = clue_of(&lex, text, phrase);
        let got = clue.map(|c| c.publication_days(day(event_day).unwrap())).unwrap_or_default();
        let got: Vec<String> = got.iter().map(|d| d.to_string()).collect();
        assert_eq!(got.join(" "), *expected, "{name}");
    }
    crate::test_support::assert_unique_names(BORROW_CLUES.iter().map(|c| c.0));
}

/// Every event day whose publication days fall in a span lies within the bound the clue
/// gives for it (borrowing reads only the reports of those days).
#[test]
fn event_days_between_bound_the_publication_days() {
    let lex = Lexicons::builtin();
    let start = NaiveDate::from_ymd_opt(2021, 2, 10).unwrap();
    for (name, text, phrase, _, _) in BORROW_CLUES {
        let Some(clue) = clue_of(&lex, text, phrase) else { continue };
        for (first, length) in [(start, 0), (start, 6), (start + chrono::Duration::days(3), 30)] {
            let last = first + chrono::Duration::days(length);
            let (from, to) = clue.event_days_between(first, last);
            for k in -60..60 {
                let event_day = first + chrono::Duration::days(k);
                if clue.publication_days(event_day).iter().any(|d| (first..=last).contains(d)) {
                    assert!((from..=to).contains(&event_day), "{name}: {event_day} outside {from}..{to} for {first}..{last}");
                }
            }
        }
    }
}

/// (name, article, the phrase of the event's date, whether its clue fixes a day of a
/// known weekday: what borrowing by an agreement's subject alone asks).
const NAMED_DAY_CLUES: &[(&str, &str, &str, bool)] = &[
    ("today naming its weekday", "أبرم الطرفان اليوم الخميس ثلاث اتفاقيات.", "اليوم الخميس", true),
    ("yesterday naming its weekday", "وقع الجانبان أمس الأحد مذكرتين.", "امس الاحد", true),
    ("bare yesterday", "وقع الجانبان أمس مذكرتين.", "امس", false),
    ("bare yesterday and today's weekday elsewhere", "وقع الجانبان أمس مذكرتين، ويلتقي الوزيران اليوم الاثنين.", "امس", true),
    ("bare past weekday", "وقع الجانبان الأحد مذكرتين.", "الاحد", false),
    ("last week", "وقع الجانبان الأسبوع الماضي مذكرتين.", "الاسبوع الماضي", false),
];

#[test]
fn named_day_clues() {
    let lex = Lexicons::builtin();
    for (name, text, phrase, expected) in NAMED_DAY_CLUES {
        assert_eq!(clue_of(&lex, text, phrase).is_some_and(|c| c.fixes_a_named_day()), *expected, "{name}");
    }
    crate::test_support::assert_unique_names(NAMED_DAY_CLUES.iter().map(|c| c.0));
}


/// (name, article, the phrase, the first and last day of the bound the page was written in,
/// the value the phrase takes against it: what every day of the bound gives, else the month
/// holding them all, else nothing).
const AGAINST_A_BOUND: &[(&str, &str, &str, &str, &str, &str)] = &[
    ("the bound's own weekday is its first day", "Gantz a rencontré lundi le général Farouk.", "lundi", "2022-07-18", "2022-07-24", "2022-07-18"),
    ("another weekday is the month", "Gantz met General Farouk on Thursday.", "thursday", "2022-07-18", "2022-07-24", "2022-07"),
    ("another weekday over two months is nothing", "التقى غانتس الجنرال الفاروق يوم السبت.", "يوم السبت", "2022-03-28", "2022-04-03", ""),
    ("another weekday in one month of two is that month", "التقى غانتس الجنرال الفاروق يوم الخميس.", "يوم الخميس", "2022-03-28", "2022-04-03", "2022-03"),
    ("today is the month", "Aujourd'hui, les deux ministres signent un accord.", "aujourd'hui", "2021-11-24", "2021-11-30", "2021-11"),
    ("a month named is itself", "وقع الوزيران في نوفمبر الماضي مذكرة تفاهم.", "نوفمبر الماضي", "2022-07-18", "2022-07-24", "2021-11"),
    ("a bound of one day is that day", "Gantz met General Farouk on Thursday.", "thursday", "2022-07-18", "2022-07-18", "2022-07-14"),
];

#[test]
fn expressions_against_a_bound() {
    use crate::dates::publication::Inference;
    let lex = Lexicons::builtin();
    for (name, text, phrase, first, last, expected) in AGAINST_A_BOUND {
        let doc = Document::new(Article::from_text("a.txt", text), &lex);
        let mentions = find_dates(&doc, &lex.dates);
        let m = mentions.iter().find(|m| doc.norm.text[m.range.clone()].to_lowercase() == phrase.to_lowercase()).unwrap_or_else(|| panic!("{name}: {phrase}: {mentions:#?}"));
        let (first, last) = (first.parse::<NaiveDate>().unwrap(), last.parse::<NaiveDate>().unwrap());
        let days = u8::try_from((last - first).num_days()).unwrap();
        let anchor = Anchor::inferred(DateValue::day(first), Inference::BorrowedFrom { days });
        assert_eq!(anchor.written_within(), Some((first, last)), "{name}");
        let got = crate::dates::resolve(&m.expr, &anchor).map(|r| r.value.to_string()).unwrap_or_default();
        assert_eq!(got, *expected, "{name}");
    }
    crate::test_support::assert_unique_names(AGAINST_A_BOUND.iter().map(|c| c.0));
}

/// A bound is written as the span of its days, and an event told as on the publication day
/// takes the month that holds them (none when they run over two).
#[test]
fn a_bound_is_written_as_its_span_and_dates_by_its_month() {
    use crate::dates::publication::Inference;
    let day = |s: &str| s.parse::<NaiveDate>().unwrap();
    let within_july = Anchor::inferred(DateValue::day(day("2022-07-18")), Inference::BorrowedFrom { days: 6 });
    assert_eq!(within_july.published_value().map(|v| v.to_string()).as_deref(), Some("2022-07-18/2022-07-24"));
    assert_eq!(within_july.on_publication_day_date().map(|v| v.to_string()).as_deref(), Some("2022-07"));
    let over_april = Anchor::inferred(DateValue::day(day("2022-03-28")), Inference::BorrowedFrom { days: 6 });
    assert_eq!(over_april.on_publication_day_date(), None);
    let a_day = Anchor::inferred(DateValue::day(day("2022-03-28")), Inference::Borrowed);
    assert_eq!((a_day.published_value(), a_day.on_publication_day_date(), a_day.written_within()), (a_day.date, a_day.date, None));
}
