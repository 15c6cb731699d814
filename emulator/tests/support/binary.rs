//! The `ory-emulator` binary as a child process: started on free ports with an in-memory
//! database, its `public:` / `admin:` lines read from stdout, killed when dropped (also when a
//! test panics).

use std::future::Future;
use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Stdio};

pub const BIN: &str = env!("CARGO_BIN_EXE_ory-emulator");

pub struct Emulator {
    child: Child,
    /// The first line on stdout, as printed (`public: <url>`).
    pub public_line: String,
    /// The second line on stdout, as printed (`admin: <url>`).
    pub admin_line: String,
}

impl Emulator {
    /// Runs the binary with `--public-port 0 --admin-port 0 --db :memory:` followed by `args`,
    /// and reads the two lines it prints once it listens. Its stderr (the request log) is kept
    /// for [`Emulator::stop`] when `capture_stderr`, else discarded.
    pub fn start(args: &[&str], capture_stderr: bool) -> Emulator {
        let mut child = Command::new(BIN)
            .args([
                "--public-port",
                "0",
                "--admin-port",
                "0",
                "--db",
                ":memory:",
            ])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(if capture_stderr {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .spawn()
            .expect("spawn emulator");
        let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
        let mut next_line = || lines.next().and_then(|l| l.ok()).unwrap_or_default();
        let public_line = next_line();
        let admin_line = next_line();
        Emulator {
            child,
            public_line,
            admin_line,
        }
    }

    /// The public URL from the `public:` line.
    pub fn public_url(&self) -> &str {
        self.public_line.trim_start_matches("public: ")
    }

    /// The admin URL from the `admin:` line.
    pub fn admin_url(&self) -> &str {
        self.admin_line.trim_start_matches("admin: ")
    }

    /// Kills the process and returns what it wrote on stderr (empty unless captured).
    pub fn stop(mut self) -> String {
        self.kill();
        let mut log = String::new();
        if let Some(mut stderr) = self.child.stderr.take() {
            let _ = stderr.read_to_string(&mut log);
        }
        log
    }

    fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Runs `f` to completion on a fresh single-threaded runtime (for `#[test]`s that drive a child
/// process).
pub fn block_on<F: Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
        .block_on(f)
}

/// A plain HTTP client that does not follow redirects (no cookies, no spec checks).
pub fn raw_client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}
