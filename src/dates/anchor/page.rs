//! The page's lines as a reader sees them: the head above the story's first paragraph, the
//! body, the furniture after it (links, widgets, most read), a site's current-date banner
//! above its menu, a widget's block of other stories in the head, bylines and headlines; and
//! the date lines among them that state the publication date.

use chrono::{Datelike, NaiveDate};

use crate::text::Document;

use super::super::WINDOW;
use super::super::find::{ClockGrain, DateLine, DateMention, EITHER_ORDER, find_clock};
use super::super::lexicon::{DateLexicon, Word};
use super::super::publication::{Anchor, AnchorBasis, Inference, LineReadings};
use super::super::resolve::resolve;
use super::super::value::{Calendar, DateValue, ExprKind, Grain};
use super::infer::{Bounds, publication_weekday};

/// The publication line: a labelled one first, else a date alone on its line of the page's
/// head, else of its foot (see [`plain_date_line`]), else a label at the foot below the
/// related links (see [`foot_label`]), else a print issue's span of days in the head (see
/// [`issue_span`]).
pub(super) fn stated<'m>(text: &str, page: &Page, mentions: &'m [DateMention]) -> Option<(DateValue, &'m DateMention)> {
    let published = date_lines(page, mentions, DateLine::Published).into_iter().next().map(|l| l.0);
    published
        .or_else(|| plain_date_line(text, page, mentions))
        .or_else(|| foot_label(page, mentions))
        .or_else(|| issue_span(text, page, mentions))
}

/// The most words a line may hold beside the page's own address for the address to be the
/// line's matter ("Source : https://…", "رابط المقال: https://…"): more make a sentence that
/// cites another page.
const ADDRESS_LINE_WORDS: usize = 2;

/// The day in the page's own address, printed alone on a line of its head above the story
/// ("فبراير.كوم", then "https://www.febrayer.com/2021/12/22/…", then the headline), as a
/// saved or printed page shows where it was read: sites file a story under the day it went
/// online (see [`crate::corpus::url_date`]). Only one address in the head, whose day the story's
/// own dates admit (nothing reported after it, its writing weekday if told); an address below
/// the story ("اقرأ المقال الأصلي: …", a related link) is another page's.
pub(super) fn own_address_day(text: &str, page: &Page, mentions: &[DateMention]) -> Option<(NaiveDate, std::ops::Range<usize>)> {
    let head: Vec<_> = crate::dates::dateline::url_spans(text).into_iter().filter(|s| page.line_of(s.start) < page.body).collect();
    let [address] = &head[..] else { return None };
    let line = page.line_of(address.start);
    let start = page.line_starts.get(line).copied()?;
    let end = page.line_starts.get(line + 1).map_or(text.len(), |e| e - 1);
    let words_beside = |range: std::ops::Range<usize>| text.get(range).unwrap_or("").split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count();
    if words_beside(start..address.start) + words_beside(address.end..end) > ADDRESS_LINE_WORDS {
        return None;
    }
    let day = crate::corpus::url_date(text.get(address.clone())?)?.as_day()?;
    let story: Vec<DateMention> = mentions.iter().filter(|m| !page.holds_not_the_story(m)).cloned().collect();
    let weekday = publication_weekday(&story);
    (Bounds::read(&story).admits(day) && weekday.is_none_or(|w| day.weekday() == w)).then_some((day, address.clone()))
}

/// The most days from an issue's first day to its last that still make one print issue (a
/// weekly's week, a fortnightly's two): a longer span is a month's or a season's, whose day a
/// reader does not know.
const ISSUE_SPAN_DAYS: i64 = 14;

