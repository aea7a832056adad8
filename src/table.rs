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
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| line_at(text, p.byte() as usize));
            format!("{source}:{line}: {e}")
        })?;
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let line = record.position().map_or(0, |p| line_at(text, p.byte() as usize));
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
    1 + bytes[..i].iter().filter(|&&b| b == b'\n').count()
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
}
