//! The anchor: the publication date every relative expression is resolved against.
//!
//! In order of trust: a user-given manifest row (`corpus/index.csv`: its `published` day; a
//! month or year there is refined by a day the text states inside it; else the date in its
//! url, which gives way to a text day within a day of it), a date line of the page (`stated`:
//! "نشر: 2021-11-24 17:33", a date alone on a header line or in a field of one; never the
//! "آخر تحديث" line, never a © line or a site's current-date banner, which are boilerplate),
//! else clues of the text (`inferred`, with how, [`Inference`]): a relative day written with
//! its date ("أمس الأربعاء 27 يوليوز" → the 28th); a relative day naming the weekday of a date
//! the text gives ("اليوم الثلاثاء" and "22 ديسمبر 2020", a Tuesday); a month called current
//! (الجاري/الحالي) with its year from the text's dates, and the day when a weekday named in
//! it fits the bounds the text's own dates set (written on or after the latest day it reports,
//! by the day of its update line). When only the month is known it is kept: day-level
//! expressions then resolve to that month. When nothing fixes it the anchor is `unknown`; the
//! corpus step may later supply a day from another article ([`Inference::Borrowed`]).

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::corpus::ManifestEntry;
use crate::text::Document;

use super::WINDOW;
use super::lexicon::{DateLexicon, Word};
use super::publication::{Anchor, AnchorBasis, Inference};
use super::find::{DateLine, DateMention};
use super::resolve::resolve;
use super::value::{Calendar, DateValue, ExprKind, Grain, Tense};


/// Rounds of anchor borrowing across articles (the corpus step, [`Inference::Borrowed`]): an
/// article dated by a borrowed anchor dates its events, which may date another article's in
/// the next round. Each round adds only anchors that events of anchored articles imply, so a
/// few rounds reach the fixed point of any real chain of reports; the bound keeps a corpus of
/// many chained undated reports from costing a round per link.
pub const BORROW_ROUNDS: usize = 4;

/// Find the publication date of `doc` from its manifest entry, its date lines, or the clues in
/// its `mentions` (from [`super::find_dates`]); `lex` tells the page's byline lines.
pub fn find_anchor(doc: &Document, mentions: &[DateMention], lex: &DateLexicon, manifest: Option<&ManifestEntry>) -> Anchor {
    find_anchor_and_weekday(doc, mentions, lex, manifest).0
}

/// [`find_anchor`], with the weekday of the publication day the writer's own relative days
/// imply ([`publication_weekday`] of the mentions outside quotations: what anchor borrowing
/// reads), both from one reading of the quotations.
pub fn find_anchor_and_weekday(doc: &Document, mentions: &[DateMention], lex: &DateLexicon, manifest: Option<&ManifestEntry>) -> (Anchor, Option<Weekday>) {
    let own = writers_mentions(doc, mentions);
    let weekday = publication_weekday(&own);
    let from_text = text_anchor(doc, own, weekday, lex);
    let anchor = match manifest {
        Some(entry) => with_manifest(from_text, entry),
        None => from_text,
    };
    (anchor, weekday)
}

/// The anchor the text alone gives: its publication line, else its clues. `own` are the
/// writer's mentions ([`writers_mentions`]), `weekday` the writing day's they imply.
fn text_anchor(doc: &Document, own: Vec<DateMention>, weekday: Option<Weekday>, lex: &DateLexicon) -> Anchor {
    let text = &doc.norm.text;
    let page = Page::read(doc, lex, &own);
    // A site's current-date banner tells the day the page was read: a date line two days or
    // more off the writing day the story's own relative days name ("اليوم الأربعاء") is not
    // the story's; it neither states nor bounds the anchor.
    // The dates of a widget's block in the head ("Latest", then another story's title and day)
    // are another story's: no clue of this one.
    let own: Vec<DateMention> =
        own.into_iter().filter(|m| !(m.dateline == Some(DateLine::Plain) && off_the_writing_day(m, weekday)) && !page.in_a_closed_widget(m)).collect();
    let mentions = own.as_slice();
    if let Some((v, m)) = stated(text, &page, mentions) {
        return Anchor { date: Some(v), basis: AnchorBasis::Stated, evidence: None }.with_evidence(m.range.clone());
    }
    if let Some((day, m)) = yearless_date_line(&page, mentions) {
        return Anchor::inferred(DateValue::day(day), Inference::WeekdayOfDate).with_evidence(m.range.clone());
    }
    match inferred(text, mentions) {
        Some((v, m, how)) => Anchor::inferred(v, how).with_evidence(m.range.clone()),
        None => Anchor::unknown(),
    }
}

/// The mentions of `doc` told in the writer's own words: a day counted inside quotation marks
/// ("التقينا أمس الخميس") is the speaker's, counted from the day they spoke, not from the
/// writing day. A date that needs no anchor ("10 ديسمبر 2020") is kept wherever it stands.
fn writers_mentions(doc: &Document, mentions: &[DateMention]) -> Vec<DateMention> {
    let quotes = quoted_spans(&doc.article.text);
    let quoted = |m: &DateMention| {
        let at = doc.original_range(m.range.clone()).start;
        let k = quotes.partition_point(|q| q.end <= at);
        quotes.get(k).is_some_and(|q| q.start <= at)
    };
    if quotes.is_empty() {
        return mentions.to_vec();
    }
    // Where a mention stands is a binary search; whether it needs an anchor is a resolution,
    // asked only of the few inside quotation marks.
    mentions.iter().filter(|m| !quoted(m) || resolve(&m.expr, &Anchor::unknown()).is_some()).cloned().collect()
}

/// The quotation marks that open a speaker's words, and those that close them; a straight
/// double quote does both.
const QUOTE_OPENERS: [char; 3] = ['“', '«', '„'];
const QUOTE_CLOSERS: [char; 2] = ['”', '»'];

/// The stretches of `text` (the original: normalisation drops the marks) inside quotation
/// marks, in text order. A quotation ends with its line (the paragraph, as pages print it); a
/// closing mark with none open is passed over.
fn quoted_spans(text: &str) -> Vec<std::ops::Range<usize>> {
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
fn quoted_spans_at(text: &str, positions: impl Iterator<Item = usize>) -> Vec<std::ops::Range<usize>> {
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

/// Whether the day of date line `m` is two days or more from every day of `weekday` (the
/// writing day's, as the story's relative days name it). A day on either side is allowed: a
/// story told "اليوم الأربعاء" may be put online after midnight, or dated for the next
/// morning's paper.
fn off_the_writing_day(m: &DateMention, weekday: Option<Weekday>) -> bool {
    let Some(wd) = weekday else { return false };
    let Some(day) = resolve(&m.expr, &Anchor::unknown()).and_then(|r| r.value.as_day()) else { return false };
    !(-1..=1).any(|k| (day + Duration::days(k)).weekday() == wd)
}

/// The manifest row's date weighed against the text's. A `published` day is the user's word
/// and wins. A month or a year (all a scraper may know) is refined by a day the text gives
/// inside it. A url's date wins over a text day more than a day away, but not over one within
/// a day: sites file a story under the day it went online, often the day after it was written.
fn with_manifest(from_text: Anchor, entry: &ManifestEntry) -> Anchor {
    let (given, basis) = match (entry.published, entry.url_date) {
        (Some(p), _) => (p, AnchorBasis::Manifest),
        (None, Some(u)) => (u, AnchorBasis::Url),
        (None, None) => return from_text,
    };
    let text_day = from_text.date.and_then(|d| d.as_day());
    let text_wins = text_day.is_some_and(|d| match given.as_day() {
        Some(g) => basis == AnchorBasis::Url && (d - g).num_days().abs() <= 1,
        None => given.holds(d),
    });
    if text_wins { from_text } else { Anchor { date: Some(given), basis, evidence: None } }
}

/// The mentions that stand on date lines of the page (publication, update or plain date lines,
/// agency datelines), in text order, with their role: the candidates for the stated anchor.
pub fn publication_candidates(mentions: &[DateMention]) -> impl Iterator<Item = (&DateMention, DateLine)> {
    mentions.iter().filter_map(|m| m.dateline.map(|role| (m, role)))
}

/// The publication line: a labelled one first, else a date alone on its line of the page's
/// head, else of its foot (see [`plain_date_line`]).
fn stated<'m>(text: &str, page: &Page, mentions: &'m [DateMention]) -> Option<(DateValue, &'m DateMention)> {
    let published = date_lines(page, mentions, DateLine::Published).into_iter().next().map(|l| l.0);
    published.or_else(|| plain_date_line(text, page, mentions))
}

/// A date line of the story without its year ("الرباط - 11 أغسطس (رويترز) -", "11 غشت - 14:32")
/// whose year the story's relative days fix: the weekday they imply for the writing day
/// ("اليوم الأربعاء", "أمس الثلاثاء": see [`publication_weekday`]) is that day's in one year of
/// the timeline, on or after the latest day the story reports (a day and month fall on
/// different weekdays in each of three consecutive years, so the weekday alone tells the year).
fn yearless_date_line<'m>(page: &Page, mentions: &'m [DateMention]) -> Option<(NaiveDate, &'m DateMention)> {
    let weekday = publication_weekday(mentions)?;
    let bounds = Bounds::read(mentions);
    mentions.iter().filter(|m| matches!(m.dateline, Some(DateLine::Published | DateLine::Plain)) && !page.holds_not_the_story(m)).find_map(|m| {
        let ExprKind::Calendar(Calendar { day: Some(d), month: Some(mo), year: None, year_offset: None, month_offset: None, weekday: None, hijri: false }) = m.expr.kind else {
            return None;
        };
        let mut fits = WINDOW.filter_map(|y| NaiveDate::from_ymd_opt(y, mo, d)).filter(|x| x.weekday() == weekday && bounds.admits(*x));
        fits.next().filter(|_| fits.next().is_none()).map(|day| (day, m))
    })
}

/// The fewest words of a line that opens the story's body: a headline has fewer.
const BODY_LINE_WORDS: usize = 16;

/// The fewest words of a headline ("Israel and Morocco sign accord"): a site's name or its
/// section has fewer ("The Times of Israel", "القدس العربي").
const HEADLINE_WORDS: usize = 5;

/// The fewest words of a headline under a site's menu ("Ministers discuss water cooperation").
const SHORT_HEADLINE_WORDS: usize = 3;

/// Where a page's story stands among its lines.
struct Page {
    /// The line (0-based) that opens the story's body: the first with [`BODY_LINE_WORDS`];
    /// the lines above are the page's head. The number of lines when there is none.
    body: usize,
    /// Lines that are not the story's own: link and widget lines
    /// ([`crate::text::Document::boilerplate`]), a line of dates under a link line (the linked
    /// story's date), and every line from the first link or widget line after the body on
    /// (the page's furniture: related stories, most read).
    not_the_story: Vec<bool>,
    /// Lines of the head inside a widget's block: under a short link or widget line ("الأكثر
    /// قراءة", "Trending", "Les plus lus") down to the next blank line. Their dates are other
    /// stories', set aside when the head's dates disagree or the block closes before the story
    /// (see [`plain_date_line`]).
    in_a_widget: Vec<bool>,
    /// Lines of [`Page::in_a_widget`] whose block ends before the body (at a blank line or where
    /// the story opens): the block's extent is known, so its dates are another story's even
    /// when they are the head's only ones. A block running on into the body may hold the
    /// story's own headline and date line.
    in_a_closed_widget: Vec<bool>,
    /// The byte offset of each line's start in the normalised text.
    line_starts: Vec<usize>,
}

