//! Every way through a scenario, for authors: the distinct paths a player can take (choices
//! and random outcomes, with conditions and effects as the runtime applies them), how long
//! each takes, what it reaches, and which nodes no path visits. And seeded random
//! playthroughs through the real runtime, with the coverage they reach.
//!
//! Loops: a path takes each arrow at most once from the same moment (the same node with the
//! same variable values). Going round a loop that changes nothing therefore happens at most
//! once per path, and a loop that counts (`tries += 1`) goes round until its condition lets
//! the player out.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;

use rand::rngs::Xoshiro256PlusPlus;
use rand::{Rng, RngExt, SeedableRng};
use serde::Serialize;

use super::analysis;
use super::expr::Value;
use super::readability;
use super::runtime::{Answer, Millis, Run, Step};
use super::scenario::{NodeIdx, NodeKind, ReflectionKind, Scenario};
use super::timing::TextSpeed;

/// How many paths `paths` lists before it stops counting.
pub const DEFAULT_LIMIT: usize = 10_000;

/// Longest path, in steps, before the enumeration treats it as endless.
const MAX_STEPS: usize = 5_000;

/// Reading speed assumed for the time estimate: a slow reader of 12–14.
pub const WORDS_PER_MINUTE: f64 = 120.0;

/// Seconds to look at a node and tap on, besides reading.
const TAP_SECONDS: f64 = 2.0;

/// Seconds assumed for answering each kind of reflection, besides reading it.
fn answer_seconds(kind: ReflectionKind) -> f64 {
    match kind {
        ReflectionKind::OpenQuestion => 60.0,
        ReflectionKind::Ruler => 30.0,
        ReflectionKind::Feelings => 25.0,
        ReflectionKind::FlagJudgement => 45.0,
        ReflectionKind::Quiz => 20.0,
    }
}

/// Seconds assumed for the ending's take-away question.
const ENDING_SECONDS: f64 = 45.0;

/// Estimated seconds a player spends at each node: reading at [`WORDS_PER_MINUTE`], the
/// typing indicator before a message at normal speed, a tap, and answering a reflection.
/// `texts` holds what the player reads at each node (see [`readability::node_texts`]).
pub fn node_seconds(s: &Scenario, texts: &[String]) -> Vec<f64> {
    (0..s.nodes.len())
        .map(|i| {
            let node = s.node(i);
            if node.is_automatic() {
                return 0.0;
            }
            let t = &texts[i];
            let mut r = readability::Readability::default();
            readability::count(t, &mut r);
            let mut secs = TAP_SECONDS + r.words as f64 * 60.0 / WORDS_PER_MINUTE;
            if matches!(node.kind, NodeKind::Message { .. }) {
                secs += TextSpeed::Normal.typing_seconds(t.chars().count());
            }
            if let Some(k) = node.reflection() {
                secs += answer_seconds(k);
            }
            if node.is_ending() {
                secs += ENDING_SECONDS;
            }
            secs
        })
        .collect()
}

/// A choice made on a path: the node, the option's id, and its number as the player sees
/// it (1 = the first option offered), which is what `run --choices` takes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pick {
    pub node: String,
    pub option: String,
    pub number: usize,
    pub risky: bool,
}

/// A random branch resolved on a path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Chance {
    pub node: String,
    pub to: String,
}

/// One distinct way through the scenario.
#[derive(Debug, Clone, Serialize)]
pub struct Path {
    /// Nodes the player sees, in order (jumps and random branches are not shown).
    pub nodes: Vec<String>,
    pub choices: Vec<Pick>,
    pub random: Vec<Chance>,
    /// Reflection nodes on the way, in order.
    pub reflections: Vec<String>,
    pub ending: String,
    pub minutes: f64,
}

impl Path {
    /// The choices as `run --choices` takes them: `2,1,3`.
    pub fn script(&self) -> String {
        let numbers: Vec<String> = self.choices.iter().map(|c| c.number.to_string()).collect();
        numbers.join(",")
    }

    pub fn risky(&self) -> usize {
        self.choices.iter().filter(|c| c.risky).count()
    }
}

