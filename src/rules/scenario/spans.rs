//! Where each value of a scenario is written: an outline of a file's RON text, read only
//! when a problem must be placed, the path that finds a value in it (`places[3].controller`),
//! and which file each merged list entry came from.

use super::raw::RawScenario;
use std::borrow::Cow;
use std::ops::Range;

/// One step of a path from the top of a file to a value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seg {
    /// A struct's field, a court in a table by court id, or a map's key: `controller`,
    /// `song`, `"silver"`.
    Name(Cow<'static, str>),
    /// An entry of a list or a tuple, or the n-th value in a variant's brackets:
    /// `Controls("song", "kaifeng")`'s place is `At(1)`.
    At(usize),
}

impl From<&'static str> for Seg {
    fn from(name: &'static str) -> Seg {
        Seg::Name(Cow::Borrowed(name))
    }
}

impl From<usize> for Seg {
    fn from(i: usize) -> Seg {
        Seg::At(i)
    }
}

impl From<String> for Seg {
    fn from(name: String) -> Seg {
        Seg::Name(Cow::Owned(name))
    }
}

const NONE: u32 = u32::MAX;
/// Brackets nested deeper than this are skipped whole, not outlined.
const MAX_DEPTH: usize = 200;

#[derive(Clone, Copy, Debug)]
struct Node {
    start: u32,
    end: u32,
    /// The field name or map key written before the value, if any.
    name: (u32, u32),
    first: u32,
    next: u32,
}

/// The values of one file and where each is written: a tree of spans.
#[derive(Debug, Default)]
pub struct Outline {
    nodes: Vec<Node>,
    root: u32,
}

/// Where a path leads in a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// From the field name or key, when there is one, to the end of the value.
    pub entry: Range<usize>,
    /// The value alone.
    pub value: Range<usize>,
    /// How many steps of the path were found.
    pub steps: usize,
    /// Whether the whole path was found, not only its beginning.
    pub whole: bool,
}

impl Outline {
    /// Outlines a text that has already been read as RON; any text is accepted, and read in
    /// one pass without panicking or looping.
    pub fn of(text: &str) -> Outline {
        let mut r = Reader { b: text.as_bytes(), i: 0, nodes: Vec::new() };
        loop {
            r.trivia();
            if r.b[r.i..].starts_with(b"#!") {
                r.i += 2;
                r.trivia();
                if r.peek() == Some(b'[') {
                    r.skip_group();
                }
            } else {
                break;
            }
        }
        let root = r.value(0);
        Outline { nodes: r.nodes, root }
    }

    /// The value at `path`, or the deepest part of it that is written. `None` when not even
    /// the first step is found.
    pub fn find(&self, text: &str, path: &[Seg]) -> Option<Found> {
        let mut at = self.root;
        let mut steps = 0;
        for seg in path {
            let Some(child) = self.child(text, at, seg) else { break };
            at = child;
            steps += 1;
        }
        if steps == 0 || at == NONE {
            return None;
        }
        let n = self.nodes.get(at as usize)?;
        let value = n.start as usize..n.end as usize;
        let entry = if n.name.0 < n.name.1 { n.name.0 as usize..n.end as usize } else { value.clone() };
        Some(Found { entry, value, steps, whole: steps == path.len() })
    }

    fn child(&self, text: &str, parent: u32, seg: &Seg) -> Option<u32> {
        let mut c = self.nodes.get(parent as usize)?.first;
        let mut n = 0;
        while c != NONE {
            let node = self.nodes[c as usize];
            let hit = match seg {
                Seg::At(i) => n == *i,
                Seg::Name(name) => {
                    node.name.0 < node.name.1 && {
                        let written = text.get(node.name.0 as usize..node.name.1 as usize).unwrap_or("");
                        let bare = written.strip_prefix("r#").unwrap_or(written);
                        let bare = bare.strip_prefix('"').and_then(|s| s.strip_suffix('"')).unwrap_or(bare);
                        bare == name
                    }
                }
            };
            if hit {
                return Some(c);
            }
            n += 1;
            c = node.next;
        }
        None
    }
}

