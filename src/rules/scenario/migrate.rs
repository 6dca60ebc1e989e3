//! Format 1 to format 2: the courts stop being Rust's `Song` and `Liao` and become the
//! scenario's own, named by id.
//!
//! The change is made on the text, so a migrated file keeps its comments, its layout and its
//! order: `Song` and `Liao` written as names (not inside strings or comments) become the ids
//! `"song"` and `"liao"`, `format: 1` becomes `format: 2`, and an envoy's `standing_song: 4,
//! standing_liao: 3` becomes `standing: (song: 4, liao: 3)` (a save's `handicap: (a, b)`
//! likewise). Everything else in format 1 already means the same in format 2: courts without
//! a treaty are at war, `treaty` binds the first two courts, and worth tables were already
//! written by court id. This module is the one place that knows format 1's two courts.

/// The format a file says it is written in, read before anything else; `None` when the file
/// names no format or cannot be read that far.
pub fn format_of(text: &str) -> Option<u32> {
    // Read off the text, not parsed: a file broken further down still says its format.
    let code = code_mask(text);
    let (at, word) = identifiers(text, &code).into_iter().find(|(_, w)| *w == "format")?;
    let colon = skip_space(text, at + word.len());
    if !text.get(colon..)?.starts_with(':') {
        return None;
    }
    let digits = skip_space(text, colon + 1);
    let n = text.get(digits..)?.bytes().take_while(|b| b.is_ascii_digit()).count();
    text.get(digits..digits + n)?.parse().ok()
}

/// The text of a format-1 file rewritten as format 2. A file of another format comes back
/// unchanged.
pub fn migrate(text: &str) -> String {
    if format_of(text) != Some(1) {
        return text.to_string();
    }
    let code = code_mask(text);
    let words = identifiers(text, &code);
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    // Format 1's court `name` was its full name, and its sentences said "the Song": the
    // court keeps its full name as `long_name` and gains the short one.
    if let Some(range) = courts_list(text, &code, &words) {
        for (at, word) in words.iter().filter(|(at, _)| range.contains(at)) {
            let after = skip_space(text, at + word.len());
            if !text[after..].starts_with(':') {
                continue;
            }
            if *word == "name" {
                edits.push((*at, at + word.len(), "long_name".into()));
            }
            if *word == "side" {
                let value = skip_space(text, after + 1);
                let (id, short) = match &text[value..] {
                    v if v.starts_with("Song") => ("song", "Song"),
                    v if v.starts_with("Liao") => ("liao", "Liao"),
                    _ => continue,
                };
                edits.push((*at, value + 4, format!("id: \"{id}\", name: \"{short}\"")));
            }
        }
    }
    let mut format_done = false;
    for (at, word) in &words {
        if edits.iter().any(|(s, e, _)| (*s..*e).contains(at)) {
            continue;
        }
        match *word {
            "Song" => edits.push((*at, at + 4, "\"song\"".into())),
            "Liao" => edits.push((*at, at + 4, "\"liao\"".into())),
            "format" if !format_done => {
                format_done = true;
                let colon = skip_space(text, at + word.len());
                let digits = skip_space(text, colon + 1);
                let n = text[digits..].bytes().take_while(|b| b.is_ascii_digit()).count();
                if text[colon..].starts_with(':') && n > 0 {
                    edits.push((digits, digits + n, "2".into()));
                }
            }
            _ => {}
        }
    }
    join_pairs(&apply_edits(text, edits))
}

/// The first byte at or after `i` that is not white space, always a character boundary
/// within the text (any text a user gives must not make the rewrite panic).
fn skip_space(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    while i < text.len() && text.as_bytes()[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// For each byte, whether it is code: not inside a string or a comment.
fn code_mask(text: &str) -> Vec<bool> {
    mask(text, false)
}

/// For each byte, whether it lies inside a comment: where the validator never points.
pub fn comment_mask(text: &str) -> Vec<bool> {
    mask(text, true).into_iter().map(|code| !code).collect()
}

/// Marks comments, and strings unless `strings_are_code`, as not code.
fn mask(text: &str, strings_are_code: bool) -> Vec<bool> {
    let bytes = text.as_bytes();
    let mut code = vec![true; bytes.len()];
    let mut i = 0;
    while i < bytes.len() {
        let rest = &bytes[i..];
        let end = if rest.starts_with(b"//") {
            text[i..].find('\n').map_or(bytes.len(), |n| i + n)
        } else if rest.starts_with(b"/*") {
            text[i + 2..].find("*/").map_or(bytes.len(), |n| i + 2 + n + 2)
        } else if rest.starts_with(b"\"") {
            string_end(bytes, i)
        } else if (rest.starts_with(b"r\"") || rest.starts_with(b"r#")) && (i == 0 || !is_word(bytes[i - 1])) {
            let hashes = rest[1..].iter().take_while(|b| **b == b'#').count();
            let close = format!("\"{}", "#".repeat(hashes));
            let body = (i + 1 + hashes + 1).min(bytes.len());
            text.get(body..).and_then(|t| t.find(&close)).map_or(bytes.len(), |n| body + n + close.len())
        } else {
            i += 1;
            continue;
        };
        let is_string = !(rest.starts_with(b"//") || rest.starts_with(b"/*"));
        if !(is_string && strings_are_code) {
            for c in &mut code[i..end.min(bytes.len())] {
                *c = false;
            }
        }
        i = end.max(i + 1);
    }
    code
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Every identifier in code, with its byte offset.
fn identifiers<'t>(text: &'t str, code: &[bool]) -> Vec<(usize, &'t str)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if code[i] && (bytes[i].is_ascii_alphabetic() || bytes[i] == b'_') && (i == 0 || !is_word(bytes[i - 1])) {
            let len = bytes[i..].iter().take_while(|b| is_word(**b)).count();
            out.push((i, &text[i..i + len]));
            i += len;
        } else {
            i += 1;
        }
    }
    out
}

