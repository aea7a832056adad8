//! Date lines: the lines of a page made of a date and little else (a publication line, an
//! update line, a date alone) and the agency datelines that open a paragraph ("الرباط - 24
//! نوفمبر 2021 (رويترز) -"). The anchor ([`super::anchor`]) reads the article's publication
//! date from the mentions marked here.

use crate::text::normalize::is_word_char;

use super::find::{DateLine, DateMention};
use super::lexicon::{DateLexicon, Word};
use super::tokens::{Tok, more_tokens_than, numeric_date, tokenize, tokenize_prefix};
use super::value::{Calendar, DateExpr, ExprKind};

/// An agency dateline opening a paragraph: a place of one or two words, a separator, a full
/// date, then a separator or the agency ("الرباط - 24 نوفمبر 2021 (رويترز) - وقع…"); the
/// separator may be missing when the agency follows in brackets ("الرباط 24 نوفمبر 2021 (ومع) -").
/// A date after a preposition ("في 10 ديسمبر 2020، وقع") is not one: the place may not be a
/// date word.
fn wire_dateline(toks: &[Tok], m: &DateMention) -> bool {
    let Some(first) = toks.iter().position(|t| t.start >= m.range.start) else { return false };
    if first > WIRE_DATE_LAST_TOKEN {
        return false;
    }
    let Some(after) = toks.iter().position(|t| t.start >= m.range.end).or(Some(toks.len())) else { return false };
    if !matches!(m.expr.kind, ExprKind::Calendar(Calendar { day: Some(_), .. })) {
        return false;
    }
    // "RABAT, Morocco, Aug. 11, 2021 -": a city and its country, one comma between them.
    let city_and_country = (4..=5).contains(&first) && toks[..first - 1].iter().filter(|t| matches!(t.text, "," | "،")).count() == 1;
    let separated = ((2..=3).contains(&first) || city_and_country) && matches!(toks[first - 1].text, "-" | "،" | ":" | ",");
    // "الرباط 11 يوليوز 2021 (ومع) -": no mark after the place, the agency in brackets after the date.
    let bracketed = (1..=2).contains(&first)
        && toks.get(after).is_some_and(|t| t.text == "(")
        && !toks[..first].iter().any(|t| t.lowercase_is_one_of(&NOT_A_PLACE));
    if outlet_after_a_slash(toks, first, after) {
        return true;
    }
    if !separated && !bracketed {
        return false;
    }
    let place = if separated { &toks[..first - 1] } else { &toks[..first] };
    let place_ok = place.iter().filter(|t| !matches!(t.text, "," | "،")).all(is_name_word);
    let end_ok = toks.get(after).is_none_or(|t| matches!(t.text, "(" | "-" | ":" | "،" | ","));
    place_ok && end_ok
}

/// An agency's dateline tells the day its story was filed, which is never after the page that
/// carries it: one without its year ("RABAT, Dec 22 (Reuters) -", "الرباط، 22 ديسمبر (رويترز)
/// -") is the last such day not after the anchor, as a day in a past clause is, not the
/// nearest one (which may be ahead: read in July, "Dec 22" is last December's).
fn wire_day_is_past(m: &mut DateMention) {
    if let ExprKind::Calendar(Calendar { year: None, year_offset: None, month_offset: None, day: Some(_), month: Some(_), .. }) = m.expr.kind {
        m.expr.tense = Some(super::value::Tense::Past);
        m.tense_hint = m.expr.tense;
    }
}

/// Whether `t` may be a word of a place's or an outlet's name on a date line: a word that is
/// no number and no date word.
fn is_name_word(t: &Tok) -> bool {
    t.text.chars().next().is_some_and(is_word_char) && t.num.is_none() && t.matches.is_empty()
}

/// A wire's dateline written with "في" and its agency between slashes or brackets, on a line
/// of its own or opening the story ("واشنطن في 17 سبتمبر / وام /", "أبوظبي في 5 أكتوبر (وام)"):
/// a place of one or two words, "في", a day and month (a year maybe), then the agency's name
/// of at most [`OUTLET_WORDS`] words between two slashes or in brackets.
fn place_in_date_then_agency(toks: &[Tok], m: &DateMention) -> bool {
    let Some(first) = toks.iter().position(|t| t.start >= m.range.start) else { return false };
    if !(2..=3).contains(&first) || toks[first - 1].text != "في" || !matches!(m.expr.kind, ExprKind::Calendar(Calendar { day: Some(_), month: Some(_), .. })) {
        return false;
    }
    let place = &toks[..first - 1];
    if !place.iter().all(is_name_word) || place.iter().any(|t| t.lowercase_is_one_of(&NOT_A_PLACE)) {
        return false;
    }
    let Some(after) = toks.iter().position(|t| t.start >= m.range.end) else { return false };
    let close = match toks[after].text {
        "/" => "/",
        "(" => ")",
        _ => return false,
    };
    let Some(end) = toks[after + 1..].iter().take(OUTLET_WORDS + 1).position(|t| t.text == close) else { return false };
    end > 0 && toks[after + 1..after + 1 + end].iter().all(is_name_word)
}

