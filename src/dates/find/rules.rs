//! The grammar's rule table: every Arabic-order rule by name, in the order it is tried, with
//! what its first token must be for it to read anything, and the index that lets a token try
//! only the rules it can open. The rules themselves live in the family modules beside this one
//! (`calendar`, `relative`, `range` …); the scan that asks them lives in the parent module.

use super::{Cand, Parser, relative};
use crate::dates::lexicon::Word;
use crate::dates::value::{ExprKind, Unit};

impl Parser<'_> {
    /// The rules of [`RULES`] that can start at token `i`, as bits: those its number, its
    /// lexicon words (each entry's set is [`rules_opened_by`], computed once per lexicon into
    /// the slot it keeps for them) or its letters open.
    pub(super) fn rules_opened_at(&self, i: usize) -> u64 {
        let t = &self.toks[i];
        let mut open = if t.num.is_some() || t.text.as_bytes().first().is_some_and(u8::is_ascii_digit) { RULES_OPENED_BY_DIGITS } else { 0 };
        if !t.matches.is_empty() {
            let by_entry = self.lex.rules_opened.get_or_init(|| self.lex.entries().iter().map(|e| rules_opened_by(e.word)).collect());
            for &(e, _) in t.matches.iter() {
                open |= by_entry[e as usize];
            }
        }
        let mut by_text = RULES_OPENED_BY_TEXT & !open;
        while by_text != 0 {
            let k = by_text.trailing_zeros() as usize;
            by_text &= by_text - 1;
            if RULES[k].text.is_some_and(|opens| opens(t.text)) {
                open |= 1 << k;
            }
        }
        open
    }

    /// `calendar` as a rule: "22 من الشهر ذاته" is a day of the month told by the date before.
    pub(super) fn calendar_rule(&self, i: usize) -> Option<Cand> {
        self.calendar(i).map(|(cal, end, rule)| {
            let kind = match (rule, cal.day) {
                // "نوفمبر من السنة نفسها", "22 November of the same year": a month (and day) of
                // the year told before.
                (relative::SAME_PERIOD, day) if cal.year_offset.is_some() => ExprKind::Same { unit: Some(Unit::Year), day, month: cal.month, days: 0 },
                (relative::SAME_PERIOD, Some(d)) => ExprKind::Same { unit: Some(Unit::Month), day: Some(d), month: None, days: 0 },
                _ => ExprKind::Calendar(cal),
            };
            Cand { start: i, end, kind, part: None, rule }
        })
    }
}

/// A rule of the grammar, with what its first token must be for it to read anything: a
/// necessary condition, read off the rule's own first tests (the rule checks the rest). A
/// token that may open a date tries only the rules it opens ([`Parser::rules_opened_at`]),
/// where every rule was once tried at every such token (a third of the grammar's time went to
/// rules that failed on their first test). A rule given a word here that its first tests do
/// not ask for only costs time; one missing a word it can start on would lose dates, which
/// the test `every_rule_left_out_reads_nothing` checks on the phrase tables.
pub(super) struct Rule {
    pub(super) read: for<'p, 'a> fn(&'p Parser<'a>, usize) -> Option<Cand>,
    /// A number, or digits with an ordinal ending ("1er", "3rd"), can open it.
    digits: bool,
    /// The lexicon words that can open it (any entry starting at the token).
    words: fn(Word) -> bool,
    /// The token texts that can open it, for rules that read their first word by its letters.
    text: Option<fn(&str) -> bool>,
}

/// No lexicon word opens the rule.
fn no_word(_: Word) -> bool {
    false
}

