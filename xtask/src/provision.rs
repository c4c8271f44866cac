//! Installs what a build or test needs, each step only when missing, each announced in one line.
//! Tool versions come from the files that pin them: `Trunk.toml` (trunk, wasm-opt) and
//! `Cargo.lock` (wasm-bindgen), so a build never downloads a tool behind our back.

use crate::shell::{self, Cmd};
use std::path::{Path, PathBuf};

pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Everything provisioned, with the `PATH` that puts the pinned tools first.
pub struct Tools {
    path: String,
}

pub fn all() -> Result<Tools, String> {
    let root = shell::root();
    let trunk_toml = read(&root.join("Trunk.toml"))?;
    wasm_target()?;
    trunk(&pinned(&trunk_toml, "trunk-version")?)?;
    wasm_bindgen(&trunk_toml, &read(&root.join("Cargo.lock"))?)?;
    let binaryen_bin = wasm_opt(&root)?;
    browser()?;
    let path = std::env::var("PATH").unwrap_or_default();
    Ok(Tools {
        path: format!(
            "{}:{}:{path}",
            binaryen_bin.display(),
            cargo_bin().display()
        ),
    })
}

impl Tools {
    pub fn trunk(&self, args: &[&str]) -> Cmd {
        Cmd::new("trunk", args).env("PATH", &self.path)
    }

    /// `cargo` with wasm-bindgen's test runner driving headless Chromium via chromedriver.
    pub fn browser_tests(&self, args: &[&str]) -> Cmd {
        shell::cargo(args)
            .env("PATH", &self.path)
            .env(
                "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                "wasm-bindgen-test-runner",
            )
            .env("CHROMEDRIVER", CHROMEDRIVER)
            .env("WASM_BINDGEN_TEST_TIMEOUT", "120")
    }

    pub fn start_chromedriver(&self) -> Result<Driver, String> {
        let port = free_port()?;
        let child = Cmd::new(CHROMEDRIVER, &[&format!("--port={port}")]).spawn()?;
        let url = format!("http://127.0.0.1:{port}");
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Ok(Driver { child, url });
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        Err("chromedriver did not start within 10 s".into())
    }
}

/// A running chromedriver, stopped when dropped.
pub struct Driver {
    child: std::process::Child,
    pub url: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        // A test that failed half-way never closed its browser; chromedriver's end does not
        // always take Chromium with it, and a forgotten page would go on playing. The e2e
        // sessions all use a `heartpath-e2e-` profile, so those are the ones ended here.
        let _ = Cmd::new("pkill", &["-f", "user-data-dir=.*heartpath-e2e-"]).read();
    }
}

pub fn free_port() -> Result<u16, String> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    Ok(listener.local_addr().map_err(|e| e.to_string())?.port())
}

fn wasm_target() -> Result<(), String> {
    let installed = Cmd::new("rustup", &["target", "list", "--installed"]).read();
    if installed.is_some_and(|list| list.lines().any(|t| t == "wasm32-unknown-unknown")) {
        return Ok(());
    }
    shell::step("adding the wasm32-unknown-unknown target (rustup target add)");
    Cmd::new("rustup", &["target", "add", "wasm32-unknown-unknown"]).run()
}

fn trunk(version: &str) -> Result<(), String> {
    let version = version.trim_start_matches(['=', '^']);
    if installed_version("trunk").as_deref() == Some(version) {
        return Ok(());
    }
    shell::step(&format!(
        "installing trunk {version} (cargo install, about 7 minutes)"
    ));
    // trunk declares a newer rustc than ours but builds fine with it.
    install(&[
        "--locked",
        "trunk",
        "--version",
        version,
        "--ignore-rust-version",
    ])
}

fn wasm_bindgen(trunk_toml: &str, lock: &str) -> Result<(), String> {
    let version = locked_version(lock, "wasm-bindgen")?;
    let pinned = pinned(trunk_toml, "wasm_bindgen")?;
    if pinned != version {
        return Err(format!(
            "Trunk.toml pins wasm_bindgen = \"{pinned}\" but Cargo.lock has {version}: make them agree"
        ));
    }
    if installed_version("wasm-bindgen").as_deref() == Some(version.as_str()) {
        return Ok(());
    }
    shell::step(&format!(
        "installing wasm-bindgen-cli {version} (cargo install)"
    ));
    // Without --locked: one of its locked dependency versions is missing from the registry.
    install(&["wasm-bindgen-cli", "--version", &version])
}

