//! The people's spelling variants kept in a cache folder, so that a warm run does not derive
//! them again: the gazetteer reads and writes them, the cache folder (`crate::cache`) holds them.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::hash::Hash128;

/// The file of a cache folder that holds the people's spelling variants.
pub const VARIANTS: &str = "variants.tsv";

/// The people's spelling variants kept in a cache folder ([`VARIANTS`]): the first line is
/// the key (the data fingerprint, which names the program that derives them, and the bytes of
/// the gazetteer files they are derived from) and the number of entities, then two lines an
/// entity, its variants of full names and of surnames, tab-separated. A file of another key,
/// or that cannot be read whole, is not used: the variants are derived again, and kept.
#[derive(Debug)]
pub struct KeptVariants {
    path: PathBuf,
    data: String,
}

impl KeptVariants {
    /// The variants kept in the cache folder `dir` for data of fingerprint `data`.
    pub fn new(dir: &Path, data: &str) -> KeptVariants {
        KeptVariants { path: dir.join(VARIANTS), data: data.to_string() }
    }

    /// The key of variants derived from `inputs` (the texts of the gazetteer files).
    fn key(&self, inputs: &[&str]) -> String {
        let mut h = Hash128::new();
        h.field(self.data.as_bytes());
        for input in inputs {
            h.field(input.as_bytes());
        }
        h.hex()
    }

    /// The variants (of full names, of surnames) of each of `entities` entities, derived from
    /// `inputs`, if they are kept.
    pub fn read(&self, inputs: &[&str], entities: usize) -> Option<Vec<(Vec<String>, Vec<String>)>> {
        let text = std::fs::read_to_string(&self.path).ok()?;
        let mut lines = text.split_terminator('\n');
        if lines.next()? != format!("{}\t{entities}", self.key(inputs)) {
            return None;
        }
        let words = |line: &str| if line.is_empty() { Vec::new() } else { line.split('\t').map(str::to_string).collect() };
        let mut out = Vec::with_capacity(entities);
        while let Some(names) = lines.next() {
            out.push((words(names), words(lines.next()?)));
        }
        (out.len() == entities).then_some(out)
    }

    /// Keep `variants` (of full names, of surnames, an entity each) derived from `inputs`. A
    /// variant that holds a tab or a line end cannot be kept: nothing is, and the next run
    /// derives them again; a file that cannot be written is said on standard error.
    pub fn write<'a>(&self, inputs: &[&str], variants: impl ExactSizeIterator<Item = (&'a [String], &'a [String])>) {
        let mut text = format!("{}\t{}\n", self.key(inputs), variants.len());
        for (names, surnames) in variants {
            for list in [names, surnames] {
                if list.iter().any(|v| v.is_empty() || v.contains(['\t', '\n'])) {
                    return;
                }
                text.push_str(&list.join("\t"));
                text.push('\n');
            }
        }
        // (The folder is made beside, when the cache opens: it may not be there yet.)
        let written = self.path.parent().map_or(Ok(()), std::fs::create_dir_all).and_then(|()| crate::files::replace_file(&self.path, crate::files::Flush::ToKernel, |w| w.write_all(text.as_bytes())));
        if let Err(e) = written {
            eprintln!("tarikh: cache: {}: {e}; the names' spelling variants were not kept", self.path.display());
        }
    }
}

