//! Actions written with names instead of ids, as in action files and saves:
//! `Move(army: "liao_main", to: "chanzhou")`.

use crate::rules::game::{Action, Answer};
use crate::rules::ids::*;
use crate::rules::scenario::raw::{RawTerm, RawValue};
use crate::rules::scenario::{ParamKind, Scenario, Term, Value};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum ActionSpec {
    Move {
        army: String,
        to: String,
    },
    Besiege {
        army: String,
    },
    Assault {
        army: String,
    },
    Garrison {
        army: String,
    },
    Fortify {
        place: String,
    },
    Appoint {
        character: String,
        army: String,
    },
    AppointEnvoy {
        character: String,
    },
    Policy {
        policy: String,
    },
    /// `to` names the court the draft goes to; it may be left out where there are two courts.
    SendEnvoy {
        #[serde(default)]
        to: Option<String>,
        terms: Vec<RawTerm>,
    },
    Accept {
        proposal: u32,
    },
    Reject {
        proposal: u32,
    },
    Counter {
        proposal: u32,
        terms: Vec<RawTerm>,
    },
    EndTurn,
}

fn find(kind: &str, name: &str, id: Option<u16>, known: Vec<&str>) -> Result<u16, String> {
    id.ok_or_else(|| {
        let hint =
            crate::rules::scenario::diagnostic::did_you_mean(name, known).map(|h| format!("; {h}")).unwrap_or_default();
        format!("unknown {kind} `{name}`{hint}")
    })
}

impl ActionSpec {
    /// Resolves names against a scenario, for an action of the court `by`; unknown names are
    /// an error with a suggestion.
    pub fn resolve(&self, s: &Scenario, by: CourtId) -> Result<Action, String> {
        let army = |n: &str| {
            find("army", n, s.army_id(n).map(|i| i.0), s.armies.iter().map(|a| a.id.as_str()).collect()).map(ArmyId)
        };
        let place = |n: &str| {
            find("place", n, s.place_id(n).map(|i| i.0), s.places.iter().map(|a| a.id.as_str()).collect()).map(PlaceId)
        };
        let person = |n: &str| {
            find("character", n, s.char_id(n).map(|i| i.0), s.characters.iter().map(|a| a.id.as_str()).collect())
                .map(CharId)
        };
        Ok(match self {
            ActionSpec::Move { army: a, to } => Action::Move { army: army(a)?, to: place(to)? },
            ActionSpec::Besiege { army: a } => Action::Besiege { army: army(a)? },
            ActionSpec::Assault { army: a } => Action::Assault { army: army(a)? },
            ActionSpec::Garrison { army: a } => Action::Garrison { army: army(a)? },
            ActionSpec::Fortify { place: p } => Action::Fortify { place: place(p)? },
            ActionSpec::Appoint { character, army: a } => {
                Action::Appoint { character: person(character)?, army: army(a)? }
            }
            ActionSpec::AppointEnvoy { character } => Action::AppointEnvoy { character: person(character)? },
            ActionSpec::Policy { policy } => Action::Policy {
                policy: PolicyId(find(
                    "policy",
                    policy,
                    s.policy_id(policy).map(|i| i.0),
                    s.policies.iter().map(|p| p.id.as_str()).collect(),
                )?),
            },
            ActionSpec::SendEnvoy { to, terms } => {
                let to = match to {
                    Some(name) => court(s, name)?,
                    None => {
                        let others: Vec<CourtId> = s.court_ids().filter(|c| *c != by).collect();
                        match others.as_slice() {
                            [only] => *only,
                            _ => {
                                let ids: Vec<&str> = others.iter().map(|c| s.courts[*c].id.as_str()).collect();
                                return Err(format!(
                                    "SendEnvoy needs `to`: the court the draft goes to, one of {}",
                                    ids.join(", ")
                                ));
                            }
                        }
                    }
                };
                Action::SendEnvoy { to, terms: resolve_terms(s, terms)? }
            }
            ActionSpec::Accept { proposal } => Action::Answer { proposal: *proposal, answer: Answer::Accept },
            ActionSpec::Reject { proposal } => Action::Answer { proposal: *proposal, answer: Answer::Reject },
            ActionSpec::Counter { proposal, terms } => {
                Action::Answer { proposal: *proposal, answer: Answer::Counter(resolve_terms(s, terms)?) }
            }
            ActionSpec::EndTurn => Action::EndTurn,
        })
    }

