//! Reading scenario files from disk or memory: size and depth limits, RON syntax errors
//! with their place, `includes` and `extends`, then the checking pass.

use super::Scenario;
use super::compile::Compiler;
use super::diagnostic::{Diagnostic, Severity, Source, did_you_mean};
use super::raw::{FORMAT_VERSION, RawScenario};
use super::spans::Origins;
use std::path::{Path, PathBuf};

/// No scenario file may be larger than this; a bigger one is refused unread.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;
/// Nesting deeper than this in RON is refused (conditions inside conditions...).
pub const MAX_NESTING: usize = 64;
/// How many files `includes` and `extends` may pull in, all told.
pub const MAX_FILES: usize = 32;

/// The outcome of loading: the scenario if it has no errors, and every problem found.
#[derive(Debug)]
pub struct Loaded {
    pub scenario: Option<Scenario>,
    pub diagnostics: Vec<Diagnostic>,
    pub sources: Vec<Source>,
}

impl Loaded {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == Severity::Error).count()
    }
}

/// Loads and checks a scenario file with everything it includes or extends.
pub fn load_scenario(path: &Path) -> Loaded {
    let mut sources = Vec::new();
    let mut diagnostics = Vec::new();
    let raw = read_tree(path, &mut sources, &mut diagnostics, 0, None);
    finish(raw, sources, diagnostics)
}

/// Loads a scenario file with everything it includes, changes its data with `edit`, then
/// checks it: how tests set up a situation (an army elsewhere, a wearier court) through
/// scenario data rather than by writing into a game.
pub fn load_edited(path: &Path, edit: impl FnOnce(&mut RawScenario)) -> Loaded {
    let mut sources = Vec::new();
    let mut diagnostics = Vec::new();
    let mut raw = read_tree(path, &mut sources, &mut diagnostics, 0, None);
    if let Some((raw, origins)) = &mut raw {
        edit(raw);
        // An entry added or taken away moves the others: such a list is found by its text.
        origins.keep_matching(raw);
    }
    finish(raw, sources, diagnostics)
}

/// Loads and checks a scenario held in memory (tests, the fuzz test, the editor overlay).
pub fn load_str(label: &str, text: &str) -> Loaded {
    let mut sources = Vec::new();
    let mut diagnostics = Vec::new();
    let raw = parse(label, text.to_string(), &mut sources, &mut diagnostics);
    if let (Some(raw), Some(src)) = (&raw, sources.last())
        && raw.format != FORMAT_VERSION
    {
        diagnostics.push(format_diagnostic(src, raw.format));
    }
    let raw = raw.map(|raw| {
        let origins = Origins::of_file(&raw, sources.len() - 1);
        (raw, origins)
    });
    finish(raw, sources, diagnostics)
}

fn finish(raw: Option<(RawScenario, Origins)>, sources: Vec<Source>, mut diagnostics: Vec<Diagnostic>) -> Loaded {
    let Some((raw, origins)) = raw else {
        return Loaded { scenario: None, diagnostics, sources };
    };
    let (mut scenario, mut more) = Compiler::new(&sources).with_origins(origins).compile(&raw);
    if let Some(s) = &mut scenario {
        s.digest = sources.iter().fold(0xcbf2_9ce4_8422_2325, |h, src| crate::rules::save::fnv(src.text.as_bytes(), h));
    }
    diagnostics.append(&mut more);
    let scenario = if diagnostics.iter().any(|d| d.severity == Severity::Error) { None } else { scenario };
    Loaded { scenario, diagnostics, sources }
}

fn file_error(path: &str, message: String) -> Diagnostic {
    Diagnostic {
        severity: Severity::Error,
        path: path.to_string(),
        line: 0,
        col: 0,
        span: 0..0,
        message,
        suggestion: None,
    }
}

