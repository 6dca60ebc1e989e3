//! The class report: every save in a folder, one a group, read with the save loader and set
//! side by side: each group's treaty, the spread of payments against history, how many groups
//! ceded land or kept fighting, and the debrief's questions. A broken file, or a save of
//! another scenario than the rest, is listed as skipped with its reason.

use super::debrief::{Debrief, Question};
use super::sum;
use std::path::Path;

/// At most this many files are read from a folder: a class, not an archive.
const MOST_FILES: usize = 500;

/// One group's game.
#[derive(Clone, Debug)]
pub struct Group {
    /// The save's file name without `.ron`.
    pub name: String,
    pub debrief: Debrief,
}

#[derive(Clone, Debug)]
pub struct ClassReport {
    pub title: String,
    pub scenario_id: String,
    pub treaty_name: String,
    /// History's silver and silk a year.
    pub history: (i64, i64),
    /// When history's war ended, where the report's table knows it.
    pub history_peace: String,
    pub groups: Vec<Group>,
    /// Files not reported, with why.
    pub skipped: Vec<(String, String)>,
}

impl ClassReport {
    /// Reads every `.ron` file in `dir` with `read` (the save loader and replay); the groups
    /// of the scenario most of them were played on are reported, the rest skipped.
    pub fn read(dir: &Path, read: &mut dyn FnMut(&Path) -> Result<Debrief, String>) -> Result<ClassReport, String> {
        let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read the folder {}: {e}", dir.display()))?;
        let mut files: Vec<std::path::PathBuf> = entries.flatten().map(|e| e.path()).collect();
        files.sort();
        let mut read_ok: Vec<Group> = Vec::new();
        let mut skipped: Vec<(String, String)> = Vec::new();
        for (i, p) in files.iter().enumerate() {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            // Only files named as saves: the report's own pages and any notes are left alone.
            let is_ron = p.extension().is_some_and(|e| e == "ron");
            let is_file = std::fs::symlink_metadata(p).is_ok_and(|m| m.is_file());
            if !is_ron || !is_file || name.starts_with('.') {
                continue;
            }
            if i >= MOST_FILES {
                skipped.push((name, format!("more than {MOST_FILES} files in the folder; this one was not read")));
                continue;
            }
            match read(p) {
                Ok(debrief) => {
                    let stem = p.file_stem().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                    read_ok.push(Group { name: stem, debrief });
                }
                // The file is named in the list already: its path is not said twice.
                Err(e) => {
                    let shown = format!("{}: ", p.display());
                    skipped.push((name, e.strip_prefix(&shown).map(str::to_string).unwrap_or(e)))
                }
            }
        }
        // The scenario most groups played; a save of another is foreign to this class.
        let mut counts: Vec<(String, usize)> = Vec::new();
        for g in &read_ok {
            match counts.iter_mut().find(|(id, _)| *id == g.debrief.scenario_id) {
                Some((_, n)) => *n += 1,
                None => counts.push((g.debrief.scenario_id.clone(), 1)),
            }
        }
        let Some((scenario_id, _)) = counts.iter().max_by_key(|(_, n)| *n).cloned() else {
            let why: Vec<String> = skipped.iter().map(|(f, e)| format!("  {f}: {e}")).collect();
            return Err(format!(
                "no save in {} could be read{}",
                dir.display(),
                if why.is_empty() { String::new() } else { format!(":\n{}", why.join("\n")) }
            ));
        };
        let mut groups = Vec::new();
        for g in read_ok {
            if g.debrief.scenario_id == scenario_id {
                groups.push(g);
            } else {
                skipped.push((
                    format!("{}.ron", g.name),
                    format!(
                        "a save of scenario `{}`, not of `{scenario_id}` like the other groups'",
                        g.debrief.scenario_id
                    ),
                ));
            }
        }
        let first = &groups[0].debrief;
        let known = super::history::known(&scenario_id);
        Ok(ClassReport {
            title: first.title.clone(),
            treaty_name: first.treaty_name.clone(),
            history: (first.history_silver, first.history_silk),
            history_peace: known
                .iter()
                .find(|k| k.mark == super::history::Mark::Peace)
                .map_or(String::new(), |k| k.when.to_string()),
            scenario_id,
            groups,
            skipped,
        })
    }

    /// Each group's silver and silk a year, for the chart.
    pub fn payments(&self) -> Vec<(String, i64, i64)> {
        self.groups.iter().map(|g| (g.name.clone(), g.debrief.silver, g.debrief.silk)).collect()
    }

