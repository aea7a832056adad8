//! Who takes part, read from the words around a trigger: a group left unnamed, a delegation as
//! a verb's subject, "the delegation" or "the company" told before, the visitor a relative
//! clause describes and the host of his reception, whether a verb names its subject, each
//! visit noun's own visitor, a possessive, a traveller after a landing verb, the sidelines.

use std::ops::Range;

use super::super::mention::EventMention;
use super::super::rules::{EventType, TriggerTense, WordLists};
use super::super::scan::SentenceHits;
use crate::text::lexmatch::WordList;
use crate::gazetteer::{EntityKind, Found, Gazetteer};
use crate::text::lexmatch::{at_most_words, is_form_with_proclitics, word_iter};
use crate::text::clause::{CLAUSE_BREAKS_OF_EITHER_SCRIPT, COMMAS, EVERY_CLAUSE_MARK};

/// Words after a meeting verb and the words that open a group within which the head of a group
/// left unnamed is looked for ("met the city's Jewish community": a possessive and an
/// adjective before the head).
const VAGUE_GROUP_REACH: usize = 4;

/// Whether the other side of talks told at `after` is a group left unnamed ("التقت خلالها
/// عددا من المسؤولين", "مباحثات مع عدد من المسؤولين", "met with representatives of",
/// "a rencontré des membres de la communauté"): past the words that open the group ("مع",
/// "with", "des": rows of kind `vague-lead`) and "during it", one of the next
/// [`VAGUE_GROUP_REACH`] words, before any stop or `vague-stop` word ("between"), is one of
/// the `vague-group` rows (the languages' lists are one list: their words do not meet). A
/// passive reception names its hosts after an agent word (`agent`: "by", « par ») that may
/// follow the time and place of the stay ("a été reçu pendant trois jours à Rabat par les
/// responsables de l'armée", "was hosted for two days in Tel Aviv by officials of"): the
/// group is looked for after that word too.
pub(super) fn unnamed_other_side(text: &str, after: usize, sentence_end: usize, lists: &WordLists) -> bool {
    let end = text[after..sentence_end].find(CLAUSE_BREAKS_OF_EITHER_SCRIPT).map_or(sentence_end, |i| after + i);
    let lead = |w: &str| lists.vague_leads.has(w) || lists.during_pronouns.has(w);
    let head = |w: &str| lists.vague_groups.has(w) || w.strip_prefix('ب').is_some_and(|rest| lists.vague_groups.has(rest));
    // "جولة من المشاورات بين مسؤولين من البلدين", "talks between officials of the two
    // countries": talks told between two sides (a `vague-stop` word) have both, and are talks.
    let stop = |w: &&str| lists.vague_stops.has(w);
    let group_from = |from: usize| word_iter(text, from..end).map(|w| &text[w]).skip_while(|w| lead(w)).take(VAGUE_GROUP_REACH).take_while(|w| !stop(w)).any(head);
    group_from(after) || word_iter(text, after..end).find(|w| lists.agents.has(&text[w.clone()])).is_some_and(|agent| group_from(agent.start))
}

/// Whether everyone `m` names takes one side: its people, and the offices it names without a
/// name ("الضيف الإسرائيلي", "the Israeli minister"), are of one country, and no counterpart
/// ("نظيره المغربي", the other side by definition) is among them. A person the gazetteer gives
/// no country is of no side known: not one side.
pub(super) fn names_one_side(m: &EventMention, g: &Gazetteer) -> bool {
    use super::super::mention::RoleRef;
    let mut sides = m.people.iter().map(|&p| Some(g.country_of(p))).chain(m.role_refs.iter().map(|r| match r {
        RoleRef::Office { country, .. } => Some(country),
        RoleRef::Counterpart { .. } => None,
    }));
    let Some(Some(first)) = sides.next() else { return false };
    !first.is_empty() && sides.all(|s| s == Some(first))
}

/// Words a reception verb's subject may take between it and "the delegation" it received
/// ("واستقبل الملك محمد السادس الوفد": the King by his title and name), not counting the head
/// of the object before the noun ("واستقبل جلالة الملك محمد السادس أعضاء الوفد": rows of kind
/// `delegation-part`).
const DELEGATION_OBJECT_REACH: usize = 4;

