//! Who takes part in an event mention: the part of the sentence each trigger reads its names
//! from ([`scopes`]), the people, organisations, places, countries and offices named there
//! ([`fill_participants`]), the article's two main countries (what "البلدين" means), and the
//! names a later sentence adds to an event it refers back to ([`join_referred`]).

use crate::text::lexmatch::{Covers, WordList};
use crate::hash::FxHashMap as HashMap;
use std::ops::Range;

use super::mention::{EventMention, RoleRef};
use super::rules::{EventType, TriggerTense, WordLists, latin_trigger};
use super::scan::SentenceHits;
use crate::gazetteer::{EntityKind, Found, Gazetteer};
use crate::idset::Id;
use crate::text::lexmatch::{opens_with_a_phrase, valid_proclitics, words};

/// "وشارك بوريطة … في رئاسة هذا اللقاء، إلى جانب …": a sentence that refers back to an event
/// ("هذا اللقاء") names who took part in it. Its people join the event of that family told in
/// the two sentences before, when that one names fewer than two — or join the meeting told in
/// the sentence right before, whatever it names, when a meeting noun is told by taking part
/// ("وشارك في الاجتماع كل من …", "also took part in the meeting": a list of the other
/// participants; the noun is a reference only after an anaphor) — the people named up to the
/// next predicate after the reference ("ولا يمكن فصل هذه الزيارة عن سياقها … منذ أن اعترف ترامب":
/// what follows says something else), the next sequel word ("the visit comes a week after X
/// toured the base": X is of the act recalled) or, unless the reference frames the sentence's
/// acts ("during the trip, he will meet X": who is met takes part), the next event trigger
/// ("cette visite prolonge l'accord signé par X et Y": the signing's people).
///
/// A call's back-reference passes on the article's main countries it names as well ("أجرى
/// الملك اتصالا بترامب. وأكد خلال الاتصال عزم المغرب استئناف علاقاته مع إسرائيل"): what the call
/// was about, which the focus rule reads as the other side of a call with the broker. Only
/// those: another country named there ("the King also raised the Palestinian question") is no
/// party to the call.
///
/// A reference whose noun names its traveller ("Ouahbi's trip", « la visite de Mme X »,
/// «زيارة X») is that person's event, however far up it was told, and never someone else's
/// (see [`named_by_the_noun`]).
pub(super) fn join_referred(out: &mut [EventMention], si: usize, text: &str, sentence: Range<usize>, hits: &SentenceHits, found: &Found, g: &Gazetteer, main_countries: &[Id]) {
    // The meeting nouns told by taking part that are no reference ("وشارك في الاجتماع كل من
    // …"): the sentence's own meeting, whose people join the one told before as well.
    let taking_part = hits.events.iter().filter(|e| hits.taking_part.contains(&e.0.start) && !hits.references.iter().any(|(r, _)| *r == e.0)).map(|e| (e.0.clone(), e.2.family()));
    let references: Vec<(Range<usize>, EventType)> = hits.references.iter().cloned().chain(taking_part).collect();
    for (reference, family) in &references {
        // "Lapid inaugurated the office … Lapid tweeted a photo with Bourita, calling the visit
        // historic": a reference names people of an event of its own type — the visit's, not
        // those of an opening told as the visit's last act (its family is the visit's).
        let own_type = hits.referring.iter().chain(&hits.events).find(|e| e.0 == *reference).map(|e| e.2);
        let of_its_type = |m: &EventMention| own_type.map_or(m.event_type.family() == *family, |t| m.event_type == t);
        // "ويضم الوفد X": who a delegation is made of joins the visit of someone named (a
        // landing told of a plane alone is the flight's, see `untold::tell_the_unreferred_members`).
        let members = hits.members.contains(&reference.start);
        let referable = |m: &EventMention| !members || has_a_visitor(m);
        // "Ouahbi's trip follows that of Shaked", « la visite de Mme Barbivai », «زيارة ساعر»: a
        // noun that names its own traveller refers to that person's event, told however far
        // up; else to the last one told, unless that one is someone else's ("Sa'ar is expected
        // to visit Rabat. Ouahbi's trip follows …": not Sa'ar's planned visit).
        // (Not a list of members or of who took part: "ويضم الوفد X", "وشارك في الاجتماع X".)
        let listing = members || hits.taking_part.contains(&reference.start);
        let named = if listing { None } else { named_by_the_noun(text, reference, found, g) };
        let own = named.and_then(|p| out.iter().rposition(|m| m.sentence < si && of_its_type(m) && m.people.contains(&p)));
        let last = || out.iter().rposition(|m| m.sentence < si && of_its_type(m) && referable(m)).filter(|&k| si - out[k].sentence <= 2 && named.is_none_or(|_| out[k].people.is_empty()));
        let Some(k) = own.or_else(last) else {
            continue;
        };
        let referred = &mut out[k];
        let call = referred.event_type == EventType::Call;
        // "وشارك في الاجتماع كل من …": a list of who took part names the other participants of
        // the meeting told in the sentence right before, whoever it named already (its convener
        // and first guest); a meeting told further up may be another telling ("أكد خلال
        // الاجتماع"), and a noun that is no reference then names its own meeting alone.
        let taking_part = hits.taking_part.contains(&reference.start) && referred.sentence + 1 == si;
        let a_reference = hits.references.iter().any(|(r, _)| r == reference);
        // Who a delegation is made of joins its visit, whoever it named already ("وصل أوشبيز
        // وغوفرين على رأس وفد. ويضم الوفد …").
        if (referred.people.len() >= 2 && !call && !taking_part && !members) || (!a_reference && !taking_part) {
            continue;
        }
        let predicates = hits.predicates.iter().filter(|p| !references.iter().any(|(r, _)| r == *p));
        let framing = hits.during.iter().any(|d| d.start >= sentence.start && d.end <= reference.start);
        // A framed act of the referred event's own family is another of them, no part of it
        // ("وأبلغ الملك ترامب خلال الاتصال …، كما أجرى اتصالا هاتفيا بالرئيس الفلسطيني محمود
        // عباس", "during the call … he also phoned Abbas"): who that act names has an act of
        // his own, and the names of the referred one end at its trigger.
        let referred_family = referred.event_type.family();
        let other_acts = hits.sequels.iter().chain(hits.events.iter().filter(|e| !framing || e.2.family() == referred_family).map(|e| &e.0));
        // "Ouahbi's trip follows that of Shaked, who went to Morocco": who is named after the
        // phrase that times the reference is of the act recalled (see `scan::before_comes`).
        let timed = hits.timed_from.iter().copied().filter(|&at| at >= reference.end);
        let end = predicates.chain(other_acts).filter(|p| p.start >= reference.end).map(|p| p.start).chain(timed).min().unwrap_or(sentence.end);
        let first = found.entities.partition_point(|e| e.range.start < sentence.start);
        // What a call was about is told by the verbs after the reference ("وخلال هذه المكالمة،
        // أبلغ جلالته ترامب قرار المملكة استئناف علاقاتها مع إسرائيل"): its countries are read
        // to the sentence's end, or to a sequel word (an act recalled).
        let countries_end = if call { hits.sequels.iter().filter(|p| p.start >= reference.end).map(|p| p.start).min().unwrap_or(sentence.end) } else { end };
        let people_wanted = referred.people.len() < 2 || taking_part || members;
        for e in found.entities[first..].iter().take_while(|e| e.range.end <= end.max(countries_end)) {
            let entity = &g.entities()[e.entity];
            if call && entity.is_country() && main_countries.contains(&entity.country) {
                referred.countries.push(entity.country);
            }
            if e.range.end > end {
                continue;
            }
            if people_wanted && entity.kind == EntityKind::Person && !referred.people.contains(&e.entity) {
                referred.people.push(e.entity);
                if !entity.country.is_empty() {
                    referred.countries.push(entity.country);
                }
            }
        }
        referred.countries.sort();
        referred.countries.dedup();
    }
}

/// The person an event noun names as its own: a possessive before it ("Ouahbi's trip"), or a
/// genitive after it, a title allowed between ("the visit of Defence Minister Benny Gantz",
/// « le déplacement de Mme Barbivai », «زيارة وزير الدفاع الإسرائيلي بيني غانتس», «زيارة ساعر»).
fn named_by_the_noun(text: &str, noun: &Range<usize>, found: &Found, g: &Gazetteer) -> Option<usize> {
    let person = |e: &&crate::gazetteer::EntityMention| g.entities()[e.entity].kind == EntityKind::Person;
    let k = found.entities.partition_point(|e| e.range.start < noun.start);
    let before = found.entities[..k].iter().rev().take_while(|e| e.range.end <= noun.start).next();
    if let Some(e) = before.filter(person)
        && POSSESSIVE_MARKS.contains(&text[e.range.end..noun.start].trim())
    {
        return Some(e.entity);
    }
    let after = found.entities.partition_point(|e| e.range.start < noun.end);
    // Nationalities may stand between ("وزير الدفاع الإسرائيلي"), no other name.
    let e = found.entities[after..].iter().take(GENITIVE_REACH_WORDS).find(|e| !g.entities()[e.entity].is_country())?;
    let gap = &text[noun.end..e.range.start];
    if gap.split_whitespace().count() > GENITIVE_REACH_WORDS {
        return None;
    }
    let mut words = gap.split_whitespace();
    // Arabic joins the noun to its owner with nothing between but a title and a nationality.
    let between = noun.end..e.range.start;
    let titled = |w: &Range<usize>| found.roles_starting_in(&between).iter().map(|r| &r.range).chain(found.starting_in(&between).iter().map(|x| &x.range)).any(|r| r.covers(w));
    let genitive = if latin_trigger(text, noun) {
        words.next().is_some_and(|w| GENITIVES.contains(&w.trim_end_matches(['\'', '’'])))
    } else {
        // A noun in the construct state has no article ("زيارة", not "الزيارة").
        let word = &text[noun.clone()];
        let definite = word.starts_with("لل") || word.trim_start_matches(['و', 'ف', 'ب', 'ك', 'ل']).starts_with("ال");
        !definite && crate::text::lexmatch::word_iter(text, noun.end..e.range.start).all(|w| titled(&w))
    };
    (person(&e) && genitive && !gap.contains(crate::text::clause::LATIN_CLAUSE_MARKS) && !gap.contains(crate::text::clause::COMMAS)).then_some(e.entity)
}

