//! Advisers for a court played by a person: the judgement the computer would make for that
//! court, said by its own ministers. A hawk, a dove and a moderate (by their `stance`) weigh
//! a draft with the court's own judgement of it ([`negotiation::evaluate`], its own figures
//! true and the other court's only as it believes them), and the policies and marches are the
//! ones the computer would choose for the court from what it knows. No advice reads another
//! court's hidden state.

use crate::locale::{tr, tr_args};
use crate::rules::game::{Action, Game};
use crate::rules::ids::*;
use crate::rules::negotiation::{Reason, evaluate};
use crate::rules::scenario::{Scenario, Stance, Term};
use crate::rules::{ai, belief, effects, view};

/// Which way a minister counsels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counsel {
    For,
    Against,
}

/// One minister's advice on one matter, with the reasons he gives and their points.
#[derive(Clone, Debug, PartialEq)]
pub struct Advice {
    pub by: CharId,
    pub stance: Stance,
    pub counsel: Counsel,
    /// What it is about: "this draft", a policy's name, an army's march.
    pub about: String,
    /// The reasons he stresses, strongest first; points for (+) or against (-) as the
    /// court's own judgement weighs them (0 for a reason that is no figure).
    pub reasons: Vec<Reason>,
}

impl Advice {
    /// "Bi Shi'an 畢士安, Co-chief councillor, advises against this draft".
    pub fn headline(&self, s: &Scenario) -> String {
        let who = s.character(self.by);
        let key = match self.counsel {
            Counsel::For => "advice-for",
            Counsel::Against => "advice-against",
        };
        tr_args(
            key,
            &[
                ("adviser", who.label().into()),
                ("title", who.title.as_str().into()),
                ("about", self.about.as_str().into()),
            ],
        )
    }

    /// The headline and its reasons in one line: "... advises against this draft: The Song
    /// cede Guannan (-40); ...".
    pub fn text(&self, s: &Scenario) -> String {
        let reasons: Vec<String> = self
            .reasons
            .iter()
            .map(|r| {
                if r.points == 0 {
                    r.text.clone()
                } else {
                    tr_args(
                        "advice-points",
                        &[("reason", r.text.as_str().into()), ("points", format!("{:+}", r.points).into())],
                    )
                }
            })
            .collect();
        if reasons.is_empty() {
            self.headline(s)
        } else {
            tr_args(
                "advice-with-reasons",
                &[("headline", self.headline(s).into()), ("reasons", reasons.join(&tr("advice-separator")).into())],
            )
        }
    }
}

/// How far beyond the bare acceptance a hawk asks a treaty to go, and how far short of it a
/// dove would still swear, in points of the court's own judgement.
const HAWK_MARGIN: i32 = 15;
const DOVE_MARGIN: i32 = 15;
/// How many reasons each minister gives.
const REASONS: usize = 3;

/// The court's advisers, one of each stance: the first living minister of the court with
/// that stance who is not an envoy (an envoy only when no other has it).
pub fn advisers(game: &Game, side: CourtId) -> Vec<(Stance, CharId)> {
    let s = &*game.scenario;
    let st = game.state();
    let mut out = Vec::new();
    for stance in [Stance::Moderate, Stance::Hawk, Stance::Dove] {
        let of_court = |envoys: bool| {
            s.characters.iter().enumerate().find(|(i, c)| {
                c.side == side && c.stance == Some(stance) && st.people[*i].alive && (c.envoy.is_some() == envoys)
            })
        };
        if let Some((i, _)) = of_court(false).or_else(|| of_court(true)) {
            out.push((stance, CharId(i as u16)));
        }
    }
    out
}

/// The ministers of `side` on a draft between it and `other`, carried by `envoy` (`None` for a
/// draft the court writes itself): the court's own judgement of it, each minister stressing
/// what his stance makes him see.
pub fn on_draft(game: &Game, side: CourtId, other: CourtId, terms: &[Term], envoy: Option<CharId>) -> Vec<Advice> {
    if terms.is_empty() {
        return Vec::new();
    }
    let e = evaluate(game, side, other, terms, envoy);
    let total = e.total();
    let vetoed = !e.vetoes.is_empty();
    let mut lines: Vec<Reason> = e.clauses.iter().chain(&e.situation).filter(|r| r.points != 0).cloned().collect();
    lines.sort_by_key(|r| -r.points.abs());
    let against: Vec<Reason> = lines.iter().filter(|r| r.points < 0).cloned().collect();
    let support: Vec<Reason> = lines.iter().filter(|r| r.points > 0).cloned().collect();
    let vetoes: Vec<Reason> = e
        .vetoes
        .iter()
        .map(|v| Reason { points: 0, text: tr_args("advice-never", &[("veto", v.as_str().into())]) })
        .collect();
    let in_all = Reason { points: total, text: tr("advice-in-all") };
    let mut out = Vec::new();
    for (stance, by) in advisers(game, side) {
        let (counsel, reasons) = match stance {
            Stance::Moderate => {
                let counsel = if e.acceptable() { Counsel::For } else { Counsel::Against };
                let mut r = vetoes.clone();
                let (first, second) = if counsel == Counsel::For { (&support, &against) } else { (&against, &support) };
                r.extend(first.iter().take(2).cloned());
                r.extend(second.iter().take(1).cloned());
                r.push(in_all.clone());
                (counsel, r)
            }
            Stance::Hawk => {
                let counsel = if !vetoed && total >= HAWK_MARGIN { Counsel::For } else { Counsel::Against };
                let mut r = vetoes.clone();
                r.extend(if counsel == Counsel::For { &support } else { &against }.iter().take(REASONS).cloned());
                (counsel, r)
            }
            Stance::Dove => {
                let counsel = if !vetoed && total >= -DOVE_MARGIN { Counsel::For } else { Counsel::Against };
                let mut r = vetoes.clone();
                r.extend(if counsel == Counsel::For { &support } else { &against }.iter().take(REASONS).cloned());
                (counsel, r)
            }
        };
        out.push(Advice { by, stance, counsel, about: tr("advice-this-draft"), reasons });
    }
    out
}