/// "والتقى الوفد، اليوم الاثنين، وزيرة الاقتصاد", "وعقد الوفد اجتماعا مع …": a delegation noun
/// (rows of kind `delegation`) right after a verb of another family or a light verb is that
/// verb's subject, not a visit of its own: it leaves the sentence's events. Returns the starts
/// of those verbs (the delegation told before takes part in their events). A verb of the visit
/// family ("وصل وفد") tells the delegation's visit itself and keeps it.
pub(super) fn delegation_as_subject(text: &str, hits: &mut SentenceHits, lists: &WordLists) -> Vec<usize> {
    let is_delegation = |r: &Range<usize>| lists.delegations.has_with_proclitics(&text[r.clone()]);
    let mut verbs = Vec::new();
    let mut subjects = Vec::new();
    for (k, e) in hits.events.iter().enumerate() {
        if e.2.family() != EventType::Visit || e.3 != TriggerTense::Noun || !is_delegation(&e.0) {
            continue;
        }
        let event_verbs = hits.events.iter().filter(|o| o.3 != TriggerTense::Noun && o.2.family() != EventType::Visit).map(|o| &o.0);
        let verb = event_verbs.chain(hits.supports.iter()).find(|v| v.end <= e.0.start && text[v.end..e.0.start].trim().is_empty());
        // "واستقبل الملك محمد السادس الوفد في القصر الملكي بعد الظهر": "the delegation" (a
        // definite noun: the one told before) a few words after a reception or talks verb, its
        // subject between and no clause break, is that verb's object, not a visit of its own;
        // a date told beside it is the reception's. An indefinite one ("استقبل الملك وفدا
        // يقوده …") may be a visit the sentence tells.
        let definite = lists.delegations.iter().any(|d| d.starts_with("ال") && is_form_with_proclitics(&text[e.0.clone()], d));
        let received = || {
            let mut meeting_verbs = hits.events.iter().filter(|o| o.3 != TriggerTense::Noun && o.2.family() == EventType::Meeting).map(|o| &o.0);
            let object_start = |v: &Range<usize>| {
                // "أعضاء الوفد", "رئيس وأعضاء الوفد": the object opens at its head.
                let mut start = e.0.start;
                for n in [2, 1] {
                    let head: Vec<Range<usize>> = word_iter(text, v.end..e.0.start).rev().take(n).collect();
                    if let (Some(first), Some(last)) = (head.last(), head.first())
                        && head.len() == n
                        && lists.delegation_parts.has(&text[first.start..last.end])
                    {
                        start = first.start;
                        break;
                    }
                }
                start
            };
            meeting_verbs.rfind(|v| v.end <= e.0.start).filter(|v| !text[v.end..e.0.start].contains(EVERY_CLAUSE_MARK) && at_most_words(text, v.end..object_start(v), DELEGATION_OBJECT_REACH))
        };
        if let Some(v) = verb {
            verbs.push(v.start);
            subjects.push(k);
        } else if definite && received().is_some() {
            // The reception's other side is then every traveller of the delegation told
            // before, as "the delegation" in talks' scope reads (`told_before`), not its leader.
            subjects.push(k);
        }
    }
    for &k in subjects.iter().rev() {
        hits.events.remove(k);
    }
    verbs
}

/// Whether `scope` names "the delegation" or "the company" (a definite noun of `nouns`, the
/// rows opened by the article, proclitics allowed): one told before.
pub(super) fn names_by_a_definite_noun(text: &str, scope: &Range<usize>, nouns: &[String]) -> bool {
    // A word that is a form of a definite noun ends with the noun less its article: only the
    // nouns whose stem the scope holds are tried word by word, and most scopes hold none (this
    // is asked of every mention naming no one, for its guests, delegations and carriers).
    let scope_text = &text[scope.clone()];
    let held: Vec<&String> = nouns.iter().filter(|d| d.strip_prefix("ال").is_some_and(|stem| scope_text.contains(stem))).collect();
    !held.is_empty() && word_iter(text, scope.clone()).any(|w| held.has_with_proclitics(&text[w.clone()]))
}