/// What stands between a possessor and the noun it owns ("Ouahbi's trip").
const POSSESSIVE_MARKS: &[&str] = &["'s", "’s", "'", "’", "s"];

/// The words that open a genitive naming whose an event is ("the visit of", « la visite de »).
pub(in crate::events) const GENITIVES: &[&str] = &["of", "by", "de", "du", "d", "par"];

/// The most words between an event noun and the person its genitive names: the preposition and
/// a title ("of Defence Minister", « de la ministre israélienne de l'Économie »).
const GENITIVE_REACH_WORDS: usize = 7;

/// Whether a visit mention names its visitor, by name or by office.
pub(super) fn has_a_visitor(m: &EventMention) -> bool {
    !m.people.is_empty() || !m.role_refs.is_empty()
}

/// "تلقى الملك أمس اتصالا من ترامب. وأوضح البلاغ أن جلالته أبلغ الرئيس الأمريكي بأن المملكة
/// ستستأنف علاقاتها مع إسرائيل": the sentence right after a call that tells, before any event of
/// its own, what one side told the other (a verb of the list `call-content`: "أبلغ", "informed",
/// « a informé ») tells what the call was about, with no back-reference to it ("خلال الاتصال",
/// which [`join_referred`] reads). The countries named from that verb on join the call (the
/// focus rule reads them as the other side of a call with the broker): all of them, not only
/// the article's two main ones, as a page of the call between Morocco and the broker names the
/// broker more often than the country its content is about, and what one side told the other
/// is that content, where a back-reference's sentence may go on to other things.
pub(super) fn join_call_content(out: &mut [EventMention], si: usize, text: &str, sentence: Range<usize>, hits: &SentenceHits, found: &Found, g: &Gazetteer, lists: &WordLists) {
    if si == 0 || lists.call_contents.is_empty() {
        return;
    }
    let Some(call) = out.iter_mut().rev().take_while(|m| m.sentence + 1 >= si).find(|m| m.sentence + 1 == si && m.event_type == EventType::Call) else {
        return;
    };
    let first_event = hits.events.iter().map(|e| e.0.start).min().unwrap_or(sentence.end);
    let telling = |w: &str| {
        let bare = w.strip_prefix(['و', 'ف']).unwrap_or(w);
        lists.call_contents.has(w) || lists.call_contents.has(bare)
    };
    let Some(verb) = crate::text::lexmatch::word_iter(text, sentence.start..first_event).find(|w| telling(&text[w.clone()])) else {
        return;
    };
    let first = found.entities.partition_point(|e| e.range.start < verb.end);
    for e in found.entities[first..].iter().take_while(|e| e.range.end <= sentence.end) {
        let entity = &g.entities()[e.entity];
        if entity.is_country() && !entity.country.is_empty() {
            call.countries.push(entity.country);
        }
    }
    call.countries.sort();
    call.countries.dedup();
}

/// The organisation kind (gazetteer column `kind`) of newspapers, channels and platforms.
const MEDIA: &str = "media";

pub(super) fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// The part of the sentence each event trigger takes its participants from: the sentence, cut
/// between consecutive triggers of different families at the last other predicate between
/// them ("وعشية وصول غانتس … جدد بلينكين وبوريطة … خلال لقائهما": the visit ends where
/// "جدد" begins). Triggers with no predicate between them share their names ("وقع … اتفاقا
/// … خلال زيارة … غانتس"), except that a verb told "during it" ("زيارة … التقى خلالها رئيس
/// المجلس", one of `during_pronouns` right after it) ends the event before it: who is met
/// during a visit is not one of its visitors (the verb still reads its subject before it); and
/// a verb of another type opening a later clause with its own subject ("…، ثم حل لابيد
/// بالرباط") parts the two, whatever their families (see [`clause_with_its_own_subject`]).
pub(super) fn scopes(text: &str, sentence: &crate::text::segment::Sentence, events: &[(Range<usize>, usize, EventType, TriggerTense)], predicates: &[Range<usize>], planned: &[Range<usize>], dates: &[Range<usize>], names: &NameSources<'_>) -> Vec<Range<usize>> {
    let during_pronouns = &names.lists.during_pronouns;
    // (start of the later trigger, where the earlier scope ends, whether the later scope starts there too).
    let mut cuts = Vec::new();
    for pair in events.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        // "وصل بلينكن اليوم إلى الرباط، آتيا من إسرائيل حيث شارك أمس في اجتماع …", "…، ثم شارك
        // مع بوريطة في سبتمبر في اجتماع": a clause of place or of sequence with a date of its
        // own tells another occasion; its people are its act's, and that act reads back to its
        // subject (he took part).
        if let Some(at) = clause_of_another_occasion(text, sentence, a, b, dates, names.lists) {
            cuts.push((b.0.start, at, false));
        }
        // "وحل غانتس بالرباط أمس، ومن المنتظر أن يلتقي لوديي غدا": a deed, then a plan its
        // marker announces; the plan reads back to its subject, the deed does not take its names.
        // Only the plan's own subject does not part them: a predicate between them still does
        // ("إعادة فتح مكتب الاتصال الذي أغلق عام 2000، … من المنتظر … إطلاق رحلات").
        let deed_then_plan = a.3 == TriggerTense::Past && planned.iter().find(|p| p.start >= a.0.end && p.end <= b.0.start).inspect(|marker| cuts.push((b.0.start, marker.start, false))).is_some();
        let own_subject = clause_with_its_own_subject(text, sentence, a, b, names).filter(|_| !deed_then_plan);
        // "… لابيد، الذي افتتح المكتب في غشت، ووزير الدفاع بيني غانتس الذي حل بالمملكة في
        // نونبر": each relative clause's act is its own head's, whatever their families.
        if let Some(head_clause) = coordinated_relative_head(text, sentence, a, b, names) {
            cuts.push((b.0.start, head_clause, true));
            continue;
        }
        if a.2.family() == b.2.family() {
            // An opening is an act of the visit family, but a visit verb with a subject of its
            // own after it is another act ("افتتح غوفرين المكتب، ثم حل لابيد بالرباط"), and so is
            // a trip with its subject before its verb ("…، ثم الوزيرة شاكيد حلت بالمملكة":
            // `clause_with_its_own_subject` parts two acts of one type only so).
            if let Some(own) = own_subject {
                cuts.push((b.0.start, sentence.clauses[own].start, true));
            }
            continue;
        }
        if let Some(end) = relative_clause_of_the_subject(text, sentence, a, b, names) {
            cuts.push((b.0.start, end, false));
        } else if let Some(p) = predicates.iter().filter(|p| p.start >= a.0.end && p.end <= b.0.start && !since_a_visit_s_day(text, a, p, dates, names.lists)).max_by_key(|p| p.start) {
            cuts.push((b.0.start, p.start, true));
        } else if b.3 != TriggerTense::Noun && text[b.0.end..sentence.range.end].split_whitespace().next().is_some_and(|w| during_pronouns.has(w)) {
            cuts.push((b.0.start, b.0.start, false));
        } else if let Some(own) = own_subject {
            cuts.push((b.0.start, sentence.clauses[own].start, true));
        }
    }
    // "…، قبل أن يحل الوزير بالرباط": a chained act with its own subject starts its own
    // scope, even when what the clause before told is no event ("افتتحت شركة العال خطها").
    // With its subject left implicit ("يزور غانتس الدار البيضاء غدا، بعد أن وقع أمس مذكرة مع
    // لوديي") it still reads back to it, but what it names is its own: the acts before end there.
    for b in events {
        if let Some((own, subject)) = chained_act(text, sentence, b, names) {
            cuts.push((b.0.start, sentence.clauses[own].start, subject));
        }
    }
    events
        .iter()
        .map(|e| {
            let mut start = cuts.iter().filter(|(next, _, both)| *both && *next <= e.0.start).map(|&(_, c, _)| c).max().unwrap_or(sentence.range.start);
            // "Kochavi's trip follows the MoU Israel and Morocco signed last November": an act
            // told after the phrase that times a referring noun is its time reference, whose
            // parties are named after the phrase (the traveller is the trip's).
            if let Some(&timed) = names.hits.timed_from.iter().filter(|&&end| end <= e.0.start).max() {
                start = start.max(timed);
            }
            let mut end = cuts.iter().filter(|(next, _, _)| *next > e.0.start).map(|&(_, c, _)| c).min().unwrap_or(sentence.range.end);
            // "…، فقد سبقه إليها وزير الخارجية", "Lapid had visited Rabat before him": the
            // earlier act is the one who came first's alone; the act of the one he preceded
            // ends where it begins.
            for (phrase, named_after) in &names.hits.preceded {
                if phrase.start < start || phrase.end > end {
                    continue;
                }
                let cut = earlier_act_cut(sentence, phrase, *named_after, names);
                if e.0.start >= cut || told_as_first_to(text, sentence, &e.0, names.lists) {
                    start = start.max(cut);
                } else {
                    end = end.min(cut);
                }
            }
            start.min(e.0.start)..end.max(e.0.end)
        })
        .collect()
}

