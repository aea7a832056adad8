//! Counted periods: a count of days, weeks, months or years from the publication date ("قبل
//! 12 يوما", "بعد ثلاثة أسابيع", "منذ عامين", "خلال ستة وثلاثين شهرا"), and spans of them
//! ending at the anchor or starting after it ("خلال الأسابيع الثلاثة الماضية", "الأيام الخمسة
//! المقبلة", "الأسبوعين الماضيين", "آخر ثلاثة أشهر").
//!
//! A count is digits, a number word (teens and tens too: خمسة عشر، عشرين), a compound
//! (ستة وثلاثين) or the unit word itself (يومين = 2, أسبوع = 1).

use super::{Cand, Parser};
use crate::dates::lexicon::Word;
use crate::dates::value::{ExprKind, Unit};

impl Parser<'_> {
    /// A number word at `j`, with or without the article on its first word (الثلاثة، الاثنا
    /// عشر، الأحد عشر): (value, tokens).
    pub(super) fn number_word(&self, j: usize) -> Option<(u32, usize)> {
        if let Some((Word::Number(x), n)) = self.word(j, |w| matches!(w, Word::Number(_))) {
            return Some((x, n));
        }
        let bare = self.toks.get(j)?.text.strip_prefix("ال")?;
        let rest_follows = |rest: &[String]| rest.iter().enumerate().all(|(k, w)| self.toks.get(j + 1 + k).is_some_and(|t| t.text == w.as_str()));
        self.lex
            .lookup(bare)
            .filter_map(|e| match e.word {
                Word::Number(x) if rest_follows(&e.rest) => Some((x, 1 + e.rest.len())),
                _ => None,
            })
            .max_by_key(|&(_, n)| n)
    }

    /// A count at `j`: digits, a number word, or units and tens joined by و (ستة وثلاثين):
    /// (count, end).
    pub(super) fn count(&self, j: usize) -> Option<(i32, usize)> {
        if let Some(x) = self.toks.get(j).and_then(|t| t.num).filter(|x| x.suffix.is_none() && x.digits <= 3) {
            return Some((x.value as i32, j + 1));
        }
        let (a, n) = self.number_word(j)?;
        let e = j + n;
        if a < 10
            && self.toks.get(e).is_some_and(|t| t.text.starts_with('و'))
            && let Some((Word::Number(b), m)) = self.word(e, |w| matches!(w, Word::Number(_)))
            && (20..100).contains(&b)
            && b % 10 == 0
        {
            return Some(((a + b) as i32, e + m));
        }
        Some((a as i32, e))
    }

    /// A count and its unit at `j`: ((count, unit), end). The unit word may carry the count
    /// (يومين، أسبوع); a plural or an accusative singular needs one (ثلاثة أيام، 12 يوما).
    pub(super) fn counted(&self, j: usize) -> Option<((i32, Option<Unit>), usize)> {
        // "quinze jours": a unit of several words that holds its count (two weeks) is read
        // whole, before its first word is taken for a number.
        if let Some((Word::CountUnit { unit, count, per }, n)) = self.word(j, |w| matches!(w, Word::CountUnit { count: 1.., .. }))
            && n > 1
        {
            return Some(((count as i32 * per as i32, unit), j + n));
        }
        // نصف عام، نصف شهر: half a year is six months, half a month two weeks.
        if let Some(h) = self.half(j)
            && let Some((Word::CountUnit { unit: Some(unit @ (Unit::Year | Unit::Month)), count: 1, per: 1 }, n)) =
                self.word(h, |w| matches!(w, Word::CountUnit { count: 1, per: 1, .. }))
        {
            let half = if unit == Unit::Year { (6, Some(Unit::Month)) } else { (2, Some(Unit::Week)) };
            return Some((half, h + n));
        }
        let (count, j) = match self.count(j) {
            Some((c, e)) => (Some(c), e),
            None => (None, j),
        };
        let (Word::CountUnit { unit, count: carried, per }, n) = self.word(j, |w| matches!(w, Word::CountUnit { .. }))? else {
            return None;
        };
        // خلال السنتين: "the two years" of something else (only spans take the article).
        if self.toks[j].text.trim_start_matches(['و', 'ف', 'ب', 'ل']).starts_with("ال") {
            return None;
        }
        let count = match (count, carried) {
            (Some(c), 0 | 1) => c,
            (None, 0) => return None, // قبل أيام: vague
            (None, c) => c as i32,
            (Some(_), _) => return None,
        };
        let count = count * per as i32;
        // "عام ونصف", "عامين ونصف": a year and a half is counted in months; a half of a smaller
        // unit is below what the count's grain tells, and is read and passed over.
        let (counted, end) = match self.half(j + n) {
            Some(e) if unit == Some(Unit::Year) => ((count * 12 + 6, Some(Unit::Month)), e),
            Some(e) => ((count, unit), e),
            None => ((count, unit), j + n),
        };
        (count > 0).then_some((counted, end))
    }

    /// "نصف" (or "ونصف" after a count) at `j`, the word of the clock's half hour: its end.
    fn half(&self, j: usize) -> Option<usize> {
        let bare = self.toks.get(j)?.text.trim_start_matches('و');
        (!bare.starts_with("ال")).then(|| self.is(j, |w| w == Word::MinutePart(30))).flatten()
    }

    /// Counted periods from the publication date: "قبل يومين", "منذ ثلاثة أسابيع", "بعد
    /// عامين", "قبل 3 أشهر", "خلال 10 أيام". Not when an event follows ("بعد عام من
    /// التطبيع" counts from the normalisation, not from the writing), nor after a comparative
    /// ("أكثر من 3 أيام" is a quantity).
    pub(super) fn ago(&self, i: usize) -> Option<Cand> {
        let (Word::Ago(sign), n) = self.word(i, |w| matches!(w, Word::Ago(_)))? else { return None };
        if i > 0 && self.is(i - 1, |w| w == Word::Comparative).is_some() {
            return None;
        }
        // قبل نحو عامين، بعد حوالي ثلاثة أشهر، منذ أكثر من أسبوع: about (or more than) that many.
        let mut k = i + n;
        // بعد مرور عام، بعد مضي ثلاثة أشهر: "after a year has passed", the same count.
        if let Some(e) = self.is(k, |w| w == Word::Passing) {
            k = e;
        }
        if let Some(e) = self.is(k, |w| w == Word::Comparative) {
            k = if self.toks.get(e).is_some_and(|t| t.text == "من") { e + 1 } else { e };
        }
        // « il y a exactement un an », « il y a tout juste un an »: the word that makes the count
        // exact stands inside it ([`Parser::exact_count`] reads it there).
        if let Some(e) = self.is(k, |w| w == Word::Exact) {
            k = e;
        }
        // قبل أيام، منذ بضعة أيام، il y a quelques jours: a count left unsaid.
        let (counted, mut j) = match self.counted(k) {
            Some((c, e)) => (Ok(c), e),
            None => {
                let (unit, e) = self.unsaid_count(k)?;
                (Err(unit), e)
            }
        };
        // بعد 3 أيام من الآن / من اليوم: counted from the writing after all; قبل شهر من أمس
        // from the day before it ([`Parser::ago_to_the_day`] makes it that day).
        let from_now = self.toks.get(j).is_some_and(|t| t.text == "من")
            .then(|| self.word(j + 1, |w| w == Word::Now || matches!(w, Word::RelDay(-2..=0))))
            .flatten();
        let mut from_day = 0;
        if let Some((w, n)) = from_now {
            j += 1 + n;
            if let Word::RelDay(d) = w {
                from_day = d;
            }
        // بعد خمسة أيام من ذلك، قبل أسبوعين من ذلك: counted from the date told before, as "بعد
        // ذلك بخمسة أيام" (lexicon kind `shift`, value 0); only after قبل and بعد, whose
        // direction it keeps ("خلال عشرة أيام من ذلك" is a length, no day).
        } else if let Some(e) = self.is(j, |w| w == Word::Shift(0)) {
            if !matches!(self.toks[i].text.trim_start_matches(['و', 'ف']), "قبل" | "بعد") {
                return None;
            }
            let Ok((count, unit)) = counted else { return None };
            let days = super::relative::shift_days(count, unit)?;
            let kind = ExprKind::Same { unit: None, day: None, month: None, days: sign * days };
            return Some(Cand { start: i, end: e, kind, part: None, rule: super::relative::COUNTED_SHIFT });
        // بعد عام من 10 دجنبر 2020: a written date moved by the count
        // ([`Parser::counted_from_date_arabic`]; after قبل and بعد only, as above).
        } else if let Some(c) = counted.ok()
            .filter(|_| matches!(self.toks[i].text.trim_start_matches(['و', 'ف']), "قبل" | "بعد"))
            .and_then(|(count, unit)| self.counted_from_date_arabic(i, j, sign * count, unit))
        {
            return Some(c);
        // منذ عام 2000 (or «منذ عام ألفين وعشرين») is a year, not "a year ago"; بعد عام من
        // التطبيع counts from an event; خلال شهر مارس is the month.
        } else if self.toks.get(j).is_some_and(|t| matches!(t.text, "من" | "علي" | "فقط") || t.num.is_some())
            || self.month(j).is_some()
            || self.year_in_words(j).is_some()
        {
            return None;
        }
        // "ابتداء من يوم غد الخميس", "قبل يوم الأربعاء": a lone يوم before a day is the word
        // "day" naming that day, not a count of one.
        if self.count(k).is_none() && self.is(j, |w| matches!(w, Word::RelDay(_) | Word::Weekday(_))).is_some() {
            return None;
        }
        let kind = match counted {
            Ok((count, None)) => ExprKind::Relative { days: sign * count + from_day, weekday: None, date: None },
            Ok((count, Some(unit))) => ExprKind::Period { unit, offset: sign * count },
            Err(unit) => vague(sign, unit),
        };
        Some(Cand { start: i, end: j, kind, part: None, rule: "counted-ago" })
    }

    /// A plural unit of days or weeks whose count is left unsaid, at `k`: "أيام", "بضعة
    /// أيام", "أيام قليلة", "a few days", "quelques semaines" (English and French say the
    /// "few"; Arabic may leave it out): (unit, end).
    pub(super) fn unsaid_count(&self, k: usize) -> Option<(Option<Unit>, usize)> {
        let few = self.is(k, |w| w == Word::Few);
        let j = few.unwrap_or(k);
        let (Word::CountUnit { unit, .. }, n) = self.word(j, |w| matches!(w, Word::CountUnit { count: 0, per: 1, unit: None | Some(Unit::Week) }))? else {
            return None;
        };
        // الأيام: "the days" of something else (only spans take the article).
        if self.toks[j].text.trim_start_matches(['و', 'ف', 'ب', 'ل']).starts_with("ال") {
            return None;
        }
        let mut end = j + n;
        let after = self.is(end, |w| w == Word::Few);
        if let Some(e) = after.filter(|_| few.is_none()) {
            end = e;
        }
        let arabic = !self.toks.get(j).is_some_and(|t| t.is_latin());
        (few.is_some() || after.is_some() || arabic).then_some((unit, end))
    }

    /// Spans of counted periods next to the anchor: "خلال الأسابيع الثلاثة الماضية", "الأيام
    /// الخمسة المقبلة", "الأسبوعين الماضيين", "آخر ثلاثة أشهر", "السنوات العشر الأخيرة".
    pub(super) fn span(&self, i: usize) -> Option<Cand> {
        let mut j = i;
        if let Some(e) = self.is(j, |w| matches!(w, Word::SpanPrep | Word::Ago(1) | Word::YearPrep)) {
            j = e;
        }
        // آخر ثلاثة أشهر / آخر 10 أيام: the last ones before the anchor (not the last of a
        // period named after them: "آخر ثلاثة أشهر من العام", "the last three months of 2021").
        if let Some((Word::Nth(-1), n)) = self.word(j, |w| w == Word::Nth(-1))
            && !self.toks[j].text.trim_start_matches(['و', 'ف', 'ب', 'ل']).starts_with("ال")
            && let Some(((count, unit), e)) = self.counted(j + n)
            && count > 1
            && !self.of_a_period(e)
        {
            return Some(Cand { start: i, end: e, kind: ExprKind::Span { unit, from: -count, to: -1 }, part: None, rule: "span-last" });
        }
        // The count first, then its unit and a direction: "خلال 11 شهرا الماضية", "الثلاثة أشهر
        // الأخيرة", "الاثني عشر شهرا الماضية". The direction makes it a span of the units next
        // to the anchor, whatever the word before ("خلال 11 شهرا" alone is eleven months
        // ahead, [`Parser::ago`]).
        // A count with the article opens it too ("الثلاثة أشهر الأخيرة", "خلال الخمسة أيام
        // الماضية"), unless a period follows that the units rank within ("الثلاثة أشهر
        // الأخيرة من ولايته": the end of a term, not the months before the anchor).
        let article = j == i && self.toks[i].num.is_none() && self.word(i, |w| matches!(w, Word::Number(_))).is_none();
        if let Some(((count, unit), e)) = self.counted(j).filter(|&((c, _), _)| c > 1)
            && let Some((sign, k)) = self.span_direction(e)
            && !(article && self.of_a_period(k))
        {
            let (from, to) = if sign < 0 { (-count, -1) } else { (1, count) };
            return Some(Cand { start: i, end: k, kind: ExprKind::Span { unit, from, to }, part: None, rule: "span-count-first" });
        }
        let (Word::CountUnit { unit, count: carried, per }, n) = self.word(j, |w| matches!(w, Word::CountUnit { .. }))? else {
            return None;
        };
        if !self.toks[j].text.trim_start_matches(['و', 'ف', 'ب', 'ل']).starts_with("ال") && !self.toks[j].text.starts_with("لل") {
            return None;
        }
        let mut k = j + n;
        // الأيام القليلة الماضية: "a few" is a count (number rows). A plural with no count
        // ("الأعوام الماضية", "خلال الأيام المقبلة") is vague: no date.
        let count = if carried == 0 {
            let (c, e) = self.count(k)?;
            k = e;
            c
        } else {
            carried as i32
        } * per as i32;
        let (sign, k) = self.span_direction(k)?;
        // الشهرين الأخيرين من 2021، الأيام العشرة الأخيرة من رمضان: units ranked within a period
        // named after them (months_of_year.rs), not next to the anchor.
        if count < 1 || self.of_a_period(k) {
            return None;
        }
        let (from, to) = if sign < 0 { (-count, -1) } else { (1, count) };
        Some(Cand { start: i, end: k, kind: ExprKind::Span { unit, from, to }, part: None, rule: "span" })
    }

    /// A span in the Latin orders at token `i`, read beside the English and French rules (a
    /// direction opens no Arabic reading): the direction before the count ("the past 12
    /// months", "the next two weeks") or between the count and its unit ("les 12 derniers
    /// mois", "les trois prochaines semaines"). Not a rank within a period named after it
    /// ("the last three months of 2021", "les trois derniers mois de l'année").
    pub(super) fn latin_span(&self, i: usize) -> Option<Cand> {
        if !self.toks.get(i).is_some_and(|t| t.is_latin()) {
            return None;
        }
        let (count, unit, sign, k) = self.latin_span_parts(i).filter(|&(.., k)| !self.of_a_period(k))?;
        let (from, to) = if sign < 0 { (-count, -1) } else { (1, count) };
        Some(Cand { start: i, end: k, kind: ExprKind::Span { unit, from, to }, part: None, rule: "span-latin" })
    }

    /// The parts of [`Parser::latin_span`] at `j`: (count, unit, sign, end). Two units or
    /// more: "the past week" is read as the week before.
    fn latin_span_parts(&self, j: usize) -> Option<(i32, Option<Unit>, i32, usize)> {
        let dir = |k: usize| match self.word(k, |w| matches!(w, Word::Dir(-1 | 1)))? {
            (Word::Dir(o), n) => Some((o, k + n)),
            _ => None,
        };
        if let Some((sign, k)) = dir(j)
            && let Some(((count, unit), e)) = self.counted(k)
        {
            return (count > 1).then_some((count, unit, sign, e));
        }
        let (count, e) = self.count(j)?;
        let (sign, k) = dir(e)?;
        let (Word::CountUnit { unit, count: 0, per }, n) = self.word(k, |w| matches!(w, Word::CountUnit { count: 0, .. }))? else {
            return None;
        };
        let count = count * per as i32;
        (count > 1).then_some((count, unit, sign, k + n))
    }

    /// Whether "من", "of", "de" or "du" stands at `k`: the units before it rank within what
    /// follows ("the last three months of 2021", "آخر ثلاثة أشهر من العام"), not next to the
    /// anchor.
    fn of_a_period(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| matches!(t.text, "من" | "of" | "de" | "du" | "d"))
    }

    /// The direction closing a span at `k` (الماضية، المقبلة، الأخيرة): (sign, end).
    fn span_direction(&self, k: usize) -> Option<(i32, usize)> {
        match self.word(k, |w| matches!(w, Word::Dir(_) | Word::Nth(-1)))? {
            (Word::Dir(o), n) if o == 1 || o == -1 => Some((o, k + n)),
            (Word::Nth(-1), n) => Some((-1, k + n)),
            _ => None,
        }
    }
}

/// The days a count left unsaid can mean, `sign` before (-1) or after (+1) the anchor: a few
/// days are two to ten, a few weeks two to six ([`ExprKind::Vague`]).
pub(super) fn vague(sign: i32, unit: Option<Unit>) -> ExprKind {
    let (near, far) = if unit.is_some() { (14, 42) } else { (2, 10) };
    if sign < 0 { ExprKind::Vague { from: -far, to: -near } } else { ExprKind::Vague { from: near, to: far } }
}