/// Where `scope` names a delegation told before ("أعضاء الوفدين", "the delegation", « la
/// délégation »): an Arabic definite noun of `nouns` (proclitics allowed), or a Latin-script
/// row of them (written with its article: "the delegation") as a phrase starting at a word of
/// the scope, its ASCII letters in any case. Returns that word's start. One pass over the
/// scope's words, no copy of it: this is asked of every talks mention.
pub(in crate::events) fn names_a_told_delegation(text: &str, scope: &Range<usize>, nouns: &[String]) -> Option<usize> {
    let phrase_at = |at: usize, d: &str| text.as_bytes().get(at..at + d.len()).is_some_and(|b| b.eq_ignore_ascii_case(d.as_bytes()) && at + d.len() <= scope.end && !text[at + d.len()..].chars().next().is_some_and(char::is_alphanumeric));
    // An Arabic noun's word ends with the noun less its article (proclitics and the article
    // before it): most scopes hold no noun of either script, which one search of each says
    // before the word loop.
    let scope_text = &text[scope.clone()];
    let arabic = nouns.iter().filter_map(|d| d.strip_prefix("ال")).any(|stem| scope_text.contains(stem));
    // A Latin-script phrase's last word stands in the scope, its first letter in either case.
    let latin = nouns.iter().filter_map(|d| d.rsplit_once(' ')).any(|(_, last)| scope_text.contains(&last[last.chars().next().map_or(0, char::len_utf8)..]));
    if !arabic && !latin {
        return None;
    }
    word_iter(text, scope.clone())
        .find(|w| {
            let word = &text[w.clone()];
            nouns.iter().any(|d| match d.split_once(' ') {
                Some((first, _)) => latin && word.eq_ignore_ascii_case(first) && phrase_at(w.start, d),
                None => arabic && d.starts_with("ال") && is_form_with_proclitics(word, d),
            })
        })
        .map(|w| w.start)
}

/// The person a relative clause that tells a visit describes ("…، ميكي ليفي، الذي يقوم بزيارة
/// رسمية", "التي تزور المغرب حاليا"): named right before its pronoun, a comma at most between,
/// or a title set apart by commas ("…، مئير بن شبات، مستشار الأمن القومي الإسرائيلي، اللذين
/// يقومان بزيارة"). `relatives` are the relative pronouns (rows of kind `relative`).
pub(super) fn described_visitor(text: &str, sentence_start: usize, trigger: &Range<usize>, found: &Found, g: &Gazetteer, relatives: &[String]) -> Option<usize> {
    let pronoun = word_iter(text, sentence_start..trigger.start).rev().take(3).find(|w| relatives.has(&text[w.clone()]))?;
    let k = found.entities.partition_point(|e| e.range.end <= pronoun.start);
    let person = found.entities[..k].iter().rev().find(|e| g.entities()[e.entity].kind == EntityKind::Person)?;
    let gap = text[person.range.end..pronoun.start].trim();
        let apposition = gap.starts_with(COMMAS) && gap.ends_with(COMMAS) && at_most_words(text, person.range.end..pronoun.start, TITLE_APPOSITION_WORDS);
    (gap.trim_matches(|c: char| c.is_whitespace() || COMMAS.contains(&c)).is_empty() || apposition).then_some(person.entity)
}

/// Words of a title set apart by commas between a name and the relative pronoun describing it
/// ("مئير بن شبات، مستشار الأمن القومي الإسرائيلي، اللذين").
const TITLE_APPOSITION_WORDS: usize = 6;

