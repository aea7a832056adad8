//! From an event mention of one article to a [`Mention`] ready for merging: the date resolved
//! against the article's anchor, offices resolved to the people holding them on that date,
//! ids instead of indices, the status decided, the evidence quoted.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::build::{EventMention, RoleRef};
use crate::gazetteer::{EntityKind, Gazetteer};
use crate::idset::Id;
use crate::merge::{Mention, MentionIds, Status, interval};
use crate::extraction::{ArticleExtraction, Context};

/// The [`Mention`]s of one article, with its dates as currently anchored.
///
/// The mentions share one copy of the article's name and of each sentence several of them
/// quote: they are kept until the whole corpus is merged.
pub fn resolve_mentions(x: &ArticleExtraction, ctx: &Context) -> Vec<Mention> {
    let file: Id = x.doc.article.name.as_str().into();
    let mut quoted: HashMap<usize, Id> = HashMap::new();
    x.events
        .iter()
        .map(|m| {
            let evidence = quoted.entry(m.sentence).or_insert_with(|| evidence_of(x, m)).clone();
            resolve_with(x, m, ctx, file.clone(), evidence)
        })
        .collect()
}

/// One [`Mention`].
pub fn resolve_mention(x: &ArticleExtraction, m: &EventMention, ctx: &Context) -> Mention {
    resolve_with(x, m, ctx, x.doc.article.name.as_str().into(), evidence_of(x, m))
}

/// The sentence of `m` as written: its evidence.
fn evidence_of(x: &ArticleExtraction, m: &EventMention) -> Id {
    x.doc.original(x.doc.sentences[m.sentence].range.clone()).trim().into()
}

fn resolve_with(x: &ArticleExtraction, m: &EventMention, ctx: &Context, file: Id, evidence: Id) -> Mention {
    let doc = &x.doc;
    let g = &ctx.gazetteer;
    let sentence = &doc.sentences[m.sentence];
    let resolved = m.date.and_then(|link| x.dates.resolved.get(link.date).copied().flatten());
    let anchor = x.dates.anchor.date;
    let date = resolved.map(|r| r.value).or(if m.on_publication_day { anchor } else { None });
    let date_text = m.date.map(|link| doc.original(x.dates.mentions[link.date].range.clone()).to_string()).unwrap_or_default();
    // Offices are resolved on the event's day, else on the publication day.
    let day: Option<NaiveDate> = date.map(|d| d.start).or(anchor.map(|a| a.start));
    // Someone whose every office ended more than ten years before the event is named, not
    // taking part ("ضريح محمد الخامس", "للترحم على … الحسن الثاني").
    let historical = |p: usize| {
        let roles = &g.entities()[p].roles;
        day.is_some_and(|d| !roles.is_empty() && roles.iter().all(|s| s.to.is_some_and(|to| (d - to).num_days() > 3652)))
    };
    let mut people: Vec<usize> = m.people.iter().copied().filter(|&p| !historical(p)).collect();
    let mut countries: Vec<Id> = m.countries.clone();
    for r in &m.role_refs {
        if let Some(day) = day
            && let Some(p) = resolve_role(r, &people, day, g)
            && !people.contains(&p)
        {
            people.push(p);
        }
        let (RoleRef::Office { country, .. } | RoleRef::Counterpart { country }) = r;
        countries.push(country.clone());
    }
    for &p in &people {
        let c = g.country_of(p);
        if !c.is_empty() {
            countries.push(c.clone());
        }
    }
    let planned_by_date = match (date, anchor) {
        (Some(d), Some(a)) => interval(&d).0 > interval(&a).1,
        _ => false,
    };
    let status = if m.planned || planned_by_date { Status::Planned } else { Status::Occurred };
    // Ids in text order (the first person named is usually the subject), without repeats.
    let ids = |list: &[usize], keep: &dyn Fn(usize) -> bool| -> Vec<Id> {
        let mut v: Vec<Id> = Vec::new();
        for id in list.iter().copied().filter(|&i| keep(i)).map(|i| g.entities()[i].id.clone()) {
            if !v.contains(&id) {
                v.push(id);
            }
        }
        // Kept until the end of the run: no spare capacity.
        v.shrink_to_fit();
        v
    };
    // News agencies and papers named in a sentence are its sources, not participants.
    let not_media = |i: usize| g.entities()[i].kind != EntityKind::Organisation || g.entities()[i].subkind != "media";
    countries.sort();
    countries.dedup();
    countries.shrink_to_fit();
    let mut topics: Vec<Id> = ctx.lexicons.topics.find(Some(ctx.shares(&x.occurrences).topics), &doc.norm.text, sentence.range.clone()).into_iter().map(|t| ctx.lexicons.topics.topics[t].id.clone()).collect();
    topics.sort();
    Mention {
        file,
        line: doc.line_of(m.trigger.start),
        offset: m.trigger.start,
        evidence,
        event_type: m.event_type,
        rule: ctx.lexicons.triggers.rules[m.rule].id.clone(),
        date,
        date_text,
        published: anchor.map(|a| interval(&a).0),
        status,
        ids: MentionIds::new(ids(&people, &|_| true), ids(&m.organisations, &not_media), ids(&m.places, &|_| true), countries, topics),
    }
}

/// The person an office reference names on `day`: the holder of the office, or for
/// "نظيره" the holder, in the other country, of an office the actor holds.
fn resolve_role(r: &RoleRef, people: &[usize], day: NaiveDate, g: &Gazetteer) -> Option<usize> {
    let holder = |role: &str, country: &str| {
        g.entities()
            .iter()
            .position(|e| e.kind == EntityKind::Person && e.roles.iter().any(|s| s.role == role && &*s.country == country && s.covers(day)))
    };
    match r {
        RoleRef::Office { role, country } => holder(role, country),
        RoleRef::Counterpart { country } => people.iter().find_map(|&actor| {
            g.entities()[actor].roles.iter().filter(|s| s.country != *country && s.covers(day)).find_map(|s| holder(&s.role, country))
        }),
    }
}
