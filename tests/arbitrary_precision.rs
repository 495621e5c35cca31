//! Runs the tests of `tests/arbitrary-precision`, a crate of its own whose build turns on
//! `serde_json`'s `arbitrary_precision` feature (which would reach every crate of this workspace
//! if it were a member): the facade reads bodies and deserializes generated enums alike with it.

use std::path::Path;
use std::process::Command;

#[test]
fn the_facade_under_serde_json_arbitrary_precision() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| root.join("target"), Into::into)
        .join("arbitrary-precision");
    let output = Command::new(env!("CARGO"))
        .args(["test", "--locked", "--quiet", "--manifest-path"])
        .arg(root.join("tests/arbitrary-precision/Cargo.toml"))
        .env("CARGO_TARGET_DIR", target)
        .output()
        .expect("cargo runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // The crate's tests ran: an empty run would prove nothing.
    assert!(
        stdout.contains("test result: ok.") && !stdout.contains("ok. 0 passed"),
        "{stdout}"
    );
}
