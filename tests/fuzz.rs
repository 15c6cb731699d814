//! The fuzz targets (fuzz/src/lib.rs) run natively as part of `cargo test`, with no fuzzer:
//! - every shared Kratos fixture, as is;
//! - every saved regression input (`fuzz/regressions/<target>/*`: a crash found by
//!   `cargo fuzz` is copied there, so it is replayed here forever after its fix);
//! - a bounded, seeded, structure-aware mutation stress over the fixtures: truncation, type
//!   swaps, removed members, deep nesting, huge strings, byte flips and random bytes.
//!
//! The coverage-guided run is `bash scripts/fuzz.sh` (libFuzzer through cargo-fuzz); this test
//! is what keeps every target and every past crash checked in the ordinary test suite.

#![cfg(not(target_arch = "wasm32"))]

#[path = "../fuzz/src/lib.rs"]
mod targets;

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::{json, Value};
use targets::TARGETS;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixture_files() -> Vec<PathBuf> {
    let dir = root()
        .join("..")
        .join("shared")
        .join("kratos")
        .join("fixtures");
    let mut files = Vec::new();
    for era in ["v0", "v1"] {
        for entry in fs::read_dir(dir.join(era)).expect("the shared fixtures are beside the repo") {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                files.push(path);
            }
        }
    }
    files.sort();
    assert!(files.len() > 50, "found {} fixtures", files.len());
    files
}

/// Runs every target on `data`; on a panic, says which target and which input.
fn run_all(data: &[u8], what: &str) {
    for (name, target) in TARGETS {
        let outcome = std::panic::catch_unwind(|| target(data));
        if outcome.is_err() {
            let saved = std::env::temp_dir().join(format!("ory-wasm-fuzz-{name}.bin"));
            fs::write(&saved, data).unwrap();
            panic!(
                "target {name} panicked on {what} (input saved to {})",
                saved.display()
            );
        }
    }
}

#[test]
fn every_fixture_passes_every_target() {
    for file in fixture_files() {
        run_all(&fs::read(&file).unwrap(), &file.display().to_string());
    }
}

#[test]
fn every_saved_regression_input_passes() {
    let dir = root().join("fuzz").join("regressions");
    let mut count = 0;
    for (name, target) in TARGETS {
        let Ok(entries) = fs::read_dir(dir.join(name)) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            target(&fs::read(&path).unwrap());
            count += 1;
        }
    }
    eprintln!("{count} regression inputs replayed");
}

/// xorshift64*: a small, seeded, reproducible generator (no dependency).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Number of values in `value` (pre-order), so that one can be picked at random.
fn count(value: &Value) -> usize {
    1 + match value {
        Value::Array(items) => items.iter().map(count).sum(),
        Value::Object(map) => map.values().map(count).sum(),
        _ => 0,
    }
}

/// The `index`-th value in pre-order.
fn nth<'a>(value: &'a mut Value, index: &mut usize) -> Option<&'a mut Value> {
    if *index == 0 {
        return Some(value);
    }
    *index -= 1;
    match value {
        Value::Array(items) => items.iter_mut().find_map(|v| nth(v, index)),
        Value::Object(map) => map.values_mut().find_map(|v| nth(v, index)),
        _ => None,
    }
}

fn pick<'a>(value: &'a mut Value, rng: &mut Rng) -> &'a mut Value {
    let mut index = rng.below(count(value));
    nth(value, &mut index).expect("index within count")
}

/// Values of every JSON type, including ones a decoder may not expect there.
fn replacement(rng: &mut Rng) -> Value {
    match rng.below(12) {
        0 => Value::Null,
        1 => json!(true),
        2 => json!(-1),
        3 => json!(1e308),
        4 => json!(18446744073709551615u64),
        5 => json!(""),
        6 => json!("{a}{{b}} {context.x} \u{0}\u{202e}é"),
        7 => json!([]),
        8 => json!({}),
        9 => json!([{"type": "input", "group": "default", "attributes": {}}]),
        10 => json!({"node_type": "input", "name": "a..b", "type": "submit", "value": null}),
        _ => json!("javascript:alert(1)"),
    }
}

fn nest(mut value: Value, depth: usize) -> Value {
    for i in 0..depth {
        value = if i % 2 == 0 {
            json!([value])
        } else {
            json!({ "a": value })
        };
    }
    value
}