/// The first day of a weekly's (or fortnightly's) issue told as a span on the line that
/// numbers it, in the page's head ("الأيام الأسبوعية - العدد 985 - من 2 إلى 8 دجنبر 2021",
/// "N° 1350 - Du 26 novembre au 2 décembre 2021", "Issue 412 | 3-9 December 2021", "Semaine
/// du 26 novembre au 2 décembre 2021"): the
/// issue goes on sale on its first day, and its pages carry that week rather than a day, so
/// the first day is the page's. A monthly's issue line ("مجلة زمان - العدد 112 - يناير 2021",
/// "N° 87 - mars 2022") gives its month, all a reader knows. A span on a line with no issue
/// number is a headline's stretch of time ("10 décembre 2020 – 10 décembre 2021 : un an"), a
/// day of none. The story's own dates must admit the day, or the month's last day (nothing it
/// reports as done after it).
fn issue_span<'m>(text: &str, page: &Page, mentions: &'m [DateMention]) -> Option<(DateValue, &'m DateMention)> {
    let none = Anchor::unknown();
    let line_text = |line: usize| {
        let start = page.line_starts.get(line).copied().unwrap_or(text.len());
        let end = page.line_starts.get(line + 1).map_or(text.len(), |e| e - 1);
        text.get(start..end).unwrap_or("")
    };
    let (first, m) = mentions.iter().find_map(|m| {
        let line = page.line_of(m.range.start);
        // « Semaine du 26 novembre au 2 décembre 2021 »: a week told by both its ends names a
        // weekly's issue as a number does (find/week_of.rs, rule `week-span`).
        // (Asked last: every date of the page comes here, and the line's words are lowercased.)
        let issue = || m.rule == "week-span" || names_an_issue(line_text(line));
        if line >= page.body || page.holds_not_the_story(m) || !issue() {
            return None;
        }
        let v = resolve(&m.expr, &none)?.value;
        match (v.grain, v.end) {
            (Grain::Day, Some(last)) if (1..=ISSUE_SPAN_DAYS).contains(&(last - v.start).num_days()) => Some(((DateValue::day(v.start), v.start), m)),
            (Grain::Month, None) => Some(((v, v.start.checked_add_months(chrono::Months::new(1))?.pred_opt()?), m)),
            _ => None,
        }
    })?;
    let (value, latest) = first;
    let story: Vec<DateMention> = mentions.iter().filter(|s| !page.holds_not_the_story(s) && !std::ptr::eq(*s, m)).cloned().collect();
    Bounds::read(&story).admits(latest).then_some((value, m))
}

/// The publication label a site prints at the page's foot, below the related links
/// ("نشر بتاريخ: 26 نونبر 2021", "Published on …", « Publié le … » on a line of
/// [`Page::foot`]), or its date alone on a line there or in the byline printed there
/// ("December 11, 2020" above the © line, « Par Marine Delacroix | 15 mars 2022 »): the page's date, when no other date line stands among the links and the story's own dates
/// admit it (not before the latest day the story reports, on the writing weekday its relative
/// days name). Under a title of a list of links, a labelled date is that story's instead.
fn foot_label<'m>(page: &Page, mentions: &'m [DateMention]) -> Option<(DateValue, &'m DateMention)> {
    let on_a_date_line = |m: &DateMention| matches!(m.dateline, Some(DateLine::Published | DateLine::Plain));
    let at_the_foot = |m: &DateMention| on_a_date_line(m) && (page.at_the_foot(m) || page.at_the_foot_by_the_weekday(m));
    let first = mentions.iter().find(|m| at_the_foot(m))?;
    let line = page.line_of(first.range.start);
    // Another labelled date among the links is a list of dated links: the last is no more
    // the page's than the others.
    let in_the_furniture = |m: &DateMention| m.dateline.is_some() && page.line_of(m.range.start) >= page.body && page.holds_not_the_story(m);
    if mentions.iter().any(|m| in_the_furniture(m) && page.line_of(m.range.start) != line) {
        return None;
    }
    let none = Anchor::unknown();
    let day = |m: &DateMention| resolve(&m.expr, &none).filter(|r| r.value.grain == Grain::Day && r.value.end.is_none()).map(|r| r.value);
    let hijri = |m: &DateMention| matches!(m.expr.kind, ExprKind::Calendar(Calendar { hijri: true, .. }));
    let on_the_line = || mentions.iter().filter(|m| at_the_foot(m) && page.line_of(m.range.start) == line);
    let (value, m) = on_the_line().filter(|m| !hijri(m)).chain(on_the_line()).find_map(|m| day(m).map(|v| (v, m)))?;
    let story: Vec<DateMention> = mentions.iter().filter(|m| !page.holds_not_the_story(m)).cloned().collect();
    let written = value.as_day()?;
    let weekday = publication_weekday(&story);
    let on_the_weekday = if page.at_the_foot(m) { weekday.is_none_or(|w| written.weekday() == w) } else { weekday == Some(written.weekday()) };
    (Bounds::read(&story).admits(written) && on_the_weekday).then_some((value, m))
}

/// The most days a yearless date line may stand after the story's latest dated fact for that
/// fact to tell its year: a report's newest full date is of the days just before it (the
/// signing it follows up), while an older one is background, after which the same day and
/// month come back every year.
pub(super) const RECENT_FACT_DAYS: i64 = 31;