/// The bytes of the `courts: [...]` list.
fn courts_list(text: &str, code: &[bool], words: &[(usize, &str)]) -> Option<std::ops::Range<usize>> {
    let (at, word) = words.iter().find(|(_, w)| *w == "courts")?;
    let colon = skip_space(text, at + word.len());
    let open = skip_space(text, colon + 1);
    if !text[colon..].starts_with(':') || !text[open..].starts_with('[') {
        return None;
    }
    enclosing_close(text, code, open + 1).map(|close| open..close)
}

/// The byte after a string literal's closing quote.
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut j = start + 1;
    while j < bytes.len() {
        match bytes[j] {
            b'\\' => j += 2,
            b'"' => return j + 1,
            _ => j += 1,
        }
    }
    bytes.len()
}

/// Format 1's pairs of fields named for the two courts, found anywhere in one struct, become
/// one field keyed by court id: an envoy's `standing_song: 4, ..., standing_liao: 3` becomes
/// `standing: (song: 4, liao: 3)`; a save's `handicap: (0, 10)` becomes
/// `handicaps: [("song", 0), ("liao", 10)]`.
fn join_pairs(text: &str) -> String {
    let code = code_mask(text);
    let words = identifiers(text, &code);
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    for (at, word) in &words {
        match *word {
            // Whichever of the pair comes first takes the joined field's place.
            "standing_song" | "standing_liao" => {
                let partner = if *word == "standing_song" { "standing_liao" } else { "standing_song" };
                let Some((first, first_end)) = field_number(text, *at, word) else { continue };
                let Some(close) = enclosing_close(text, &code, *at) else { continue };
                let found = words.iter().find(|(w, name)| *name == partner && *w > *at && *w < close);
                let Some((second_at, second_word)) = found else { continue };
                let Some((second, second_end)) = field_number(text, *second_at, second_word) else { continue };
                let (song, liao) = if *word == "standing_song" { (first, second) } else { (second, first) };
                edits.push((*at, first_end, format!("standing: (song: {song}, liao: {liao})")));
                // The old field goes with the comma and spaces before it.
                let before = text[..*second_at].trim_end();
                let start = before.strip_suffix(',').map_or(*second_at, |b| b.len());
                edits.push((start, second_end, String::new()));
            }
            // A save's fingerprint was made of format 1's state: the next save makes a new one.
            "fingerprint" => {
                let Some((_, end)) = field_number(text, *at, word) else { continue };
                edits.push((*at, end, "fingerprint: 0".into()));
            }
            "handicap" => {
                let colon = skip_space(text, at + word.len());
                let open = skip_space(text, colon + 1);
                if !text[colon..].starts_with(':') || !text[open..].starts_with('(') {
                    continue;
                }
                let Some(end) = text[open..].find(')').map(|n| open + n) else { continue };
                let parts: Vec<&str> = text[open + 1..end].split(',').map(str::trim).collect();
                if let [a, b] = parts.as_slice()
                    && a.parse::<i32>().is_ok()
                    && b.parse::<i32>().is_ok()
                {
                    edits.push((*at, end + 1, format!("handicaps: [(\"song\", {a}), (\"liao\", {b})]")));
                }
            }
            _ => {}
        }
    }
    apply_edits(text, edits)
}

/// `name: 4` at `at`: the number and the byte after it.
fn field_number(text: &str, at: usize, name: &str) -> Option<(i64, usize)> {
    let colon = skip_space(text, at + name.len());
    if !text[colon..].starts_with(':') {
        return None;
    }
    let start = skip_space(text, colon + 1);
    let len =
        text[start..].bytes().enumerate().take_while(|(k, b)| b.is_ascii_digit() || (*k == 0 && *b == b'-')).count();
    Some((text[start..start + len].parse().ok()?, start + len))
}

/// The closing bracket of the struct or list around `at`.
fn enclosing_close(text: &str, code: &[bool], at: usize) -> Option<usize> {
    let mut depth = 0i32;
    for (i, b) in text.bytes().enumerate().skip(at) {
        if !code[i] {
            continue;
        }
        match b {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                if depth == 0 {
                    return Some(i);
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    None
}

/// The text with each (start, end, replacement) applied; the edits do not overlap.
fn apply_edits(text: &str, mut edits: Vec<(usize, usize, String)>) -> String {
    edits.sort_by_key(|(s, _, _)| *s);
    let mut out = String::with_capacity(text.len() + 256);
    let mut last = 0;
    for (s, e, with) in edits {
        if s < last {
            continue;
        }
        out.push_str(&text[last..s]);
        out.push_str(&with);
        last = e;
    }
    out.push_str(&text[last..]);
    out
}
