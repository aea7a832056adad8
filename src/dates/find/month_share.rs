//! A ranked share of a month told by its noun: a half or a fortnight ("the first half of
//! August", "the second fortnight of July 2021", « la deuxième quinzaine d'août », « la première
//! moitié de mars », «النصف الثاني من شهر نونبر») or a third of ten days (« la première décade de
//! mai », the Maghrebi «العشرية الأولى من شهر يوليوز», «العشرية الأخيرة من غشت»): those days of
//! that month ([`NthOf::Share`]), Gregorian or Hijri. Without a month after it the noun is
//! something else: "the first half of 2022" is a fraction of the year (nth.rs `year_fraction`),
//! "the second half of the match" no date. "the first ten days of" is a count of days (nth.rs
//! `days_of_month`).

use super::{Cand, Parser};
use crate::dates::lexicon::Word;
use crate::dates::value::{ExprKind, NthOf};

/// Rule name of a share of a month.
const SHARE_OF_MONTH: &str = "share-of-month";

/// Nouns of a share of a month (as the text is normalised: lowercase, ة written ه) and the
/// shares a month has of them. English "decade" is ten years, not here.
const SHARE_NOUNS: &[(&str, u32)] = &[
    ("half", 2),
    ("fortnight", 2),
    ("moitié", 2),
    ("moitie", 2),
    ("quinzaine", 2),
    ("النصف", 2),
    ("décade", 3),
    ("العشريه", 3),
    ("العشرية", 3),
];

/// Whether `text` is an Arabic share noun no lexicon row names («العشرية», «والعشرية»): it
/// opens a reading by its letters (find.rs `best_at`, rules.rs).
pub(super) fn opens_by_letters(text: &str) -> bool {
    // Asked of every token: the noun's fourteen bytes, or sixteen with «و» or «ف», first.
    if !(14..=16).contains(&text.len()) {
        return false;
    }
    let text = text.strip_prefix(['و', 'ف']).filter(|t| t.starts_with("ال")).unwrap_or(text);
    matches!(text, "العشريه" | "العشرية")
}

impl Parser<'_> {
    /// The share at `i`: "the" or « la » first or not, the rank before the noun (English,
    /// French) or after it (Arabic), then the month.
    pub(super) fn month_share(&self, i: usize) -> Option<Cand> {
        let j = if self.toks.get(i).is_some_and(|t| matches!(t.text, "the" | "la")) { i + 1 } else { i };
        let noun_at = |k: usize| {
            let text = self.toks.get(k)?.text;
            let text = text.strip_prefix(['و', 'ف']).filter(|t| t.starts_with("ال")).unwrap_or(text);
            SHARE_NOUNS.iter().find(|(n, _)| *n == text).map(|&(_, shares)| (shares, k + 1))
        };
        let rank_at = |k: usize, shares: u32| match self.word(k, |w| matches!(w, Word::Nth(_)))? {
            (Word::Nth(r), n) if r == -1 || (1..=shares as i32).contains(&r) => Some((r, k + n)),
            _ => None,
        };
        let (rank, e) = if let Some((shares, e)) = noun_at(j) {
            let (r, e) = rank_at(e, shares)?;
            ((r, shares), e)
        } else {
            let (Word::Nth(_), n) = self.word(j, |w| matches!(w, Word::Nth(_)))? else { return None };
            let (shares, e) = noun_at(j + n)?;
            let (r, _) = rank_at(j, shares)?;
            ((r, shares), e)
        };
        let (month, end) = self.month_spec(e)?;
        Some(Cand { start: i, end, kind: ExprKind::Nth { n: rank.0, of: NthOf::Share(rank.1), month }, part: None, rule: SHARE_OF_MONTH })
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::find::read_phrase as read;

    #[test]
    fn a_half_or_fortnight_of_a_month_is_its_days() {
        assert_eq!(read("the first half of August", "2022-11-14"), "2022-08-01/2022-08-15 day");
        assert_eq!(read("in the second half of January 2021", "2021-06-09"), "2021-01-16/2021-01-31 day");
        assert_eq!(read("the last fortnight of February 2022", "2022-11-14"), "2022-02-16/2022-02-28 day");
        assert_eq!(read("la seconde quinzaine de septembre 2021", "2021-06-09"), "2021-09-16/2021-09-30 day");
        assert_eq!(read("dans la première moitié du mois prochain", "2022-11-14"), "2022-12-01/2022-12-15 day");
        assert_eq!(read("خلال النصف الأول من شهر مارس 2022", "2022-11-14"), "2022-03-01/2022-03-15 day");
        assert_eq!(read("والنصف الثاني من ديسمبر المقبل", "2022-11-14"), "2022-12-16/2022-12-31 day");
    }

    #[test]
    fn a_third_of_a_month_is_ten_days_the_last_to_its_end() {
        assert_eq!(read("la deuxième décade d'avril 2022", "2022-11-14"), "2022-04-11/2022-04-20 day");
        assert_eq!(read("la dernière décade de janvier 2021", "2021-06-09"), "2021-01-21/2021-01-31 day");
        assert_eq!(read("في العشرية الثانية من شهر أكتوبر 2021", "2022-11-14"), "2021-10-11/2021-10-20 day");
    }

    #[test]
    fn without_a_month_the_noun_is_no_share() {
        assert_eq!(read("the first half of 2022", "2021-06-09"), "2022-01/2022-06 month");
        assert_eq!(read("النصف الأول من العام الجاري", "2021-06-09"), "2021-01/2021-06 month");
        assert_eq!(read("the second half of the match", "2021-06-09"), "");
        assert_eq!(read("la première décennie", "2021-06-09"), "");
    }
}
