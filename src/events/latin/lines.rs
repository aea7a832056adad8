//! Date lines and photo captions of English and French pages: a caption repeats the story,
//! and the city of a date line is where the story was written, not a venue.

use super::Refine;

use crate::dates::DateMention;
use crate::events::mention::EventMention;
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

/// "Casablanca, le 12 mai 2022 - … ont signé jeudi à Rabat un mémorandum": the city of a
/// dateline (a place opening the sentence, a comma, a date, then a dash or the agency's name)
/// is where the story was written; a venue the event's sentence states besides wins over it.
pub(super) fn dateline_place_yields_to_venue(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, found, dates, g, .. } = *cx;
    for m in out.iter_mut().filter(|m| cx.latin(m) && m.places.len() >= 2) {
        let Some(place) = dateline_place(doc, m.sentence, found, dates, g) else { continue };
        if m.places.contains(&place) && m.places.iter().any(|&p| p != place) {
            m.places.retain(|&p| p != place);
        }
    }
}

/// The place of sentence `si`'s dateline, when it opens with one: a place, a comma, a date,
/// then a dash or an opening bracket ("CASABLANCA, July 21 (Reuters) -", "Rabat, le 12 mai -").
fn dateline_place(doc: &Document, si: usize, found: &Found, dates: &[DateMention], g: &Gazetteer) -> Option<usize> {
    let text = doc.norm.text.as_str();
    let sentence = doc.sentences[si].range.clone();
    let start = sentence.start + (text[sentence.clone()].len() - text[sentence.clone()].trim_start().len());
    let place = found.entities.iter().find(|e| e.range.start == start && g.entities()[e.entity].kind == EntityKind::Place)?;
    let rest = text[place.range.end..sentence.end].trim_start().strip_prefix(',')?;
    let date_start = sentence.end - rest.trim_start().len();
    // "le 12 mai 2022": an article may open the date.
    let date = dates.iter().find(|d| d.range.start >= date_start && crate::text::lexmatch::words(text, date_start..d.range.start).len() <= 1)?;
    text[date.range.end..sentence.end].trim_start().starts_with(['-', '–', '—', '(']).then_some(place.entity)
}