/// "arrived in Rabat, coming from Israel, where he took part yesterday in the summit", « est
/// arrivé à Rabat, venant d'Israël, où il a participé hier au sommet », «وصل إلى الرباط آتيا من
/// إسرائيل حيث شارك أمس في القمة»; "arrived in January, then took part in September in a meeting
/// called by Blinken", « est arrivé en janvier, puis a participé en septembre à une réunion », «وصل
/// في يناير، ثم شارك مع بوريطة في سبتمبر في اجتماع»: where the act `a` ends when a clause opens
/// between it and the next trigger `b` — by a relative of place (word list `place-relative`, a
/// proclitic و allowed), or by a word of sequence right after a comma (lists `chain`, `then`) —
/// and holds a date of its own, from its opening word to the end of `b`'s clause. That clause
/// tells another occasion (another place or time), whose people are its act's, not `a`'s; `b`
/// still reads back to its subject (he took part). A clause of place is read after a trip only
/// ("signed in Rabat, where X arrived on Sunday": X may have come to sign). Without a date of its own ("arrived in
/// Rabat, where he was welcomed by …", «حيث كان في استقباله …») it tells what happened there on
/// the act's day, and whom it names stays the act's. The causal «حيث إن» (a `complement` after
/// it) opens no place.
fn clause_of_another_occasion(text: &str, sentence: &crate::text::segment::Sentence, a: &(Range<usize>, usize, EventType, TriggerTense), b: &(Range<usize>, usize, EventType, TriggerTense), dates: &[Range<usize>], lists: &WordLists) -> Option<usize> {
    if a.0.end >= b.0.start {
        return None;
    }
    let words: Vec<Range<usize>> = crate::text::lexmatch::word_iter(text, a.0.end..b.0.start).collect();
    // A clause of place after a trip tells of another place than the trip's (where the
    // traveller came from); after another act ("signed in Rabat, where X arrived on Sunday")
    // it may tell who came for it.
    let trip = a.2.family() == EventType::Visit;
    let place = |w: &str| trip && (lists.place_relatives.has(w) || w.strip_prefix('و').is_some_and(|bare| lists.place_relatives.has(bare)));
    let after_a_comma = |w: &Range<usize>| text[a.0.end..w.start].trim_end().ends_with(crate::text::clause::COMMAS);
    // A word of sequence opening a clause: the phrase starts at a word right after a comma.
    let before_b = &text[..b.0.start];
    let sequence = |k: usize| after_a_comma(&words[k]) && (opens_with_a_phrase(before_b, words[k].start, &lists.chains) || opens_with_a_phrase(before_b, words[k].start, &lists.thens));
    let k = (0..words.len()).rev().find(|&k| place(&text[words[k].clone()]) || sequence(k))?;
    if place(&text[words[k].clone()]) && words.get(k + 1).is_some_and(|next| lists.complements.has(&text[next.clone()])) {
        return None;
    }
    let at = words[k].start;
    let clause_end = sentence.clause_at(b.0.start).map_or(sentence.range.end, |c| sentence.clauses[c].end);
    let first = dates.partition_point(|d| d.start < at);
    dates[first..].first().is_some_and(|d| d.end <= clause_end.max(b.0.end)).then_some(at)
}

/// Where the earlier act told by a phrase of [`RuleKind::Preceded`] begins: the phrase
/// itself when who came first is named after it ("فقد سبقه إليها … وزير الخارجية", "was
/// preceded by Lapid", « précédé par »), else the last person or office named before it in its
/// clause ("Lapid had preceded him", "Lapid visited Rabat before him"), or the clause's start.
///
/// [`RuleKind::Preceded`]: super::rules::RuleKind::Preceded
fn earlier_act_cut(sentence: &crate::text::segment::Sentence, phrase: &Range<usize>, named_after: bool, names: &NameSources<'_>) -> usize {
    if named_after {
        return phrase.start;
    }
    let clause = sentence.clause_at(phrase.start).map_or(sentence.range.start, |c| sentence.clauses[c].start.min(phrase.start));
    let before = clause..phrase.start;
    let person = names.found.starting_in(&before).iter().filter(|e| e.range.end <= phrase.start && names.g.entities()[e.entity].kind == EntityKind::Person).map(|e| e.range.start).max();
    let office = names.found.roles_starting_in(&before).iter().filter(|r| r.range.end <= phrase.start).map(|r| r.range.start).max();
    person.into_iter().chain(office).max().unwrap_or(clause)
}

/// Words before a visit trigger within which a `first-to` word tells it as "the first to come"
/// ("أول مسؤول إسرائيلي رفيع يحل", "the first Israeli minister to visit").
const FIRST_TO_WORDS: usize = 5;

/// Whether the trigger at `trigger` is told as "the first (official) to come" (a `first-to`
/// word within [`FIRST_TO_WORDS`] words before it in its clause, a proclitic allowed): it
/// tells no act of the one said not to be the first.
fn told_as_first_to(text: &str, sentence: &crate::text::segment::Sentence, trigger: &Range<usize>, lists: &WordLists) -> bool {
    let clause = sentence.clause_at(trigger.start).map_or(sentence.range.start, |c| sentence.clauses[c].start.min(trigger.start));
    crate::text::lexmatch::word_iter(text, clause..trigger.start).rev().take(FIRST_TO_WORDS).any(|w| {
        let w = &text[w];
        lists.first_to.has(w) || w.strip_prefix(['و', 'ف', 'ك']).is_some_and(|b| lists.first_to.has(b))
    })
}

/// Words before an event noun within which the separator of a list of events may stand
/// ("et, jeudi, l'inauguration": a date between).
const LIST_ITEM_WORDS: usize = 3;

/// "ويتضمن برنامج لبيد مباحثات مع نظيره بوريطة، وتوقيع اتفاقيات، وافتتاح المكتب", "Au
/// programme : des entretiens avec son homologue Nasser Bourita, la signature d'accords et,
/// jeudi, l'inauguration du bureau": talks told by a noun with their other side after a
/// `talks-with` word ("مع", "avec"), then an event noun of another family opening the next
/// item of a list (a comma or a standalone "and" within [`LIST_ITEM_WORDS`] words before it).
/// Whom the talks were with is their other side, not a party to the items after them (who is
/// named before the list, its subject, is everyone's). For each such talks noun, by index in
/// `events`: the span from its `talks-with` word to the next item (none where a relative word
/// opens that item: it describes the other side).
pub(super) fn talks_with_spans(text: &str, events: &[(Range<usize>, usize, EventType, TriggerTense)], lists: &WordLists) -> Vec<(usize, Range<usize>)> {
    let talks_with = &lists.talks_with;
    // "مباحثات مع الوزيرة شاكيد، التي تقوم بزيارة": a relative clause describes the one the
    // talks were with; it opens no item.
    let relative = |w: &str| lists.is_relative(w) || lists.time_relatives.has(w) || w.strip_prefix('و').is_some_and(|b| lists.time_relatives.has(b));
    let mut spans = Vec::new();
    for (k, pair) in events.windows(2).enumerate() {
        let (a, b) = (&pair[0], &pair[1]);
        let talks = matches!(a.2.family(), EventType::Meeting | EventType::Call);
        if !talks || a.3 != TriggerTense::Noun || b.3 != TriggerTense::Noun || a.2.family() == b.2.family() || a.0.end > b.0.start {
            continue;
        }
        let Some(with) = crate::text::lexmatch::word_iter(text, a.0.end..b.0.start).take(2).find(|w| talks_with.has(&text[w.clone()])) else { continue };
        let before: Vec<Range<usize>> = crate::text::lexmatch::word_iter(text, a.0.end..b.0.start).rev().take(LIST_ITEM_WORDS).collect();
        let reach = before.last().map_or(b.0.start, |w| w.start);
        let comma = text[reach..b.0.start].rfind(crate::text::clause::COMMAS).map(|c| reach + c);
        let and = before.iter().find(|w| matches!(&text[(*w).clone()], "و" | "et" | "and")).map(|w| w.start);
        let item = comma.into_iter().chain(and).max().filter(|&at| at >= with.end);
        // The next item opens with its noun, an article at most ("، وتوقيع", "et, jeudi,
        // l'inauguration"); a verb there ("، توجت بتوقيع") tells what the talks led to.
        let opens_the_item = |at: usize| crate::text::lexmatch::word_iter(text, at..b.0.start).all(|w| {
            let w = &text[w];
            !relative(w) && (lists.articles.has(w) || w.ends_with('\''))
        });
        if let Some(item) = item.filter(|&at| opens_the_item(at)) {
            spans.push((k, with.start..item));
        }
    }
    spans
}

/// "وقع المغرب وإسرائيل الإعلان المشترك بالرباط، ثم حل لابيد بالرباط": the clause of `b`, the
/// trigger after `a`, when `b` is an Arabic past verb of an act done alone or signed (a visit,
/// an opening, a signing, a flight) opening a later clause with a subject of its own (a person
/// right after it): the next act, each event naming its own people. Talks take an object
/// ("وصل غانتس إلى الرباط، والتقى لوديي", "ليلتقي بعد ذلك بوريطة", "حيث سيتباحث مع وهبي"):
/// their verb reads back to its subject left implicit, and so does the subject after an event
/// noun told as a frame ("في اليوم الثاني من زيارته إلى إسرائيل، التقى … بنموسى": the visit is
/// his).
pub(super) fn clause_with_its_own_subject(text: &str, sentence: &crate::text::segment::Sentence, a: &(Range<usize>, usize, EventType, TriggerTense), b: &(Range<usize>, usize, EventType, TriggerTense), names: &NameSources<'_>) -> Option<usize> {
    let own = sentence.clause_at(b.0.start)?;
    // Arabic puts the subject right after the verb; a Latin verb's next name is its object
    // or agent ("a été accueilli par le général …").
    // "حطت أول طائرة … في 25 يوليوز، قبل أن يحل الوزير لبيد بالرباط يومي 11 و12 غشت": a
    // verb right after a chaining phrase (word list `chain`) tells the narrative's next act,
    // in the imperfect too, whatever told the act before it.
    let chained = chained_after(text, sentence.clauses[own].start..b.0.start, &names.lists.chains);
    // A subject told before its verb opens a new act whatever told the one before (a noun, a
    // verb of the same trigger: "…، ثم وزيرة الداخلية شاكيد حلت بالمملكة"), and talks too (the
    // person after their verb is then their object, the one before their subject).
    let latin = latin_trigger(text, &b.0);
    let subject_first = !latin && a.0.end <= sentence.clauses[own].start && subject_opens_the_clause(text, sentence.clauses[own].start..b.0.start, names);
    let verb = b.3 == TriggerTense::Past || (chained || subject_first) && b.3 == TriggerTense::Present;
    let another_act = subject_first || (a.3 != TriggerTense::Noun || chained) && !matches!(b.2.family(), EventType::Meeting | EventType::Call) && a.2 != b.2 && subject_right_after(text, b.0.end, names);
    (verb && another_act && !latin && sentence.clause_at(a.0.start).is_some_and(|before| before < own)).then_some(own)
}

/// "افتتح لابيد مكتب الاتصال في غشت 2021، ورئيس الأركان كوخافي زار الرباط في يوليوز": a clause
/// that opens with its subject, before its verb (`before_verb`: from the clause's start to the
/// verb), as a list of recalled acts puts each actor first. The person is named within
/// [`SUBJECT_TITLE_WORDS`] words of the clause's start (a conjunction glued to the first word,
/// an office title), right before the verb (nothing but spaces between), with no preposition
/// before it ("ومع لوديي وقع …" names whom the act was with).
fn subject_opens_the_clause(text: &str, before_verb: Range<usize>, names: &NameSources<'_>) -> bool {
    let NameSources { found, g, lists, .. } = *names;
    let k = found.entities.partition_point(|e| e.range.end <= before_verb.end);
    let Some(person) = found.entities[..k].iter().rev().find(|e| g.entities()[e.entity].kind == EntityKind::Person) else {
        return false;
    };
    if person.range.start < before_verb.start || !text[person.range.end..before_verb.end].chars().all(char::is_whitespace) {
        return false;
    }
    a_subjects_title(&text[before_verb.start..person.range.start], lists)
}

