//! Reading a corpus: listing article files, decoding their bytes, and the optional manifest.
//!
//! Articles arrive as saved from news sites and colleagues' folders, so the bytes may be UTF-8
//! (with or without BOM), UTF-16 with a BOM, or Windows-1256, with CRLF or lone CR line ends.
//! Everything is decoded here into one `String` with `\n` line ends; a file that cannot be read
//! or decoded becomes a [`CorpusError`] naming it, and the caller skips it and goes on.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

/// Articles larger than this are refused: a news article is a few kilobytes, and a bound keeps
/// memory proportional to the events rather than to a runaway file.
pub const MAX_ARTICLE_BYTES: u64 = 16 * 1024 * 1024;

/// One decoded article.
#[derive(Debug, Clone)]
pub struct Article {
    /// Name used in outputs: the path relative to the corpus directory, with `/` separators.
    pub name: String,
    /// The text, decoded, without BOM, with `\n` line ends.
    pub text: String,
    /// The encoding the bytes were read in.
    pub encoding: &'static str,
}

impl Article {
    /// An article from text already in memory (tests, benchmarks, standard input).
    pub fn from_text(name: impl Into<String>, text: &str) -> Article {
        Article { name: name.into(), text: unify_line_ends(text), encoding: "UTF-8" }
    }
}

/// Why an article was skipped.
#[derive(Debug)]
pub struct CorpusError {
    /// The file.
    pub path: PathBuf,
    /// What went wrong.
    pub reason: String,
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

impl std::error::Error for CorpusError {}

fn corpus_error(path: &Path, reason: impl Into<String>) -> CorpusError {
    CorpusError { path: path.to_path_buf(), reason: reason.into() }
}

/// The article files under `dir`, recursively, sorted by name; symbolic links are followed
/// once (a link loop is reported, not followed forever). Problems met while listing (an
/// unreadable folder, a loop) are returned beside the list.
pub fn list_articles(dir: &Path) -> Result<(Vec<PathBuf>, Vec<CorpusError>), CorpusError> {
    let meta = std::fs::metadata(dir).map_err(|e| corpus_error(dir, format!("cannot open corpus: {e}")))?;
    if !meta.is_dir() {
        return Ok((vec![dir.to_path_buf()], Vec::new()));
    }
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let mut seen_dirs = std::collections::HashSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        match std::fs::canonicalize(&d) {
            Ok(real) if !seen_dirs.insert(real.clone()) => {
                problems.push(corpus_error(&d, "directory already visited (symbolic link loop?), skipped"));
                continue;
            }
            Err(e) => {
                problems.push(corpus_error(&d, format!("cannot resolve directory: {e}")));
                continue;
            }
            _ => {}
        }
        let entries = match std::fs::read_dir(&d) {
            Ok(entries) => entries,
            Err(e) => {
                problems.push(corpus_error(&d, format!("cannot list directory: {e}")));
                continue;
            }
        };
        for entry in entries.flatten() {
            let path = entry.path();
            match std::fs::metadata(&path) {
                Ok(m) if m.is_dir() => stack.push(path),
                Ok(_) if is_article_name(&path) => files.push(path),
                Ok(_) => {}
                Err(e) if is_article_name(&path) => problems.push(corpus_error(&path, format!("cannot read: {e}"))),
                Err(_) => {}
            }
        }
    }
    files.sort();
    Ok((files, problems))
}

/// Article files are `.txt` files; the manifest `index.csv` and anything else are not articles.
fn is_article_name(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case("txt"))
}

/// The name of `path` as shown in outputs: relative to the corpus directory when inside it.
pub fn article_name(corpus: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(corpus).unwrap_or(path);
    let shown = if rel.as_os_str().is_empty() { path.file_name().map(Path::new).unwrap_or(path) } else { rel };
    shown.to_string_lossy().replace('\\', "/")
}

/// Read and decode one article.
pub fn read_article(corpus: &Path, path: &Path) -> Result<Article, CorpusError> {
    let meta = std::fs::metadata(path).map_err(|e| corpus_error(path, format!("cannot read: {e}")))?;
    if meta.len() > MAX_ARTICLE_BYTES {
        return Err(corpus_error(
            path,
            format!("file too large ({} MiB; articles are limited to {} MiB)", meta.len() >> 20, MAX_ARTICLE_BYTES >> 20),
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| corpus_error(path, format!("cannot read: {e}")))?;
    let (text, encoding) = decode(&bytes).map_err(|reason| corpus_error(path, reason))?;
    Ok(Article { name: article_name(corpus, path), text: unify_line_ends(&text), encoding })
}

/// Decode article bytes: BOM-marked UTF-8 or UTF-16, else UTF-8, else Windows-1256 when the
/// result looks like Arabic text. Anything else is refused with a reason.
pub fn decode(bytes: &[u8]) -> Result<(String, &'static str), String> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return String::from_utf8(rest.to_vec())
            .map(|s| (s, "UTF-8"))
            .map_err(|e| format!("invalid UTF-8 after a UTF-8 byte-order mark at byte {}", e.utf8_error().valid_up_to() + 3));
    }
    for (bom, encoding, name) in [
        (&b"\xFF\xFE"[..], encoding_rs::UTF_16LE, "UTF-16LE"),
        (&b"\xFE\xFF"[..], encoding_rs::UTF_16BE, "UTF-16BE"),
    ] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            return match encoding.decode_without_bom_handling_and_without_replacement(rest) {
                Some(s) if !s.contains('\0') => Ok((s.into_owned(), name)),
                _ => Err(format!("invalid {name} after a byte-order mark")),
            };
        }
    }
    if bytes.contains(&0) {
        return Err("binary file (contains NUL bytes), not an article".into());
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok((s.to_string(), "UTF-8"));
    }
    let (s, _, _) = encoding_rs::WINDOWS_1256.decode(bytes);
    if looks_like_windows_1256_text(&s) {
        return Ok((s.into_owned(), "windows-1256"));
    }
    let valid = std::str::from_utf8(bytes).map_err(|e| e.valid_up_to()).err().unwrap_or(0);
    Err(format!("not text in a known encoding (invalid UTF-8 at byte {valid}, and not Windows-1256 Arabic)"))
}

