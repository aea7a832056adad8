//! People a mention takes from the story told before it: a leg of a visit is the visitor's,
//! a verb whose subject is a delegation names its leader, "the delegation" and "the company"
//! are the ones told before, and a meeting or call with one person named takes the actor of
//! the sentences just before as its other side. Also: a welcome at the airport, a gathering's
//! opening and a traveller's plane, which change what the mention is.

use std::ops::Range;

use super::super::mention::{EventMention, RoleRef};
use super::super::rules::{EventType, TriggerTense, latin_trigger};
use super::super::scan::{opens_a_gathering, told_by_a_gathering_noun};
use super::super::welcome::{phrase_at, welcome_at_airport};
use super::parties::{names_a_told_delegation, names_by_a_definite_noun, names_its_subject};
use super::{Reading, told_just_before};
use crate::text::lexmatch::WordList;
use crate::dates::DateMention;
use crate::gazetteer::EntityKind;
use crate::text::lexmatch::word_iter;

/// Give `mention`, told by the sentence's event `i` (`event`: trigger range, rule, type,
/// tense) over `scope`, the people the story told before it (`out`) stands for;
/// `traveller_plane` says its trigger is the landing of a traveller's plane (a visit).
pub(super) fn take_people_told_before(reading: &Reading<'_>, mention: &mut EventMention, out: &[EventMention], i: usize, event: &(Range<usize>, usize, EventType, TriggerTense), scope: &Range<usize>, traveller_plane: bool) {
    let Reading { doc, text, sentence, si, first_new, found, g, rules, delegation_verbs, told_by_support, .. } = *reading;
    let (range, rule, ty, tense) = event;
    // "وكان الوزير الإسرائيلي قد تجول، أمس، في حي الملاح … رفقة أزولاي": a leg of a visit
    // whose subject is not named by its verb is the leg of the visitor of the trip told
    // before.
    if rules.rules[*rule].tells_a_leg() && !names_its_subject(text, sentence.range.start, range, found, g) {
        let visitor = out.iter().rev().find(|m| m.event_type.family() == EventType::Visit && !m.planned && !rules.rules[m.rule].tells_a_leg()).and_then(|m| m.people.first().copied());
        if let Some(visitor) = visitor.filter(|v| !mention.people.contains(v)) {
            mention.people.insert(0, visitor);
            mention.countries.push(*g.country_of(visitor));
        }
    }
    // "وكان في استقباله بمطار الرباط سلا …": a welcome at the airport is the visitor's
    // arrival, folded into the visit once the sentence is read (see `welcome`); it has
    // no implicit subject or other side of its own.
    let welcomed = !latin_trigger(text, range) && welcome_at_airport(doc, mention, &rules.words);
    // "ترأس مزور وباربيفاي افتتاح المنتدى": the opening of a gathering (a forum, a
    // session, a summit) is that gathering's start, a meeting, not an office opened.
    if *ty == EventType::Opening && opens_a_gathering(text, range.end, &rules.words) {
        mention.event_type = EventType::Meeting;
    }
    // "حطت طائرة وزير الدفاع الإسرائيلي بمطار الرباط": the landing of someone's plane is
    // that person's arrival, a visit; an airline's plane is a flight.
    if traveller_plane {
        mention.event_type = EventType::Visit;
    }
    // "والتقى الوفد، اليوم، برئيس الكنيست", "وأجرى الوفد مباحثات مع …", "واستُقبل الوفد …
    // من قبل الملك": the delegation told before takes part, by its travellers (the people of
    // the last visit told, its leader first): a delegation led by two ("وفد يقوده كوشنير وبن
    // شبات") is both its leaders' and both their countries'.
    let by_delegation = delegation_verbs.contains(&range.start) || told_by_support.iter().any(|&(e, s)| e == i && delegation_verbs.contains(&s));
    if by_delegation && matches!(ty.family(), EventType::Meeting | EventType::Call | EventType::Agreement) {
        let travellers = out.iter().rev().find(|m| m.event_type.family() == EventType::Visit && !m.planned).map_or(&[][..], |m| &m.people[..]);
        let newcomers: Vec<usize> = travellers.iter().copied().filter(|p| !mention.people.contains(p)).collect();
        if let Some(&leader) = newcomers.first() {
            mention.countries.extend(newcomers.iter().map(|&p| *g.country_of(p)));
            mention.people.splice(0..0, newcomers);
            mention.carried_actor = Some(leader);
        }
    }
    // "ومن المنتظر أن يعقد المسؤول العسكري الإسرائيلي، غدا، جلسة مباحثات مع نظيره المغربي":
    // talks naming no one but "the official", "the guest" (a definite noun of kind `guest`)
    // are the visitor's of the last visit told; "مسؤول إسرائيلي" (an official) is nobody told.
    let by_guest = matches!(ty.family(), EventType::Meeting | EventType::Call | EventType::Agreement) && mention.people.is_empty() && names_by_a_definite_noun(text, scope, &rules.words.guests);
    if by_guest && let Some(visitor) = out.iter().rev().find(|m| m.event_type.family() == EventType::Visit && !m.planned).and_then(|m| m.people.first().copied()) {
        mention.people.push(visitor);
        mention.countries.push(*g.country_of(visitor));
        mention.carried_actor = Some(visitor);
    }
    // "استقبل لفتيت … أييلت شاكيد. وبعد وصولها مساء أمس، أجرت الضيفة الإسرائيلية مباحثات مع …
    // رشيد الطالبي العلمي": "the guest" of a country, beside the one host named with the act,
    // is the person of that country the sentences just before tell (the one received, when no
    // visit was told), not that host; an arrival of hers names no host.
    let guest_country = mention.role_refs.iter().find_map(|r| match r {
        RoleRef::Office { role, country, .. } if g.entries.roles.iter().any(|t| t.id == *role && t.is_generic()) => Some(*country),
        _ => None,
    });
    if !by_guest
        && !latin_trigger(text, range)
        && let Some(country) = guest_country.filter(|c| mention.people.len() == 1 && g.country_of(mention.people[0]) != c)
        && names_by_a_definite_noun(text, scope, &rules.words.guests)
        && guest_before_host(text, scope, &rules.words.guests, found, mention.people[0])
        && let Some(visitor) = told_just_before(out, first_new, si).find_map(|m| m.people.iter().copied().find(|&p| *g.country_of(p) == country))
    {
        if ty.family() == EventType::Visit {
            mention.people.clear();
        }
        mention.people.insert(0, visitor);
        mention.countries.push(country);
        mention.carried_actor = Some(visitor);
    }
    // "وحل الوفد بالعاصمة المغربية": a visit naming no one but "the delegation" is the
    // delegation's told before.
    if ty.family() == EventType::Visit && mention.people.is_empty() && mention.role_refs.is_empty() && names_by_a_definite_noun(text, scope, &rules.words.delegations) {
        let told = out.iter().rev().find(|m| m.event_type.family() == EventType::Visit && !m.planned && !m.people.is_empty());
        if let Some(told) = told {
            mention.people = told.people.clone();
            mention.countries.extend(told.countries.iter().cloned());
            // "وغادر الوفد المملكة": where that visit went, with its host left out of
            // its people, is where this one is.
            if mention.places.is_empty() {
                mention.places = told.places.clone();
            }
        }
    }
    // "واستقبل العاهل المغربي الملك محمد السادس الوفد في القصر الملكي", "Le roi a reçu la
    // délégation au palais": a visit told by "the delegation" itself (the trigger is the told
    // delegation's noun, its article before it), whose people are only its hosts — none of a
    // country of the delegation told before — is that delegation's visit received: its people
    // are the delegation's travellers, not the host alone (the reception is the meeting the
    // sentence tells as well). "received a delegation of …" (indefinite) is another group.
    // A Latin-script visit noun names its people only later: src/events/latin
    // (`participants::received_delegation_is_the_trip`) reads it once they are named.
    // The hosts may be told by their office ("العاهل المغربي", "le roi").
    let of_the_trip = |c: &crate::idset::Id, trip: &EventMention| trip.people.iter().any(|&t| g.country_of(t) == c);
    // A host is named before the noun, as the reception's subject; a person named after it
    // is a member of the delegation it tells ("ويضم الوفد المغربي ناصر بوريطة": another
    // delegation, of the other side).
    let in_sentence = || found.entities.iter().skip_while(|e| e.range.start < sentence.range.start).take_while(|e| e.range.start < sentence.range.end);
    let named_before_only = |p: usize| in_sentence().filter(|e| e.entity == p).all(|e| e.range.end <= range.start);
    // Everyone the mention names is of another side than the trip's (a counterpart is of none).
    let none_of_the_trip = |m: &EventMention, trip: &EventMention| {
        m.people.iter().all(|&p| !of_the_trip(g.country_of(p), trip))
            && m.role_refs.iter().all(|r| match r {
                RoleRef::Office { country, .. } => !of_the_trip(country, trip),
                RoleRef::Counterpart { .. } => false,
            })
    };
    let only_hosts = |m: &EventMention, trip: &EventMention| none_of_the_trip(m, trip) && m.people.iter().all(|&p| named_before_only(p));
    let take_the_trip = |m: &mut EventMention, trip: &EventMention| {
        m.people = trip.people.clone();
        m.role_refs.clear();
        m.countries.extend(trip.people.iter().map(|&p| *g.country_of(p)));
    };
    if ty.family() == EventType::Visit
        && !(mention.people.is_empty() && mention.role_refs.is_empty())
        && told_by_the_delegation_noun(text, sentence.range.start, range, &rules.words.delegations)
        && let Some(trip) = delegation_told_before(&out[..first_new])
        && only_hosts(mention, trip)
    {
        take_the_trip(mention, trip);
    }
    // "واستقبل الملك أعضاء الوفد بعد ساعات من وصولهم، وشهد التوقيع …", "استقبلت الوزيرة
    // الوفد لدى وصوله": an arrival told by its noun with a pronoun glued after it, after
    // another act of its sentence, is the time of that act; when the people the sentence names
    // are none of the side of the delegation told before (the host's), the pronoun is that
    // delegation: the arrival is its trip's, not a visit of the act's subject. A host who does
    // travel is told by his verb ("حل الملك بـ…").
    if ty.family() == EventType::Visit
        && !(mention.people.is_empty() && mention.role_refs.is_empty())
        && word_iter(text, range.clone()).last().is_some_and(|w| arrival_with_pronoun(&text[w], &rules.words.arrival_nouns))
        && out[first_new..].iter().any(|m| m.trigger.end <= range.start)
        && let Some(trip) = delegation_told_before(&out[..first_new])
        && none_of_the_trip(mention, trip)
    {
        take_the_trip(mention, trip);
    }
    // "ويضم الوفد الدبلوماسي ديفيد جوفرين": "the delegation" told just before, named with
    // members of its own side, is that delegation's visit; the members join its people, after
    // its leader. A member of another side ("الوفد المغربي برئاسة بوريطة" after an Israeli
    // delegation) tells another delegation.
    // The visit of the same side told just before is looked up first, among a few mentions:
    // the scope's words are read only when there is one.
    if ty.family() == EventType::Visit && !mention.people.is_empty() {
        let told = told_just_before(out, first_new, si).find(|m| m.event_type.family() == EventType::Visit && !m.planned && !m.people.is_empty());
        let same_side = |told: &EventMention| mention.people.iter().all(|&p| told.people.iter().any(|&t| g.country_of(t) == g.country_of(p)));
        if let Some(told) = told.filter(|t| same_side(t) && names_by_a_definite_noun(text, scope, &rules.words.delegations)) {
            let leaders: Vec<usize> = told.people.iter().copied().filter(|p| !mention.people.contains(p)).collect();
            mention.countries.extend(leaders.iter().map(|&p| *g.country_of(p)));
            mention.people.splice(0..0, leaders);
            if mention.places.is_empty() {
                mention.places = told.places.clone();
            }
        }
    }
    // "واستقبل الملك أعضاء الوفدين بعد الظهر", "The King received the delegation": talks
    // whose other side is only "the delegation" told before are with its people — the
    // travellers of the last visit or flight of the page that named any (the flight's carried
    // people) — and their countries, not with the one person the sentences before name first.
    // Told before the trigger, the delegation is the subject and comes first ("وعقد الوفد
    // اجتماعا مع …").
    let talks_of_one_side = !by_delegation && matches!(ty.family(), EventType::Meeting | EventType::Call) && mention.carried_actor.is_none() && mention.people.iter().all(|&p| g.country_of(p) == g.country_of(mention.people[0]));
    if let Some(told) = talks_of_one_side.then(|| delegation_told_before(out)).flatten()
        && let Some(at) = names_a_told_delegation(text, scope, &rules.words.delegations)
    {
        let newcomers: Vec<usize> = told.people.iter().copied().filter(|p| !mention.people.contains(p)).collect();
        mention.carried_actor = newcomers.first().copied();
        mention.countries.extend(newcomers.iter().map(|&p| *g.country_of(p)));
        let front = if at < range.start { 0 } else { mention.people.len() };
        mention.people.splice(front..front, newcomers);
    }
    // "وأعلنت الشركة أنها ستستأنف رحلاتها نحو إسرائيل": a flight naming no airline but
    // "the company" or "the carrier" is that of the flight told before — or, when that
    // flight was no event ("علقت الخطوط الملكية المغربية رحلاتها": suspended), the
    // airline last named before the sentence.
    if ty.family() == EventType::Flight && mention.organisations.is_empty() && names_by_a_definite_noun(text, scope, &rules.words.carriers) {
        let told = out.iter().rev().find(|m| m.event_type.family() == EventType::Flight && !m.organisations.is_empty());
        if let Some(told) = told {
            mention.organisations = told.organisations.clone();
            mention.countries.extend(told.countries.iter().cloned());
        } else {
            let before = &found.entities[..found.entities.partition_point(|e| e.range.end <= sentence.range.start)];
            let airline = before.iter().rev().map(|e| e.entity).find(|&k| g.entities()[k].is_airline());
            if let Some(k) = airline {
                mention.organisations.push(k);
                mention.countries.push(g.entities()[k].country);
            }
        }
    }
    // "وقع الوزيران مذكرة تفاهم": a verb whose subject is "the two ministers", naming no one,
    // is the act of the two people of two countries of the event told just before.
    let dual_subject = || word_iter(text, range.end..sentence.range.end).next().is_some_and(|w| rules.words.duals.has(&text[w.clone()]));
    if *tense != TriggerTense::Noun && mention.people.is_empty() && mention.role_refs.is_empty() && dual_subject() {
        let two_sides = |m: &&EventMention| m.people.len() == 2 && g.country_of(m.people[0]) != g.country_of(m.people[1]);
        if let Some(pair) = told_just_before(out, first_new, si).find(two_sides) {
            mention.people = pair.people.clone();
            mention.countries.extend(pair.people.iter().map(|&p| *g.country_of(p)));
        }
    }
    // "وفي وقت لاحق الأربعاء التقى … بوريطة": a verb whose one named person comes after
    // it has its subject left implicit — the actor of the sentences just before.
    let in_scope = &found.entities[found.entities.partition_point(|e| e.range.start < scope.start)..];
    let in_scope = &in_scope[..in_scope.partition_point(|e| e.range.start < scope.end)];
    let implicit_subject = !welcomed
        && mention.carried_actor.is_none()
        && matches!(ty, EventType::Meeting | EventType::Call)
        && *tense != TriggerTense::Noun
        && mention.people.len() == 1
        && in_scope.iter().any(|e| e.entity == mention.people[0] && e.range.start >= range.end && e.range.end <= scope.end)
        && !in_scope.iter().any(|e| g.entities()[e.entity].kind == EntityKind::Person && e.range.end <= range.start);
    // The mentions of the sentences before, within two, nearest first: where an implicit
    // subject, the other side of a reception and a follow-up's event are looked for.
    let told_just_before = || told_just_before(out, first_new, si);
    if implicit_subject {
        // "ويلتقي الضيف الإسرائيلي، اليوم، رئيس مجلس المستشارين …": a subject told by its
        // office and country is the person of that country the sentences before name.
        let named = mention.people[0];
        let mut others: Vec<&crate::idset::Id> = mention.countries.iter().filter(|c| *c != g.country_of(named)).collect();
        others.sort();
        others.dedup();
        let of_that_country = (others.len() == 1)
            .then(|| told_just_before().find_map(|m| m.people.iter().copied().find(|&p| p != named && g.country_of(p) == others[0])))
            .flatten();
        let actor = of_that_country.or_else(|| told_just_before().find_map(|m| m.people.first().copied().filter(|p| *p != mention.people[0])));
        if let Some(actor) = actor {
            mention.people.insert(0, actor);
            mention.carried_actor = Some(actor);
        }
    }
    // "وخصها لفتيت باستقبال": a reception or a call has two sides; with one person named,
    // the other is the one of another country the sentences just before are about. An office
    // named without its holder ("وزيرا خارجية البلدين … بنظيرهما بلينكن") is a side already.
    // Not a gathering told by its noun ("وفي مارس الماضي، شارك بوريطة في قمة النقب"): who takes
    // part in a summit or a forum is named by its own sentence, with no second side to find
    // in the sentences before.
    let gathering = *tense == TriggerTense::Noun && told_by_a_gathering_noun(text, range, &rules.words);
    // "Reçu par son homologue Nasser Bourita, il a signé avec lui trois accords", "ووقع معه
    // اتفاقيتين": an act whose other side is a pronoun right after its verb (word list
    // `with-pronoun`) has two sides as a reception has; its subject is the one told before.
    let with_a_pronoun = *ty == EventType::Agreement && *tense != TriggerTense::Noun && mention.people.len() == 1 && {
        let words = sentence.words(text);
        let next = words.partition_point(|w| w.start < range.end);
        rules.words.with_pronouns.iter().any(|form| phrase_at(text, words, next, form).is_some())
    };
    if !welcomed && !gathering && mention.carried_actor.is_none() && (matches!(ty, EventType::Meeting | EventType::Call) || with_a_pronoun) && mention.people.len() == 1 && mention.role_refs.is_empty() {
        let named = mention.people[0];
        let actor = told_just_before().find_map(|m| m.people.first().copied().filter(|&p| p != named && g.country_of(p) != g.country_of(named) && !g.country_of(p).is_empty()));
        if let Some(actor) = actor {
            mention.people.insert(0, actor);
            mention.carried_actor = Some(actor);
        }
    }
}

