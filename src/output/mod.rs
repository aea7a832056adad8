//! Writing outputs safely: atomic files, spreadsheet-safe cells, UTF-8 with a BOM for Excel.
//!
//! Every file tarikh writes goes through [`write_output_with`]: the bytes are written (streamed,
//! for the large ones) to a temporary file in the target folder, which is renamed over the
//! target once complete, so an interrupted or failed run leaves the previous file intact. `-`
//! writes to standard output. A new file gets the mode `File::create` gives (0666 less the
//! umask); a replaced file keeps its mode and, where the process may, its group (issue 18):
//! [`crate::files::replace_file`] does both, for the cache's files too.
//!
//! Besides CSV, the timeline can be written as JSON ([`json`]), as a Knight Lab TimelineJS
//! spreadsheet ([`timelinejs`]), as an Excel workbook ([`xlsx`]) and as one self-contained HTML
//! page ([`html`]): pure functions from rows (and events, for their mentions) to bytes.

pub mod html;
pub mod json;
pub mod timelinejs;
pub mod xlsx;

use std::borrow::Cow;
use std::io::Write;
use std::path::Path;

use anyhow::Context;

/// How CSV output is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvStyle {
    /// Start with a UTF-8 byte-order mark, so Excel opens Arabic text correctly.
    pub bom: bool,
    /// Leave cells as they are, without the spreadsheet formula guard.
    pub raw: bool,
}

impl Default for CsvStyle {
    fn default() -> Self {
        CsvStyle { bom: true, raw: false }
    }
}

/// A cell of free text made safe for spreadsheets: a value that a spreadsheet would read as a
/// formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading `'`, as OWASP
/// recommends against CSV injection.
pub fn safe_cell(value: &str, style: CsvStyle) -> Cow<'_, str> {
    if !style.raw && value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{value}"))
    } else {
        Cow::Borrowed(value)
    }
}

/// CSV bytes from a header and rows; every cell passes through [`safe_cell`].
pub fn csv_bytes<R, C>(header: &[&str], rows: R, style: CsvStyle) -> anyhow::Result<Vec<u8>>
where
    R: IntoIterator<Item = Vec<C>>,
    C: AsRef<str>,
{
    let mut out = Vec::new();
    write_csv(&mut out, header, rows, style)?;
    Ok(out)
}

/// Write CSV from a header and rows to `out`, as [`csv_bytes`] builds it.
///
/// The bytes are those of the `csv` crate's writer with CRLF line ends (the tests compare
/// them): a cell holding a comma, a quote or a line break is quoted (its quotes doubled), a
/// record of no bytes is written `""`, and a row with another number of cells than the
/// header is an error. Each record is put together in one buffer and written at once: the
/// crate's writer went through its state machine byte by byte, and a timeline's evidence
/// cells are most of its bytes (a warm cached run spent a seventh of its instructions there).
pub fn write_csv<R, C>(out: &mut dyn Write, header: &[&str], rows: R, style: CsvStyle) -> anyhow::Result<()>
where
    R: IntoIterator<Item = Vec<C>>,
    C: AsRef<str>,
{
    if style.bom {
        out.write_all(b"\xEF\xBB\xBF")?;
    }
    let mut record = Vec::with_capacity(1 << 12);
    put_record(&mut record, header.iter());
    out.write_all(&record)?;
    for (at, row) in rows.into_iter().enumerate() {
        if row.len() != header.len() {
            // (As the crate's writer says it; the header is the first record.)
            anyhow::bail!("CSV error: record {}: found record with {} fields, but the previous record has {} fields", at + 1, row.len(), header.len());
        }
        record.clear();
        put_record(&mut record, row.iter().map(|cell| safe_cell(cell.as_ref(), style)));
        out.write_all(&record)?;
    }
    out.flush()?;
    Ok(())
}

/// One CSV record of `cells` and its CRLF at the end of `record` (see [`write_csv`]).
fn put_record(record: &mut Vec<u8>, cells: impl Iterator<Item = impl AsRef<str>>) {
    let start = record.len();
    for (k, cell) in cells.enumerate() {
        let cell = cell.as_ref().as_bytes();
        if k > 0 {
            record.push(b',');
        }
        if cell.iter().any(|&b| matches!(b, b',' | b'"' | b'\r' | b'\n')) {
            record.push(b'"');
            for part in cell.split_inclusive(|&b| b == b'"') {
                record.extend_from_slice(part);
                if part.last() == Some(&b'"') {
                    record.push(b'"');
                }
            }
            record.push(b'"');
        } else {
            record.extend_from_slice(cell);
        }
    }
    if record.len() == start {
        // A record of no bytes (one empty cell) would be an empty line, which readers skip.
        record.extend_from_slice(b"\"\"");
    }
    record.extend_from_slice(b"\r\n");
}

/// Write `bytes` to `path` atomically (temporary file in the same folder, then rename), or to
/// standard output when `path` is `-`. Parent folders are created.
pub fn write_output(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    write_output_with(path, |w| Ok(w.write_all(bytes)?))
}

/// Write to `path` what `fill` writes, atomically as [`write_output`] does, without holding
/// the whole output in memory.
pub fn write_output_with(path: &Path, fill: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>) -> anyhow::Result<()> {
    if path.as_os_str() == "-" {
        let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
        fill(&mut stdout)?;
        stdout.flush()?;
        return Ok(());
    }
    if let Some(dir) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create folder {}", dir.display()))?;
    }
    crate::files::replace_file(path, crate::files::Flush::ToDisk, |w| fill(w)).with_context(|| format!("cannot write {}", path.display()))
}

