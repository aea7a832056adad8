//! Seasons and weekends: "صيف 2021", "خريف العام الماضي", "الشتاء المقبل", "هذا الصيف",
//! "مطلع الربيع" (with the part read by `part`), "نهاية الأسبوع", "عطلة نهاية الأسبوع المقبلة",
//! "الويكند اللي فات".
//!
//! A season is three months (spring March–May, summer June–August, autumn September–November,
//! winter December–February, the winter of a year being the one its January falls in), so it
//! resolves to a range of months. A season word needs a year, a direction or هذا beside it:
//! "الربيع العربي" and the name ربيع are no dates. A weekend is the Saturday and Sunday that
//! close a week (the weeks run Monday to Sunday, as everywhere in the value model).

use super::{Cand, Parser};
use crate::dates::lexicon::Word;
use crate::dates::value::{ExprKind, Unit};

impl Parser<'_> {
    /// A season with its year or direction at `i` (`bare`: also a season with no cue, as after
    /// a part word: "مطلع الربيع" is this year's).
    pub(super) fn season(&self, i: usize, bare: bool) -> Option<Cand> {
        let this = self.is(i, |w| w == Word::This);
        // English puts the direction first: "last summer", "next spring".
        let before = match self.word(i, |w| matches!(w, Word::Dir(_))) {
            Some((Word::Dir(o), n)) if this.is_none() && self.toks[i].text.is_ascii() => Some((o, i + n)),
            _ => None,
        };
        let j = before.map_or(this.unwrap_or(i), |b| b.1);
        let (Word::Season(first), n) = self.word(j, |w| matches!(w, Word::Season(_)))? else { return None };
        let mut end = j + n;
        let (mut year, mut year_offset, mut offset) = (None, None, this.map(|_| 0).or(before.map(|b| b.0)));
        if offset.is_some() {
            // the direction is read
        } else if let Some((Word::Dir(o), n)) = self.word(end, |w| matches!(w, Word::Dir(_)))
            && !matches!(self.toks[end].text, "next" | "last" | "this" | "coming" | "past" | "previous")
        {
            offset = Some(o);
            end += n;
        } else if this.is_none() {
            let mut k = end;
            if self.toks.get(k).is_some_and(|t| matches!(t.text, "من" | "of")) {
                k += 1;
            }
            let yk = self.is(k, |w| w == Word::YearWord).unwrap_or(k);
            if self.numeric(yk).is_none()
                && let Some((y, false, e)) = self.year(yk)
            {
                // صيف 2021، صيف عام 2021، خريف من العام 2020
                year = Some(y);
                end = e;
                // "winter 2021-22", « l'hiver 2021-2022 », «شتاء 2021/2022»: a winter told by the
                // two years it joins is the one whose January is in the second.
                if first == 12
                    && let Some(e) = self.next_year_after(e, y)
                {
                    year = Some(y + 1);
                    end = e;
                }
            } else if let Some((o, e)) = self.period_direction(k, Unit::Year).filter(|_| self.toks[j].text != "fall") {
                // ("prices could fall this year": "fall" is a season only with its direction
                // before it or its year.)
                // خريف العام الماضي، صيف هذا العام، ربيع السنة الجارية
                year_offset = Some(o);
                end = e;
            }
        }
        if year.is_none() && year_offset.is_none() && offset.is_none() {
            if !bare {
                return None;
            }
            offset = Some(0);
        }
        Some(Cand { start: i, end, kind: ExprKind::Season { first, year, year_offset, offset }, part: None, rule: "season" })
    }

    /// The year after `y` at `k` behind a dash or slash, in four digits or its last two
    /// ("2021-2022", "2021/22", "2021–22"): the end of the pair.
    fn next_year_after(&self, k: usize, y: i32) -> Option<usize> {
        if !self.punct(k, &['-', '/', '–', '—']) {
            return None;
        }
        let n = self.toks.get(k + 1)?.num?;
        let follows = n.suffix.is_none() && (n.digits == 4 && n.value as i32 == y + 1 || n.digits == 2 && n.value as i32 == (y + 1).rem_euclid(100));
        follows.then_some(k + 2)
    }

    /// A weekend with its direction at `i`: "نهاية الأسبوع" (this week's), "عطلة نهاية
    /// الأسبوع المقبلة", "هذا الويكند".
    pub(super) fn weekend(&self, i: usize) -> Option<Cand> {
        let this = self.is(i, |w| w == Word::This);
        let j = this.unwrap_or(i);
        // "en fin de semaine (prochaine)": the working week's close, read the same way.
        let close = self.is(j, |w| w == Word::WeekClose);
        let mut end = close.or_else(|| self.is(j, |w| w == Word::Weekend))?;
        let mut week = 0;
        if let Some((Word::Dir(o), n)) = self.word(end, |w| matches!(w, Word::Dir(_))) {
            week = o;
            end += n;
        } else if let Some(e) = self.is(end, |w| w == Word::This || w == Word::ThisAfter) {
            // نهاية الأسبوع هذا
            end = e;
        }
        if close.is_some() {
            return Some(Cand { start: i, end, kind: ExprKind::WeekClose { week }, part: None, rule: "week-close" });
        }
        Some(Cand { start: i, end, kind: ExprKind::Weekend { week }, part: None, rule: "weekend" })
    }
}