/// Today's wasm-bindgen output needs a recent wasm-opt; it comes pinned from npm (`package.json`),
/// with axe-core, which the end-to-end tests run in the page to check accessibility.
fn wasm_opt(root: &Path) -> Result<PathBuf, String> {
    let bin = root.join("node_modules/binaryen/bin");
    if bin.join("wasm-opt").exists() && root.join("node_modules/axe-core/axe.min.js").exists() {
        return Ok(bin);
    }
    if Cmd::new("npm", &["--version"]).read().is_none() {
        apt_install(&["nodejs", "npm"])?;
    }
    shell::step("installing wasm-opt and axe-core (npm ci, pinned in package-lock.json)");
    Cmd::new("npm", &["ci", "--no-audit", "--no-fund"]).run()?;
    Ok(bin)
}

fn browser() -> Result<(), String> {
    if Path::new(CHROMIUM).exists()
        && Path::new(CHROMEDRIVER).exists()
        && Path::new(PDFTOTEXT).exists()
    {
        return Ok(());
    }
    // poppler-utils reads the printed handout back (its text, and its pages as pictures).
    apt_install(&["chromium", "chromium-driver", "poppler-utils"])
}

const PDFTOTEXT: &str = "/usr/bin/pdftotext";

fn apt_install(packages: &[&str]) -> Result<(), String> {
    let is_root = Cmd::new("id", &["-u"]).read().as_deref() == Some("0");
    let list = packages.join(" ");
    if !is_root {
        return Err(format!(
            "missing Debian packages; run this once, then try again:\n  sudo apt-get update && sudo apt-get install -y {list}"
        ));
    }
    shell::step(&format!("installing {list} (apt-get)"));
    Cmd::new("apt-get", &["update", "-qq"]).run()?;
    let mut args = vec!["install", "-y", "-qq"];
    args.extend_from_slice(packages);
    Cmd::new("apt-get", &args)
        .env("DEBIAN_FRONTEND", "noninteractive")
        .run()
}

/// `cargo install` into the user's cargo bin, building in one reusable tools directory.
fn install(args: &[&str]) -> Result<(), String> {
    let mut all = vec!["install"];
    all.extend_from_slice(args);
    shell::cargo(&all)
        .env("CARGO_TARGET_DIR", shell::root().join("target/tools"))
        .run()
}

fn cargo_bin() -> PathBuf {
    let home = std::env::var("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|_| {
            PathBuf::from(std::env::var("HOME").unwrap_or_default()).join(".cargo")
        });
    home.join("bin")
}

/// The version a tool prints as `name X.Y.Z`, looked up on PATH and in cargo's bin.
fn installed_version(tool: &str) -> Option<String> {
    let found = Cmd::new(tool, &["--version"])
        .read()
        .or_else(|| Cmd::new(cargo_bin().join(tool), &["--version"]).read())?;
    found.split_whitespace().nth(1).map(str::to_string)
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// The quoted value of `key = "value"` in a TOML file (the few keys we read are unique).
fn pinned(toml: &str, key: &str) -> Result<String, String> {
    toml.lines()
        .filter_map(|line| line.split_once('='))
        .find(|(k, _)| k.trim() == key)
        .map(|(_, v)| v.trim().trim_matches('"').to_string())
        .ok_or_else(|| format!("Trunk.toml does not pin {key}"))
}

/// The version of `name` in Cargo.lock.
fn locked_version(lock: &str, name: &str) -> Result<String, String> {
    let wanted = format!("name = \"{name}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == wanted {
            if let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = ")) {
                return Ok(version.trim_matches('"').to_string());
            }
        }
    }
    Err(format!("Cargo.lock has no {name}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_pins_and_locked_versions() {
        let toml = "trunk-version = \"0.22.1\"\n[tools]\nwasm_bindgen = \"0.2.130\"\n";
        assert_eq!(pinned(toml, "trunk-version").unwrap(), "0.22.1");
        assert_eq!(pinned(toml, "wasm_bindgen").unwrap(), "0.2.130");
        assert!(pinned(toml, "wasm_opt").is_err());
        let lock = "[[package]]\nname = \"wasm-bindgen-macro\"\nversion = \"9\"\n\n[[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\n";
        assert_eq!(locked_version(lock, "wasm-bindgen").unwrap(), "0.2.130");
        assert!(locked_version(lock, "yew").is_err());
    }
}