/// The host of the reception a visit's relative clause follows ("استقبل جلالة الملك محمد
/// السادس، اليوم بالرباط، جاريد كوشنر …، اللذين يقومان بزيارة"): the last person named before
/// the reception's trigger ("الملك … استقبل"), else the first named after it — the verb's
/// subject, told before its object.
pub(super) fn reception_host(sentence_start: usize, visit: &Range<usize>, hits: &SentenceHits, found: &Found, g: &Gazetteer) -> Option<usize> {
    let reception = hits.events.iter().find(|e| e.2.family() == EventType::Meeting && e.0.end <= visit.start)?.0.clone();
    let first = found.entities.partition_point(|e| e.range.start < sentence_start);
    let people = found.entities[first..].iter().filter(|e| g.entities()[e.entity].kind == EntityKind::Person);
    let before = people.clone().take_while(|e| e.range.end <= reception.start).last();
    let mut after = people.filter(|e| e.range.start >= reception.end && e.range.end <= visit.start);
    before.or_else(|| after.next()).map(|e| e.entity)
}

/// The other side of the talks a visit's relative clause follows ("والتقت الوزيرة أورنا
/// باربيفاي، التي تزور المغرب منذ الأحد، وزير الصناعة رياض مزور", "وبحث لابيد، الذي يزور
/// المملكة، مع بوريطة …"): with a meeting trigger before the clause, the people named from the
/// clause's closing comma to the next clause break, of a country known and not the visitor's
/// `visitor_country` — the object of the talks, who receives the visitor where he goes, not a
/// traveller of the visit. None when the clause runs to the sentence's end.
pub(super) fn met_after_the_described(text: &str, sentence: &Range<usize>, visit: &Range<usize>, visitor_country: &crate::idset::Id, hits: &SentenceHits, found: &Found, g: &Gazetteer) -> Vec<usize> {
    let mut hosts = Vec::new();
    if !hits.events.iter().any(|e| e.2.family() == EventType::Meeting && e.0.end <= visit.start && e.0.start >= sentence.start) {
        return hosts;
    }
    let Some(close) = text[visit.end..sentence.end].find(COMMAS).map(|k| visit.end + k) else { return hosts };
    let from = close + text[close..].chars().next().map_or(1, char::len_utf8);
    let to = text[from..sentence.end].find(CLAUSE_BREAKS_OF_EITHER_SCRIPT).map_or(sentence.end, |k| from + k);
    let first = found.entities.partition_point(|e| e.range.start < from);
    for e in found.entities[first..].iter().take_while(|e| e.range.end <= to) {
        let entity = &g.entities()[e.entity];
        if entity.kind == EntityKind::Person && !entity.country.is_empty() && entity.country != *visitor_country && !hosts.contains(&e.entity) {
            hosts.push(e.entity);
        }
    }
    hosts
}

/// Words after a verb within which its subject is named ("تجول رئيس الأركان الإسرائيلي أفيف
/// كوخافي": a title of up to five words, then the name).
const SUBJECT_REACH_WORDS: usize = 6;

/// Whether the verb at `trigger` names its subject: a person named before it in its sentence,
/// or within [`SUBJECT_REACH_WORDS`] words after it.
pub(super) fn names_its_subject(text: &str, sentence_start: usize, trigger: &Range<usize>, found: &Found, g: &Gazetteer) -> bool {
    let reach = word_iter(text, trigger.end..text.len()).take(SUBJECT_REACH_WORDS).last().map_or(trigger.end, |w| w.end);
    let first = found.entities.partition_point(|e| e.range.start < sentence_start);
    found.entities[first..].iter().take_while(|e| e.range.end <= reach).any(|e| g.entities()[e.entity].kind == EntityKind::Person)
}

/// The visitor each visit noun of a sentence names as its own, by the noun's start: a person
/// right after it ("زيارة ساعر"), or, for a noun with a possessive pronoun ("في زيارته"), the
/// person named last before it in the sentence. Two visits told in one sentence by their own
/// visitors ("تتزامن زيارة ساعر مع شروع فريج في زيارته") are two visits.
pub(super) fn own_visitors(text: &str, sentence_start: usize, mentions: &[EventMention], found: &Found, g: &Gazetteer) -> Vec<(usize, usize)> {
    let people = |from: usize, to: usize| {
        let first = found.entities.partition_point(|e| e.range.start < from);
        found.entities[first..].iter().take_while(move |e| e.range.end <= to).filter(|e| g.entities()[e.entity].kind == EntityKind::Person)
    };
    mentions
        .iter()
        .filter(|m| m.event_type.family() == EventType::Visit && !text[m.trigger.clone()].contains(' '))
        .filter_map(|m| {
            let after = found.entities.partition_point(|e| e.range.start < m.trigger.end);
            let genitive = found.entities[after..].first().filter(|e| g.entities()[e.entity].kind == EntityKind::Person && text[m.trigger.end..e.range.start].trim().is_empty());
            let possessor = || has_possessive(text, &m.trigger).then(|| people(sentence_start, m.trigger.start).last()).flatten();
            let visitor = genitive.or_else(possessor)?;
            Some((m.trigger.start, visitor.entity))
        })
        .collect()
}

