//! From an event mention of one article to a [`Mention`] ready for merging: the date resolved
//! against the article's anchor, offices resolved to the people holding them on that date,
//! ids instead of indices, the status decided, the evidence quoted.
//!
//! It is done in two steps so that an article can be resolved again against another anchor
//! without its text: [`draft_mentions`] keeps what does not depend on the publication date
//! ([`MentionDraft`], what `tarikh map` writes), [`finish`] resolves a draft against an anchor.

use crate::hash::FxHashMap as HashMap;

use chrono::NaiveDate;

use serde::{Deserialize, Serialize};

use super::EventType;
use super::mention::{DateHow, DateLink, EventMention, RoleRef};
use crate::dates::{Anchor, DateExpr, ExprKind, Tense, resolve};
use crate::gazetteer::{EntityKind, Gazetteer, Resolution};
use crate::evidence::{Evidence, Quotes};
use crate::idset::Id;
use crate::merge::{DateKind, Mention, MentionIds, Status, interval};
use crate::extraction::{ArticleExtraction, Context};

/// An event mention with everything that does not depend on the article's publication date:
/// what `tarikh map` writes for it, and what the corpus step resolves ([`finish`]) against the
/// article's own anchor, or against one borrowed from other articles, without the text.
/// Empty lists, unset flags and an absent date are left out of the JSON (most mentions have
/// several).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentionDraft {
    /// 1-based line of the trigger in the original text.
    pub line: usize,
    /// Normalised offset of the trigger.
    pub offset: usize,
    /// Its sentence as written: an index into the article's quoted sentences (mentions of one
    /// sentence share one copy).
    pub evidence: usize,
    /// Event type.
    pub event_type: EventType,
    /// Id of the trigger rule.
    pub rule: Id,
    /// The governing date expression, not yet resolved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<DateExpr>,
    /// The story's dateline, when the governing date is told under a dateline of the day
    /// before the page's ([`crate::dates::story_line`]): a relative day counts from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub story_line: Option<DateExpr>,
    /// The date expression as written (empty when none).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date_text: String,
    /// Undated and told as going on: on the publication day.
    #[serde(default, skip_serializing_if = "is_false")]
    pub on_publication_day: bool,
    /// Its date is another event's of its sentence, which it is told around ("during"): a
    /// day inside its span, not its start (see [`crate::merge::DateKind`]).
    #[serde(default, skip_serializing_if = "is_false")]
    pub during: bool,
    /// Its date is the event's of its family told just before, which it tells again (see
    /// [`crate::merge::DateKind::Again`]).
    #[serde(default, skip_serializing_if = "is_false")]
    pub told_again: bool,
    /// A future form or an announcement marker says it is for later.
    #[serde(default, skip_serializing_if = "is_false")]
    pub planned: bool,
    /// Its date is a deadline ("في غضون أسبوعين", "within two weeks", « d'ici deux semaines »,
    /// "no later than January 20"): a bound of a plan, no day of it. [`finish`] keeps only the
    /// month or the year that holds the whole window from the writing to the deadline.
    #[serde(default, skip_serializing_if = "is_false")]
    pub deadline: bool,
    /// People ids in text order, without repeats (someone of the past is left out once the
    /// date is known).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Id>,
    /// Offices named without a name (their holders depend on the date).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<RoleRef>,
    /// When one of [`MentionDraft::roles`] is a generic title's ("the Israeli minister",
    /// "الضيف الإسرائيلي"): the people the page names up to the end of the mention's sentence,
    /// in the order first named, each with how many times it names them (see [`page_holder`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub page_people: Vec<(Id, u32)>,
    /// When one of [`MentionDraft::roles`] is a counterpart ("her Moroccan counterpart",
    /// "نظيره المغربي"): the people the page names up to the end of the sentence after the
    /// mention's, in the order first named. One of them who holds the matching office that day
    /// is the counterpart (see [`resolve_role`]): "the minister and her counterpart signed …;
    /// Morocco's trade minister Z said" is Z, whatever office the visitor lists first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub named_near: Vec<Id>,
    /// Those of [`MentionDraft::people`] named under a name that several people share, with no
    /// office title in the article to tell them apart ([`Resolution::Namesake`]): which one is
    /// meant depends on the date (the one in office that day, see [`namesake_on`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub namesakes: Vec<Id>,
    /// Organisation ids in text order, media left out (they are sources, not participants).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organisations: Vec<Id>,
    /// Place ids in text order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<Id>,
    /// Countries named and those of the offices (the people's are added once they are known).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub countries: Vec<Id>,
    /// Topic ids, sorted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<Id>,
    /// For a visit dated back from a later day of it (its last: "wrapped up a three-day visit
    /// on Tuesday", « a achevé mardi une visite de trois jours », «اختتم أمس زيارة استغرقت
    /// ثلاثة أيام»; or its N-th: "on the third day of his visit"), how many days after its
    /// first that day is: the visit is told from its first day to that one (see
    /// [`Mention::span_days`]). 0 for every other mention.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub span_days: u8,
}

