//! Problems found in a scenario, each with its file, line, column and a suggestion,
//! rendered for people with `codespan-reporting`.

use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label, Severity as CsSeverity};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, termcolor::NoColor};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub path: String,
    /// 1-based line and column; 0 when the problem has no place in a file.
    pub line: usize,
    pub col: usize,
    /// Byte range of the offending text in the file.
    pub span: std::ops::Range<usize>,
    pub message: String,
    pub suggestion: Option<String>,
}

impl Diagnostic {
    /// The one-line form: `path:line:col: error: message`.
    pub fn headline(&self) -> String {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut s = format!("{}:{}:{}: {sev}: {}", self.path, self.line, self.col, self.message);
        if let Some(h) = &self.suggestion {
            s.push_str("; ");
            s.push_str(h);
        }
        s
    }
}

/// A source file kept for locating and showing problems.
#[derive(Clone, Debug)]
pub struct Source {
    pub path: String,
    pub text: String,
}

impl Source {
    /// Byte offset of a 1-based line and column.
    pub fn offset(&self, line: usize, col: usize) -> usize {
        let mut offset = 0;
        for (i, l) in self.text.split_inclusive('\n').enumerate() {
            if i + 1 == line {
                let in_line: usize = l.chars().take(col.saturating_sub(1)).map(char::len_utf8).sum();
                return (offset + in_line).min(self.text.len());
            }
            offset += l.len();
        }
        self.text.len()
    }

    /// 1-based line and column of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (line, before[line_start..].chars().count() + 1)
    }
}

/// Lines longer than this are excerpted rather than printed whole.
const LONG_LINE: usize = 400;

/// Renders diagnostics with the offending text underlined.
pub fn render(diagnostics: &[Diagnostic], sources: &[Source]) -> String {
    let mut files = SimpleFiles::new();
    let ids: Vec<usize> = sources.iter().map(|s| files.add(s.path.clone(), s.text.clone())).collect();
    let mut buffer = NoColor::new(Vec::<u8>::new());
    let config = term::Config::default();
    for d in diagnostics {
        buffer_line(&mut buffer, &d.headline());
        let Some(pos) = sources.iter().position(|s| s.path == d.path) else { continue };
        if d.line == 0 {
            continue;
        }
        // A very long line is shown as a short excerpt around the mistake, not whole.
        let line_text = sources[pos].text.lines().nth(d.line - 1).unwrap_or_default();
        if line_text.len() > LONG_LINE {
            let chars: Vec<char> = line_text.chars().collect();
            let from = d.col.saturating_sub(40);
            let excerpt: String = chars.iter().skip(from).take(80).collect();
            buffer_line(&mut buffer, &format!("  {} | …{excerpt}…", d.line));
            continue;
        }
        let cs = match d.severity {
            Severity::Error => CsDiagnostic::new(CsSeverity::Error),
            Severity::Warning => CsDiagnostic::new(CsSeverity::Warning),
        }
        .with_message(&d.message)
        .with_labels(vec![Label::primary(ids[pos], d.span.clone()).with_message("here")])
        .with_notes(d.suggestion.iter().map(|s| format!("help: {s}")).collect());
        let _ = term::emit(&mut buffer, &config, &files, &cs);
    }
    String::from_utf8_lossy(&buffer.into_inner()).into_owned()
}

fn buffer_line(buffer: &mut NoColor<Vec<u8>>, line: &str) {
    use std::io::Write;
    let _ = writeln!(buffer, "{line}");
}

/// "did you mean `xiongzhou`?" when a known name is close to the unknown one.
pub fn did_you_mean<'a>(unknown: &str, known: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let lower = unknown.to_lowercase();
    let mut best: Option<(f64, &str)> = None;
    for k in known {
        let score = strsim::jaro_winkler(&lower, &k.to_lowercase());
        if score > 0.8 && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, k));
        }
    }
    best.map(|(_, k)| format!("did you mean `{k}`?"))
}