impl Page {
    /// The line (0-based) of byte `at` of the normalised text, which keeps the original's
    /// lines.
    fn line_of(&self, at: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= at).saturating_sub(1)
    }

    /// Whether `m` stands in a closed widget's block of the head (see
    /// [`Page::in_a_closed_widget`]).
    fn in_a_closed_widget(&self, m: &DateMention) -> bool {
        self.in_a_closed_widget.get(self.line_of(m.range.start)).copied().unwrap_or(false)
    }

    /// Whether `m` stands on a line that is not the story's.
    fn holds_not_the_story(&self, m: &DateMention) -> bool {
        self.not_the_story.get(self.line_of(m.range.start)).copied().unwrap_or(false)
    }

    /// `mentions` are the article's dates (those on date lines tell a headline from a date line).
    fn read(doc: &Document, lex: &DateLexicon, mentions: &[DateMention]) -> Page {
        let text = &doc.norm.text;
        let lines: Vec<&str> = text.split('\n').collect();
        let line_starts: Vec<usize> = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        let line_of = |at: usize| line_starts.partition_point(|&s| s <= at).saturating_sub(1);
        let mut dated = vec![false; lines.len()];
        for m in mentions.iter().filter(|m| m.dateline.is_some()) {
            dated[line_of(m.range.start)] = true;
        }
        let mut link = vec![false; lines.len()];
        // A page's buttons (share, print, font size) are set aside like links, but they link
        // to no other story: the date under them is not a linked story's.
        let mut button = vec![false; lines.len()];
        for (n, rule) in &doc.boilerplate {
            if let Some(i) = n.checked_sub(1).filter(|&i| i < lines.len()) {
                link[i] = true;
                button[i] = BUTTON_RULES.iter().any(|b| rule.starts_with(b));
            }
        }
        let body = lines.iter().position(|l| l.split_whitespace().count() >= BODY_LINE_WORDS).unwrap_or(lines.len());
        let furniture = (body..lines.len()).find(|&n| link[n] && !button[n]).unwrap_or(lines.len());
        let under_a_link = |line: usize| (0..line).rev().find(|&n| !lines[n].trim().is_empty()).is_some_and(|n| link[n] && !button[n]);
        // A site's current-date banner stands above its menu ("الرئيسية | سياسة | اقتصاد"), before
        // the headline. A story's date line may stand above a bar of the same shape (share
        // buttons, a breadcrumb, the sections) too, but under its headline, with the body
        // next: a date line above a menu is the story's when a headline stands above it and
        // none between the menu and the body (the page's own headline after the menu makes the
        // line above it the banner, whatever a browser's title line above says).
        let headline = |n: usize, words: usize| {
            let line = lines[n].trim();
            !link[n] && !dated[n] && !is_menu(line) && line.split_whitespace().count() >= words && lines.iter().filter(|l| l.trim() == line).count() == 1
        };
        // Under the menu a shorter line is the page's headline too: the site's name and slogan
        // stand above it, a byline ("By Staff Writer", "هسبريس - فلان") is no headline.
        let headline_under = |n: usize| {
            let line = lines[n].trim();
            headline(n, SHORT_HEADLINE_WORDS)
                && !line.contains(" - ")
                && !is_byline(text, line_starts[n]..line_starts[n] + lines[n].len(), lex)
        };
        let menu_after = |line: usize| (line + 1..lines.len()).find(|&k| !lines[k].trim().is_empty()).filter(|&k| is_menu(lines[k]));
        let banner = |line: usize| {
            menu_after(line).is_some_and(|menu| !((0..line).any(|n| headline(n, HEADLINE_WORDS)) && !(menu + 1..body).any(headline_under)))
        };
        let not_the_story = (0..lines.len()).map(|n| link[n] || under_a_link(n) || n >= furniture || n < body && banner(n)).collect();
        // A widget's block ends at a blank line, or, where the page left none, where the story
        // opens: at its headline, a line that repeats one above the block (the page's title
        // as the browser saved it), or at its byline ("By Yahia Hatim", "هسبريس - محمد الراجي"
        // is a field line, "كتب: فلان").
        let mut in_a_widget = vec![false; lines.len()];
        let mut in_a_closed_widget = vec![false; lines.len()];
        let mut open: Option<usize> = None;
        for n in 0..body.min(lines.len()) {
            let line = lines[n].trim();
            let story_opens = open.is_some_and(|header| {
                let headline = line.split_whitespace().count() >= 2 && lines[..header].iter().any(|l| l.trim() == line);
                headline || is_byline(text, line_starts[n]..line_starts[n] + lines[n].len(), lex)
            });
            if line.is_empty() || story_opens {
                if let Some(header) = open.take() {
                    in_a_closed_widget[header + 1..n].fill(true);
                }
            } else if link[n] && !button[n] && is_widget_header(line) {
                open = Some(n);
            } else {
                in_a_widget[n] = open.is_some();
            }
        }
        Page { body, not_the_story, in_a_widget, in_a_closed_widget, line_starts }
    }
}

/// The boilerplate rules (ids of lexicons/boilerplate.csv, by prefix) of a page's buttons:
/// lines set aside that link to no other story.
const BUTTON_RULES: [&str; 5] = ["share", "print", "font-size", "zoom-", "follow-us"];

/// The most words of a byline line ("By Yahia Hatim", "Par la rédaction de Médias24").
const BYLINE_WORDS: usize = 6;

/// Whether the line at `range` of `text` (normalised) is a byline: a few words opened by a
/// byline word ("By", "Par", "كتب", "بقلم").
fn is_byline(text: &str, range: std::ops::Range<usize>, lex: &DateLexicon) -> bool {
    let line = &text[range.clone()];
    if line.split_whitespace().count() > BYLINE_WORDS {
        return false;
    }
    let toks = super::tokens::tokenize(text, range, lex);
    toks.iter().find(|t| t.text.chars().next().is_some_and(crate::text::normalize::is_word_char)).is_some_and(|t| {
        t.matches.iter().any(|&(e, _)| lex.entry(e as usize).word == Word::BylineLabel)
    })
}

/// The most words of a widget's header line ("الأخبار الأكثر قراءة", "Les plus lus").
const WIDGET_HEADER_WORDS: usize = 4;

/// Whether a link or widget line (normalised) heads a block: a few words alone, no number
/// ("شارك 125", "التعليقات (3)") and no field after a colon ("شارك الخبر: فيسبوك").
fn is_widget_header(line: &str) -> bool {
    let line = line.trim();
    (1..=WIDGET_HEADER_WORDS).contains(&line.split_whitespace().count()) && !line.contains(|c: char| c.is_ascii_digit() || c == ':')
}

/// The first words of a site's menu line ("الرئيسية", "Home", "Accueil"), normalised.
const MENU_HOME: [&str; 4] = ["الرئيسيه", "الرئيسية", "home", "accueil"];

/// Whether `line` (normalised) is a site's menu: it opens with the home page's link, or it is
/// three or more short fields between bars or bullets ("سياسة | اقتصاد | رياضة").
fn is_menu(line: &str) -> bool {
    let line = line.trim();
    let first = line.split(|c: char| c.is_whitespace() || matches!(c, '|' | '>' | '›' | '»')).next().unwrap_or("");
    let fields: Vec<&str> = line.split(['|', '•', '·']).collect();
    MENU_HOME.contains(&first.to_lowercase().as_str()) || fields.len() >= 3 && fields.iter().all(|f| (1..=3).contains(&f.split_whitespace().count()))
}