/// A dateline in brackets with its outlet after a slash, opening the body ("(February 21, 2022 /
/// JNS) Israel and Morocco signed …", "(12 août 2021 / AFP)"): an opening bracket, the date,
/// a slash, and up to [`OUTLET_WORDS`] words before the closing bracket.
fn outlet_after_a_slash(toks: &[Tok], first: usize, after: usize) -> bool {
    if first != 1 || toks[0].text != "(" || toks.get(after).is_none_or(|t| t.text != "/") {
        return false;
    }
    let Some(close) = toks[after + 1..].iter().take(OUTLET_WORDS + 1).position(|t| t.text == ")") else { return false };
    close > 0 && toks[after + 1..after + 1 + close].iter().all(|t| t.text.chars().next().is_some_and(is_word_char) && t.num.is_none())
}

/// The most words of an outlet's name in a bracketed dateline ("Jewish News Syndicate").
const OUTLET_WORDS: usize = 4;

/// Whether a date line's first mention `m`, a full date, follows a place of one word, a dash
/// between spaces and an outlet's name of at most [`OUTLET_WORDS`] words, with no mark between
/// the outlet and the date ("طنجة - الشرق الأوسط 9 مارس 2021", "Casablanca - Le Matin 9 mars
/// 2021"): the line's credit, not a sentence's words. A number or a date word among them is no
/// outlet's name.
fn place_and_outlet_before(toks: &[Tok], m: &DateMention) -> bool {
    if !matches!(m.expr.kind, ExprKind::Calendar(Calendar { day: Some(_), month: Some(_), year: Some(_), .. })) {
        return false;
    }
    let Some(first) = toks.iter().position(|t| t.start >= m.range.start) else { return false };
    let dash = toks.get(1).is_some_and(|d| BYLINE_DASHES.contains(&d.text) && d.start > toks[0].end && toks.get(2).is_some_and(|n| n.start > d.end));
    let outlet = toks.get(2..first).unwrap_or(&[]);
    dash && is_name_word(&toks[0]) && (1..=OUTLET_WORDS).contains(&outlet.len()) && outlet.iter().all(is_name_word)
}

/// Whether a date line opens with an outlet's name of at most [`OUTLET_WORDS`] words, then a
/// dash between spaces, then its full date `m` ("Le Journal de Tanger - jeudi 24 novembre
/// 2022", "Gulf Times - 24 November 2022", "الأيام - الخميس 24 نونبر 2022"): the site's credit
/// and the story's day, as a site prints them above or below its story. The dash cuts the line
/// into fields, as a byline's does. A number, a month, a weekday, a relative day or a label
/// before it is no outlet's name, while its small words may be date words elsewhere ("la"
/// and "du" in "La Gazette du Nord" open "la veille" and "du 9 au 12 mars").
fn outlet_then_dash(toks: &[Tok], m: &DateMention, lex: &DateLexicon) -> bool {
    if !matches!(m.expr.kind, ExprKind::Calendar(Calendar { day: Some(_), month: Some(_), year: Some(_), .. })) {
        return false;
    }
    let Some(dash) = toks.iter().position(|t| BYLINE_DASHES.contains(&t.text)) else { return false };
    let spaced = dash > 0 && toks[dash - 1].end < toks[dash].start && toks.get(dash + 1).is_some_and(|n| n.start > toks[dash].end);
    let names_a_day = |t: &Tok| {
        t.matches.iter().any(|&(e, _)| matches!(lex.entry(e as usize).word, Word::Month { .. } | Word::Weekday(_) | Word::RelDay(_) | Word::PublishedLabel | Word::UpdatedLabel | Word::BylineLabel))
    };
    let outlet_word = |t: &Tok| t.text.chars().next().is_some_and(is_word_char) && t.num.is_none() && !names_a_day(t);
    spaced && dash <= OUTLET_WORDS && toks[..dash].iter().all(outlet_word) && toks[dash].end <= m.range.start
}

/// The last token a wire dateline's date may start at ("RABAT , Morocco , Aug. 11, 2021": a
/// city and its country, a comma between them and a mark after): [`mark_date_lines`] skips a
/// paragraph whose first mention starts further in without reading its tokens.
const WIRE_DATE_LAST_TOKEN: usize = 5;

/// Words that open a sentence's date rather than a dateline's place ("وفي 10 ديسمبر 2020 (يوم
/// الإعلان)"), normalised.
const NOT_A_PLACE: [&str; 16] = ["في", "وفي", "منذ", "حتي", "قبل", "بعد", "يوم", "ويوم", "in", "on", "since", "by", "le", "depuis", "en", "dès"];

/// The words of a photo's caption or credit, normalised ("(صورة أرشيفية - 10 ديسمبر 2020)",
/// "File photo: December 10, 2020", "Photo d'archives, 10 décembre 2020"): the date on such a
/// line is the day the picture was taken, an older one, not the page's.
const PHOTO_WORDS: [&str; 8] = ["صوره", "الصوره", "ارشيفيه", "photo", "photos", "archives", "archive", "illustration"];

