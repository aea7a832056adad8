//! Date lines and photo captions of English and French pages: a caption repeats the story,
//! and the city of a date line is where the story was written, not a venue (that rule is read
//! on Arabic pages too).

use super::Refine;

use crate::text::lexmatch::WordList;
use crate::dates::DateMention;
use crate::events::mention::EventMention;
use crate::events::rules::EventType;
use crate::gazetteer::{EntityKind, Found, Gazetteer};
use crate::text::Document;

/// Whether sentence `si` of `doc` opens as a photo caption: a place, a comma, a date, a colon
/// ("Rabat, mardi 26 juillet 2022 : …").
fn is_caption(doc: &Document, si: usize, found: &Found, dates: &[DateMention], g: &Gazetteer) -> bool {
    let text = doc.norm.text.as_str();
    let sentence = doc.sentences[si].range.clone();
    let start = sentence.start + (text[sentence.clone()].len() - text[sentence.clone()].trim_start().len());
    let Some(place) = found.entities.iter().find(|e| e.range.start == start && g.entities()[e.entity].kind == EntityKind::Place) else { return false };
    let Some(rest) = text[place.range.end..sentence.end].trim_start().strip_prefix(',') else { return false };
    let after_comma = sentence.end - rest.len();
    let date_start = after_comma + (rest.len() - rest.trim_start().len());
    dates.iter().find(|d| d.range.start == date_start).is_some_and(|d| text[d.range.end..sentence.end].trim_start().starts_with(':'))
}

/// Drop the Latin-script mentions told in a photo caption (see [`is_caption`]).
pub(super) fn drop_captions(out: &mut Vec<EventMention>, cx: &Refine) {
    let Refine { doc, found, dates, g, .. } = *cx;
    let mut captions: Vec<(usize, bool)> = Vec::new();
    out.retain(|m| {
        if !cx.latin(m) {
            return true;
        }
        let caption = match captions.iter().find(|(s, _)| *s == m.sentence) {
            Some(&(_, c)) => c,
            None => {
                let c = is_caption(doc, m.sentence, found, dates, g);
                captions.push((m.sentence, c));
                c
            }
        };
        !caption
    });
}

/// "Casablanca, le 12 mai 2022 - … ont signé jeudi à Rabat un mémorandum", "CASABLANCA
/// (Reuters) - … held talks in Rabat": the city of a dateline is where the story was written; a
/// venue the event's sentence states besides wins over it, unless the sentence names the
/// dateline's city again after the dateline ("… the first direct flight between Tel Aviv and
/// Rabat": there it is a venue too).
///
/// A trip to another country is a venue too: "Rabat - Foreign Minister Nasser Bourita will
/// travel to Israel in mid-July", "RABAT, 3 mars (AFP) - … se rendra en Israël": the visit is
/// not in the dateline's city when its sentence sends it, after the trigger, to a country
/// ("to", "en": word list `destination`) other than that city's.
///
/// The rule of every language: an Arabic wire's dateline, the city and the agency after a dash
/// («القدس المحتلة - وكالات: اختتمت أمس في منطقة النقب …», «الرباط - ومع: يتوجه بوريطة إلى
/// إسرائيل»), is the city alone then a dash, as "Rabat - Foreign Minister …" is.
pub(super) fn dateline_place_yields_to_venue(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, found, dates, rules, g, .. } = *cx;
    let text = doc.norm.text.as_str();
    for m in out.iter_mut().filter(|m| !m.places.is_empty()) {
        let Some((place, end)) = dateline_place(doc, m.sentence, found, dates, g) else { continue };
        let sentence_end = doc.sentences[m.sentence].range.end;
        let named_again = found.entities.iter().any(|e| e.entity == place && e.range.start >= end && e.range.end <= sentence_end);
        if named_again || !m.places.contains(&place) {
            continue;
        }
        let other_venue = m.places.iter().any(|&p| p != place);
        // The trigger may hold the word ("travel to").
        let word_before = |at: usize| crate::text::lexmatch::word_iter(text, m.trigger.start..at).next_back().map(|w| &text[w]);
        let abroad = m.event_type == EventType::Visit
            && found.entities.iter().any(|e| {
                e.range.start > m.trigger.start && e.range.end <= sentence_end && g.entities()[e.entity].is_country() && g.country_of(e.entity) != g.country_of(place) && word_before(e.range.start).is_some_and(|w| rules.words.destinations.has(w))
            });
        if other_venue || abroad {
            m.places.retain(|&p| p != place);
        }
    }
}