/// Whether `inc`, named in `includes` by a file in `dir`, stays inside `root`: a part file
/// lives in its scenario's folder or below it, never elsewhere on the machine. A path that
/// cannot be resolved is let through only if it goes nowhere but down, to be reported as
/// missing when it is opened.
fn include_leaves(root: &Path, dir: &Path, inc: &str) -> bool {
    let p = Path::new(inc);
    if p.has_root() || p.is_absolute() {
        return true;
    }
    match std::fs::canonicalize(dir.join(p)) {
        Ok(full) => !full.starts_with(root),
        Err(_) => p.components().any(|c| !matches!(c, std::path::Component::Normal(_) | std::path::Component::CurDir)),
    }
}

/// Whether `base`, named by `extends`, is a `.ron` file once every link is followed: a link
/// named `x.ron` that leads to another kind of file is no scenario.
fn extends_a_scenario(dir: &Path, base: &str) -> bool {
    let named = Path::new(base).extension().is_some_and(|e| e == "ron");
    let target = std::fs::canonicalize(dir.join(base)).map(|t| t.extension().is_some_and(|e| e == "ron"));
    // A missing file is reported as missing when it is opened.
    named && target.unwrap_or(true)
}

/// Reads `path` with everything it includes or extends, and where each list entry of the
/// merged scenario was written. `root` is the folder the includes must stay within: the
/// folder of the scenario (or of the base a mod extends) that began the tree.
fn read_tree(
    path: &Path,
    sources: &mut Vec<Source>,
    diags: &mut Vec<Diagnostic>,
    depth: usize,
    root: Option<&Path>,
) -> Option<(RawScenario, Origins)> {
    let label = path.display().to_string();
    if depth > 4 || sources.len() >= MAX_FILES {
        diags.push(file_error(&label, "too many nested `includes` or `extends` (is there a loop?)".into()));
        return None;
    }
    let text = match read_limited(path) {
        Ok(t) => t,
        Err(e) => {
            diags.push(file_error(&label, e));
            return None;
        }
    };
    let mut raw = parse(&label, text, sources, diags)?;
    let mut origins = Origins::of_file(&raw, sources.len() - 1);
    if raw.format != FORMAT_VERSION {
        // Every file, included or extended, must be of the format this build reads.
        if let Some(src) = sources.last() {
            diags.push(format_diagnostic(src, raw.format));
        }
    }
    let dir = path.parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."));
    // The folder a tree's includes stay within begins at its first file's folder.
    let own_root = match root {
        Some(r) => r.to_path_buf(),
        None => std::fs::canonicalize(if dir.as_os_str().is_empty() { Path::new(".") } else { &dir })
            .unwrap_or_else(|_| dir.clone()),
    };
    let (mut merged, origins) = match raw.extends.take() {
        Some(base) => {
            let mine = sources.len() - 1;
            if !extends_a_scenario(&dir, &base) {
                diags.push(file_error(
                    &label,
                    format!("`extends: {base:?}` does not name a scenario file; a mod extends a `.ron` scenario, such as \"../../chanyuan_1004.ron\""),
                ));
                return None;
            }
            // A mod builds on a scenario outside its own folder: the base begins a tree of its own.
            let (mut base_raw, mut base_origins) = read_tree(&dir.join(&base), sources, diags, depth + 1, None)?;
            // The base's files come first, as its lists do in the merged scenario, so a
            // duplicate id is shown in the mod that repeats it.
            let own = sources.remove(mine);
            sources.push(own);
            let last = (sources.len() - 1) as u32;
            let moved = |f: u32| match f {
                f if f == mine as u32 => last,
                f if f > mine as u32 => f - 1,
                f => f,
            };
            base_origins.renumber(moved);
            origins.renumber(moved);
            // The mod names itself; its lists are added to the base's.
            base_raw.id = std::mem::take(&mut raw.id);
            base_raw.title = std::mem::take(&mut raw.title);
            if !raw.summary.is_empty() {
                base_raw.summary = std::mem::take(&mut raw.summary);
            }
            base_raw.format = raw.format;
            // A mod says which languages its own texts are in; the base's are its own affair.
            base_raw.languages = std::mem::take(&mut raw.languages);
            // What a mod sets itself replaces the base's: its rules, calendar, history's courts.
            if raw.rules.is_some() {
                base_raw.rules = raw.rules.take();
            }
            if raw.calendar.is_some() {
                base_raw.calendar = raw.calendar.take();
            }
            if raw.history_between.is_some() {
                base_raw.history_between = raw.history_between.take();
            }
            merge(&mut base_raw, std::mem::take(&mut raw));
            // The same for where each part was written: the mod's own fields replace the base's.
            let mut fields =
                vec!["id", "title", "format", "calendar", "rules", "history_between", "summary", "languages"];
            fields.retain(|f| origins.has_field(f));
            for f in fields {
                base_origins.set_field(f, last as usize);
            }
            base_origins.main = last;
            base_origins.append(origins);
            (base_raw, base_origins)
        }
        None => (raw, origins),
    };
    let mut origins = origins;
    // Every include is read, so each broken one is reported, not only the first.
    let mut all_read = true;
    for inc in std::mem::take(&mut merged.includes) {
        if include_leaves(&own_root, &dir, &inc) {
            diags.push(file_error(
                &label,
                format!(
                    "`includes` names {inc:?}, outside the scenario's folder {}; a part file lives in that folder or below it",
                    own_root.display()
                ),
            ));
            all_read = false;
            continue;
        }
        match read_tree(&dir.join(&inc), sources, diags, depth + 1, Some(&own_root)) {
            Some((part, part_origins)) => {
                merge(&mut merged, part);
                origins.append(part_origins);
            }
            None => all_read = false,
        }
    }
    all_read.then_some((merged, origins))
}