/// Everything `paths` reports.
#[derive(Debug, Serialize)]
pub struct Paths {
    pub scenario: String,
    /// The paths found, in depth-first order (at most the limit).
    pub paths: Vec<Path>,
    /// False when the limit stopped the enumeration: there are more paths.
    pub complete: bool,
    pub limit: usize,
    /// The fewest nodes any path shows (exact, also when the enumeration stopped early).
    pub shortest_nodes: Option<usize>,
    /// The author's estimate from the scenario file.
    pub authored_minutes: u32,
    /// Paths per ending, in the order of the scenario file.
    pub endings: Vec<(String, usize)>,
    /// Paths per reflection node, in the order of the scenario file.
    pub reflections: Vec<(String, usize)>,
    /// Nodes on no way from the start to an ending, taking conditions into account.
    pub unvisited: Vec<String>,
    /// False when the scenario had too many variable combinations to be sure of `unvisited`
    /// (then it lists the nodes none of the paths found visits).
    pub unvisited_exact: bool,
}

impl Paths {
    pub fn shortest(&self) -> Option<&Path> {
        self.paths.iter().min_by_key(|p| p.nodes.len())
    }

    pub fn longest(&self) -> Option<&Path> {
        self.paths.iter().max_by_key(|p| p.nodes.len())
    }
}

/// One way out of a node: where it goes, the variables after it, and what it was.
struct Move {
    to: NodeIdx,
    vars: Vec<Value>,
    pick: Option<Pick>,
    chance: bool,
}

/// The ways on from `node` with `vars`, as the runtime would offer them: the state pass's
/// transitions, with the option each choice transition stands for.
fn moves(s: &Scenario, node: NodeIdx, vars: &[Value]) -> Vec<Move> {
    let n = s.node(node);
    let offered = n.offered(vars);
    let chance = matches!(n.kind, NodeKind::Random { .. });
    analysis::transitions(s, node, vars)
        .into_iter()
        .enumerate()
        .map(|(i, (to, vars))| Move {
            to,
            vars,
            pick: offered.get(i).map(|o| Pick {
                node: n.id.clone(),
                option: o.id.clone(),
                number: i + 1,
                risky: o.risky,
            }),
            chance,
        })
        .collect()
}

/// The path being built by the depth-first search.
#[derive(Default)]
struct Trail {
    nodes: Vec<NodeIdx>,
    picks: Vec<Pick>,
    chances: Vec<Chance>,
}

struct Search<'a> {
    s: &'a Scenario,
    seconds: &'a [f64],
    limit: usize,
    found: Vec<Path>,
    complete: bool,
    /// Arrows taken on the current path: (node, variables, which way).
    used: HashSet<(NodeIdx, Vec<Value>, usize)>,
}

impl Search<'_> {
    fn record(&mut self, trail: &Trail, ending: NodeIdx) {
        let s = self.s;
        let shown: Vec<NodeIdx> = trail
            .nodes
            .iter()
            .copied()
            .filter(|&n| !s.node(n).is_automatic())
            .collect();
        let seconds: f64 = shown.iter().map(|&n| self.seconds[n]).sum();
        self.found.push(Path {
            nodes: shown.iter().map(|&n| s.node(n).id.clone()).collect(),
            choices: trail.picks.clone(),
            random: trail.chances.clone(),
            reflections: shown
                .iter()
                .filter(|&&n| s.node(n).reflection().is_some())
                .map(|&n| s.node(n).id.clone())
                .collect(),
            ending: s.node(ending).id.clone(),
            minutes: seconds / 60.0,
        });
    }

    /// Depth-first with an explicit stack, so long paths cannot overflow the call stack.
    fn run(&mut self) {
        struct Frame {
            node: NodeIdx,
            vars: Vec<Value>,
            moves: Vec<Move>,
            next: usize,
        }
        let s = self.s;
        let mut trail = Trail::default();
        let mut stack: Vec<Frame> = Vec::new();
        let enter = |node: NodeIdx, vars: Vec<Value>, trail: &mut Trail| {
            trail.nodes.push(node);
            Frame {
                moves: moves(s, node, &vars),
                node,
                vars,
                next: 0,
            }
        };
        stack.push(enter(s.start, s.defaults(), &mut trail));
        while let Some(frame) = stack.last_mut() {
            if s.node(frame.node).is_ending() && frame.next == 0 {
                frame.next = usize::MAX;
                let ending = frame.node;
                self.record(&trail, ending);
                if self.found.len() >= self.limit {
                    self.complete = false;
                    return;
                }
            }
            let Some(m) = frame.moves.get(frame.next) else {
                stack.pop();
                trail.nodes.pop();
                if let Some(parent) = stack.last() {
                    let way = parent.next - 1;
                    self.used.remove(&(parent.node, parent.vars.clone(), way));
                    let m = &parent.moves[way];
                    if m.pick.is_some() {
                        trail.picks.pop();
                    }
                    if m.chance {
                        trail.chances.pop();
                    }
                }
                continue;
            };
            let way = frame.next;
            frame.next += 1;
            if trail.nodes.len() >= MAX_STEPS
                || !self.used.insert((frame.node, frame.vars.clone(), way))
            {
                continue;
            }
            if let Some(p) = &m.pick {
                trail.picks.push(p.clone());
            }
            if m.chance {
                trail.chances.push(Chance {
                    node: s.node(frame.node).id.clone(),
                    to: s.node(m.to).id.clone(),
                });
            }
            let (to, vars) = (m.to, m.vars.clone());
            stack.push(enter(to, vars, &mut trail));
        }
    }
}

