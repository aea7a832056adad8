//! A quarter or half of a year counted from the anchor's, told by a direction: "last quarter",
//! "the next quarter", "this quarter", « le trimestre dernier », « ce semestre », « le
//! trimestre en cours », «الربع الماضي», «الربع المقبل», «هذا الربع»: its months
//! ([`ExprKind::FractionOfYear`]). A half counts so only when its word names a half of a year
//! alone (« semestre », «السداسي»: [`FractionAlone::OfYear`]); "last half" is a match's as often.
//! A rank is not a direction: "the last quarter", « le dernier trimestre », «الربع الأخير» are
//! the fourth quarter (`year_fraction`, `rank_fraction`), and a fraction of something told
//! after it ("this quarter of the century", «الربع الماضي من القرن») is none.

use super::latin::word_is;
use super::{Cand, Parser};
use crate::dates::lexicon::{FractionAlone, Word};
use crate::dates::value::ExprKind;

impl Parser<'_> {
    /// A fraction of a year with its direction at `i` (English and French: the caller reads
    /// Latin tokens; Arabic: [`Parser::fraction_counted_arabic`]).
    pub(super) fn fraction_counted(&self, i: usize) -> Option<Cand> {
        let fraction = |k: usize| match self.word(k, |w| matches!(w, Word::YearFraction(..)))? {
            (Word::YearFraction(months, alone), n) if alone != FractionAlone::WithYear && (months == 3 || alone == FractionAlone::OfYear) => Some((months, k + n)),
            _ => None,
        };
        // A rank word that is also a direction ("last", «الأخير») after the article ranks.
        let also_rank = |k: usize| self.toks[k].matches.iter().any(|&(e, _)| matches!(self.lex.entry(e as usize).word, Word::Nth(_)));
        let direction = |k: usize| match self.word(k, |w| matches!(w, Word::Dir(_) | Word::This))? {
            (Word::Dir(o), n) if (-1..=1).contains(&o) => Some((o, k + n)),
            (Word::This, n) => Some((0, k + n)),
            _ => None,
        };
        let not_of_something = |e: usize| !word_is(self, e, &["of", "de", "du", "d", "من"]);
        let latin = self.toks[i].is_latin();
        // The direction first: "last quarter", "the next quarter", "this quarter", « ce
        // trimestre », «هذا الربع».
        let the = latin && word_is(self, i, &["the"]);
        let j = if the { i + 1 } else { i };
        if let Some((offset, k)) = direction(j)
            && !(the && also_rank(j))
            && let Some((months, e)) = fraction(k)
            && not_of_something(e)
        {
            // « ce trimestre-ci »
            let e = self.is(e, |w| w == Word::Dir(0)).unwrap_or(e);
            return Some(Cand { start: i, end: e, kind: ExprKind::FractionOfYear { months, offset }, part: None, rule: "fraction-counted" });
        }
        // The fraction first, with its article: « le trimestre dernier », «الربع الماضي».
        let j = if latin && word_is(self, i, &["le", "the"]) { i + 1 } else { i };
        let article = j > i || self.toks[i].text.trim_start_matches(['و', 'ف', 'ب', 'ل']).starts_with("ال");
        let (months, k) = fraction(j)?;
        let (offset, e) = match self.word(k, |w| matches!(w, Word::Dir(_)))? {
            (Word::Dir(o), n) if (-1..=1).contains(&o) && article && !(!latin && also_rank(k)) => (o, k + n),
            _ => return None,
        };
        not_of_something(e).then_some(Cand { start: i, end: e, kind: ExprKind::FractionOfYear { months, offset }, part: None, rule: "fraction-counted" })
    }

    /// [`Parser::fraction_counted`] as a rule of the Arabic order: Latin tokens are read with
    /// the English and French readings.
    pub(super) fn fraction_counted_arabic(&self, i: usize) -> Option<Cand> {
        if self.toks.get(i)?.is_latin() { None } else { self.fraction_counted(i) }
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::find::read_phrase as read;

    #[test]
    fn a_quarter_told_by_its_direction_counts_from_the_anchors() {
        // 25 March 2022 is in the first quarter; 13 December 2020 in the fourth.
        assert_eq!(read("last quarter", "2022-03-25"), "2021-10/2021-12 month");
        assert_eq!(read("profits fell in the previous quarter", "2022-03-25"), "2021-10/2021-12 month");
        assert_eq!(read("this quarter", "2020-12-13"), "2020-10/2020-12 month");
        assert_eq!(read("the next quarter", "2020-12-13"), "2021-01/2021-03 month");
        assert_eq!(read("le trimestre dernier", "2022-03-25"), "2021-10/2021-12 month");
        assert_eq!(read("au cours de ce semestre", "2022-03-25"), "2022-01/2022-06 month");
        assert_eq!(read("le semestre prochain", "2022-03-25"), "2022-07/2022-12 month");
        assert_eq!(read("خلال الربع الماضي", "2022-03-25"), "2021-10/2021-12 month");
        assert_eq!(read("في الربع المقبل", "2020-12-13"), "2021-01/2021-03 month");
        assert_eq!(read("هذا الربع", "2020-12-13"), "2020-10/2020-12 month");
    }

    #[test]
    fn a_rank_or_a_half_of_a_match_is_no_counted_quarter() {
        // A rank: the fourth quarter of the anchor's year.
        assert_eq!(read("the last quarter", "2022-03-25"), "2022-10/2022-12 month");
        assert_eq!(read("الربع الأخير", "2022-03-25"), "2022-10/2022-12 month");
        // A half in English, a quarter of something else, a chapter: none.
        assert_eq!(read("next half", "2022-03-25"), "");
        assert_eq!(read("this quarter of the city", "2022-03-25"), "");
        assert_eq!(read("الفصل المقبل", "2022-03-25"), "");
    }
}
