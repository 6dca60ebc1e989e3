//! The validator's check of a scenario's two languages: a scenario that declares itself
//! translated (`languages: ["en", "zh-Hans"]`) is warned of every text that gives no Chinese,
//! where it is written, with the line to write. A scenario in English alone is not warned: a
//! modder writing for English readers is not drowned in hundreds of warnings for a choice.

use super::compile::Compiler;
use super::diagnostic::Severity;
use super::raw::{RawAccount, RawEffect, RawParamKind, RawScenario};
use super::spans::Seg;
use super::text::Text;
use crate::locale::Lang;

/// One text of a scenario and where it is written.
struct Written<'a> {
    path: Vec<Seg>,
    text: &'a Text,
    /// The record's `zh`, which serves as the Chinese of a name that gives none.
    zh: &'a str,
    /// What it is, for the message: "the place `chanzhou`'s `name`".
    what: String,
}

/// Whether the scenario says its texts are in Chinese too; unknown language codes are warned.
pub fn declared(c: &mut Compiler, raw: &RawScenario) -> bool {
    let mut chinese = false;
    for (k, code) in raw.languages.iter().enumerate() {
        match Lang::from_code(code) {
            Some(Lang::ZhHans) => chinese = true,
            Some(Lang::En) => {}
            None => c.report_at(
                &[Seg::from("languages"), Seg::At(k)],
                Severity::Warning,
                &format!("{code:?}"),
                format!("the game speaks no language `{code}`"),
                Some("the languages are \"en\" and \"zh-Hans\"".into()),
            ),
        }
    }
    chinese
}

/// Warns of every text without its Chinese, if the scenario declares itself translated; and
/// of a clause's Chinese text that leaves out a parameter its English fills in.
pub fn check(c: &mut Compiler, raw: &RawScenario) {
    let translated = declared(c, raw);
    let texts = gather(raw);
    for w in &texts {
        if let Some(zh) = &w.text.zh
            && w.text.has_zh()
        {
            let missing: Vec<&str> = placeholders(&w.text.en).filter(|p| !zh.contains(p)).collect();
            if !missing.is_empty() {
                c.report_at(
                    &w.path,
                    Severity::Warning,
                    &format!("{zh:?}"),
                    format!("the Chinese of {} leaves out {}", w.what, missing.join(", ")),
                    Some("write each `{parameter}` of the English in the Chinese too".into()),
                );
            }
        }
        if !translated || w.text.has_zh() || !w.zh.trim().is_empty() || !needs_translation(&w.text.en) {
            continue;
        }
        let en = format!("{:?}", w.text.en);
        let field = match w.path.last() {
            Some(Seg::Name(f)) => format!("{f}: "),
            _ => String::new(),
        };
        let short: String = w.text.en.chars().take(40).collect();
        let short = if short.len() < w.text.en.len() { format!("{short}…") } else { short };
        c.report_at(
            &w.path,
            Severity::Warning,
            &en,
            format!("{} has no Chinese: it is shown in English to Chinese readers", w.what),
            Some(format!("write it in both languages, `{field}(en: {short:?}, zh: \"…\")`")),
        );
    }
}

/// Whether a text has words to translate: "961-1023" has none.
fn needs_translation(en: &str) -> bool {
    en.chars().any(|ch| ch.is_ascii_alphabetic())
}

/// The `{parameter}`s a text fills in.
fn placeholders(text: &str) -> impl Iterator<Item = &str> {
    text.match_indices('{').filter_map(move |(at, _)| {
        let end = text[at..].find('}')? + at + 1;
        let inner = &text[at + 1..end - 1];
        inner.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '_').then(|| &text[at..end])
    })
}