/// Windows-1256 decodes any byte, so the decision rests on the result: text in that code page
/// is Arabic letters, the French letters it shares with Latin-1, punctuation and white space,
/// with no control characters.
fn looks_like_windows_1256_text(s: &str) -> bool {
    let mut non_ascii = 0usize;
    let mut plausible = 0usize;
    for c in s.chars() {
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{0C}') {
            return false;
        }
        if !c.is_ascii() {
            non_ascii += 1;
            if ('\u{0600}'..='\u{06FF}').contains(&c) || "àâçèéêëîïôùûüœ«»–—’“”…\u{A0}".contains(c) {
                plausible += 1;
            }
        }
    }
    non_ascii > 0 && plausible * 10 >= non_ascii * 9
}

/// CRLF and lone CR become LF; a leading BOM (from text given directly) is dropped.
fn unify_line_ends(text: &str) -> String {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if !text.contains('\r') {
        return text.to_string();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Line starts of a text, to turn byte offsets into 1-based line numbers.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Index the lines of `text`.
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// The 1-based line holding byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset)
    }

    /// Byte range of 1-based line `line` (without its `\n`) in `text`.
    pub fn line_range(&self, line: usize, text: &str) -> std::ops::Range<usize> {
        let start = self.starts[line - 1];
        let end = self.starts.get(line).map_or(text.len(), |&s| s - 1);
        start..end
    }

    /// Number of lines.
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    /// Whether there are no lines (never: an empty text has one empty line).
    pub fn is_empty(&self) -> bool {
        false
    }
}

/// One row of the optional `corpus/index.csv`: what the user knows about an article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ManifestEntry {
    /// Publication date given by the user; it overrides what the text says.
    pub published: Option<NaiveDate>,
    /// Where the article came from.
    pub url: String,
    /// The publisher.
    pub source: String,
}

/// The manifest: article name → entry.
pub type Manifest = BTreeMap<String, ManifestEntry>;

/// Read `index.csv` (`file,published,url,source`) from the corpus directory, if present.
pub fn read_manifest(corpus: &Path) -> Result<Manifest, CorpusError> {
    let path = corpus.join("index.csv");
    if !path.is_file() {
        return Ok(Manifest::new());
    }
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_path(&path)
        .map_err(|e| corpus_error(&path, e.to_string()))?;
    let headers = reader.headers().map_err(|e| corpus_error(&path, e.to_string()))?.clone();
    let col = |name: &str| headers.iter().position(|h| h.trim_start_matches('\u{FEFF}').trim() == name);
    let file_col = col("file").ok_or_else(|| corpus_error(&path, "line 1: missing column `file`"))?;
    let published_col = col("published");
    let (url_col, source_col) = (col("url"), col("source"));
    let mut manifest = Manifest::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            corpus_error(&path, format!("line {line}: {e}"))
        })?;
        let line = record.position().map_or(0, |p| p.line());
        let get = |c: Option<usize>| c.and_then(|c| record.get(c)).unwrap_or("").trim().to_string();
        let published = match get(published_col) {
            s if s.is_empty() => None,
            s => Some(
                NaiveDate::parse_from_str(&s, "%Y-%m-%d")
                    .map_err(|_| corpus_error(&path, format!("line {line}: bad date {s:?} (expected YYYY-MM-DD)")))?,
            ),
        };
        let file = get(Some(file_col));
        if manifest.contains_key(&file) {
            return Err(corpus_error(&path, format!("line {line}: file {file:?} listed twice")));
        }
        manifest.insert(file, ManifestEntry { published, url: get(url_col), source: get(source_col) });
    }
    Ok(manifest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_every_supported_encoding() {
        let arabic = "وقع المغرب وإسرائيل";
        assert_eq!(decode(arabic.as_bytes()).unwrap(), (arabic.to_string(), "UTF-8"));
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(arabic.as_bytes());
        assert_eq!(decode(&bom).unwrap().0, arabic);
        let mut le = vec![0xFF, 0xFE];
        le.extend(arabic.encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(decode(&le).unwrap(), (arabic.to_string(), "UTF-16LE"));
        let mut be = vec![0xFE, 0xFF];
        be.extend(arabic.encode_utf16().flat_map(|u| u.to_be_bytes()));
        assert_eq!(decode(&be).unwrap(), (arabic.to_string(), "UTF-16BE"));
        let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode(arabic);
        assert_eq!(decode(&cp1256).unwrap(), (arabic.to_string(), "windows-1256"));
    }

    #[test]
    fn refuses_binary_and_unknown_bytes() {
        assert!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err().contains("binary"));
        let garbage: Vec<u8> = (0..200u32).map(|i| (i * 37 % 256) as u8).filter(|&b| b != 0).collect();
        assert!(decode(&garbage).is_err());
    }

    #[test]
    fn line_ends_are_unified() {
        assert_eq!(unify_line_ends("a\r\nb\rc\n"), "a\nb\nc\n");
        let index = LineIndex::new("ab\ncd\n\nef");
        assert_eq!([index.line_of(0), index.line_of(3), index.line_of(6), index.line_of(7)], [1, 2, 3, 4]);
        assert_eq!(&"ab\ncd\n\nef"[index.line_range(2, "ab\ncd\n\nef")], "cd");
    }
}
