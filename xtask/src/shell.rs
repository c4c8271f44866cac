//! Running commands with clear messages; the only place that spawns processes.

use std::ffi::OsStr;
use std::path::PathBuf;
use std::process::{Command, Stdio};

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

    pub fn spawn(mut self) -> Result<std::process::Child, String> {
        self.0
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("could not start {}: {e}", describe(&self.0)))
    }
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