/// The Arabic-order rules, in the order they are tried: on equal length the first one's reading
/// is kept.
pub(super) const RULES: [Rule; 54] = [
    Rule { read: |p, i| p.weekend(i), digits: false, words: |w| matches!(w, Word::This | Word::WeekClose | Word::Weekend), text: None },
    Rule { read: |p, i| p.season(i, false), digits: false, words: |w| matches!(w, Word::This | Word::Dir(_) | Word::Season(_)), text: None },
    Rule { read: |p, i| p.part(i), digits: false, words: |w| matches!(w, Word::Part(_) | Word::PeriodPart(_)), text: None },
    Rule { read: |p, i| p.mid_period(i), digits: false, words: |w| matches!(w, Word::MidPeriod(_)), text: None },
    Rule { read: |p, i| p.new_year(i), digits: false, words: |w| w == Word::NewYear, text: None },
    Rule { read: |p, i| p.relday(i), digits: false, words: |w| matches!(w, Word::RelDay(_) | Word::TimeOfDay | Word::DayWord), text: None },
    Rule {
        read: |p, i| p.weekday(i),
        digits: false,
        words: |w| matches!(w, Word::This | Word::TimeOfDay | Word::DayWord | Word::Weekday(_) | Word::DirWeekday(_)),
        text: None,
    },
    // An ordinal day opens two days of two months joined by a dash too ("الفاتح نوفمبر - 2
    // ديسمبر": `dashed_days_of_two_months` reads its first day as `calendar` does).
    Rule { read: |p, i| p.range(i), digits: true, words: |w| matches!(w, Word::RangeFrom | Word::DayWord | Word::PairFrom | Word::Determiner | Word::Ordinal(_)), text: None },
    Rule { read: |p, i| p.numeric(i), digits: true, words: no_word, text: None },
    Rule {
        read: |p, i| p.calendar_rule(i),
        digits: true,
        words: |w| matches!(w, Word::DayWord | Word::Ordinal(_) | Word::MonthWord | Word::Month { .. }),
        text: None,
    },
    Rule { read: |p, i| p.period(i), digits: false, words: |w| matches!(w, Word::Earlier | Word::This | Word::ThisPeriod(_) | Word::Period(_)), text: None },
    Rule { read: |p, i| p.year_phrase(i), digits: true, words: |w| matches!(w, Word::YearWord | Word::PairFrom | Word::YearPrep), text: None },
    Rule { read: |p, i| p.ago(i), digits: false, words: |w| matches!(w, Word::Ago(_)), text: None },
    Rule {
        read: |p, i| p.span(i),
        // A count opens one too: "11 شهرا الماضية" (the Latin orders are read beside the
        // English and French rules, [`Parser::latin_span`]).
        digits: true,
        words: |w| matches!(w, Word::SpanPrep | Word::Ago(_) | Word::YearPrep | Word::Nth(_) | Word::CountUnit { .. } | Word::Number(_)),
        // And a number word with the article, no lexicon entry: "الثلاثة أشهر الأخيرة".
        text: Some(|t| t.starts_with("ال")),
    },
    // "اليوم العاشر": the day noun is read by its letters.
    Rule { read: |p, i| p.nth(i), digits: false, words: |w| matches!(w, Word::Nth(_) | Word::Weekday(_) | Word::DayWord | Word::Period(_)), text: Some(|t| t.ends_with("اليوم")) },
    Rule { read: |p, i| p.weekday_day(i), digits: false, words: |w| matches!(w, Word::DayWord | Word::Weekday(_)), text: None },
    Rule {
        read: |p, i| p.holiday(i),
        digits: false,
        words: |w| matches!(w, Word::Nth(_) | Word::Ordinal(_) | Word::HolidayPrefix | Word::Holiday { .. }),
        text: None,
    },
    Rule { read: |p, i| p.hebrew_feast(i), digits: false, words: |w| matches!(w, Word::HolidayPrefix | Word::HebrewFeast(_)), text: None },
    Rule { read: |p, i| p.month_number(i), digits: false, words: |w| matches!(w, Word::MonthWord | Word::Period(_)), text: None },
    Rule { read: |p, i| p.numeric_short(i), digits: true, words: no_word, text: None },
    // يومي before two weekdays.
    Rule { read: |p, i| p.weekday_range(i), digits: false, words: |w| matches!(w, Word::RangeFrom), text: Some(|t| t.trim_start_matches(['و', 'ف']) == "يومي") },
    Rule {
        read: |p, i| p.weekday_pair(i),
        digits: false,
        words: |w| matches!(w, Word::PairFrom | Word::DayWord | Word::Dir(_) | Word::Weekday(_)),
        text: None,
    },
    Rule { read: |p, i| p.day_parts_range(i), digits: false, words: |w| matches!(w, Word::TimeOfDay), text: None },
    Rule { read: |p, i| p.night_of(i), digits: false, words: |w| matches!(w, Word::TimeOfDay), text: None },
    // French "de", "d'" around a relative day.
    Rule { read: |p, i| p.from_day_range(i), digits: false, words: |w| matches!(w, Word::RangeFrom), text: Some(|t| matches!(t, "de" | "d")) },
    Rule {
        read: |p, i| p.days_of_month(i),
        digits: false,
        words: |w| matches!(w, Word::DayCount(_) | Word::Number(_) | Word::Nth(_)),
        text: Some(|t| matches!(t, "الايام" | "the" | "les")),
    },
    Rule { read: |p, i| p.this_day_of(i), digits: false, words: |w| matches!(w, Word::ThisDay(_)), text: None },
    // "this time next week", "next week at this time", "the same day last year": the
    // anchor's day moved by whole weeks or years (this_time.rs).
    Rule { read: |p, i| p.this_time_weeks_on(i), digits: false, words: |w| matches!(w, Word::ThisDay(_)), text: None },
    Rule { read: |p, i| p.period_then_this_time(i), digits: false, words: |w| matches!(w, Word::Period(Unit::Week | Unit::Year) | Word::Dir(_) | Word::Determiner), text: None },
    Rule { read: |p, i| p.same_day_of_year(i), digits: false, words: |w| matches!(w, Word::SameDay(0) | Word::ThatDay | Word::TheSameDay | Word::Same | Word::RelDay(0)), text: Some(|t| t == "في") },
    // A weekday without its article ("خميس الأسبوع القادم") is looked up by its letters: any
    // token may open it (its first test, a week after it, is cheap).
    Rule { read: |p, i| p.weekday_of_week(i), digits: false, words: no_word, text: Some(|_| true) },
    Rule { read: |p, i| p.week_then_weekday(i), digits: false, words: |w| matches!(w, Word::This | Word::Period(_)), text: None },
    Rule { read: |p, i| p.month_day(i), digits: false, words: |w| matches!(w, Word::Month { .. }), text: None },
    // يوم، بتاريخ before a day and month in digits ("تاريخ" alone is no lexicon word).
    Rule { read: |p, i| p.numeric_day_month(i), digits: false, words: no_word, text: Some(|t| matches!(t, "يوم" | "بتاريخ" | "تاريخ")) },
    Rule { read: |p, i| p.same_period(i), digits: false, words: |w| matches!(w, Word::Same | Word::Period(_) | Word::RelDay(_)), text: None },
    Rule { read: |p, i| p.same_day(i), digits: false, words: |w| matches!(w, Word::SameDay(_) | Word::ThatDay | Word::StoryDay | Word::TheSameDay | Word::SameDayPart), text: None },
    // بعد ذلك بأربعة أيام: the shift word first (the Latin order, the count first, is read by
    // the Latin rules).
    Rule { read: |p, i| p.counted_shift(i), digits: false, words: |w| matches!(w, Word::Shift(1 | -1)), text: None },
    Rule { read: |p, i| p.day_of_month(i), digits: true, words: |w| matches!(w, Word::DayWord), text: None },
    Rule { read: |p, i| p.relative_month_day(i), digits: false, words: |w| matches!(w, Word::This | Word::Period(_)), text: None },
    // «النصف الثاني من شهر نونبر», «العشرية الأولى من يوليوز»: a share of a month, before the
    // fraction of a year that would read the same words as the month alone (month_share.rs).
    Rule { read: |p, i| p.month_share(i), digits: false, words: |w| matches!(w, Word::YearFraction(..)), text: Some(super::month_share::opens_by_letters) },
    Rule { read: |p, i| p.year_fraction(i), digits: false, words: |w| matches!(w, Word::YearFraction(..)), text: None },
    Rule { read: |p, i| p.months_of_year(i), digits: false, words: |w| matches!(w, Word::Nth(1 | -1) | Word::CountUnit { unit: Some(Unit::Month), .. }), text: None },
    Rule { read: |p, i| p.decade(i), digits: false, words: |w| matches!(w, Word::Decade(_)), text: None },
    Rule { read: |p, i| p.hijri_day(i), digits: true, words: |w| matches!(w, Word::Ordinal(1)), text: None },
    Rule { read: |p, i| p.week_of(i), digits: false, words: |w| matches!(w, Word::WeekOf), text: None },
    Rule { read: |p, i| p.dashed_month(i), digits: true, words: |w| matches!(w, Word::Month { .. }), text: None },
    Rule { read: |p, i| p.numeric_two_digit_year(i), digits: true, words: no_word, text: None },
    Rule { read: |p, i| p.day_list(i), digits: true, words: |w| matches!(w, Word::Month { .. }), text: None },
    Rule { read: |p, i| p.month_pair(i), digits: false, words: |w| matches!(w, Word::MonthWord | Word::Month { .. }), text: None },
    Rule { read: |p, i| p.date_pair(i), digits: true, words: |w| matches!(w, Word::Month { .. } | Word::Determiner | Word::DayWord), text: None },
    Rule { read: |p, i| p.feast_eve(i), digits: false, words: |w| matches!(w, Word::FeastEve), text: None },
    Rule { read: |p, i| p.feast_morrow(i), digits: false, words: |w| matches!(w, Word::FeastMorrow | Word::SameDay(1)), text: None },
    Rule { read: |p, i| p.fraction_counted_arabic(i), digits: false, words: |w| matches!(w, Word::YearFraction(..) | Word::This | Word::Dir(_)), text: None },
    // "the first anniversary of the December 22, 2020 declaration": the written date years on
    // (anniversary_of_date.rs).
    Rule { read: |p, i| p.anniversary_of_date(i), digits: false, words: |w| matches!(w, Word::Anniversary(1..)), text: None },
];

