//! Where each browser and its WebDriver live — the one place that decides. Each program is
//! found, in order: from its environment variable (for a machine laid out differently), on
//! `PATH`, or at Debian's path (what `apt-get` installs, and the default on CI).

use std::path::PathBuf;

/// A program the tests run, and how to find it.
pub struct Program {
    /// Overrides every other place, e.g. `HEARTPATH_FIREFOX=/opt/firefox/firefox`.
    pub env: &'static str,
    /// Names tried on `PATH`, in order.
    pub names: &'static [&'static str],
    pub debian: &'static str,
}

impl Program {
    pub fn find(&self) -> Option<PathBuf> {
        if let Some(path) = std::env::var_os(self.env) {
            return Some(PathBuf::from(path)).filter(|p| p.exists());
        }
        let path = std::env::var_os("PATH").unwrap_or_default();
        std::env::split_paths(&path)
            .flat_map(|dir| self.names.iter().map(move |name| dir.join(name)))
            .find(|p| p.is_file())
            .or_else(|| Some(PathBuf::from(self.debian)).filter(|p| p.exists()))
    }

    /// The program's path, or a message saying how to provide it.
    pub fn require(&self) -> Result<PathBuf, String> {
        self.find().ok_or_else(|| {
            format!(
                "{} not found: install it, put it on PATH or set {}",
                self.names[0], self.env
            )
        })
    }
}

pub use e2e::Engine;

/// Where an engine's programs are, and how Debian installs them.
pub trait Programs {
    fn browser(self) -> Program;
    fn driver(self) -> Program;
    fn packages(self) -> &'static [&'static str];
    fn driver_args(self, port: u16) -> Vec<String>;
}

impl Programs for Engine {
    fn browser(self) -> Program {
        match self {
            Engine::Chromium => Program {
                env: "HEARTPATH_CHROMIUM",
                names: &["chromium", "chromium-browser", "google-chrome"],
                debian: "/usr/bin/chromium",
            },
            Engine::Firefox => Program {
                env: "HEARTPATH_FIREFOX",
                names: &["firefox-esr", "firefox"],
                debian: "/usr/bin/firefox-esr",
            },
            Engine::WebKit => Program {
                env: "HEARTPATH_WEBKIT",
                names: &["MiniBrowser"],
                debian: "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
            },
        }
    }

    fn driver(self) -> Program {
        match self {
            Engine::Chromium => Program {
                env: "HEARTPATH_CHROMEDRIVER",
                names: &["chromedriver"],
                debian: "/usr/bin/chromedriver",
            },
            Engine::Firefox => Program {
                env: "HEARTPATH_GECKODRIVER",
                names: &["geckodriver"],
                // Not packaged by Debian: `cargo install` puts it in cargo's bin.
                debian: "",
            },
            Engine::WebKit => Program {
                env: "HEARTPATH_WEBKITDRIVER",
                names: &["WebKitWebDriver"],
                debian: "/usr/bin/WebKitWebDriver",
            },
        }
    }

    /// The Debian packages that provide the browser and its driver.
    fn packages(self) -> &'static [&'static str] {
        match self {
            Engine::Chromium => &["chromium", "chromium-driver"],
            Engine::Firefox => &["firefox-esr"],
            // MiniBrowser needs a display: Xvfb gives it one without a screen.
            Engine::WebKit => &["webkit2gtk-driver", "xvfb"],
        }
    }

    /// The driver's arguments to listen on `port`.
    fn driver_args(self, port: u16) -> Vec<String> {
        match self {
            Engine::Firefox => vec!["--port".into(), port.to_string()],
            _ => vec![format!("--port={port}")],
        }
    }
}

/// The virtual display WebKit's MiniBrowser draws on.
pub const XVFB: Program = Program {
    env: "HEARTPATH_XVFB",
    names: &["Xvfb"],
    debian: "/usr/bin/Xvfb",
};

/// Reads the printed handout back (its text, and its pages as pictures).
pub const PDFTOTEXT: Program = Program {
    env: "HEARTPATH_PDFTOTEXT",
    names: &["pdftotext"],
    debian: "/usr/bin/pdftotext",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_environment_overrides_path_and_debian() {
        let program = Program {
            env: "HEARTPATH_TEST_PROGRAM_THAT_IS_SET",
            names: &["no-such-program-on-any-path"],
            debian: "/no/such/default",
        };
        assert_eq!(program.find(), None);
        assert!(program
            .require()
            .unwrap_err()
            .contains("HEARTPATH_TEST_PROGRAM_THAT_IS_SET"));
        std::env::set_var("HEARTPATH_TEST_PROGRAM_THAT_IS_SET", "/bin/sh");
        assert_eq!(program.find(), Some(PathBuf::from("/bin/sh")));
        std::env::remove_var("HEARTPATH_TEST_PROGRAM_THAT_IS_SET");
        let on_path = Program {
            env: "HEARTPATH_TEST_UNSET",
            names: &["sh"],
            debian: "",
        };
        assert!(on_path.find().is_some_and(|p| p.ends_with("sh")));
    }
}
