//! Graph checks on a compiled scenario.
//!
//! Two passes. The structural pass ignores conditions: nodes nobody can reach, and nodes from
//! which no ending can be reached. The state pass explores every reachable combination of
//! node and variable values (up to a limit), so it also finds what conditions cause: a
//! choice whose options are all switched off, or a loop that conditions make inescapable.

use std::collections::{HashMap, VecDeque};

use super::diag::{Diagnostic, FileId};
use super::expr::Value;
use super::scenario::{NodeIdx, NodeKind, Scenario};
use super::spans::{Seg, SpanTree};

/// How many (node, variables) states the state pass explores before it gives up.
pub const STATE_LIMIT: usize = 20_000;

/// Nodes reachable from the start, ignoring conditions.
pub fn reachable(s: &Scenario) -> Vec<bool> {
    let mut seen = vec![false; s.nodes.len()];
    let mut stack = vec![s.start];
    while let Some(n) = stack.pop() {
        if std::mem::replace(&mut seen[n], true) {
            continue;
        }
        stack.extend(s.nodes[n].successors());
    }
    seen
}

/// Nodes from which an ending can be reached, ignoring conditions.
pub fn can_finish(s: &Scenario) -> Vec<bool> {
    let edges: Vec<Vec<NodeIdx>> = s.nodes.iter().map(|n| n.successors()).collect();
    let endings: Vec<bool> = s.nodes.iter().map(|n| n.is_ending()).collect();
    reaches(&edges, &endings)
}

/// The vertices of the graph `edges` from which some vertex marked in `targets` can be
/// reached (targets included).
pub fn reaches(edges: &[Vec<usize>], targets: &[bool]) -> Vec<bool> {
    let mut preds: Vec<Vec<usize>> = vec![Vec::new(); edges.len()];
    for (i, out) in edges.iter().enumerate() {
        for &t in out {
            preds[t].push(i);
        }
    }
    let mut ok = vec![false; edges.len()];
    let mut stack: Vec<usize> = (0..edges.len()).filter(|&i| targets[i]).collect();
    while let Some(n) = stack.pop() {
        if !std::mem::replace(&mut ok[n], true) {
            stack.extend(preds[n].iter().copied());
        }
    }
    ok
}

/// One transition of the state pass, as the runtime takes it.
pub fn transitions(s: &Scenario, node: NodeIdx, vars: &[Value]) -> Vec<(NodeIdx, Vec<Value>)> {
    let apply = |effects: &[super::expr::Effect]| {
        let mut v = vars.to_vec();
        for e in effects {
            e.apply(&mut v);
        }
        v
    };
    let n = &s.nodes[node];
    match &n.kind {
        NodeKind::Choice { .. } => n
            .offered(vars)
            .into_iter()
            .map(|o| (o.goto, apply(&o.effects)))
            .collect(),
        NodeKind::Random { outcomes } => outcomes
            .iter()
            .filter(|o| o.weight > 0)
            .map(|o| (o.goto, apply(&o.effects)))
            .collect(),
        _ => match n.jump_target(vars) {
            Some(target) => vec![(target, vars.to_vec())],
            None => n
                .successors()
                .into_iter()
                .map(|t| (t, vars.to_vec()))
                .collect(),
        },
    }
}

/// The result of exploring the reachable states.
pub struct StateSpace {
    pub states: Vec<(NodeIdx, Vec<Value>)>,
    /// For each state, the state it was first reached from (for example paths).
    pub parent: Vec<Option<usize>>,
    pub edges: Vec<Vec<usize>>,
    pub complete: bool,
}

pub fn explore(s: &Scenario, limit: usize) -> StateSpace {
    let mut ids: HashMap<(NodeIdx, Vec<Value>), usize> = HashMap::new();
    let mut space = StateSpace {
        states: Vec::new(),
        parent: Vec::new(),
        edges: Vec::new(),
        complete: true,
    };
    let start = (s.start, s.defaults());
    ids.insert(start.clone(), 0);
    space.states.push(start);
    space.parent.push(None);
    space.edges.push(Vec::new());
    let mut queue = VecDeque::from([0usize]);
    while let Some(i) = queue.pop_front() {
        let (node, vars) = space.states[i].clone();
        for next in transitions(s, node, &vars) {
            let j = match ids.get(&next) {
                Some(&j) => j,
                None => {
                    if space.states.len() >= limit {
                        space.complete = false;
                        return space;
                    }
                    let j = space.states.len();
                    ids.insert(next.clone(), j);
                    space.states.push(next);
                    space.parent.push(Some(i));
                    space.edges.push(Vec::new());
                    queue.push_back(j);
                    j
                }
            };
            space.edges[i].push(j);
        }
    }
    space
}

impl StateSpace {
    /// Node ids on the way from the start to state `i`.
    pub fn path_to(&self, s: &Scenario, mut i: usize) -> Vec<String> {
        let mut out = vec![s.nodes[self.states[i].0].id.clone()];
        while let Some(p) = self.parent[i] {
            out.push(s.nodes[self.states[p].0].id.clone());
            i = p;
        }
        out.reverse();
        out
    }
}