/// The rules a number or digits with an ordinal ending open, as bits of [`RULES`].
const RULES_OPENED_BY_DIGITS: u64 = {
    let mut bits = 0;
    let mut k = 0;
    while k < RULES.len() {
        if RULES[k].digits {
            bits |= 1 << k;
        }
        k += 1;
    }
    bits
};

/// The rules some token texts open, as bits of [`RULES`].
const RULES_OPENED_BY_TEXT: u64 = {
    let mut bits = 0;
    let mut k = 0;
    while k < RULES.len() {
        if RULES[k].text.is_some() {
            bits |= 1 << k;
        }
        k += 1;
    }
    bits
};

/// The rules of [`RULES`] a lexicon word can open, as bits: the lexicon keeps it for each
/// entry, computed once at load.
fn rules_opened_by(w: Word) -> u64 {
    RULES.iter().enumerate().filter(|(_, r)| (r.words)(w)).fold(0, |bits, (k, _)| bits | 1 << k)
}

/// Whether a token with word `w` may open an expression. Most lexicon words met in running
/// text (أن، التي، tense markers) cannot: only numbers and the other kinds can (بتاريخ, a
/// label, opens "بتاريخ 3/12").
pub(super) fn opens_a_date(w: Word) -> bool {
    !matches!(
        w,
        Word::Subordinator { .. }
            | Word::Future
            | Word::FutureVerb
            | Word::NotFuture
            | Word::ClauseOfTime
            | Word::UpdatedLabel
            | Word::DayWidget
            | Word::Link
            | Word::RangeTo { .. }
            | Word::NotWeekdayBefore
            | Word::NotWeekdayAfter
            | Word::Dir(_)
            | Word::HijriMarker
            | Word::GregMarker
            | Word::Number(_)
            | Word::PastVerb
            | Word::Comparative
            | Word::Except
            | Word::MinuteWord
            | Word::MinutePart(_)
            | Word::DayPeriod(_)
            | Word::TimeZone
            | Word::ZoneName(_)
            | Word::HourWord
            | Word::ClockHour(_)
            | Word::Now
            | Word::EraNoun
            | Word::NotDate
            | Word::StreetName
            | Word::ClockUnit { .. }
            | Word::ThisAfter
            | Word::Few
            | Word::Determiner
            | Word::EventOf
            | Word::EventAfter
            | Word::Indefinite
            | Word::LengthBefore
            | Word::PairAnd
            | Word::PairTo
            | Word::AfterOnly
            | Word::DayAloneNext
            | Word::DayAloneBefore(_)
            | Word::Participle
            | Word::Auxiliary
            | Word::Shift(0)
            | Word::Exact
            | Word::Passing
            | Word::NumberLabel
    )
}