/// Enumerates the paths through `s`, at most `limit` of them. `seconds` is the estimated
/// time per node (see [`node_seconds`]).
pub fn enumerate(s: &Scenario, seconds: &[f64], limit: usize) -> Paths {
    let mut search = Search {
        s,
        seconds,
        limit: limit.max(1),
        found: Vec::new(),
        complete: true,
        used: HashSet::new(),
    };
    search.run();
    let Search {
        found: paths,
        complete,
        ..
    } = search;

    let count = |pred: &dyn Fn(&Path, &str) -> bool, ids: Vec<&str>| -> Vec<(String, usize)> {
        ids.into_iter()
            .map(|id| (id.to_string(), paths.iter().filter(|p| pred(p, id)).count()))
            .collect()
    };
    let endings = count(
        &|p, id| p.ending == id,
        s.nodes
            .iter()
            .filter(|n| n.is_ending())
            .map(|n| n.id.as_str())
            .collect(),
    );
    let reflections = count(
        &|p, id| p.reflections.iter().any(|r| r == id),
        s.nodes
            .iter()
            .filter(|n| n.reflection().is_some())
            .map(|n| n.id.as_str())
            .collect(),
    );

    let space = analysis::explore(s, analysis::STATE_LIMIT);
    let (unvisited, unvisited_exact) = if space.complete {
        let useful = useful_states(s, &space);
        let mut on_a_path = vec![false; s.nodes.len()];
        for (i, (node, _)) in space.states.iter().enumerate() {
            if useful[i] {
                on_a_path[*node] = true;
            }
        }
        (ids_where(s, |n| !on_a_path[n]), true)
    } else {
        let seen: HashSet<&str> = paths
            .iter()
            .flat_map(|p| p.nodes.iter().map(String::as_str))
            .collect();
        (
            ids_where(s, |n| {
                !s.node(n).is_automatic() && !seen.contains(s.node(n).id.as_str())
            }),
            false,
        )
    };
    let shortest_nodes = if space.complete {
        fewest_shown(s, &space)
    } else {
        paths.iter().map(|p| p.nodes.len()).min()
    };
    Paths {
        scenario: s.id.clone(),
        paths,
        complete,
        limit,
        shortest_nodes,
        authored_minutes: s.minutes,
        endings,
        reflections,
        unvisited,
        unvisited_exact,
    }
}

fn ids_where(s: &Scenario, pred: impl Fn(NodeIdx) -> bool) -> Vec<String> {
    (0..s.nodes.len())
        .filter(|&n| pred(n))
        .map(|n| s.node(n).id.clone())
        .collect()
}

/// States from which an ending can still be reached.
fn useful_states(s: &Scenario, space: &analysis::StateSpace) -> Vec<bool> {
    let endings: Vec<bool> = space
        .states
        .iter()
        .map(|(node, _)| s.node(*node).is_ending())
        .collect();
    analysis::reaches(&space.edges, &endings)
}

/// The fewest shown nodes from the start to an ending, by breadth-first search over the
/// states where jumps and random branches cost nothing.
fn fewest_shown(s: &Scenario, space: &analysis::StateSpace) -> Option<usize> {
    let cost = |i: usize| usize::from(!s.node(space.states[i].0).is_automatic());
    let mut dist = vec![usize::MAX; space.states.len()];
    let mut queue = VecDeque::from([(0usize, cost(0))]);
    dist[0] = cost(0);
    while let Some((i, d)) = queue.pop_front() {
        if d > dist[i] {
            continue;
        }
        for &j in &space.edges[i] {
            let nd = d + cost(j);
            if nd < dist[j] {
                dist[j] = nd;
                if cost(j) == 0 {
                    queue.push_front((j, nd));
                } else {
                    queue.push_back((j, nd));
                }
            }
        }
    }
    (0..space.states.len())
        .filter(|&i| s.node(space.states[i].0).is_ending())
        .map(|i| dist[i])
        .filter(|&d| d != usize::MAX)
        .min()
}