/// A date line of the story without its year ("الرباط - 11 أغسطس (رويترز) -", "11 غشت - 14:32",
/// "RABAT, Aug 12 (Reuters) -") whose year the story fixes. With a weekday for the writing day
/// (the story's relative days imply one: "اليوم الأربعاء", "أمس الثلاثاء", see
/// [`publication_weekday`]), that day is the one of that weekday in one year of the timeline,
/// on or after the latest day the story reports (a day and month fall on different weekdays in
/// each of three consecutive years, so the weekday alone tells the year). With none, the
/// story's latest dated fact (a full date it reports) tells it when the first such day after
/// it is at most [`RECENT_FACT_DAYS`] later and the story's other bounds admit it; else the
/// year is not known. (A weekday written in the line itself resolves the line's date.)
pub(super) fn yearless_date_line<'m>(page: &Page, mentions: &'m [DateMention]) -> Option<(NaiveDate, &'m DateMention)> {
    let weekday = publication_weekday(mentions);
    let bounds = Bounds::read(mentions);
    mentions.iter().filter(|m| matches!(m.dateline, Some(DateLine::Published | DateLine::Plain)) && !page.holds_not_the_story(m)).find_map(|m| {
        let ExprKind::Calendar(Calendar { day: Some(d), month: Some(mo), year: None, year_offset: None, month_offset: None, weekday: None, hijri: false }) = m.expr.kind else {
            return None;
        };
        let Some(weekday) = weekday else {
            let after = bounds.after?;
            let day = [after.year(), after.year() + 1].into_iter().filter_map(|y| NaiveDate::from_ymd_opt(y, mo, d)).find(|x| *x >= after)?;
            return ((day - after).num_days() <= RECENT_FACT_DAYS && bounds.admits(day) && WINDOW.contains(&day.year())).then_some((day, m));
        };
        let mut fits = WINDOW.filter_map(|y| NaiveDate::from_ymd_opt(y, mo, d)).filter(|x| x.weekday() == weekday && bounds.admits(*x));
        fits.next().filter(|_| fits.next().is_none()).map(|day| (day, m))
    })
}

/// The days the page's first date line of the story may be when it does not say which (see
/// [`LineReadings`]): a day and month without a year or weekday, in each year of the timeline,
/// or a two-digit-year date read both ways ([`EITHER_ORDER`], "08/11/21"), its two days; less
/// the days the story's own dates rule out ([`Bounds::admits`]) and those off the writing
/// weekday its relative days name. None when no such line has a day left.
pub(super) fn line_readings(text: &str, page: &Page, mentions: &[DateMention]) -> Option<LineReadings> {
    let weekday = publication_weekday(mentions);
    let bounds = Bounds::read(mentions);
    mentions.iter().filter(|m| matches!(m.dateline, Some(DateLine::Published | DateLine::Plain)) && !page.holds_not_the_story(m)).find_map(|m| {
        let (days, basis): (Vec<NaiveDate>, AnchorBasis) = match m.expr.kind {
            ExprKind::Calendar(Calendar { day: Some(d), month: Some(mo), year: None, year_offset: None, month_offset: None, weekday: None, hijri: false }) => {
                (WINDOW.filter_map(|y| NaiveDate::from_ymd_opt(y, mo, d)).collect(), AnchorBasis::Inferred(Inference::YearlessDateLine))
            }
            ExprKind::Calendar(Calendar { year: Some(y), .. }) if m.rule == EITHER_ORDER => {
                let mut numbers = text[m.range.clone()].split(|c: char| !c.is_ascii_digit()).filter_map(|n| n.parse::<u32>().ok());
                let (a, b) = (numbers.next()?, numbers.next()?);
                ([(a, b), (b, a)].into_iter().filter_map(|(mo, d)| NaiveDate::from_ymd_opt(y, mo, d)).collect(), AnchorBasis::Stated)
            }
            _ => return None,
        };
        let days: Vec<NaiveDate> = days.into_iter().filter(|d| bounds.admits(*d) && weekday.is_none_or(|w| d.weekday() == w)).collect();
        (!days.is_empty()).then_some(LineReadings { days, basis, evidence: (m.range.start, m.range.end) })
    })
}

/// Whether date line `m` states its date without its year ("الخميس 12 غشت", "Thursday, Aug
/// 12"): the weekday written with it told the year.
pub(super) fn without_its_year(m: &DateMention) -> bool {
    matches!(m.expr.kind, ExprKind::Calendar(Calendar { year: None, year_offset: None, .. }))
}

