//! Assignment codes: which scenarios a Halt worker set for a case, in a short code that can
//! be read aloud or written on paper.
//!
//! A code is written in Crockford's base 32 (digits and capitals without I, L, O and U), in
//! groups of four: `1A2B-3C4D-5`. Reading it back is forgiving: lower case, spaces and
//! dashes are fine, `O` counts as `0` and `I`/`L` as `1`. The characters are, in order:
//!
//! 1. the number of scenarios (1–15; larger values are kept for later versions);
//! 2. two characters per scenario: 10 bits of a hash of its id;
//! 3. the case code, packed as a number (none when the case is empty);
//! 4. a check character: the sum of every character times a power of a generator of
//!    GF(32). Every change of one character and every swap of two neighbours changes it,
//!    so such typos are always caught.
//!
//! See `docs/report.md` for how the worker uses it.

use std::fmt;

/// Crockford's base-32 alphabet.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Most scenarios one code can hold.
pub const MAX_SCENARIOS: usize = 15;

/// Longest case code, in characters.
pub const MAX_CASE_CHARS: usize = 12;

/// Characters a case code may hold (after turning it into capitals).
const CASE_ALPHABET: &[u8; 37] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-";

/// What went wrong with a code or its parts. [`CodeError::player_message`] names the
/// message the game shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeError {
    /// Nothing was typed.
    Empty,
    /// A character that cannot be in a code.
    BadCharacter(char),
    /// Too short or too long for the number of scenarios it announces.
    WrongLength,
    /// The check character does not match: a typo.
    Typo,
    /// Made by a newer version of the program.
    NewerVersion,
    /// The code names a scenario this game does not have.
    UnknownScenario,
    /// Making a code: the case code holds something other than letters, digits and `-`,
    /// or is too long.
    BadCase(String),
    /// Making a code: no scenarios, or more than [`MAX_SCENARIOS`].
    ScenarioCount(usize),
    /// Making a code: a scenario id the library does not have.
    NoSuchScenario(String),
    /// Making a code: two scenarios of the library share a tag, so the code would be
    /// ambiguous.
    Clash(String, String),
}

impl CodeError {
    /// The id of the message in `ui.ftl` that explains this to a player.
    pub fn player_message(&self) -> &'static str {
        match self {
            CodeError::Empty => "code-empty",
            CodeError::UnknownScenario | CodeError::NewerVersion => "code-other-version",
            _ => "code-typo",
        }
    }
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodeError::Empty => f.write_str("the code is empty"),
            CodeError::BadCharacter(c) => write!(f, "`{c}` cannot be part of a code"),
            CodeError::WrongLength => f.write_str("the code is too short or too long"),
            CodeError::Typo => f.write_str("the check character does not match: a typo?"),
            CodeError::NewerVersion => f.write_str("the code was made by a newer version"),
            CodeError::UnknownScenario => {
                f.write_str("the code names a scenario this version does not have")
            }
            CodeError::BadCase(case) => write!(
                f,
                "case code `{case}`: use at most {MAX_CASE_CHARS} letters, digits and `-`"
            ),
            CodeError::ScenarioCount(n) => write!(
                f,
                "{n} scenario(s): an assignment holds 1 to {MAX_SCENARIOS} scenarios"
            ),
            CodeError::NoSuchScenario(id) => write!(f, "there is no scenario `{id}`"),
            CodeError::Clash(a, b) => write!(
                f,
                "scenarios `{a}` and `{b}` share a code tag; rename one of them"
            ),
        }
    }
}

impl std::error::Error for CodeError {}

/// The scenarios the Halt worker assigned, read from a code (and kept in the profile).
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Assignment {
    /// The code, written the standard way.
    pub code: String,
    pub case: String,
    /// Scenario ids, in the order the worker gave them.
    pub scenarios: Vec<String>,
}

pub use crate::story::tag::tag;

/// Two ids in `ids` that share a tag, if any.
pub fn clash<'a>(ids: impl IntoIterator<Item = &'a str>) -> Option<(String, String)> {
    crate::story::tag::clashes(ids)
        .first()
        .map(|(a, b)| (a.to_string(), b.to_string()))
}

/// The case code as it is stored: trimmed, in capitals.
pub fn normalize_case(case: &str) -> Result<String, CodeError> {
    let case = case.trim().to_uppercase();
    if case.chars().count() > MAX_CASE_CHARS || !case.bytes().all(|b| CASE_ALPHABET.contains(&b)) {
        return Err(CodeError::BadCase(case));
    }
    Ok(case)
}