/// Every text of the scenario with its path, in the order of the file.
fn gather(raw: &RawScenario) -> Vec<Written<'_>> {
    let mut w = Walker { out: Vec::new() };
    w.field(vec![Seg::from("title")], &raw.title, "", "the scenario's `title`".into());
    w.field(vec![Seg::from("summary")], &raw.summary, "", "the scenario's `summary`".into());
    for (i, x) in raw.courts.iter().enumerate() {
        let at = |f: &'static str| vec![Seg::from("courts"), Seg::At(i), Seg::from(f)];
        let what = |f: &str| format!("the court `{}`'s `{f}`", x.id);
        w.field(at("name"), &x.name, "", what("name"));
        w.field(at("long_name"), &x.long_name, &x.zh, what("long_name"));
        w.field(at("description"), &x.description, "", what("description"));
    }
    for (i, x) in raw.places.iter().enumerate() {
        let at = |f: &'static str| vec![Seg::from("places"), Seg::At(i), Seg::from(f)];
        let what = |f: &str| format!("the place `{}`'s `{f}`", x.id);
        w.field(at("name"), &x.name, &x.zh, what("name"));
        w.field(at("note"), &x.note, "", what("note"));
        w.field(at("dispute"), &x.dispute, "", what("dispute"));
        w.accounts(&at("accounts"), &x.accounts, &format!("the place `{}`", x.id));
    }
    for (i, x) in raw.rivers.iter().enumerate() {
        w.field(vec![Seg::from("rivers"), Seg::At(i), Seg::from("name")], &x.name, "", "a line's `name`".into());
    }
    for (i, x) in raw.geography.iter().enumerate() {
        let at = |f: &'static str| vec![Seg::from("geography"), Seg::At(i), Seg::from(f)];
        let what = |f: &str| format!("the feature \"{}\"'s `{f}`", x.name.en);
        w.field(at("name"), &x.name, &x.zh, what("name"));
        w.field(at("note"), &x.note, "", what("note"));
    }
    for (i, x) in raw.regions.iter().enumerate() {
        let at = |f: &'static str| vec![Seg::from("regions"), Seg::At(i), Seg::from(f)];
        let what = |f: &str| format!("the region `{}`'s `{f}`", x.id);
        w.field(at("name"), &x.name, &x.zh, what("name"));
        w.field(at("note"), &x.note, "", what("note"));
        w.field(at("dispute"), &x.dispute, "", what("dispute"));
        w.accounts(&at("accounts"), &x.accounts, &format!("the region `{}`", x.id));
    }
    for (i, x) in raw.characters.iter().enumerate() {
        let at = |f: &'static str| vec![Seg::from("characters"), Seg::At(i), Seg::from(f)];
        let what = |f: &str| format!("the character `{}`'s `{f}`", x.id);
        w.field(at("name"), &x.name, &x.zh, what("name"));
        for (f, t) in [("title", &x.title), ("dates", &x.dates), ("bio", &x.bio), ("sources", &x.sources)] {
            w.field(at(f), t, "", what(f));
        }
        w.field(at("dispute"), &x.dispute, "", what("dispute"));
        w.accounts(&at("accounts"), &x.accounts, &format!("the character `{}`", x.id));
    }
    for (i, x) in raw.armies.iter().enumerate() {
        let path = vec![Seg::from("armies"), Seg::At(i), Seg::from("name")];
        w.field(path, &x.name, "", format!("the army `{}`'s `name`", x.id));
    }
    for (i, x) in raw.policies.iter().enumerate() {
        let at = |f: &'static str| vec![Seg::from("policies"), Seg::At(i), Seg::from(f)];
        let what = |f: &str| format!("the policy `{}`'s `{f}`", x.id);
        w.field(at("name"), &x.name, "", what("name"));
        w.field(at("description"), &x.description, "", what("description"));
        w.effects(at("effects"), &x.effects, &format!("the policy `{}`", x.id));
        w.effects(at("each_turn"), &x.each_turn, &format!("the policy `{}`", x.id));
    }
    for (i, x) in raw.clauses.iter().enumerate() {
        let at = |f: &'static str| vec![Seg::from("clauses"), Seg::At(i), Seg::from(f)];
        let what = |f: &str| format!("the clause `{}`'s `{f}`", x.id);
        let owner = format!("the clause `{}`", x.id);
        w.field(at("name"), &x.name, &x.zh, what("name"));
        w.field(at("text"), &x.text, "", what("text"));
        w.field(at("history"), &x.history, "", what("history"));
        w.field(at("dispute"), &x.dispute, "", what("dispute"));
        w.accounts(&at("accounts"), &x.accounts, &owner);
        for (k, p) in x.params.iter().enumerate() {
            if let RawParamKind::Amount { unit, .. } = &p.kind {
                let mut path = at("params");
                path.extend([Seg::At(k), Seg::from("kind"), Seg::from("unit")]);
                w.field(path, unit, "", format!("the unit of {owner}'s `{}`", p.name));
            }
        }
        for (k, v) in x.vetoes.iter().enumerate() {
            let mut path = at("vetoes");
            path.extend([Seg::At(k), Seg::from("because")]);
            w.field(path, &v.because, "", format!("a veto's `because` in {owner}"));
        }
        w.effects(at("on_sworn"), &x.on_sworn, &owner);
        w.effects(at("on_breach"), &x.on_breach, &owner);
        for (k, r) in x.recurring.iter().enumerate() {
            let mut path = at("recurring");
            path.extend([Seg::At(k), Seg::from("effects")]);
            w.effects(path, &r.effects, &owner);
        }
    }
    for (i, x) in raw.events.iter().enumerate() {
        let at = |f: &'static str| vec![Seg::from("events"), Seg::At(i), Seg::from(f)];
        let what = |f: &str| format!("the event `{}`'s `{f}`", x.id);
        w.field(at("name"), &x.name, &x.zh, what("name"));
        w.field(at("text"), &x.text, "", what("text"));
        w.field(at("history"), &x.history, "", what("history"));
        w.field(at("dispute"), &x.dispute, "", what("dispute"));
        w.accounts(&at("accounts"), &x.accounts, &format!("the event `{}`", x.id));
        w.effects(at("effects"), &x.effects, &format!("the event `{}`", x.id));
    }
    for (i, x) in raw.memorials.iter().enumerate() {
        let path = vec![Seg::from("memorials"), Seg::At(i), Seg::from("text")];
        w.field(path, &x.text, "", format!("a memorial of `{}`", x.by));
    }
    for (i, x) in raw.objectives.iter().enumerate() {
        let path = vec![Seg::from("objectives"), Seg::At(i), Seg::from("text")];
        w.field(path, &x.text, "", format!("the objective `{}`", x.id));
    }
    for (i, x) in raw.encyclopedia.iter().enumerate() {
        let at = |f: &'static str| vec![Seg::from("encyclopedia"), Seg::At(i), Seg::from(f)];
        let what = |f: &str| format!("the encyclopedia entry `{}`'s `{f}`", x.id);
        w.field(at("title"), &x.title, &x.zh, what("title"));
        for (f, t) in [("text", &x.text), ("sources", &x.sources), ("dispute", &x.dispute)] {
            w.field(at(f), t, "", what(f));
        }
        w.accounts(&at("accounts"), &x.accounts, &format!("the encyclopedia entry `{}`", x.id));
    }
    w.out
}

struct Walker<'a> {
    out: Vec<Written<'a>>,
}

impl<'a> Walker<'a> {
    fn field(&mut self, path: Vec<Seg>, text: &'a Text, zh: &'a str, what: String) {
        if !text.is_empty() {
            self.out.push(Written { path, text, zh, what });
        }
    }

    fn accounts(&mut self, at: &[Seg], accounts: &'a [RawAccount], owner: &str) {
        for (k, a) in accounts.iter().enumerate() {
            for (f, t) in [("source", &a.source), ("says", &a.says)] {
                let mut path = at.to_vec();
                path.extend([Seg::At(k), Seg::from(f)]);
                self.field(path, t, "", format!("an account's `{f}` of {owner}"));
            }
        }
    }

    fn effects(&mut self, at: Vec<Seg>, effects: &'a [RawEffect], owner: &str) {
        for (k, e) in effects.iter().enumerate() {
            if let RawEffect::Say(t) = e {
                let mut path = at.clone();
                path.extend([Seg::At(k), Seg::At(0)]);
                self.field(path, t, "", format!("a `Say` line of {owner}"));
            }
        }
    }
}