/// "حطت بمطار الرباط سلا، بعد زوال أمس الثلاثاء، طائرة … وعلى متنها وفد …" … "واستقبل جلالة
/// الملك محمد السادس أعضاء الوفد بالقصر الملكي", "The King received the delegation at the
/// palace": a reception told by a verb whose object is "the delegation" told before (after
/// the trigger), with no day of its own, is on the day of that delegation's trip when the two
/// sentences before told it (done and dated): the guests are received as they come. Returns
/// the trip's index in `out`.
pub(super) fn trip_of_the_delegation_received(reading: &Reading<'_>, mention: &EventMention, trigger: &Range<usize>, tense: TriggerTense, scope: &Range<usize>, out: &[EventMention], date_mentions: &[DateMention]) -> Option<usize> {
    let Reading { doc, text, si, first_new, rules, .. } = *reading;
    if mention.event_type.family() != EventType::Meeting || tense != TriggerTense::Past {
        return None;
    }
    let object_at = names_a_told_delegation(text, scope, &rules.words.delegations)?;
    if object_at < trigger.end {
        return None;
    }
    // The delegation's trip is told in the two sentences before; the day is that of the
    // nearest of its mentions there that has one ("ويقود الوفد …", between the landing and the
    // reception, names the travellers but no day).
    let trip = delegation_told_before(&out[..first_new])?;
    if si - trip.sentence > 2 {
        return None;
    }
    let dated = |m: &EventMention| m.date.is_some_and(|d| super::carries_to_the_next_act(doc, date_mentions, &rules.words.since, d.date));
    let of_the_trip = |m: &EventMention| (m.event_type.family() == EventType::Visit && !m.planned) || m.event_type.family() == EventType::Flight;
    told_just_before(out, first_new, si).position(|m| of_the_trip(m) && dated(m)).map(|p| first_new - 1 - p)
}

