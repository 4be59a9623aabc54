//! The player's progress on disk: profile, settings and one save per scenario.
//!
//! Every write is atomic (temporary file, flush, rename) and keeps the previous version as
//! a backup. A damaged file is moved aside — never silently overwritten — and the backup
//! is used instead, with a notice the game shows in plain words. Files are readable by the
//! owner only where the platform has permissions: they hold a minor's reflections.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::story::format::{Criterion, Feeling, Flag};
use crate::story::runtime::{Answer, Millis, Transcript};
use crate::story::scenario::NodeKind;
pub use crate::story::timing::TextSpeed;

/// Version of the profile and save files.
pub const SAVE_SCHEMA: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Text size in percent, 100–200.
    pub text_scale: u16,
    pub high_contrast: bool,
    pub readable_font: bool,
    pub text_speed: TextSpeed,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            text_scale: 100,
            high_contrast: false,
            readable_font: false,
            text_speed: TextSpeed::Normal,
        }
    }
}

impl Settings {
    pub const MIN_SCALE: u16 = 100;
    pub const MAX_SCALE: u16 = 200;

    /// Brings values from a hand-edited or older file back into range.
    pub fn clamped(mut self) -> Self {
        self.text_scale = self.text_scale.clamp(Self::MIN_SCALE, Self::MAX_SCALE);
        self
    }
}

pub use crate::assign::Assignment;

/// Who plays: only a first name or the case code the worker gave, nothing else.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub schema: u32,
    pub name: String,
    pub created: Millis,
    /// The language the player chose; `None` follows the system language.
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default)]
    pub assignment: Option<Assignment>,
    /// The scenario played last, to continue where they left off.
    #[serde(default)]
    pub last_scenario: Option<String>,
}

/// An answer being written, kept so nothing typed is lost when the game stops.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Draft {
    /// The node the draft belongs to.
    pub node: String,
    pub text: String,
    pub score: Option<u8>,
    pub chosen: Vec<Feeling>,
    pub flag: Option<Flag>,
    pub violated: Vec<Criterion>,
    pub option: Option<String>,
    /// At an ending: a question for the worker, next to what they take with them (`text`).
    pub question: String,
    /// Whether the player already saw the nudge to write a little more.
    pub nudged: bool,
}

impl Draft {
    pub fn new(node: &str) -> Draft {
        Draft {
            node: node.to_string(),
            ..Draft::default()
        }
    }

    /// A draft at `node` that holds `answer`, as if the player had picked and typed it.
    pub fn holding(node: &str, answer: &Answer) -> Draft {
        let mut d = Draft::new(node);
        match answer {
            Answer::Text { text } => d.text = text.clone(),
            Answer::Ruler { score, why } => {
                d.score = Some(*score);
                d.text = why.clone();
            }
            Answer::Feelings { chosen, other } => {
                d.chosen = chosen.clone();
                d.text = other.clone();
            }
            Answer::Flag { flag, violated } => {
                d.flag = Some(*flag);
                d.violated = violated.clone();
            }
            Answer::Quiz { option } => d.option = Some(option.clone()),
        }
        d
    }

    /// The answer this draft gives for a node of `kind`, when it is complete enough.
    pub fn answer(&self, kind: &NodeKind) -> Option<Answer> {
        Some(match kind {
            NodeKind::OpenQuestion { .. } => Answer::Text {
                text: self.text.trim().to_string(),
            },
            NodeKind::Ruler { .. } => Answer::Ruler {
                score: self.score?,
                why: self.text.trim().to_string(),
            },
            NodeKind::Feelings { .. } => {
                if self.chosen.is_empty() && self.text.trim().is_empty() {
                    return None;
                }
                Answer::Feelings {
                    chosen: self.chosen.clone(),
                    other: self.text.trim().to_string(),
                }
            }
            NodeKind::FlagJudgement { .. } => Answer::Flag {
                flag: self.flag?,
                violated: Criterion::ALL
                    .into_iter()
                    .filter(|c| self.violated.contains(c))
                    .collect(),
            },
            NodeKind::Quiz { .. } => Answer::Quiz {
                option: self.option.clone()?,
            },
            _ => return None,
        })
    }
}

