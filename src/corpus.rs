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

use crate::dates::value::DateValue;

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

/// Why an article (or a manifest row) was skipped.
#[derive(Debug)]
pub struct CorpusError {
    /// The file.
    pub path: PathBuf,
    /// The 1-based line of the file, when the problem is one line's (a manifest row).
    pub line: Option<u64>,
    /// What went wrong.
    pub reason: String,
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.path.display(), line, self.reason),
            None => write!(f, "{}: {}", self.path.display(), self.reason),
        }
    }
}

impl std::error::Error for CorpusError {}

pub(crate) fn corpus_error(path: &Path, reason: impl Into<String>) -> CorpusError {
    CorpusError { path: path.to_path_buf(), line: None, reason: reason.into() }
}

pub(crate) fn line_error(path: &Path, line: u64, reason: impl Into<String>) -> CorpusError {
    CorpusError { path: path.to_path_buf(), line: Some(line), reason: reason.into() }
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
    // In the order of `Path` (component by component), compared as the components' bytes
    // joined by a zero byte, which no component holds: the same order, at the cost of one
    // byte comparison instead of parsing both paths into components at every comparison.
    files.sort_by_cached_key(|path| {
        let mut key = Vec::new();
        for c in path.components() {
            key.extend_from_slice(c.as_os_str().as_encoded_bytes());
            key.push(0);
        }
        key
    });
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
    article_from_bytes(corpus, path, &read_article_bytes(path)?)
}

/// The bytes of one article file, refused when larger than [`MAX_ARTICLE_BYTES`] (a cache
/// hashes them before deciding whether to decode them at all).
pub fn read_article_bytes(path: &Path) -> Result<Vec<u8>, CorpusError> {
    let meta = std::fs::metadata(path).map_err(|e| corpus_error(path, format!("cannot read: {e}")))?;
    if meta.len() > MAX_ARTICLE_BYTES {
        return Err(corpus_error(
            path,
            format!("file too large ({} MiB; articles are limited to {} MiB)", meta.len() >> 20, MAX_ARTICLE_BYTES >> 20),
        ));
    }
    std::fs::read(path).map_err(|e| corpus_error(path, format!("cannot read: {e}")))
}