/// Words before a visit's trigger its delegation phrase may start at ("the delegation", "the
/// visiting delegation", « la délégation »: the article, an adjective).
const DELEGATION_PHRASE_LEAD_WORDS: usize = 2;

/// Whether the visit trigger `range` is itself "the delegation" told before: a definite
/// delegation noun of `nouns` (Arabic "الوفد", proclitics allowed), or a Latin-script row of
/// them ending at the trigger ("the delegation", « la délégation »). An indefinite one ("a
/// delegation", "وفد") may be another group the sentence introduces.
pub(in crate::events) fn told_by_the_delegation_noun(text: &str, sentence_start: usize, range: &Range<usize>, nouns: &[String]) -> bool {
    let lead = word_iter(text, sentence_start..range.start).rev().take(DELEGATION_PHRASE_LEAD_WORDS).last().map_or(range.start, |w| w.start);
    names_a_told_delegation(text, &(lead..range.end), nouns).is_some_and(|at| at <= range.start)
}

/// The trip of the delegation told before `out`'s end: the last visit done, or flight, of the
/// page that named its travellers (a flight's people are those it carried).
pub(super) fn delegation_told_before(out: &[EventMention]) -> Option<&EventMention> {
    out.iter().rev().find(|m| tells_a_trip(m))
}