/// The fewest words of a line that opens the story's body: a headline has fewer.
pub(super) const BODY_LINE_WORDS: usize = 16;

/// The fewest words of a headline ("Israel and Morocco sign accord"): a site's name or its
/// section has fewer ("The Times of Israel", "القدس العربي").
pub(super) const HEADLINE_WORDS: usize = 5;

/// The fewest words of a headline under a site's menu ("Ministers discuss water cooperation").
pub(super) const SHORT_HEADLINE_WORDS: usize = 3;

/// Where a page's story stands among its lines.
pub(super) struct Page {
    /// The line (0-based) that opens the story's body: the first with [`BODY_LINE_WORDS`]
    /// (the first after a byline with a date line under it, when those follow a standfirst);
    /// the lines above are the page's head. The number of lines when there is none.
    pub(super) body: usize,
    /// Lines that are not the story's own: link and widget lines
    /// ([`crate::text::Document::boilerplate`]), a line of dates under a link line (the linked
    /// story's date), and every line from the first link or widget line after the body on
    /// (the page's furniture: related stories, most read). A banner line ([`Page::banner`]) is
    /// not the story's either ([`Page::holds_not_the_story`] reads both).
    pub(super) not_the_story: Vec<bool>,
    /// Lines of the head inside a widget's block: under a short link or widget line ("الأكثر
    /// قراءة", "Trending", "Les plus lus") down to the next blank line. Their dates are other
    /// stories', set aside when the head's dates disagree or the block closes before the story
    /// (see [`plain_date_line`]).
    pub(super) in_a_widget: Vec<bool>,
    /// Lines of [`Page::in_a_widget`] whose block ends before the body (at a blank line or where
    /// the story opens): the block's extent is known, so its dates are another story's even
    /// when they are the head's only ones. A block running on into the body may hold the
    /// story's own headline and date line.
    pub(super) in_a_closed_widget: Vec<bool>,
    /// Date lines of the head that are a site's current-date banner, the day the page was
    /// read: above the menu (unless the page's headline stands above it and none under the
    /// menu), under it among the site's blocks (menu, "most read", links), or a widget of the
    /// day (see [`current_date_widget`]). Not the story's lines, and no clue of its day.
    pub(super) banner: Vec<bool>,
    /// Date lines of the head right under the menu, with no headline above them: a site's
    /// banner or the story's line, as the page's other date lines tell.
    pub(super) under_the_menu: Vec<bool>,
    /// Date lines that carry a clock time to the minute, as a story's line does and a site's
    /// banner of the day seldom does.
    pub(super) timed: Vec<bool>,
    /// Lines of the page's foot below its related links, where a site prints the story's own
    /// publication label ("اقرأ أيضا: …", then "نشر بتاريخ: 26 نونبر 2021", then the © line):
    /// not the story's lines, but the list of links has ended above them (a blank line, or a
    /// one-line link whose label and title share its line, stands right above), and nothing
    /// but furniture (links, ©) follows. A date under a title of a list ("اقرأ أيضا", then a
    /// title, then its date) is that linked story's, and stands on no such line.
    pub(super) foot: Vec<bool>,
    /// Lines of the page's foot that a date alone stands on right under the last of a list's
    /// titles (two or more, no date between them): the page's date only when the story's
    /// relative days name its writing weekday and the date falls on it ("أمس الاثنين" on a
    /// Tuesday), as a list's last title may print its own day.
    pub(super) foot_by_the_weekday: Vec<bool>,
    /// The byte offset of each line's start in the normalised text.
    pub(super) line_starts: Vec<usize>,
}