/// The dates of the story's lines of `role` (see [`Page`]), one per line in text order, with
/// the line's number (0-based). A date that does not resolve to one day (no year, a range) is
/// passed over. Gregorian dates are taken before Hijri ones, on a line and across lines: the
/// tabular Hijri calendar may be a day off the moon-sighted date the page printed.
fn date_lines<'m>(page: &Page, mentions: &'m [DateMention], role: DateLine) -> Vec<((DateValue, &'m DateMention), usize)> {
    let none = Anchor::unknown();
    let hijri = |m: &DateMention| matches!(m.expr.kind, ExprKind::Calendar(Calendar { hijri: true, .. }));
    let mut lines: Vec<((DateValue, &'m DateMention), usize)> = Vec::new();
    for m in mentions.iter().filter(|m| m.dateline == Some(role) && !page.holds_not_the_story(m)) {
        let Some(r) = resolve(&m.expr, &none).filter(|r| r.value.grain == Grain::Day && r.value.end.is_none()) else { continue };
        let line = page.line_of(m.range.start);
        match lines.iter_mut().find(|l| l.1 == line) {
            Some(seen) if hijri(seen.0.1) && !hijri(m) => seen.0 = (r.value, m),
            Some(_) => {}
            None => lines.push(((r.value, m), line)),
        }
    }
    if lines.iter().any(|l| !hijri(l.0.1)) {
        lines.retain(|l| !hijri(l.0.1));
    }
    lines
}

/// The date of the page that its plain date lines (a date with no label) state, as a reader
/// takes it: the page's head, up to the story's first paragraph (a wire dateline opening it
/// included), is read first; its foot only when the head has none. Two head lines that
/// disagree are a site's current-date banner above the story's own line: the story's is the
/// last, and never after the banner's day (a page is read on or after the day it went
/// online); otherwise neither is taken. Foot lines that disagree are a list of other
/// stories: none is taken.
fn plain_date_line<'m>(text: &str, page: &Page, mentions: &'m [DateMention]) -> Option<(DateValue, &'m DateMention)> {
    let lines = date_lines(page, mentions, DateLine::Plain);
    let (head, foot): (Vec<_>, Vec<_>) = lines.into_iter().partition(|&(_, line)| line <= page.body);
    let agreed = |group: &[((DateValue, &'m DateMention), usize)]| {
        let first = group.first()?.0;
        group.iter().all(|l| l.0.0 == first.0).then_some(first)
    };
    // Dates in a widget's block of the head ("الأكثر قراءة", "Latest", then titles and their
    // days) are other stories': when the head disagrees, or when a block closes before the
    // story (a single "latest news" item above a story with no date line), the lines outside
    // such blocks are read alone, and none is the page's when there are none.
    let flag = |v: &[bool], line: usize| v.get(line).copied().unwrap_or(false);
    let outside: Vec<_> = head.iter().copied().filter(|&(_, line)| !flag(&page.in_a_widget, line)).collect();
    let closed = head.iter().any(|&(_, line)| flag(&page.in_a_closed_widget, line));
    if (agreed(&head).is_none() || closed) && outside.is_empty() && !head.is_empty() {
        return None;
    }
    let head = if agreed(&head).is_none() || closed { outside } else { head };
    if let Some(&(last, _)) = head.last() {
        // A date told with words above the story's line ("22 دجنبر 2020: ذكرى أولى", "December
        // 10, 2020: A year on") is a headline's, of an older day: the story's line below it
        // is read alone. An earlier day on a bare line above it leaves the two in doubt.
        let headline = |l: &((DateValue, &DateMention), usize)| l.0.0.start < last.0.start && worded(text, page, mentions, l.1);
        let below_headlines: Vec<_> = head.iter().copied().filter(|l| !headline(l)).collect();
        return agreed(&head)
            .or_else(|| head.iter().all(|l| last.0.start <= l.0.0.start).then_some(last))
            .or_else(|| agreed(&below_headlines).filter(|v| v.0 == last.0));
    }
    agreed(&foot)
}

/// Whether line `line` (0-based) holds a word of three letters or more outside its date
/// mentions: a headline's words, where a date line has only its date, time and marks.
fn worded(text: &str, page: &Page, mentions: &[DateMention], line: usize) -> bool {
    let start = page.line_starts.get(line).copied().unwrap_or(text.len());
    let end = page.line_starts.get(line + 1).map_or(text.len(), |e| e - 1);
    let mut rest = String::new();
    let mut at = start;
    for m in mentions.iter().filter(|m| (start..end).contains(&m.range.start)) {
        rest.push_str(text.get(at..m.range.start.max(at)).unwrap_or(""));
        rest.push(' ');
        at = at.max(m.range.end.min(end));
    }
    rest.push_str(text.get(at..end).unwrap_or(""));
    rest.split(|c: char| !c.is_alphabetic()).any(|w| w.chars().count() >= 3)
}

/// What the text's own dates say of its writing day.
struct Bounds {
    /// The latest day of the text not told as coming (a news text is written on or after the
    /// days it reports).
    after: Option<NaiveDate>,
    /// The day of an update line: the article was published by then.
    before: Option<NaiveDate>,
    /// Days the text fixes on its own (a full date, a weekday-checked day), with their mention.
    days: Vec<(NaiveDate, usize)>,
    /// Months and days the text fixes on its own, in the timeline's years.
    known: Vec<DateValue>,
    /// Days written without a year ("22 دجنبر"), with their mention.
    yearless: Vec<(u32, u32, usize)>,
}

impl Bounds {
    fn read(mentions: &[DateMention]) -> Bounds {
        let none = Anchor::unknown();
        let mut b = Bounds { after: None, before: None, days: Vec::new(), known: Vec::new(), yearless: Vec::new() };
        for (i, m) in mentions.iter().enumerate() {
            if let ExprKind::Calendar(Calendar {
                day: Some(d),
                month: Some(mo),
                year: None,
                year_offset: None,
                month_offset: None,
                weekday: None,
                hijri: false,
            }) = m.expr.kind
                && m.dateline.is_none()
            {
                b.yearless.push((mo, d, i));
            }
            let Some(r) = resolve(&m.expr, &none) else { continue };
            if m.dateline == Some(DateLine::Updated) {
                b.before = b.before.max(r.value.as_day());
                continue;
            }
            if r.value.grain == Grain::Year || !WINDOW.contains(&r.value.start.year()) {
                continue;
            }
            b.known.push(r.value);
            if let Some(d) = r.value.as_day() {
                b.days.push((d, i));
                if m.expr.tense != Some(Tense::Future) {
                    b.after = b.after.max(Some(d));
                }
            }
        }
        b
    }

    /// Whether `day` can be the writing day.
    fn admits(&self, day: NaiveDate) -> bool {
        self.after.is_none_or(|a| day >= a) && self.before.is_none_or(|b| day <= b)
    }
}

/// The relative days that name their weekday ("اليوم الثلاثاء", "أمس الأربعاء"): (mention,
/// days from the writing day, weekday).
fn named_relative_days(mentions: &[DateMention]) -> impl Iterator<Item = (&DateMention, i64, Weekday)> {
    mentions.iter().filter_map(|m| match m.expr.kind {
        ExprKind::Relative { days, weekday: Some(wd), date: None } if m.dateline.is_none() => Some((m, days as i64, wd)),
        _ => None,
    })
}

/// Whether two mentions stand in the same paragraph or in neighbouring ones (at most one
/// non-blank line between their lines).
fn beside(text: &str, a: &DateMention, b: &DateMention) -> bool {
    let (first, second) = if a.range.start <= b.range.start { (a, b) } else { (b, a) };
    let between = text.get(first.range.end..second.range.start).unwrap_or("");
    let lines: Vec<&str> = between.split('\n').collect();
    // The first and last pieces are the mentions' own lines.
    lines.len() <= 2 || lines[1..lines.len() - 1].iter().filter(|l| !l.trim().is_empty()).count() <= 1
}

/// How far after a date (bytes of normalised text) a weekday told with it may stand ("le 12
/// août, un jeudi").
const WEEKDAY_AFTER_DATE: usize = 24;

/// Whether a weekday other than `wd` is named between the relative day `rel` and the date
/// `date`, or just after the date: the date is then that weekday's day.
fn other_weekday_near(mentions: &[DateMention], rel: &DateMention, date: &DateMention, wd: Weekday) -> bool {
    let from = rel.range.start.min(date.range.start);
    let to = rel.range.end.max(date.range.end + WEEKDAY_AFTER_DATE);
    mentions.iter().filter(|o| o.range.start >= from && o.range.end <= to && !std::ptr::eq(*o, rel)).any(|o| {
        let named = match o.expr.kind {
            ExprKind::Weekday { weekday, .. } => Some(weekday),
            ExprKind::Relative { weekday, .. } => weekday,
            ExprKind::Calendar(Calendar { weekday, .. }) => weekday,
            _ => None,
        };
        named.is_some_and(|w| w != wd)
    })
}

/// Clues of the text, most precise first; `text` is the normalised text the mentions index.
fn inferred<'m>(text: &str, mentions: &'m [DateMention]) -> Option<(DateValue, &'m DateMention, Inference)> {
    let none = Anchor::unknown();
    // "أمس الأربعاء 27 يوليوز": the written date minus the relative day.
    for m in mentions {
        if let ExprKind::Relative { days, date: Some(date), .. } = m.expr.kind {
            let probe = super::value::DateExpr { kind: ExprKind::Calendar(date), part: None, tense: None, shift: 0 };
            if let Some(d) = resolve(&probe, &none).and_then(|r| r.value.as_day()) {
                return Some((DateValue::day(d - Duration::days(days as i64)), m, Inference::RelativeDay));
            }
        }
    }
    let bounds = Bounds::read(mentions);
    // "اليوم الثلاثاء" and "22 ديسمبر 2020", a Tuesday: the latest such date that leaves no
    // reported day after the writing day (nor an update before it). A date without a year ("22 دجنبر") counts when it
    // stands beside the relative day and falls on its weekday in one year of the timeline.
    let of_date = named_relative_days(mentions)
        .flat_map(|(m, days, wd)| {
            // The update line's day counts too, as the writing day: "اليوم الأربعاء" (or "أمس
            // الثلاثاء") under an update of a Wednesday.
            let by_update = bounds.before.map(|u| u + Duration::days(days));
            let dated = bounds.days.iter().map(|d| d.0).chain(by_update).filter(move |d| d.weekday() == wd);
            // "aujourd'hui mercredi … jeudi, le 12 août": a date told beside another weekday
            // is that day's, not the writing day's.
            let own_weekday = move |i: usize| !other_weekday_near(mentions, m, &mentions[i], wd);
            let yearless = bounds.yearless.iter().filter(|(_, _, i)| beside(text, &mentions[*i], m)).filter(move |(_, _, i)| own_weekday(*i)).filter_map(move |&(mo, d, _)| {
                let mut fits = WINDOW.filter_map(|y| NaiveDate::from_ymd_opt(y, mo, d)).filter(|x| x.weekday() == wd);
                fits.next().filter(|_| fits.next().is_none())
            });
            dated.chain(yearless).map(move |d| (d - Duration::days(days), m))
        })
        .filter(|(a, _)| bounds.admits(*a))
        .max_by_key(|(a, _)| *a);
    if let Some((a, m)) = of_date {
        return Some((DateValue::day(a), m, Inference::WeekdayOfDate));
    }
    // "demain, lundi" (so written on a Sunday) beside "dimanche 20 février 2022": the date of
    // the writing day's own weekday, told beside the relative day, is the writing day.
    let of_writing_day = named_relative_days(mentions)
        .filter(|&(_, days, _)| days != 0)
        .flat_map(|(m, days, wd)| {
            let writing = shift_weekday(wd, -days);
            bounds.days.iter().filter(move |&&(d, i)| d.weekday() == writing && beside(text, &mentions[i], m)).map(move |&(d, _)| (d, m))
        })
        .filter(|(a, _)| bounds.admits(*a))
        .max_by_key(|(a, _)| *a);
    if let Some((a, m)) = of_writing_day {
        return Some((DateValue::day(a), m, Inference::WeekdayOfDate));
    }
    // "اليوم الأربعاء" (or "أمس الأربعاء") beside "مساء الثلاثاء 23 نوفمبر 2021", the latest day
    // the text reports, written with its weekday: the story tells two days in a row, the
    // dated one and the next, named by its weekday (a day further on, or a date written
    // without its weekday, may be an older event's: nothing is inferred then).
    let next_to_a_dated_day: Vec<(NaiveDate, &DateMention)> = named_relative_days(mentions)
        .filter(|&(_, days, _)| days <= 0)
        .flat_map(|(m, days, wd)| {
            bounds
                .days
                .iter()
                .filter(move |&&(d, i)| {
                    let written = matches!(mentions[i].expr.kind, ExprKind::Calendar(Calendar { weekday: Some(w), .. }) if w == d.weekday());
                    written && d.succ_opt().is_some_and(|n| n.weekday() == wd) && bounds.after == Some(d) && beside(text, &mentions[i], m)
                })
                .map(move |&(d, _)| (d + Duration::days(1 - days), m))
        })
        .filter(|(a, _)| bounds.admits(*a))
        .collect();
    if let Some(&(a, m)) = next_to_a_dated_day.first()
        && next_to_a_dated_day.iter().all(|c| c.0 == a)
    {
        return Some((DateValue::day(a), m, Inference::WeekdayOfDate));
    }
    if let Some((a, m)) = bare_weekday_of_date(text, mentions, &bounds) {
        return Some((DateValue::day(a), m, Inference::BareWeekday));
    }
    let (month, clue) = current_month(mentions, &bounds)?;
    // The month is known: a relative day naming its weekday fixes the day when one such day
    // of the month fits the bounds, or when the text's latest date is less than a week before
    // the first that does (news follows the events it reports).
    for (m, days, wd) in named_relative_days(mentions) {
        let fits: Vec<NaiveDate> = month
            .start
            .iter_days()
            .take_while(|d| d.month() == month.start.month())
            .filter(|a| (*a + Duration::days(days)).weekday() == wd && bounds.admits(*a))
            .collect();
        let soon_after = |a: &NaiveDate| bounds.after.is_some_and(|l| (*a - l).num_days() < 7);
        match fits.as_slice() {
            [a] => return Some((DateValue::day(*a), m, Inference::WeekdayInMonth)),
            [a, ..] if soon_after(a) => return Some((DateValue::day(*a), m, Inference::WeekdayInMonth)),
            _ => {}
        }
    }
    Some((month, clue, Inference::CurrentMonth))
}

/// A weekday told bare in the past ("sat down Tuesday", "التقى الوزير الخميس") beside a date
/// of that weekday ("December 22, 2020"): the article speaks of that day and was written on it
/// or in the six days after. Any of those days reads the text alike when every expression of
/// the text resolves the same against each (the bare weekday itself does); then the first is
/// the anchor. Otherwise the day cannot be told, and nothing is inferred.
fn bare_weekday_of_date<'m>(text: &str, mentions: &'m [DateMention], bounds: &Bounds) -> Option<(NaiveDate, &'m DateMention)> {
    for m in mentions {
        let ExprKind::Weekday { weekday: wd, offset: None } = m.expr.kind else { continue };
        if m.dateline.is_some() || m.expr.tense == Some(Tense::Future) {
            continue;
        }
        for &(d, i) in &bounds.days {
            if d.weekday() != wd || !beside(text, &mentions[i], m) || !bounds.admits(d) {
                continue;
            }
            let window: Vec<NaiveDate> = (0..7).map(|k| d + Duration::days(k)).filter(|a| bounds.admits(*a)).collect();
            if reads_alike(mentions, &window) {
                return Some((d, m));
            }
        }
        // "وقع البلدان، الأربعاء، مذكرة" under an update line of that Wednesday or of the day
        // after ("آخر تحديث 24 نوفمبر 2021"): the story went online by the update, on or after
        // the day it tells, which is the last of that weekday.
        if let Some(update) = bounds.before {
            let d = (0..2).map(|k| update - Duration::days(k)).find(|d| d.weekday() == wd);
            if let Some(d) = d.filter(|d| bounds.admits(*d)) {
                let window: Vec<NaiveDate> = (0..7).map(|k| d + Duration::days(k)).filter(|a| bounds.admits(*a)).collect();
                if reads_alike(mentions, &window) {
                    return Some((d, m));
                }
            }
        }
    }
    None
}

/// Whether every mention resolves to the same value against each of the `days` taken as the
/// anchor: which of them is the writing day then changes nothing the text says.
fn reads_alike(mentions: &[DateMention], days: &[NaiveDate]) -> bool {
    let read = |day: NaiveDate| {
        let anchor = Anchor::inferred(DateValue::day(day), Inference::BareWeekday);
        mentions.iter().map(move |m| resolve(&m.expr, &anchor).map(|r| r.value))
    };
    let Some((&first, rest)) = days.split_first() else { return false };
    rest.iter().all(|&day| read(day).eq(read(first)))
}

/// The weekday `days` after `wd`.
pub fn shift_weekday(wd: Weekday, days: i64) -> Weekday {
    let n = (wd.num_days_from_monday() as i64 + days).rem_euclid(7);
    (0..n).fold(Weekday::Mon, |w, _| w.succ())
}

/// The weekday of the publication day that the article's relative days naming a weekday
/// imply ("اليوم الأربعاء" → Wednesday, "أمس الثلاثاء" → Wednesday): the one most of them
/// imply, when no other is implied as often (a quoted "أمس الجمعة" counted from a speaker's
/// day is outvoted by the article's own "أمس الأحد" and "اليوم الاثنين").
pub fn publication_weekday(mentions: &[DateMention]) -> Option<Weekday> {
    let mut counts = [0usize; 7];
    for m in mentions {
        if let ExprKind::Relative { days, weekday: Some(wd), date: None } = m.expr.kind {
            counts[shift_weekday(wd, -(days as i64)).num_days_from_monday() as usize] += 1;
        }
    }
    let best = *counts.iter().max()?;
    let mut winners = (0..7).filter(|&i| counts[i] == best && best > 0);
    let first = winners.next()?;
    winners.next().is_none().then(|| shift_weekday(Weekday::Mon, first as i64))
}

/// What the date of an event mention says of the publication day once another article dates
/// the event (the corpus step's [`Inference::Borrowed`]): a day counted from it ("أمس", with
/// the weekday it names or the one the article's other relative days imply), a bare weekday
/// told in the past ("الجمعة": the publication day is that day or one of the six after), or a
/// week counted from it ("الأسبوع الماضي"). The last two fix the day only with the publication
/// weekday the article's relative days imply ("اليوم الاثنين").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BorrowClue {
    kind: ClueKind,
    /// The publication day's weekday, as the article's relative days imply it.
    published_on: Option<Weekday>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ClueKind {
    /// Days from the publication day, and the weekday of the event day when known.
    Days(i64, Option<Weekday>),
    /// A weekday in the week up to the publication day.
    PastWeekday(Weekday),
    /// Weeks (Monday to Sunday) from the publication day's.
    Weeks(i64),
}

impl BorrowClue {
    /// The clue of a mention's expression, `published_on` being [`publication_weekday`] of the
    /// article; `None` when the expression says nothing a day elsewhere could turn into the
    /// publication day.
    pub fn of(expr: &super::value::DateExpr, published_on: Option<Weekday>) -> Option<BorrowClue> {
        let kind = match expr.kind {
            ExprKind::Relative { days, weekday, date: None } => {
                ClueKind::Days(days as i64, weekday.or_else(|| published_on.map(|w| shift_weekday(w, days as i64))))
            }
            ExprKind::Weekday { weekday, offset: None } if expr.tense != Some(Tense::Future) => ClueKind::PastWeekday(weekday),
            ExprKind::Period { unit: super::value::Unit::Week, offset } if offset < 0 => ClueKind::Weeks(offset as i64),
            _ => return None,
        };
        Some(BorrowClue { kind, published_on })
    }

    /// Whether the clue turns an event's day into one publication day and checks the event's
    /// weekday: a day counted from the publication day whose weekday is named ("اليوم
    /// الثلاثاء") or implied by the article's other relative days. Borrowing by an event's
    /// subject alone (no person in common) takes only such clues: a week of days, or any day
    /// at all, is too loose a fit for so weak an identity.
    pub fn fixes_a_named_day(&self) -> bool {
        matches!(self.kind, ClueKind::Days(_, Some(_)))
    }

    /// The publication days that the event's day, given by another article, leaves: none when
    /// it does not fit the clue (another weekday), one when the clue fixes it, the seven days
    /// of a week when a bare past weekday or a past week is all the article says (the corpus
    /// step then takes the first when the article reads alike from each).
    pub fn publication_days(&self, event_day: NaiveDate) -> Vec<NaiveDate> {
        let week_from = |first: NaiveDate| -> Vec<NaiveDate> {
            let days = (0..7).map(|k| first + Duration::days(k));
            match self.published_on {
                Some(wd) => days.filter(|d| d.weekday() == wd).collect(),
                None => days.collect(),
            }
        };
        match self.kind {
            ClueKind::Days(days, weekday) => {
                let day = event_day - Duration::days(days);
                // A day named against another weekday than the article's is counted from
                // another day (a speaker's): it says nothing of the publication day.
                let fits = weekday.is_none_or(|wd| event_day.weekday() == wd) && self.published_on.is_none_or(|p| day.weekday() == p);
                if fits { vec![day] } else { Vec::new() }
            }
            ClueKind::PastWeekday(wd) if event_day.weekday() == wd => week_from(event_day),
            ClueKind::PastWeekday(_) => Vec::new(),
            ClueKind::Weeks(offset) => {
                let monday = event_day - Duration::days(event_day.weekday().num_days_from_monday() as i64);
                week_from(monday - Duration::days(7 * offset))
            }
        }
    }
}

/// A month called current (الجاري، الحالي): the anchor is in that month; its year comes from
/// the dates the text fixes on its own.
fn current_month<'m>(mentions: &'m [DateMention], bounds: &Bounds) -> Option<(DateValue, &'m DateMention)> {
    let (current, clue) = mentions.iter().find_map(|m| match m.expr.kind {
        ExprKind::Calendar(Calendar { month: Some(month), month_offset: Some(0), year: None, year_offset: None, .. }) => Some((month, m)),
        _ => None,
    })?;
    // A known date in that month gives its year; else the latest known date, which news
    // reports before the writing: the month called current is the next such month after it.
    // An update line's day gives the latest year it can be.
    let year = match bounds.known.iter().find(|v| v.start.month() == current) {
        Some(v) => v.start.year(),
        None => match (bounds.known.iter().max_by_key(|v| v.start), bounds.before) {
            (Some(latest), _) => latest.start.year() + i32::from(latest.start.month() > current),
            (None, Some(update)) => update.year() - i32::from(update.month() < current),
            (None, None) => return None,
        },
    };
    Some((DateValue::month(year, current)?, clue))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Article;
    use crate::data::Lexicons;
    use crate::dates::find_dates;

    /// (name, article text, expected anchor, basis).
    const CASES: &[(&str, &str, &str, AnchorBasis)] = &[
        (
            "iso publication line",
            "عنوان\nنشر: 2021-11-24 17:33 آخر تحديث: 2023-06-18 12:17\nوقع الاتفاق الأربعاء.",
            "2021-11-24",
            AnchorBasis::Stated,
        ),
        ("update line alone is not the anchor", "عنوان\nآخر تحديث: 2023-06-18 12:17\nوقع الاتفاق أمس.", "", AnchorBasis::Unknown),
        ("update before publication", "آخر تحديث: 2023-06-18\nتاريخ النشر: 2021-11-24\nنص.", "2021-11-24", AnchorBasis::Stated),
        ("plain date line", "عنوان\n\n10 اغسطس 2021\nكشفت الصحيفة اليوم الثلاثاء عن تفاصيل.", "2021-08-10", AnchorBasis::Stated),
        ("weekday date line without year", "عنوان\nالثلاثاء 10 أغسطس\nنص المقال.", "2021-08-10", AnchorBasis::Stated),
        ("dateline with place and agency", "الرباط - 10 أغسطس 2021 (رويترز)\nنص المقال.", "2021-08-10", AnchorBasis::Stated),
        ("english published line", "Published 24 November 2021\nنص المقال.", "2021-11-24", AnchorBasis::Stated),
        ("numeric published line", "نشر في: 24/11/2021 - 17:33\nنص المقال.", "2021-11-24", AnchorBasis::Stated),
        ("copyright year is not a date", "2024 © - أشكاين جميع الحقوق محفوظة\nالتقى الوزير نظيره أمس.", "", AnchorBasis::Unknown),
        (
            "a date in a sentence is not a date line",
            "وقع البلدان اتفاقا في 10 ديسمبر 2020 في الرباط بحضور الوزيرين.\nنص.",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "yesterday with weekday and date",
            "التقى ساعر الحموشي، أمس الأربعاء 27 يوليوز الجاري، في الرباط.",
            "2022-07-28",
            AnchorBasis::Inferred(Inference::RelativeDay),
        ),
        ("today with weekday and date", "يزور الوزير الرباط اليوم الخميس 25 نوفمبر.", "2021-11-25", AnchorBasis::Inferred(Inference::RelativeDay)),
        (
            "current month and weekday-fixed day",
            "كشف لابيد عن حديث يوم الجمعة في 16 يوليو. وتنطلق الرحلات في أواخر شهر يوليو (تموز) الحالي.",
            "2021-07",
            AnchorBasis::Inferred(Inference::CurrentMonth),
        ),
        (
            "current month and a full date",
            "وقع الاتفاق في 10 ديسمبر 2020. وزار الوفد الرباط في 18 يناير الجاري.",
            "2021-01",
            AnchorBasis::Inferred(Inference::CurrentMonth),
        ),
        (
            "agency dateline opening a paragraph",
            "الرباط - 24 نوفمبر 2021 (رويترز) - وقع المغرب وإسرائيل اتفاقا أمنيا أمس.",
            "2021-11-24",
            AnchorBasis::Stated,
        ),
        ("place with comma dateline", "تل أبيب، 24/11/2021: أعلنت وزارة الدفاع عن الاتفاق.", "2021-11-24", AnchorBasis::Stated),
        ("a date after a preposition is not a dateline", "في 10 ديسمبر 2020، وقع البلدان اتفاقا ثلاثيا.", "", AnchorBasis::Unknown),
        (
            "gregorian before hijri on a date line",
            "الأربعاء 19 ربيع الثاني 1443 هـ - 24 نوفمبر 2021 م\nنص المقال.",
            "2021-11-24",
            AnchorBasis::Stated,
        ),
        ("nothing to anchor", "وقع المغرب وإسرائيل، أمس، اتفاقا.", "", AnchorBasis::Unknown),
        (
            "dates of the stories listed under a link line",
            "عنوان الخبر\n\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز التعاون.\n\nاقرأ أيضا\nوزير الخارجية يستقبل نظيره الموريتاني\n10 أغسطس 2021\nالحكومة تمدد حالة الطوارئ\n9 أغسطس 2021",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "a list of stories with their dates after the body",
            "Israel and Morocco sign deal\nThe two ministers signed an accord yesterday in Rabat, officials said, in a ceremony attended by dozens of guests.\nRelated\nGantz lands in Rabat\nAugust 10, 2021\nLapid to visit Morocco\nAugust 9, 2021",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "one date line at the foot of the story",
            "الرباط/ الأناضول\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز التعاون.\n11.08.2021",
            "2021-08-11",
            AnchorBasis::Stated,
        ),
        (
            "a current-date banner above the story's date line",
            "الخميس، 12 أغسطس 2021\nالرئيسية سياسة اقتصاد رياضة\nعنوان الخبر\nالأربعاء 11 أغسطس 2021 - 14:32\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز التعاون.",
            "2021-08-11",
            AnchorBasis::Stated,
        ),
        (
            "a current-date banner above the site's menu",
            "الخميس 12 أغسطس 2021\nالرئيسية | سياسة | اقتصاد | رياضة\nعنوان الخبر\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز التعاون.",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "a current-date banner above a menu of short fields",
            "Thursday, August 12, 2021\nPolitics | Economy | Sports | Culture\nIsrael and Morocco sign accord\nThe two ministers signed an accord yesterday in Rabat, officials said, in a ceremony attended by dozens of guests from both sides.",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "a story's date line under its headline, above a share bar",
            "الموقع\nالوزيران يبحثان التعاون في مجال المياه بالرباط\nالأربعاء 11 أغسطس 2021 - 14:32\nفيسبوك | تويتر | واتساب\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز التعاون.",
            "2021-08-11",
            AnchorBasis::Stated,
        ),
        (
            "an english story line under its headline, above a breadcrumb",
            "Ministers discuss water cooperation in Rabat\nAugust 11, 2021\nHome > World > Middle East\nThe two ministers signed an accord yesterday in Rabat, officials said, in a ceremony attended by dozens of guests from both sides.",
            "2021-08-11",
            AnchorBasis::Stated,
        ),
        (
            "a banner under a browser's title line, the headline after the menu",
            "Ministers discuss water cooperation in Rabat | Site\nThursday, August 12, 2021\nHome | Politics | Economy\nMinisters discuss water cooperation\nThe two ministers signed an accord yesterday in Rabat, officials said, in a ceremony attended by dozens of guests from both sides.",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "a single latest item above a story with no date line",
            "Latest\nCentral bank keeps its rate\nAugust 10, 2021\n\nMinisters discuss water cooperation\nThe two ministers signed an accord yesterday in Rabat, officials said, in a ceremony attended by dozens of guests from both sides.",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "a photo's caption under the headline dates the picture",
            "Ministers discuss water cooperation in Rabat\nFile photo: December 10, 2020\nThe two ministers signed an accord yesterday in Rabat, officials said, in a ceremony attended by dozens of guests from both sides.",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "a french zone told in words without brackets",
            "Les ministres discutent de l'eau\n11 août 2021 à 10:30 heure de Paris\nLes deux ministres ont signé hier un accord à Rabat, en présence de nombreux responsables des deux pays et de plusieurs entreprises.",
            "2021-08-11",
            AnchorBasis::Stated,
        ),
        (
            "an english zone told before its word",
            "Ministers discuss water cooperation\nAugust 11, 2021 9:15 am Israel time\nThe two ministers signed an accord yesterday in Rabat, officials said, in a ceremony attended by dozens of guests from both sides.",
            "2021-08-11",
            AnchorBasis::Stated,
        ),
        (
            "a story's date line under the section line",
            "سياسة | أخبار دولية\nعنوان الخبر\nالأربعاء 11 أغسطس 2021 - 14:32\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز التعاون.",
            "2021-08-11",
            AnchorBasis::Stated,
        ),
        (
            "a head date line after the day of the one above it",
            "الأربعاء 11 أغسطس 2021\nعنوان الخبر\nالخميس 12 أغسطس 2021\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز التعاون.",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "a labelled date under a link line is the linked story's",
            "عنوان الخبر\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز التعاون.\n\nاقرأ أيضا\nوزير الخارجية يستقبل نظيره الموريتاني\nنشر في: 10 أغسطس 2021",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "yearless agency dateline and today's weekday",
            "الرباط - 11 أغسطس (رويترز) - وقع المغرب وإسرائيل اليوم الأربعاء ثلاث اتفاقيات في الرباط.",
            "2021-08-11",
            AnchorBasis::Inferred(Inference::WeekdayOfDate),
        ),
        (
            "yearless agency dateline and yesterday's weekday",
            "القدس، 12 أغسطس (أ ف ب) - أعلنت الخارجية الإسرائيلية أن الوزير لبيد وقع أمس الأربعاء ثلاث اتفاقيات في الرباط.",
            "2021-08-12",
            AnchorBasis::Inferred(Inference::WeekdayOfDate),
        ),
        (
            "yearless head line and today's weekday",
            "11 أغسطس - 14:32\nعنوان الخبر\nوقع الوزيران اليوم الأربعاء اتفاقا في الرباط.",
            "2021-08-11",
            AnchorBasis::Inferred(Inference::WeekdayOfDate),
        ),
        (
            "yearless dateline before the story's latest day",
            "الرباط - 11 أغسطس (رويترز) - وقع المغرب وإسرائيل اليوم الأربعاء اتفاقا، بعد زيارة الوفد في 10 ديسمبر 2021.",
            "",
            AnchorBasis::Unknown,
        ),
        ("yearless dateline and no weekday of the writing day", "الرباط - 11 أغسطس (رويترز) - وقع المغرب وإسرائيل أمس اتفاقا.", "", AnchorBasis::Unknown),
        (
            "a sentence opened by a byline word is not a byline",
            "كتب الوزير في تغريدة على حسابه الرسمي يوم 10 ديسمبر 2020 أن الاتفاق تاريخي.\nنص.",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "spaced numbers in a sentence are not a date line",
            "صدر القرار رقم 12 / 08 / 2021 في الجريدة الرسمية، وجاء فيه أن الوزير التقى نظيره أمس في الرباط.",
            "",
            AnchorBasis::Unknown,
        ),
        ("a dash cuts no field outside a byline", "وزير الخارجية الإسرائيلي يزور الرباط - 12 أغسطس 2021 موعد أول زيارة رسمية\nنص.", "", AnchorBasis::Unknown),
        ("a french update line alone is not the anchor", "Mis à jour le 13 août 2021 à 11h02\nLe ministre a signé hier un accord.", "", AnchorBasis::Unknown),
        ("digits glued to the line's words", "ع.م15 مارس 2022آخر تحديث : 16 مارس 2022\nنص.", "2022-03-15", AnchorBasis::Stated),
        (
            "current-date banner is not the date",
            "الخميس 5 يناير 2023 الموافق 13 جمادى الآخرة 1444\nعنوان الخبر\nوقع الطرفان اتفاقا أمس.",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "today names the weekday of a dated day",
            "أعلنت الوزارة اليوم الاثنين تفاصيل الاتفاق الموقع في 10 يناير 2022 بالرباط.",
            "2022-01-10",
            AnchorBasis::Inferred(Inference::WeekdayOfDate),
        ),
        (
            "yesterday names the weekday of a dated day",
            "استقبل الوزير أمس الخميس نظيره.\n\nوكانت الحكومة قد أعلنت في 16 ديسمبر 2021 عن الزيارة.",
            "2021-12-17",
            AnchorBasis::Inferred(Inference::WeekdayOfDate),
        ),
        (
            "today with the weekday in brackets",
            "أعلنت الوزارة اليوم (الاثنين) تفاصيل الاتفاق الموقع في 10 يناير 2022 بالرباط.",
            "2022-01-10",
            AnchorBasis::Inferred(Inference::WeekdayOfDate),
        ),
        (
            "tomorrow's weekday names the writing day's date",
            "يلتقي الوفد غدا الاثنين رئيس الحكومة.\nوكانت الوزيرة قد حلت بالمغرب الأحد 20 فبراير 2022 في زيارة عمل.",
            "2022-02-20",
            AnchorBasis::Inferred(Inference::WeekdayOfDate),
        ),
        (
            "french tomorrow names the writing day's date",
            "La ministre est arrivée ce dimanche 20 février 2022 au Maroc. Elle aura demain, lundi, des entretiens à Rabat.",
            "2022-02-20",
            AnchorBasis::Inferred(Inference::WeekdayOfDate),
        ),
        (
            "a date of the writing day's weekday far from the relative day",
            "يلتقي الوفد غدا الاثنين رئيس الحكومة.\nسطر.\nسطر آخر.\nسطر ثالث.\nوكانت الوزيرة قد حلت بالمغرب الأحد 20 فبراير 2022.",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "bare weekday beside a date of that weekday",
            "Gantz met his Moroccan counterpart Tuesday in Rabat.\nGantz arrives at the ministry in Rabat on November 23, 2021.",
            "2021-11-23",
            AnchorBasis::Inferred(Inference::BareWeekday),
        ),
        (
            "arabic bare weekday beside a date of that weekday",
            "التقى غانتس نظيره المغربي الثلاثاء في الرباط.\nصورة: غانتس لدى وصوله إلى الرباط في 23 نوفمبر 2021.",
            "2021-11-23",
            AnchorBasis::Inferred(Inference::BareWeekday),
        ),
        (
            "bare weekday with yesterday beside it reads apart",
            "التقى غانتس نظيره المغربي الثلاثاء في الرباط، ووقع أمس مذكرة تفاهم.\nصورة: غانتس لدى وصوله إلى الرباط في 23 نوفمبر 2021.",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "bare weekday of another day than the date",
            "التقى غانتس نظيره المغربي الأربعاء في الرباط.\nصورة: غانتس لدى وصوله إلى الرباط في 23 نوفمبر 2021.",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "a coming bare weekday is not the date's",
            "سيلتقي غانتس نظيره المغربي الثلاثاء في الرباط.\nوكان الوزير قد زار الرباط في 23 نوفمبر 2021.",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "a dated day after it rules the weekday out",
            "قال الوزير اليوم الاثنين إن الاتفاق وقع في 10 يناير 2022، ثم زار الوفد الرباط في 20 يناير 2022.",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "yearless day beside the weekday",
            "تنظم الهيئات وقفات اليوم الأربعاء في عدة مدن.\n\nويصادف 22 دجنبر ذكرى توقيع الاتفاق.",
            "2021-12-22",
            AnchorBasis::Inferred(Inference::WeekdayOfDate),
        ),
        (
            "yearless day told beside another weekday",
            "Le ministre est reçu aujourd'hui mercredi à Rabat, avant l'inauguration jeudi du bureau, prévue le 12 août.",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "yesterday with its weekday and date in brackets",
            "The ministers signed a memorandum yesterday (Wednesday, Nov. 24) in Rabat.",
            "2021-11-25",
            AnchorBasis::Inferred(Inference::RelativeDay),
        ),
        (
            "yearless day far from the weekday",
            "تنظم الهيئات وقفات اليوم الأربعاء.\nسطر.\nسطر آخر.\nسطر ثالث.\nويصادف 22 دجنبر ذكرى التوقيع.",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "weekday of the current month soon after the latest date",
            "وقع البلدان اتفاقا الخميس 14 يناير 2021. ويستمر التعاون طيلة يناير الجاري، إذ التقى الوفدان اليوم الثلاثاء.",
            "2021-01-19",
            AnchorBasis::Inferred(Inference::WeekdayInMonth),
        ),
        (
            "weekday of the current month left at the month",
            "وقع البلدان اتفاقا في 10 ديسمبر 2020. وزار الوفد الرباط في مطلع يناير الجاري، والتقى الوزير نظيره اليوم الثلاثاء.",
            "2021-01",
            AnchorBasis::Inferred(Inference::CurrentMonth),
        ),
        (
            "an update line alone gives the current month its year",
            "آخر تحديث: 2021-01-20 10:00\nالتقى الوزير نظيره في مطلع يناير الجاري.",
            "2021-01",
            AnchorBasis::Inferred(Inference::CurrentMonth),
        ),
        (
            "today under an update of the same weekday",
            "آخر تحديث: الأربعاء 24 نوفمبر 2021 - 19:40\nوقع الوزيران اليوم الأربعاء مذكرة تفاهم.",
            "2021-11-24",
            AnchorBasis::Inferred(Inference::WeekdayOfDate),
        ),
        (
            "a bare weekday of the update's day",
            "آخر تحديث 24 نوفمبر 2021 - 16:40\nوقع المغرب وإسرائيل، الأربعاء، مذكرة تفاهم للتعاون الأمني خلال زيارة وزير الدفاع الإسرائيلي إلى الرباط.",
            "2021-11-24",
            AnchorBasis::Inferred(Inference::BareWeekday),
        ),
        (
            "a bare weekday of the day before the update",
            "Last updated November 25, 2021\nMorocco and Israel signed a security memorandum on Wednesday during a visit of Israel's defense minister to Rabat.",
            "2021-11-24",
            AnchorBasis::Inferred(Inference::BareWeekday),
        ),
        (
            "a bare weekday two days before the update",
            "آخر تحديث 26 نوفمبر 2021 - 16:40\nوقع المغرب وإسرائيل، الأربعاء، مذكرة تفاهم للتعاون الأمني خلال زيارة وزير الدفاع الإسرائيلي إلى الرباط.",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "a bare weekday and yesterday under an update a day after",
            "آخر تحديث 25 نوفمبر 2021 - 16:40\nوقع المغرب وإسرائيل، الأربعاء، مذكرة تفاهم، بعد وصول الوزير أمس إلى الرباط.",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "yesterday's weekday under an update of the writing day",
            "آخر تحديث: ديسمبر 23, 2020 - 11:37ص\nحطت بمطار الرباط سلا، أمس الثلاثاء، أول رحلة جوية مباشرة بين تل أبيب والرباط.",
            "2020-12-23",
            AnchorBasis::Inferred(Inference::WeekdayOfDate),
        ),
        (
            "yesterday cannot be after the update",
            "آخر تحديث: الأربعاء 24 نوفمبر 2021 - 19:40\nوقع الوزيران أمس الأربعاء مذكرة تفاهم.",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "an update line bounds the weekday",
            "آخر تحديث: 2021-01-08 10:00\nالتقى الوزير نظيره في مطلع يناير الجاري، وأعلن اليوم الثلاثاء عن الاتفاق.",
            "2021-01-05",
            AnchorBasis::Inferred(Inference::WeekdayInMonth),
        ),
    ];

    /// (name, page, expected anchor, basis): pages whose furniture holds dates that are not the
    /// article's (readers' comments, stamps relative to the day the page was saved, links) or
    /// whose date line needs the rest of the page.
    const PAGE_FURNITURE: &[(&str, &str, &str, AnchorBasis)] = &[
        (
            "a reader's comment stamp under the story",
            "عنوان الخبر\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز التعاون.\n\nالتعليقات (1)\n1 - مواطن\n12 يوليو 2021 - 09:10\nخطوة مهمة.",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "visitors' comments with a weekday stamp",
            "عنوان الخبر\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز التعاون.\n\nتعليقات الزوار\nمحمد\nالإثنين 12 يوليوز 2021 - 09:10\nخطوة مهمة.",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "an english comment stamp",
            "Israel and Morocco sign water deal\nThe two ministers signed an accord yesterday in Rabat, officials said, in a ceremony attended by dozens of guests.\n\n2 Comments\nDavid\nAugust 12, 2021 at 9:10 am\nGreat news.",
            "",
            AnchorBasis::Unknown,
        ),
        ("stamp hours before the page was saved", "عنوان الخبر\nهسبريس | منذ 3 ساعات | 2 دقائق قراءة\nقال الوزير إن البلدين وقعا اتفاقا أمس.", "", AnchorBasis::Unknown),
        ("english stamp hours ago", "Israel and Morocco sign water deal\n3 hours ago\nThe two ministers signed an accord yesterday.", "", AnchorBasis::Unknown),
        ("english stamp of today", "Israel and Morocco sign water deal\nBy TOI Staff\nToday, 4:12 pm\nThe two ministers signed an accord yesterday.", "", AnchorBasis::Unknown),
        ("french stamp hours ago", "Maroc-Israël : un accord\nil y a 3 heures\nLes deux ministres ont signé hier un accord.", "", AnchorBasis::Unknown),
        ("french published today", "Maroc-Israël : un accord\nLe Monde avec AFP Publié aujourd’hui à 14h32\nLes deux ministres ont signé hier un accord.", "", AnchorBasis::Unknown),
        ("french published yesterday", "Maroc-Israël : un accord\nPublié hier à 14h32, mis à jour à 16h10\nLes deux ministres ont signé hier un accord.", "", AnchorBasis::Unknown),
        ("an edited line alone", "عنوان الخبر\nحُدّث في: 12/08/2021 - 09:10\nقال الوزير إن البلدين وقعا اتفاقا أمس.", "", AnchorBasis::Unknown),
        ("an english edited line alone", "Israel and Morocco sign water deal\nLast edited: 12 Aug 2021\nThe two ministers signed an accord yesterday.", "", AnchorBasis::Unknown),
        ("a french refreshed line alone", "Maroc-Israël : un accord\nActualisé le 12 août 2021 à 09h30\nLes deux ministres ont signé hier un accord.", "", AnchorBasis::Unknown),
        (
            "a liveblog's entries",
            "Liveblog\nThe two ministers signed an accord yesterday in Rabat, officials said, in a ceremony attended by dozens of guests.\n\nGantz lands in Rabat\n10 August 2021, 9:12 pm\nLapid to visit Morocco\n9 August 2021, 4:05 pm",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "a url's date of today's weekday",
            "عنوان الخبر\nقال الوزير اليوم الأحد إن البلدين سيوقعان اتفاقا للتعاون في مجال المياه.\nاقرأ المقال الأصلي: https://www.hespress.com/politique/2021/07/11/maroc-israel.html",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "a dated url under the story",
            "عنوان الخبر\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز التعاون.\nhttps://www.hespress.com/politique/2021/07/11/maroc-israel.html",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "french stories to read after the body",
            "Maroc-Israël : un accord sur l'eau\nLes deux ministres ont signé hier à Rabat un accord de coopération dans le domaine de l'eau, en présence de nombreux responsables.\n\nÀ lire aussi\nGantz attendu à Rabat\n10 août 2021\nLapid à Casablanca\n9 août 2021",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "a banner with the weather above the menu and the story's line",
            "الإثنين 12 يوليوز 2021 | الرباط 24°\nالرئيسية سياسة اقتصاد\nعنوان الخبر\nالأحد 11 يوليوز 2021 - 22:15\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط بحضور عدد من المسؤولين من الجانبين.",
            "2021-07-11",
            AnchorBasis::Stated,
        ),
        (
            "agency dateline with no mark after the place",
            "الرباط 11 يوليوز 2021 (ومع) - قال وزير الخارجية إن البلدين وقعا أمس اتفاقا للتعاون في مجال المياه بالعاصمة الرباط بحضور عدد من المسؤولين.",
            "2021-07-11",
            AnchorBasis::Stated,
        ),
        (
            "a sentence's bracketed date is not a dateline",
            "وفي 10 ديسمبر 2020 (يوم الإعلان) وقع البلدان اتفاقا ثلاثيا بحضور عدد من المسؤولين من الجانبين.",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "yearless english wire dateline and a bare weekday",
            "RABAT, July 11 (Reuters) - Israel and Morocco signed an agreement on water cooperation on Sunday in Rabat, officials said.",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "a wire dateline with the city's country",
            "RABAT, Morocco, Aug. 11, 2021 - Morocco's foreign minister received the head of Israel's liaison office in Rabat yesterday, officials said.",
            "2021-08-11",
            AnchorBasis::Stated,
        ),
        (
            "a french wire dateline with the city's country",
            "Rabat, Maroc, 11 août 2021 - Le ministre des Affaires étrangères a reçu hier à Rabat le chef du bureau de liaison israélien.",
            "2021-08-11",
            AnchorBasis::Stated,
        ),
        (
            "a sentence opened by a place, a time and a date is no dateline",
            "In Rabat, on Aug. 11, 2021, Morocco's foreign minister received the head of Israel's liaison office, officials said.",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "a caption opened by a place and a date",
            "Maroc-Israël: un accord\n\nRabat, mardi 26 juillet 2022 : le ministre israélien de la Justice Gideon Saar, reçu par Abdellatif Ouahbi.\n\nLes deux ministres ont signé un accord de coopération judiciaire à Rabat.",
            "2022-07-26",
            AnchorBasis::Stated,
        ),
        (
            "a print version's foot date alone",
            "Israel and Morocco sign water deal\nThe two ministers signed an accord yesterday in Rabat, officials said, in a ceremony attended by dozens of guests.\nPrinted on March 12, 2024",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "an arabic print date under the story's line",
            "عنوان الخبر\n11 أغسطس 2021 - 14:32\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز التعاون.\nتاريخ الطباعة: 12/03/2024",
            "2021-08-11",
            AnchorBasis::Stated,
        ),
        ("a french print date alone", "Maroc-Israël : un accord\nLes deux ministres ont signé hier un accord.\nImprimé le 12/03/2024", "", AnchorBasis::Unknown),
        ("a citation's access date alone", "Israel and Morocco sign water deal\nThe two ministers signed an accord yesterday.\nAccessed 12 March 2024", "", AnchorBasis::Unknown),
        (
            "a current-date banner two days off the story's today",
            "10 مارس 2024\nعنوان الخبر\nاستقبل وزير الخارجية اليوم الأربعاء بالرباط رئيس مكتب الاتصال الإسرائيلي، بعد توقيع اتفاق المياه يوم 11 أغسطس 2021، وبحث معه سبل تعزيز التعاون.",
            "2021-08-11",
            AnchorBasis::Inferred(Inference::WeekdayOfDate),
        ),
        (
            "a hijri-first banner two days off the story's today",
            "الأحد 29 شعبان 1445 هـ الموافق 10 مارس 2024\nعنوان الخبر\nاستقبل وزير الخارجية اليوم الأربعاء بالرباط رئيس مكتب الاتصال الإسرائيلي، وبحث معه سبل تعزيز التعاون في مجالات عدة.",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "a hijri-first line of the day the story names",
            "الأربعاء 3 محرم 1443 هـ الموافق 11 أغسطس 2021\nعنوان الخبر\nاستقبل وزير الخارجية اليوم الأربعاء بالرباط رئيس مكتب الاتصال الإسرائيلي، وبحث معه سبل تعزيز التعاون في مجالات عدة.",
            "2021-08-11",
            AnchorBasis::Stated,
        ),
        (
            "a date line the day after the story's today",
            "الخميس 12 أغسطس 2021 - 00:40\nعنوان الخبر\nاستقبل وزير الخارجية اليوم الأربعاء بالرباط رئيس مكتب الاتصال الإسرائيلي، وبحث معه سبل تعزيز التعاون في مجالات عدة.",
            "2021-08-12",
            AnchorBasis::Stated,
        ),
        (
            "a dated headline above the story's date line",
            "هسبريس\n22 دجنبر 2020: ذكرى أولى\nالأربعاء 22 دجنبر 2021 - 10:00\nوقع الوزيران اتفاقا للتعاون في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز العلاقات الثنائية.",
            "2021-12-22",
            AnchorBasis::Stated,
        ),
        (
            "an english dated headline above the byline's date",
            "The Times of Israel\nDecember 10, 2020: A year on\nBy TOI Staff\n10 December 2021, 6:02 pm\nA year ago today, Morocco and Israel announced they would restore diplomatic relations, in a deal brokered by the United States.",
            "2021-12-10",
            AnchorBasis::Stated,
        ),
        (
            "a file's dated title above the story's date line",
            "الأحداث المغربية\nملف: 22 دجنبر 2020\nالأربعاء 22 دجنبر 2021\nوقع الوزيران اتفاقا للتعاون في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز العلاقات الثنائية.",
            "2021-12-22",
            AnchorBasis::Stated,
        ),
        (
            "a dated headline above two lines that disagree",
            "22 دجنبر 2020: ذكرى أولى\nالثلاثاء 21 دجنبر 2021\nالأربعاء 22 دجنبر 2021\nوقع الوزيران اتفاقا للتعاون في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز العلاقات الثنائية.",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "a labelled line is kept against the story's today",
            "نشر في: 12 مارس 2024\nعنوان الخبر\nاستقبل وزير الخارجية اليوم الأربعاء بالرباط رئيس مكتب الاتصال الإسرائيلي، وبحث معه سبل تعزيز التعاون في مجالات عدة.",
            "2024-03-12",
            AnchorBasis::Stated,
        ),
        (
            "a most-read block above the story's date line",
            "اليوم 24\nالرئيسية سياسة مجتمع رياضة\n\nالأكثر قراءة\nالحكومة تمدد حظر التجول الليلي\nالأحد 18 يوليو 2021 - 20:10\nوفاة فنان مغربي شهير\nالسبت 24 يوليو 2021 - 09:00\n\nأول رحلة مباشرة بين مراكش وتل أبيب\nالأحد 25 يوليو 2021 - 13:05\n\nحطت بمطار مراكش المنارة أول طائرة تقوم برحلة مباشرة بين إسرائيل والمغرب، وعلى متنها أزيد من مائة سائح إسرائيلي، وفق مصادر من المطار.",
            "2021-07-25",
            AnchorBasis::Stated,
        ),
        (
            "an english trending block above the story's date",
            "Morocco World News\nHome | Morocco | World | Economy\n\nTrending\nMorocco extends state of emergency\nNovember 22, 2021\nHeavy rains expected in the north\nNovember 23, 2021\n\nMorocco, Israel Sign Defense Agreement\nBy Yahia Hatim\nNovember 24, 2021\n\nIsrael's defense minister and Morocco's minister for defense signed a memorandum of understanding in Rabat, setting a framework for security cooperation.",
            "2021-11-24",
            AnchorBasis::Stated,
        ),
        (
            "a french most-read block above the story's date",
            "Hespress FR\nAccueil | Politique | Economie | Société\n\nLes plus lus\nLe pass vaccinal obligatoire dès lundi\n20 décembre 2021\nFermeture des frontières prolongée\n21 décembre 2021\n\nOmer Bar-Lev reçu à Rabat\nPar Hespress FR\n22 décembre 2021 à 15:20\n\nLe ministre de l'Intérieur a reçu à Rabat le ministre israélien de la Sécurité publique, Omer Bar-Lev, en visite officielle au Royaume à la tête d'une importante délégation.",
            "2021-12-22",
            AnchorBasis::Stated,
        ),
        (
            "a most-read block alone gives no date",
            "هسبريس\n\nالأكثر قراءة\nالحكومة تمدد حظر التجول الليلي\nالأحد 18 يوليو 2021 - 20:10\nوفاة فنان مغربي شهير\nالسبت 24 يوليو 2021 - 09:00\n\nأول رحلة مباشرة بين مراكش وتل أبيب\n\nحطت بمطار مراكش المنارة أول طائرة تقوم برحلة مباشرة بين إسرائيل والمغرب، وعلى متنها أزيد من مائة سائح إسرائيلي، وفق مصادر من المطار.",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "a most-read block of the story's own day",
            "الأكثر قراءة\nالحكومة تمدد حظر التجول الليلي\nالأحد 25 يوليو 2021 - 09:10\n\nعنوان الخبر\nالأحد 25 يوليو 2021 - 13:05\n\nحطت بمطار مراكش المنارة أول طائرة تقوم برحلة مباشرة بين إسرائيل والمغرب، وعلى متنها أزيد من مائة سائح إسرائيلي، وفق مصادر من المطار.",
            "2021-07-25",
            AnchorBasis::Stated,
        ),
        (
            "a date line under a bare share button",
            "حكومة أخنوش تستقبل وزيرا إسرائيليا\nشارك\nالأربعاء 22 دجنبر 2021 - 14:00\n\nاستقبل وزير الداخلية عبد الوافي لفتيت بالرباط وزير الأمن الداخلي الإسرائيلي عومير بارليف، الذي يقوم بزيارة رسمية للمملكة على رأس وفد.",
            "2021-12-22",
            AnchorBasis::Stated,
        ),
        (
            "a french date line under a share button",
            "Le Maroc et Israël signent un accord\nPartager\n11 août 2021 à 14h32\nLes deux ministres ont signé un accord à Rabat, selon des responsables, lors d'une cérémonie en présence de dizaines d'invités.",
            "2021-08-11",
            AnchorBasis::Stated,
        ),
        (
            "a date line under the networks' share buttons",
            "Israel and Morocco sign deal\nFacebook Twitter WhatsApp Email\nAugust 11, 2021\nThe two ministers signed an accord in Rabat, officials said, in a ceremony attended by dozens of guests from both sides.",
            "2021-08-11",
            AnchorBasis::Stated,
        ),
        (
            "a share button under the body is no related list",
            "عنوان الخبر\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز التعاون.\nشارك\n11 أغسطس 2021",
            "2021-08-11",
            AnchorBasis::Stated,
        ),
        (
            "a trending block up to the repeated headline",
            "Israel and Morocco sign deal\nTrending\nGantz lands in Rabat\nAugust 10, 2021\nIsrael and Morocco sign deal\nAugust 11, 2021\nThe two ministers signed an accord in Rabat, officials said, in a ceremony attended by dozens of guests from both sides.",
            "2021-08-11",
            AnchorBasis::Stated,
        ),
        (
            "a most-read block up to the byline",
            "اليوم 24\nالأكثر قراءة\nالحكومة تمدد حظر التجول الليلي\nالأحد 18 يوليو 2021 - 20:10\nوفاة فنان مغربي شهير\nالسبت 24 يوليو 2021 - 09:00\nأول رحلة مباشرة بين مراكش وتل أبيب\nكتب: محمد بلقاسم\nالأحد 25 يوليو 2021 - 13:05\nحطت بمطار مراكش المنارة أول طائرة تقوم برحلة مباشرة بين إسرائيل والمغرب، وعلى متنها أزيد من مائة سائح إسرائيلي، وفق مصادر من المطار.",
            "2021-07-25",
            AnchorBasis::Stated,
        ),
        (
            "a french most-read block up to the byline",
            "Les plus lus\nLe pass vaccinal obligatoire dès lundi\n20 décembre 2021\nOmer Bar-Lev reçu à Rabat\nPar Hespress FR\n22 décembre 2021 à 15:20\nLe ministre de l'Intérieur a reçu à Rabat le ministre israélien de la Sécurité publique, Omer Bar-Lev, en visite officielle au Royaume.",
            "2021-12-22",
            AnchorBasis::Stated,
        ),
        (
            "a trending block with nothing that opens the story",
            "Morocco World News\nTrending\nGantz lands in Rabat\nAugust 10, 2021\nLapid to visit Morocco\nAugust 9, 2021\nThe two ministers signed an accord in Rabat, officials said, in a ceremony attended by dozens of guests from both sides.",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "a zone told in words between brackets",
            "i24NEWS\n22 décembre 2021 à 16:10 (heure d'Israël)\nOmer Bar-Lev reçu à Rabat\nLe ministre israélien de la Sécurité publique a été reçu hier à Rabat par le ministre marocain de l'Intérieur.",
            "2021-12-22",
            AnchorBasis::Stated,
        ),
        (
            "an english zone between brackets",
            "Title\nAugust 11, 2021, 9:12 pm (Israel Standard Time)\nThe two ministers signed an accord yesterday in Rabat, officials said.",
            "2021-08-11",
            AnchorBasis::Stated,
        ),
        (
            "a remark between brackets is not a zone",
            "Title\nAugust 11, 2021 (the day the time capsule opened in Rabat)\nThe two ministers signed an accord yesterday in Rabat, officials said.",
            "",
            AnchorBasis::Unknown,
        ),
        (
            "a publication label opening a byline",
            "The North Africa Post\nPosted by: North Africa Post June 14, 2021\nAn Israeli business delegation arrived in Casablanca yesterday to explore investment opportunities.",
            "2021-06-14",
            AnchorBasis::Stated,
        ),
        (
            "a french publication label opening a byline",
            "Titre\nPublié par Karim Serraj le 10/12/2021 à 11h00\nLe ministre a reçu hier son homologue israélien à Rabat.",
            "2021-12-10",
            AnchorBasis::Stated,
        ),
        (
            "a range headline above the byline's date",
            "Le360\n10 décembre 2020 - 10 décembre 2021\nPar Karim Serraj le 10/12/2021 à 11h00\nIl y a un an, le Maroc et Israël annonçaient la reprise de leurs relations diplomatiques, sous l'égide des Etats-Unis.",
            "2021-12-10",
            AnchorBasis::Stated,
        ),
        (
            "an arabic range headline above the date line",
            "هسبريس\nمن 10 ديسمبر 2020 إلى 10 ديسمبر 2021\nالجمعة 10 دجنبر 2021 - 11:00\nقبل عام أعلن المغرب وإسرائيل استئناف العلاقات الدبلوماسية بينهما تحت رعاية الولايات المتحدة في إطار اتفاق ثلاثي.",
            "2021-12-10",
            AnchorBasis::Stated,
        ),
        (
            "a range headline alone",
            "Le360\n10 décembre 2020 – 10 décembre 2021\nIl y a un an, le Maroc et Israël annonçaient la reprise de leurs relations diplomatiques, sous l'égide des Etats-Unis.",
            "",
            AnchorBasis::Unknown,
        ),
    ];

    /// (name, text): a label's date that ends a sentence, not a date line.
    const LABEL_IN_A_SENTENCE: &[(&str, &str)] = &[
        ("french report published", "Titre\nSelon un rapport annuel publié le 11 août 2021.\nLe ministre a signé hier un accord."),
        ("arabic report published", "عنوان\nوبحسب التقرير الأممي الذي نشر في 11 غشت 2021.\nووقع الوزير أمس اتفاقا."),
        ("a label after many words", "Titre\nLe texte que le quotidien a longuement commenté a été publié le 11 août 2021\nLe ministre a signé hier un accord."),
    ];

    #[test]
    fn label_in_a_sentence() {
        let lex = Lexicons::builtin();
        for (name, text) in LABEL_IN_A_SENTENCE {
            let doc = Document::new(Article::from_text("a.txt", text), &lex);
            let mentions = find_dates(&doc, &lex.dates);
            let anchor = find_anchor(&doc, &mentions, &lex.dates, None);
            assert_eq!(anchor.basis, AnchorBasis::Unknown, "{name}: {mentions:#?}");
        }
        crate::test_support::assert_unique_names(LABEL_IN_A_SENTENCE.iter().map(|c| c.0));
    }

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
            let doc = Document::new(Article::from_text("a.txt", text), &lex);
            let mentions = find_dates(&doc, &lex.dates);
            let anchor = find_anchor(&doc, &mentions, &lex.dates, None);
            let got = anchor.date.map(|d| d.to_string()).unwrap_or_default();
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

    /// (name, text, expected anchor): a relative day naming its weekday beside the text's
    /// latest date, written with its weekday, of the day before that weekday.
    const NEXT_TO_A_DATED_DAY: &[(&str, &str, &str)] = &[
        ("arabic today after an evening", "عنوان\nوقع وزير الدفاع الإسرائيلي ونظيره المغربي، اليوم الأربعاء، مذكرة تفاهم في الرباط، بعد وصوله مساء الثلاثاء 23 نوفمبر 2021 إلى المغرب.", "2021-11-24"),
        ("arabic yesterday after an evening", "عنوان\nوقع وزير الدفاع الإسرائيلي ونظيره المغربي، أمس الأربعاء، مذكرة تفاهم في الرباط، بعد وصوله مساء الثلاثاء 23 نوفمبر 2021 إلى المغرب.", "2021-11-25"),
        // "ce mercredi" is this week's Wednesday, told on it or on a day after.
        ("french ce weekday", "Titre\nLe ministre israélien de la Défense, arrivé le mardi 23 novembre 2021 à Rabat, a signé ce mercredi un mémorandum d'entente avec son homologue.", ""),
        ("french hier weekday", "Titre\nLe ministre israélien a signé hier mercredi un mémorandum avec le Maroc, au lendemain de son arrivée le mardi 23 novembre 2021 à Rabat.", "2021-11-25"),
        ("english today weekday", "Title\nIsrael's defense minister signed a memorandum with Morocco today, Wednesday, a day after landing in Rabat on Tuesday, November 23, 2021.", "2021-11-24"),
        ("a date without its weekday", "عنوان\nوقع الوزيران اليوم الأربعاء مذكرة تفاهم في الرباط، بعد وصول الوزير في 23 نوفمبر 2021 إلى المغرب.", ""),
        ("two days before", "عنوان\nوقع الوزيران اليوم الخميس مذكرة تفاهم في الرباط، بعد وصول الوزير مساء الثلاثاء 23 نوفمبر 2021 إلى المغرب.", ""),
        ("not the latest date", "عنوان\nوقع الوزيران اليوم الأربعاء مذكرة تفاهم، بعد لقاء الثلاثاء 23 نوفمبر 2021 وقبل زيارة مقررة في 2 ديسمبر 2021.", ""),
        ("a date in another paragraph", "عنوان\nوقع الوزيران اليوم الأربعاء مذكرة تفاهم في الرباط.\n\nفقرة ثانية.\n\nفقرة ثالثة.\n\nوكان الاتفاق الثلاثي قد وقع الثلاثاء 22 ديسمبر 2020.", ""),
    ];

    #[test]
    fn next_to_a_dated_day() {
        let lex = Lexicons::builtin();
        for (name, text, expected) in NEXT_TO_A_DATED_DAY {
            let doc = Document::new(Article::from_text("a.txt", text), &lex);
            let mentions = find_dates(&doc, &lex.dates);
            let anchor = find_anchor(&doc, &mentions, &lex.dates, None);
            let got = anchor.date.map(|d| d.to_string()).unwrap_or_default();
            let basis = if expected.is_empty() { AnchorBasis::Unknown } else { AnchorBasis::Inferred(Inference::WeekdayOfDate) };
            assert_eq!((got.as_str(), anchor.basis), (*expected, basis), "{name}: {mentions:#?}");
        }
        crate::test_support::assert_unique_names(NEXT_TO_A_DATED_DAY.iter().map(|c| c.0));
    }

    #[test]
    fn page_furniture() {
        let lex = Lexicons::builtin();
        for (name, text, expected, basis) in PAGE_FURNITURE {
            let doc = Document::new(Article::from_text("a.txt", text), &lex);
            let mentions = find_dates(&doc, &lex.dates);
            let anchor = find_anchor(&doc, &mentions, &lex.dates, None);
            let got = anchor.date.map(|d| d.to_string()).unwrap_or_default();
            assert_eq!((got.as_str(), anchor.basis), (*expected, *basis), "{name}: {mentions:#?}");
        }
        crate::test_support::assert_unique_names(PAGE_FURNITURE.iter().map(|c| c.0));
    }

    #[test]
    fn anchors() {
        let lex = Lexicons::builtin();
        for (name, text, expected, basis) in CASES {
            let doc = Document::new(Article::from_text("a.txt", text), &lex);
            let mentions = find_dates(&doc, &lex.dates);
            let anchor = find_anchor(&doc, &mentions, &lex.dates, None);
            let got = anchor.date.map(|d| d.to_string()).unwrap_or_default();
            assert_eq!((got.as_str(), anchor.basis), (*expected, *basis), "{name}: {mentions:#?}");
        }
    }

    /// (name, the first line of a page, the publication day it states). Each page goes on
    /// with a title and a sentence dated "أمس".
    const DATE_LINE_LAYOUTS: &[(&str, &str, &str)] = &[
        ("weekday day month year time", "الاثنين 14 مارس 2022 - 10:35", "2022-03-14"),
        ("dotted numbers", "03.02.2021", "2021-02-03"),
        ("dashed numbers and time after a bar", "17-06-2021 | 18:05", "2021-06-17"),
        ("slashed year first", "2020/12/23", "2020-12-23"),
        ("iso in arabic-indic digits", "٢٠٢١-١١-٢٥", "2021-11-25"),
        ("month name in arabic-indic digits", "٩ أغسطس ٢٠٢١", "2021-08-09"),
        ("levantine pair with comma and morning time", "الأربعاء، 22 كانون الأول/ديسمبر 2021، 09:10 صباحاً", "2021-12-22"),
        ("city before the weekday", "الرباط: الخميس 10 ديسمبر 2020", "2020-12-10"),
        ("time zone after the time", "26 يوليو 2022 - 14:20 بتوقيت غرينتش", "2022-07-26"),
        ("label with time words", "نشر في 19 نونبر 2022 الساعة 09:00", "2022-11-19"),
        ("city with the preposition في", "تل أبيب في 12 أغسطس 2021", "2021-08-12"),
        ("english label with zone", "Published: 24/11/2021 10:35 GMT+1", "2021-11-24"),
        ("all glued", "7فيفري2021", "2021-02-07"),
        ("gregorian marker", "السبت 19 نونبر 2022 م", "2022-11-19"),
        ("byline field", "كتب: يوسف بنعلي | الأحد 25 يوليو 2021", "2021-07-25"),
        ("reading-time field", "منذ ساعتين • 15 يوليو 2021", "2021-07-15"),
        ("numbers with weekday and morning mark", "الثلاثاء 26/01/2021 - 05:34 ص", "2021-01-26"),
        ("update first then published", "آخر تحديث: الأربعاء 25 نوفمبر 2020 - نشر: الثلاثاء 24 نوفمبر 2020", "2020-11-24"),
        ("french labels", "Mis à jour le 15/03/2022 - Publié le 14/03/2022", "2022-03-14"),
        ("added label", "تاريخ الإضافة 30/09/2021 - 11:02", "2021-09-30"),
        ("comma before the year", "28 مارس, 2022", "2022-03-28"),
        ("spaced dashes", "12 - 08 - 2021", "2021-08-12"),
        ("spaced slashes year first", "2021 / 08 / 12", "2021-08-12"),
        ("month name between slashes", "الخميس 12/أغسطس/2021", "2021-08-12"),
        ("month name between dashes", "12-غشت-2021 | 09:15", "2021-08-12"),
        ("spaced numbers with weekday and time", "الخميس 12 - 08 - 2021 - 09:15", "2021-08-12"),
        ("label before spaced numbers", "تاريخ النشر : 12 / 08 / 2021", "2021-08-12"),
        ("iso timestamp with zone", "2021-08-12T09:15:00+01:00", "2021-08-12"),
        ("label before iso timestamp", "نشر في 2021-08-12T09:15:00Z", "2021-08-12"),
        ("french label with hour mark", "Publié le 12 août 2021 à 09h15", "2021-08-12"),
        ("french published then updated", "Publié le 12 août 2021 à 09h15 Mis à jour le 13 août 2021 à 11h02", "2021-08-12"),
        ("english abbreviated month", "Published: Aug 12, 2021 09:15", "2021-08-12"),
        ("english published then updated", "Published: Aug 12, 2021 09:15 Updated: Aug 13, 2021 11:02", "2021-08-12"),
        ("french byline with a dash", "Par Nadia Benali - 12 août 2021", "2021-08-12"),
        ("arabic byline with a dash", "كتب: سعيد الإدريسي - الخميس 12 غشت 2021", "2021-08-12"),
        ("english byline with a dash", "By Sarah Cohen – August 12, 2021", "2021-08-12"),
        ("english byline after the date", "Posted on 08/13/2021 at 9:15 am EDT by Staff Writer", "2021-08-13"),
        ("english byline after a zone", "Published: Aug 12, 2021, 4:05 pm IDT By Sarah Cohen", "2021-08-12"),
        ("english zone spelled out", "August 12, 2021 at 9:15 am Israel time", "2021-08-12"),
        ("byline name before the date", "By TOI Staff 12 August 2021, 4:12 pm", "2021-08-12"),
        ("byline of two names before the date", "By Sarah Cohen and Agencies 12 August 2021, 4:12 pm", "2021-08-12"),
        ("french byline name before the date", "Par Mohammed Ould Boah le 12/08/2021 à 14h32", "2021-08-12"),
        ("byline with a place after the date", "By Safaa Kasraoui - Aug 12, 2021 Rabat", "2021-08-12"),
        ("hijri then gregorian with an issue number", "الخميس - 4 محرم 1443 هـ - 12 أغسطس 2021 مـ رقم العدد [15598]", "2021-08-12"),
        ("levantine pair with a slash and a space", "12 أغسطس/ آب 2021", "2021-08-12"),
        ("time and zone before the date", "Published 4:12 PM GMT+1, August 12, 2021", "2021-08-12"),
        ("wire footer after the agency", "الرباط/ الأناضول 12.08.2021", "2021-08-12"),
        ("reading-time and site before the date", "RT Arabic 12.08.2021 14:32", "2021-08-12"),
        ("english weekday with a dash and time", "Thursday, August 12, 2021 - 16:12", "2021-08-12"),
        ("agency in brackets after a dashed date", "الرباط 12-8-2021 (ومع) -", "2021-08-12"),
        ("french agency dateline", "Rabat, 12/08/2021 (MAP) -", "2021-08-12"),
        ("french site field then the date with its hour", "Le360 avec MAP | Le 12/08/2021 à 14h32", "2021-08-12"),
        ("french byline then the date with its hour", "Par Le360 (avec MAP) le 12/08/2021 à 9h05", "2021-08-12"),
        ("author field and reading time", "بواسطة: محمد الراجي | 12 أغسطس 2021 | 3 دقائق قراءة", "2021-08-12"),
        ("place and site credit before the date", "الرباط - هسبريس: الأحد 11 يوليوز 2021 - 22:15", "2021-07-11"),
        ("site field then the date at an hour", "le360 عربية | 11/07/2021 على الساعة 22:15", "2021-07-11"),
        ("published and updated with their times", "تاريخ النشر: 11/07/2021 - 22:15 | آخر تحديث: 12/07/2021 - 09:30", "2021-07-11"),
        ("labels with a mecca time", "نشر في: 11/7/2021 - آخر تحديث: 12/7/2021 10:32 PM (مكة المكرمة)", "2021-07-11"),
        ("date then an update glued to its time", "11/7/2021|آخر تحديث: 12/7/202110:32 PM (مكة المكرمة)", "2021-07-11"),
        ("year glued to the time", "11 يوليوز 202111:30", "2021-07-11"),
        ("english year glued to the time and update", "July 11, 202110:32 PM GMT+1Updated 3 years ago", "2021-07-11"),
        ("english year glued to a one-digit hour", "July 11, 20219:32 PM GMT+1", "2021-07-11"),
        ("year glued to the update's day", "11 Aug 202111 Aug 2021", "2021-08-11"),
        ("credit ended by a full stop", "Rabat - Morocco World News. 11 August 2021", "2021-08-11"),
        ("unlabelled byline after the date", "11 août 2021 à 14:32 Par Jeune Afrique Mis à jour le 12 août 2021 à 09:30", "2021-08-11"),
        ("site and place before the date with a views field", "أخبارنا المغربية - الرباط | الأحد 11 يوليوز 2021 - 22:15 | مشاهدات: 1520", "2021-07-11"),
        ("english ordinal day", "i24NEWS | Published: August 11th 2021 - 10:32 pm", "2021-08-11"),
        ("english reading time after the zone", "August 11, 2021 4:05 PM UTC · 2 min read", "2021-08-11"),
        ("french site name before the date", "Le Matin 11 Août 2021 À 14:32", "2021-08-11"),
        ("french published then modified", "Publié le 11/08/2021 à 14:32 - Modifié le 12/08/2021 à 09:30", "2021-08-11"),
        ("french agency after the label", "Publié le: 11 août 2021 - MAP", "2021-08-11"),
        ("arabic evening mark", "11 يوليو 2021 - 10:32 مساءً", "2021-07-11"),
        ("mecca time spelled out", "11 يوليو 2021 10:32 م بتوقيت مكة المكرمة", "2021-07-11"),
        ("gmt offset after the time", "11 يوليو 2021 - 22:32 GMT+1", "2021-07-11"),
        ("date label bitarikh", "بتاريخ: 11 يوليوز 2021 - 22:15", "2021-07-11"),
        ("byline then bitarikh", "بقلم: سعيد الإدريسي بتاريخ 11 يوليوز 2021", "2021-07-11"),
        ("hijri then gregorian after the label", "نشر في: الأحد 1 ذو الحجة 1442هـ - 11 يوليو 2021م", "2021-07-11"),
        ("dotted date with its time and an update", "11.07.2021 - 21:40 تحديث: 12.07.2021 - 09:10", "2021-07-11"),
        ("english label then the year glued to the update's day", "Published On 11 Aug 202111 Aug 2021", "2021-08-11"),
        ("english comma after the month", "Wednesday, 11 August, 2021 - 11:00", "2021-08-11"),
        ("comma before the year and a gulf zone", "نشر في: 11 أغسطس ,2021: 03:55 م GST آخر تحديث: 11 أغسطس ,2021: 06:55 م GST", "2021-08-11"),
        ("abu dhabi time", "نشر في: 11 أغسطس 2021 - 15:32 بتوقيت أبوظبي", "2021-08-11"),
        ("edited label after the published one", "نشرت في: 11/08/2021 - 15:32 عدل في: 12/08/2021 - 09:10", "2021-08-11"),
        ("french date label", "Date : 11/08/2021", "2021-08-11"),
        ("anadolu byline glued to a bar and an update", "Ahmed Asmar   |11.08.2021 - Update : 12.08.2021", "2021-08-11"),
        ("french dotted date and hour", "11.08.2021 à 14h32", "2021-08-11"),
        ("english comma after the year and time", "Aug 11, 2021, 4:05 pm", "2021-08-11"),
        ("french zone in brackets", "11 août 2021 à 14:32 (GMT+1)", "2021-08-11"),
        ("arabic-indic time and evening mark", "١١ أغسطس ٢٠٢١ - ١٠:٣٢ م", "2021-08-11"),
        ("iso timestamp after a field name", "datePublished: 2021-08-11T14:32:00+01:00", "2021-08-11"),
        ("english published then modified", "Published August 11, 2021 | Modified August 12, 2021", "2021-08-11"),
        ("english updated first then published", "Updated August 12, 2021 09:30 | Published August 11, 2021 22:15", "2021-08-11"),
        ("french published then refreshed", "Publié le 11 août 2021 à 14h32, actualisé le 12 août 2021 à 09h30", "2021-08-11"),
        ("arabic label with a dash", "تاريخ النشر - 11 أغسطس 2021", "2021-08-11"),
        ("english ordinal of the month", "Wednesday 11th of August 2021", "2021-08-11"),
        ("american clock letters and zone initials", "August 11, 2021 at 10:32 p.m. ET", "2021-08-11"),
        ("french label le before numbers and hour", "Le 11/08/2021 à 14h32", "2021-08-11"),
        ("french credit before the label on one line", "Le Monde avec AFP Publié le 11 août 2021 à 14h32 - Mis à jour le 12 août 2021 à 16h10", "2021-08-11"),
        ("french update label then reading time", "Publié le 11 août 2021 à 14h32 Mis à jour le 11 août 2021 à 16h10 Temps de lecture 2 min.", "2021-08-11"),
        ("arabic site and author before the label", "هسبريس - محمد الراجي نشر في 11 غشت 2021 على الساعة 14:32", "2021-08-11"),
        ("place and writer before a dash", "الرباط: محمد بوخزار - 11 أغسطس 2021", "2021-08-11"),
        ("english agency before the label", "Reuters staff Published August 11, 2021 Updated August 12, 2021", "2021-08-11"),
    ];

    #[test]
    fn date_line_layouts() {
        let lex = Lexicons::builtin();
        for (name, line, expected) in DATE_LINE_LAYOUTS {
            let text = format!("{line}\n\nعنوان الخبر\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط.\n");
            let doc = Document::new(Article::from_text("a.txt", &text), &lex);
            let mentions = find_dates(&doc, &lex.dates);
            let anchor = find_anchor(&doc, &mentions, &lex.dates, None);
            let got = anchor.date.map(|d| d.to_string()).unwrap_or_default();
            assert_eq!((got.as_str(), anchor.basis), (*expected, AnchorBasis::Stated), "{name}: {line}");
        }
        crate::test_support::assert_unique_names(DATE_LINE_LAYOUTS.iter().map(|c| c.0));
    }

    #[test]
    fn a_month_anchor_places_day_level_expressions_in_its_month() {
        let lex = Lexicons::builtin();
        let text = "وقع البلدان اتفاقا في 10 ديسمبر 2020. وزار الوفد الرباط في مطلع يناير الجاري، والتقى الوزير نظيره أمس، ثم الأربعاء، وفي الشهر الماضي.";
        let doc = Document::new(Article::from_text("a.txt", text), &lex);
        let dates = crate::dates::ArticleDates::analyse(&doc, &lex.dates, None);
        assert_eq!(dates.anchor.date.map(|d| d.to_string()).as_deref(), Some("2021-01"));
        let got: Vec<(String, String)> = dates
            .mentions
            .iter()
            .zip(&dates.resolved)
            .map(|(m, r)| (doc.norm.text[m.range.clone()].to_string(), r.map(|r| r.value.to_string()).unwrap_or_default()))
            .collect();
        for (phrase, value) in [("امس", "2021-01"), ("الاربعاء", "2021-01"), ("الشهر الماضي", "2020-12"), ("10 ديسمبر 2020", "2020-12-10")] {
            assert!(got.iter().any(|(p, v)| p.contains(phrase) && v == value), "{phrase} = {value}: {got:?}");
        }
    }

    #[test]
    fn manifest_overrides_the_text() {
        let lex = Lexicons::builtin();
        let doc = Document::new(Article::from_text("a.txt", "نشر: 2021-11-24\nنص."), &lex);
        let mentions = find_dates(&doc, &lex.dates);
        let entry = ManifestEntry { published: NaiveDate::from_ymd_opt(2021, 11, 25).map(DateValue::day), ..ManifestEntry::default() };
        let anchor = find_anchor(&doc, &mentions, &lex.dates, Some(&entry));
        assert_eq!((anchor.date.unwrap().to_string().as_str(), anchor.basis), ("2021-11-25", AnchorBasis::Manifest));
    }

    /// (name, article text, manifest `published` cell, manifest url, expected anchor, basis).
    const MANIFEST_CASES: &[(&str, &str, &str, &str, &str, AnchorBasis)] = &[
        ("month-only row", "وقع المغرب وإسرائيل، أمس، اتفاقا.", "2020-12", "", "2020-12", AnchorBasis::Manifest),
        ("year-only row", "وقع المغرب وإسرائيل، أمس، اتفاقا.", "2021", "", "2021", AnchorBasis::Manifest),
        ("a stated day refines the month", "نشر: 2020-12-22\nنص.", "2020-12", "", "2020-12-22", AnchorBasis::Stated),
        ("a stated day outside the month does not", "نشر: 2021-01-03\nنص.", "2020-12", "", "2020-12", AnchorBasis::Manifest),
        ("a manifest day is the user's word", "نشر: 2021-11-24\nنص.", "2021-11-25", "", "2021-11-25", AnchorBasis::Manifest),
        ("url day alone", "وقع الاتفاق أمس.", "", "https://example.com/2021/07/25/story", "2021-07-25", AnchorBasis::Url),
        ("text within a day of the url wins", "نشر: 2021-07-24\nنص.", "", "https://example.com/2021/07/25/story", "2021-07-24", AnchorBasis::Stated),
        ("url wins over a text day far from it", "نشر: 2021-07-20\nنص.", "", "https://example.com/2021/07/25/story", "2021-07-25", AnchorBasis::Url),
        ("url month refined by the text", "نشر: 2022-08-03\nنص.", "", "https://example.com/2022/08/story", "2022-08-03", AnchorBasis::Stated),
        ("published cell before the url", "نص.", "2021-07-26", "https://example.com/2021/07/25/story", "2021-07-26", AnchorBasis::Manifest),
        ("empty row leaves the text", "نشر: 2021-11-24\nنص.", "", "https://example.com/article/1608666479", "2021-11-24", AnchorBasis::Stated),
    ];

    #[test]
    fn manifest_and_text() {
        let lex = Lexicons::builtin();
        for (name, text, published, url, expected, basis) in MANIFEST_CASES {
            let doc = Document::new(Article::from_text("a.txt", text), &lex);
            let mentions = find_dates(&doc, &lex.dates);
            let entry = ManifestEntry {
                published: crate::corpus::parse_published(published).unwrap(),
                url_date: crate::corpus::url_date(url),
                url: url.to_string(),
                ..ManifestEntry::default()
            };
            let anchor = find_anchor(&doc, &mentions, &lex.dates, Some(&entry));
            let got = anchor.date.map(|d| d.to_string()).unwrap_or_default();
            assert_eq!((got.as_str(), anchor.basis), (*expected, *basis), "{name}");
        }
        crate::test_support::assert_unique_names(MANIFEST_CASES.iter().map(|c| c.0));
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
            let doc = Document::new(Article::from_text("a.txt", text), &lex);
            let mentions = find_dates(&doc, &lex.dates);
            let m = mentions.iter().find(|m| doc.norm.text[m.range.clone()].to_lowercase() == phrase.to_lowercase()).unwrap_or_else(|| panic!("{name}: {mentions:#?}"));
            let clue = BorrowClue::of(&m.expr, publication_weekday(&mentions));
            let got = clue.map(|c| c.publication_days(day(event_day).unwrap())).unwrap_or_default();
            let got: Vec<String> = got.iter().map(|d| d.to_string()).collect();
            assert_eq!(got.join(" "), *expected, "{name}");
        }
        crate::test_support::assert_unique_names(BORROW_CLUES.iter().map(|c| c.0));
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
            let doc = Document::new(Article::from_text("a.txt", text), &lex);
            let mentions = find_dates(&doc, &lex.dates);
            let m = mentions.iter().find(|m| doc.norm.text[m.range.clone()] == **phrase).unwrap_or_else(|| panic!("{name}: {mentions:#?}"));
            let clue = BorrowClue::of(&m.expr, publication_weekday(&mentions));
            assert_eq!(clue.is_some_and(|c| c.fixes_a_named_day()), *expected, "{name}");
        }
        crate::test_support::assert_unique_names(NAMED_DAY_CLUES.iter().map(|c| c.0));
    }

    #[test]
    fn names_are_unique() {
        crate::test_support::assert_unique_names(CASES.iter().map(|c| c.0));
    }
}
