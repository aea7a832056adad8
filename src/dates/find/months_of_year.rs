//! The first or last months of a year, counted: "the first three months of 2022", "the last two
//! months of the year", « les trois premiers mois de 2022 », « les deux derniers mois de l'année »,
//! «الأشهر الثلاثة الأولى من 2022», «الشهرين الأخيرين من 2021», «آخر ستة أشهر من العام». They
//! rank within the year named after them: its months `START/END`, as a quarter's, never the months
//! next to the anchor ("the last two months" alone is a span before it, read by `counted`).

use super::{Cand, Parser, latin};
use crate::dates::lexicon::Word;
use crate::dates::value::{Calendar, ExprKind, Unit};

impl Parser<'_> {
    /// The counted first or last months of a year at `i`, whichever order the language puts
    /// the count, the rank and the unit in.
    pub(super) fn months_of_year(&self, i: usize) -> Option<Cand> {
        let (count, rank, e) = self.rank_count_months(i).or_else(|| self.months_count_rank(i))?;
        if !(2..=11).contains(&count) {
            return None;
        }
        let (year, end) = if self.toks.get(i).is_some_and(|t| t.is_latin()) { latin::fraction_year(self, e)? } else { self.year_spec(e)? };
        let first = if rank == 1 { 1 } else { 13 - count as u32 };
        let from = Calendar { month: Some(first), ..year };
        let to = Calendar { month: Some(first + count as u32 - 1), ..year };
        Some(Cand { start: i, end, kind: ExprKind::Range(from, to), part: None, rule: "months-of-year" })
    }

    /// The rank first, then the count and the unit: "first three months", "last two months",
    /// «آخر ستة أشهر», «أول ثلاثة أشهر» (an Arabic rank without its article).
    fn rank_count_months(&self, i: usize) -> Option<(i32, i32, usize)> {
        let (Word::Nth(rank @ (1 | -1)), n) = self.word(i, |w| matches!(w, Word::Nth(1 | -1)))? else { return None };
        if !self.toks[i].is_latin() && self.toks[i].text.trim_start_matches(['و', 'ف', 'ب', 'ل']).starts_with("ال") {
            return None;
        }
        let ((count, Some(Unit::Month)), e) = self.counted(i + n)? else { return None };
        Some((count, rank, e))
    }

    /// The count before the rank: « trois premiers mois » (count, rank, unit), «الأشهر الثلاثة
    /// الأولى» (unit, count, rank), «الشهرين الأخيرين» (a dual unit that holds its count, then
    /// the rank; الأخيرين is a direction word).
    fn months_count_rank(&self, i: usize) -> Option<(i32, i32, usize)> {
        let rank_at = |k: usize| match self.word(k, |w| matches!(w, Word::Nth(1 | -1) | Word::Dir(-1)))? {
            (Word::Nth(r), n) => Some((r, k + n)),
            (Word::Dir(_), n) => Some((-1, k + n)),
            _ => None,
        };
        let month_unit = |k: usize| match self.word(k, |w| matches!(w, Word::CountUnit { unit: Some(Unit::Month), .. }))? {
            (Word::CountUnit { count, per, .. }, n) => Some((count as i32 * per as i32, k + n)),
            _ => None,
        };
        if self.toks[i].is_latin() {
            let (count, k) = self.count(i)?;
            let (rank, k) = rank_at(k).filter(|&(r, _)| r == 1 || r == -1)?;
            let (0, e) = month_unit(k)? else { return None };
            return Some((count, rank, e));
        }
        let (carried, k) = month_unit(i)?;
        if !self.toks[i].text.trim_start_matches(['و', 'ف', 'ب', 'ل']).starts_with("ال") {
            return None;
        }
        let (count, k) = if carried == 0 { self.count(k)? } else { (carried, k) };
        let (rank, e) = rank_at(k)?;
        Some((count, rank, e))
    }
}