/// The ministers on the court's policies: for each one the computer would decide now for
/// this court (from the world as the court believes it), its advocate or the moderate
/// counsels it, with the memorial that urges it; a policy a memorial urges that the computer
/// would not decide now, the moderate counsels against for now.
pub fn on_policies(game: &Game, side: CourtId) -> Vec<(PolicyId, Advice)> {
    let s = &*game.scenario;
    let st = game.state();
    let world = belief::believed_world(game, side);
    let memorials = view::memorials(game, side);
    let advisers = advisers(game, side);
    let moderate = advisers.iter().find(|(k, _)| *k == Stance::Moderate).or(advisers.first()).copied();
    let mut out = Vec::new();
    for (i, p) in s.policies.iter().enumerate().filter(|(_, p)| p.side == side) {
        let id = PolicyId(i as u16);
        let action = Action::Policy { policy: id };
        let court = &st.courts[side];
        let held = if p.once { court.taken[i] } else { court.active[i] };
        if held || game.check(side, &action).is_err() {
            continue;
        }
        let urged: Vec<&view::MemorialView> = memorials.iter().filter(|m| m.urges == Some(id)).collect();
        let wanted = effects::holds(s, &world, &p.ai_when) && ai::willing(game, side, &action);
        let advocate = p
            .advocate
            .filter(|a| s.character(*a).side == side && st.people[a.index()].alive)
            .map(|a| (s.character(a).stance.unwrap_or(Stance::Moderate), a));
        if wanted {
            let Some((stance, by)) = advocate.or(moderate) else { continue };
            let mut reasons: Vec<Reason> = urged
                .iter()
                .map(|m| Reason { points: 0, text: tr_args("advice-memorial", &[("text", m.text.as_str().into())]) })
                .collect();
            if reasons.is_empty() {
                reasons.push(Reason { points: 0, text: p.description.clone() });
            }
            reasons.truncate(1);
            out.push((id, Advice { by, stance, counsel: Counsel::For, about: p.name.clone(), reasons }));
        } else if !urged.is_empty()
            && let Some((stance, by)) = moderate
        {
            let text = tr("advice-not-now");
            let advice = Advice {
                by,
                stance,
                counsel: Counsel::Against,
                about: p.name.clone(),
                reasons: vec![Reason { points: 0, text }],
            };
            out.push((id, advice));
        }
    }
    out
}

/// The marches the computer would order for the court's armies now, from what the court sees
/// and believes: each counselled by the army's commander, or the court's hawk.
pub fn on_armies(game: &Game, side: CourtId) -> Vec<(ArmyId, Advice)> {
    let s = &*game.scenario;
    let st = game.state();
    let advisers = advisers(game, side);
    let hawk = advisers.iter().find(|(k, _)| *k == Stance::Hawk).or(advisers.first()).copied();
    let mut out = Vec::new();
    for (id, a) in st.armies_of(side) {
        let Some(action) = ai::army_order(game, side, id) else { continue };
        if game.check(side, &action).is_err() || !ai::willing(game, side, &action) {
            continue;
        }
        let (key, place) = match &action {
            Action::Move { to, .. } => ("advice-march", *to),
            Action::Besiege { .. } => ("advice-besiege", a.at),
            Action::Assault { .. } => ("advice-assault", a.at),
            Action::Garrison { .. } => ("advice-garrison", a.at),
            _ => continue,
        };
        let about = tr_args(
            key,
            &[("army", s.armies[id.index()].name.as_str().into()), ("place", s.place(place).name.as_str().into())],
        );
        let commander = a
            .commander
            .filter(|c| st.people[c.index()].alive)
            .map(|c| (s.character(c).stance.unwrap_or(Stance::Hawk), c));
        let Some((stance, by)) = commander.or(hawk) else { continue };
        out.push((id, Advice { by, stance, counsel: Counsel::For, about, reasons: Vec::new() }));
    }
    out
}