/// Decode the bytes of the article file `path` (see [`decode`]).
pub fn article_from_bytes(corpus: &Path, path: &Path, bytes: &[u8]) -> Result<Article, CorpusError> {
    let (text, encoding) = decode(bytes).map_err(|reason| corpus_error(path, reason))?;
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
    // memchr's vectorised search: the slice's own `contains` reads a word at a time.
    if memchr::memchr(0, bytes).is_some() {
        return Err("binary file (contains NUL bytes), not an article".into());
    }
    // The validator of encoding_rs (vectorised where the processor allows) rather than
    // `std::str::from_utf8`, which reads Arabic text, two bytes a letter, byte by byte: it was
    // 3 % of a whole extraction's instructions.
    if let Some(s) = encoding_rs::UTF_8.decode_without_bom_handling_and_without_replacement(bytes) {
        return Ok((s.into_owned(), "UTF-8"));
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

/// CRLF and lone CR become LF; a leading BOM (from text given directly) is dropped. One pass
/// from one CR to the next (two string replacements searched the text twice, the first with a
/// two-byte pattern: 1 % of the extraction on a corpus with CRLF articles).
fn unify_line_ends(text: &str) -> String {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for at in memchr::memchr_iter(b'\r', bytes) {
        out.push_str(&text[from..at]);
        out.push('\n');
        from = if bytes.get(at + 1) == Some(&b'\n') { at + 2 } else { at + 1 };
    }
    out.push_str(&text[from..]);
    out
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

/// One row of the optional `corpus/index.csv`: what the user, or the scraper that saved the
/// articles, knows about an article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ManifestEntry {
    /// Publication date of the `published` column: a day, or only a month or a year
    /// (`YYYY-MM`, `YYYY`) when that is all the scraper knew. It overrides what the text says,
    /// except that a day the text states inside a month or year given here refines it.
    pub published: Option<DateValue>,
    /// The date the `url` carries (`/2021/07/25/`, `20210725`, `2021-07-25`, `/2021/07/`),
    /// used when `published` is empty.
    pub url_date: Option<DateValue>,
    /// Where the article came from.
    pub url: String,
    /// The publisher.
    pub source: String,
}

/// The manifest: article name → entry.
pub type Manifest = BTreeMap<String, ManifestEntry>;

/// The column separators a manifest may use: the comma of CSV, and what spreadsheets write
/// when saving "CSV" in locales whose decimal mark is a comma (`;`) or as tab-separated text.
const SEPARATORS: [(char, &str); 3] = [(',', "comma"), (';', "semicolon"), ('\t', "tab")];

/// Read `index.csv` (`file,published,url,source`) from the corpus directory, if present.
///
/// Rows that cannot be used (a bad date, no file name, a file listed twice) come back as
/// problems naming their line, and the other rows are used. Only a file that is not a
/// manifest at all (bytes in no known encoding, no `file` column under any separator) is an
/// error.
pub fn read_manifest(corpus: &Path) -> Result<(Manifest, Vec<CorpusError>), CorpusError> {
    let path = corpus.join("index.csv");
    if !path.is_file() {
        return Ok((Manifest::new(), Vec::new()));
    }
    let bytes = std::fs::read(&path).map_err(|e| corpus_error(&path, format!("cannot read: {e}")))?;
    // Spreadsheets save in UTF-16 or the local code page as often as in UTF-8.
    let (text, _) = decode(&bytes).map_err(|reason| corpus_error(&path, reason))?;
    parse_manifest(&path, &unify_line_ends(&text))
}

/// Parse the text of a manifest (see [`read_manifest`]); `path` names it in problems.
pub fn parse_manifest(path: &Path, text: &str) -> Result<(Manifest, Vec<CorpusError>), CorpusError> {
    let header = text.lines().next().unwrap_or("");
    let is_file_column = |h: &str| h.trim_start_matches('\u{FEFF}').trim().trim_matches('"').eq_ignore_ascii_case("file");
    let Some(&(sep, _)) = SEPARATORS.iter().find(|(sep, _)| header.split(*sep).any(is_file_column)) else {
        return Err(line_error(path, 1, missing_file_column(header)));
    };
    let mut reader = csv::ReaderBuilder::new().delimiter(sep as u8).flexible(true).from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| line_error(path, 1, e.to_string()))?.clone();
    let col = |name: &str| headers.iter().position(|h| h.trim_start_matches('\u{FEFF}').trim().eq_ignore_ascii_case(name));
    let file_col = col("file");
    let (published_col, url_col, source_col) = (col("published"), col("url"), col("source"));
    let mut manifest = Manifest::new();
    let mut first_line: BTreeMap<String, u64> = BTreeMap::new();
    let mut problems = Vec::new();
    // Lines are counted from byte offsets: the csv reader counts a record from the blank lines
    // it skips before it.
    let line_at = |p: Option<&csv::Position>| {
        p.map_or(0, |p| {
            let (before, after) = text.as_bytes().split_at((p.byte() as usize).min(text.len()));
            let blank = after.iter().take_while(|&&b| b == b'\n').count();
            1 + (before.iter().filter(|&&b| b == b'\n').count() + blank) as u64
        })
    };
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                problems.push(line_error(path, line_at(e.position()), format!("{e}; row skipped")));
                continue;
            }
        };
        let line = line_at(record.position());
        let get = |c: Option<usize>| c.and_then(|c| record.get(c)).unwrap_or("").trim().to_string();
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let file = get(file_col);
        if file.is_empty() {
            problems.push(line_error(path, line, "no file name; row skipped"));
            continue;
        }
        let published = match parse_published(&get(published_col)) {
            Ok(p) => p,
            Err(reason) => {
                problems.push(line_error(path, line, format!("{reason}; row skipped")));
                continue;
            }
        };
        if let Some(first) = first_line.get(&file) {
            problems.push(line_error(path, line, format!("file {file:?} already listed on line {first}; row skipped")));
            continue;
        }
        first_line.insert(file.clone(), line);
        let url = get(url_col);
        let url_date = url_date(&url);
        manifest.insert(file, ManifestEntry { published, url_date, url, source: get(source_col) });
    }
    Ok((manifest, problems))
}