/// Makes the code for `case` and `scenarios`; `library` is every scenario id the game has,
/// to make sure the code means the same in the player's game.
pub fn encode<'a>(
    case: &str,
    scenarios: &[&str],
    library: impl IntoIterator<Item = &'a str> + Clone,
) -> Result<String, CodeError> {
    let case = normalize_case(case)?;
    if scenarios.is_empty() || scenarios.len() > MAX_SCENARIOS {
        return Err(CodeError::ScenarioCount(scenarios.len()));
    }
    for id in scenarios {
        if !library.clone().into_iter().any(|l| l == *id) {
            return Err(CodeError::NoSuchScenario(id.to_string()));
        }
    }
    if let Some((a, b)) = clash(library) {
        return Err(CodeError::Clash(a, b));
    }
    let mut values = vec![scenarios.len() as u8];
    for id in scenarios {
        let t = tag(id);
        values.extend([(t >> 5) as u8, (t & 31) as u8]);
    }
    values.extend(base32_digits(case_number(&case)));
    values.push(check(&values));
    Ok(group(&values))
}

/// Reads a code back; `library` is every scenario id the game has.
pub fn decode<'a>(
    code: &str,
    library: impl IntoIterator<Item = &'a str>,
) -> Result<Assignment, CodeError> {
    let mut values = Vec::new();
    for c in code.chars() {
        if c.is_whitespace() || matches!(c, '-' | '.' | '_') {
            continue;
        }
        let c = match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        };
        let v = ALPHABET
            .iter()
            .position(|&a| char::from(a) == c)
            .ok_or(CodeError::BadCharacter(c))?;
        values.push(v as u8);
    }
    let Some((&last, data)) = values.split_last() else {
        return Err(CodeError::Empty);
    };
    if data.is_empty() {
        return Err(CodeError::WrongLength);
    }
    if check(data) != last {
        return Err(CodeError::Typo);
    }
    let count = usize::from(data[0]);
    if count > MAX_SCENARIOS {
        return Err(CodeError::NewerVersion);
    }
    if count == 0 || data.len() < 1 + 2 * count {
        return Err(CodeError::WrongLength);
    }
    let library: Vec<&str> = library.into_iter().collect();
    let mut scenarios = Vec::with_capacity(count);
    for pair in data[1..1 + 2 * count].chunks(2) {
        let t = (u16::from(pair[0]) << 5) | u16::from(pair[1]);
        let mut matching = library.iter().filter(|id| tag(id) == t);
        match (matching.next(), matching.next()) {
            (Some(id), None) => scenarios.push(id.to_string()),
            _ => return Err(CodeError::UnknownScenario),
        }
    }
    let number = data[1 + 2 * count..]
        .iter()
        .try_fold(0u64, |n, &d| n.checked_mul(32)?.checked_add(u64::from(d)))
        .ok_or(CodeError::WrongLength)?;
    let case = case_from_number(number).ok_or(CodeError::WrongLength)?;
    Ok(Assignment {
        code: group(&values),
        case,
        scenarios,
    })
}

/// The case code as a number in bijective base 37, so that every string has exactly one
/// number and the empty case is 0.
fn case_number(case: &str) -> u64 {
    case.bytes().fold(0, |n, b| {
        let digit = CASE_ALPHABET.iter().position(|&a| a == b).unwrap_or(0) as u64 + 1;
        n * 37 + digit
    })
}

fn case_from_number(mut n: u64) -> Option<String> {
    let mut out = Vec::new();
    while n > 0 {
        let digit = ((n - 1) % 37) as usize;
        out.push(CASE_ALPHABET[digit]);
        n = (n - 1) / 37;
    }
    if out.len() > MAX_CASE_CHARS {
        return None;
    }
    out.reverse();
    String::from_utf8(out).ok()
}

fn base32_digits(mut n: u64) -> Vec<u8> {
    let mut out = Vec::new();
    while n > 0 {
        out.push((n % 32) as u8);
        n /= 32;
    }
    out.reverse();
    out
}

/// Multiplication in GF(32) with the primitive polynomial x⁵ + x² + 1.
fn gf_mul(mut a: u8, mut b: u8) -> u8 {
    let mut product = 0;
    while b > 0 {
        if b & 1 == 1 {
            product ^= a;
        }
        b >>= 1;
        a <<= 1;
        if a & 32 != 0 {
            a ^= 0b100101;
        }
    }
    product
}