/// Whether `m` tells a trip a delegation made: a visit done, or a flight, that names its
/// travellers.
pub(in crate::events) fn tells_a_trip(m: &EventMention) -> bool {
    ((m.event_type.family() == EventType::Visit && !m.planned) || m.event_type.family() == EventType::Flight) && !m.people.is_empty()
}

/// "ومن المقرر أن يغادر الوفد المملكة صباح الغد", "ويغادر لابيد الرباط مساء الخميس": whether
/// `mention`, a planned visit told by its leaving (its trigger `range` is a word of kind
/// `leave`, or one stands right before it: "يغادر الوفد"), is the end of the trip told before on
/// the page (`out`) — its traveller is one of that trip's people, or it names no one but "the
/// delegation" (in `scope`). That visit already has its row; the leaving has none of its own.
pub(super) fn leaves_the_visit_told(reading: &Reading<'_>, mention: &EventMention, out: &[EventMention], range: &Range<usize>, scope: &Range<usize>) -> bool {
    let Reading { text, sentence, rules, .. } = *reading;
    let leaves = &rules.words.leaves;
    if !mention.planned || mention.event_type.family() != EventType::Visit || leaves.is_empty() {
        return false;
    }
    let is_leave = |w: &Range<usize>| leaves.has_with_proclitics(&text[w.clone()]);
    let told_by_leaving = word_iter(text, range.clone()).next().is_some_and(|w| is_leave(&w)) || word_iter(text, sentence.range.start..range.start).next_back().is_some_and(|w| is_leave(&w));
    if !told_by_leaving {
        return false;
    }
    let Some(trip) = delegation_told_before(out) else { return false };
    if mention.people.is_empty() {
        mention.role_refs.is_empty() && names_a_told_delegation(text, scope, &rules.words.delegations).is_some()
    } else {
        mention.people.iter().any(|p| trip.people.contains(p))
    }
}