impl Page {
    /// The line (0-based) of byte `at` of the normalised text, which keeps the original's
    /// lines.
    pub(super) fn line_of(&self, at: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= at).saturating_sub(1)
    }

    /// Whether `m` stands in a closed widget's block of the head (see
    /// [`Page::in_a_closed_widget`]).
    pub(super) fn in_a_closed_widget(&self, m: &DateMention) -> bool {
        self.in_a_closed_widget.get(self.line_of(m.range.start)).copied().unwrap_or(false)
    }

    /// Whether `m` stands on a line that is not the story's.
    pub(super) fn holds_not_the_story(&self, m: &DateMention) -> bool {
        self.holds_not_the_story_at(m.range.start)
    }

    /// Whether byte `at` of the normalised text stands on a line that is not the story's.
    pub(super) fn holds_not_the_story_at(&self, at: usize) -> bool {
        let line = self.line_of(at);
        self.not_the_story.get(line).copied().unwrap_or(false) || self.banner.get(line).copied().unwrap_or(false)
    }

    /// Take the banner line of `m` as the story's own date line after all: the story's relative
    /// days agree with its day (see `agreeing_banner` in the anchor module).
    pub(super) fn take_as_the_story(&mut self, m: &DateMention) {
        let line = self.line_of(m.range.start);
        if let Some(b) = self.banner.get_mut(line) {
            *b = false;
        }
    }

    /// `mentions` are the article's dates (those on date lines tell a headline from a date line).
    pub(super) fn read(doc: &Document, lex: &DateLexicon, mentions: &[DateMention]) -> Page {
        let text = &doc.norm.text;
        let lines: Vec<&str> = text.split('\n').collect();
        let line_starts: Vec<usize> = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        let line_of = |at: usize| line_starts.partition_point(|&s| s <= at).saturating_sub(1);
        let mut dated = vec![false; lines.len()];
        let mut labelled = vec![false; lines.len()];
        for m in mentions.iter().filter(|m| m.dateline.is_some()) {
            dated[line_of(m.range.start)] = true;
            labelled[line_of(m.range.start)] |= m.dateline == Some(DateLine::Published);
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
        // A menu of many sections ("Accueil | Politique | … | Vidéos") has as many marks as
        // words: the body's first line is counted in words and is no menu. Nor is a banner of
        // the day with its widget, as long as it is ("الجمعة 4 دجنبر 2026 | مواقيت الصلاة:
        // الفجر 06:41 الظهر 12:58 …": five prayers and their times).
        let widget_line = |n: usize| dated[n] && current_date_widget(text, line_starts[n]..line_starts[n] + lines[n].len(), lex);
        // Nor is a site's notice as long as a paragraph ("We use cookies to give you the best
        // experience. By continuing to browse…", a JavaScript prompt): no line the boilerplate
        // rules set aside is the story's, and the date lines under it are still the head.
        let long_at = |n: usize| has_words(lines[n], BODY_LINE_WORDS) && !is_menu(lines[n]) && !widget_line(n) && !link[n];
        let body = (0..lines.len()).position(long_at).unwrap_or(lines.len());
        // A standfirst is as long as a paragraph, but a byline and a date line under it
        // ("By A Reporter / June 2, 2022 / Updated 4:10 p.m. ET") show the story opens below
        // them: the standfirst, byline and date lines are the head.
        let body = (body + 1..lines.len())
            .take_while(|&n| !long_at(n))
            .find(|&n| {
                is_byline(text, line_starts[n]..line_starts[n] + lines[n].len(), lex)
                    && (n + 1..lines.len()).find(|&k| !lines[k].trim().is_empty()).is_some_and(|k| dated[k])
            })
            .map_or(body, |n| (n + 1..lines.len()).find(|&k| long_at(k)).unwrap_or(lines.len()));
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
        // A print edition's date line ("الثلاثاء 14 سبتمبر 2021 السنة 146 العدد 49225", "N° 1234
        // du mardi 14 septembre 2021") dates the issue the story is printed in, wherever the
        // site put it: no banner of the day's date carries an issue number.
        let above_a_menu = |line: usize| {
            menu_after(line).is_some_and(|menu| !((0..line).any(|n| headline(n, HEADLINE_WORDS)) && !(menu + 1..body).any(headline_under)))
        };
        // The banner may stand under the menu too, among the site's blocks: between the menu
        // (or a link line) and a "most read" or "latest" block, a bar of links or another
        // menu ("Home | World | Sport", "Sunday 7 August 2022", "Most read"). The story's own
        // line stands by its headline and byline, which no block separates from the story.
        let nav = |n: usize| is_menu(lines[n]) || link[n] && !button[n];
        let next_line = |line: usize| (line + 1..lines.len()).find(|&k| !lines[k].trim().is_empty());
        let previous_line = |line: usize| (0..line).rev().find(|&k| !lines[k].trim().is_empty());
        let among_blocks = |line: usize| previous_line(line).is_some_and(nav) && next_line(line).is_some_and(nav);
        let banner: Vec<bool> = (0..lines.len())
            .map(|n| {
                n < body
                    && dated[n]
                    && (above_a_menu(n) || among_blocks(n) || current_date_widget(text, line_starts[n]..line_starts[n] + lines[n].len(), lex))
                    && !names_an_issue(lines[n])
                    && !carries_its_update_time(text, line_starts[n]..line_starts[n] + lines[n].len(), lex)
            })
            .collect();
        let not_the_story: Vec<bool> = (0..lines.len()).map(|n| link[n] || under_a_link(n) || n >= furniture).collect();
        // The page's foot below its links: a title of a list of links stands right under its
        // header or under another title (no blank line between), a one-line link ("اقرأ أيضا:
        // عنوان") under neither; a line right under a blank line or a one-line link is past the
        // list. Every line after it must be furniture, so no other story's lines follow. A bar
        // of buttons between the list and the label ("اقرأ أيضا: …", "شارك الخبر: فيسبوك |
        // تويتر", then "تاريخ النشر: …") links to no story: the label is past the list when
        // the first line above the buttons is.
        // A link stamped with its own day ("Related: … (September 15, 2020)", "… - 15 mars
        // 2022") is an item whole on its line: no title whose day the next line prints.
        // A posting label ("Posted on …", «نشر في …», « Publié le … ») under the last of two
        // items or more (titles, or links stamped with their days) is past the list too, a
        // byline between them or not ("بقلم: …", then "نشر في: …"): a list prints its links
        // alike, and a linked story's day would stand under each title, not under the last
        // alone.
        let a_list_title = |n: usize| n > 0 && link[n] && link[n - 1] && !crate::text::clean::stamped_with_its_day(lines[n].trim());
        let byline = |k: usize| !link[k] && is_byline(text, line_starts[k]..line_starts[k] + lines[k].len(), lex);
        // `plain`: a date alone on its line counts as a label there (see `foot_by_the_weekday`).
        let past_the_list = |n: usize, plain: bool| {
            let first = (0..n).rev().take_while(|&k| button[k]).last().unwrap_or(n);
            let labelled_after = |k: usize| (labelled[n] || plain) && a_list_title(k) && k > 1 && link[k - 1] && link[k - 2];
            let above = first.checked_sub(1);
            above.is_some_and(|k| {
                lines[k].trim().is_empty()
                    || link[k] && !button[k] && (!a_list_title(k) || labelled_after(k))
                    || k > 0 && byline(k) && link[k - 1] && labelled_after(k - 1)
            })
        };
        let mut furniture_below = vec![false; lines.len()];
        for n in (0..lines.len().saturating_sub(1)).rev() {
            furniture_below[n] = (lines[n + 1].trim().is_empty() || link[n + 1]) && (n + 1 == lines.len() - 1 || furniture_below[n + 1]);
        }
        if let Some(last) = furniture_below.last_mut() {
            *last = true;
        }
        let below_the_story = |n: usize| n >= body && dated[n] && not_the_story[n] && !link[n] && furniture_below[n];
        let foot: Vec<bool> = (0..lines.len()).map(|n| below_the_story(n) && past_the_list(n, false)).collect();
        // A date alone under the last of two titles or more, with no label: a linked story's
        // day would stand under each title, but a list may print its last title's day alone
        // too, so the page's only when the story's writing weekday falls on it (see
        // [`foot_label`]).
        let foot_by_the_weekday = (0..lines.len()).map(|n| below_the_story(n) && !foot[n] && past_the_list(n, true)).collect();
        // A date line right under the menu with no headline above it is the site's line or the
        // story's: which one, the page's other lines tell (see [`plain_date_line`]).
        let under_the_menu = (0..lines.len()).map(|n| n < body && dated[n] && previous_line(n).is_some_and(|p| is_menu(lines[p])) && !(0..n).any(|k| headline(k, HEADLINE_WORDS))).collect();
        // A date line with its clock time ("Friday 5 August 2022 16:40", "Le 12/08/2021 à 19:32").
        let timed = (0..lines.len())
            .map(|n| dated[n] && find_clock(&text[line_starts[n]..line_starts[n] + lines[n].len()], lex).is_some_and(|(_, c)| c.grain != ClockGrain::Hour))
            .collect();
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
        Page { body, not_the_story, banner, under_the_menu, timed, in_a_widget, in_a_closed_widget, foot, foot_by_the_weekday, line_starts }
    }

    /// Whether `m` stands on a line of the page's foot below its related links (see
    /// [`Page::foot`]).
    pub(super) fn at_the_foot(&self, m: &DateMention) -> bool {
        self.foot.get(self.line_of(m.range.start)).copied().unwrap_or(false)
    }

    /// Whether `m` stands on a line of [`Page::foot_by_the_weekday`].
    pub(super) fn at_the_foot_by_the_weekday(&self, m: &DateMention) -> bool {
        self.foot_by_the_weekday.get(self.line_of(m.range.start)).copied().unwrap_or(false)
    }

    /// Whether `m` stands on a site's current-date banner (see [`Page::banner`]).
    pub(super) fn on_a_banner(&self, m: &DateMention) -> bool {
        self.banner.get(self.line_of(m.range.start)).copied().unwrap_or(false)
    }
}

