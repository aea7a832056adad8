//! `tarikh explain EVENT_ID`: why a timeline row exists.
//!
//! ```text
//! tarikh explain agreement-2021-11-24-b2313f
//! tarikh explain call-2021-07-16-96a26c --corpus news
//! ```
//!
//! The corpus is extracted again exactly as `extract` does, the row with that id is found, and
//! each of its source mentions is told: the sentence (file:line), the trigger rule (id and
//! name), the date expression as written, its value and what fixed it (complete on its own,
//! the publication date — with that date and how it was found — or the weekday written beside
//! it), and every person, organisation and place with how the name was matched (full alias,
//! surname of someone named earlier, the only person with that surname, generic name resolved
//! by context, office title, implicit subject). Nothing is stored between runs: the
//! explanation is recomputed from the articles, so it is always the one for the current data.

use std::fmt::Write;

use clap::Args;

use super::{CorpusArgs, DataArgs, EXIT_DIFF, Session};
use crate::dates::{AnchorBasis, Basis, DateValue, Inference};
use crate::events::{DateHow, EventMention, RoleRef};
use crate::gazetteer::{EntityKind, Resolution};
use crate::merge::{Event, Mention};
use crate::output::write_output;
use crate::pipeline::{ArticleExtraction, Context};
use crate::timeline::{Row, precision, rows_from_events};

/// Arguments of `tarikh explain`.
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  tarikh explain agreement-2021-11-24-b2313f\n  tarikh explain call-2021-07-16-96a26c --corpus news\n\nIds are the event_id column of the timeline. Exit code 1 when no row has that id.")]
pub struct ExplainArgs {
    /// The event id (first column of the timeline).
    #[arg(value_name = "EVENT_ID")]
    event_id: String,
    #[command(flatten)]
    corpus: CorpusArgs,
    #[command(flatten)]
    data: DataArgs,
}

/// Run `tarikh explain`.
pub fn run(args: ExplainArgs) -> anyhow::Result<i32> {
    let session = Session::start(&args.data)?;
    let (mut extractions, problems) = session.extract(&args.corpus)?;
    let events = crate::pipeline::build_events_of_corpus(&mut extractions, &session.ctx);
    // The rows `extract` writes by default (ids of colliding events get their suffix in that
    // order), then any date at all.
    let default_window = (DateValue::parse("2020-01-01").expect("date"), DateValue::parse("2022-12-31").expect("date"));
    let wide_window = (DateValue::year(1).expect("date"), DateValue::year(9999).expect("date"));
    let found = [default_window, wide_window]
        .into_iter()
        .find_map(|window| rows_from_events(&events, &session.ctx, window, true).map(|rows| rows.into_iter().find(|r| r.event_id == args.event_id)).transpose())
        .transpose()?;
    let Some(row) = found else {
        let rows = rows_from_events(&events, &session.ctx, wide_window, true)?;
        let family = args.event_id.split('-').next().unwrap_or("");
        let near: Vec<&str> = rows.iter().map(|r| r.event_id.as_str()).filter(|id| id.starts_with(family)).take(8).collect();
        eprintln!(
            "tarikh: no event {:?} in {}{}",
            args.event_id,
            args.corpus.corpus.display(),
            if near.is_empty() { String::new() } else { format!("; ids of that type: {}", near.join(", ")) }
        );
        return Ok(if problems > 0 { super::EXIT_ERROR } else { EXIT_DIFF });
    };
    let event = &events[*row.origins.first().expect("rows from events have an origin")];
    let text = explain(&row, event, &extractions, &session.ctx)?;
    write_output(std::path::Path::new("-"), text.as_bytes())?;
    Ok(session.finish(problems))
}

/// The explanation of `row`, made from `event`, as text; the error names an article whose
/// sentences cannot be read back.
pub fn explain(row: &Row, event: &Event, extractions: &[ArticleExtraction], ctx: &Context) -> Result<String, crate::corpus::CorpusError> {
    let sentences = crate::evidence::Sentences::read(event.mentions.iter().map(|m| &m.evidence))?;
    let mut out = String::new();
    let date = row.date.map(|d| format!("{d} ({})", precision(&d))).unwrap_or_else(|| "undated".into());
    let _ = writeln!(out, "{}  {date}  {}  {}", row.event_id, row.event_type.as_str(), row.status.as_str());
    let _ = writeln!(out, "{}", row.title);
    let _ = writeln!(out, "sources: {}", row.sources.join(", "));
    let _ = writeln!(
        out,
        "merged from {} mention{}: the date is the most precise one they give, the type the most frequent, \
         and the event occurred when a dated mention reports it done.",
        event.mentions.len(),
        if event.mentions.len() == 1 { "" } else { "s" }
    );
    let mut mentions: Vec<&Mention> = event.mentions.iter().collect();
    mentions.sort_by(|a, b| (&a.file, a.line, a.offset).cmp(&(&b.file, b.line, b.offset)));
    for (i, m) in mentions.iter().enumerate() {
        let _ = writeln!(out, "\n[{}] {}:{}", i + 1, m.file, m.line);
        let _ = writeln!(out, "  sentence: {}", sentences.get(&m.evidence));
        let x = extractions.iter().find(|x| *x.doc.article.name == *m.file);
        let em = x.and_then(|x| x.events.iter().find(|e| e.trigger.start == m.offset && e.event_type == m.event_type));
        match (x, em) {
            (Some(x), Some(em)) => explain_mention(&mut out, m, x, em, ctx),
            _ => {
                let _ = writeln!(out, "  (the article's extraction is not at hand; rule {})", m.rule);
            }
        }
    }
    Ok(out)
}