/// One scenario's progress: the transcript and what is being typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunSave {
    pub schema: u32,
    pub transcript: Transcript,
    /// The language the run was last played in.
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub draft: Option<Draft>,
}

/// Something the player should be told after loading, in plain words by the game.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The file was damaged; the backup was used. The damaged file is kept at `kept`.
    RestoredFromBackup { file: String, kept: PathBuf },
    /// The file and its backup were damaged; the damaged files are kept aside.
    Lost { file: String, kept: Vec<PathBuf> },
}

/// A loaded value and what the player should be told about it.
#[derive(Debug)]
pub struct Loaded<T> {
    pub value: Option<T>,
    pub notice: Option<Notice>,
}

/// The wall clock in milliseconds since the Unix epoch (0 if the clock is before 1970).
pub fn now_millis() -> Millis {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as Millis)
        .unwrap_or(0)
}

/// The folder with the player's files.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

const PROFILE: &str = "profile.json";
const SETTINGS: &str = "settings.json";
const RUNS: &str = "runs";

impl Store {
    /// Opens (and creates) the store in `dir`.
    pub fn open(dir: &Path) -> std::io::Result<Store> {
        fs::create_dir_all(dir.join(RUNS))?;
        restrict_dir(dir);
        restrict_dir(&dir.join(RUNS));
        Ok(Store {
            dir: dir.to_path_buf(),
        })
    }

    /// The platform's data folder for the game, e.g. `~/.local/share/respectonline`.
    pub fn default_dir() -> Option<PathBuf> {
        directories::ProjectDirs::from("nl", "Halt", "Respect online")
            .map(|d| d.data_dir().to_path_buf())
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn run_path(&self, scenario: &str) -> PathBuf {
        self.dir.join(RUNS).join(format!("{scenario}.json"))
    }

    pub fn load_profile(&self) -> Loaded<Profile> {
        load_json(&self.dir.join(PROFILE))
    }

    pub fn save_profile(&self, p: &Profile) -> std::io::Result<()> {
        write_json(&self.dir.join(PROFILE), p)
    }

    pub fn load_settings(&self) -> Loaded<Settings> {
        let mut l: Loaded<Settings> = load_json(&self.dir.join(SETTINGS));
        l.value = l.value.map(Settings::clamped);
        l
    }

    pub fn save_settings(&self, s: &Settings) -> std::io::Result<()> {
        write_json(&self.dir.join(SETTINGS), s)
    }

    pub fn load_run(&self, scenario: &str) -> Loaded<RunSave> {
        load_json(&self.run_path(scenario))
    }

    pub fn save_run(&self, save: &RunSave) -> std::io::Result<()> {
        write_json(&self.run_path(&save.transcript.scenario), save)
    }

    /// Every saved run, by scenario id, with notices for damaged files.
    pub fn load_runs(&self) -> (BTreeMap<String, RunSave>, Vec<Notice>) {
        let mut runs = BTreeMap::new();
        let mut notices = Vec::new();
        let Ok(entries) = fs::read_dir(self.dir.join(RUNS)) else {
            return (runs, notices);
        };
        let mut ids: Vec<String> = entries
            .filter_map(|e| e.ok())
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                name.strip_suffix(".json").map(str::to_string)
            })
            .collect();
        // A save whose main file was lost between two renames still has its backup.
        if let Ok(entries) = fs::read_dir(self.dir.join(RUNS)) {
            for e in entries.filter_map(|e| e.ok()) {
                let name = e.file_name().to_string_lossy().into_owned();
                if let Some(id) = name.strip_suffix(".json.bak") {
                    ids.push(id.to_string());
                }
            }
        }
        ids.sort();
        ids.dedup();
        for id in ids {
            let loaded = self.load_run(&id);
            if let Some(n) = loaded.notice {
                notices.push(n);
            }
            if let Some(save) = loaded.value {
                runs.insert(save.transcript.scenario.clone(), save);
            }
        }
        (runs, notices)
    }

    /// Moves the whole store aside (for "start over"), so nothing is ever deleted.
    pub fn archive(&self, now: Millis) -> std::io::Result<PathBuf> {
        let target = self.dir.join(format!("archive-{now}"));
        fs::create_dir_all(&target)?;
        for name in [PROFILE, SETTINGS, RUNS] {
            let from = self.dir.join(name);
            if from.exists() {
                fs::rename(&from, target.join(name))?;
            }
            for suffix in [".bak", ".tmp"] {
                let side = self.dir.join(format!("{name}{suffix}"));
                if side.exists() {
                    fs::rename(&side, target.join(format!("{name}{suffix}")))?;
                }
            }
        }
        fs::create_dir_all(self.dir.join(RUNS))?;
        Ok(target)
    }
}