    pub fn from_action(s: &Scenario, a: &Action) -> ActionSpec {
        let army = |a: &ArmyId| s.armies[a.index()].id.clone();
        match a {
            Action::Move { army: a, to } => ActionSpec::Move { army: army(a), to: s.place(*to).id.clone() },
            Action::Besiege { army: a } => ActionSpec::Besiege { army: army(a) },
            Action::Assault { army: a } => ActionSpec::Assault { army: army(a) },
            Action::Garrison { army: a } => ActionSpec::Garrison { army: army(a) },
            Action::Fortify { place } => ActionSpec::Fortify { place: s.place(*place).id.clone() },
            Action::Appoint { character, army: a } => {
                ActionSpec::Appoint { character: s.character(*character).id.clone(), army: army(a) }
            }
            Action::AppointEnvoy { character } => {
                ActionSpec::AppointEnvoy { character: s.character(*character).id.clone() }
            }
            Action::Policy { policy } => ActionSpec::Policy { policy: s.policies[policy.index()].id.clone() },
            Action::SendEnvoy { to, terms } => {
                ActionSpec::SendEnvoy { to: Some(s.courts[*to].id.clone()), terms: raw_terms(s, terms) }
            }
            Action::Answer { proposal, answer: Answer::Accept } => ActionSpec::Accept { proposal: *proposal },
            Action::Answer { proposal, answer: Answer::Reject } => ActionSpec::Reject { proposal: *proposal },
            Action::Answer { proposal, answer: Answer::Counter(t) } => {
                ActionSpec::Counter { proposal: *proposal, terms: raw_terms(s, t) }
            }
            Action::EndTurn => ActionSpec::EndTurn,
        }
    }
}

/// A court by its id, case-insensitive; an unknown id lists the choices.
pub fn court(s: &Scenario, name: &str) -> Result<CourtId, String> {
    s.court_id(name).ok_or_else(|| {
        let ids: Vec<&str> = s.courts.0.iter().map(|c| c.id.as_str()).collect();
        let hint = crate::rules::scenario::diagnostic::did_you_mean(name, ids.iter().copied())
            .map(|h| format!("; {h}"))
            .unwrap_or_default();
        format!("unknown court `{name}`{hint}; the courts are: {}", ids.join(", "))
    })
}

pub fn raw_terms(s: &Scenario, terms: &[Term]) -> Vec<RawTerm> {
    terms
        .iter()
        .map(|t| {
            let clause = s.clause(t.clause);
            let params: BTreeMap<String, RawValue> = clause
                .params
                .iter()
                .zip(&t.values)
                .map(|(p, v)| {
                    let raw = match v {
                        Value::Amount(n) => RawValue::Amount(*n),
                        Value::Side(side) => RawValue::Side(s.courts[*side].id.clone()),
                        Value::Place(pl) => RawValue::Place(s.place(*pl).id.clone()),
                        Value::Region(r) => RawValue::Region(s.regions[r.index()].id.clone()),
                    };
                    (p.name.clone(), raw)
                })
                .collect();
            RawTerm { clause: clause.id.clone(), params }
        })
        .collect()
}

pub fn resolve_terms(s: &Scenario, terms: &[RawTerm]) -> Result<Vec<Term>, String> {
    terms
        .iter()
        .map(|t| {
            let id = s.clause_id(&t.clause).ok_or_else(|| {
                let hint = crate::rules::scenario::diagnostic::did_you_mean(
                    &t.clause,
                    s.clauses.iter().map(|c| c.id.as_str()),
                )
                .map(|h| format!("; {h}"))
                .unwrap_or_default();
                format!("unknown clause `{}`{hint}", t.clause)
            })?;
            let clause = s.clause(id);
            for name in t.params.keys() {
                if !clause.params.iter().any(|p| &p.name == name) {
                    return Err(format!("clause `{}` has no parameter `{name}`", clause.id));
                }
            }
            let values = clause
                .params
                .iter()
                .map(|p| match (t.params.get(&p.name), &p.kind) {
                    (None, k) => Ok(k.default_value()),
                    (Some(RawValue::Amount(n)), ParamKind::Amount { .. }) => Ok(Value::Amount(*n)),
                    (Some(RawValue::Side(name)), ParamKind::Side { .. }) => court(s, name).map(Value::Side),
                    (Some(RawValue::Place(n)), ParamKind::Place { .. }) => {
                        s.place_id(n).map(Value::Place).ok_or_else(|| format!("unknown place `{n}`"))
                    }
                    (Some(RawValue::Region(n)), ParamKind::Region { .. }) => {
                        s.region_id(n).map(Value::Region).ok_or_else(|| format!("unknown region `{n}`"))
                    }
                    _ => Err(format!("parameter `{}` of `{}` takes another kind of value", p.name, clause.id)),
                })
                .collect::<Result<Vec<_>, _>>()?;
            Ok(Term { clause: id, values })
        })
        .collect()
}