/// "استقبل الملك، أول أمس الثلاثاء، الوفد …" … "وبين يدي جلالته، وُقّع إعلان مشترك", "التقى
/// بوريطة الاثنين لابيد" … "وبحضور الوزيرين، تم التوقيع على اتفاقيتين": an undated act told
/// before the host or the audience of a meeting told just before (a `presence` phrase of its
/// sentence: "بين يدي", "بحضور") was done at that meeting, on its day. The meeting is the
/// nearest told in the two sentences before (a reception, talks; else the visit itself), done and
/// dated; when the presence phrase names people, one of them took part in it ("بحضور رئيس
/// الحكومة" at talks he was not at tells another occasion). Returns that mention's index in `out`.
pub(super) fn audience_told_before(reading: &Reading<'_>, presences: &[Range<usize>], out: &[EventMention], date_mentions: &[DateMention]) -> Option<usize> {
    let Reading { doc, si, first_new, found, g, rules, .. } = *reading;
    let presence = presences.first()?;
    let k = found.entities.partition_point(|e| e.range.start < presence.start);
    let watchers: Vec<usize> = found.entities[k..].iter().take_while(|e| e.range.end <= presence.end).filter(|e| g.entities()[e.entity].kind == EntityKind::Person).map(|e| e.entity).collect();
    let audience_of = |family: EventType| {
        told_just_before(out, first_new, si).position(|m| {
            m.event_type.family() == family
                && !m.planned
                && m.date.is_some_and(|d| super::carries_to_the_next_act(doc, date_mentions, &rules.words.since, d.date))
                && (watchers.is_empty() || watchers.iter().any(|p| m.people.contains(p)))
        })
    };
    audience_of(EventType::Meeting).or_else(|| audience_of(EventType::Visit)).map(|p| first_new - 1 - p)
}