/// The clause of `b` when it is an Arabic verb (past or imperfect) right after a chaining
/// phrase (word list `chain`: "قبل أن", "بعد أن", "ثم"): the narrative's next act, which names
/// its own people; and whether it has a subject of its own (a person named right after the
/// verb; talks take an object there, so theirs is always the one told before).
fn chained_act(text: &str, sentence: &crate::text::segment::Sentence, b: &(Range<usize>, usize, EventType, TriggerTense), names: &NameSources<'_>) -> Option<(usize, bool)> {
    let own = sentence.clause_at(b.0.start)?;
    let verb = matches!(b.3, TriggerTense::Past | TriggerTense::Present) && !latin_trigger(text, &b.0);
    if !verb || own == 0 || !chained_after(text, sentence.clauses[own].start..b.0.start, &names.lists.chains) {
        return None;
    }
    let talks = matches!(b.2.family(), EventType::Meeting | EventType::Call);
    Some((own, !talks && subject_right_after(text, b.0.end, names) || subject_opens_the_clause(text, sentence.clauses[own].start..b.0.start, names)))
}

/// "وبعد أن وقع أمس ثلاث اتفاقيات مع بوريطة، زار لابيد المدينة القديمة", "وقبل أن يلتقي
/// بوريطة، وضع لابيد إكليلا …": the person who did the act `e` when it is an Arabic verb (past
/// or imperfect) right after a chaining phrase (word list `chain`) opening the sentence, with
/// no subject right after it: the subject of the main clause, named right after the verb that
/// opens the next clause (the act before or after it is the same person's, on the same
/// occasion). By its index in `found.entities`.
pub(super) fn leading_chained_act_subject(text: &str, sentence: &crate::text::segment::Sentence, e: &(Range<usize>, usize, EventType, TriggerTense), found: &Found, g: &Gazetteer, lists: &WordLists) -> Option<usize> {
    let verb = matches!(e.3, TriggerTense::Past | TriggerTense::Present) && !latin_trigger(text, &e.0);
    if !verb || sentence.clause_at(e.0.start) != Some(0) || sentence.clauses.len() < 2 {
        return None;
    }
    let opening = sentence.range.start..e.0.start;
    // Talks take an object right after their verb ("بعد أن التقى أمس بوريطة"): the person
    // there is whom they were with, not who held them.
    let talks = matches!(e.2.family(), EventType::Meeting | EventType::Call);
    if !crate::text::lexmatch::at_most_words(text, opening.clone(), 2) || !chained_after(text, opening, &lists.chains) || !talks && subject_after(text, e.0.end, found, g, lists).is_some() {
        return None;
    }
    let main = &sentence.clauses[1];
    let main_verb = crate::text::lexmatch::word_iter(text, main.clone()).next()?;
    let subject = subject_after(text, main_verb.end, found, g, lists)?;
    found.entities.iter().position(|n| n.range == subject)
}

/// Whether predicate `p`, told after the visit `a`, is a "since" (word list `since`) right
/// before a date: "X, who has been visiting Morocco since Monday, met Y", « X, en visite au
/// Maroc depuis lundi, a rencontré Y »: the visit's first day, told in its own clause, opens
/// no predicate of its own that would part the next act from its subject named before. Only a
/// Latin-script visit going on (a present or a noun: Arabic parts its relative clauses in
/// [`relative_clause_of_the_subject`]) and a day written without figures ("since Monday",
/// "since yesterday"; "since July 2021", "since 2020" tell how long a state lasts).
fn since_a_visit_s_day(text: &str, a: &(Range<usize>, usize, EventType, TriggerTense), p: &Range<usize>, dates: &[Range<usize>], lists: &WordLists) -> bool {
    a.2 == EventType::Visit
        && matches!(a.3, TriggerTense::Present | TriggerTense::Noun)
        && latin_trigger(text, &a.0)
        && lists.since.has(&text[p.clone()])
        && dates.iter().any(|d| d.start >= p.end && text[p.end..d.start].trim().is_empty() && !text[d.clone()].contains(|c: char| c.is_ascii_digit()))
}

/// Whether `before` (the clause up to a verb) ends with a chaining phrase of `chains` ("قبل
/// أن", "ثم"), only spaces after it: the verb tells the narrative's next act.
pub(super) fn chained_after(text: &str, before: Range<usize>, chains: &[String]) -> bool {
    let before = text[before].trim_end();
    chains.iter().any(|c| before.strip_suffix(c.as_str()).is_some_and(|head| head.chars().next_back().is_none_or(|ch| !crate::text::normalize::is_word_char(ch) || ch == 'و' && head.chars().rev().nth(1).is_none_or(|p| !crate::text::normalize::is_word_char(p)))))
}

/// "أن الوزيرة أورنا باربيفاي، التي تزور المغرب منذ الأحد، وقعت اليوم اتفاقية": `a` told in a
/// relative clause (its clause opened by a `relative` word right after a person's name) and `b`
/// a verb opening the clause right after it (one word allowed before it: "قد وقعت"): the
/// relative clause describes the subject of `b`, named before it. `a` ends with its clause (the
/// end returned); `b` reads back past it to its subject.
fn relative_clause_of_the_subject(text: &str, sentence: &crate::text::segment::Sentence, a: &(Range<usize>, usize, EventType, TriggerTense), b: &(Range<usize>, usize, EventType, TriggerTense), names: &NameSources<'_>) -> Option<usize> {
    let NameSources { found, g, lists, .. } = *names;
    let own = sentence.clause_at(a.0.start)?;
    let next = sentence.clause_at(b.0.start)?;
    if next != own + 1 || b.3 == TriggerTense::Noun || latin_trigger(text, &b.0) || !crate::text::lexmatch::at_most_words(text, sentence.clauses[next].start..b.0.start, 1) {
        return None;
    }
    let clause = sentence.clauses[own].clone();
    let opener = crate::text::lexmatch::word_iter(text, clause.clone()).next()?;
    let opener = &text[opener];
    if !lists.is_relative(opener) {
        return None;
    }
    // The person it describes ends the clause before, only marks between.
    let k = found.entities.partition_point(|e| e.range.end <= clause.start);
    let named = k.checked_sub(1).map(|k| &found.entities[k]).is_some_and(|e| g.entities()[e.entity].kind == EntityKind::Person && text[e.range.end..clause.start].chars().all(|c| !crate::text::normalize::is_word_char(c)));
    named.then_some(clause.end)
}

/// Words that may stand between a relative pronoun and the trigger of its clause ("الذي
/// قد حل", "qui s'est rendu", "who had arrived").
const RELATIVE_TO_TRIGGER_WORDS: usize = 2;

/// "… يائير لابيد، الذي افتتح مكتب الاتصال في غشت الماضي، ووزير الدفاع بيني غانتس الذي حل
/// بالمملكة في نونبر": `a` and `b` each told in a relative clause (a `relative` word at most
/// [`RELATIVE_TO_TRIGGER_WORDS`] words before the trigger), on two people: the second head
/// named after `a`, opening a later clause with a coordinating "و" glued to his name or title
/// (or a standalone "و", "and", « et », list `clause-and`). A second participant with an act of
/// his own: the start of the second head's clause, where `a`'s names end and `b`'s begin. One
/// relative clause alone is no such pair ("وأشرف على التوقيع كل من X، وY الذي يقوم بزيارة": Y
/// is a signer whom the clause describes).
fn coordinated_relative_head(text: &str, sentence: &crate::text::segment::Sentence, a: &(Range<usize>, usize, EventType, TriggerTense), b: &(Range<usize>, usize, EventType, TriggerTense), names: &NameSources<'_>) -> Option<usize> {
    let NameSources { found, lists, .. } = *names;
    let first_head = relative_head(text, sentence, &a.0, names)?;
    let head = relative_head(text, sentence, &b.0, names)?;
    if head.entity == first_head.entity || head.range.start < a.0.end {
        return None;
    }
    let head_clause = sentence.clause_at(head.range.start)?;
    if head_clause <= sentence.clause_at(a.0.start)? {
        return None;
    }
    let clause = sentence.clauses[head_clause].clone();
    let first_word = crate::text::lexmatch::word_iter(text, clause.clone()).next()?;
    // The first name or title of the clause, with the coordinating "و" glued before it (a
    // preposition may stand between: "وبوزير الدفاع").
    let first_name = found.starting_in(&clause).first().map(|e| e.name_range.start).into_iter().chain(found.roles_starting_in(&clause).first().map(|r| r.range.start)).min()?;
    let word = &text[first_word.clone()];
    let glued_and = word.starts_with('و') && first_name > first_word.start && first_name < first_word.end;
    (glued_and || word == "و" || lists.clause_ands.has(word)).then_some(clause.start)
}

/// The person a relative clause describes when the trigger at `trigger` is told in one: a
/// `relative` word at most [`RELATIVE_TO_TRIGGER_WORDS`] words before it, right after the
/// person's name (only marks between).
fn relative_head<'f>(text: &str, sentence: &crate::text::segment::Sentence, trigger: &Range<usize>, names: &NameSources<'f>) -> Option<&'f crate::gazetteer::EntityMention> {
    let NameSources { found, g, lists, .. } = *names;
    let before: Vec<Range<usize>> = crate::text::lexmatch::word_iter(text, sentence.range.start..trigger.start).collect();
    let relative = before.iter().rev().take(RELATIVE_TO_TRIGGER_WORDS + 1).find(|w| lists.is_relative(&text[(*w).clone()]))?;
    let h = found.entities.partition_point(|e| e.range.end <= relative.start);
    let head = found.entities[..h].iter().rev().find(|e| g.entities()[e.entity].kind == EntityKind::Person)?;
    text[head.range.end..relative.start].chars().all(|c| !crate::text::normalize::is_word_char(c)).then_some(head)
}

/// Words after a verb within which its subject is named, past its title ("حل وزير الخارجية
/// الإسرائيلي يائير لابيد").
const SUBJECT_TITLE_WORDS: usize = 6;

