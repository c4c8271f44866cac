//! Running commands with clear messages; the only place that spawns processes.

use std::ffi::OsStr;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The workspace root (the parent of this crate's folder).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives inside the workspace")
        .to_path_buf()
}

/// One line saying what happens next, so a long run is easy to follow.
pub fn step(message: &str) {
    println!("==> {message}");
}

pub struct Cmd(Command);

impl Cmd {
    pub fn new(program: impl AsRef<OsStr>, args: &[&str]) -> Cmd {
        let mut command = Command::new(program);
        command.args(args).current_dir(root());
        Cmd(command)
    }

    pub fn env(mut self, key: &str, value: impl AsRef<OsStr>) -> Cmd {
        self.0.env(key, value);
        self
    }

    pub fn dir(mut self, dir: impl Into<PathBuf>) -> Cmd {
        self.0.current_dir(dir.into());
        self
    }

    /// Runs to the end with inherited output; a non-zero exit is an error naming the command.
    pub fn run(mut self) -> Result<(), String> {
        let status = self
            .0
            .status()
            .map_err(|e| format!("could not start {:?}: {e}", self.0.get_program()))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("{} failed ({status})", describe(&self.0)))
        }
    }

    /// Runs quietly and returns trimmed stdout, or `None` when the program is missing or fails.
    pub fn read(mut self) -> Option<String> {
        let output = self.0.stderr(Stdio::null()).output().ok()?;
        output
            .status
            .success()
            .then(|| String::from_utf8_lossy(&output.stdout).trim().to_string())
    }

    /// Runs like `run`, but ends the command and everything it started once `limit` has
    /// passed: a browser's driver that stops answering would otherwise hold the whole run
    /// until CI's own limit (seen once: WebKit's, in the middle of a suite).
    pub fn run_within(mut self, limit: Duration) -> Result<Ended, String> {
        let mut child = self
            .0
            .spawn()
            .map_err(|e| format!("could not start {}: {e}", describe(&self.0)))?;
        let started = Instant::now();
        loop {
            if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
                return Ok(if status.success() {
                    Ended::Passed
                } else {
                    Ended::Failed(format!("{} failed ({status})", describe(&self.0)))
                });
            }
            if started.elapsed() > limit {
                end_tree(child.id());
                let _ = child.wait();
                return Ok(Ended::OutOfTime);
            }
            std::thread::sleep(Duration::from_millis(250));
        }
    }

    pub fn spawn(mut self) -> Result<std::process::Child, String> {
        self.0
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("could not start {}: {e}", describe(&self.0)))
    }
}

/// How a command run with a time limit ended.
pub enum Ended {
    Passed,
    Failed(String),
    /// Still running when its time was up: it was ended, with everything it started.
    OutOfTime,
}

fn describe(command: &Command) -> String {
    let mut text = command.get_program().to_string_lossy().to_string();
    for arg in command.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}

pub fn cargo(args: &[&str]) -> Cmd {
    Cmd::new(
        std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()),
        args,
    )
}

/// Ends `pid` and every process below it (only these, never another program on the machine).
pub fn end_tree(pid: u32) {
    let mut pids: Vec<String> = descendants(pid).iter().map(u32::to_string).collect();
    pids.push(pid.to_string());
    let mut args = vec!["-TERM"];
    args.extend(pids.iter().map(String::as_str));
    let _ = Cmd::new("kill", &args).read();
}

/// Every process below `pid` (children, their children, …), read from `/proc`.
fn descendants(pid: u32) -> Vec<u32> {
    let parents: Vec<(u32, u32)> = std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let id: u32 = entry.file_name().to_str()?.parse().ok()?;
            let stat = std::fs::read_to_string(entry.path().join("stat")).ok()?;
            Some((id, parent_of(&stat)?))
        })
        .collect();
    let mut found = vec![pid];
    let mut i = 0;
    while i < found.len() {
        let parent = found[i];
        found.extend(
            parents
                .iter()
                .filter(|(_, p)| *p == parent)
                .map(|(id, _)| *id),
        );
        i += 1;
    }
    found.remove(0);
    found
}

/// The parent id in a `/proc/<pid>/stat` line (`pid (name) state ppid …`; the name may hold
/// spaces and parentheses, so read after the last `)`).
fn parent_of(stat: &str) -> Option<u32> {
    stat[stat.rfind(')')? + 1..]
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_parent_even_after_an_odd_name() {
        assert_eq!(parent_of("4242 (Web Content) S 4100 4242 0"), Some(4100));
        assert_eq!(parent_of("7 (a) b) R 1 7"), Some(1));
        assert_eq!(parent_of("garbage"), None);
        let me = std::process::id();
        let child = std::process::Command::new("sleep")
            .arg("5")
            .spawn()
            .unwrap();
        assert!(descendants(me).contains(&child.id()));
        let mut child = child;
        let _ = child.kill();
        let _ = child.wait();
    }

    #[test]
    fn a_command_past_its_time_is_ended_with_what_it_started() {
        let pid_file = std::env::temp_dir().join(format!("xtask-sleep-{}", std::process::id()));
        let script = format!("sleep 30 & echo $! > {}; sleep 30", pid_file.display());
        let ended = Cmd::new("sh", &["-c", &script])
            .run_within(Duration::from_millis(800))
            .unwrap();
        assert!(matches!(ended, Ended::OutOfTime));
        let left: u32 = std::fs::read_to_string(&pid_file)
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        let _ = std::fs::remove_file(&pid_file);
        std::thread::sleep(Duration::from_millis(200));
        // Gone, or a zombie waiting for whoever adopted it: either way no longer running.
        let state = std::fs::read_to_string(format!("/proc/{left}/stat")).unwrap_or_default();
        assert!(
            state.is_empty() || state.contains(") Z"),
            "the command's own child was left running: {state}"
        );
        let quick = Cmd::new("true", &[]).run_within(Duration::from_secs(20));
        assert!(matches!(quick, Ok(Ended::Passed)));
        let failing = Cmd::new("false", &[]).run_within(Duration::from_secs(20));
        assert!(matches!(failing, Ok(Ended::Failed(_))));
    }
}