/// The sides of an act done at `audience` that the act does not name: every person of the
/// audience when it names no one ("وبحضور الوزيرين، تم التوقيع"), else those of the countries
/// its people do not stand for ("وقعه عن الجانب المغربي العثماني": the American and the Israeli
/// of the audience signed for theirs; the King, whose country is told, watched).
pub(super) fn join_the_audience(mention: &mut EventMention, audience: &EventMention, g: &crate::gazetteer::Gazetteer) {
    let told: Vec<&crate::idset::Id> = mention.people.iter().map(|&p| g.country_of(p)).collect();
    let names_no_one = mention.people.is_empty() && mention.role_refs.is_empty();
    let sides: Vec<usize> = audience.people.iter().copied().filter(|&p| names_no_one || (!mention.people.contains(&p) && !told.contains(&g.country_of(p)))).collect();
    mention.countries.extend(sides.iter().map(|&p| *g.country_of(p)));
    mention.people.extend(sides);
}

/// "وصلت الوزيرة غيثة مزور، أمس الاثنين، إلى تل أبيب" … "والتقت مزور فور وصولها المدير العام
/// …", "وأجرى كوخافي فور وصوله محادثات": an undated act whose clause tells it was done upon an
/// arrival (a word of kind `upon`, "فور", "لدى", "بعيد", then an arrival noun with a pronoun,
/// kind `arrival-noun`: "وصوله", "قدومها") is on the day of that arrival: the visit told in the
/// two sentences before, done and dated by its own words, of one of the act's people (the
/// pronoun's subject; an arrival of someone else is another trip). Returns that mention's index
/// in `out`.
pub(super) fn arrival_upon_which(reading: &Reading<'_>, mention: &EventMention, trigger_at: usize, out: &[EventMention], date_mentions: &[DateMention]) -> Option<usize> {
    let Reading { text, sentence, rules, .. } = *reading;
    if mention.people.is_empty() {
        return None;
    }
    // The act's clause, and the next one when it is the upon phrase set apart by commas
    // ("والتقت مزور، فور وصولها، المدير العام").
    let c = sentence.clause_at(trigger_at)?;
    let in_clause = |clause: &Range<usize>, only_at_start: bool| upon_arrival_words(text, clause, &rules.words).next().filter(|(upon, _)| !only_at_start || word_iter(text, clause.clone()).next().is_some_and(|w| w == *upon)).is_some();
    if !in_clause(&sentence.clauses[c], false) && !sentence.clauses.get(c + 1).is_some_and(|next| in_clause(next, true)) {
        return None;
    }
    arrival_told_before(reading, out, date_mentions, &mention.people)
}