struct Reader<'t> {
    b: &'t [u8],
    i: usize,
    nodes: Vec<Node>,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    /// White space and comments; RON's block comments nest.
    fn trivia(&mut self) {
        loop {
            while self.peek().is_some_and(|c| c.is_ascii_whitespace()) {
                self.i += 1;
            }
            let rest = &self.b[self.i..];
            if rest.starts_with(b"//") {
                self.i += rest.iter().position(|c| *c == b'\n').unwrap_or(rest.len());
            } else if rest.starts_with(b"/*") {
                let mut depth = 0usize;
                while self.i < self.b.len() {
                    let rest = &self.b[self.i..];
                    if rest.starts_with(b"/*") {
                        depth += 1;
                        self.i += 2;
                    } else if rest.starts_with(b"*/") {
                        depth -= 1;
                        self.i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        self.i += 1;
                    }
                }
            } else {
                return;
            }
        }
    }

    /// Past a string, a raw string or a character, if one begins here.
    fn literal(&mut self) -> bool {
        let rest = &self.b[self.i..];
        let raw_hashes = |r: &[u8]| r.iter().skip(1).take_while(|c| **c == b'#').count();
        if rest.starts_with(b"\"") || rest.starts_with(b"b\"") {
            self.i += if rest[0] == b'b' { 2 } else { 1 };
            while let Some(c) = self.peek() {
                self.i += 1;
                match c {
                    b'\\' => self.i = (self.i + 1).min(self.b.len()),
                    b'"' => break,
                    _ => {}
                }
            }
            true
        } else if rest.first() == Some(&b'r') && rest.get(1 + raw_hashes(rest)) == Some(&b'"') {
            let hashes = raw_hashes(rest);
            self.i += 2 + hashes;
            let mut close = vec![b'"'];
            close.extend(std::iter::repeat_n(b'#', hashes));
            match self.b[self.i..].windows(close.len()).position(|w| w == close.as_slice()) {
                Some(p) => self.i += p + close.len(),
                None => self.i = self.b.len(),
            }
            true
        } else if rest.first() == Some(&b'\'') {
            self.i = (self.i + if rest.get(1) == Some(&b'\\') { 3 } else { 2 }).min(self.b.len());
            while self.peek().is_some_and(|c| c != b'\'') {
                self.i += 1;
            }
            self.i = (self.i + 1).min(self.b.len());
            true
        } else {
            false
        }
    }

    fn value(&mut self, depth: usize) -> u32 {
        let id = self.nodes.len() as u32;
        self.nodes.push(Node { start: self.i as u32, end: self.i as u32, name: (0, 0), first: NONE, next: NONE });
        match self.peek() {
            None => {}
            Some(b'(' | b'[' | b'{') => self.group(id, depth),
            Some(_) if self.literal() => {}
            Some(c) if c.is_ascii_alphabetic() || c == b'_' => {
                if self.b[self.i..].starts_with(b"r#") {
                    self.i += 2;
                }
                while self.peek().is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_') {
                    self.i += 1;
                }
                let after = self.i;
                self.trivia();
                if self.peek() == Some(b'(') {
                    self.group(id, depth);
                } else {
                    self.i = after;
                }
            }
            Some(_) => {
                let start = self.i;
                while let Some(c) = self.peek() {
                    let comment = c == b'/' && matches!(self.b.get(self.i + 1), Some(b'/' | b'*'));
                    if c.is_ascii_whitespace() || b",:()[]{}\"".contains(&c) || comment {
                        break;
                    }
                    self.i += 1;
                }
                if self.i == start {
                    self.i += 1;
                }
            }
        }
        self.nodes[id as usize].end = self.i as u32;
        id
    }

    /// A bracketed group: each entry, with its field name or key, becomes a child of `id`.
    fn group(&mut self, id: u32, depth: usize) {
        if depth > MAX_DEPTH {
            self.skip_group();
            return;
        }
        self.i += 1;
        let mut last = NONE;
        loop {
            self.trivia();
            match self.peek() {
                None => return,
                Some(b')' | b']' | b'}') => {
                    self.i += 1;
                    return;
                }
                _ => {}
            }
            let before = self.i;
            let mut item = self.value(depth + 1);
            self.trivia();
            if self.peek() == Some(b':') {
                let key = &self.nodes[item as usize];
                let name = (key.start, key.end);
                self.i += 1;
                self.trivia();
                item = self.value(depth + 1);
                self.nodes[item as usize].name = name;
                self.trivia();
            }
            if last == NONE {
                self.nodes[id as usize].first = item;
            } else {
                self.nodes[last as usize].next = item;
            }
            last = item;
            if self.peek() == Some(b',') {
                self.i += 1;
            }
            if self.i == before {
                self.i += 1;
            }
        }
    }

    /// Past a bracketed group without outlining it.
    fn skip_group(&mut self) {
        let mut depth = 0usize;
        while self.i < self.b.len() {
            self.trivia();
            if self.literal() {
                continue;
            }
            match self.peek() {
                Some(b'(' | b'[' | b'{') => depth += 1,
                Some(b')' | b']' | b'}') => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        self.i += 1;
                        return;
                    }
                }
                None => return,
                _ => {}
            }
            self.i += 1;
        }
    }
}

