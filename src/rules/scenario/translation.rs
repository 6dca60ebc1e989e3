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
        // A field is written `name: ...`; the only text not in a field is a `Say` line's.
        let (before, after) = match w.path.last() {
            Some(Seg::Name(f)) => (format!("{f}: "), ""),
            _ => ("Say(".to_string(), ")"),
        };
        let short: String = w.text.en.chars().take(40).collect();
        let short = if short.len() < w.text.en.len() { format!("{short}…") } else { short };
        c.report_at(
            &w.path,
            Severity::Warning,
            &en,
            format!("{} has no Chinese: it is shown in English to Chinese readers", w.what),
            Some(format!("write it in both languages, `{before}(en: {short:?}, zh: \"…\"){after}`")),
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
        let texts =
            [("name", &x.name, ""), ("long_name", &x.long_name, x.zh.as_str()), ("description", &x.description, "")];
        w.record("courts", i, format!("the court `{}`", x.id), &texts, &[]);
    }
    for (i, x) in raw.places.iter().enumerate() {
        let texts = [("name", &x.name, x.zh.as_str()), ("note", &x.note, ""), ("dispute", &x.dispute, "")];
        w.record("places", i, format!("the place `{}`", x.id), &texts, &x.accounts);
    }
    for (i, x) in raw.rivers.iter().enumerate() {
        w.record("rivers", i, "a line".into(), &[("name", &x.name, "")], &[]);
    }
    for (i, x) in raw.geography.iter().enumerate() {
        let texts = [("name", &x.name, x.zh.as_str()), ("note", &x.note, "")];
        w.record("geography", i, format!("the feature \"{}\"", x.name.en), &texts, &[]);
    }
    for (i, x) in raw.regions.iter().enumerate() {
        let texts = [("name", &x.name, x.zh.as_str()), ("note", &x.note, ""), ("dispute", &x.dispute, "")];
        w.record("regions", i, format!("the region `{}`", x.id), &texts, &x.accounts);
    }
    for (i, x) in raw.characters.iter().enumerate() {
        let texts = [
            ("name", &x.name, x.zh.as_str()),
            ("title", &x.title, ""),
            ("dates", &x.dates, ""),
            ("bio", &x.bio, ""),
            ("sources", &x.sources, ""),
            ("dispute", &x.dispute, ""),
        ];
        w.record("characters", i, format!("the character `{}`", x.id), &texts, &x.accounts);
    }
    for (i, x) in raw.armies.iter().enumerate() {
        w.record("armies", i, format!("the army `{}`", x.id), &[("name", &x.name, "")], &[]);
    }
    for (i, x) in raw.policies.iter().enumerate() {
        let owner = format!("the policy `{}`", x.id);
        w.record("policies", i, owner.clone(), &[("name", &x.name, ""), ("description", &x.description, "")], &[]);
        w.effects(vec![Seg::from("policies"), Seg::At(i), Seg::from("effects")], &x.effects, &owner);
        w.effects(vec![Seg::from("policies"), Seg::At(i), Seg::from("each_turn")], &x.each_turn, &owner);
    }
    for (i, x) in raw.clauses.iter().enumerate() {
        let at = |f: &'static str| vec![Seg::from("clauses"), Seg::At(i), Seg::from(f)];
        let owner = format!("the clause `{}`", x.id);
        let texts = [
            ("name", &x.name, x.zh.as_str()),
            ("text", &x.text, ""),
            ("history", &x.history, ""),
            ("dispute", &x.dispute, ""),
        ];
        w.record("clauses", i, owner.clone(), &texts, &x.accounts);
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
        let owner = format!("the event `{}`", x.id);
        let texts = [
            ("name", &x.name, x.zh.as_str()),
            ("text", &x.text, ""),
            ("history", &x.history, ""),
            ("dispute", &x.dispute, ""),
        ];
        w.record("events", i, owner.clone(), &texts, &x.accounts);
        w.effects(vec![Seg::from("events"), Seg::At(i), Seg::from("effects")], &x.effects, &owner);
    }
    for (i, x) in raw.memorials.iter().enumerate() {
        w.record("memorials", i, format!("a memorial of `{}`", x.by), &[("text", &x.text, "")], &[]);
    }
    for (i, x) in raw.objectives.iter().enumerate() {
        w.record("objectives", i, format!("the objective `{}`", x.id), &[("text", &x.text, "")], &[]);
    }
    for (i, x) in raw.encyclopedia.iter().enumerate() {
        let texts = [
            ("title", &x.title, x.zh.as_str()),
            ("text", &x.text, ""),
            ("sources", &x.sources, ""),
            ("dispute", &x.dispute, ""),
        ];
        w.record("encyclopedia", i, format!("the encyclopedia entry `{}`", x.id), &texts, &x.accounts);
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

    /// The texts of entry `i` of the list `list`, each with the record's `zh` that stands for
    /// its Chinese (empty where none does), and its accounts.
    fn record(
        &mut self,
        list: &'static str,
        i: usize,
        owner: String,
        texts: &[(&'static str, &'a Text, &'a str)],
        accounts: &'a [RawAccount],
    ) {
        let at = vec![Seg::from(list), Seg::At(i)];
        for (field, text, zh) in texts {
            let mut path = at.clone();
            path.push(Seg::from(*field));
            self.field(path, text, zh, format!("{owner}'s `{field}`"));
        }
        let mut path = at;
        path.push(Seg::from("accounts"));
        self.accounts(&path, accounts, &owner);
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