/// Whether `line` holds at least `n` words: runs between spaces that hold a letter or a digit
/// (a menu's bars and a list's bullets are none). It stops at the `n`th, and an ASCII or
/// Arabic letter is told without the Unicode tables, as every line of a page up to its
/// story's first is asked.
fn has_words(line: &str, n: usize) -> bool {
    n == 0 || line.split_whitespace().filter(|w| w.chars().any(crate::text::normalize::is_alphanumeric)).nth(n - 1).is_some()
}

/// Whether the date line at `range` of `text` (normalised) is a site's widget of the day it is
/// read rather than a story's line: it opens with the word for "today" ("اليوم الأحد 7 غشت
/// 2022", "Aujourd'hui dimanche 7 août 2022", "Today is Sunday, August 7, 2022"), it holds the
/// weather beside the date ("Casablanca 28°C | Dimanche 7 août 2022"), or a widget's words
/// (`day_widget` rows of the date lexicons: "الجمعة 4 دجنبر 2026 | مواقيت الصلاة: الفجر 06:41 …").
/// A story's date line names its day, never as today's, and carries none of the site's tools.
pub(super) fn current_date_widget(text: &str, range: std::ops::Range<usize>, lex: &DateLexicon) -> bool {
    let line = &text[range.clone()];
    // A temperature: digits, maybe a space, then the degree sign.
    let weather = line.match_indices('°').any(|(at, _)| line[..at].trim_end().chars().next_back().is_some_and(|c| c.is_ascii_digit()));
    if weather {
        return true;
    }
    let toks = super::super::tokens::tokenize(text, range, lex);
    let is = |t: &super::super::tokens::Tok, word: Word| t.matches.iter().any(|&(e, _)| lex.entry(e as usize).word == word);
    toks.iter().find(|t| t.text.chars().next().is_some_and(crate::text::normalize::is_word_char)).is_some_and(|t| is(t, Word::RelDay(0)))
        || toks.iter().any(|t| is(t, Word::DayWidget))
}