/// The most tokens a date line may have ("تاريخ النشر: 11/07/2021 - 22:15 | آخر تحديث: 12/07/2021 -
/// 09:30" has 25): a longer line is a paragraph.
const DATE_LINE_TOKENS: usize = 32;

/// The words that number a print edition's issue ("العدد 49225", "رقم العدد [15598]", "Issue
/// 3412", "N° 1234", "No. 1234", "numéro 1234"), normalised: a closed class of masthead words.
pub(super) const ISSUE_WORDS: [&str; 7] = ["العدد", "عدد", "issue", "n°", "no.", "no", "numéro"];

/// The words of a print edition's page ("الصفحة 5", "page 7"), normalised; its letter ص is
/// a clock's morning too, known below.
const PAGE_WORDS: [&str; 3] = ["الصفحه", "صفحه", "page"];

/// The marks that cut a page's header line into fields.
const FIELD_SEPARATORS: [&str; 4] = ["|", "•", "·", "¦"];

/// The dashes that cut a byline into fields when they stand between spaces ("Par Jean Dupont -
/// 14 mars 2022"): elsewhere a dash joins words or numbers.
const BYLINE_DASHES: [&str; 3] = ["-", "–", "—"];

/// Whether `word` is a time written the French way ("14h32", "9h").
fn is_french_time(word: &str) -> bool {
    word.split_once('h').is_some_and(|(h, m)| {
        (1..=2).contains(&h.len()) && h.bytes().all(|b| b.is_ascii_digit()) && m.len() <= 2 && m.bytes().all(|b| b.is_ascii_digit())
    })
}

/// The words that tell a clock time's zone in words ("heure d'Israël", "Israel time", "بتوقيت
/// القدس"), normalised.
const ZONE_WORDS: [&str; 5] = ["heure", "time", "توقيت", "بتوقيت", "heures"];

/// The most words a zone told between brackets may have ("(heure de Jérusalem)", "(Eastern
/// Standard Time)"): more is a remark.
const BRACKETED_ZONE_WORDS: usize = 4;

/// The most letters of a zone's initials in brackets after a clock ("(IST)", "(CEST)", "(AEDT)").
const ZONE_INITIALS_MAX: usize = 5;

/// The byte ranges of the bracketed stretches of `toks` that tell a zone in words (a word of
/// [`ZONE_WORDS`] among at most [`BRACKETED_ZONE_WORDS`], or initials right after a clock).
fn bracketed_zones(toks: &[Tok]) -> Vec<std::ops::Range<usize>> {
    let mut zones = Vec::new();
    for (open, t) in toks.iter().enumerate().filter(|(_, t)| t.text == "(") {
        let Some(close) = toks[open..].iter().position(|c| c.text == ")").map(|c| open + c) else { continue };
        let inside = &toks[open + 1..close];
        let words = inside.iter().filter(|w| w.text.chars().next().is_some_and(is_word_char)).count();
        // Initials right after the clock ("09:40 AM(IST)", "14:32 (GMT)"): a zone's, whatever
        // its letters (IST is India's and Israel's, and the day is not moved by it here).
        let after_clock = open > 0 && {
            let b = &toks[open - 1];
            b.lowercase_is_one_of(&["am", "pm"]) || is_clock_letter(toks, open - 1) || open >= 3 && toks[open - 2].text == ":" && b.text.bytes().all(|c| c.is_ascii_digit())
        };
        let initials = matches!(inside, [w] if (2..=ZONE_INITIALS_MAX).contains(&w.text.len()) && w.text.bytes().all(|c| c.is_ascii_alphabetic()));
        if words <= BRACKETED_ZONE_WORDS && inside.iter().any(|w| w.lowercase_is_one_of(&ZONE_WORDS)) || after_clock && initials {
            zones.push(t.start..toks[close].end);
        }
    }
    zones
}

/// The most words of a zone's name told after its word without brackets ("heure de Paris",
/// "heure d'Israël", "بتوقيت مكة المكرمة") or before it ("Israel time", "Eastern Standard Time"
/// has two before "time").
const ZONE_NAME_WORDS: usize = 2;