fn is_zero(n: &u8) -> bool {
    *n == 0
}

/// The date of a mention as its status reads it: a bare weekday of an event announced for
/// later ("ويتضمن برنامج الزيارة لقاء مع الوزيرة، يوم الأربعاء") is the coming one, whatever
/// the tense of the clause it is written in. A weekday taken from another event reads as that
/// event reads it: "expected to meet … during the trip" that "touched down on Monday" is the
/// past Monday, a visit carried after "لقاء … يوم الأربعاء" announced is the coming Wednesday.
///
/// The other way, a day and month without a year read ahead by a plan word of its clause
/// ("operated their first flights on July 25, opening the first scheduled service", a page of
/// July 26) dates an event told as done: a done act is not put in the year after the page, so
/// the date reads as if its clause told no tense (the nearest such day, not a year ahead).
fn planned_weekday(mut expr: DateExpr, planned: bool) -> DateExpr {
    if planned && matches!(expr.kind, ExprKind::Weekday { offset: None, .. }) {
        expr.tense = Some(Tense::Future);
    }
    let yearless_day = |c: &crate::dates::value::Calendar| !c.hijri && c.year.is_none() && c.year_offset.is_none() && c.month_offset.is_none() && c.day.is_some() && c.month.is_some();
    if !planned && expr.tense == Some(Tense::Future) && matches!(expr.kind, ExprKind::Calendar(ref c) if yearless_day(c)) {
        expr.tense = None;
    }
    expr
}

/// Whether the event that owns the date `m` is dated by is one announced for later: `m` itself
/// when the date is its own, else the mention that has that date as its own (or `m` when none
/// has).
fn planned_by_owner(x: &ArticleExtraction, m: &EventMention, link: DateLink) -> bool {
    if link.how == DateHow::Own {
        return m.planned;
    }
    x.events.iter().find(|o| o.date.is_some_and(|l| l.date == link.date && l.how == DateHow::Own)).map_or(m.planned, |o| o.planned)
}

/// Whether the date expression `date` tells a deadline: a `deadline` phrase of the trigger files
/// ("في غضون", "within", « d'ici », "no later than", "by the end of") opens it or ends right
/// before it, or a `deadline-count` word ("خلال") opens a count of periods ahead ("خلال أسبوعين":
/// within two weeks; "خلال الأسبوع المقبل" is that week, no deadline).
fn told_as_a_deadline(text: &str, date: &crate::dates::DateMention, words: &super::rules::WordLists) -> bool {
    use crate::text::lexmatch::word_iter;
    const LONGEST: usize = 5;
    let own: Vec<&str> = word_iter(text, date.range.clone()).take(LONGEST).map(|w| &text[w]).collect();
    // The words right before it, in its sentence.
    let from = text[..date.range.start].char_indices().rev().take(80).find(|&(_, c)| matches!(c, '.' | '!' | '?' | '؟' | '\n')).map_or_else(|| text[..date.range.start].char_indices().rev().nth(80).map_or(0, |(i, _)| i), |(i, c)| i + c.len_utf8());
    let mut before: Vec<&str> = word_iter(text, from..date.range.start).rev().take(LONGEST).map(|w| &text[w]).collect();
    before.reverse();
    // « au plus tard le 20 janvier »: an article may stand between the phrase and the date.
    let article_between = before.last().is_some_and(|w| words.articles.iter().any(|a| a.eq_ignore_ascii_case(w)));
    let without_article = &before[..before.len() - usize::from(article_between)];
    let same = |w: &&str, f: &&str| w.eq_ignore_ascii_case(f) || crate::text::lexmatch::is_form_with_proclitics(w, f);
    // The phrase's first `k` words end the text before the expression and the rest open it
    // ("قبل" + "نهاية السنة", "by the end of" + "the month", "في غضون" inside the expression).
    let ends = |words: &[&str], head: &[String]| words.len() >= head.len() && words[words.len() - head.len()..].iter().zip(head).all(|(w, f)| same(w, &f.as_str()));
    let told_around = |p: &[String]| {
        (0..=p.len()).any(|k| {
            let (head, tail) = p.split_at(k);
            own.len() >= tail.len() && own.iter().zip(tail).all(|(w, f)| same(w, &f.as_str())) && (ends(&before, head) || (tail.is_empty() && ends(without_article, head)))
        })
    };
    let opens = |p: &[String]| own.len() >= p.len() && own.iter().zip(p).all(|(w, f)| same(w, &f.as_str()));
    // Whatever the split, a phrase's first word is one of the words read (those before, or the
    // expression's first): only the phrases starting with one of them are compared.
    let read = || before.iter().chain(own.first()).copied();
    let (deadlines, counts) = words.deadline_phrases();
    deadlines.starting_with(read()).into_iter().any(told_around) || (date.rule == COUNTED_AHEAD && counts.starting_with(read()).into_iter().any(opens))
}