/// Whether the date line at `range` of `text` (normalised) carries its own update time after
/// the date ("الثلاثاء 29 مارس 2022 | آخر تحديث: 12:10 ص", "Mardi 29 mars 2022 | Mis à jour à
/// 10h12"): a print daily's issue line over its menu, updated through the day. A site's
/// current-date banner states the day the page is read and nothing of its edits.
pub(super) fn carries_its_update_time(text: &str, range: std::ops::Range<usize>, lex: &DateLexicon) -> bool {
    let toks = super::super::tokens::tokenize(text, range.clone(), lex);
    let Some(label) = toks.iter().find(|t| t.matches.iter().any(|&(e, _)| lex.entry(e as usize).word == Word::UpdatedLabel)) else { return false };
    find_clock(&text[label.end..range.end], lex).is_some_and(|(_, c)| c.grain != ClockGrain::Hour)
}

/// The boilerplate rules (ids of lexicons/boilerplate.csv, by prefix) of a page's buttons:
/// lines set aside that link to no other story.
pub(super) const BUTTON_RULES: [&str; 5] = ["share", "print", "font-size", "zoom-", "follow-us"];

/// The most words of a byline line ("By Yahia Hatim", "Par la rédaction de Médias24").
pub(super) const BYLINE_WORDS: usize = 6;

/// Whether the line at `range` of `text` (normalised) is a byline: a few words opened by a
/// byline word ("By", "Par", "كتب", "بقلم").
pub(super) fn is_byline(text: &str, range: std::ops::Range<usize>, lex: &DateLexicon) -> bool {
    let line = &text[range.clone()];
    if line.split_whitespace().count() > BYLINE_WORDS {
        return false;
    }
    let toks = super::super::tokens::tokenize(text, range, lex);
    toks.iter().find(|t| t.text.chars().next().is_some_and(crate::text::normalize::is_word_char)).is_some_and(|t| {
        t.matches.iter().any(|&(e, _)| lex.entry(e as usize).word == Word::BylineLabel)
    })
}