fn how_matched(how: Resolution) -> &'static str {
    match how {
        Resolution::Alias => "full name (gazetteer alias)",
        Resolution::SurnameInArticle => "surname alone, of a person named earlier in the article",
        Resolution::SurnameUnique => "surname alone, the only gazetteer person bearing it",
        Resolution::Context => "generic name, resolved by the countries around it",
        Resolution::Namesake => "a name several people share, no office written: the one in office on the event's day",
    }
}

fn explain_mention(out: &mut String, m: &Mention, x: &ArticleExtraction, em: &EventMention, ctx: &Context) {
    let doc = &x.doc;
    let g = &ctx.gazetteer;
    let rule = &ctx.lexicons.triggers.rules[em.rule];
    let _ = writeln!(
        out,
        "  trigger:  «{}» — rule {} ({}), type {}, {}",
        doc.original(em.trigger.clone()).trim(),
        rule.id,
        rule.name,
        m.event_type.as_str(),
        if em.planned { "planned (future form or announcement marker)".to_string() } else { m.status.as_str().to_string() }
    );
    // The date.
    let anchor = &x.dates.anchor;
    let anchor_text = match anchor.published_value() {
        Some(d) => format!("{d} ({})", anchor_basis(anchor.basis)),
        None => "unknown".to_string(),
    };
    match em.date {
        Some(link) => {
            let written = doc.original(x.dates.mentions[link.date].range.clone()).trim();
            let how = match link.how {
                DateHow::Own => "the date expression nearest the trigger",
                DateHow::During => "the date of the sentence's main event («خلال»: during)",
                DateHow::Carried => "the previous event's date, carried by a connective («بعد ذلك», «كما», «ثم»), a follow-up sentence or an enumeration's lead",
                DateHow::Reported => "the date of the statement that reports it («أعلنت أمس أن …»)",
            };
            let _ = writeln!(out, "  date:     «{written}» — {how}");
            match x.dates.resolved.get(link.date).copied().flatten() {
                Some(r) => {
                    let basis = match r.basis {
                        Basis::Absolute => "absolute: complete on its own".to_string(),
                        Basis::Published => format!("published: relative to the article's publication date, {anchor_text}"),
                        Basis::Expression => "expression: the weekday written beside it fixes the year".to_string(),
                    };
                    let part = r.part.map(|p| format!(", part {}", p.as_str())).unwrap_or_default();
                    let _ = writeln!(out, "            = {} ({}{part}); basis {basis}", r.value, precision(&r.value));
                }
                None => {
                    let _ = writeln!(out, "            = unresolved (it needs the publication date, which is {anchor_text})");
                }
            }
        }
        None => {
            let _ = writeln!(out, "  date:     none in the sentence (publication date {anchor_text}); the event takes its date from other mentions");
        }
    }
    // Names.
    let sentence = &doc.sentences[em.sentence];
    let in_sentence = |entity: usize| {
        x.entities.entities.iter().find(|e| e.entity == entity && e.range.start >= sentence.range.start && e.range.end <= sentence.range.end)
    };
    let anywhere = |entity: usize| x.entities.entities.iter().find(|e| e.entity == entity);
    let day = m.date.map(|d| d.start).or(anchor.date.map(|a| a.start));
    for (label, kind, ids) in [
        ("people", EntityKind::Person, m.people()),
        ("orgs", EntityKind::Organisation, m.organisations()),
        ("places", EntityKind::Place, m.places()),
    ] {
        if ids.is_empty() {
            continue;
        }
        let _ = writeln!(out, "  {label}:");
        for id in ids {
            let Some(index) = g.entities().iter().position(|e| e.kind == kind && &e.id == id) else { continue };
            let entity = &g.entities()[index];
            // A title the sentence writes ("the Israeli minister") tells more than the actor
            // carried from the sentences before, when both give the person.
            let how = if let Some(hit) = in_sentence(index).filter(|_| em.carried_actor != Some(index)) {
                format!("«{}» — {}", doc.original(hit.name_range.clone()).trim(), how_matched(hit.how))
            } else if let Some(office) = office_of(em, index, day, ctx) {
                office
            } else if em.carried_actor == Some(index) {
                "the actor of the sentences just before: the verb's subject is left implicit".to_string()
            } else if let Some(hit) = anywhere(index) {
                format!("«{}» at line {} — {}", doc.original(hit.name_range.clone()).trim(), doc.line_of(hit.range.start), how_matched(hit.how))
            } else {
                "named in the event's scope".to_string()
            };
            let _ = writeln!(out, "    {} [{}] — {how}", entity.name, entity.id);
        }
    }
    if !m.countries().is_empty() {
        let _ = writeln!(out, "  countries: {} (of the people, organisations and places, and the countries named)", m.countries().join(", "));
    }
    if !m.topics().is_empty() {
        let _ = writeln!(out, "  topics:   {}", m.topics().join(", "));
    }
}