/// Node ids as `a`, `b` and `c`.
fn group_names(s: &Scenario, nodes: impl Iterator<Item = NodeIdx>) -> String {
    let ids: Vec<String> = nodes.map(|n| format!("`{}`", s.nodes[n].id)).collect();
    match ids.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => ids.join(""),
    }
}

/// The cycles of the graph restricted to `include` that no edge leaves (within `include`):
/// where a stuck player ends up. Strongly connected components by iterative Tarjan.
pub fn bottom_components(edges: &[Vec<usize>], include: &[bool]) -> Vec<Vec<usize>> {
    let n = edges.len();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut comp = vec![usize::MAX; n];
    let mut components: Vec<Vec<usize>> = Vec::new();
    let mut counter = 0;
    for root in 0..n {
        if !include[root] || index[root] != usize::MAX {
            continue;
        }
        let mut work = vec![(root, 0usize)];
        index[root] = counter;
        low[root] = counter;
        counter += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (v, ref mut next)) = work.last_mut() {
            if let Some(&w) = edges[v].get(*next) {
                *next += 1;
                if !include[w] {
                    continue;
                }
                if index[w] == usize::MAX {
                    index[w] = counter;
                    low[w] = counter;
                    counter += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                let mut members = Vec::new();
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    comp[w] = components.len();
                    members.push(w);
                    if w == v {
                        break;
                    }
                }
                components.push(members);
            }
        }
    }
    components
        .into_iter()
        .enumerate()
        .filter(|(c, members)| {
            let cyclic = members.len() > 1 || edges[members[0]].contains(&members[0]);
            cyclic
                && members
                    .iter()
                    .all(|&v| edges[v].iter().all(|&w| !include[w] || comp[w] == *c))
        })
        .map(|(_, mut members)| {
            members.sort();
            members
        })
        .collect()
}

fn describe_path(path: &[String]) -> String {
    const SHOW: usize = 12;
    if path.len() <= SHOW {
        path.join(" → ")
    } else {
        format!(
            "{} → … → {}",
            path[..3].join(" → "),
            path[path.len() - (SHOW - 3)..].join(" → ")
        )
    }
}

fn describe_vars(s: &Scenario, vars: &[Value]) -> String {
    if vars.is_empty() {
        return String::new();
    }
    let list = s
        .variables
        .iter()
        .zip(vars)
        .map(|(d, v)| format!("{} = {v}", d.id))
        .collect::<Vec<_>>()
        .join(", ");
    format!(" with {list}")
}

/// Runs both passes and reports problems at the nodes' ids in the RON text.
pub fn check(s: &Scenario, file: FileId, tree: &SpanTree) -> Vec<Diagnostic> {
    let node_span =
        |i: NodeIdx| tree.locate(&[Seg::Field("nodes"), Seg::Index(i), Seg::Field("id")]);
    let reach = reachable(s);
    let mut out = structure(s, file, &reach, &node_span);
    if out.iter().any(Diagnostic::is_error) {
        return out;
    }
    let space = explore(s, STATE_LIMIT);
    if !space.complete {
        out.push(
            Diagnostic::warning(
                "too-many-states",
                file,
                format!(
                    "the scenario has more than {STATE_LIMIT} combinations of node and variable values; conditions were not checked completely"
                ),
            )
            .at(tree.locate(&[Seg::Field("variables")]), "these variables")
            .help("a number variable that grows in a loop makes endless combinations; limit it with a condition"),
        );
        return out;
    }
    let mut reported = vec![false; s.nodes.len()];
    out.extend(disabled_choices(s, file, &space, &mut reported, &node_span));
    out.extend(inescapable_loops(
        s,
        file,
        &space,
        &mut reported,
        &node_span,
    ));
    // Nodes the structure reaches but no state does: conditions keep them out. After an
    // error above these are its consequences, so they are not repeated.
    if !out.iter().any(Diagnostic::is_error) {
        out.extend(never_reached(s, file, &space, &reach, &node_span));
    }
    out
}

/// The graph alone: nodes no path leads to, and groups of nodes with no way to an ending.
fn structure(
    s: &Scenario,
    file: FileId,
    reach: &[bool],
    node_span: &dyn Fn(NodeIdx) -> std::ops::Range<usize>,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let finish = can_finish(s);
    for (i, node) in s.nodes.iter().enumerate() {
        if !reach[i] {
            out.push(
                Diagnostic::warning(
                    "unreachable-node",
                    file,
                    format!("no path leads to node `{}`", node.id),
                )
                .at(node_span(i), "never reached")
                .help("point a `next` or `goto` at it, or remove it"),
            );
        }
    }
    let stuck: Vec<bool> = (0..s.nodes.len()).map(|i| reach[i] && !finish[i]).collect();
    let successors: Vec<Vec<usize>> = s.nodes.iter().map(|n| n.successors()).collect();
    for group in bottom_components(&successors, &stuck) {
        let first = *group.iter().min().unwrap_or(&0);
        let names = group_names(s, group.iter().copied());
        out.push(
            Diagnostic::error(
                "no-ending-reachable",
                file,
                format!(
                    "from node `{}` the player can never reach an ending",
                    s.nodes[first].id
                ),
            )
            .at(node_span(first), "dead end")
            .help(format!(
                "the nodes {names} only lead to each other; lead one of them to an `Ending` node"
            )),
        );
    }
    out
}