/// The place of sentence `si`'s dateline, when it opens with one, and where the dateline ends:
/// a place, then its country or a date after a comma (or both), then a dash or an opening
/// bracket ("CASABLANCA, July 21 (Reuters) -", "RABAT, Morocco —", "Rabat, le 12 mai -"); or
/// a place and the agency's name in brackets, then a dash ("RABAT (Reuters) -").
fn dateline_place(doc: &Document, si: usize, found: &Found, dates: &[DateMention], g: &Gazetteer) -> Option<(usize, usize)> {
    let text = doc.norm.text.as_str();
    let sentence = doc.sentences[si].range.clone();
    let start = sentence.start + (text[sentence.clone()].len() - text[sentence.clone()].trim_start().len());
    let place = found.entities.iter().find(|e| e.range.start == start && g.entities()[e.entity].kind == EntityKind::Place)?;
    // Where the next word after a comma at `at` starts.
    let after_comma = |at: usize| text[at..sentence.end].trim_start().strip_prefix(',').map(|rest| sentence.end - rest.trim_start().len());
    let mut at = place.range.end;
    let country = after_comma(at).and_then(|c| found.entities.iter().find(|e| e.range.start == c && g.entities()[e.entity].is_country()));
    if let Some(country) = country {
        at = country.range.end;
    }
    // "le 12 mai 2022": an article may open the date.
    let date = after_comma(at).and_then(|d0| dates.iter().find(|d| d.range.start >= d0 && crate::text::lexmatch::words(text, d0..d.range.start).len() <= 1));
    if let Some(date) = date {
        at = date.range.end;
    }
    let tail = text[at..sentence.end].trim_start();
    let dash = |s: &str| s.starts_with(['-', '–', '—']);
    // "(Reuters) -", "(AFP) -": the agency in brackets, then the dash.
    let agency = tail.strip_prefix('(').and_then(|s| s.split_once(')')).filter(|(_, after)| dash(after.trim_start()));
    // "Rabat - Foreign Minister …" (Morocco World News, MAP): the city alone, then a dash set
    // apart by spaces ("Rabat-Salé" is a name), opening a body sentence (a headline "Rabat -
    // Tel Aviv flights resume" names a route).
    let bare = super::is_body(doc, si) && country.is_none() && date.is_none() && at < sentence.end && text[at..].starts_with(char::is_whitespace) && dash(tail) && tail[tail.chars().next().map_or(0, char::len_utf8)..].starts_with(char::is_whitespace);
    let end = match agency {
        Some((_, after)) => sentence.end - after.trim_start().len(),
        None if (country.is_some() || date.is_some() || bare) && (dash(tail) || tail.starts_with('(')) => sentence.end - tail.len(),
        None => return None,
    };
    Some((place.entity, end))
}

/// Whether sentence `si` of `doc` opens as the entry of a live blog: a clock time ("11:05",
/// "3:15 pm", "15h20", "9 h 40") and then a dash, a bar or a colon.
fn opens_with_a_clock_stamp(doc: &Document, si: usize) -> bool {
    let text = doc.norm.text.as_str();
    let line = text[doc.sentences[si].range.clone()].trim_start();
    let Some(end) = crate::events::build::clock_time_end(line) else { return false };
    let mut rest = line[end..].trim_start();
    for suffix in CLOCK_SUFFIXES {
        if let Some(r) = rest.strip_prefix(suffix) {
            rest = r.trim_start();
            break;
        }
    }
    rest.starts_with(['-', '—', '–', '|', ':'])
}

/// What may follow the minutes of a live blog's stamp ("3:15 pm —", "11:05 GMT -"), longest
/// first; the text is normalised to lower case.
const CLOCK_SUFFIXES: &[&str] = &["a.m.", "p.m.", "am", "pm", "gmt", "utc"];

/// "3:15 pm — Elharrar and Benali signed a memorandum", "15h20 - Les deux ministres ont
/// signé …": the entries of a live blog are of the day it is written; a past event such a line
/// tells with no date of its own happened on the publication day (a plan keeps none).
pub(super) fn live_entries_are_of_the_day(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, published, .. } = *cx;
    if published.is_none() {
        return;
    }
    for m in out.iter_mut().filter(|m| cx.latin(m) && m.date.is_none() && !m.planned && !m.aside) {
        // The stamp opens the entry's line ("3:15 pm —") or stands alone on the line above it.
        if opens_with_a_clock_stamp(doc, m.sentence) || crate::events::build::under_a_clock_line(&doc.norm.text, doc.sentences[m.sentence].range.start) {
            m.on_publication_day = true;
        }
    }
}