/// One structure-aware mutation of a parsed fixture, as bytes.
fn mutate(seed: &Value, raw: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut value = seed.clone();
    match rng.below(10) {
        // Truncation at any byte (also inside a UTF-8 sequence).
        0 => return raw[..rng.below(raw.len())].to_vec(),
        // Byte flips.
        1 => {
            let mut bytes = raw.to_vec();
            for _ in 0..1 + rng.below(8) {
                let at = rng.below(bytes.len());
                bytes[at] = rng.next() as u8;
            }
            return bytes;
        }
        // Random bytes.
        2 => return (0..rng.below(512)).map(|_| rng.next() as u8).collect(),
        // Deep nesting as text (far beyond serde_json's limit) and as a value it still parses.
        3 => {
            let depth = 100_000;
            let mut text = "[".repeat(depth).into_bytes();
            text.extend_from_slice(raw);
            text.extend_from_slice("]".repeat(depth).as_bytes());
            return text;
        }
        4 => {
            let target = pick(&mut value, rng);
            *target = nest(target.take(), 60 + rng.below(60));
        }
        // A huge string.
        5 => *pick(&mut value, rng) = Value::String("\u{1F600}<script>".repeat(5_000)),
        // Remove a member.
        6 => {
            if let Value::Object(map) = pick(&mut value, rng) {
                if !map.is_empty() {
                    let key = map.keys().nth(rng.below(map.len())).unwrap().clone();
                    map.remove(&key);
                }
            }
        }
        // Duplicate an array element many times.
        7 => {
            if let Value::Array(items) = pick(&mut value, rng) {
                if let Some(first) = items.first().cloned() {
                    items.extend(std::iter::repeat(first).take(200));
                }
            }
        }
        // Type swaps (several).
        _ => {
            for _ in 0..1 + rng.below(4) {
                let new = replacement(rng);
                *pick(&mut value, rng) = new;
            }
        }
    }
    serde_json::to_vec(&value).unwrap()
}

#[test]
fn seeded_mutations_of_the_fixtures_pass_every_target() {
    let seeds: Vec<(Vec<u8>, Value)> = fixture_files()
        .iter()
        .map(|path| {
            let raw = fs::read(path).unwrap();
            let value = serde_json::from_slice(&raw).unwrap();
            (raw, value)
        })
        .collect();
    // ORY_FUZZ_ROUNDS raises the count for a longer run; the default keeps `cargo test` quick.
    let rounds: usize = std::env::var("ORY_FUZZ_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(4);
    let mut rng = Rng(0x5eed_f0e1_f1a7_0001);
    let mut inputs = 0;
    for round in 0..rounds {
        for (raw, value) in &seeds {
            let data = mutate(value, raw, &mut rng);
            run_all(&data, &format!("mutation round {round}"));
            inputs += 1;
        }
    }
    eprintln!("{inputs} mutated inputs through {} targets", TARGETS.len());
}

#[test]
fn hand_written_hostile_inputs_pass_every_target() {
    let deep = nest(json!("x"), 127);
    let cases: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"\xff\xfe\x00".to_vec(),
        b"{".to_vec(),
        b"<html><body>502 Bad Gateway</body></html>".to_vec(),
        serde_json::to_vec(&deep).unwrap(),
        serde_json::to_vec(&json!({"id": "f", "ui": {"nodes": [deep], "action": deep}})).unwrap(),
        serde_json::to_vec(&json!({"error": {"id": deep, "details": {"redirect_browser_to": 5}}}))
            .unwrap(),
        serde_json::to_vec(&json!({"id": "f", "ui": {"action": "https://a/self-service/", "nodes": [
            {"type": "input", "group": "default", "attributes": {"node_type": "input", "type": "hidden",
             "name": ".".repeat(40), "value": "x"}},
            {"type": "input", "group": "default", "attributes": {"node_type": "input", "type": "text",
             "name": "a.b.".repeat(20) + "c"}},
            {"type": "input", "group": "passkey", "attributes": {"node_type": "input", "type": "hidden",
             "name": "passkey_challenge", "value": "{\"publicKey\": {\"challenge\": 5}}"}},
            {"type": "input", "group": "passkey", "attributes": {"node_type": "input", "type": "hidden",
             "name": "passkey_create_data", "value": "[[[[[[[[[[]]]]]]]]]]"}},
        ]}}))
        .unwrap(),
        "{\"a\": \"{".repeat(1000).into_bytes(),
    ];
    for (index, case) in cases.iter().enumerate() {
        run_all(case, &format!("hand-written case {index}"));
    }
}

#[test]
fn regression_directories_name_real_targets() {
    let dir = root().join("fuzz").join("regressions");
    let Ok(entries) = fs::read_dir(&dir) else {
        return;
    };
    for entry in entries {
        let entry = entry.unwrap();
        if !entry.path().is_dir() {
            continue; // README.md
        }
        let name = entry.file_name().into_string().unwrap();
        assert!(
            TARGETS.iter().any(|(target, _)| *target == name),
            "{} is not a fuzz target",
            Path::new(&name).display()
        );
    }
}