/// The date grammar's rule for a count of periods from the writing ("قبل يومين", "خلال عشرة
/// أيام"): after a `deadline-count` word, a count ahead.
const COUNTED_AHEAD: &str = "counted-ago";

/// The coarsest period that holds the whole window from `written` to the end of `deadline`:
/// its month when both fall in one, else its year when both fall in one, else none (a plan
/// "within two weeks" told on 23 December may fall in either year).
fn window_to_a_deadline(written: NaiveDate, deadline: &crate::dates::DateValue) -> Option<crate::dates::DateValue> {
    use chrono::Datelike;
    let (_, last) = interval(deadline);
    if last < written {
        return None;
    }
    if (written.year(), written.month()) == (last.year(), last.month()) {
        crate::dates::DateValue::month(written.year(), written.month())
    } else if written.year() == last.year() {
        crate::dates::DateValue::year(written.year())
    } else {
        None
    }
}

/// Whether a flag is unset: such flags are left out of a map line (most mentions have none).
fn is_false(flag: &bool) -> bool {
    !*flag
}

/// The [`Mention`]s of one article, with its dates as currently anchored.
///
/// The mentions share one copy of the article's name and of each sentence several of them
/// quote: they are kept until the whole corpus is merged.
pub fn resolve_mentions(x: &ArticleExtraction, ctx: &Context) -> Vec<Mention> {
    let (drafts, quoted) = draft_mentions(x, ctx);
    let file: Id = x.doc.article.name.as_str().into();
    let quoted = std::sync::Arc::new(Quotes::held(quoted));
    drafts.iter().map(|d| finish(d, file, Evidence::new(&quoted, d.evidence), &x.dates.anchor, &ctx.gazetteer)).collect()
}

/// The drafts of the event mentions of one article, and the sentences they quote (each once,
/// in order of first use).
pub fn draft_mentions(x: &ArticleExtraction, ctx: &Context) -> (Vec<MentionDraft>, Vec<String>) {
    let mut quoted: Vec<String> = Vec::new();
    let mut quoted_at: HashMap<usize, usize> = HashMap::default();
    let mut deadline_of: HashMap<usize, bool> = HashMap::default();
    // The story's dateline, once per article (most have none).
    let story = crate::dates::story_line(&x.dates.mentions, &x.dates.anchor);
    let drafts = x
        .events
        .iter()
        .map(|m| {
            let evidence = *quoted_at.entry(m.sentence).or_insert_with(|| {
                quoted.push(x.doc.original(x.doc.sentences[m.sentence].range.clone()).trim().to_string());
                quoted.len() - 1
            });
            let mut d = draft(x, m, ctx, evidence);
            // Several mentions share a date: whether it tells a deadline is read once.
            d.deadline = m.date.is_some_and(|link| *deadline_of.entry(link.date).or_insert_with(|| told_as_a_deadline(&x.doc.norm.text, &x.dates.mentions[link.date], &ctx.lexicons.triggers.words)));
            d.story_line = story.filter(|(from, _)| m.date.is_some_and(|link| x.dates.mentions[link.date].range.start >= *from)).map(|(_, line)| line);
            d
        })
        .collect();
    (drafts, quoted)
}

