//! Installs what a build or test needs, each step only when missing, each announced in one line.
//! Tool versions come from the files that pin them: `Trunk.toml` (trunk, wasm-opt) and
//! `Cargo.lock` (wasm-bindgen), so a build never downloads a tool behind our back.

use crate::browsers::{Engine, Programs, PDFTOTEXT, XVFB};
use crate::shell::{self, Cmd};
use std::path::{Path, PathBuf};

/// geckodriver is not packaged by Debian; `cargo install` builds this version (about 2 minutes).
const GECKODRIVER_VERSION: &str = "0.36.0";

/// Everything provisioned, with the `PATH` that puts the pinned tools first.
pub struct Tools {
    path: String,
}

/// The build tools (for `serve` and `dist`).
pub fn all() -> Result<Tools, String> {
    let root = shell::root();
    let trunk_toml = read(&root.join("Trunk.toml"))?;
    wasm_target()?;
    trunk(&pinned(&trunk_toml, "trunk-version")?)?;
    wasm_bindgen(&trunk_toml, &read(&root.join("Cargo.lock"))?)?;
    let binaryen_bin = wasm_opt(&root)?;
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

    /// `cargo` with wasm-bindgen's test runner driving headless Chromium via chromedriver,
    /// with the capabilities (where Chromium is) written for this machine.
    pub fn browser_tests(&self, args: &[&str]) -> Result<Cmd, String> {
        let chromium = Engine::Chromium.browser().require()?;
        let caps = shell::root().join("target/webdriver.json");
        let json = format!(
            r#"{{"goog:chromeOptions": {{"binary": {:?}, "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"]}}}}"#,
            chromium.display().to_string()
        );
        std::fs::write(&caps, json).map_err(|e| format!("{}: {e}", caps.display()))?;
        Ok(shell::cargo(args)
            .env("PATH", &self.path)
            .env(
                "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                "wasm-bindgen-test-runner",
            )
            .env("CHROMEDRIVER", Engine::Chromium.driver().require()?)
            .env("WASM_BINDGEN_TEST_WEBDRIVER_JSON", caps)
            .env("WASM_BINDGEN_TEST_TIMEOUT", "120"))
    }
}

/// Installs each engine's browser and driver where missing (and poppler, which reads the
/// printed handout back).
pub fn browsers(engines: &[Engine]) -> Result<(), String> {
    let mut packages: Vec<&str> = Vec::new();
    for &engine in engines {
        if engine.browser().find().is_none()
            || (engine != Engine::Firefox && engine.driver().find().is_none())
            || (engine == Engine::WebKit && XVFB.find().is_none())
        {
            packages.extend(engine.packages());
        }
    }
    if PDFTOTEXT.find().is_none() {
        packages.push("poppler-utils");
    }
    if !packages.is_empty() {
        apt_install(&packages)?;
    }
    if engines.contains(&Engine::Firefox) && driver_path(Engine::Firefox).is_none() {
        shell::step(&format!(
            "installing geckodriver {GECKODRIVER_VERSION} (cargo install, about 2 minutes)"
        ));
        install(&["--locked", "geckodriver", "--version", GECKODRIVER_VERSION])?;
    }
    Ok(())
}

/// An engine's WebDriver, running; it and every process it started end when it is dropped.
pub struct Driver {
    child: std::process::Child,
    /// WebKit's virtual display.
    display: Option<std::process::Child>,
    pub url: String,
    /// Where the browser is, for the session's capabilities.
    pub browser: PathBuf,
}

impl Driver {
    pub fn start(engine: Engine) -> Result<Driver, String> {
        let browser = engine.browser().require()?;
        let driver = driver_path(engine).map_or_else(|| engine.driver().require(), Ok)?;
        let port = free_port()?;
        let args = engine.driver_args(port);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (display, number) = if engine == Engine::WebKit {
            let (child, number) = virtual_display()?;
            (Some(child), Some(number))
        } else {
            (None, None)
        };
        let mut command = Cmd::new(&driver, &args);
        if let Some(number) = &number {
            command = command.env("DISPLAY", number);
        }
        let child = command.spawn()?;
        let mut running = Driver {
            child,
            display,
            url: format!("http://127.0.0.1:{port}"),
            browser,
        };
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Ok(running);
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        running.end();
        Err(format!("{} did not start within 10 s", driver.display()))
    }

    /// Ends the driver and everything it started: a test that failed half-way never closed
    /// its browser, and a forgotten page would go on playing. Only these processes (found by
    /// their parent ids) are ended, never another browser on the machine.
    fn end(&mut self) {
        for child in [Some(&self.child), self.display.as_ref()]
            .into_iter()
            .flatten()
        {
            shell::end_tree(child.id());
        }
        for child in [Some(&mut self.child), self.display.as_mut()]
            .into_iter()
            .flatten()
        {
            let _ = child.wait();
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        self.end();
    }
}

/// The engine's driver; geckodriver may be only in cargo's bin, which need not be on PATH.
fn driver_path(engine: Engine) -> Option<PathBuf> {
    let driver = engine.driver();
    driver
        .find()
        .or_else(|| Some(cargo_bin().join(driver.names[0])).filter(|p| p.exists()))
}

/// Starts Xvfb on the first free display number, returning it and `:<n>`.
fn virtual_display() -> Result<(std::process::Child, String), String> {
    let xvfb = XVFB.require()?;
    let number = (99..200)
        .find(|n| !Path::new(&format!("/tmp/.X{n}-lock")).exists())
        .ok_or("no free X display number between 99 and 199")?;
    let display = format!(":{number}");
    let child = Cmd::new(
        &xvfb,
        &[&display, "-screen", "0", "1600x1200x24", "-nolisten", "tcp"],
    )
    .spawn()?;
    for _ in 0..50 {
        if Path::new(&format!("/tmp/.X11-unix/X{number}")).exists() {
            return Ok((child, display));
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    Err("Xvfb did not start within 5 s".into())
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
        "installing trunk {version} (cargo install, about 9 minutes)"
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
