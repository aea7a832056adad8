//! Days counted inside quotation marks are the speaker's: counted from the day they spoke, not
//! from the writing day, they tell nothing of the publication date. This module finds the
//! quoted stretches of an article and keeps the mentions told in the writer's own words.

use crate::text::Document;

use super::super::find::DateMention;
use super::super::publication::Anchor;
use super::super::resolve::resolve;
use super::super::value::ExprKind;

/// The mentions of `doc` told in the writer's own words: a day counted inside quotation marks
/// ("التقينا أمس الخميس") is the speaker's, counted from the day they spoke, not from the
/// writing day. A date that needs no anchor ("10 ديسمبر 2020") is kept wherever it stands.
pub(super) fn writers_mentions(doc: &Document, mentions: &[DateMention]) -> Vec<DateMention> {
    let quotes = quoted_spans(&doc.article.text);
    let quoted = |m: &DateMention| inside(&quotes, doc.original_range(m.range.clone()).start);
    if quotes.is_empty() {
        return mentions.to_vec();
    }
    // Where a mention stands is a binary search; whether it needs an anchor is a resolution,
    // asked only of the few inside quotation marks.
    mentions.iter().filter(|m| !quoted(m) || resolve(&m.expr, &Anchor::unknown()).is_some()).cloned().collect()
}

/// Drop the named days told inside quotation marks without a year or a direction ("«نحتفل
/// بعيد الفطر مع أسرنا»", "«كل عام وأنتم بخير بمناسبة عيد العرش»"): a speaker names a feast for
/// a habit, a wish or a season, not for a day of the story, and once found such a day would
/// date what stands beside it outside the quotation ("في اليوم نفسه", the next clause's
/// event). "عيد الأضحى 2021" and "عيد الفطر المقبل" keep their place: they say which one.
pub(in crate::dates) fn drop_quoted_holidays(doc: &Document, mentions: &mut Vec<DateMention>) {
    let bare_holiday = |m: &DateMention| {
        matches!(m.rule, "holiday" | "holiday-last-day")
            && match m.expr.kind {
                ExprKind::HijriDay { year, offset, .. } => year.is_none() && offset.is_none(),
                ExprKind::Calendar(c) => c.year.is_none() && c.month_offset.is_none() && c.year_offset.is_none(),
                ExprKind::Nth { month, .. } => month.year.is_none() && month.month_offset.is_none(),
                _ => false,
            }
    };
    if !mentions.iter().any(bare_holiday) {
        return;
    }
    let quotes = quoted_spans(&doc.article.text);
    mentions.retain(|m| !(bare_holiday(m) && inside(&quotes, doc.original_range(m.range.clone()).start)));
}

/// Whether byte `at` of the original text stands inside one of `quotes` (from
/// [`quoted_spans`], in text order).
pub(in crate::dates) fn inside(quotes: &[std::ops::Range<usize>], at: usize) -> bool {
    let k = quotes.partition_point(|q| q.end <= at);
    quotes.get(k).is_some_and(|q| q.start <= at)
}

/// The quotation marks that open a speaker's words, and those that close them; a straight
/// double quote does both.
pub(super) const QUOTE_OPENERS: [char; 3] = ['“', '«', '„'];
pub(super) const QUOTE_CLOSERS: [char; 2] = ['”', '»'];

/// The stretches of `text` (the original: normalisation drops the marks) inside quotation
/// marks, in text order. A quotation ends with its line (the paragraph, as pages print it); a
/// closing mark with none open is passed over.
pub(in crate::dates) fn quoted_spans(text: &str) -> Vec<std::ops::Range<usize>> {
    // Only a line end and the marks change anything, and each begins with one of these bytes
    // (the curly marks C2 or E2, never inside another character): they are found by vectorised
    // searches, and the rest of the text is not decoded.
    let bytes = text.as_bytes();
    let mut marks: Vec<usize> = memchr::memchr3_iter(b'\n', b'"', 0xE2, bytes).chain(memchr::memchr_iter(0xC2, bytes)).collect();
    marks.sort_unstable();
    quoted_spans_at(text, marks.into_iter())
}

/// The quotation stretches of `text`, reading only the characters that start at `positions`
/// (in text order; every other character must be neither a mark nor a line end).
pub(super) fn quoted_spans_at(text: &str, positions: impl Iterator<Item = usize>) -> Vec<std::ops::Range<usize>> {
    let mut spans = Vec::new();
    let (mut depth, mut straight, mut start) = (0usize, false, 0);
    for (i, c) in positions.filter_map(|i| Some((i, text[i..].chars().next()?))) {
        let was_inside = depth > 0 || straight;
        match c {
            '\n' => (depth, straight) = (0, false),
            '"' => straight = !straight,
            c if QUOTE_OPENERS.contains(&c) => depth += 1,
            c if QUOTE_CLOSERS.contains(&c) => depth = depth.saturating_sub(1),
            _ => {}
        }
        let inside = depth > 0 || straight;
        if inside && !was_inside {
            start = i;
        } else if was_inside && !inside {
            spans.push(start..i);
        }
    }
    if depth > 0 || straight {
        spans.push(start..text.len());
    }
    spans
}