/// What of `m` does not depend on the publication date.
fn draft(x: &ArticleExtraction, m: &EventMention, ctx: &Context, evidence: usize) -> MentionDraft {
    let doc = &x.doc;
    let g = &ctx.gazetteer;
    // Ids in text order (the first person named is usually the subject), without repeats.
    let ids = |list: &[usize], keep: &dyn Fn(usize) -> bool| -> Vec<Id> {
        let mut v: Vec<Id> = Vec::new();
        for id in list.iter().copied().filter(|&i| keep(i)).map(|i| g.entities()[i].id) {
            if !v.contains(&id) {
                v.push(id);
            }
        }
        v
    };
    // News agencies and papers named in a sentence are its sources, not participants.
    let not_media = |i: usize| g.entities()[i].kind != EntityKind::Organisation || g.entities()[i].subkind != "media";
    let mut countries: Vec<Id> = m.countries.clone();
    for r in &m.role_refs {
        // A generic title's country is a country of the mention when the sentence names it
        // ("الوزيرة الإسرائيلية": the adjective is among `m.countries` already) or when the
        // title resolves to someone (his country is added then); one read from the story
        // told before ("وكان الوزير قد وصل …", see `participants`) that resolves to no one
        // names no country.
        if generic_title(r, g).is_some() {
            continue;
        }
        let (RoleRef::Office { country, .. } | RoleRef::Counterpart { country }) = r;
        countries.push(*country);
    }
    let mut topics: Vec<Id> = ctx.lexicons.topics.find(Some(ctx.shares(&x.occurrences).topics), &doc.norm.text, m.span.clone()).into_iter().map(|t| ctx.lexicons.topics.topics[t].id).collect();
    topics.sort();
    MentionDraft {
        line: doc.line_of(m.trigger.start),
        offset: m.trigger.start,
        evidence,
        event_type: m.event_type,
        rule: ctx.lexicons.triggers.rules[m.rule].id,
        date: m.date.map(|link| {
            let mut expr = planned_weekday(x.dates.mentions[link.date].expr, planned_by_owner(x, m, link));
            expr.shift += m.shift;
            expr
        }),
        story_line: None,
        date_text: m.date.map(|link| doc.original(x.dates.mentions[link.date].range.clone()).to_string()).unwrap_or_default(),
        on_publication_day: m.on_publication_day,
        during: m.date.is_some_and(|link| link.how == DateHow::During),
        told_again: m.told_again.is_some_and(|k| m.date == Some(DateLink { date: k, how: DateHow::Carried })),
        planned: m.planned,
        // Set by `draft_mentions`, once for each date.
        deadline: false,
        people: ids(&m.people, &|p| !only_as_principal(x, m, p)),
        roles: m.role_refs.clone(),
        page_people: if m.role_refs.iter().any(|r| generic_title(r, g).is_some()) && in_the_pages_story(x, m, g) { page_people(x, doc.sentences[m.sentence].range.end, g) } else { Vec::new() },
        named_near: if m.role_refs.iter().any(|r| matches!(r, RoleRef::Counterpart { .. })) {
            let next = doc.sentences.get(m.sentence + 1).unwrap_or(&doc.sentences[m.sentence]);
            page_people(x, next.range.end, g).into_iter().map(|(p, _)| p).collect()
        } else {
            Vec::new()
        },
        namesakes: ids(&m.people, &|p| x.entities.entities.iter().any(|e| e.entity == p && e.how == Resolution::Namesake)),
        organisations: ids(&m.organisations, &not_media),
        places: ids(&m.places, &|_| true),
        countries,
        topics,
        span_days: if m.event_type.family() == crate::events::EventType::Visit { u8::try_from(-m.shift.min(0)).unwrap_or(0) } else { 0 },
    }
}

/// Whether a date expression tells a day by a count of whole weeks from another date: "a week
/// earlier" told after "on Tuesday" (the earlier date's expression shifted by seven days, see
/// [`crate::dates::value::ExprKind::Same`]), or such a count left to the anchor. A week is told
/// loosely: the merge lets such a day join a visit a day off (`DateKind::Counted`).
fn counted_in_weeks(e: &crate::dates::DateExpr) -> bool {
    let weeks = |days: i32| days != 0 && days % 7 == 0;
    weeks(e.shift) || matches!(e.kind, crate::dates::value::ExprKind::Same { unit: None, days, .. } if weeks(days))
}