/// The byte ranges of the zones told in words right after a clock time, without brackets
/// ("10:30 heure de Paris", "14:32 بتوقيت القدس", "9:15 am Israel time"): the zone's word and
/// the few words of its name are the time's.
fn worded_zones(toks: &[Tok]) -> Vec<std::ops::Range<usize>> {
    let is_word = |t: &Tok| t.text.chars().next().is_some_and(is_word_char) && t.num.is_none() && !t.text.bytes().all(|b| b.is_ascii_digit());
    // A clock ends at token `j` (inclusive): "10:30", "14h32", "9:15 am", "9:15 a.m.".
    let clock_ends_at = |j: usize| {
        let t = &toks[j];
        let minutes = t.text.bytes().all(|b| b.is_ascii_digit()) && j >= 2 && toks[j - 1].text == ":";
        minutes || is_french_time(t.text) || matches!(t.text, "am" | "pm") || t.text == "." && j >= 1 && is_clock_letter(toks, j - 1) || is_clock_letter(toks, j)
    };
    let mut zones = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        if k == 0 || !t.lowercase_is_one_of(&ZONE_WORDS) {
            continue;
        }
        if t.lowercase_is_one_of(&["time"]) {
            // "Israel time": the name before the word, the clock before the name.
            let name = toks[..k].iter().rev().take(ZONE_NAME_WORDS).take_while(|p| is_word(p)).count();
            if k > name && clock_ends_at(k - name - 1) {
                zones.push(toks[k - name].start..t.end);
            }
        } else if clock_ends_at(k - 1) {
            // "heure de Paris", "بتوقيت القدس": the name after the word (an elision's mark
            // between its words).
            let mut end = t.end;
            let mut words = 0;
            for n in &toks[k + 1..] {
                if is_word(n) && words < ZONE_NAME_WORDS {
                    words += 1;
                } else if !matches!(n.text, "'" | "’") {
                    break;
                }
                end = n.end;
            }
            zones.push(t.start..end);
        }
    }
    zones
}

/// Whether `toks[k]` is a letter of "a.m."/"p.m." or a zone's initials after them ("10:32 p.m.
/// ET"): spelled with full stops, the marks are cut into single letters that are no words.
fn is_clock_letter(toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    let dotted = toks.get(k + 1).is_some_and(|n| n.text == "." && n.start == t.end);
    let after_dot = k > 0 && toks[k - 1].text == "." && toks[k - 1].end == t.start;
    let letter = matches!(t.text, "a" | "p" | "m") && (dotted || after_dot);
    let clock_before = toks[..k].iter().rev().find(|p| p.text != ".").is_some_and(|p| matches!(p.text, "m" | "am" | "pm"));
    letter || clock_before && US_ZONE_INITIALS.contains(&t.text) || zone_initials_after_a_clock(toks, k)
}

/// The letters a zone's initials may have ("IST", "CEST", "AEDT"): fewer are words of their
/// own ("at", "et").
const ZONE_INITIALS_LETTERS: std::ops::RangeInclusive<usize> = 3..=4;

/// Whether `toks[k]` is a zone's initials closing a clock time's field ("July 20, 2022 18:41
/// IST |", "December 11, 2020 4:12 am IST", « 20 juillet 2022 à 18h41 CET »): three or four
/// letters ending in the "t" of "time" right after the clock, with nothing after them but the
/// line's end or a field's cut. Sites print their own zone so (India's, Israel's, the Gulf's:
/// "IST" is both India's and Israel's), which the lexicon cannot tell apart, so the initials are
/// the time's words without an offset; in a sentence the same letters are words ("est").
fn zone_initials_after_a_clock(toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    let initials = ZONE_INITIALS_LETTERS.contains(&t.text.len()) && t.text.bytes().all(|b| b.is_ascii_alphabetic()) && t.text.bytes().last().is_some_and(|b| b.eq_ignore_ascii_case(&b't'));
    let clock_before = k >= 2 && (["am", "pm"].iter().any(|m| toks[k - 1].text.eq_ignore_ascii_case(m)) || toks[k - 1].num.is_some() && toks[k - 2].text == ":" || is_french_time(toks[k - 1].text));
    let field_ends = toks.get(k + 1).is_none_or(|n| FIELD_SEPARATORS.contains(&n.text) || BYLINE_DASHES.contains(&n.text));
    initials && clock_before && field_ends
}

/// Zone initials American pages print after a time ("10:32 p.m. ET"): too short to be read as
/// zones elsewhere ("et" is French for "and").
const US_ZONE_INITIALS: [&str; 4] = ["et", "ct", "mt", "pt"];

/// The most words a byline's name may have before its date on the same line ("By Sarah Cohen
/// and Agencies 11 August 2021"): a longer run is a sentence.
const BYLINE_NAME_WORDS: usize = 4;

/// The byte ranges of the web addresses in `text` ("https://site.ma/politique/2021/07/11/…",
/// "www.site.ma/2021/07/11"): the dates in them are a folder's name, the day a page (this one
/// or another) was filed, not a date the text tells; [`super::find_dates`] drops them.
pub(super) fn url_spans(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut spans: Vec<std::ops::Range<usize>> = Vec::new();
    for pattern in ["http://", "https://", "www."] {
        for at in memchr::memmem::find_iter(text.as_bytes(), pattern) {
            // "www." inside an address already found, or glued to a word, opens none.
            if spans.iter().any(|s| s.contains(&at)) || text[..at].chars().next_back().is_some_and(|c| !c.is_whitespace() && !"([«\"'<:".contains(c)) {
                continue;
            }
            let end = text[at..].find(|c: char| c.is_whitespace() || matches!(c, '»' | '"' | '<' | '>')).map_or(text.len(), |e| at + e);
            spans.push(at..end);
        }
    }
    spans
}