/// Whether a person is named right after the verb ending at `verb_end`, its subject: within
/// [`SUBJECT_TITLE_WORDS`] words, no preposition (word list `preposition`, glued or not) or
/// clause mark before the name ("التقى مع لوديي", "التقى بلوديي" name the object).
fn subject_right_after(text: &str, verb_end: usize, names: &NameSources<'_>) -> bool {
    subject_after(text, verb_end, names.found, names.g, names.lists).is_some()
}

/// The person named right after the verb ending at `verb_end`, its subject, if any (see
/// [`subject_right_after`]): the range of the name.
pub(super) fn subject_after(text: &str, verb_end: usize, found: &Found, g: &Gazetteer, lists: &WordLists) -> Option<Range<usize>> {
    let first = found.entities.partition_point(|e| e.range.start < verb_end);
    let person = found.entities[first..].iter().find(|e| g.entities()[e.entity].kind == EntityKind::Person)?;
    let gap = &text[verb_end..person.range.start];
    let glued = gap.chars().last().is_some_and(|c| !c.is_whitespace());
    (!glued && a_subjects_title(gap, lists)).then(|| person.range.clone())
}

/// Whether `gap`, the words between a verb or a clause's start and the person named there, can
/// be that person's title: at most [`SUBJECT_TITLE_WORDS`] words, no preposition (word list
/// `preposition`, glued or not: "مع لوديي", "بلوديي" name an object) and no clause mark.
fn a_subjects_title(gap: &str, lists: &WordLists) -> bool {
    !gap.contains(crate::text::clause::CLAUSE_BREAKS_OF_EITHER_SCRIPT) && gap.split_whitespace().count() <= SUBJECT_TITLE_WORDS && !gap.split_whitespace().any(|w| lists.prepositions.has(w))
}

/// What the participants of a sentence's events are read from: the normalised text, the
/// sentence's scan, the document's names, the article's two main countries (what "the King"
/// alone means) and the trigger files' word lists (where someone comes from).
#[derive(Clone, Copy)]
pub(super) struct NameSources<'a> {
    pub text: &'a str,
    pub hits: &'a SentenceHits,
    pub found: &'a Found,
    pub g: &'a Gazetteer,
    pub main_countries: &'a [Id],
    pub lists: &'a WordLists,
    /// The document (its original text tells where a quotation opens).
    pub doc: &'a crate::text::Document,
}