/// The [`Mention`] a draft gives against `anchor`: its date resolved, offices resolved to the
/// people holding them on that date, people of the past left out, the status decided.
/// `file` is a shared copy of the article's name, `evidence` the sentence it quotes.
pub fn finish(d: &MentionDraft, file: Id, evidence: Evidence, anchor: &Anchor, g: &Gazetteer) -> Mention {
    let own = anchor.date;
    // A relative day told under the story's dateline counts from the dateline's day.
    let story = d.story_line.and_then(|line| crate::dates::story_anchor(&line, anchor));
    let stated = d.date.and_then(|expr| resolve(&expr, story.as_ref().unwrap_or(anchor))).map(|r| r.value);
    // (A bound on the publication day gives such an event its month: `Anchor::on_publication_day_date`.)
    let date = stated.or(if d.on_publication_day { anchor.on_publication_day_date() } else { None });
    // A deadline bounds a plan: it is for later, and takes no day from the bound.
    let bounded_by_a_deadline = d.deadline && date.is_some();
    let date = if bounded_by_a_deadline { date.and_then(|v| own.and_then(|a| window_to_a_deadline(interval(&a).0, &v))) } else { date };
    let counted = stated.is_some_and(|v| v.grain == crate::dates::Grain::Day) && d.date.is_some_and(|e| counted_in_weeks(&e));
    let date_kind = DateKind::of(date.as_ref(), d.during, d.told_again, stated.is_none() && date.is_some(), counted, &d.rule);
    // Offices are resolved on the event's day, else on the publication day.
    let day: Option<NaiveDate> = date.map(|d| d.start).or(own.map(|a| a.start));
    // Someone whose every office ended more than ten years before the event is named, not
    // taking part ("ضريح محمد الخامس", "للترحم على … الحسن الثاني").
    let historical = |p: &Id| {
        let Some(roles) = g.by_id(p).map(|e| &e.roles) else { return false };
        day.is_some_and(|d| !roles.is_empty() && roles.iter().all(|s| s.to.is_some_and(|to| (d - to).num_days() > 3652)))
    };
    // The gazetteer's copy of each id: the ids of a map line read back are copies of their
    // own, and the merge compares one shared copy by its pointer (`idset::Member`).
    let shared = |id: &Id| g.by_id(id).map_or_else(|| *id, |e| e.id);
    let mut people: Vec<Id> = Vec::with_capacity(d.people.len());
    for p in &d.people {
        let p = if d.namesakes.contains(p) { namesake_on(p, day, g) } else { shared(p) };
        if !historical(&p) && !people.contains(&p) {
            people.push(p);
        }
    }
    if let Some(day) = day {
        for r in &d.roles {
            let actors: Vec<usize> = people.iter().filter_map(|p| g.index_of(p)).collect();
            if let Some(p) = resolve_role(r, &actors, &d.countries, &d.page_people, &d.named_near, day, g) {
                let id = &g.entities()[p].id;
                if !people.contains(id) {
                    people.push(*id);
                }
            }
        }
    }
    let mut countries: Vec<Id> = d.countries.clone();
    for p in people.iter().filter_map(|p| g.index_of(p)) {
        let c = g.country_of(p);
        if !c.is_empty() {
            countries.push(*c);
        }
    }
    let planned_by_date = match (date, own) {
        (Some(d), Some(a)) => interval(&d).0 > interval(&a).1,
        _ => false,
    };
    let status = if d.planned || planned_by_date || bounded_by_a_deadline { Status::Planned } else { Status::Occurred };
    countries.sort();
    countries.dedup();
    Mention {
        file,
        line: d.line,
        offset: d.offset,
        evidence,
        event_type: d.event_type,
        rule: d.rule,
        date,
        date_text: crate::idset::shared_text(&d.date_text),
        date_kind,
        // The days told back from hold only on a date of one day.
        span_days: if date.is_some_and(|v| v.grain == crate::dates::Grain::Day && v.end.is_none()) { d.span_days } else { 0 },
        published: own.map(|a| interval(&a).0),
        status,
        ids: MentionIds::new(people, d.organisations.iter().map(shared).collect(), d.places.iter().map(shared).collect(), countries, d.topics.clone()),
    }
}

/// Of namesakes that no office title told apart, the one meant on `day`: `person` (the
/// matcher's pick) when in office that day, else the first of the others in the file who is,
/// else `person` ("محمد صديقي" with no title is Rabat's mayor in a 2020 story, the agriculture
/// minister in a 2022 one).
fn namesake_on(person: &Id, day: Option<NaiveDate>, g: &Gazetteer) -> Id {
    let (Some(day), Some(i)) = (day, g.index_of(person)) else { return *person };
    let in_office = |j: &usize| g.entities()[*j].roles.iter().any(|s| s.covers(day));
    let meant = if in_office(&i) { i } else { g.entries.namesakes(i).into_iter().find(in_office).unwrap_or(i) };
    g.entities()[meant].id
}

/// The title of `r` when it is a generic one ("the Israeli minister": see
/// [`crate::gazetteer::load::RoleTitle::any_of`]).
fn generic_title<'g>(r: &RoleRef, g: &'g Gazetteer) -> Option<&'g crate::gazetteer::load::RoleTitle> {
    let RoleRef::Office { role, .. } = r else { return None };
    g.entries.roles.iter().find(|t| t.id == *role).filter(|t| t.is_generic())
}