/// The rule name of a date read by (see [`separated_dates`]).
pub(super) const SEPARATED_DATE: &str = "dateline-separated-date";

/// The rule name of a date whose year is glued to what follows it (see [`glued_year`]).
pub(super) const GLUED_YEAR: &str = "dateline-glued-year";

/// Whether `m` was read by a rule that counts only on a date line ([`separated_dates`], and a
/// two-digit-year date that reads both ways, [`super::find::EITHER_ORDER`]): [`super::find_dates`] keeps such a mention where
/// [`mark_date_lines`] marks it, in place of the mentions inside it, and drops it elsewhere.
pub(super) fn read_only_on_date_lines(m: &DateMention) -> bool {
    m.rule == SEPARATED_DATE || m.rule == GLUED_YEAR || m.rule == super::find::EITHER_ORDER
}

/// A day and month without a year whose year a page's text glued to what follows it: to the
/// time ("11 يوليوز 202111:30", "July 11, 20219:32 PM") or to the day of the update date after
/// it ("11 Aug 202111 Aug 2021"), as pages scraped without their markup print them. `toks[k]`
/// is the token after `m` (a comma skipped); the date read with the year's four digits.
fn glued_year(toks: &[Tok], k: usize, m: &DateMention, lex: &DateLexicon) -> Option<DateMention> {
    let ExprKind::Calendar(cal @ Calendar { day: Some(_), month: Some(_), year: None, year_offset: None, month_offset: None, hijri: false, .. }) = m.expr.kind else {
        return None;
    };
    let k = if toks.get(k)?.text == "," { k + 1 } else { k };
    let t = toks.get(k)?;
    let digits = t.text;
    if !(5..=6).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (year, rest) = digits.split_at(4);
    let year: i32 = year.parse().ok().filter(|y| (1990..=2099).contains(y))?;
    let rest: u32 = rest.parse().ok()?;
    let next = toks.get(k + 1).filter(|n| n.start == t.end);
    let spaced_next = toks.get(k + 1).filter(|n| n.start > t.end);
    // The hour of a time ("202111:30"), or the day of a date whose month follows ("202111 Aug").
    let time = rest <= 23 && next.is_some_and(|n| n.text == ":");
    let day_of_next = (1..=31).contains(&rest)
        && spaced_next.is_some_and(|n| n.matches.iter().any(|&(e, _)| matches!(lex.entry(e as usize).word, Word::Month { hijri: false, .. })));
    if !(time || day_of_next) {
        return None;
    }
    let cal = Calendar { year: Some(year), ..cal };
    let expr = DateExpr { kind: ExprKind::Calendar(cal), ..m.expr };
    Some(DateMention { range: m.range.start..t.start + 4, expr, tense_hint: m.tense_hint, rule: GLUED_YEAR, dateline: None, zone_time: None, aside: false, relative: false, anniversary: false, since: None, wire: false, flashback: false })
}

/// Numeric dates written with spaces around their separators ("14 - 03 - 2022", "2022 / 03 /
/// 14"), and dates whose month name stands between the separators ("24/نوفمبر/2021",
/// "24-نوفمبر-2021"), and days whose year is glued to the next token ([`glued_year`]), on the
/// lines of `text`, where no mention covers more. They are read only where they make a date
/// line: [`super::find_dates`] keeps those [`mark_date_lines`] marks and drops the rest, since
/// in running text such numbers are more often scores, ranges or references.
pub(super) fn separated_dates(text: &str, lex: &DateLexicon, mentions: &[DateMention]) -> Vec<DateMention> {
    let mut out = Vec::new();
    let mut line_start = 0;
    while line_start <= text.len() {
        let range = line_start..memchr::memchr(b'\n', &text.as_bytes()[line_start..]).map_or(text.len(), |p| line_start + p);
        let line = &text.as_bytes()[range.clone()];
        line_start = range.end + 1;
        if line.len() > 200 || !line.iter().any(|b| b.is_ascii_digit()) {
            continue;
        }
        let toks = tokenize(text, range.clone(), lex);
        let mut k = 0;
        while k + 4 < toks.len() {
            let sep = toks[k + 1].text;
            let spaced = toks[k].end != toks[k + 1].start || toks[k + 2].end != toks[k + 3].start;
            let (a, b) = (toks[k].start, toks[k + 4].end);
            // A weekday read with the first number ("الاثنين 14") is the date's weekday.
            let lead = mentions.iter().find_map(|m| match m.expr.kind {
                ExprKind::Calendar(Calendar { weekday: Some(w), .. }) | ExprKind::Weekday { weekday: w, .. }
                    if m.range.start < a && (a..=b).contains(&m.range.end) =>
                {
                    Some((m.range.start, w))
                }
                _ => None,
            });
            let from = lead.map_or(a, |l| l.0);
            let month_name = toks[k + 2].matches.iter().find_map(|&(e, n)| match lex.entry(e as usize).word {
                Word::Month { month, hijri: false, .. } if n == 1 => Some(month),
                _ => None,
            });
            let found = (matches!(sep, "-" | "/" | ".") && toks[k + 3].text == sep)
                .then(|| match month_name {
                    // "24/نوفمبر/2021": a month name between the separators.
                    Some(month) => {
                        let (d, y) = (toks[k].num?, toks[k + 4].num?);
                        let ok = d.digits <= 2 && y.digits == 4 && d.suffix.is_none();
                        let cal = Calendar { year: Some(y.value as i32), month: Some(month), day: Some(d.value), ..Calendar::default() };
                        (ok && chrono::NaiveDate::from_ymd_opt(y.value as i32, month, d.value).is_some()).then_some(cal)
                    }
                    None if spaced => numeric_date(toks[k].num?, toks[k + 2].num?, toks[k + 4].num?),
                    None => None,
                })
                .flatten()
                // A mention inside it (the year alone) gives way; one reaching out of it wins.
                .filter(|_| !mentions.iter().any(|m| m.range.start < b && from < m.range.end && (m.range.start < from || m.range.end > b)));
            match found {
                Some(cal) => {
                    let cal = Calendar { weekday: lead.map(|l| l.1), ..cal };
                    let expr = DateExpr { kind: ExprKind::Calendar(cal), part: None, tense: None, shift: 0 };
                    let range = from..b;
                    out.push(DateMention { range, expr, tense_hint: None, rule: SEPARATED_DATE, dateline: None, zone_time: None, aside: false, relative: false, anniversary: false, since: None, wire: false, flashback: false });
                    k += 5;
                }
                None => k += 1,
            }
        }
        for m in mentions.iter().filter(|m| range.contains(&m.range.start)) {
            if let Some(after) = toks.iter().position(|t| t.start >= m.range.end)
                && let Some(glued) = glued_year(&toks, after, m, lex)
            {
                out.push(glued);
            }
        }
    }
    out
}

