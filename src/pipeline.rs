//! One article in, one extraction out: the pure per-article map that runs in parallel.
//!
//! Everything here depends only on the article and the loaded data, never on other articles
//! or on the clock, so the corpus can be processed on every core (rayon) and the result does
//! not depend on file order or thread count.

use std::path::Path;

use rayon::prelude::*;

use crate::corpus::{self, Article, CorpusError};
use crate::data::Lexicons;
use crate::gazetteer::candidates::Candidate;
use crate::gazetteer::{Found, Gazetteer};
use crate::text::Document;

/// The loaded data every article is read with.
#[derive(Debug, Clone)]
pub struct Context {
    /// Lexicons and rules.
    pub lexicons: Lexicons,
    /// People, organisations, places and office titles.
    pub gazetteer: Gazetteer,
}

impl Context {
    /// Load the gazetteers and lexicons from the given folders (built-in copies for `None`).
    pub fn load(gazetteers: Option<&Path>, lexicons: Option<&Path>) -> Result<Context, String> {
        Ok(Context { lexicons: Lexicons::load(lexicons)?, gazetteer: Gazetteer::load(gazetteers)? })
    }
}

/// What one article yields.
#[derive(Debug, Clone)]
pub struct ArticleExtraction {
    /// The article, normalised and segmented.
    pub doc: Document,
    /// Names found and resolved.
    pub entities: Found,
    /// Possible people the gazetteer does not know.
    pub candidates: Vec<Candidate>,
}

/// Extract everything from one article.
pub fn extract_article(article: Article, ctx: &Context) -> ArticleExtraction {
    let doc = Document::new(article, &ctx.lexicons);
    let entities = ctx.gazetteer.find(&doc);
    let candidates = ctx.lexicons.name_context.find(&doc, &entities);
    ArticleExtraction { doc, entities, candidates }
}

/// Read every article under `corpus_dir` (or the listed files) in parallel. Articles come back
/// sorted by name; files that could not be read or decoded come back as errors.
pub fn read_corpus(corpus_dir: &Path, files: &[std::path::PathBuf]) -> Result<(Vec<Article>, Vec<CorpusError>), CorpusError> {
    let (paths, mut problems) = if files.is_empty() {
        corpus::list_articles(corpus_dir)?
    } else {
        (files.to_vec(), Vec::new())
    };
    let results: Vec<Result<Article, CorpusError>> = paths.par_iter().map(|p| corpus::read_article(corpus_dir, p)).collect();
    let mut articles = Vec::new();
    for r in results {
        match r {
            Ok(a) => articles.push(a),
            Err(e) => problems.push(e),
        }
    }
    articles.sort_by(|a, b| a.name.cmp(&b.name));
    Ok((articles, problems))
}

/// Extract every article in parallel, keeping their order.
pub fn extract_all(articles: Vec<Article>, ctx: &Context) -> Vec<ArticleExtraction> {
    articles.into_par_iter().map(|a| extract_article(a, ctx)).collect()
}