/// Whether `m`'s sentence tells of the page's own story: it names no country but the page's
/// two main ones and those of its offices. "The Israeli minister" in a sentence on an embassy
/// opened in a third country is the page's visitor in another story, which the visit's row must
/// not take (its day would date the visit).
///
/// A page that names one country alone by its name or adjective ("الإسرائيلي") and the other
/// only by its places ("بالرباط", "العاصمة المغربية") has that other one too: the country
/// most of its other places belong to.
fn in_the_pages_story(x: &ArticleExtraction, m: &EventMention, g: &Gazetteer) -> bool {
    let mut main = super::participants::main_countries(&x.entities, g);
    if main.len() < 2 {
        let mut counts: Vec<(Id, u32)> = Vec::new();
        // Places only: a person or a body of a third country the page names (an Algerian
        // minister reacting) does not make his country the page's.
        for e in &x.entities.entities {
            let entity = &g.entities()[e.entity];
            let c = &entity.country;
            if entity.kind != EntityKind::Place || c.is_empty() || main.contains(c) {
                continue;
            }
            match counts.iter_mut().find(|(k, _)| k == c) {
                Some((_, n)) => *n += 1,
                None => counts.push((*c, 1)),
            }
        }
        // The first named of those named most.
        if let Some(&(c, _)) = counts.iter().rev().max_by_key(|(_, n)| *n) {
            main.push(c);
        }
    }
    let own = |c: &Id| main.contains(c) || m.role_refs.iter().any(|r| matches!(r, RoleRef::Office { country, .. } if country == c));
    m.countries.iter().all(own)
}

/// Whether person `p` is named in `m`'s sentence only as an aide's principal ("Jared Kushner,
/// conseiller du président Donald Trump, a atterri"): a description of the aide, no party to
/// the event (see [`crate::gazetteer::Found::principals`]). A person the sentence does not
/// name, carried from the story before ("Mr Kushner, Donald Trump's son-in-law, … The
/// delegation was received by the King"), is read the same way in the sentences up to it.
fn only_as_principal(x: &ArticleExtraction, m: &EventMention, p: usize) -> bool {
    let found = &x.entities;
    if found.principals.is_empty() {
        return false;
    }
    let sentence = &x.doc.sentences[m.sentence].range;
    let first = found.entities.partition_point(|e| e.range.start < sentence.start);
    let in_sentence = found.entities[first..].iter().take_while(|e| e.range.start < sentence.end).any(|e| e.entity == p);
    let from = if in_sentence { first } else { 0 };
    let mut named = found.entities[from..].iter().take_while(|e| e.range.start < sentence.end).filter(|e| e.entity == p).peekable();
    named.peek().is_some() && named.all(|e| found.is_principal(&e.range))
}

/// The people named in `x` before `end`, in the order first named, each with how many times
/// (an aide's principal, named as a description, is not counted).
fn page_people(x: &ArticleExtraction, end: usize, g: &Gazetteer) -> Vec<(Id, u32)> {
    let mut people: Vec<(Id, u32)> = Vec::new();
    let named = x.entities.entities.iter().take_while(|e| e.range.start < end).filter(|e| !x.entities.is_principal(&e.range));
    for e in named.filter(|e| g.entities()[e.entity].kind == EntityKind::Person) {
        let id = &g.entities()[e.entity].id;
        match people.iter_mut().find(|(p, _)| p == id) {
            Some((_, n)) => *n += 1,
            None => people.push((*id, 1)),
        }
    }
    people
}

/// Whom a generic title of `country` stands for on `day` ("the Israeli minister", "الضيف
/// الإسرائيلي" after the page named the visitor): of the people the page named before it
/// (`page`, with how often), those of `country` holding that day an office the title may
/// stand for (anyone of the country, for "the guest"), and of them the one the page names
/// most. Nobody when none fits, or when two fit and the page names neither more: the title
/// is then no one's rather than a guess.
fn page_holder(title: &crate::gazetteer::load::RoleTitle, country: &Id, page: &[(Id, u32)], day: NaiveDate, g: &Gazetteer) -> Option<usize> {
    let fits = |e: &crate::gazetteer::Entity| generic_fit(title, country, e, day).is_some();
    let mut fitting: Vec<(u32, usize)> = page.iter().filter_map(|(id, n)| g.index_of(id).filter(|&i| fits(&g.entities()[i])).map(|i| (*n, i))).collect();
    fitting.sort_by_key(|&(n, _)| std::cmp::Reverse(n));
    match fitting.as_slice() {
        [(_, only)] => Some(*only),
        [(n, first), (m, _), ..] if n > m => Some(*first),
        _ => None,
    }
}