/// Whether two of `mentions` (one line's, in text order) are full Gregorian dates of different
/// days joined by nothing but a dash ("10 décembre 2020 - 10 décembre 2021", "22/12/2020 –
/// 22/12/2021"): the line names a stretch of time (a headline's "a year on"), as the range
/// rules read "من … إلى …" and "du … au …"; a reader takes neither end for the page's day.
fn spans_between_dates(text: &str, mentions: &[DateMention]) -> bool {
    let full_day = |m: &DateMention| match m.expr.kind {
        ExprKind::Calendar(Calendar { day: Some(d), month: Some(mo), year: Some(y), hijri: false, .. }) => Some((y, mo, d)),
        _ => None,
    };
    mentions.windows(2).any(|pair| {
        let between = text.get(pair[0].range.end..pair[1].range.start).unwrap_or("").trim();
        let dash = between.chars().count() == 1 && BYLINE_DASHES.contains(&between);
        dash && matches!((full_day(&pair[0]), full_day(&pair[1])), (Some(a), Some(b)) if a != b)
    })
}

/// Whether the token at `k` is a later letter of dotted initials ("ف" and "ب" of "أ.ف.ب"): one
/// letter right after a full stop glued to the letter before it.
fn continues_initials(toks: &[Tok], k: usize) -> bool {
    k >= 2 && toks[k].text.chars().count() == 1 && toks[k - 1].text == "." && toks[k - 1].end == toks[k].start && toks[k - 2].end == toks[k - 1].start && toks[k - 2].text.chars().count() == 1
}