/// How person `index` came from an office named without a name, when it did.
fn office_of(em: &EventMention, index: usize, day: Option<chrono::NaiveDate>, ctx: &Context) -> Option<String> {
    let g = &ctx.gazetteer;
    let day = day?;
    let person = &g.entities()[index];
    let role_name = |id: &str| g.entries.roles.iter().find(|r| r.id == id).map_or(id.to_string(), |r| r.name.clone());
    em.role_refs.iter().find_map(|r| match r {
        RoleRef::Office { role, country, .. } => match g.entries.roles.iter().find(|t| t.id == *role && t.is_generic()) {
            // "the Israeli minister", "الضيف الإسرائيلي": the one the page named before it.
            Some(title) => crate::events::resolve::generic_fit(title, country, person, day).map(|office| {
                let held = office.map_or_else(|| format!("anyone of {country}"), |s| format!("{} of {country} on {day}", role_name(&s.role)));
                format!("generic title: {} of {country}, the one the page named most before it that fits ({held})", title.name)
            }),
            None => person
                .roles
                .iter()
                .any(|s| &s.role == role && &s.country == country && s.covers(day))
                .then(|| format!("office title: {} of {country}, held on {day}", role_name(role))),
        },
        RoleRef::Counterpart { country } => person
            .roles
            .iter()
            .find(|s| &s.country == country && s.covers(day))
            .map(|s| format!("«نظيره» (his counterpart): {} of {country} on {day}", role_name(&s.role))),
    })
}

fn anchor_basis(b: AnchorBasis) -> &'static str {
    match b {
        AnchorBasis::Stated => "stated on a date line of the article",
        AnchorBasis::Inferred(Inference::UpdateLine) => "inferred from the page's update line and the latest day the story reports (published between them)",
        AnchorBasis::Inferred(Inference::UpdatedBy { .. }) => "inferred from the page's update line alone: written in the week up to the update (a bound, not a day)",
        AnchorBasis::Inferred(Inference::Banner) => "inferred from the site's current-date banner (the day the page was read) and the latest day the story reports (published between them)",
        AnchorBasis::Inferred(Inference::Borrowed) => "inferred from an event another article dates",
        AnchorBasis::Inferred(Inference::BorrowedFrom { .. }) => {
            "inferred from an event another article dates, told by a bare weekday: written on that day or in the days after (a bound, not a day)"
        }
        AnchorBasis::Inferred(Inference::BorrowedBySubject) => "inferred from agreements of the same subjects that another article dates",
        AnchorBasis::Inferred(Inference::RelativeDay) => "inferred from a relative day written with its date",
        AnchorBasis::Inferred(Inference::WeekdayOfDate) => "inferred from a relative day naming the weekday of a date of the text",
        AnchorBasis::Inferred(Inference::WeekdayInMonth) => "inferred from a relative day naming a weekday of the month the text calls current",
        AnchorBasis::Inferred(Inference::CurrentMonth) => "inferred (month only) from a month the text calls current",
        AnchorBasis::Inferred(Inference::ComingWeekday) => "inferred from the writing weekday and a day told as coming with its weekday, in the week up to it",
        AnchorBasis::Inferred(Inference::SameDayCutoff) => "inferred from the lede's date and a same-day cut-off after it (\"until 21:00\", \"at the time of writing\")",
        AnchorBasis::Inferred(Inference::YearlessDateLine) => "inferred from a date line without its year: a weekday, or the story's latest dated fact, tells the year",
        AnchorBasis::Inferred(Inference::WireCopyrightYear) => "inferred from a wire's date line without its year and the agency's copyright line, which tells the year",
        AnchorBasis::Inferred(Inference::MonthsAfterFact) => {
            "inferred from a date line without its year and the story's latest dated fact told as months or weeks before (\"months after … in December 2020\"): the first such day after it"
        }
        AnchorBasis::Inferred(Inference::BareWeekday) => {
            "inferred from a bare weekday beside a date of that weekday (the first of the days the text reads alike from)"
        }
        AnchorBasis::Manifest => "given by corpus/index.csv",
        AnchorBasis::Url => "read from the article's url in corpus/index.csv",
        AnchorBasis::Unknown => "unknown",
    }
}