/// Adds every list of `part` to `into`; the calendar is taken if `into` has none.
pub fn merge(into: &mut RawScenario, part: RawScenario) {
    if into.calendar.is_none() {
        into.calendar = part.calendar;
    }
    if into.rules.is_none() {
        into.rules = part.rules;
    }
    if into.history_between.is_none() {
        into.history_between = part.history_between;
    }
    if into.languages.is_empty() {
        into.languages = part.languages;
    }
    into.includes.extend(part.includes);
    into.courts.extend(part.courts);
    into.peace.extend(part.peace);
    into.treaties.extend(part.treaties);
    into.places.extend(part.places);
    into.routes.extend(part.routes);
    into.rivers.extend(part.rivers);
    into.geography.extend(part.geography);
    into.regions.extend(part.regions);
    into.characters.extend(part.characters);
    into.armies.extend(part.armies);
    into.placed.extend(part.placed);
    into.policies.extend(part.policies);
    into.clauses.extend(part.clauses);
    into.events.extend(part.events);
    into.memorials.extend(part.memorials);
    into.objectives.extend(part.objectives);
    into.history.extend(part.history);
    into.treaty.extend(part.treaty);
    into.encyclopedia.extend(part.encyclopedia);
}

/// Reads a file, refusing one over [`MAX_FILE_BYTES`] without reading it all.
pub fn read_limited(path: &Path) -> Result<String, String> {
    use std::io::Read;
    // Only a regular file: a FIFO or a device would block the game or never end. The file is
    // looked at before it is opened, and opened without waiting for a writer, then checked again.
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot open: {e}"))?;
    if !meta.is_file() {
        return Err("not a regular file (a folder, a pipe or a device); name a scenario file".into());
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // O_NONBLOCK: opening a FIFO swapped in after the look does not wait for a writer.
        options.custom_flags(0o4000);
    }
    let file = options.open(path).map_err(|e| format!("cannot open: {e}"))?;
    if !file.metadata().is_ok_and(|m| m.is_file()) {
        return Err("not a regular file (a folder, a pipe or a device); name a scenario file".into());
    }
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(|e| format!("cannot read: {e}"))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(format!("the file is over {} MiB; scenario files must be smaller", MAX_FILE_BYTES / (1024 * 1024)));
    }
    let text = String::from_utf8(bytes)
        .map_err(|e| format!("the file is not UTF-8 text (byte {})", e.utf8_error().valid_up_to()))?;
    // A byte-order mark, as some editors write, is no part of the text.
    Ok(text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text))
}