/// People, organisations, places, countries and offices of an event's scope.
pub(super) fn fill_participants(m: &mut EventMention, scope: &Range<usize>, names: &NameSources<'_>) {
    let NameSources { text, hits, found, g, main_countries, lists, .. } = *names;
    // "كشف X أن …": X reports the event; leave X out when the trigger comes after the "أن" —
    // and the subject named before the verb too ("وكان نتنياهو قد أعلن أن وفدا سيحل …"), back to
    // the last event trigger before it.
    let reporter_span = hits.reports.iter().filter(|r| r.end <= m.trigger.start).find_map(|r| {
        // "على" that opens a name is where the statement was made ("قال لابيد في تغريدة على
        // تويتر: «تحدثت هاتفيا …»"), not what it was about.
        let names_at = |at: usize| {
            let k = found.entities.partition_point(|e| e.range.start < at);
            found.entities.get(k).is_some_and(|e| e.range.start == at)
        };
        let ahead = words(text, r.end..m.trigger.start);
        let that = ahead.iter().enumerate().find(|(k, w)| match &text[(*w).clone()] {
            "ان" | "بان" | "انه" | "انها" => true,
            "علي" => !ahead.get(k + 1).is_some_and(|next| names_at(next.start)),
            _ => false,
        });
        let that = that.map(|(_, w)| w.clone())?;
        // "قالت شاكيد إنها وقعت مذكرة تفاهم مع الرباط": "that she" right before the verb (an
        // auxiliary allowed between) makes the speaker its subject, a party.
        let own_act = matches!(&text[that.clone()], "انه" | "انها" | "انهما") && matches!(words(text, that.end..m.trigger.start).iter().map(|w| &text[w.clone()]).collect::<Vec<_>>()[..], [] | ["قد"]);
        if own_act {
            return None;
        }
        let subject_start = hits.events.iter().filter(|e| e.0.end <= r.start).map(|e| e.0.end).max().unwrap_or(scope.start).max(scope.start);
        if &text[that.clone()] != "علي" {
            return Some(subject_start..that.start);
        }
        // "هنأ وزير الخارجية الأمريكي بلينكن الطرفين على افتتاح المكتب": who congratulates or
        // stresses something speaks of it; the subject is the first person after the verb, and
        // who is congratulated may take part.
        let first = found.entities.partition_point(|e| e.range.start < r.end);
        let subject = found.entities[first..].iter().take_while(|e| e.range.end <= that.start).find(|e| g.entities()[e.entity].kind == EntityKind::Person)?;
        Some(subject_start..subject.range.end)
    });
    // "وقع X وY، بحضور الملك، الإعلان", "in the presence of King Mohammed VI": who watched a
    // signing, by name or by office, did not sign it, when the signing names a person or an
    // office of its own. One that names none ("وجرى توقيع المذكرة بحضور الوزيرتين", signed by
    // two companies or by no one named) has only those who watched it to show whose it was.
    let in_presence = |r: &Range<usize>| hits.presences.iter().any(|t| t.covers(r));
    let scope_roles = || found.roles_starting_in(scope).iter().filter(|r| r.range.end <= scope.end);
    let signers_named = || {
        let person_outside = found.starting_in(scope).iter().any(|e| e.range.end <= scope.end && g.entities()[e.entity].kind == EntityKind::Person && !in_presence(&e.range));
        person_outside || scope_roles().any(|r| !in_presence(&r.range))
    };
    // A flight's likewise: "landed at Ben Gurion, where it was welcomed with water cannons, in
    // the presence of the liaison office's head" names who watched the welcome, no passenger
    // (a flight that names a person is read as that person's trip, see `visitor_plane`).
    let watching = !hits.presences.is_empty() && ((m.event_type == EventType::Agreement && signers_named()) || m.event_type.family() == EventType::Flight);
    let watched = |r: &Range<usize>| watching && in_presence(r);
    // "the declaration signed in the presence of King Mohammed VI, when an El Al plane carried
    // the delegation", «وُقّع الإعلان بحضور الملك، خلال زيارة الوفد»: who watched the act of
    // another clause travelled in no visit told in this one. (A presence told in the visit's
    // own clause, "received the delegation in the presence of X", stays: X was at that
    // reception.) The presence span runs from its phrase to its clause's end.
    //
    // Not so a visit told in a relative clause on the one who watched ("in the presence of
    // her counterpart Karine Elharrar, who is visiting the Kingdom", « en présence du roi, qui
    // avait reçu la délégation », «بحضور … نظيرتها، التي تقوم بزيارة»): that act is his own.
    // And a presence told after the visit is another act's only when its own clause tells that
    // act («وصل الوزراء الأحد، للمشاركة في اجتماع … وبحضور بلينكن»: Blinken was at the meeting,
    // not on the journey); one set off by a comma alone goes with the visit's verb («استقبل
    // الملك الوفد عقب وصولهم، بحضور العثماني»: Othmani was at the reception).
    let relative_on_the_watcher = |t: &Range<usize>| {
        words(text, t.end..m.trigger.start).first().is_some_and(|w| {
            let w = &text[w.clone()];
            lists.is_relative(w) || lists.clause_relatives.has(w)
        }) && !text[t.end..m.trigger.start].trim_start_matches(|c: char| crate::text::clause::COMMAS_AND_SEMICOLONS.contains(&c) || c.is_whitespace()).contains(crate::text::clause::COMMAS_AND_SEMICOLONS)
    };
    let another_act_in_its_clause = |t: &Range<usize>| {
        let opened = crate::text::clause::start_after_last(text, m.trigger.end..t.start, crate::text::clause::COMMAS_AND_SEMICOLONS);
        opened > m.trigger.end && hits.events.iter().any(|e| e.0.start >= opened && e.0.end <= t.start)
    };
    let watched_in_another_clause = |r: &Range<usize>| {
        m.event_type == EventType::Visit
            && hits.presences.iter().any(|t| {
                t.covers(r) && ((m.trigger.start >= t.end && !relative_on_the_watcher(t)) || (m.trigger.end <= t.start && another_act_in_its_clause(t)))
            })
    };
    let later_acts = later_acts(text, &m.trigger, scope, hits);
    // Entities are in text order: the scope's are a slice found by binary search.
    let first = found.entities.partition_point(|e| e.range.start < scope.start);
    let in_scope: Vec<_> = found.entities[first..]
        .iter()
        .take_while(|e| e.range.start < scope.end)
        .filter(|e| e.range.end <= scope.end)
        .filter(|e| !later_acts.iter().any(|a| a.covers(&e.range)))
        .filter(|e| reporter_span.as_ref().is_none_or(|s| !overlaps(s, &e.range)))
        // "أطلعه على نتائج زيارته إلى المغرب": what the talks were about is no party to them.
        .filter(|e| !hits.topics.iter().any(|t| t.covers(&e.range)))
        .filter(|e| !(watched(&e.range) || watched_in_another_clause(&e.range)) || g.entities()[e.entity].kind != EntityKind::Person)
        .collect();
    let entities = g.entities();
    // A person named inside the name of an organisation or a place ("جامعة محمد السادس متعددة
    // التخصصات التقنية", "Mohammed V International Airport") is what it is named after, no
    // participant: the university signs, not the King.
    let inside_a_name = |r: &Range<usize>| {
        in_scope.iter().any(|o| entities[o.entity].kind != EntityKind::Person && o.range.covers(r) && o.range != *r)
    };
    for e in &in_scope {
        let entity = &entities[e.entity];
        if entity.kind == EntityKind::Person && inside_a_name(&e.range) {
            continue;
        }
        let list = match entity.kind {
            EntityKind::Person => &mut m.people,
            EntityKind::Organisation => &mut m.organisations,
            // "a suscité des réactions à Alger", "ردود فعل غاضبة بالجزائر": where the event was
            // commented on, neither its venue nor a country of it.
            EntityKind::Place if told_as_reaction_place(text, &e.range, &in_scope, g, lists) => continue,
            EntityKind::Place if entity.is_country() => &mut Vec::new(),
            // "رئيس بلدية أسدود", "the Ashdod mayor": the office holder's place, not the venue.
            EntityKind::Place if told_as_office_place(text, &e.range, lists) => &mut Vec::new(),
            // "منذ استئناف العلاقات بين الرباط وتل أبيب": the states, named by their capitals.
            EntityKind::Place if told_as_states(text, &e.range, &in_scope, g, lists) => &mut Vec::new(),
            EntityKind::Place => &mut m.places,
        };
        if !list.contains(&e.entity) {
            list.push(e.entity);
        }
        // "قادما من إسرائيل، يحل بلينكن بالمغرب": the country a traveller comes from is not a
        // party to what happens where he arrives; nor is the country of a medium where the news
        // was told ("في تغريدة على تويتر", "صحيفة هآرتس").
        let medium = entity.kind == EntityKind::Organisation && entity.subkind == MEDIA;
        if !entity.country.is_empty() && !medium && !(entity.is_country() && told_as_origin(text, e.range.start, lists)) {
            m.countries.push(entity.country);
        }
    }
    // Offices and counterparts named without a name: a title, then a country, and no person
    // within the next few words.
    // A country told as where the office is held ("the US ambassador to Morocco", "سفير
    // المغرب لدى واشنطن", "auprès de") is not the office's.
    let posted_to = |gap: &str| matches!(gap.trim(), "to" | "لدي" | "aupres de" | "auprès de" | "auprès du" | "aupres du");
    let verb_between = |from: usize, to: usize| hits.events.iter().map(|e| &e.0).chain(&hits.predicates).any(|v| v.start >= from && v.end <= to);
    // A verb between tells the nationality of someone else: "The King received the Israeli
    // defense minister"; so does another title told after "with" (list `talks-with`), whose
    // nationality and holder are its own: "أجراها جلالة الملك مع الرئيس الأمريكي دونالد ترامب"
    // (the American is the president, not the King).
    let title_between = |from: usize, to: usize| {
        found.roles_starting_in(&(from..to)).iter().any(|r| r.range.end <= to && crate::text::lexmatch::word_iter(text, from..r.range.start).any(|w| lists.talks_with.has(&text[w])))
    };
    let country_after = |end: usize| -> Option<(Id, usize)> {
        in_scope.iter().filter(|e| e.range.start >= end && e.range.start - end <= 24).find_map(|e| {
            let entity = &entities[e.entity];
            (entity.is_country() && !posted_to(&text[end..e.range.start]) && !verb_between(end, e.range.start) && !title_between(end, e.range.start)).then_some((entity.country, e.range.end))
        })
    };
    // That country, the posting.
    let posting_after = |end: usize| -> Option<Id> {
        in_scope.iter().filter(|e| e.range.start >= end && e.range.start - end <= 24).find_map(|e| {
            let entity = &entities[e.entity];
            (entity.is_country() && posted_to(&text[end..e.range.start])).then_some(entity.country)
        })
    };
    // English puts the nationality before the title, and French may too: "the Moroccan foreign
    // minister", "Israel's defense minister", "his Israeli counterpart". Only a Latin-script
    // title reads it there, and only from the word just before ("'s" allowed): an Arabic
    // title's country is the one after it ("استقبلت إسرائيل وزير الخارجية" is not Israel's).
    let country_before = |start: usize| -> Option<(Id, usize)> {
        let latin = text[start..].chars().next().is_some_and(|c| c.is_ascii_alphabetic());
        if !latin {
            return None;
        }
        in_scope.iter().rev().filter(|e| e.range.end <= start && start - e.range.end <= 3).find_map(|e| {
            let gap = text[e.range.end..start].trim();
            let entity = &entities[e.entity];
            // "an Israeli foreign minister" is any of them, not the one in office.
            let article = text[..e.range.start].trim_end().rsplit(' ').next().unwrap_or("");
            let indefinite = matches!(article, "a" | "an" | "any" | "no" | "un" | "une" | "aucun" | "aucune");
            (entity.is_country() && !indefinite && matches!(gap, "" | "'s" | "'")).then_some((entity.country, start))
        })
    };
    // The countries named one after the other right after `end`, separated by commas, "و" or
    // an opening bracket only. A country told right after the first with no separator is no
    // item of a list: "زار وزير الخارجية الإسرائيلي المغرب" names the office's nationality,
    // then the country visited.
    let countries_listed = |end: usize| -> Vec<Id> {
        let mut listed = Vec::new();
        let mut at = end;
        for e in in_scope.iter().filter(|e| e.range.start >= end) {
            let gap = &text[at..e.range.start];
            let entity = &entities[e.entity];
            let separated = gap.chars().any(|c| matches!(c, '(' | '،' | ',' | 'و')) || text[e.range.start..].starts_with('و');
            if gap.chars().count() > 4 || !gap.chars().all(|c| c.is_whitespace() || matches!(c, '(' | '،' | ',' | 'و')) || !entity.is_country() || (!listed.is_empty() && !separated) {
                break;
            }
            listed.push(entity.country);
            at = e.range.end;
        }
        listed.dedup();
        listed
    };
    // A name right after a title is its holder ("the Israeli defence minister, Benny Gantz"),
    // unless a verb stands between: "Le ministre israélien de la Défense s'est entretenu
    // jeudi avec Abdellatif Loudiyi" names the office, and the one it met. Nor is a person of
    // another country: in "استقبل الرئيس الإسرائيلي يوم الثلاثاء ناصر بوريطة" the verb comes
    // first and the Moroccan after the Israeli title is the one received. Nor is a name after
    // another title told after "with": "أجراها جلالة الملك مع الرئيس الأمريكي دونالد ترامب" names the King by
    // his title, Trump by his.
    // (Only a country the text states tells so: one guessed from the article's countries, as
    // for "le président de la CGEM, Chakib Alj", is no reason to pass the person over.)
    let person_soon = |end: usize, stated: Option<&Id>| {
        in_scope.iter().any(|e| {
            let p = &entities[e.entity];
            p.kind == EntityKind::Person && stated.is_none_or(|c| p.country.is_empty() || p.country == *c) && e.range.start >= end && e.range.start - end <= 40 && !verb_between(end, e.range.start) && !title_between(end, e.range.start)
        })
    };
    // "laid a wreath at the tomb of King Mohammed V", « le mausolée du roi Hassan II »: a title
    // inside the name of a place or an organisation is part of that name, as the person named
    // after is, not an office taking part (a dead king's title is not the reigning king).
    for r in scope_roles().filter(|r| !watched(&r.range) && !watched_in_another_clause(&r.range) && !inside_a_name(&r.range)) {
        // The office's country: named after the title ("وزير الخارجية الإسرائيلي"), else the
        // country of an organisation the title names ("رئيس الموساد").
        let within = || {
            in_scope.iter().filter(|e| overlaps(&e.range, &r.range) && !entities[e.entity].country.is_empty()).map(|e| (entities[e.entity].country, r.range.end)).next()
        };
        // Else, "جلالة الملك" or "رئيس الحكومة" alone: the country whose office the title is
        // in the article's context ("the King" in a Morocco–Israel story is Morocco's), and
        // no one's when another country's holder of it is named shortly before it (see
        // gazetteer::offices).
        let role = &g.entries.roles[r.role].id;
        let only_holder = || g.office_country_in_context(text, &r.range, role, found, main_countries).map(|c| (c, r.range.end));

        // "وزراء خارجية (مصر، المغرب، الإمارات …)": a title before a list of countries is the
        // office of each of them.
        let listed = countries_listed(r.range.end);
        // A title of several holders ("وزيرا خارجية البلدين", "the two countries' defence
        // ministers", "les chefs de la diplomatie des deux pays") names the holders of the
        // countries it is told of: the countries named after it (one is enough: "بمشاركة
        // وزراء خارجية (الولايات المتحدة، …)" names at least that one), else "the two
        // countries" (the article's two main ones); else no one.
        // Or by nationalities around it ("the Moroccan and Israeli defence ministers", "les
        // ministres marocain et israélien de la défense"), or as two ("the two prime
        // ministers", an Arabic dual): see gazetteer::offices.
        if r.plural {
            let told = || g.plural_title_countries(text, &r.range, found);
            let countries = if !listed.is_empty() {
                listed
            } else if let told = told()
                && !told.is_empty()
            {
                told
            } else if (of_the_two_countries(text, &r.range, &hits.pairs) || g.title_of_two(text, &r.range)) && main_countries.len() == 2 {
                main_countries.to_vec()
            } else {
                Vec::new()
            };
            m.role_refs.extend(countries.into_iter().map(|country| RoleRef::Office { role: role.clone(), country, posted: None }));
            continue;
        }
        if listed.len() >= 2 {
            m.role_refs.extend(listed.into_iter().map(|country| RoleRef::Office { role: role.clone(), country, posted: None }));
            continue;
        }
        let before = || country_before(r.range.start).map(|(c, _)| (c, r.range.end));
        // "Le chef de la diplomatie marocaine arrive en Israël": the nationality is read into
        // a name that overlaps the title ("diplomatie marocaine"), not the country after it.
        let spills = in_scope.iter().any(|e| overlaps(&e.range, &r.range) && e.range.end > r.range.end && !entities[e.entity].country.is_empty());
        let after_or_within = || if spills { within().or_else(|| country_after(r.range.end)) } else { country_after(r.range.end).or_else(within) };
        // "le ministre émirati des affaires étrangères": a nationality inside the title is its
        // country (see gazetteer::matcher's split titles).
        let inside = || in_scope.iter().find(|e| entities[e.entity].is_country() && r.range.start < e.range.start && e.range.end < r.range.end).map(|e| (entities[e.entity].country, r.range.end));
        // "قال الناطق باسم الحكومة الموريتانية، وزير الثقافة، إن …": a title set in apposition
        // after a phrase that ends with a nationality adjective and a comma is an office of that
        // nationality (another country's minister is no minister of ours): the adjective alone
        // or ending the name of a body ("الحكومة الإسرائيلية"), not a person's name.
        let apposition = || {
            found.starting_in(&(r.range.start.saturating_sub(APPOSITION_REACH)..r.range.start)).iter().rev().filter(|e| e.range.end <= r.range.start).find_map(|e| {
                let entity = &entities[e.entity];
                (!entity.country.is_empty() && entity.kind != EntityKind::Person && matches!(text[e.range.end..r.range.start].trim(), "،" | ",") && crate::gazetteer::offices::arabic_definite_adjective(&text[e.range.clone()])).then_some((entity.country, r.range.end))
            })
        };
        // "ولي عهد أبوظبي", "the crown prince of Abu Dhabi", « le prince héritier d'Abou Dhabi »:
        // a place of a country told right after the title as its complement is where the office
        // is held, so the office is that country's (no guess from the article's countries).
        let place_after = || {
            let e = in_scope.iter().find(|e| e.range.start >= r.range.end && e.range.start - r.range.end <= PLACE_COMPLEMENT_GAP)?;
            let entity = &entities[e.entity];
            let place = entity.kind == EntityKind::Place && !entity.is_country() && !entity.country.is_empty();
            (place && told_as_complement(text, &r.range, e.range.start)).then_some((entity.country, r.range.end))
        };
        let stated = before().or_else(inside).or_else(place_after).or_else(after_or_within).or_else(apposition);
        let told = stated.is_some();
        // "the US ambassador to Morocco" says whose office it is not: no guess from the
        // article's countries then.
        // After the title, or after the nationality told after it ("السفير الأمريكي لدى المغرب").
        let posted = posting_after(r.range.end).or_else(|| stated.as_ref().and_then(|(_, end)| posting_after(*end)));
        let guessed = || if posted.is_some() { None } else { only_holder() };
        // "وكان الوزير قد وصل إلى الرباط الأحد" after "وقع وزير الخارجية الإسرائيلي يائير
        // لابيد …": a bare generic office noun is the office of the story's subject.
        let subject_told_before = || if told || posted.is_some() { None } else { country_of_the_subject_told_before(r, m, scope, names).map(|c| (c, r.range.end)) };
        // "an Israeli foreign minister", "وزير خارجية إسرائيلي", "the former foreign minister"
        // is not the holder of the day (see gazetteer::offices).
        if let Some((country, end)) = stated.or_else(guessed).or_else(subject_told_before)
            && !person_soon(end, told.then_some(&country))
            && g.names_the_holder(text, &r.range, found)
            && !g.another_name_after_title(text, &r.range, role, &country)
        {
            m.role_refs.push(RoleRef::Office { role: role.clone(), country, posted });
        }
    }
    for c in hits.counterparts.iter().filter(|c| overlaps(c, scope)) {
        if let Some((country, end)) = country_before(c.start).map(|(k, _)| (k, c.end)).or_else(|| country_after(c.end))
            && !person_soon(end, Some(&country))
        {
            m.role_refs.push(RoleRef::Counterpart { country });
        }
    }
}