/// The most words of a widget's header line ("الأخبار الأكثر قراءة", "Les plus lus").
pub(super) const WIDGET_HEADER_WORDS: usize = 4;

/// Whether a link or widget line (normalised) heads a block: a few words alone, no number
/// ("شارك 125", "التعليقات (3)") and no field after a colon ("شارك الخبر: فيسبوك").
pub(super) fn is_widget_header(line: &str) -> bool {
    let line = line.trim();
    (1..=WIDGET_HEADER_WORDS).contains(&line.split_whitespace().count()) && !line.contains(|c: char| c.is_ascii_digit() || c == ':')
}

/// The first words of a site's menu line ("الرئيسية", "Home", "Accueil"), normalised.
pub(super) const MENU_HOME: [&str; 4] = ["الرئيسيه", "الرئيسية", "home", "accueil"];

/// Whether `line` (normalised) is a site's menu: it opens with the home page's link, or it is
/// three or more short fields between bars or bullets ("سياسة | اقتصاد | رياضة").
pub(super) fn is_menu(line: &str) -> bool {
    const BARS: [char; 3] = ['|', '•', '·'];
    let line = line.trim();
    let first = line.split(|c: char| c.is_whitespace() || matches!(c, '|' | '>' | '›' | '»')).next().unwrap_or("");
    if MENU_HOME.contains(&first.to_lowercase().as_str()) {
        return true;
    }
    // Every line of a page's head is asked, paragraphs too: four words with no bar among them
    // make a first field too long for a menu's, told without reading the rest of the line.
    if line.split_whitespace().take(4).filter(|w| !w.contains(BARS)).count() == 4 {
        return false;
    }
    let mut fields = 0;
    for field in line.split(BARS) {
        if !(1..=3).contains(&field.split_whitespace().take(4).count()) {
            return false;
        }
        fields += 1;
    }
    fields >= 3
}


/// Whether `line` (normalised) numbers a print edition's issue: an issue word (see
/// `dateline::ISSUE_WORDS`) followed by a number, brackets, a colon or a comma allowed between.
pub(super) fn names_an_issue(line: &str) -> bool {
    let mut words = line.split_whitespace().peekable();
    while let Some(w) = words.next() {
        let w = w.trim_end_matches(':');
        let (word, glued) = match w.find(|c: char| c.is_numeric()) {
            // "n°1234": the number glued to the word.
            Some(at) if at > 0 => (&w[..at], Some(&w[at..])),
            _ => (w, None),
        };
        let number = |x: &str| {
            let x = x.trim_matches(|c: char| matches!(c, '[' | ']' | '(' | ')' | ':' | ',' | '،'));
            !x.is_empty() && x.chars().all(char::is_numeric)
        };
        if crate::dates::dateline::ISSUE_WORDS.contains(&word.to_lowercase().as_str()) && glued.map_or_else(|| words.peek().is_some_and(|n| number(n)), number) {
            return true;
        }
    }
    false
}

/// The dates of the story's lines of `role` (see [`Page`]), one per line in text order, with
/// the line's number (0-based). A date that does not resolve to one day (no year, a range) is
/// passed over. Gregorian dates are taken before Hijri ones, on a line and across lines: the
/// tabular Hijri calendar may be a day off the moon-sighted date the page printed.
pub(super) fn date_lines<'m>(page: &Page, mentions: &'m [DateMention], role: DateLine) -> Vec<((DateValue, &'m DateMention), usize)> {
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
pub(super) fn plain_date_line<'m>(text: &str, page: &Page, mentions: &'m [DateMention]) -> Option<(DateValue, &'m DateMention)> {
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
    // A head whose only date lines stand right under the menu, above the headline, against a
    // timed line at the foot of an earlier day ("Sunday 7 August 2022" under the sections,
    // "Friday 5 August 2022 16:40" after the story): the head's line is the site's banner of
    // the day the page was read, the foot's the story's.
    if let Some(foot_line) = agreed(&foot)
        && !head.is_empty()
        && head.iter().all(|&(_, line)| flag(&page.under_the_menu, line))
        && foot.iter().all(|&(_, line)| flag(&page.timed, line))
        && head.iter().all(|l| foot_line.0.start < l.0.0.start)
    {
        return Some(foot_line);
    }
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
pub(super) fn worded(text: &str, page: &Page, mentions: &[DateMention], line: usize) -> bool {
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
