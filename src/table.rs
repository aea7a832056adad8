//! The CSV reader every gazetteer, lexicon and rule file goes through: rows by column name with
//! their file and line, so that every stage reports a bad row as `file:line: reason`.
//!
//! It sits below every stage: a stage parses its own data file with [`read_rows`], and
//! [`crate::data::Lexicons`] gathers the parsed lexicons above them all.

use std::collections::HashMap;
use std::path::Path;
use std::rc::Rc;

/// One data row: its fields by column name, and where it came from.
#[derive(Debug, Clone)]
pub struct Row {
    source: Rc<str>,
    /// 1-based line of the row in its file.
    pub line: usize,
    columns: Rc<HashMap<String, usize>>,
    fields: Vec<String>,
}

impl Row {
    /// The trimmed value of column `name` (empty when the column is absent or empty).
    pub fn get(&self, name: &str) -> &str {
        self.columns.get(name).and_then(|&i| self.fields.get(i)).map_or("", |s| s.trim())
    }

    /// An error message for this row: `file:line: reason`.
    pub fn error(&self, reason: impl std::fmt::Display) -> String {
        format!("{}:{}: {}", self.source, self.line, reason)
    }

    /// The `|`-separated values of column `name`, trimmed, empty ones dropped.
    pub fn list(&self, name: &str) -> Vec<&str> {
        self.get(name).split('|').map(str::trim).filter(|s| !s.is_empty()).collect()
    }
}

/// Read a CSV data file. The header must hold every `required` column; a byte-order mark, CRLF
/// line ends and `#` comment lines are accepted; blank rows are skipped.
pub fn read_rows(text: &str, source: &str, required: &[&str]) -> Result<Vec<Row>, String> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new().comment(Some(b'#')).flexible(true).from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| format!("{source}:1: {e}"))?.clone();
    let columns: HashMap<String, usize> =
        headers.iter().enumerate().map(|(i, h)| (h.trim().to_lowercase(), i)).collect();
    for name in required {
        if !columns.contains_key(*name) {
            return Err(format!("{source}:1: missing column `{name}` (header: {})", headers.iter().collect::<Vec<_>>().join(",")));
        }
    }
    let source: Rc<str> = source.into();
    let columns = Rc::new(columns);
    let mut rows = Vec::new();
    // Records come in file order: lines are counted on from the last record's, not from the
    // top of the file for each (a gazetteer of thousands of rows was read in quadratic time).
    let mut counted = LineCount::default();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| line_at(text, p.byte() as usize));
            format!("{source}:{line}: {e}")
        })?;
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let line = record.position().map_or(0, |p| counted.line_at(text, p.byte() as usize));
        if record.len() > headers.len() {
            return Err(format!("{source}:{line}: {} fields, but the header has {}", record.len(), headers.len()));
        }
        rows.push(Row { source: source.clone(), line, columns: columns.clone(), fields: record.iter().map(String::from).collect() });
    }
    Ok(rows)
}

/// The 1-based line of the record the csv reader reports at byte `offset`. The reader's
/// position is the end of the previous record, so blank and `#` comment lines are skipped
/// first (its own line count leaves them out).
pub fn line_at(text: &str, offset: usize) -> usize {
    LineCount::default().line_at(text, offset)
}

/// [`line_at`] for offsets met in order: the newlines before the last offset asked are
/// counted once.
#[derive(Default)]
struct LineCount {
    /// Bytes whose newlines are counted, and how many.
    upto: usize,
    newlines: usize,
}

impl LineCount {
    fn line_at(&mut self, text: &str, offset: usize) -> usize {
        let i = record_start(text, offset);
        if i < self.upto {
            *self = LineCount::default();
        }
        self.newlines += text.as_bytes()[self.upto..i].iter().filter(|&&b| b == b'\n').count();
        self.upto = i;
        1 + self.newlines
    }
}

/// The first byte of the record the csv reader reports at `offset` (see [`line_at`]).
fn record_start(text: &str, offset: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = offset.min(bytes.len());
    loop {
        while i < bytes.len() && matches!(bytes[i], b'\r' | b'\n') {
            i += 1;
        }
        if i < bytes.len() && bytes[i] == b'#' {
            while i < bytes.len() && bytes[i] != b'\n' {
                i += 1;
            }
        } else {
            break;
        }
    }
    i
}

/// Read a data file from `dir` when given, else the built-in copy.
pub fn load_text(dir: Option<&Path>, file: &str, builtin: &'static str) -> Result<(String, String), String> {
    match dir {
        Some(dir) => {
            let path = dir.join(file);
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            Ok((text, path.display().to_string()))
        }
        None => Ok((builtin.to_string(), format!("lexicons/{file}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_report_file_and_line() {
        let rows = read_rows("\u{FEFF}id,name\r\n# a comment\r\na,Alpha\r\n\r\nb, Beta \r\n", "t.csv", &["id"]).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[1].get("name"), rows[1].line), ("Beta", 5));
        assert_eq!(rows[1].error("bad"), "t.csv:5: bad");
        assert_eq!(read_rows("id\n", "t.csv", &["name"]).unwrap_err(), "t.csv:1: missing column `name` (header: id)");
    }

    /// Lines counted on from row to row are the rows' lines in the file, through comments,
    /// blank lines and quoted fields that run over two lines.
    #[test]
    fn every_row_knows_its_line() {
        let mut text = String::from("id,name\n");
        for k in 0..40 {
            match k % 3 {
                0 => text.push_str("# a comment\n"),
                1 => text.push_str("\r\n\n"),
                _ => {}
            }
            text.push_str(&if k % 5 == 0 { format!("r{k},\"two\nlines\"\n") } else { format!("r{k},one\n") });
        }
        let rows = read_rows(&text, "t.csv", &["id"]).unwrap();
        assert_eq!(rows.len(), 40);
        for row in &rows {
            let at = text.find(&format!("\n{},", row.get("id"))).unwrap() + 1;
            assert_eq!(row.line, 1 + text[..at].matches('\n').count(), "{}", row.get("id"));
            assert_eq!(row.line, line_at(&text, at), "{}", row.get("id"));
        }
    }
}