/// "وقع وزير الخارجية الإسرائيلي يائير لابيد، أمس، اتفاقا … وكان الوزير قد وصل إلى الرباط
/// الأحد", «وكانت الوزيرة قد حطت بالعاصمة المغربية»: Arabic news refers back to the story's
/// subject by a definite generic office noun alone ("الوزير", "الوزيرة"), with no name and no
/// nationality. The office is then of the country of the person the page named before the
/// title who may hold it (one of the offices it stands for, on any day; the one named most,
/// the nearest on a tie), leaving out a country the mention names for someone else: that of
/// the people its scope names, and for a visit that of where it goes (a visitor is not of
/// the country he arrives in). Who holds it on the day is then read as for a generic title
/// with its nationality told (`events::resolve::page_holder`: the one the page named most).
///
/// `None` — no office — for a Latin-script title (French and English read "le ministre" as
/// the story's protagonist: `events::latin::participants`), a plural, a title that may stand
/// for anyone of a country ("الضيف", "المسؤول": not an office of the subject's), a title in a
/// quotation (someone else's words), a title beside a person of the scope who may hold it
/// (that person, or the one he deals with), and when the page named no one who may hold it.
fn country_of_the_subject_told_before(r: &crate::gazetteer::RoleMention, m: &EventMention, scope: &Range<usize>, names: &NameSources<'_>) -> Option<Id> {
    let NameSources { text, found, g, doc, main_countries, .. } = *names;
    let title = &g.entries.roles[r.role];
    let arabic = text[r.range.clone()].chars().next().is_some_and(crate::text::lang::is_arabic_letter);
    // Only an arrival: talks or a signing told of "the minister" have another side, whom
    // the office alone does not tell apart from the subject.
    let arrival = matches!(m.event_type.family(), EventType::Visit | EventType::Flight);
    if !arrival || !title.is_generic() || title.stands_for_anyone() || r.plural || !arabic || super::build::in_quotation(doc, super::build::line_start(text, r.range.start), r.range.end) {
        return None;
    }
    let entities = g.entities();
    // The title's country as person `p` holds it: that of his first office it stands for.
    let fitting = |p: usize| entities[p].roles.iter().find(|s| title.stands_for(&s.role)).map(|s| s.country);
    let in_scope = found.starting_in(scope);
    if in_scope.iter().any(|e| e.range.end <= scope.end && entities[e.entity].kind == EntityKind::Person && fitting(e.entity).is_some()) {
        return None;
    }
    // "وأشار الوزير إلى زيارة وزير الخارجية الإسرائيلي إلى المغرب": another title of the scope
    // the bare one may stand for tells the arrival's subject; the bare one is someone else
    // (who reports it, who receives him).
    let roles = &g.entries.roles;
    if found.roles_starting_in(scope).iter().any(|o| o.range.end <= scope.end && o.range != r.range && (o.role == r.role || title.stands_for(&roles[o.role].id))) {
        return None;
    }
    let elsewhere = |c: &Id| m.people.iter().any(|&p| entities[p].country == *c) || m.countries.contains(c);
    // Per person: (his office's country, times named, where last named).
    let mut named: Vec<(usize, Id, u32, usize)> = Vec::new();
    let before = &found.entities[..found.entities.partition_point(|e| e.range.start < r.range.start)];
    for e in before.iter().filter(|e| e.range.end <= r.range.start && entities[e.entity].kind == EntityKind::Person && !found.is_principal(&e.range)) {
        match named.iter_mut().find(|(p, ..)| *p == e.entity) {
            Some((_, _, n, last)) => {
                *n += 1;
                *last = e.range.start;
            }
            None => {
                if let Some(c) = fitting(e.entity).filter(|c| !elsewhere(c)) {
                    named.push((e.entity, c, 1, e.range.start));
                }
            }
        }
    }
    // The story is of the page's countries: a minister of a third country the page names in
    // passing ("… بعد زيارة وزير الخارجية الجزائري لتونس") is not its subject, whenever one
    // of its own countries' was named.
    if named.iter().any(|(_, c, ..)| main_countries.contains(c)) {
        named.retain(|(_, c, ..)| main_countries.contains(c));
    }
    named.iter().max_by_key(|(_, _, n, last)| (*n, *last)).map(|(_, c, ..)| *c)
}

/// Most bytes between a title and a place told as its complement (" of the ", " d'").
const PLACE_COMPLEMENT_GAP: usize = 8;

/// Whether the name starting at `name_start` is told as the complement of the title at
/// `title` (normalised `text`): after "of", "de", "du", "d'" ("the crown prince of Abu Dhabi",
/// « le prince héritier d'Abou Dhabi »), or right after an Arabic title in the construct
/// state, whose last word has no article ("ولي عهد أبوظبي", "حاكم دبي"). After a definite
/// title the name is another word of the sentence ("زار ولي العهد أبوظبي": the place visited).
fn told_as_complement(text: &str, title: &Range<usize>, name_start: usize) -> bool {
    let gap = text[title.end..name_start].trim();
    let last_word = text[title.clone()].rsplit(' ').next().unwrap_or("");
    let arabic = last_word.chars().next().is_some_and(crate::text::lang::is_arabic_letter);
    matches!(gap, "of" | "of the" | "de" | "du" | "d'") || gap.is_empty() && arabic && !last_word.starts_with("ال")
}

/// Most bytes back from a title to the start of the nationality adjective of the phrase it is
/// set in apposition to ("الحكومة الموريتانية، وزير الثقافة": the adjective and the comma).
const APPOSITION_REACH: usize = 40;

/// Whether a title told of "the two countries" (a `pair` phrase of the trigger files): right
/// after it, or after "of", "in", "des" ("وزيرا خارجية البلدين", "وزيرا الدفاع في البلدين",
/// "the foreign ministers of the two countries", "les chefs de la diplomatie des deux pays"),
/// or right before it with a possessive ("the two countries' foreign ministers").
fn of_the_two_countries(text: &str, title: &Range<usize>, pairs: &[Range<usize>]) -> bool {
    pairs.iter().any(|p| {
        let after = p.start >= title.end && matches!(text[title.end..p.start].trim(), "" | "of" | "from" | "in" | "de" | "des" | "في" | "من");
        let before = p.end <= title.start && matches!(text[p.end..title.start].trim(), "'" | "'s" | "’");
        after || before
    })
}

/// The article's two most named countries: what "البلدين" ("the two countries") means.
/// Countries named as often are ranked by all the names of theirs the page holds (its
/// cities, people, bodies): a page naming Morocco once among its places ("الرباط", "مطار
/// الرباط-سلا", "العاهل المغربي") tells a story of Morocco, not of a country it names once
/// in passing.
pub(super) fn main_countries(found: &Found, g: &Gazetteer) -> Vec<Id> {
    let mut counts: HashMap<&Id, usize> = HashMap::default();
    for m in &found.entities {
        let e = &g.entities()[m.entity];
        if e.is_country() && !e.country.is_empty() {
            *counts.entry(&e.country).or_default() += 1;
        }
    }
    // Per country: (times named as a country, names of it of any kind); the names of any kind
    // are counted only when a tie among the first three may choose the two or their order
    // (most pages name their two countries unequally often, and counting every name costs a
    // look-up per name).
    let mut ranked: Vec<(&Id, (usize, usize))> = counts.into_iter().map(|(c, n)| (c, (n, 0))).collect();
    ranked.sort_by_key(|&(c, (n, _))| (std::cmp::Reverse(n), c));
    if ranked.iter().take(2).zip(ranked.iter().skip(1)).any(|(a, b)| a.1.0 == b.1.0) {
        for m in &found.entities {
            let country = &g.entities()[m.entity].country;
            if let Some(count) = ranked.iter_mut().find(|(c, _)| *c == country) {
                count.1.1 += 1;
            }
        }
        ranked.sort_by_key(|&(c, (n, all))| (std::cmp::Reverse(n), std::cmp::Reverse(all), c));
    }
    ranked.into_iter().take(2).map(|(c, _)| *c).collect()
}