/// The top-level lists of a scenario, by name, with their lengths.
fn lists(raw: &RawScenario) -> [(&'static str, usize); 19] {
    [
        ("courts", raw.courts.len()),
        ("peace", raw.peace.len()),
        ("treaties", raw.treaties.len()),
        ("places", raw.places.len()),
        ("routes", raw.routes.len()),
        ("rivers", raw.rivers.len()),
        ("geography", raw.geography.len()),
        ("regions", raw.regions.len()),
        ("characters", raw.characters.len()),
        ("armies", raw.armies.len()),
        ("placed", raw.placed.len()),
        ("policies", raw.policies.len()),
        ("clauses", raw.clauses.len()),
        ("events", raw.events.len()),
        ("memorials", raw.memorials.len()),
        ("objectives", raw.objectives.len()),
        ("history", raw.history.len()),
        ("treaty", raw.treaty.len()),
        ("encyclopedia", raw.encyclopedia.len()),
    ]
}

/// Which file each part of a merged scenario was written in: for every top-level list, the
/// file and the place in that file's list of each entry, in the order the loader adds the
/// lists together; for `calendar`, `rules` and the like, the file that gave it.
#[derive(Clone, Debug, Default)]
pub struct Origins {
    lists: Vec<(&'static str, Vec<(u32, u32)>)>,
    fields: Vec<(&'static str, u32)>,
    /// The file that names the scenario: the main file, or the mod that extends a base.
    pub main: u32,
}

impl Origins {
    /// Every entry of one file's lists in that file, `file` being its place among the sources.
    pub fn of_file(raw: &RawScenario, file: usize) -> Origins {
        let file = file as u32;
        let lists =
            lists(raw).into_iter().map(|(name, n)| (name, (0..n as u32).map(|i| (file, i)).collect())).collect();
        let mut fields = vec![("id", file), ("title", file), ("format", file)];
        for (name, given) in [
            ("calendar", raw.calendar.is_some()),
            ("rules", raw.rules.is_some()),
            ("history_between", raw.history_between.is_some()),
            ("summary", !raw.summary.is_empty()),
            ("languages", !raw.languages.is_empty()),
        ] {
            if given {
                fields.push((name, file));
            }
        }
        Origins { lists, fields, main: file }
    }

    /// The origins of `part`'s lists added after these, as `load::merge` adds the lists; a
    /// single field is taken from `part` only where these have none.
    pub fn append(&mut self, part: Origins) {
        for (name, more) in part.lists {
            match self.lists.iter_mut().find(|(n, _)| *n == name) {
                Some((_, list)) => list.extend(more),
                None => self.lists.push((name, more)),
            }
        }
        for (name, file) in part.fields {
            if !self.fields.iter().any(|(n, _)| *n == name) {
                self.fields.push((name, file));
            }
        }
    }

    /// Whether a single field such as `calendar` was given.
    pub fn has_field(&self, name: &str) -> bool {
        self.fields.iter().any(|(n, _)| *n == name)
    }

    /// A field taken from `file` whatever was there before: a mod's own calendar or rules.
    pub fn set_field(&mut self, name: &'static str, file: usize) {
        self.fields.retain(|(n, _)| *n != name);
        self.fields.push((name, file as u32));
    }

    /// Renumbers the files, when the loader moves one among the sources.
    pub fn renumber(&mut self, new: impl Fn(u32) -> u32) {
        for (_, list) in &mut self.lists {
            for (file, _) in list {
                *file = new(*file);
            }
        }
        for (_, file) in &mut self.fields {
            *file = new(*file);
        }
        self.main = new(self.main);
    }

    /// Forgets the origins of any list whose length no longer matches `raw` (a test edits the
    /// data after reading it): its problems are then found by their text.
    pub fn keep_matching(&mut self, raw: &RawScenario) {
        let lens = lists(raw);
        for (name, list) in &mut self.lists {
            if !lens.iter().any(|(n, len)| n == name && *len == list.len()) {
                list.clear();
            }
        }
    }

    /// The file a path begins in, the path within that file, and how many of its steps name
    /// no more than where it begins (a list's entry, or a single field).
    pub fn locate<'p>(&self, path: &'p [Seg]) -> Option<(usize, Cow<'p, [Seg]>, usize)> {
        let Some(Seg::Name(first)) = path.first() else { return None };
        if let Some((_, list)) = self.lists.iter().find(|(n, _)| *n == first.as_ref()) {
            let Some(Seg::At(i)) = path.get(1) else { return None };
            let (file, j) = *list.get(*i)?;
            let mut inner = path.to_vec();
            inner[1] = Seg::At(j as usize);
            return Some((file as usize, Cow::Owned(inner), 2));
        }
        let file = self.fields.iter().find(|(n, _)| *n == first.as_ref()).map_or(self.main, |(_, f)| *f);
        Some((file as usize, Cow::Borrowed(path), 1))
    }
}