/// RON options shared by every file the game reads.
pub fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_recursion_limit(MAX_NESTING)
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// The format number alone, read before the whole file so an old or new file gets a clear answer.
#[derive(serde::Deserialize)]
struct FormatOnly {
    format: Option<u32>,
}

fn parse(label: &str, text: String, sources: &mut Vec<Source>, diags: &mut Vec<Diagnostic>) -> Option<RawScenario> {
    // A format-1 file is read as its format-2 rewrite, the same text `chanyuan migrate` writes.
    let text = super::migrate::migrate(&text);
    if !begins_like_ron(&text) {
        // Whatever file this is, its contents are not shown: a path may name anything on the machine.
        diags.push(file_error(
            label,
            "this is not a scenario file: a scenario is written in RON and begins with `(` (after any comments)".into(),
        ));
        sources.push(Source { path: label.to_string(), text: String::new() });
        return None;
    }
    let source = Source { path: label.to_string(), text };
    let result = ron_options().from_str::<RawScenario>(&source.text);
    let out = match result {
        Ok(raw) => Some(raw),
        Err(e) => {
            if let Ok(FormatOnly { format: Some(v) }) = ron_options().from_str::<FormatOnly>(&source.text)
                && v != FORMAT_VERSION
            {
                diags.push(format_diagnostic(&source, v));
                sources.push(source);
                return None;
            }
            diags.push(syntax_diagnostic(&source, &e));
            None
        }
    };
    sources.push(source);
    out
}

/// Whether a text begins as a file of this game does (a scenario, a save, a campaign: each a
/// RON structure), after comments and `#![enable(..)]` lines: `(`, or a structure's name and
/// its `(`. Anything else is not a file of this game, and is never quoted in a message.
pub fn begins_like_ron(text: &str) -> bool {
    let mut rest = text.trim_start_matches('\u{feff}').trim_start();
    loop {
        if let Some(r) = rest.strip_prefix("//") {
            rest = r.split_once('\n').map_or("", |(_, after)| after).trim_start();
        } else if rest.starts_with("/*") {
            rest = after_block_comment(rest).trim_start();
        } else if let Some(r) = rest.strip_prefix("#![") {
            rest = r.split_once(']').map_or("", |(_, after)| after).trim_start();
        } else {
            break;
        }
    }
    let rest = rest.strip_prefix("r#").unwrap_or(rest);
    let name_end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(rest.len());
    rest[name_end..].trim_start().starts_with('(')
}

/// The text after a block comment at its start; RON's block comments nest.
fn after_block_comment(text: &str) -> &str {
    let mut depth = 0;
    let mut i = 0;
    let bytes = text.as_bytes();
    while i < bytes.len() {
        if bytes[i..].starts_with(b"/*") {
            depth += 1;
            i += 2;
        } else if bytes[i..].starts_with(b"*/") {
            depth -= 1;
            i += 2;
            if depth == 0 {
                return &text[i..];
            }
        } else {
            i += 1;
        }
    }
    ""
}

/// A file of a format this build does not read, pointing at its `format` field.
fn format_diagnostic(source: &Source, version: u32) -> Diagnostic {
    // The field, not a mention of the word in a comment above it.
    let comments = super::migrate::comment_mask(&source.text);
    let at = source
        .text
        .match_indices("format")
        .map(|(at, _)| at)
        .find(|at| !comments[*at] && source.text[at + 6..].trim_start().starts_with(':'))
        .unwrap_or(0);
    let (line, col) = source.line_col(at);
    Diagnostic {
        severity: Severity::Error,
        path: source.path.clone(),
        line,
        col,
        span: at..(at + 6).min(source.text.len()),
        message: if version > FORMAT_VERSION {
            format!("scenario format {version} was written for a newer version of the game")
        } else {
            format!("scenario format {version} is not read by this build")
        },
        suggestion: Some(if version > FORMAT_VERSION {
            format!("this build reads formats 1 and {FORMAT_VERSION}; update the game")
        } else {
            format!("this build reads formats 1 and {FORMAT_VERSION}; update the file")
        }),
    }
}

