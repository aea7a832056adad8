//! A page about two countries that carries a third country's own news: «ليبياً، بحث رئيس
//! المجلس الرئاسي محمد المنفي، اليوم، مع المبعوث الأممي …», "At home, Prime Minister Hassan Diab
//! held talks with the central bank governor", « En Tunisie, le président a reçu … ». The
//! passes that give a meeting with one side named its other side from the story told before
//! (src/events/build/told_before.rs, src/events/latin/participants.rs) would make the page's
//! visitor a party to it.

use super::mention::{EventMention, RoleRef};
use super::rules::{EventType, TriggerRules};
use crate::gazetteer::{Found, Gazetteer, Resolution};
use crate::idset::Id;
use crate::text::Document;
use crate::text::lexmatch::is_form_with_proclitics;

/// A meeting or call whose people named by its own sentence are all of one country, with
/// people of another country carried in from the story before, keeps only its own when its
/// sentence is that country's news: the sentence opens with a turn to another scene (word list
/// `scene-change`, before a comma), or the sentence names no person, body or place of the
/// page's two main countries, that country being none of them. Morocco and Israel, the pair
/// whose story tarikh tells, and the broker, whose acts with one side are the story's, are
/// never such a third country (a short page that names only the broker and Israel has them as
/// its two countries: "the delegation was received by the Moroccan head of government" is the
/// story's).
pub fn third_country_news_keeps_its_own(out: &mut [EventMention], doc: &Document, found: &Found, rules: &TriggerRules, g: &Gazetteer) {
    let text = doc.norm.text.as_str();
    let mut main: Option<Vec<Id>> = None;
    for m in out.iter_mut() {
        if !matches!(m.event_type.family(), EventType::Meeting | EventType::Call) || m.people.is_empty() {
            continue;
        }
        let sentence = &doc.sentences[m.sentence];
        let in_sentence = found.starting_in(&sentence.range);
        let named = |p: usize| in_sentence.iter().any(|e| e.entity == p);
        let Some(&first) = m.people.iter().find(|&&p| named(p)) else { continue };
        let country = *g.country_of(first);
        let carried = |p: usize| !named(p) && *g.country_of(p) != country;
        // «محلياً، … مشاوراته لتأليف الحكومة»: a generic body ("the government") read as one of
        // the page's countries by the countries around it is the scene's own.
        let guessed = |e: &crate::gazetteer::EntityMention| e.how == Resolution::Context && *g.country_of(e.entity) != country;
        let guessed_body = |o: usize| in_sentence.iter().any(|e| e.entity == o) && in_sentence.iter().filter(|e| e.entity == o).all(guessed);
        if country.is_empty() || [crate::focus::MOROCCO, crate::focus::ISRAEL, crate::focus::BROKER].contains(&&*country) || !(m.people.iter().any(|&p| carried(p)) || m.organisations.iter().any(|&o| guessed_body(o))) {
            continue;
        }
        let of_one_country = m.people.iter().all(|&p| !named(p) || *g.country_of(p) == country)
            && m.role_refs.iter().all(|r| {
                let (RoleRef::Office { country: c, .. } | RoleRef::Counterpart { country: c }) = r;
                *c == country
            });
        if !of_one_country {
            continue;
        }
        let own_news = opens_with_a_scene_change(text, sentence.words(text), &rules.words.scene_changes) || {
            let main = main.get_or_insert_with(|| super::participants::main_countries(found, g));
            main.len() == 2 && !main.contains(&country) && !in_sentence.iter().any(|e| !guessed(e) && main.contains(g.country_of(e.entity)))
        };
        if !own_news {
            continue;
        }
        let mut dropped: Vec<Id> = m.people.iter().filter(|&&p| carried(p)).map(|&p| *g.country_of(p)).collect();
        dropped.extend(m.organisations.iter().filter(|&&o| guessed_body(o)).map(|&o| *g.country_of(o)));
        m.people.retain(|&p| !carried(p));
        m.organisations.retain(|&o| !guessed_body(o));
        if m.carried_actor.is_some_and(|a| !m.people.contains(&a)) {
            m.carried_actor = None;
        }
        let kept: Vec<Id> = m.people.iter().chain(&m.organisations).chain(&m.places).map(|&e| *g.country_of(e)).collect();
        m.countries.retain(|c| !dropped.contains(c) || kept.contains(c));
    }
}

/// Whether the sentence of `words` opens with a phrase of `cues` followed by a comma
/// ("محلياً، …", "In Lebanon, …"; Latin words in any case, an Arabic one with its proclitics:
/// «وفي الشأن المحلي،»).
fn opens_with_a_scene_change(text: &str, words: &[std::ops::Range<usize>], cues: &[String]) -> bool {
    cues.iter().any(|cue| {
        let parts: Vec<&str> = cue.split_whitespace().collect();
        if parts.len() > words.len() {
            return false;
        }
        let fits = parts.iter().zip(words).enumerate().all(|(k, (part, w))| {
            let word = &text[w.clone()];
            word.to_lowercase() == *part || (k == 0 && is_form_with_proclitics(word, part))
        });
        fits && text[words[parts.len() - 1].end..].trim_start().starts_with([',', '،'])
    })
}
