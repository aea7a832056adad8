//! Property tests of the dates stage: the finder never panics on arbitrary text, and a
//! resolved value depends only on the expression and the anchor, never on the clock.

use chrono::NaiveDate;
use proptest::prelude::*;
use tarikh::corpus::Article;
use tarikh::data::Lexicons;
use tarikh::dates::{Anchor, ArticleDates, Basis, DateValue, find_dates, resolve};
use tarikh::text::Document;

/// Phrases of every expression family, mixed into generated text.
const PHRASES: &[&str] = &[
    "أمس",
    "اليوم الثلاثاء",
    "الخميس المقبل",
    "الأربعاء",
    "ديسمبر الماضي",
    "في تموز/يوليو",
    "18 يوليوز الجاري",
    "الشهر الماضي",
    "الأسبوع المقبل",
    "العام 2014",
    "في 2020",
    "أواخر شهر يوليو (تموز) الحالي",
    "يوم الجمعة في 16 يوليو",
    "2021-11-24",
    "24/11/2021",
    "15 رمضان 1442 هـ",
    "من 10 إلى 12 يوليو",
    "مطلع العام الجاري",
    "سيزور الرباط الخميس",
    "أمس الأربعاء 27 يوليوز الجاري",
    "في وقت سابق من هذا الشهر",
    "كانون 2",
    "بين عامي 2020 و2022",
    "قبل ستة وثلاثين يوما",
    "خلال الأسابيع الثلاثة الماضية",
    "شهر 4",
    "3/2022",
    "الاثنين 5/4",
    "ثاني خميس من أبريل",
    "آخر يوم من الشهر المقبل",
    "الأربعاء الحادي عشر",
    "الخميس بعد القادم",
    "بكرة",
    "عيد الفطر",
    "رمضان المقبل",
    "ما بين الأحد والخميس",
    "الساعة 7 مساء",
    "الخامسة إلا ربعا",
];

fn lexicons() -> &'static Lexicons {
    static LEX: std::sync::OnceLock<Lexicons> = std::sync::OnceLock::new();
    LEX.get_or_init(Lexicons::builtin)
}

fn text_strategy() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![prop::sample::select(PHRASES).prop_map(String::from), "\\PC{0,12}", Just("\n".to_string()), Just("، ".to_string())],
        0..24,
    )
    .prop_map(|parts| parts.join(" "))
}

proptest! {
    #[test]
    fn finder_never_panics_on_arbitrary_text(text in "\\PC{0,300}") {
        let lex = lexicons();
        let doc = Document::new(Article::from_text("p.txt", &text), lex);
        let mentions = find_dates(&doc, &lex.dates);
        for m in &mentions {
            prop_assert!(m.range.end <= doc.norm.text.len());
            let _ = doc.original(m.range.clone());
        }
    }

    #[test]
    fn whole_analysis_never_panics_on_date_heavy_text(text in text_strategy()) {
        let lex = lexicons();
        let doc = Document::new(Article::from_text("p.txt", &text), lex);
        let _ = ArticleDates::analyse(&doc, &lex.dates, None);
    }

    #[test]
    fn resolution_depends_only_on_expression_and_anchor(text in text_strategy(), days in 0i64..4000) {
        let lex = lexicons();
        let doc = Document::new(Article::from_text("p.txt", &text), lex);
        let mentions = find_dates(&doc, &lex.dates);
        let day = NaiveDate::from_ymd_opt(2015, 1, 1).unwrap() + chrono::Duration::days(days);
        let anchor = Anchor::given(day);
        for m in &mentions {
            let a = resolve(&m.expr, &anchor);
            std::thread::sleep(std::time::Duration::from_micros(50));
            prop_assert_eq!(a, resolve(&m.expr, &anchor));
            // Without an anchor, nothing relative to the publication date may resolve.
            if let Some(r) = resolve(&m.expr, &Anchor::unknown()) {
                prop_assert!(r.basis != Basis::Published, "{:?} resolved without an anchor", m.expr);
            }
        }
    }

    #[test]
    fn month_anchor_resolves_day_relative_expressions_to_its_month(text in text_strategy(), m in 1u32..=12) {
        let lex = lexicons();
        let doc = Document::new(Article::from_text("p.txt", &text), lex);
        let month = DateValue::month(2021, m).unwrap();
        let anchor = Anchor::inferred(month, tarikh::dates::Inference::Borrowed);
        for mention in find_dates(&doc, &lex.dates) {
            if let tarikh::dates::ExprKind::Relative { date: None, .. } | tarikh::dates::ExprKind::Weekday { .. } = mention.expr.kind {
                prop_assert_eq!(resolve(&mention.expr, &anchor).map(|r| r.value), Some(month));
            }
        }
    }

    /// The counted-shift grammar (src/dates/find/relative.rs): any count of days or weeks,
    /// in digits, moves the day told before (here the reference, as a phrase alone) by that
    /// many days, in each language's order: "17 days later", « 3 semaines plus tôt », «بعد ذلك
    /// بـ12 يوما», «قبل 4 أسابيع من ذلك».
    #[test]
    fn a_counted_shift_moves_the_day_by_any_count(n in 1u32..=60, weeks in any::<bool>(), later in any::<bool>(), form in 0usize..4, days in 0i64..1000) {
        let reference = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + chrono::Duration::days(days);
        let phrase = match form {
            0 => format!("{n} {} {}", if weeks { "weeks" } else { "days" }, if later { "later" } else { "earlier" }),
            1 => format!("{n} {} {}", if weeks { "semaines" } else { "jours" }, if later { "plus tard" } else { "plus tôt" }),
            // Arabic counts 2–10 take the plural, 11 and more the accusative singular.
            2 => format!("{} بـ{n} {}", if later { "بعد ذلك" } else { "قبل ذلك" }, arabic_unit(n, weeks)),
            _ => format!("{} {n} {} من ذلك", if later { "بعد" } else { "قبل" }, arabic_unit(n, weeks)),
        };
        let shift = i64::from(n) * if weeks { 7 } else { 1 } * if later { 1 } else { -1 };
        let expected = (reference + chrono::Duration::days(shift)).format("%Y-%m-%d").to_string();
        let mut out = Vec::new();
        let at = tarikh::cli::dates::Reference::parse(&reference.format("%Y-%m-%d").to_string()).unwrap();
        tarikh::cli::dates::phrases_at(phrase.as_bytes(), at, &lexicons().dates, &mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        let f: Vec<&str> = out.trim_end().split('\t').collect();
        prop_assert_eq!((f.get(1).copied(), f.get(2).copied()), (Some(expected.as_str()), Some("day")), "{}", phrase);
    }
}

/// An Arabic unit of days or weeks after the count `n` in digits: the singular for 1, the
/// plural for 2–10 (a dual word carries its own count: "بـ2 يومين" says it twice), the
/// accusative singular from 11.
fn arabic_unit(n: u32, weeks: bool) -> &'static str {
    match (n, weeks) {
        (1, false) => "يوم",
        (1, true) => "أسبوع",
        (2..=10, false) => "أيام",
        (2..=10, true) => "أسابيع",
        (_, false) => "يوما",
        (_, true) => "أسبوعا",
    }
}
