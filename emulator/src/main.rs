//! `ory-emulator` binary: flags, config file, start, print the URLs, run until Ctrl-C.

use std::io::Write;
use std::path::PathBuf;

use clap::Parser;
use ory_emulator::FileConfig;

/// A Kratos v1.3-compatible local server: public API and admin API on two ports.
///
/// Flags override the config file, which overrides the defaults. Once both listeners are up
/// it prints `public: <url>` and `admin: <url>` on stdout; one log line per request goes to stderr.
#[derive(Parser, Debug)]
#[command(name = "ory-emulator", version)]
struct Cli {
    /// Port of the public API (Kratos default 4433; 0 = any free port). [default: 4433]
    #[arg(long, value_name = "N")]
    public_port: Option<u16>,

    /// Port of the admin API (Kratos default 4434; 0 = any free port). [default: 4434]
    #[arg(long, value_name = "N")]
    admin_port: Option<u16>,

    /// SQLite database file (created if missing), or `:memory:` for an in-memory database.
    /// [default: .ory-emulator/emulator.sqlite]
    #[arg(long, value_name = "PATH")]
    db: Option<String>,

    /// TOML configuration file (see README.md for the keys).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,

    /// Base URL of the UI pages browser redirects point to (`<url>/login`, `/registration`,
    /// `/settings`, `/recovery`, `/verification`, `/error`). [default: http://localhost:4455]
    #[arg(long, value_name = "URL")]
    ui_url: Option<String>,

    /// Interface to bind both listeners on; `localhost` binds 127.0.0.1 (+ ::1) and advertises
    /// `http://localhost:<port>`. [default: localhost]
    #[arg(long, value_name = "HOST")]
    host: Option<String>,
}

#[tokio::main]
async fn main() {
    let cli = Cli::parse();
    let mut f = match &cli.config {
        Some(p) => match FileConfig::load(p) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("ory-emulator: {e}");
                std::process::exit(2);
            }
        },
        None => FileConfig::default(),
    };
    if cli.public_port.is_some() {
        f.public_port = cli.public_port;
    }
    if cli.admin_port.is_some() {
        f.admin_port = cli.admin_port;
    }
    if cli.db.is_some() {
        f.db = cli.db.clone();
    }
    if cli.ui_url.is_some() {
        f.ui_url = cli.ui_url.clone();
    }
    if let Some(h) = &cli.host {
        f.host = h.clone();
    }
    let running = match ory_emulator::start(f).await {
        Ok(r) => r,
        Err(e) => {
            eprintln!("ory-emulator: {e}");
            std::process::exit(1);
        }
    };
    {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "public: {}", running.public_url.trim_end_matches('/'));
        let _ = writeln!(out, "admin: {}", running.admin_url.trim_end_matches('/'));
        let _ = out.flush();
    }
    shutdown_signal().await;
    running.shutdown().await;
}

/// Ctrl-C, or SIGTERM on Unix.
async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