/// English month names, for dates written in words.
pub const MONTHS: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// A date in English words at its grain: "24 November 2021", "July 2021", "2021", "week of
/// 12 July 2021"; a range reads "24 November 2021 – 26 November 2021".
pub fn date_in_words(d: &crate::dates::DateValue) -> String {
    use chrono::Datelike;
    use crate::dates::Grain;
    let one = |day: chrono::NaiveDate| {
        let month = MONTHS[day.month0() as usize];
        match d.grain {
            Grain::Day => format!("{} {month} {}", day.day(), day.year()),
            Grain::Week => format!("week of {} {month} {}", day.day(), day.year()),
            Grain::Month => format!("{month} {}", day.year()),
            Grain::Year => day.year().to_string(),
        }
    };
    match d.end {
        Some(end) => format!("{} – {}", one(d.start), one(end)),
        None => one(d.start),
    }
}

/// Text made safe for HTML, in element content and in quoted attribute values alike. Article
/// text is hostile input: nothing from it reaches a page unescaped.
pub fn escape_html(text: &str) -> Cow<'_, str> {
    if !text.contains(['&', '<', '>', '"', '\'']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The parts of a row's evidence, `file:line: sentence`: the citation (when there is one) and
/// the sentence as written.
pub fn split_evidence(evidence: &str) -> (Option<&str>, &str) {
    if let Some(i) = evidence.find(": ") {
        let cite = &evidence[..i];
        if cite.rsplit_once(':').is_some_and(|(file, line)| !file.is_empty() && !line.is_empty() && line.bytes().all(|b| b.is_ascii_digit())) {
            return (Some(cite), &evidence[i + 2..]);
        }
    }
    (None, evidence)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_words() {
        use crate::dates::DateValue;
        for (value, words) in [
            ("2021-11-24", "24 November 2021"),
            ("2021-07", "July 2021"),
            ("2020", "2020"),
            ("2021-11-24/2021-11-26", "24 November 2021 – 26 November 2021"),
        ] {
            assert_eq!(date_in_words(&DateValue::parse(value).unwrap()), words, "{value}");
        }
    }

    #[test]
    fn html_is_escaped() {
        assert_eq!(escape_html("<script>alert('x')</script> & \"q\""), "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
        assert!(matches!(escape_html("وقع غانتس"), Cow::Borrowed(_)));
    }

    #[test]
    fn evidence_splits_into_citation_and_sentence() {
        assert_eq!(split_evidence("002_a.txt:7: وقع: الاتفاق"), (Some("002_a.txt:7"), "وقع: الاتفاق"));
        assert_eq!(split_evidence("وقع: الاتفاق"), (None, "وقع: الاتفاق"));
        assert_eq!(split_evidence(""), (None, ""));
    }

    #[test]
    fn formula_cells_are_neutralised() {
        let style = CsvStyle::default();
        for (value, expected) in [
            ("- الصحراء الغربية -", "'- الصحراء الغربية -"),
            ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
            ("+972", "'+972"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("غانتس", "غانتس"),
            ("2021-11-24", "2021-11-24"),
        ] {
            assert_eq!(safe_cell(value, style), expected);
        }
        assert_eq!(safe_cell("=1", CsvStyle { bom: true, raw: true }), "=1");
    }

    /// The records are the `csv` crate writer's bytes (CRLF line ends), whatever the cells
    /// hold: commas, quotes, line breaks, a lone empty cell, empty cells beside others.
    #[test]
    fn csv_records_are_the_csv_crates() {
        let rows: Vec<Vec<&str>> = vec![
            vec!["plain", "وقع غانتس، الاتفاقية"],
            vec!["a,b", "he said \"yes\""],
            vec!["two\nlines", "cr\ronly"],
            vec!["", ""],
            vec!["\"", "\"\"x\"\""],
            vec!["'=guarded", "ends with a quote\""],
        ];
        let style = CsvStyle { bom: false, raw: true };
        let mut expected = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
        expected.write_record(["x", "y"]).unwrap();
        rows.iter().for_each(|r| expected.write_record(r).unwrap());
        assert_eq!(String::from_utf8(csv_bytes(&["x", "y"], rows.clone(), style).unwrap()).unwrap(), String::from_utf8(expected.into_inner().unwrap()).unwrap());
        for record in [vec![""], vec![]] {
            let mut expected = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
            expected.write_record(&record).unwrap();
            expected.write_record(&record).unwrap();
            assert_eq!(csv_bytes(&record, vec![record.clone()], style).unwrap(), expected.into_inner().unwrap(), "{record:?}");
        }
        assert!(csv_bytes(&["x", "y"], vec![vec!["only one"]], style).is_err(), "a row of another length");
    }

    #[test]
    fn csv_starts_with_bom_unless_asked() {
        let rows = vec![vec!["a,b", "=1"]];
        let with = csv_bytes(&["x", "y"], rows.clone(), CsvStyle::default()).unwrap();
        assert_eq!(with, "\u{FEFF}x,y\r\n\"a,b\",'=1\r\n".as_bytes());
        let without = csv_bytes(&["x", "y"], rows, CsvStyle { bom: false, raw: true }).unwrap();
        assert_eq!(without, b"x,y\r\n\"a,b\",=1\r\n");
    }

    #[test]
    fn atomic_write_replaces_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/out.csv");
        write_output(&path, b"one").unwrap();
        write_output(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(path.parent().unwrap()).unwrap().count(), 1);
    }
}