/// The words that open a date only before date material (a number or a lexicon word: "في
/// 2020"، "منذ عامين"، "بين 10 و12"، "هذا الأسبوع"): the prepositions and demonstratives that are
/// most of the tokens able to open one, and the words that open none. Said of one-token
/// entries: an entry of several tokens ("il y a") holds the words after it.
pub(super) fn opens_only_before_date_material(w: Word) -> bool {
    matches!(w, Word::YearPrep | Word::RangeFrom | Word::PairFrom | Word::Ago(_) | Word::This) || !opens_a_date(w)
}

#[cfg(test)]
mod rule_index_tests {
    //! The rule index against the rules themselves: at every token of every phrase of the date
    //! tables and of the seed articles, each rule the index leaves out must read nothing there.

    use super::*;
    use crate::dates::find::tokenize;

    /// The phrases of the date tables and the text of the seed, dev and fixture articles.
    fn texts() -> Vec<String> {
        let tables = [
            include_str!("../../../tests/date_phrases.tsv"),
            include_str!("../../../tests/date_phrases_en.tsv"),
            include_str!("../../../tests/date_phrases_fr.tsv"),
            include_str!("../../../tests/date_phrases_unseen.tsv"),
        ];
        let mut out: Vec<String> = tables
            .iter()
            .flat_map(|t| t.lines())
            .filter(|l| !l.starts_with('#') && !l.starts_with("section\t"))
            .filter_map(|l| l.split('\t').nth(1).map(str::to_string))
            .collect();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut dirs = vec![root.join("corpus"), root.join("tests/dev/corpus"), root.join("tests/fixtures")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "txt") {
                    out.push(std::fs::read_to_string(&path).unwrap_or_default());
                }
            }
        }
        out
    }

    #[test]
    fn every_rule_left_out_reads_nothing() {
        let lex = crate::data::Lexicons::builtin().dates;
        let (mut tried, mut left_out) = (0usize, 0usize);
        let mut wrong: Vec<String> = Vec::new();
        for text in texts() {
            let norm = crate::text::normalize::normalize_str(&text);
            for sentence in crate::text::segment::split_sentences(&norm) {
                let toks = tokenize(&norm, sentence.range.clone(), &lex);
                let p = Parser { toks: &toks, lex: &lex, page: None };
                for i in 0..toks.len() {
                    let open = p.rules_opened_at(i);
                    for (k, rule) in RULES.iter().enumerate() {
                        tried += 1;
                        if open & 1 << k != 0 {
                            continue;
                        }
                        left_out += 1;
                        if let Some(c) = (rule.read)(&p, i) {
                            wrong.push(format!("rule {k} ({}) reads at {:?} in {:?}", c.rule, toks[i].text, &norm[sentence.range.clone()]));
                        }
                    }
                }
            }
        }
        assert!(wrong.is_empty(), "{} readings by rules the index leaves out:\n{}", wrong.len(), wrong.join("\n"));
        // The index must leave most rules out, or it saves nothing.
        assert!(left_out * 2 > tried, "{left_out} of {tried} rule tries left out");
    }
}