/// "والتقت مزور فور وصولها …": the arrival noun after an upon word (see [`arrival_upon_which`])
/// tells again the arrival of the one named before it in its sentence, when the two sentences
/// before told it (done and dated): a repeat of that visit, not a visit of the act's other side
/// named after it.
pub(super) fn arrival_told_again(reading: &Reading<'_>, trigger: &Range<usize>, out: &[EventMention], date_mentions: &[DateMention]) -> bool {
    let Reading { text, sentence, first_new, found, g, rules, .. } = *reading;
    let Some((upon, _)) = upon_arrival_words(text, &sentence.range, &rules.words).find(|(_, noun)| noun == trigger) else { return false };
    // Named before it: by a name, or a surname its sentence's act told before it resolved
    // ("والتقى مزور فور وصوله").
    let mut named_before: Vec<usize> = found.entities.iter().filter(|e| sentence.range.start <= e.range.start && e.range.end <= upon.start && g.entities()[e.entity].kind == EntityKind::Person).map(|e| e.entity).collect();
    named_before.extend(out[first_new..].iter().filter(|m| m.trigger.end <= upon.start).flat_map(|m| m.people.iter().copied()));
    !named_before.is_empty() && arrival_told_before(reading, out, date_mentions, &named_before).is_some()
}

/// The visit told in the two sentences before, done and dated by its own words, of one of
/// `people`: the arrival an upon phrase tells again. Its index in `out`. A visit, not an
/// opening of its family ("على أن يدشن الخميس مكتب الاتصال": what the trip is for).
fn arrival_told_before(reading: &Reading<'_>, out: &[EventMention], date_mentions: &[DateMention], people: &[usize]) -> Option<usize> {
    let Reading { doc, si, first_new, rules, .. } = *reading;
    told_just_before(out, first_new, si)
        .position(|m| {
            m.event_type == EventType::Visit
                && !m.planned
                && m.date.is_some_and(|d| d.how == super::super::mention::DateHow::Own && super::carries_to_the_next_act(doc, date_mentions, &rules.words.since, d.date))
                && m.people.iter().any(|p| people.contains(p))
        })
        .map(|p| first_new - 1 - p)
}