/// Whether the name at `start` is where someone comes from: "قادما من", "coming from",
/// "en provenance de", "venant de" (the word lists of kinds `origin` and `origin-from`).
fn told_as_origin(text: &str, start: usize, lists: &WordLists) -> bool {
    let before: Vec<&str> = text[..start].split_whitespace().rev().take(3).collect();
    let from = |w: &str| lists.from.has(w);
    let coming = |w: &str| {
        let bare = w.strip_prefix('و').unwrap_or(w);
        lists.coming.has(bare)
    };
    // "من إسرائيل" and "d'israël" (the elision glued to the name) alike.
    let glued = text[..start].ends_with("d'");
    match before.as_slice() {
        [w, ..] if glued => coming(w.trim_end_matches("d'")) || coming(w),
        [f, c, ..] if from(f) => coming(c),
        [f, _, c] if from(f) => coming(c),
        _ => false,
    }
}

/// Whether the pair phrase at `pair` ("the two", "les deux pays", "البلدان") is set in
/// apposition after two names joined by "and" ("PAM and Istiqlal, the two leading opposition
/// forces", « le Maroc et les Émirats, les deux pays qui … », «المغرب والبحرين، البلدان اللذان
/// …»): it is those two, not the article's two main countries.
pub(super) fn pair_in_apposition(text: &str, pair: &Range<usize>, found: &Found) -> bool {
    let Some(head) = text[..pair.start].trim_end().strip_suffix(crate::text::clause::COMMAS) else { return false };
    let name_end = head.trim_end().len();
    let k = found.entities.partition_point(|e| e.range.start < name_end);
    // (A few names back at most: names nested in a longer one end where it does.)
    let Some(second) = found.entities[..k].iter().rev().take(APPOSITION_NAMES).find(|e| e.range.end == name_end) else { return false };
    let Some(first) = found.entities[..k].iter().rev().take(APPOSITION_NAMES).find(|e| e.range.end <= second.range.start) else { return false };
    let gap: Vec<&str> = text[first.range.end..second.range.start].split_whitespace().collect();
    // The conjunction alone or with an article ("and the", « et les », « et l' »); Arabic
    // glues "و" to the second name (its range may hold it).
    match gap[..] {
        [] => text[second.range.clone()].starts_with('و'),
        [and] => PAIR_CONJUNCTIONS.contains(&and),
        [and, article] => PAIR_CONJUNCTIONS.contains(&and) && PAIR_ARTICLES.contains(&article.trim_end_matches(['\'', '’'])),
        _ => false,
    }
}

/// The conjunctions that join the two names a pair phrase may be set in apposition to.
const PAIR_CONJUNCTIONS: &[&str] = &["and", "et", "و", "&"];

/// The articles allowed after those conjunctions, before the second name.
const PAIR_ARTICLES: &[&str] = &["the", "le", "la", "les", "l"];

/// The most names read back from a pair phrase for the two it may be set in apposition to.
const APPOSITION_NAMES: usize = 4;

/// Whether the place at `range` stands for its state in a phrase about two countries'
/// relations ("استئناف العلاقات بين الرباط وتل أبيب", "ties between Rabat and Tel Aviv"): right
/// after a `relations-between` phrase, or coordinated right after a place that is ("و" glued
/// to it, "and", "et"). Its country is the event's; the city is no place of the event (the
/// airport a plane landed at is).
fn told_as_states(text: &str, range: &Range<usize>, in_scope: &[&crate::gazetteer::EntityMention], g: &Gazetteer, lists: &WordLists) -> bool {
    let forms = &lists.relations_between;
    let after_phrase = |start: usize| {
        let before = text[..start].trim_end();
        forms.iter().any(|f| ends_with_word(before, f))
    };
    if forms.is_empty() {
        return false;
    }
    if after_phrase(range.start) {
        return true;
    }
    // The second of the two: "و" glued to its name (the name's range holds it), or a
    // standalone conjunction before it.
    let before = text[..range.start].trim_end();
    let head = if text[range.clone()].starts_with('و') {
        Some(before)
    } else {
        ["و", "and", "et"].iter().find_map(|c| before.strip_suffix(c).filter(|h| h.ends_with(char::is_whitespace)).map(str::trim_end))
    };
    let Some(head) = head else { return false };
    let end = head.len();
    in_scope.iter().any(|o| o.range.end == end && g.entities()[o.entity].kind == EntityKind::Place && after_phrase(o.range.start))
}

/// Where the later acts of other parties told after the trigger, in `scope`, stand: from a
/// `joined-later` word (found by the sentence's scan, proclitics allowed; Arabic triggers only,
/// the list is Arabic) to the end of its clause ("…، والتي انضمت إليها لاحقا كل من البحرين والسودان والمغرب", "…، قبل أن
/// تستأنف المملكة المغربية علاقاتها مع إسرائيل"). Who is named there joined, followed or
/// resumed later: no party to the event told before.
fn later_acts(text: &str, trigger: &Range<usize>, scope: &Range<usize>, hits: &SentenceHits) -> Vec<Range<usize>> {
    if hits.joined_later.is_empty() || trigger.end >= scope.end || latin_trigger(text, trigger) {
        return Vec::new();
    }
    hits.joined_later
        .iter()
        .filter(|v| trigger.end <= v.start && v.end <= scope.end)
        .map(|v| v.start..text[v.end..scope.end].find(crate::text::clause::CLAUSE_BREAKS_OF_EITHER_SCRIPT).map_or(scope.end, |k| v.end + k))
        .collect()
}

/// Whether the place at `range` is where an event drew reactions ("continue de susciter des
/// réactions à Alger", "drew sharp criticism in Algiers", "أثارت ردود فعل غاضبة بالجزائر"): a
/// `reaction` noun, at most two words (its adjectives) before a `reaction-at` preposition told
/// right before the place or glued to it ("بالجزائر"), or the place coordinated right after
/// such a one ("in Tunis and Algiers", "في الجزائر وتونس"). The reactions are another act, of
/// those who made them; their place says nothing of where the event they answer happened.
fn told_as_reaction_place(text: &str, range: &Range<usize>, in_scope: &[&crate::gazetteer::EntityMention], g: &Gazetteer, lists: &WordLists) -> bool {
    if lists.reactions.is_empty() {
        return false;
    }
    let reaction_before = |head: &str| {
        // The noun, then up to two adjectives ("de vives réactions", "ردود فعل غاضبة واسعة").
        let mut head = head.trim_end();
        for _ in 0..3 {
            if lists.may_end_with_a_reaction(head) && lists.reactions.iter().any(|f| ends_with_word(head, f)) {
                return true;
            }
            let Some((rest, last)) = head.rsplit_once(char::is_whitespace) else { return false };
            // A clause break ends the phrase: what came before it is another clause's.
            if last.ends_with(crate::text::clause::BREAKS_WITHIN_A_SENTENCE) || rest.trim_end().ends_with(crate::text::clause::CLAUSE_BREAKS_OF_EITHER_SCRIPT) {
                return false;
            }
            head = rest.trim_end();
        }
        false
    };
    let before = text[..range.start].trim_end();
    let surface = &text[range.clone()];
    let at = lists.reaction_ats.iter().any(|p| {
        // A preposition glued to the name ("بالجزائر", "وفي" is no name): a one-letter Arabic
        // clitic the name's range holds.
        let glued = p.chars().count() == 1 && surface.strip_prefix(p.as_str()).is_some_and(|rest| rest.chars().count() > 2);
        if glued {
            return reaction_before(before);
        }
        ends_with_word(before, p) && reaction_before(&before[..before.len() - p.len()])
    });
    if at {
        return true;
    }
    // The second of several places: "و" glued to its name, or a standalone conjunction.
    let head = if surface.starts_with('و') {
        Some(before)
    } else {
        ["و", "and", "et", ","].iter().find_map(|c| before.strip_suffix(c).map(str::trim_end))
    };
    let Some(head) = head else { return false };
    let end = head.len();
    in_scope.iter().any(|o| o.range.end == end && o.range.start < range.start && g.entities()[o.entity].kind == EntityKind::Place && told_as_reaction_place(text, &o.range, in_scope, g, lists))
}

/// Whether the place at `range` is named as the seat of an office ("رئيس بلدية أسدود", "والي جهة
/// الدار البيضاء", "maire d'Ashdod", "the Tel Aviv mayor"): the office holder's place, which says
/// nothing of where the event happened.
fn told_as_office_place(text: &str, range: &Range<usize>, lists: &WordLists) -> bool {
    let before = text[..range.start].trim_end();
    // The elision is glued to the name: "maire d'Ashdod" reads as "maire de".
    let elided = before.strip_suffix("d'").map(str::trim_end);
    let title_before = |form: &String| match elided {
        Some(stem) => form.strip_suffix(" de").is_some_and(|title| ends_with_word(stem, title)),
        None => ends_with_word(before, form),
    };
    let after = text[range.end..].trim_start();
    let title_after = |form: &String| after.strip_prefix(form.as_str()).is_some_and(|rest| !rest.starts_with(char::is_alphanumeric));
    lists.office_places.iter().any(title_before) || lists.office_places_after.iter().any(title_after)
}

/// Whether `text` ends with the words `form`, as whole words; Arabic proclitics may be glued
/// to the first ("لرئيس بلدية", "وبرئيس"), as the phrase scan allows them.
///
/// Asked of the text before every place of an event against every row of a list (the reaction,
/// office and relations phrases): the last bytes, compared first and inline, tell nearly every
/// pair apart without comparing the whole form.
#[inline(always)]
fn ends_with_word(text: &str, form: &str) -> bool {
    if let (Some(t), Some(f)) = (text.as_bytes().last(), form.as_bytes().last())
        && t != f
    {
        return false;
    }
    ends_with_word_past_its_last_byte(text, form)
}

/// [`ends_with_word`] once the last bytes agree.
#[inline(never)]
fn ends_with_word_past_its_last_byte(text: &str, form: &str) -> bool {
    let Some(head) = text.strip_suffix(form) else { return false };
    let glued = head.char_indices().rev().take_while(|&(_, c)| c.is_alphanumeric()).last().map_or(head.len(), |(i, _)| i);
    valid_proclitics(&head[glued..], false)
}