/// Σ vᵢ·αⁱ⁺¹ in GF(32) with α = x: a change of one value, or a swap of two different
/// neighbours, always changes the sum.
fn check(values: &[u8]) -> u8 {
    let mut power = 1;
    let mut sum = 0;
    for &v in values {
        power = gf_mul(power, 2);
        sum ^= gf_mul(v, power);
    }
    sum
}

/// Writes values as characters in groups of four.
fn group(values: &[u8]) -> String {
    let mut out = String::new();
    for (i, &v) in values.iter().enumerate() {
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        out.push(char::from(ALPHABET[usize::from(v)]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIBRARY: [&str; 10] = [
        "exposegroep",
        "keukentafel",
        "klassenchat",
        "na_de_breuk",
        "nepprofiel",
        "sorry",
        "stuur_eens_wat",
        "teamapp",
        "vlaggenjury",
        "week_van_daan",
    ];

    #[test]
    fn round_trips_case_and_scenarios() {
        let code = encode("2026-0412", &["klassenchat", "week_van_daan"], LIBRARY).unwrap();
        assert!(code.len() <= 20, "{code}");
        let d = decode(&code, LIBRARY).unwrap();
        assert_eq!(d.case, "2026-0412");
        assert_eq!(d.scenarios, ["klassenchat", "week_van_daan"]);
        assert_eq!(d.code, code);
        let empty = encode("", &["sorry"], LIBRARY).unwrap();
        assert_eq!(decode(&empty, LIBRARY).unwrap().case, "");
        let longest = encode("ZZZZ-ZZZZ-ZZZ", &["sorry"], LIBRARY);
        assert!(matches!(longest, Err(CodeError::BadCase(_))));
        let long = encode("------------", &LIBRARY, LIBRARY).unwrap();
        assert_eq!(decode(&long, LIBRARY).unwrap().case, "------------");
    }

    #[test]
    fn reading_back_is_forgiving() {
        let code = encode("ab12", &["nepprofiel"], LIBRARY).unwrap();
        let sloppy = code.replace('-', " ").to_lowercase().replace('0', "o");
        assert_eq!(decode(&sloppy, LIBRARY).unwrap().case, "AB12");
        let spaced = format!("  {}  ", code.replace('1', "l"));
        assert_eq!(decode(&spaced, LIBRARY).unwrap().scenarios, ["nepprofiel"]);
    }

    #[test]
    fn every_single_typo_and_neighbour_swap_is_caught() {
        let code = encode("H-2026-77", &["klassenchat", "sorry", "teamapp"], LIBRARY).unwrap();
        let chars: Vec<char> = code.chars().filter(|c| *c != '-').collect();
        for i in 0..chars.len() {
            for &a in ALPHABET {
                let a = char::from(a);
                if a == chars[i] {
                    continue;
                }
                let mut typo = chars.clone();
                typo[i] = a;
                let typo: String = typo.into_iter().collect();
                assert!(decode(&typo, LIBRARY).is_err(), "{typo}");
            }
            if i + 1 < chars.len() && chars[i] != chars[i + 1] {
                let mut swapped = chars.clone();
                swapped.swap(i, i + 1);
                let swapped: String = swapped.into_iter().collect();
                assert_eq!(decode(&swapped, LIBRARY), Err(CodeError::Typo), "{swapped}");
            }
        }
    }

    #[test]
    fn bad_input_gets_a_reason() {
        assert_eq!(decode("", LIBRARY), Err(CodeError::Empty));
        assert_eq!(decode(" - ", LIBRARY), Err(CodeError::Empty));
        assert_eq!(decode("0", LIBRARY), Err(CodeError::WrongLength));
        assert_eq!(decode("00", LIBRARY), Err(CodeError::WrongLength));
        assert_eq!(decode("AB!C", LIBRARY), Err(CodeError::BadCharacter('!')));
        assert_eq!(decode("UUUU", LIBRARY), Err(CodeError::BadCharacter('U')));
        let code = encode("X", &["sorry"], LIBRARY).unwrap();
        assert_eq!(
            decode(&code, ["klassenchat"]),
            Err(CodeError::UnknownScenario)
        );
        assert!(matches!(
            encode("X", &["nope"], LIBRARY),
            Err(CodeError::NoSuchScenario(_))
        ));
        assert!(matches!(
            encode("X", &[], LIBRARY),
            Err(CodeError::ScenarioCount(0))
        ));
        assert!(matches!(
            encode("zaak 1", &["sorry"], LIBRARY),
            Err(CodeError::BadCase(_))
        ));
    }

    #[test]
    fn the_shipped_ids_have_distinct_tags() {
        assert_eq!(clash(LIBRARY), None);
        assert!(clash(["a", "b", "a"]).is_some());
    }
}
