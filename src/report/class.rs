//! The class report: every save in a folder, one a group, read with the save loader and set
//! side by side: each group's treaty, the spread of payments against history, how many groups
//! ceded land or kept fighting, and the debrief's questions. A broken file, or a save of
//! another scenario than the rest, is listed as skipped with its reason.

use super::debrief::{Debrief, Question};
use super::sum;
use crate::locale::{Arg, tr, tr_args};
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
                skipped.push((name, tr_args("report-skipped-too-many", &[("most", MOST_FILES.to_string().into())])));
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
                    tr_args(
                        "report-skipped-foreign",
                        &[("scenario", g.debrief.scenario_id.clone().into()), ("class", scenario_id.clone().into())],
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
                .map_or(String::new(), |k| k.when()),
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
        let of = |k: usize| tr_args("report-of-groups", &[("count", k.into()), ("groups", n.into())]);
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
            tr_args("report-tally-sworn", &[("sworn", of(sworn).into()), ("fighting", of(fighting).into())]),
            tr_args(
                "report-tally-land",
                &[
                    ("ceded", of(ceded).into()),
                    ("lost", of(lost).into()),
                    ("a", an.clone().into()),
                    ("b", bn.clone().into()),
                ],
            ),
        ];
        if let (Some(lo), Some(hi)) = (silver.first(), silver.last()) {
            out.push(tr_args(
                "report-tally-silver",
                &[
                    ("lowest", sum(*lo).into()),
                    ("median", sum(silver[silver.len() / 2]).into()),
                    ("highest", sum(*hi).into()),
                    ("history", sum(h_silver).into()),
                    ("more", more.into()),
                    ("less", less.into()),
                ],
            ));
        }
        out
    }

    /// The groups' treaties side by side: who played, when peace came, the treaty, its yearly
    /// silver and silk and the places lost (ceded), then history's row. Its last four columns
    /// are figures.
    pub fn treaties(&self) -> ClassTable {
        let head = [
            "report-col-group",
            "report-col-people",
            "report-col-peace",
            "report-col-treaty",
            "report-col-silver",
            "report-col-silk",
            "report-col-places-lost",
        ];
        let mut rows: Vec<Vec<String>> = self
            .groups
            .iter()
            .map(|g| {
                let d = &g.debrief;
                let people: Vec<&str> = d.courts.iter().filter(|x| x.person).map(|x| x.name.as_str()).collect();
                let (peace, treaty) = peace_and_treaty(d);
                vec![
                    g.name.clone(),
                    people.join(&tr("report-comma")),
                    peace,
                    treaty,
                    sum(d.silver),
                    sum(d.silk),
                    format!("{} ({})", d.land_lost, d.land_ceded),
                ]
            })
            .collect();
        rows.push(vec![
            tr("report-row-history"),
            String::new(),
            self.history_peace.clone(),
            self.treaty_name.clone(),
            sum(self.history.0),
            sum(self.history.1),
            "0 (0)".into(),
        ]);
        ClassTable { head: head.into_iter().map(tr).collect(), rows }
    }

    /// The groups' decisions side by side: a row a group, a column for each of history's
    /// roads (the emperor's crossing, the flight south), the first envoy, the drafts sent and
    /// refused, the month of the oath and how often the people went with their advice.
    pub fn decisions(&self) -> ClassTable {
        let first = &self.groups[0].debrief.course;
        let mut head: Vec<String> = vec![tr("report-col-group")];
        head.extend(first.roads.iter().map(|r| r.name.clone()));
        head.extend(
            ["report-col-first-envoy", "report-col-drafts", "report-col-oath", "report-col-advice"].into_iter().map(tr),
        );
        let mut rows = self
            .groups
            .iter()
            .map(|g| {
                let c = &g.debrief.course;
                let mut row = vec![g.name.clone()];
                row.extend(c.roads.iter().map(|r| r.game.clone().unwrap_or_else(|| tr("report-cell-never"))));
                row.push(match &c.first_envoy {
                    Some((date, court)) => tr_args(
                        "report-cell-first-envoy",
                        &[("date", date.clone().into()), ("court", court.clone().into())],
                    ),
                    None => tr("report-cell-no-envoy"),
                });
                row.push(tr_args(
                    "report-cell-drafts",
                    &[("sent", c.drafts_sent.into()), ("refused", c.drafts_refused.into())],
                ));
                row.push(c.oath_month.clone().unwrap_or_else(|| {
                    tr(if g.debrief.at_war_at_end { "report-cell-still-at-war" } else { "report-cell-none" })
                }));
                row.push(match c.advice {
                    (0, 0) => tr("report-cell-no-advice"),
                    (with, against) => {
                        tr_args("report-cell-advice", &[("with", with.into()), ("against", against.into())])
                    }
                });
                row
            })
            .collect::<Vec<_>>();
        // History's row last, where the table of known dates has the scenario: the roads'
        // dates, the first word of peace and the oath's month.
        let known = super::history::known(&self.scenario_id);
        if !known.is_empty() {
            let mut row = vec![tr("report-row-history")];
            row.extend(first.roads.iter().map(|r| r.history.clone()));
            row.push(super::history::first_envoy(&self.scenario_id).unwrap_or_else(|| "–".into()));
            row.push("–".into());
            row.push(self.history_peace.clone());
            row.push("–".into());
            rows.push(row);
        }
        ClassTable { head, rows }
    }

    /// The debrief's questions for the class: the class's own, then each group's weightiest.
    pub fn questions(&self) -> Vec<Question> {
        let n = self.groups.len();
        let (h_silver, _) = self.history;
        let list = |names: &[&str]| Arg::from(names.join(&tr("report-comma")));
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
                tr_args("report-cq-payment-both", &[("dearer", list(&dearer)), ("cheaper", list(&cheaper))]),
            );
        } else if !dearer.is_empty() {
            ask("payment", tr_args("report-cq-payment-dearer", &[("dearer", list(&dearer))]));
        } else if !cheaper.is_empty() {
            ask("payment", tr_args("report-cq-payment-cheaper", &[("cheaper", list(&cheaper))]));
        }
        if !fighting.is_empty() && fighting.len() < n {
            ask("war", tr_args("report-cq-war", &[("fighting", list(&fighting))]));
        }
        if !ceded.is_empty() {
            ask(
                "land",
                tr_args("report-cq-land", &[("ceded", list(&ceded)), ("treaty", self.treaty_name.clone().into())]),
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
            ask(
                kind,
                tr_args("report-cq-of-groups", &[("groups", list(&groups)), ("question", text.to_string().into())]),
            );
        }
        ask("general", tr("report-cq-general"));
        out
    }
}

/// When a group's war ended and the treaty it swore, in words.
pub(super) fn peace_and_treaty(d: &Debrief) -> (String, String) {
    match &d.sworn {
        Some((brief, when)) => (when.clone(), brief.clone()),
        None if d.at_war_at_end => (tr("report-cell-still-at-war"), tr("report-cell-none")),
        None => (tr("report-cell-none"), tr("report-cell-none")),
    }
}

/// A table of the class report: its heading and a row a group, every cell in words.
#[derive(Clone, Debug, PartialEq)]
pub struct ClassTable {
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
}
