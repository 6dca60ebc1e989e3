//! The report's Markdown copy: the same sections as the page, with the charts' figures as a
//! table by turn. Texts from files are escaped so that no name makes a link, a heading or
//! HTML of itself.

use super::class::ClassReport;
use super::debrief::{Debrief, Question};
use super::sum;

/// Text with Markdown's marks escaped (CommonMark lets any ASCII punctuation be escaped).
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '!' | '{' | '}') {
            out.push('\\');
        }
        // A new line inside a table cell or a list item would end it.
        out.push(if c == '\n' || c == '\r' { ' ' } else { c });
    }
    out
}

fn questions(o: &mut String, qs: &[Question]) {
    for (i, q) in qs.iter().enumerate() {
        o.push_str(&format!("{}. {}\n", i + 1, md(&q.text)));
    }
}

pub fn debrief(d: &Debrief) -> String {
    let mut o = format!("# Debrief: {}\n\n", md(&d.title));
    let people: Vec<&str> = d.courts.iter().filter(|c| c.person).map(|c| c.name.as_str()).collect();
    o.push_str(&format!(
        "Seed {}; played by people: {}; the game ran to the {}.{}\n\n",
        d.seed,
        md(&if people.is_empty() { "none".into() } else { people.join(", ") }),
        md(&d.last_date),
        d.over.as_ref().map(|w| format!(" {}", md(w))).unwrap_or_default()
    ));
    o.push_str(&format!("## The treaty beside {}\n\n", md(&d.treaty_name)));
    match &d.sworn {
        Some((brief, when)) => o.push_str(&format!("Sworn on the {}: {}.\n\n", md(when), md(brief))),
        None => o.push_str("No treaty was sworn in this game.\n\n"),
    }
    o.push_str("| Article | Clause | In history | In this game |\n|---|---|---|---|\n");
    for row in &d.comparison {
        o.push_str(&format!(
            "| {} | {} | {} | {} {} |\n",
            row.article.map(|a| a.to_string()).unwrap_or_else(|| "–".into()),
            md(&row.clause),
            md(row.history.as_deref().unwrap_or("not in the treaty")),
            if row.same { "=" } else { "≠" },
            md(row.sworn.as_deref().unwrap_or("not sworn"))
        ));
    }
    o.push_str(&format!(
        "\nYearly payments: {} taels and {} bolts in this game; {} and {} in history.\n\n",
        sum(d.silver),
        sum(d.silk),
        sum(d.history_silver),
        sum(d.history_silk)
    ));
    o.push_str("## Turning points beside history\n\n| Turning point | In this game | In history |\n|---|---|---|\n");
    for t in &d.turning {
        o.push_str(&format!(
            "| {} | {} | {} |\n",
            md(&t.what),
            md(t.game.as_deref().unwrap_or("did not happen")),
            md(t.history.as_deref().unwrap_or("–"))
        ));
    }
    o.push_str("\n## The course of the war, turn by turn\n\n");
    if let Some(first) = d.series.first() {
        let mut head = String::from("| Turn |");
        let mut rule = String::from("|---|");
        for s in &d.series {
            for c in &d.courts {
                head.push_str(&format!(" {} ({}) |", md(&s.title), md(&c.name)));
                rule.push_str("---|");
            }
        }
        o.push_str(&format!("{head}\n{rule}\n"));
        for (i, turn) in first.turns.iter().enumerate() {
            o.push_str(&format!("| {turn} |"));
            for s in &d.series {
                for v in &s.values {
                    o.push_str(&format!(" {} |", sum(v.get(i).copied().unwrap_or(0.0) as i64)));
                }
            }
            o.push('\n');
        }
        o.push('\n');
    }
    o.push_str("## Questions for the debrief\n\n");
    questions(&mut o, &d.questions);
    o.push_str("\n## Each court's decisions, and what its own judgement advised\n\n");
    for (i, court) in d.courts.iter().enumerate() {
        o.push_str(&format!(
            "### The {} ({})\n\n",
            md(&court.name),
            if court.person { "played by people" } else { "played by the computer" }
        ));
        for x in d.decisions.iter().filter(|x| x.court.index() == i) {
            let mark = match x.followed {
                Some(true) => " (went with it)",
                Some(false) => " (**went against it**)",
                None => "",
            };
            o.push_str(&format!("- {}: {}. Its own judgement: {}{mark}\n", md(&x.date), md(&x.what), md(&x.advice)));
            for r in &x.reasons {
                o.push_str(&format!("  - {}\n", md(r)));
            }
        }
        o.push('\n');
    }
    o.push_str("## The chronicle\n\n");
    for (date, lines) in &d.chronicle {
        o.push_str(&format!("**{}**\n\n", md(date)));
        for l in lines {
            o.push_str(&format!("- {}\n", md(l)));
        }
        o.push('\n');
    }
    o
}

pub fn class(c: &ClassReport) -> String {
    let mut o = format!("# Class report: {}\n\n", md(&c.title));
    o.push_str(&format!("## Each group's treaty beside {}\n\n", md(&c.treaty_name)));
    o.push_str(
        "| Group | Peace | The treaty | Silver a year | Silk a year | Places lost (by treaty) |\n|---|---|---|---|---|---|\n",
    );
    for g in &c.groups {
        let d = &g.debrief;
        let (peace, treaty) = match &d.sworn {
            Some((brief, when)) => (when.clone(), brief.clone()),
            None if d.at_war_at_end => ("still at war".into(), "none".into()),
            None => ("none".into(), "none".into()),
        };
        o.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} ({}) |\n",
            md(&g.name),
            md(&peace),
            md(&treaty),
            sum(d.silver),
            sum(d.silk),
            d.land_lost,
            d.land_ceded
        ));
    }
    o.push_str(&format!(
        "| History | {} | {} | {} | {} | 0 (0) |\n\n",
        md(&c.history_peace),
        md(&c.treaty_name),
        sum(c.history.0),
        sum(c.history.1)
    ));
    o.push_str("## The spread of payments against history\n\n");
    for line in c.tallies() {
        o.push_str(&format!("- {}\n", md(&line)));
    }
    o.push_str("\n## Questions for the debrief\n\n");
    questions(&mut o, &c.questions());
    if !c.skipped.is_empty() {
        o.push_str("\n## Skipped\n\n");
        for (file, why) in &c.skipped {
            o.push_str(&format!("- {}: {}\n", md(file), md(why)));
        }
    }
    o
}
