//! Scenario tags: 10 bits of a hash of a scenario's id, by which assignment codes name
//! scenarios. Two scenarios of one library must not share a tag, or a code would be
//! ambiguous; `check` reports such a pair.

/// The 10-bit tag of a scenario id (FNV-1a).
pub fn tag(id: &str) -> u16 {
    let mut h: u32 = 0x811c_9dc5;
    for b in id.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    ((h ^ (h >> 10) ^ (h >> 20)) & 0x3ff) as u16
}

/// Every id of `ids` whose tag an earlier id already has, with that earlier id, in order:
/// `(earlier, later)`.
pub fn clashes<'a>(ids: impl IntoIterator<Item = &'a str>) -> Vec<(&'a str, &'a str)> {
    let mut seen: Vec<(u16, &str)> = Vec::new();
    let mut out = Vec::new();
    for id in ids {
        let t = tag(id);
        match seen.iter().find(|(s, _)| *s == t) {
            Some((_, first)) => out.push((*first, id)),
            None => seen.push((t, id)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_stable_and_clashes_found() {
        // Tags are part of codes already handed out: they must never change.
        assert_eq!(tag("klassenchat"), 383);
        assert_eq!(tag("sorry"), 153);
        assert!(clashes(["klassenchat", "sorry"]).is_empty());
        assert_eq!(clashes(["a", "b", "a"]), [("a", "a")]);
    }
}