/// Why a header has no `file` column, naming the separator it seems to use when it is not
/// one of those read.
fn missing_file_column(header: &str) -> String {
    let mut counts: BTreeMap<char, usize> = BTreeMap::new();
    for c in header.chars().filter(|c| !c.is_alphanumeric() && !matches!(c, ' ' | '_' | '"' | '\u{FEFF}')) {
        *counts.entry(c).or_default() += 1;
    }
    let known = "columns separated by commas, semicolons or tabs";
    match counts.into_iter().max_by_key(|&(c, n)| (n, std::cmp::Reverse(c))) {
        Some((c, _)) if !SEPARATORS.iter().any(|(s, _)| *s == c) => {
            format!("no `file` column; the header seems to separate columns with {c:?}, which is not read (save it with {known})")
        }
        _ => format!("no `file` column in the header {header:?} (expected `file,published,url,source`, {known})"),
    }
}

/// Arabic-Indic and Persian digits as ASCII (a spreadsheet in an Arabic locale may write them).
fn ascii_digits(s: &str) -> String {
    s.chars().map(|c| crate::text::normalize::ascii_digit(c).unwrap_or(c)).collect()
}

/// A `published` cell: empty, or a day, month or year. Scrapers and spreadsheets write
/// `2021-07-25`, `2021-07`, `2021`, `2021/07/25`, a timestamp `2021-07-25T10:49:00+01:00`, or a
/// day first (`25/07/2021`, `25.07.2021`); a day-first date whose day and month could be swapped
/// (`05/07/2021`) is refused rather than guessed.
pub fn parse_published(cell: &str) -> Result<Option<DateValue>, String> {
    let cell = ascii_digits(cell.trim());
    if cell.is_empty() {
        return Ok(None);
    }
    // The date part of a timestamp.
    let date = cell.split([' ', 'T']).next().unwrap_or("");
    let parts: Vec<&str> = date.split(['-', '/', '.']).collect();
    let num = |p: &str, len: std::ops::RangeInclusive<usize>| {
        (len.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse::<u32>().ok()).flatten()
    };
    let bad = || format!("bad date {cell:?} (expected YYYY-MM-DD, YYYY-MM or YYYY)");
    let day = |y: u32, m: u32, d: u32| NaiveDate::from_ymd_opt(y as i32, m, d).map(DateValue::day).ok_or_else(bad);
    let value = match parts.as_slice() {
        [y] => DateValue::year(num(y, 4..=4).ok_or_else(bad)? as i32).ok_or_else(bad)?,
        [y, m] => DateValue::month(num(y, 4..=4).ok_or_else(bad)? as i32, num(m, 1..=2).ok_or_else(bad)?).ok_or_else(bad)?,
        [a, b, c] if a.len() == 4 => day(num(a, 4..=4).ok_or_else(bad)?, num(b, 1..=2).ok_or_else(bad)?, num(c, 1..=2).ok_or_else(bad)?)?,
        [a, b, c] => {
            let (a, b, y) = (num(a, 1..=2).ok_or_else(bad)?, num(b, 1..=2).ok_or_else(bad)?, num(c, 4..=4).ok_or_else(bad)?);
            match (a > 12, b > 12) {
                (true, false) => day(y, b, a)?,
                (false, true) => day(y, a, b)?,
                _ if a == b => day(y, a, a)?,
                (false, false) => return Err(format!("ambiguous date {cell:?}: day and month could be either way (write YYYY-MM-DD)")),
                (true, true) => return Err(bad()),
            }
        }
        _ => return Err(bad()),
    };
    Ok(Some(value))
}