/// Whether an event noun carries its own agent's pronoun: an Arabic suffix ("زيارته",
/// "جولتها") or a Latin possessive before it ("his visit", "sa visite").
pub(super) fn has_possessive(text: &str, trigger: &Range<usize>) -> bool {
    let word = text[trigger.clone()].rsplit(' ').next().unwrap_or("");
    if ["ته", "تها", "تهما", "تهم"].iter().any(|s| word.ends_with(s)) {
        return true;
    }
    let before = text[..trigger.start].trim_end().rsplit(' ').next().unwrap_or("");
    matches!(before.to_lowercase().as_str(), "his" | "her" | "their" | "its" | "son" | "sa" | "ses" | "leur" | "leurs")
}

/// The country named right after `at`, a word such as "إلى" allowed between ("زيارته للمغرب",
/// "زيارتها إلى إسرائيل").
pub(super) fn country_named_after(text: &str, at: usize, found: &Found, g: &Gazetteer) -> Option<crate::idset::Id> {
    let first = found.entities.partition_point(|e| e.range.start < at);
    let e = found.entities.get(first)?;
    let entity = &g.entities()[e.entity];
    (text[at..e.range.start].split_whitespace().count() <= 1 && entity.is_country()).then_some(entity.country)
}

/// Whether the words after a landing or leaving verb at `after` are someone who travels: a
/// person or an office at once ("غادرت وزيرة الداخلية الإسرائيلية أييليت شاكيد المغرب"), or a
/// plane and its passenger ("حطت طائرة غانتس", "حطت طائرة وزير الدفاع الإسرائيلي"; a plane is
/// a word of the `plane` list) — not an airline or a description ("طائرة تابعة لشركة العال",
/// "أول رحلة").
pub(super) fn traveller_after(text: &str, after: usize, found: &Found, g: &Gazetteer, planes: &[String]) -> bool {
    let rest = text[after..].trim_start();
    let next_word = rest.split(char::is_whitespace).next().unwrap_or("");
    let plane = if planes.has(next_word) { next_word.len() } else { 0 };
    let owner = text.len() - rest.len() + plane;
    let starts_at_owner = |start: usize| text[owner..start].trim_matches(|c: char| c.is_whitespace() || COMMAS.contains(&c)).is_empty();
    let first = found.entities.partition_point(|e| e.range.start < owner);
    let person = found.entities[first..].first().is_some_and(|e| g.entities()[e.entity].kind == EntityKind::Person && starts_at_owner(e.range.start));
    let role = found.roles.get(found.roles.partition_point(|r| r.range.start < owner)).is_some_and(|r| starts_at_owner(r.range.start));
    person || role
}

/// Whether the event noun at `trigger` is told on the sidelines of ("على هامش قمة النقب"): the
/// word before it, or before its article, is a sidelines word (rows of kind `sidelines`).
pub(super) fn on_the_sidelines(text: &str, sentence_start: usize, trigger: &Range<usize>, lists: &WordLists) -> bool {
    let mut back = word_iter(text, sentence_start..trigger.start).rev().map(|w| &text[w]);
    let is_article = |w: &str| lists.articles.has(w);
    let sidelines = |w: &str| lists.sidelines.has(w);
    match (back.next(), back.next()) {
        (Some(w), _) if sidelines(w) => true,
        (Some(a), Some(w)) => is_article(a) && sidelines(w),
        _ => false,
    }
}