/// The upon phrases of `scope` ("فور وصوله", "لدى وصولها"): the upon word's range and the
/// arrival noun's, in text order.
fn upon_arrival_words<'a>(text: &'a str, scope: &Range<usize>, words: &'a super::super::rules::WordLists) -> impl Iterator<Item = (Range<usize>, Range<usize>)> + 'a {
    // An arrival noun with its pronoun glued after it holds the noun: a scope without any
    // (nearly every one) has no upon phrase, told without cutting it into words and testing each
    // (asked for every act of a sentence).
    let holds_a_noun = words.arrival_nouns.iter().any(|noun| text[scope.clone()].contains(noun.as_str()));
    let all: Vec<Range<usize>> = if words.upons.is_empty() || !holds_a_noun { Vec::new() } else { word_iter(text, scope.clone()).collect() };
    let pairs: Vec<(Range<usize>, Range<usize>)> = all.windows(2).filter(|p| words.upons.has_with_proclitics(&text[p[0].clone()]) && arrival_with_pronoun(&text[p[1].clone()], &words.arrival_nouns)).map(|p| (p[0].clone(), p[1].clone())).collect();
    pairs.into_iter()
}

/// Whether `word` is an arrival noun of `nouns` with a possessive pronoun glued after it
/// ("وصوله", "وصولها", "وصولهم", "وصولهما"): whose arrival is told by the pronoun.
fn arrival_with_pronoun(word: &str, nouns: &[String]) -> bool {
    ["هما", "هم", "ها", "ه"].iter().any(|pronoun| word.strip_suffix(pronoun).is_some_and(|noun| nouns.has(noun)))
}

/// Whether the first `guests` noun of `scope` ("الضيفة", "المسؤول") comes before the first
/// naming of `host` there: the guest is the act's subject and the host its other side
/// ("أجرت الضيفة الإسرائيلية مباحثات مع … رشيد الطالبي العلمي"), not its object ("أجرى وهبي
/// مباحثات مع الضيف الإسرائيلي": Ouahbi's talks with his guest, told in that order).
fn guest_before_host(text: &str, scope: &Range<usize>, guests: &[String], found: &crate::gazetteer::Found, host: usize) -> bool {
    let guest = word_iter(text, scope.clone()).find(|w| guests.has_with_proclitics(&text[w.clone()])).map(|w| w.start);
    let named = found.entities.iter().find(|e| e.entity == host && scope.contains(&e.range.start)).map(|e| e.range.start);
    matches!((guest, named), (Some(gu), Some(h)) if gu < h)
}

/// "ثم جاءت زيارة رئيس الأركان أفيف كوخافي في تموز 2022، التي التقى خلالها بلخير الفاروق",
/// "أجرى مباحثات مع نظيره ناصر بوريطة، تم خلالها التوقيع على ثلاث اتفاقيات": an act told in a
/// relative clause of time (opening at `opens`, see [`super::dating::relative_clause_of_time`])
/// is done on the event the clause describes, its antecedent (the last of the sentence's
/// mentions told before the clause): talks or a call there are its visitor's with whom the clause names, a signing
/// during a visit or talks is its people's. Those people come first, the first of them its
/// actor: the clause's subject is the relative pronoun, not the actor of the sentences before;
/// the described event's countries (where a visit went) are the act's too. A described event of the act's own family (talks during talks) or that names no one gives
/// nothing.
pub(super) fn take_people_of_the_described_event(reading: &Reading<'_>, mention: &mut EventMention, out: &[EventMention], ty: EventType, opens: usize) {
    let Reading { first_new, g, .. } = *reading;
    let ty = ty.family();
    if !matches!(ty, EventType::Meeting | EventType::Call | EventType::Agreement) || mention.planned {
        return;
    }
    let Some(described) = out[first_new..].iter().filter(|m| m.trigger.end <= opens).max_by_key(|m| m.trigger.start) else { return };
    let family = described.event_type.family();
    let describes_it = match ty {
        EventType::Agreement => matches!(family, EventType::Visit | EventType::Meeting),
        _ => family == EventType::Visit,
    };
    // The act names whom it was with ("التقى خلالها بوريطة", "signed with Loudiyi"); one told of
    // the countries alone ("وقع خلالها البلدان مذكرة") names its own signers.
    if !describes_it || mention.people.is_empty() || described.people.is_empty() || described.planned != mention.planned {
        return;
    }
    let newcomers: Vec<usize> = described.people.iter().copied().filter(|p| !mention.people.contains(p)).collect();
    if newcomers.is_empty() {
        return;
    }
    mention.countries.extend(newcomers.iter().map(|&p| *g.country_of(p)));
    mention.countries.extend(described.countries.iter().cloned());
    mention.countries.retain(|c| !c.is_empty());
    mention.carried_actor = newcomers.first().copied();
    mention.people.splice(0..0, newcomers);
}