    /// The class in a few counts.
    pub fn tallies(&self) -> Vec<String> {
        let n = self.groups.len();
        let of = |k: usize| format!("{k} of {n} group{}", if n == 1 { "" } else { "s" });
        let sworn = self.groups.iter().filter(|g| g.debrief.sworn.is_some()).count();
        let fighting = self.groups.iter().filter(|g| g.debrief.at_war_at_end).count();
        let ceded = self.groups.iter().filter(|g| g.debrief.land_ceded > 0).count();
        let lost = self.groups.iter().filter(|g| g.debrief.land_lost > 0).count();
        let (an, bn) = &self.groups[0].debrief.history_between;
        let mut silver: Vec<i64> =
            self.groups.iter().filter(|g| g.debrief.sworn.is_some()).map(|g| g.debrief.silver).collect();
        silver.sort_unstable();
        let (h_silver, _) = self.history;
        let more = silver.iter().filter(|s| **s > h_silver).count();
        let less = silver.iter().filter(|s| **s < h_silver).count();
        let mut out = vec![
            format!("{} swore a treaty; {} were still at war at the end.", of(sworn), of(fighting)),
            format!("{} ceded land by treaty; {} ended with places of the {an} in {bn} hands.", of(ceded), of(lost)),
        ];
        if let (Some(lo), Some(hi)) = (silver.first(), silver.last()) {
            out.push(format!(
                "Silver a year under the treaties sworn: lowest {}, median {}, highest {} (history: {}); {more} paid more than history, {less} less.",
                sum(*lo),
                sum(silver[silver.len() / 2]),
                sum(*hi),
                sum(h_silver)
            ));
        }
        out
    }

    /// The debrief's questions for the class: the class's own, then each group's weightiest.
    pub fn questions(&self) -> Vec<Question> {
        let n = self.groups.len();
        let (h_silver, _) = self.history;
        let sworn: Vec<&Group> = self.groups.iter().filter(|g| g.debrief.sworn.is_some()).collect();
        let dearer: Vec<&str> = sworn.iter().filter(|g| g.debrief.silver > h_silver).map(|g| g.name.as_str()).collect();
        let cheaper: Vec<&str> =
            sworn.iter().filter(|g| g.debrief.silver < h_silver).map(|g| g.name.as_str()).collect();
        let fighting: Vec<&str> =
            self.groups.iter().filter(|g| g.debrief.at_war_at_end).map(|g| g.name.as_str()).collect();
        let ceded: Vec<&str> =
            self.groups.iter().filter(|g| g.debrief.land_ceded > 0).map(|g| g.name.as_str()).collect();
        let mut out: Vec<Question> = Vec::new();
        let mut ask = |kind: &'static str, text: String| out.push(Question { kind, text });
        if !dearer.is_empty() && !cheaper.is_empty() {
            ask(
                "payment",
                format!(
                    "{} paid more silver than history and {} less: what did the dearer treaties have in common?",
                    dearer.join(", "),
                    cheaper.join(", ")
                ),
            );
        } else if !dearer.is_empty() {
            ask(
                "payment",
                format!(
                    "{} paid more silver than history: what did history's courts have that these groups lacked?",
                    dearer.join(", ")
                ),
            );
        } else if !cheaper.is_empty() {
            ask(
                "payment",
                format!("{} paid less silver than history: what gave them the stronger hand?", cheaper.join(", ")),
            );
        }
        if !fighting.is_empty() && fighting.len() < n {
            ask(
                "war",
                format!(
                    "{} were still at war at the end: what did the groups that made peace do differently?",
                    fighting.join(", ")
                ),
            );
        }
        if !ceded.is_empty() {
            ask(
                "land",
                format!(
                    "{} ceded land, where {} gave up none: was land cheaper than silver?",
                    ceded.join(", "),
                    self.treaty_name
                ),
            );
        }
        // Each group's two weightiest questions, the general one left to the end; a question
        // several groups share is asked once, naming them all.
        let mut shared: Vec<(&'static str, &str, Vec<&str>)> = Vec::new();
        for g in &self.groups {
            // The class's own question on the war stands for each group's.
            let asked_of_class = |q: &&Question| q.kind == "war" && !fighting.is_empty() && fighting.len() < n;
            for q in g.debrief.questions.iter().filter(|q| q.kind != "general" && !asked_of_class(q)).take(2) {
                match shared.iter_mut().find(|(_, text, _)| *text == q.text) {
                    Some((_, _, groups)) => groups.push(&g.name),
                    None => shared.push((q.kind, &q.text, vec![&g.name])),
                }
            }
        }
        for (kind, text, groups) in shared {
            ask(kind, format!("{}: {text}", groups.join(", ")));
        }
        ask(
            "general",
            "Which single decision changed the course of a game most, and did any other group face the same choice?"
                .into(),
        );
        out
    }
}