/// The publication date a url carries, as news sites write it in their paths: `/2021/07/25/`,
/// `/2021-07-25-title`, `_20210725_`, a story id that is the time it was filed
/// (`story=20211203081512345`, `/202107251030`), or only the month `/2021/07/`. Digit runs are
/// read whole, so an article number (`/article/1608666479`) is not taken for a date.
pub fn url_date(url: &str) -> Option<DateValue> {
    let bytes = url.as_bytes();
    // Maximal runs of ASCII digits, with the byte after each.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            runs.push((start, i));
        } else {
            i += 1;
        }
    }
    let value = |r: (usize, usize)| url[r.0..r.1].parse::<u32>().ok();
    let plausible_year = |y: u32| (1995..=2099).contains(&y);
    let sep_between = |a: (usize, usize), b: (usize, usize)| b.0 == a.1 + 1 && matches!(bytes[a.1], b'/' | b'-' | b'_' | b'.');
    for (k, &run) in runs.iter().enumerate() {
        let len = run.1 - run.0;
        // Eight digits are a day; more are one only when a clock time follows the day (a story
        // id made of when it was filed, `20211203` `0815` `12345`: hours under 24, minutes
        // under 60), which a serial number rarely gives by chance.
        let stamp_time = |at: usize| url.get(at..at + 4).and_then(|t| t.parse::<u32>().ok()).is_some_and(|t| t / 100 < 24 && t % 100 < 60);
        if len == 8 || (len >= 12 && stamp_time(run.0 + 8)) {
            let n = url[run.0..run.0 + 8].parse::<u32>().ok()?;
            if plausible_year(n / 10000)
                && let Some(d) = NaiveDate::from_ymd_opt((n / 10000) as i32, n / 100 % 100, n % 100)
            {
                return Some(DateValue::day(d));
            }
            continue;
        }
        if len != 4 || !plausible_year(value(run)?) {
            continue;
        }
        let y = value(run)? as i32;
        let Some(&m_run) = runs.get(k + 1).filter(|&&m| sep_between(run, m) && (1..=2).contains(&(m.1 - m.0))) else { continue };
        let m = value(m_run)?;
        if let Some(&d_run) = runs.get(k + 2).filter(|&&d| sep_between(m_run, d) && (1..=2).contains(&(d.1 - d.0)))
            && bytes[m_run.1] == bytes[run.1]
            && let Some(d) = NaiveDate::from_ymd_opt(y, m, value(d_run)?)
        {
            return Some(DateValue::day(d));
        }
        // Only a month: a folder of the path, `/2021/07/`.
        if bytes[run.1] == b'/'
            && bytes.get(m_run.1) == Some(&b'/')
            && m_run.1 - m_run.0 == 2
            && let Some(v) = DateValue::month(y, m)
        {
            return Some(v);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Articles are listed in the order of their paths, component by component, whatever
    /// the names around a folder's ("a-b.txt" and "a.b" sort before and after "a/").
    #[test]
    fn articles_are_listed_in_path_order() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["a/b.txt", "a-b.txt", "a.txt", "a/a.txt", "a.b/c.txt", "ab/c.txt", "b.txt", "a/z/y.txt", "a0.txt", "A.txt"] {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, "x").unwrap();
        }
        let (files, problems) = list_articles(dir.path()).unwrap();
        assert!(problems.is_empty());
        let mut sorted = files.clone();
        sorted.sort();
        assert_eq!(files, sorted);
        assert_eq!(files.len(), 10);
    }

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
        assert_eq!(unify_line_ends("\u{FEFF}a\r\r\nb\r"), "a\n\nb\n");
        assert_eq!(unify_line_ends("\r\n\n\r"), "\n\n\n");
        assert_eq!(unify_line_ends("plain"), "plain");
        let index = LineIndex::new("ab\ncd\n\nef");
        assert_eq!([index.line_of(0), index.line_of(3), index.line_of(6), index.line_of(7)], [1, 2, 3, 4]);
        assert_eq!(&"ab\ncd\n\nef"[index.line_range(2, "ab\ncd\n\nef")], "cd");
    }

    /// (name, `published` cell, expected value or the start of the refusal).
    const PUBLISHED_CELLS: &[(&str, &str, Result<&str, &str>)] = &[
        ("empty", "  ", Ok("")),
        ("iso day", "2021-07-25", Ok("2021-07-25")),
        ("month only", "2020-12", Ok("2020-12")),
        ("month one digit", "2022-8", Ok("2022-08")),
        ("year only", "2021", Ok("2021")),
        ("slashed year first", "2021/07/25", Ok("2021-07-25")),
        ("timestamp with zone", "2021-07-25T10:49:00+01:00", Ok("2021-07-25")),
        ("timestamp with space", "2021-11-24 17:33", Ok("2021-11-24")),
        ("day first, day above 12", "25/07/2021", Ok("2021-07-25")),
        ("day first, dotted", "25.07.2021", Ok("2021-07-25")),
        ("month first (US spreadsheet)", "7/25/2021", Ok("2021-07-25")),
        ("day and month equal", "07/07/2021", Ok("2021-07-07")),
        ("arabic-indic digits", "٢٠٢١-٠٧-٢٥", Ok("2021-07-25")),
        ("ambiguous day first", "05/07/2021", Err("ambiguous date")),
        ("impossible day", "2021-02-30", Err("bad date")),
        ("month 13", "2021-13", Err("bad date")),
        ("words", "yesterday", Err("bad date")),
        ("two-digit year", "25/07/21", Err("bad date")),
    ];

    #[test]
    fn published_cells() {
        for (name, cell, expected) in PUBLISHED_CELLS {
            let got = parse_published(cell).map(|v| v.map(|v| v.to_string()).unwrap_or_default());
            match (expected, &got) {
                (Ok(want), Ok(got)) => assert_eq!(got, want, "{name}: {cell:?}"),
                (Err(want), Err(got)) => assert!(got.starts_with(want), "{name}: {cell:?} refused with {got:?}"),
                _ => panic!("{name}: {cell:?} gave {got:?}, expected {expected:?}"),
            }
        }
        crate::test_support::assert_unique_names(PUBLISHED_CELLS.iter().map(|c| c.0));
    }

    /// (name, url, the date it carries).
    const URLS: &[(&str, &str, &str)] = &[
        ("year/month/day folders", "https://www.example.ma/2021/07/25/premier-vol/", "2021-07-25"),
        ("one-digit folders", "https://example.com/news/2021/7/5/story", "2021-07-05"),
        ("iso in the slug", "https://example.com/world/2021-07-25-first-flight", "2021-07-25"),
        ("eight digits", "https://example.com/article_20210725_1234.html", "2021-07-25"),
        ("month folder only", "https://example.com/2022/08/some-story", "2022-08"),
        ("article number is not a date", "https://al-ain.com/article/1608666479", ""),
        ("short number", "https://saharamedias.net/153625", ""),
        ("eight digits not a date", "https://example.com/p/20211399", ""),
        ("filing time as the story id", "https://www.example.com/post.php?story=20220314093012001", "2022-03-14"),
        ("filing minute as the id", "https://example.com/news/202107251030", "2021-07-25"),
        ("day then no clock time", "https://example.com/news/202107259930", ""),
        ("long serial from a year", "https://example.com/p/2021072599887766", ""),
        ("ten digits from a day", "https://example.com/p/2021072510", ""),
        ("year in the host", "https://site2021.com/story", ""),
        ("year alone in the path", "https://example.com/2021/story", ""),
        ("mixed separators", "https://example.com/2021/07-25/x", ""),
        ("empty", "", ""),
    ];

    #[test]
    fn dates_in_urls() {
        for (name, url, expected) in URLS {
            let got = url_date(url).map(|v| v.to_string()).unwrap_or_default();
            assert_eq!(got, *expected, "{name}: {url}");
        }
        crate::test_support::assert_unique_names(URLS.iter().map(|c| c.0));
    }

    fn parse(text: &str) -> Result<(Manifest, Vec<String>), String> {
        parse_manifest(Path::new("corpus/index.csv"), text)
            .map(|(m, problems)| (m, problems.iter().map(|p| p.to_string()).collect()))
            .map_err(|e| e.to_string())
    }

    #[test]
    fn manifest_rows_as_scrapers_write_them() {
        let (m, problems) = parse(
            "file,published,url,source\n\
             a.txt,2021-07-25,,x\n\
             b.txt,2020-12,,\n\
             c.txt,2021,,\n\
             d.txt,,https://example.com/2021/07/25/story,\n\
             e.txt,,,\n",
        )
        .unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        let published = |f: &str| m[f].published.map(|v| v.to_string()).unwrap_or_default();
        assert_eq!([published("a.txt"), published("b.txt"), published("c.txt"), published("d.txt")], ["2021-07-25", "2020-12", "2021", ""]);
        assert_eq!(m["d.txt"].url_date.map(|v| v.to_string()).as_deref(), Some("2021-07-25"));
        assert_eq!(m["e.txt"], ManifestEntry::default());
    }

    #[test]
    fn bad_manifest_rows_are_reported_and_skipped() {
        let (m, problems) = parse(
            "file,published,url\n\
             a.txt,2021-07-25\n\
             b.txt,25-07-21\n\
             ,2021-07-25\n\
             a.txt,2021-07-26\n\
             \n\
             c.txt,05/07/2021,https://example.com/2021/07/05/x\n\
             d.txt,2021-08\n",
        )
        .unwrap();
        assert_eq!(m.keys().map(String::as_str).collect::<Vec<_>>(), ["a.txt", "d.txt"]);
        assert_eq!(m["a.txt"].published.map(|v| v.to_string()).as_deref(), Some("2021-07-25"), "the first listing stays");
        let expected = [
            "corpus/index.csv:3: bad date",
            "corpus/index.csv:4: no file name",
            "corpus/index.csv:5: file \"a.txt\" already listed on line 2",
            "corpus/index.csv:7: ambiguous date",
        ];
        assert_eq!(problems.len(), expected.len(), "{problems:#?}");
        for (got, want) in problems.iter().zip(expected) {
            assert!(got.starts_with(want) && got.ends_with("row skipped"), "{got:?} should start with {want:?}");
        }
    }

    #[test]
    fn spreadsheet_separators() {
        for (name, text) in [
            ("semicolons", "file;published;url;source\r\na.txt;2020-12;;\r\nb.txt;25/07/2021;;\r\n"),
            ("tabs", "file\tpublished\turl\tsource\na.txt\t2020-12\t\t\nb.txt\t2021-07-25\t\t\n"),
            ("byte-order mark and capitals", "\u{FEFF}File,Published,URL\na.txt,2020-12,\nb.txt,2021-07-25,\n"),
            ("quoted header", "\"file\";\"published\"\n\"a.txt\";\"2020-12\"\nb.txt;2021-07-25\n"),
        ] {
            let (m, problems) = parse(&unify_line_ends(text)).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(problems.is_empty(), "{name}: {problems:?}");
            let got: Vec<String> = m.values().map(|e| e.published.unwrap().to_string()).collect();
            assert_eq!(got, ["2020-12", "2021-07-25"], "{name}");
        }
        let refused = parse("file|published|url\na.txt|2020-12|\n").unwrap_err();
        assert!(refused.starts_with("corpus/index.csv:1: ") && refused.contains("'|'"), "{refused}");
        let no_file = parse("name,published\na.txt,2020-12\n").unwrap_err();
        assert!(no_file.contains("no `file` column"), "{no_file}");
    }

    #[test]
    fn manifest_in_utf16_from_a_spreadsheet() {
        let dir = tempfile::tempdir().unwrap();
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend("file\tpublished\r\na.txt\t2022-08\r\n".encode_utf16().flat_map(|u| u.to_le_bytes()));
        std::fs::write(dir.path().join("index.csv"), bytes).unwrap();
        let (m, problems) = read_manifest(dir.path()).unwrap();
        assert!(problems.is_empty());
        assert_eq!(m["a.txt"].published.map(|v| v.to_string()).as_deref(), Some("2022-08"));
    }
}