/// What seeded random playthroughs reached.
#[derive(Debug, Serialize)]
pub struct Coverage {
    pub playthroughs: usize,
    pub seed: u64,
    /// Playthroughs that reached an ending.
    pub finished: usize,
    /// Playthroughs the runtime stopped, with why (at most a few, for the author to look at).
    pub stuck: Vec<String>,
    /// Nodes the player can see, and how many the playthroughs showed.
    pub nodes_total: usize,
    pub nodes_seen: usize,
    /// Options in the scenario, and how many were picked at least once.
    pub options_total: usize,
    pub options_picked: usize,
    /// Playthroughs per ending, in the order of the scenario file.
    pub endings: Vec<(String, usize)>,
    /// Nodes no playthrough showed.
    pub unseen: Vec<String>,
}

/// How many stuck playthroughs the coverage keeps, to show the author.
const STUCK_SHOWN: usize = 5;

/// Plays `n` playthroughs through the runtime, each option and answer picked at random
/// from `seed`, and reports what they reached.
pub fn random_playthroughs(s: &Arc<Scenario>, n: usize, seed: u64) -> Coverage {
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
    let mut seen = vec![false; s.nodes.len()];
    let mut picked: HashSet<(String, String)> = HashSet::new();
    let mut endings: HashMap<String, usize> = HashMap::new();
    let mut stuck = Vec::new();
    let mut finished = 0;
    let now: Millis = 0;
    for _ in 0..n {
        let run_seed = rng.next_u64();
        let mut run = match Run::start(Arc::clone(s), "", run_seed, now) {
            Ok(run) => run,
            Err(e) => {
                stuck.push(e.to_string());
                continue;
            }
        };
        let mut steps = 0;
        let result = loop {
            steps += 1;
            if steps > MAX_STEPS {
                break Err(format!(
                    "still going after {MAX_STEPS} steps at `{}` (seed {run_seed})",
                    run.node().id
                ));
            }
            let node = run.node();
            seen[s.node_index(&node.id).unwrap_or(0)] = true;
            let done = match run.step() {
                Step::Show(_) => run.advance(now),
                Step::Choose(node, offered) => {
                    if offered.is_empty() {
                        break Err(format!(
                            "no option is offered at `{}` (seed {run_seed})",
                            node.id
                        ));
                    }
                    let o = offered[rng.random_range(0..offered.len())];
                    picked.insert((node.id.clone(), o.id.clone()));
                    let id = o.id.clone();
                    run.choose(&id, now)
                }
                Step::Reflect(node, _) => match Answer::varied(&node.kind, rng.random()) {
                    Some(a) => run.answer(a, now),
                    None => break Err(format!("`{}` takes no answer", node.id)),
                },
                Step::Ending(node) => {
                    *endings.entry(node.id.clone()).or_default() += 1;
                    break Ok(());
                }
                Step::Finished(_) => break Ok(()),
            };
            if let Err(e) = done {
                break Err(format!("{e} (seed {run_seed})"));
            }
        };
        match result {
            Ok(()) => finished += 1,
            Err(e) if stuck.len() < STUCK_SHOWN => stuck.push(e),
            Err(_) => {}
        }
    }
    let shown = |n: NodeIdx| !s.node(n).is_automatic();
    let options_total = s
        .nodes
        .iter()
        .map(|n| match &n.kind {
            NodeKind::Choice { options } => options.len(),
            _ => 0,
        })
        .sum();
    Coverage {
        playthroughs: n,
        seed,
        finished,
        stuck,
        nodes_total: (0..s.nodes.len()).filter(|&i| shown(i)).count(),
        nodes_seen: (0..s.nodes.len()).filter(|&i| shown(i) && seen[i]).count(),
        options_total,
        options_picked: picked.len(),
        endings: s
            .nodes
            .iter()
            .filter(|n| n.is_ending())
            .map(|n| (n.id.clone(), endings.get(&n.id).copied().unwrap_or(0)))
            .collect(),
        unseen: ids_where(s, |i| shown(i) && !seen[i]),
    }
}