/// Mark mentions that stand on a date line: a line made of dates, labels (نشر، آخر تحديث),
/// times, weekdays and at most two other words. The label before a mention gives its role.
pub(super) fn mark_date_lines(text: &str, lex: &DateLexicon, mentions: &mut [DateMention]) {
    let mut i = 0;
    while i < mentions.len() {
        let start = mentions[i].range.start;
        let line_start = memchr::memrchr(b'\n', &text.as_bytes()[..start]).map_or(0, |p| p + 1);
        let line_end = memchr::memchr(b'\n', &text.as_bytes()[start..]).map_or(text.len(), |p| start + p);
        let mut j = i;
        while j < mentions.len() && mentions[j].range.start < line_end {
            j += 1;
        }
        // A line of more than DATE_LINE_TOKENS tokens is only tested as a wire dateline, which
        // reads its first tokens and the one after its first mention: a long paragraph is not
        // read whole, nor up to a mention that starts past its first tokens (no dateline then).
        // Most mentions stand in a paragraph, past where a wire dateline's date stands: counting
        // runs (each a token or more) says so without cutting the line into tokens or looking a
        // word up. One more run before the mention than the tokens it must pass, as the last
        // run counted may go on into it.
        let prefix = DATE_LINE_TOKENS + 1;
        if more_tokens_than(text, line_start..mentions[i].range.start, WIRE_DATE_LAST_TOKEN + 1) && more_tokens_than(text, line_start..line_end, DATE_LINE_TOKENS) {
            i = j.max(i + 1);
            continue;
        }
        let mut toks = tokenize_prefix(text, line_start..line_end, lex, prefix, 0);
        if toks.len() >= prefix && toks.last().is_some_and(|t| t.start < mentions[i].range.end && t.end > mentions[i].range.start) {
            toks = tokenize_prefix(text, line_start..line_end, lex, prefix, mentions[i].range.end);
        }
        if toks.len() > DATE_LINE_TOKENS && !wire_dateline(&toks, &mentions[i]) {
            // A paragraph without a wire dateline: nothing below marks its mentions.
            i = j.max(i + 1);
            continue;
        }
        let in_mention = |t: &Tok| mentions[i..j].iter().any(|m| t.start >= m.range.start && t.end <= m.range.end);
        let mut other = 0;
        // Where the words that are not date material stand, and where the line is cut into
        // fields ("كتب: فلان | الاثنين 14 مارس 2022").
        let mut others_at: Vec<usize> = Vec::new();
        let mut field_cuts: Vec<usize> = Vec::new();
        let mut labels: Vec<(usize, DateLine)> = Vec::new();
        // The field cuts made by a label (see below).
        let mut label_cuts: Vec<usize> = Vec::new();
        let is_word = |t: &Tok| t.text.chars().next().is_some_and(is_word_char);
        let is_a = |t: &Tok, word: Word| t.matches.iter().find(|&&(e, _)| lex.entry(e as usize).word == word).map(|&(_, n)| n as usize);
        // A byline opens with its word ("By", "Par", "كتب"), or with a publication label
        // whose byline word follows ("Posted by: North Africa Post June 14, 2021").
        let first_word = toks.iter().position(is_word);
        let byline = first_word.is_some_and(|f| {
            is_a(&toks[f], Word::BylineLabel).is_some()
                || is_a(&toks[f], Word::PublishedLabel).is_some_and(|n| toks[f + n..].iter().find(|t| is_word(t)).is_some_and(|t| is_a(t, Word::BylineLabel).is_some()))
        });
        // A zone told in words between brackets ("(heure d'Israël)", "(Israel time)",
        // "(بتوقيت القدس)"): its words are the time's.
        let mut zone_words = bracketed_zones(&toks);
        // One told without brackets after the time ("10:30 heure de Paris").
        zone_words.extend(worded_zones(&toks));
        // A byline's name stands between its label and its date ("By TOI Staff 11 August
        // 2021, 4:12 pm", "Par Mohammed Ould Boah le 11/08/2021"): its words are the byline's,
        // not the line's, while they are few (a sentence opened by "كتب" has more).
        let name_end = mentions[i].range.start;
        let name_words = toks.iter().filter(|t| t.end <= name_end && t.text.chars().next().is_some_and(is_word_char)).count();
        let byline_name = byline && name_words <= BYLINE_NAME_WORDS + 1;
        // A place and its writer before the date ("الرباط: محمد بوخزار - 11 أغسطس 2021"): a
        // credit, cut from the date by its dash like a byline.
        let place_credit = toks.first().is_some_and(|t| t.text.chars().next().is_some_and(is_word_char)) && toks.get(1).is_some_and(|t| t.text == ":") && name_words <= BYLINE_NAME_WORDS + 1;
        // A place, a dash and the outlet right before the date ("طنجة - الشرق الأوسط 9 مارس
        // 2021", "Casablanca - Le Matin 9 mars 2021"): the words before the date are the credit.
        let outlet_credit = place_and_outlet_before(&toks, &mentions[i]);
        // An outlet, a dash and the date ("Le Journal de Tanger - jeudi 24 novembre 2022"):
        // the dash cuts the credit from the date.
        let outlet_dash = outlet_then_dash(&toks, &mentions[i], lex);
        let mut k = 0;
        while k < toks.len() {
            let t = &toks[k];
            if in_mention(t) {
                k += 1;
                continue;
            }
            let w = t.matches.first().map(|&(e, n)| (lex.entry(e as usize).word, n as usize));
            let label = t
                .matches
                .iter()
                .map(|&(e, n)| (lex.entry(e as usize).word, n as usize))
                .find(|(w, _)| matches!(w, Word::PublishedLabel | Word::UpdatedLabel));
            if let Some((lw, n)) = label {
                // A label opens a field of its own after a credit ("Le Monde avec AFP Publié le
                // 11 août 2021 à 14h32 - Mis à jour le 12 août 2021") or after another label's
                // date; after more words it is a sentence's verb ("…، نشر في").
                // A wire's dotted initials are one name ("أ.ف.ب", "و.م.ع", "A.F.P."): only
                // their first letter counts as a word.
                let words_before = (0..k).filter(|&p| is_word(&toks[p]) && toks[p].num.is_none() && !in_mention(&toks[p]) && !continues_initials(&toks, p)).count();
                if !labels.is_empty() || words_before <= BYLINE_NAME_WORDS {
                    field_cuts.push(t.start);
                    label_cuts.push(t.start);
                }
                labels.push((t.start, if lw == Word::PublishedLabel { DateLine::Published } else { DateLine::Updated }));
                k += n;
                continue;
            }
            let known = t.num.is_some()
                // A number longer than a date's: an issue number ("رقم العدد [15597]").
                || t.text.chars().all(|c| c.is_ascii_digit())
                || (byline_name || outlet_credit) && t.end <= name_end
                || !t.text.chars().next().is_some_and(is_word_char)
                || matches!(w, Some((Word::Weekday(_) | Word::TimeOfDay | Word::GregMarker | Word::Link | Word::DayWord | Word::TimeZone | Word::ZoneName(_), _)))
                || matches!(
                    t.text,
                    "الساعه"
                        | "بتوقيت"
                        | "gmt"
                        | "utc"
                        | "am"
                        | "pm"
                        | "ص"
                        | "م"
                        | "مكه"
                        | "القدس"
                        | "غرينتش"
                        | "on"
                        | "at"
                        | "le"
                        | "à"
                        | "في"
                        // "على الساعة 22:15" (normalised): Moroccan pages' "at".
                        | "علي"
                )
                // A print edition's issue and page after its date ("نشر في 2022/07/26، العدد:
                // 12463، ص(4)", "Issue 4410 - page 7").
                || ISSUE_WORDS.contains(&t.text)
                || PAGE_WORDS.contains(&t.text)
                // A French time ("à 14h32").
                || is_french_time(t.text)
                // "10:32 p.m. ET": the clock's letters, and a zone's after them.
                || is_clock_letter(&toks, k)
                || zone_words.iter().any(|z| z.contains(&t.start));
            if !known {
                other += 1;
                others_at.push(t.start);
            }
            let spaced = |n: usize| k.checked_sub(1).is_some_and(|p| toks[p].end < t.start) && toks.get(n).is_some_and(|x| x.start > t.end);
            // A byline after the date, labelled or not ("Posted on 07/19/2022 at 10:12 am EDT
            // by Staff Writer", "11 août 2021 à 14:32 Par Jeune Afrique") is a field of its own.
            let after_a_date = !labels.is_empty() || mentions[i].range.end <= t.start;
            let byline_after = k > 0 && after_a_date && t.matches.iter().any(|&(e, _)| lex.entry(e as usize).word == Word::BylineLabel);
            // A credit ended by a full stop ("Rabat - Morocco World News. 11 August 2021").
            let full_stop = t.text == "." && k > 0 && toks[k - 1].end == t.start && toks[k - 1].num.is_none() && toks.get(k + 1).is_some_and(|x| x.start > t.end);
            if FIELD_SEPARATORS.contains(&t.text) || (byline || place_credit || outlet_dash) && BYLINE_DASHES.contains(&t.text) && spaced(k + 1) || byline_after || full_stop {
                field_cuts.push(t.start);
            }
            k += 1;
        }
        let role_of = |m: &DateMention| labels.iter().rev().find(|(p, _)| *p < m.range.start).map_or(DateLine::Plain, |l| l.1);
        // A photo's caption or credit: its date is the picture's.
        let caption = toks.iter().any(|t| t.lowercase_is_one_of(&PHOTO_WORDS));
        if spans_between_dates(text, &mentions[i..j]) || caption && labels.is_empty() {
            // "10 décembre 2020 - 10 décembre 2021": a stretch of time a headline names, not
            // the day of the page; a caption's date is the picture's.
        } else if other <= 2 && toks.len() <= DATE_LINE_TOKENS {
            for m in &mut mentions[i..j] {
                m.dateline = Some(role_of(m));
            }
        } else {
            if toks.len() <= DATE_LINE_TOKENS && !field_cuts.is_empty() {
                // A short line of fields (byline, reading time, date): a date whose field holds
                // nothing but date material is a date line.
                for m in &mut mentions[i..j] {
                    let field_start = field_cuts.iter().rev().find(|&&c| c < m.range.start).copied().unwrap_or(line_start);
                    let field_end = field_cuts.iter().find(|&&c| c >= m.range.end).copied().unwrap_or(line_end);
                    // A label's field that ends the line with a full stop is a sentence's
                    // end ("Selon le rapport publié le 11 août 2021.").
                    let sentence = label_cuts.contains(&field_start) && field_end == line_end && toks.last().is_some_and(|t| t.text == ".");
                    if !others_at.iter().any(|&o| (field_start..field_end).contains(&o)) && !sentence {
                        m.dateline = Some(role_of(m));
                    }
                }
            }
            if mentions[i].dateline.is_none() && wire_dateline(&toks, &mentions[i]) {
                mentions[i].dateline = Some(DateLine::Plain);
            }
        }
        // An agency's dateline: the story's day (see `DateMention::wire`).
        if mentions[i].dateline.is_some() && (wire_dateline(&toks, &mentions[i]) || place_in_date_then_agency(&toks, &mentions[i])) {
            mentions[i].wire = true;
            wire_day_is_past(&mut mentions[i]);
        }
        i = j.max(i + 1);
    }
}