/// A RON error as a located diagnostic, with a suggestion where one can be made.
pub fn syntax_diagnostic(source: &Source, e: &ron::error::SpannedError) -> Diagnostic {
    use ron::Error as E;
    let at = source.offset(e.span.start.line.max(1), e.span.start.col.max(1));
    // RON places a wrong value where the space before it begins, just after the `:`; past
    // a comment or a line break that is a line or more above the value itself.
    let start = next_token(&source.text, at);
    let (line, col) = source.line_col(start);
    let end = source.offset(e.span.end.line.max(1), e.span.end.col.max(1)).max(start);
    let mut end = if end == start || start != at { (start + 1).min(source.text.len()) } else { end };
    while end < source.text.len() && !source.text.is_char_boundary(end) {
        end += 1;
    }
    let (message, suggestion) = match &e.code {
        E::NoSuchStructField { expected, found, outer } => (
            format!(
                "unknown field `{found}`{}",
                outer.as_ref().map(|o| format!(" in {}", plain(o))).unwrap_or_default()
            ),
            did_you_mean(found, expected.iter().copied())
                .or_else(|| Some(format!("the fields are: {}", expected.join(", ")))),
        ),
        E::NoSuchEnumVariant { expected, found, outer } => (
            format!(
                "unknown name `{found}`{}",
                outer.as_ref().map(|o| format!(" for {}", plain(o))).unwrap_or_default()
            ),
            did_you_mean(found, expected.iter().copied())
                .or_else(|| Some(format!("the choices are: {}", expected.join(", ")))),
        ),
        E::MissingStructField { field, outer } => (
            format!(
                "missing field `{field}`{}",
                outer.as_ref().map(|o| format!(" in {}", plain(o))).unwrap_or_default()
            ),
            Some(format!("add `{field}: ...`")),
        ),
        E::InvalidValueForType { expected, found } => (format!("wrong type: expected {expected}, found {found}"), None),
        E::ExceededRecursionLimit => (
            format!("the file nests deeper than {MAX_NESTING} levels"),
            Some("split deep conditions into simpler ones".into()),
        ),
        E::ExpectedComma => ("expected a comma".into(), Some("separate items and fields with `,`".into())),
        E::Eof => ("the file ends too soon".into(), Some("check for an unclosed `(` or `[`".into())),
        other => (other.to_string(), None),
    };
    Diagnostic {
        severity: Severity::Error,
        path: source.path.clone(),
        line,
        col,
        span: start..end,
        message,
        suggestion,
    }
}

/// The first byte at or after `at` that is neither white space nor in a comment; `at` itself
/// when only white space and comments follow.
fn next_token(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let blank = |i: usize, comments: &[bool]| bytes[i].is_ascii_whitespace() || comments[i];
    if at >= text.len() || !(bytes[at].is_ascii_whitespace() || bytes[at..].starts_with(b"/")) {
        return at;
    }
    let comments = super::migrate::comment_mask(text);
    let mut i = at;
    while i < text.len() && blank(i, &comments) {
        i += 1;
    }
    if i < text.len() { i } else { at }
}

/// The RON type's name as a modder knows it: `RawPlace` is "a place", `RawCondition` "a condition".
fn plain(rust_name: &str) -> String {
    let name = rust_name.trim_start_matches("Raw");
    let mut words = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            words.push(' ');
        }
        words.extend(c.to_lowercase());
    }
    format!("{} ({name})", super::compile::with_article(&words))
}