/// Choices with no enabled option, in some reachable state.
fn disabled_choices(
    s: &Scenario,
    file: FileId,
    space: &StateSpace,
    reported: &mut [bool],
    node_span: &dyn Fn(NodeIdx) -> std::ops::Range<usize>,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, (node, vars)) in space.states.iter().enumerate() {
        if matches!(s.nodes[*node].kind, NodeKind::Choice { .. })
            && space.edges[i].is_empty()
            && !std::mem::replace(&mut reported[*node], true)
        {
            out.push(
                Diagnostic::error(
                    "all-options-disabled",
                    file,
                    format!(
                        "at choice `{}` every option can be switched off by its condition",
                        s.nodes[*node].id
                    ),
                )
                .at(node_span(*node), "no option left here")
                .help(format!(
                    "this happens on the path {}{}; give one option no condition, or make the conditions cover every case",
                    describe_path(&space.path_to(s, i)),
                    describe_vars(s, vars)
                )),
            );
        }
    }
    out
}

/// States from which no ending state can be reached: loops the conditions never open.
fn inescapable_loops(
    s: &Scenario,
    file: FileId,
    space: &StateSpace,
    reported: &mut [bool],
    node_span: &dyn Fn(NodeIdx) -> std::ops::Range<usize>,
) -> Vec<Diagnostic> {
    let mut preds = vec![Vec::new(); space.states.len()];
    for (i, edges) in space.edges.iter().enumerate() {
        for &j in edges {
            preds[j].push(i);
        }
    }
    let mut ok = vec![false; space.states.len()];
    let mut stack: Vec<usize> = (0..space.states.len())
        .filter(|&i| s.nodes[space.states[i].0].is_ending())
        .collect();
    while let Some(i) = stack.pop() {
        if std::mem::replace(&mut ok[i], true) {
            continue;
        }
        stack.extend(preds[i].iter().copied());
    }
    let stuck: Vec<bool> = (0..space.states.len())
        .map(|i| !ok[i] && !space.edges[i].is_empty())
        .collect();
    let mut out = Vec::new();
    for group in bottom_components(&space.edges, &stuck) {
        let first = *group.iter().min().unwrap_or(&0);
        let (node, vars) = &space.states[first];
        if std::mem::replace(&mut reported[*node], true) {
            continue;
        }
        let mut nodes: Vec<NodeIdx> = group.iter().map(|&g| space.states[g].0).collect();
        nodes.sort();
        nodes.dedup();
        out.push(
            Diagnostic::error(
                "inescapable-loop",
                file,
                format!(
                    "the conditions keep the player in a loop through {}",
                    group_names(s, nodes.into_iter())
                ),
            )
            .at(node_span(*node), "the loop starts here")
            .help(format!(
                "after the path {}{}, no way out of the loop is ever switched on; check its conditions",
                describe_path(&space.path_to(s, first)),
                describe_vars(s, vars)
            )),
        );
    }
    out
}

fn never_reached(
    s: &Scenario,
    file: FileId,
    space: &StateSpace,
    reach: &[bool],
    node_span: &dyn Fn(NodeIdx) -> std::ops::Range<usize>,
) -> Vec<Diagnostic> {
    let mut visited = vec![false; s.nodes.len()];
    for (node, _) in &space.states {
        visited[*node] = true;
    }
    s.nodes
        .iter()
        .enumerate()
        .filter(|(i, _)| reach[*i] && !visited[*i])
        .map(|(i, node)| {
            Diagnostic::warning(
                "never-reached",
                file,
                format!(
                    "the conditions never let the player reach node `{}`",
                    node.id
                ),
            )
            .at(node_span(i), "never reached")
            .help("check the conditions on the way here")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::bottom_components;

    #[test]
    fn finds_cycles_that_nothing_leaves() {
        // 0 → 1 ⇄ 2, 3 → 3 (self loop), 4 → 5 (no cycle), 6 ⇄ 7 → 1.
        let edges = vec![
            vec![1],
            vec![2],
            vec![1],
            vec![3],
            vec![5],
            vec![],
            vec![7, 1],
            vec![6],
        ];
        let all = vec![true; edges.len()];
        assert_eq!(bottom_components(&edges, &all), vec![vec![1, 2], vec![3]]);
        // Leaving out node 1 breaks the first cycle; 6 ⇄ 7 now only leads outside.
        let mut some = all.clone();
        some[1] = false;
        assert_eq!(bottom_components(&edges, &some), vec![vec![3], vec![6, 7]]);
    }
}
