//! `tarikh entities`: the people, organisations and places of each article.
//!
//! ```text
//! tarikh entities                      # corpus/ → output/entities.csv
//! tarikh entities --corpus news -o -   # another folder, to standard output
//! ```
//!
//! One row per entity per article (`file, lang, type, id, name, mentions, surface_forms,
//! first_line`), then candidate unknown people (type `candidate`) so the gazetteer can grow.

use std::collections::BTreeMap;

use clap::Args;

use super::{CorpusArgs, DataArgs, OutputArgs, Session};
use crate::output::csv_bytes;
use crate::pipeline::ArticleExtraction;

/// Arguments of `tarikh entities`.
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  tarikh entities --corpus corpus -o output/entities.csv")]
pub struct EntitiesArgs {
    #[command(flatten)]
    corpus: CorpusArgs,
    #[command(flatten)]
    data: DataArgs,
    #[command(flatten)]
    output: OutputArgs,
}

/// Columns of `entities.csv`.
pub const HEADER: [&str; 8] = ["file", "lang", "type", "id", "name", "mentions", "surface_forms", "first_line"];

/// Run `tarikh entities`.
pub fn run(args: EntitiesArgs) -> anyhow::Result<i32> {
    let session = Session::start(&args.data)?;
    let (extractions, errors) = session.extract(&args.corpus)?;
    let rows = extractions.iter().flat_map(|x| entity_rows(x, &session)).collect::<Vec<_>>();
    let path = args.output.path("output/entities.csv");
    crate::output::write_output(&path, &csv_bytes(&HEADER, rows, args.output.style())?)?;
    Ok(session.finish(errors))
}

/// What an article says of one entity.
struct Tally {
    mentions: usize,
    /// Surface forms in first-seen order.
    forms: Vec<String>,
    first_line: usize,
    first_at: usize,
}

/// The rows of one article.
pub fn entity_rows(x: &ArticleExtraction, session: &Session) -> Vec<Vec<String>> {
    let g = &session.ctx.gazetteer;
    let doc = &x.doc;
    let mut by_entity: BTreeMap<(crate::gazetteer::EntityKind, usize), Tally> = BTreeMap::new();
    for m in &x.entities.entities {
        let e = &g.entities()[m.entity];
        let surface = doc.original(m.range.clone()).to_string();
        let entry = by_entity.entry((e.kind, m.entity)).or_insert(Tally { mentions: 0, forms: Vec::new(), first_line: doc.line_of(m.range.start), first_at: m.range.start });
        entry.mentions += 1;
        if !entry.forms.contains(&surface) {
            entry.forms.push(surface);
        }
    }
    let mut ordered: Vec<_> = by_entity.into_iter().collect();
    ordered.sort_by_key(|((kind, _), v)| (*kind, v.first_at));
    let mut rows: Vec<Vec<String>> = ordered
        .into_iter()
        .map(|((kind, i), Tally { mentions: n, forms, first_line: line, .. })| {
            let e = &g.entities()[i];
            vec![doc.article.name.clone(), x.doc.lang.code().into(), kind.as_str().into(), e.id.to_string(), e.name.clone(), n.to_string(), forms.join("|"), line.to_string()]
        })
        .collect();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut candidates: Vec<(String, usize, String)> = Vec::new();
    for c in &x.candidates {
        let name = doc.original(c.range.clone()).to_string();
        match seen.get(&name) {
            Some(&i) => candidates[i].1 += 1,
            None => {
                seen.insert(name.clone(), candidates.len());
                candidates.push((name, 1, doc.line_of(c.range.start).to_string()));
            }
        }
    }
    rows.extend(candidates.into_iter().map(|(name, n, line)| {
        vec![doc.article.name.clone(), x.doc.lang.code().into(), "candidate".into(), String::new(), name.clone(), n.to_string(), name, line]
    }));
    rows
}
