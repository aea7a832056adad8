//! "The capital" told alone ("حل الوفد بالعاصمة", "talks in the capital", "à la capitale"):
//! the capital of the one country the sentence, else the story, is about, as a place of an
//! event that names none. The words are rows of kind `capital`, the capitals rows of kind
//! `capital-city` (gazetteer place ids; a capital's country is the gazetteer's), in the trigger
//! files; where no single country is clear, the event keeps no place.

use std::ops::Range;

use super::mention::EventMention;
use super::rules::WordLists;
use super::welcome::phrase_at;
use crate::text::lexmatch::Covers;
use crate::gazetteer::{EntityKind, Found, Gazetteer};
use crate::text::lexmatch::{valid_proclitics, word_iter};

/// Where a capital word stands in `scope` alone and which country's capital it then is: gives
/// `m` that capital as its place when it names none. "العاصمة" right before a country's name or
/// nationality ("العاصمة الإسرائيلية", "la capitale israélienne") is that country's; alone, it is
/// the capital of the one country named by its name in the sentence (`sentence`: "خلال زيارته
/// لإسرائيل، التقى بالعاصمة …"), else of the one country whose cities, sites or regions the
/// article names up to the end of the sentence (a dateline "الرباط - " sets the story in
/// Morocco). A capital word inside a longer name the gazetteer found ("العاصمة الاقتصادية",
/// "العاصمة المغربية") or before another word with the article that is no date ("العاصمة
/// الروحية") is none.
pub(super) fn capital_told_alone(m: &mut EventMention, scope: &Range<usize>, sentence: &Range<usize>, text: &str, found: &Found, g: &Gazetteer, dates: &[Range<usize>], lists: &WordLists) {
    if !m.places.is_empty() || lists.capitals.is_empty() || lists.capital_cities.is_empty() {
        return;
    }
    // Most scopes hold no capital word: a substring test of each form's first word (without
    // its article, which "للعاصمة" drops) rules them out before the words are split.
    let said = &text[scope.clone()];
    let may_tell = |form: &String| {
        let first = form.split(' ').next().unwrap_or(form);
        said.contains(first.strip_prefix("ال").unwrap_or(first))
    };
    if !lists.capitals.iter().any(may_tell) {
        return;
    }
    let words: Vec<Range<usize>> = word_iter(text, scope.clone()).collect();
    let entities = g.entities();
    let entity_at = |at: usize| {
        let k = found.entities.partition_point(|e| e.range.start < at);
        found.entities.get(k).filter(|e| e.range.start == at)
    };
    let inside_a_name = |r: &Range<usize>| {
        let k = found.entities.partition_point(|e| e.range.start <= r.start);
        found.entities[..k].iter().rev().take(4).any(|e| e.range.covers(r))
    };
    for (k, w) in words.iter().enumerate() {
        // A form of one or more words, proclitics allowed on the first ("بالعاصمة").
        let told = lists.capitals.iter().find_map(|form| phrase_at(text, &words, k, form).map(|end| w.start..end));
        let Some(told) = told else { continue };
        if inside_a_name(&told) {
            continue;
        }
        let next = word_iter(text, told.end..sentence.end).next();
        let country = match next.as_ref().and_then(|n| entity_at(n.start)) {
            // "العاصمة الإسرائيلية": the country named right after it.
            Some(e) if entities[e.entity].is_country() => Some(entities[e.entity].country.to_string()),
            // "في العاصمة الرباط": the city is named, and found as the place it is.
            Some(e) if entities[e.entity].kind == EntityKind::Place => None,
            // A person or an organisation named right after is the event's, not the capital's.
            Some(_) => story_country(sentence, text, found, g),
            None if next.as_ref().is_some_and(|n| text[n.clone()].starts_with("ال") && !dates.iter().any(|d| d.covers(n))) => None,
            None => story_country(sentence, text, found, g),
        };
        let capital = country.and_then(|c| lists.capital_cities.iter().filter_map(|id| g.index_of(id)).find(|&i| *entities[i].country == *c));
        if let Some(place) = capital {
            m.places.push(place);
            return;
        }
    }
}

/// The one country `sentence` names by its own name ("المغرب", "لإسرائيل", "Morocco"; not a
/// nationality, which tells who someone is, not where the story is), else the one country of
/// the cities, sites and regions the article names up to the sentence's end; None when there
/// are several or none.
fn story_country(sentence: &Range<usize>, text: &str, found: &Found, g: &Gazetteer) -> Option<String> {
    let entities = g.entities();
    let one = |codes: &mut Vec<String>| {
        codes.sort();
        codes.dedup();
        (codes.len() == 1).then(|| codes[0].clone())
    };
    let named_by_name = |e: &crate::gazetteer::EntityMention| {
        let entity = &entities[e.entity];
        let said = &text[e.range.clone()];
        let name_ar = crate::text::normalize::normalize_str(&entity.name_ar);
        let name = entity.name.to_lowercase();
        said.strip_suffix(name_ar.as_str()).is_some_and(|pre| valid_proclitics(pre, false)) || said.to_lowercase() == name
    };
    let in_sentence = found.starting_in(sentence).iter().take_while(|e| e.range.end <= sentence.end);
    let mut named: Vec<String> = in_sentence.filter(|e| entities[e.entity].is_country() && named_by_name(e)).map(|e| entities[e.entity].country.to_string()).collect();
    if let Some(c) = one(&mut named) {
        return Some(c);
    }
    if !named.is_empty() {
        return None;
    }
    let mut places: Vec<String> = found
        .starting_in(&(0..sentence.end))
        .iter()
        .map(|e| &entities[e.entity])
        .filter(|e| e.kind == EntityKind::Place && !e.is_country() && !e.country.is_empty())
        .map(|e| e.country.to_string())
        .collect();
    one(&mut places)
}
