//! The binary's interface: flags, `--help`, and the `public:` / `admin:` lines on stdout.

mod support;

use std::process::Command;

use support::binary::{block_on, raw_client, Emulator, BIN};

#[test]
fn help_documents_every_flag() {
    let out = Command::new(BIN)
        .arg("--help")
        .output()
        .expect("run --help");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for flag in [
        "--public-port",
        "--admin-port",
        "--db",
        "--config",
        "--ui-url",
    ] {
        assert!(text.contains(flag), "--help misses {flag}:\n{text}");
    }
}

#[test]
fn prints_urls_and_serves() {
    let emulator = Emulator::start(&["--ui-url", "http://localhost:3000"], false);
    let (public, admin) = (&emulator.public_line, &emulator.admin_line);
    assert!(public.starts_with("public: http://localhost:"), "{public}");
    assert!(admin.starts_with("admin: http://localhost:"), "{admin}");
    let (public_url, admin_url) = (emulator.public_url(), emulator.admin_url());
    block_on(async {
        let c = raw_client();
        let r = c
            .get(format!("{public_url}/health/alive"))
            .send()
            .await
            .expect("alive");
        assert_eq!(r.status().as_u16(), 200);
        let r = c
            .get(format!("{admin_url}/admin/identities"))
            .send()
            .await
            .expect("admin");
        assert_eq!(r.status().as_u16(), 200);
        let r = c
            .get(format!("{public_url}/self-service/login/browser"))
            .send()
            .await
            .expect("init");
        assert_eq!(r.status().as_u16(), 303);
        let loc = r
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        assert!(
            loc.starts_with("http://localhost:3000/login?flow="),
            "{loc}"
        );
    });
    emulator.stop();
}

#[test]
fn config_file_is_read() {
    let dir = std::env::temp_dir().join(format!("ory-emulator-cfg-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let cfg = dir.join("emulator.toml");
    std::fs::write(&cfg, "ui_url = \"http://localhost:9999\"\nflow_lifespan = \"10m\"\n[methods]\ncode_passwordless = true\n").expect("write config");
    let emulator = Emulator::start(&["--config", cfg.to_str().expect("path")], false);
    let public_url = emulator.public_url();
    block_on(async {
        let c = raw_client();
        let r = c
            .get(format!("{public_url}/self-service/login/browser"))
            .send()
            .await
            .expect("init");
        let loc = r
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        assert!(
            loc.starts_with("http://localhost:9999/login?flow="),
            "{loc}"
        );
    });
    emulator.stop();
    let bad = dir.join("bad.toml");
    std::fs::write(&bad, "no_such_key = 1\n").expect("write config");
    let out = Command::new(BIN)
        .args(["--db", ":memory:", "--config"])
        .arg(&bad)
        .output()
        .expect("run");
    assert!(!out.status.success(), "unknown keys are rejected");
    let _ = std::fs::remove_dir_all(&dir);
}