/// Whether person `e` may be the one a generic title of `country` stands for on `day` ("the
/// Israeli minister", "الضيف الإسرائيلي"): `Some` with the office of his it stands for, or
/// `Some(None)` for a title of anyone of the country (he is of it); `None` when he is not.
pub fn generic_fit<'e>(title: &crate::gazetteer::RoleTitle, country: &Id, e: &'e crate::gazetteer::Entity, day: NaiveDate) -> Option<Option<&'e crate::gazetteer::RoleSpell>> {
    if e.kind != EntityKind::Person {
        return None;
    }
    match e.roles.iter().find(|s| s.country == *country && s.covers(day) && title.stands_for(&s.role)) {
        Some(s) => Some(Some(s)),
        None => (title.stands_for_anyone() && e.country == *country).then_some(None),
    }
}

/// The person an office reference names on `day`: the holder of the office, or for
/// "نظيره" the holder, in the other country, of an office the actor holds: one the page names
/// near the mention (`near`: up to the end of the next sentence) when one of them holds such an
/// office, else the holder of the actor's first office that has one. An envoy told by the
/// posting ("the US ambassador to Morocco") is the one posted there, if any. Of several holders
/// that day (the United States' ambassadors to Israel and to Morocco) and no posting told, the
/// one posted in a country the sentence names (`named`) is meant, else the first of the file.
/// A generic title ("the Israeli minister") is one of the people the page named before it
/// (`page`): see [`page_holder`].
fn resolve_role(r: &RoleRef, people: &[usize], named: &[Id], page: &[(Id, u32)], near: &[Id], day: NaiveDate, g: &Gazetteer) -> Option<usize> {
    if let (Some(title), RoleRef::Office { country, .. }) = (generic_title(r, g), r) {
        return page_holder(title, country, page, day, g);
    }
    let holder = |role: &str, country: &str, told: Option<&Id>| {
        // With `among`, the spell's posting must be one of those countries.
        let spell = |e: &crate::gazetteer::Entity, among: Option<&[Id]>| {
            e.roles.iter().any(|s| s.role == role && &*s.country == country && s.covers(day) && among.is_none_or(|a| s.posted_in.as_ref().is_some_and(|p| a.contains(p))))
        };
        // The people with a spell of the role, in entity order: the first of them `spell`
        // accepts is the first of every entity.
        let holders = || g.holders_of(role).iter().map(|&i| (i, &g.entities()[i]));
        let found = match told {
            Some(p) => holders().find(|(_, e)| spell(e, Some(std::slice::from_ref(p)))),
            None => holders().find(|(_, e)| spell(e, Some(named))).or_else(|| holders().find(|(_, e)| spell(e, None))),
        };
        found.map(|(i, _)| i)
    };
    match r {
        RoleRef::Office { role, country, posted } => holder(role, country, posted.as_ref()),
        RoleRef::Counterpart { country } => {
            let offices = || people.iter().flat_map(|&actor| g.entities()[actor].roles.iter().filter(|s| s.country != *country && s.covers(day)));
            let matching = |e: &crate::gazetteer::Entity| e.kind == EntityKind::Person && e.roles.iter().any(|t| t.country == *country && t.covers(day) && offices().any(|s| s.role == t.role));
            let named_near = near.iter().filter_map(|p| g.index_of(p)).find(|&i| !people.contains(&i) && matching(&g.entities()[i]));
            named_near.or_else(|| offices().find_map(|s| holder(&s.role, country, None)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::load::{Entries, parse_entities, parse_roles};

    /// Two namesakes (one mayor until September 2021, one minister from October 2021), listed
    /// minister first, after a third person of the same name abroad, always in office.
    fn gazetteer() -> Gazetteer {
        let roles = parse_roles("id,name,aliases\nminister,Minister,وزير الفلاحة\nmayor,Mayor,عمدة الرباط\nambassador,Ambassador,السفير\n", "roles.csv").unwrap();
        let entities = parse_entities(
            "id,name,name_ar,aliases,surnames,country,roles\n\
             abroad,Abroad,محمد صديقي,Mohamed Sadiki,,FR,mayor@FR:2001-01-01..\n\
             minister,Minister,محمد صديقي,Mohamed Sadiki,,MA,minister@MA:2021-10-07..\n\
             mayor,Mayor (of Rabat),محمد صديقي,Mohamed Sadiki,,MA,mayor@MA:2015-09-15..2021-09-21\n\
             alone,Alone,يوسف بنعلي,,,MA,mayor@MA:2001-01-01..2003-01-01\n\
             to-israel,To Israel,ا,,,US,ambassador@US>IL:2017-05-15..2021-01-20\n\
             to-morocco,To Morocco,ب,,,US,ambassador@US>MA:2019-11-01..2021-01-20\n",
            "people.csv",
            EntityKind::Person,
            &roles,
        )
        .unwrap();
        Gazetteer::new(Entries { entities, roles, ..Default::default() })
    }

    /// (case, the matcher's pick, the day, the person meant).
    const NAMESAKES_BY_DATE: &[(&str, &str, Option<&str>, &str)] = &[
        ("the pick in office stays", "minister", Some("2022-03-01"), "minister"),
        ("the pick out of office gives way to the namesake in office", "minister", Some("2021-03-01"), "mayor"),
        ("the mayor's last day", "minister", Some("2021-09-21"), "mayor"),
        ("the minister's first day", "mayor", Some("2021-10-07"), "minister"),
        ("nobody in office between the two: the pick stays", "minister", Some("2021-09-30"), "minister"),
        ("no date known: the pick stays", "minister", None, "minister"),
        ("a namesake of another country is not one", "mayor", Some("2023-01-01"), "minister"),
        ("a person without namesakes stays, in office or not", "alone", Some("2022-01-01"), "alone"),
    ];

    #[test]
    fn namesakes_are_told_apart_by_the_date() {
        let g = gazetteer();
        for (case, pick, day, meant) in NAMESAKES_BY_DATE {
            let day = day.map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap());
            assert_eq!(&*namesake_on(&Id::from(*pick), day, &g), *meant, "case {case:?}");
        }
    }

    /// The holders of an office a title's resolution reads are every person with a spell of
    /// it, whatever the country (the mayors of France and Morocco), in the file's order, and no
    /// one else: what a walk over every entity found.
    #[test]
    fn the_holders_of_an_office_are_its_people_in_file_order() {
        let g = gazetteer();
        let ids = |role: &str| g.holders_of(role).iter().map(|&i| g.entities()[i].id.to_string()).collect::<Vec<_>>();
        assert_eq!(ids("mayor"), ["abroad", "mayor", "alone"]);
        assert_eq!(ids("ambassador"), ["to-israel", "to-morocco"]);
        assert_eq!(ids("minister"), ["minister"]);
        assert!(ids("president").is_empty());
        for role in ["mayor", "ambassador", "minister"] {
            let scanned: Vec<usize> = g.entities().iter().enumerate().filter(|(_, e)| e.kind == EntityKind::Person && e.roles.iter().any(|s| s.role == role)).map(|(i, _)| i).collect();
            assert_eq!(g.holders_of(role), scanned.as_slice(), "role {role}");
        }
    }

    /// (case, the posting the title tells, countries the sentence names, the day, the
    /// ambassador meant).
    const ENVOYS_BY_POSTING: &[(&str, Option<&str>, &[&str], &str, Option<&str>)] = &[
        ("posted in the country named", None, &["US", "MA"], "2020-12-22", Some("to-morocco")),
        ("the other posting named", None, &["IL", "US"], "2020-12-22", Some("to-israel")),
        ("no posting named: the first of the file", None, &["US"], "2020-12-22", Some("to-israel")),
        ("only one in office", None, &["US", "MA"], "2018-01-01", Some("to-israel")),
        ("nobody in office", None, &["US", "MA"], "2022-01-01", None),
        ("the posting told wins over the countries named", Some("MA"), &["US", "IL", "MA"], "2020-12-22", Some("to-morocco")),
        ("a posting told where nobody is posted names nobody", Some("ES"), &["US", "IL"], "2020-12-22", None),
        ("a posting told before that posting began names nobody", Some("MA"), &["US", "MA"], "2018-01-01", None),
    ];

    #[test]
    fn an_ambassador_is_the_one_posted_where_the_sentence_says() {
        let g = gazetteer();
        for (case, posted, named, day, meant) in ENVOYS_BY_POSTING {
            let named: Vec<Id> = named.iter().map(|c| Id::from(*c)).collect();
            let day = NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
            let office = RoleRef::Office { role: "ambassador".into(), country: "US".into(), posted: posted.map(Id::from) };
            let got = resolve_role(&office, &[], &named, &[], &[], day, &g).map(|i| g.entities()[i].id.to_string());
            assert_eq!(got.as_deref(), *meant, "case {case:?}");
        }
    }
}