fn side_path(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(suffix);
    PathBuf::from(name)
}

/// Writes `value` as JSON atomically, keeping the previous file as `<name>.bak`.
pub fn write_json<T: Serialize>(path: &Path, value: &T) -> std::io::Result<()> {
    let bytes = serde_json::to_vec_pretty(value)?;
    write_atomic(path, &bytes)
}

/// Writes bytes atomically: temporary file, flush to disk, previous file to `.bak`, rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = side_path(path, ".tmp");
    {
        let mut f = create_private(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    if path.exists() {
        fs::rename(path, side_path(path, ".bak"))?;
    }
    fs::rename(&tmp, path)?;
    if let Some(dir) = path.parent()
        && let Ok(d) = fs::File::open(dir)
    {
        // Makes the renames durable on file systems that need it; not all platforms allow
        // opening a folder, so failure here is not an error.
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(unix)]
fn create_private(path: &Path) -> std::io::Result<fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
}

#[cfg(not(unix))]
fn create_private(path: &Path) -> std::io::Result<fs::File> {
    fs::File::create(path)
}

#[cfg(unix)]
fn restrict_dir(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let _ = fs::set_permissions(dir, fs::Permissions::from_mode(0o700));
}

#[cfg(not(unix))]
fn restrict_dir(_dir: &Path) {}

fn parse<T: DeserializeOwned>(path: &Path) -> Result<Option<T>, ()> {
    match fs::read(path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map(Some).map_err(|_| ()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(_) => Err(()),
    }
}

/// Moves a damaged file aside under a name that is never reused.
fn keep_aside(path: &Path) -> PathBuf {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or(0);
    let mut n = 0;
    loop {
        let target = side_path(path, &format!(".damaged-{stamp}-{n}"));
        if !target.exists() {
            let _ = fs::rename(path, &target);
            return target;
        }
        n += 1;
    }
}

/// Loads a JSON file; when it is damaged, keeps it aside and tries the complete temporary
/// file of an interrupted write, then the backup.
pub fn load_json<T: DeserializeOwned>(path: &Path) -> Loaded<T> {
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = side_path(path, ".tmp");
    let bak = side_path(path, ".bak");
    match parse::<T>(path) {
        Ok(Some(v)) => Loaded {
            value: Some(v),
            notice: None,
        },
        Ok(None) => {
            // Stopped between the two renames of a write: the new file is complete in
            // `.tmp` (it was flushed before the renames began), the old one in `.bak`.
            for candidate in [&tmp, &bak] {
                if let Ok(Some(v)) = parse::<T>(candidate) {
                    let _ = fs::copy(candidate, path);
                    return Loaded {
                        value: Some(v),
                        notice: None,
                    };
                }
            }
            Loaded {
                value: None,
                notice: None,
            }
        }
        Err(()) => {
            let kept = keep_aside(path);
            if let Ok(Some(v)) = parse::<T>(&bak) {
                let _ = fs::copy(&bak, path);
                return Loaded {
                    value: Some(v),
                    notice: Some(Notice::RestoredFromBackup { file, kept }),
                };
            }
            let mut kept = vec![kept];
            if bak.exists() {
                kept.push(keep_aside(&bak));
            }
            Loaded {
                value: None,
                notice: Some(Notice::Lost { file, kept }),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(name: &str) -> Profile {
        Profile {
            schema: SAVE_SCHEMA,
            name: name.into(),
            created: 1,
            language: Some("nl".into()),
            assignment: None,
            last_scenario: None,
        }
    }

    #[test]
    fn writes_atomically_and_keeps_a_backup() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        assert!(store.load_profile().value.is_none());
        store.save_profile(&profile("Sam")).unwrap();
        store.save_profile(&profile("Alex")).unwrap();
        assert_eq!(store.load_profile().value.unwrap().name, "Alex");
        let bak: Profile =
            serde_json::from_slice(&fs::read(dir.path().join("profile.json.bak")).unwrap())
                .unwrap();
        assert_eq!(bak.name, "Sam");
        assert!(!dir.path().join("profile.json.tmp").exists());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(dir.path().join("profile.json"))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn a_damaged_file_is_kept_aside_and_the_backup_used() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        store.save_profile(&profile("Sam")).unwrap();
        store.save_profile(&profile("Alex")).unwrap();
        fs::write(dir.path().join("profile.json"), b"{ broken").unwrap();
        let loaded = store.load_profile();
        assert_eq!(loaded.value.unwrap().name, "Sam");
        let Some(Notice::RestoredFromBackup { kept, .. }) = loaded.notice else {
            panic!("expected a notice")
        };
        assert_eq!(fs::read(&kept).unwrap(), b"{ broken");
        // The restored file is in place again.
        assert_eq!(store.load_profile().value.unwrap().name, "Sam");
    }

    #[test]
    fn damaged_file_and_backup_are_both_kept() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        fs::write(dir.path().join("profile.json"), b"nope").unwrap();
        fs::write(dir.path().join("profile.json.bak"), b"nope too").unwrap();
        let loaded = store.load_profile();
        assert!(loaded.value.is_none());
        let Some(Notice::Lost { kept, .. }) = loaded.notice else {
            panic!()
        };
        assert_eq!(kept.len(), 2);
        assert!(kept.iter().all(|k| k.exists()));
    }

    #[test]
    fn an_interrupted_write_is_completed_from_the_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        store.save_profile(&profile("Sam")).unwrap();
        // Stopped after `profile.json` → `.bak` and before `.tmp` → `profile.json`.
        fs::rename(
            dir.path().join("profile.json"),
            dir.path().join("profile.json.bak"),
        )
        .unwrap();
        fs::write(
            dir.path().join("profile.json.tmp"),
            serde_json::to_vec(&profile("Alex")).unwrap(),
        )
        .unwrap();
        let loaded = store.load_profile();
        assert_eq!(loaded.value.unwrap().name, "Alex");
        assert!(loaded.notice.is_none());
    }

    #[test]
    fn settings_are_clamped_and_archive_keeps_everything() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        fs::write(dir.path().join("settings.json"), br#"{"text_scale": 900}"#).unwrap();
        assert_eq!(store.load_settings().value.unwrap().text_scale, 200);
        store.save_profile(&profile("Sam")).unwrap();
        let archived = store.archive(42).unwrap();
        assert!(archived.join("profile.json").exists());
        assert!(store.load_profile().value.is_none());
    }

    #[test]
    fn drafts_become_answers_only_when_complete() {
        let mut d = Draft::new("q");
        let ruler = NodeKind::Ruler { next: 0 };
        assert_eq!(d.answer(&ruler), None);
        d.score = Some(6);
        d.text = " omdat \n".into();
        assert_eq!(
            d.answer(&ruler),
            Some(Answer::Ruler {
                score: 6,
                why: "omdat".into()
            })
        );
        let flag = NodeKind::FlagJudgement {
            flag: Flag::Red,
            violated: vec![],
            next: 0,
        };
        d.flag = Some(Flag::Red);
        d.violated = vec![Criterion::SelfRespect, Criterion::Consent];
        assert_eq!(
            d.answer(&flag),
            Some(Answer::Flag {
                flag: Flag::Red,
                violated: vec![Criterion::Consent, Criterion::SelfRespect]
            })
        );
    }
}
