//! Where the facade is when the calling crate renamed it. The expansion names the facade
//! `::oauth_errors`; a crate that depends on `oauth-errors` under another name
//! (`oe = { package = "oauth-errors", version = "0.1" }`) has no such crate, and without
//! `#[oauth_errors(crate = ::oe)]` rustc would only say that `oauth_errors` cannot be found.
//! The macro reads the calling crate's `Cargo.toml` (and its workspace's, for a dependency
//! inherited with `workspace = true`) to say what to write instead.
//!
//! The manifest is read line by line, as far as dependency tables go: `[dependencies]`,
//! `[dev-dependencies]`, `[build-dependencies]`, their `[target.….dependencies]` forms,
//! `[workspace.dependencies]`, and `[dependencies.name]` tables; an entry on one line. Anything
//! else is left alone: at worst the hint is not given.

use std::path::Path;

/// The facade's package name.
const PACKAGE: &str = "oauth-errors";

/// The name under which the crate being compiled depends on `oauth-errors`, as a path to write
/// in Rust (`oe`), when it renamed it and has no dependency of its own name, and its root does not
/// alias it back (`extern crate oe as oauth_errors;`). `None` in any other case, or when the
/// manifest cannot be read.
pub(crate) fn renamed_here() -> Option<String> {
    let directory = std::env::var_os("CARGO_MANIFEST_DIR")?;
    let directory = Path::new(&directory);
    let manifest = std::fs::read_to_string(directory.join("Cargo.toml")).ok()?;
    let workspace = directory
        .ancestors()
        .skip(1)
        .map(|ancestor| ancestor.join("Cargo.toml"))
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .find(|manifest| manifest.lines().any(|line| line.trim() == "[workspace]"));
    let renamed = renamed(&manifest, workspace.as_deref())?;
    let aliased = ["src/lib.rs", "src/main.rs"].iter().any(|root| {
        std::fs::read_to_string(directory.join(root))
            .is_ok_and(|source| source.contains("as oauth_errors"))
    });
    (!aliased).then_some(renamed)
}

/// The name (as a Rust path, dashes made underscores) under which the manifest `manifest`
/// depends on `oauth-errors`, when it renamed it and has no dependency named `oauth-errors`;
/// `workspace` is the workspace's manifest, where a dependency inherited with `workspace = true`
/// is declared.
pub(crate) fn renamed(manifest: &str, workspace: Option<&str>) -> Option<String> {
    let own = dependencies(manifest, false);
    if own
        .iter()
        .any(|dependency| dependency.name == PACKAGE && dependency.package.is_none())
    {
        return None;
    }
    let inherited = workspace.map(|workspace| dependencies(workspace, true));
    own.iter()
        .find(|dependency| {
            let package = if dependency.inherited {
                inherited.as_ref().and_then(|inherited| {
                    inherited
                        .iter()
                        .find(|declared| declared.name == dependency.name)
                        .and_then(|declared| declared.package.clone())
                })
            } else {
                dependency.package.clone()
            };
            package.as_deref() == Some(PACKAGE) && dependency.name != PACKAGE
        })
        .map(|dependency| dependency.name.replace('-', "_"))
}

/// A dependency, as a manifest declares it.
#[derive(Debug, PartialEq, Eq)]
struct Dependency {
    /// Its name in the depending crate.
    name: String,
    /// The package it renames, if it renames one.
    package: Option<String>,
    /// Whether it is inherited from the workspace (`workspace = true`).
    inherited: bool,
}

/// The dependencies a manifest declares: in its dependency tables, or (`workspace`) in
/// `[workspace.dependencies]`.
fn dependencies(manifest: &str, workspace: bool) -> Vec<Dependency> {
    let mut found: Vec<Dependency> = Vec::new();
    // The table the lines are in: a table of dependencies, or one dependency's table.
    let mut table: Option<Table> = None;
    for line in manifest.lines() {
        let line = line.split(" #").next().unwrap_or_default().trim();
        if let Some(header) = line
            .strip_prefix('[')
            .and_then(|line| line.strip_suffix(']'))
        {
            table = dependency_table(header.trim(), workspace);
            if let Some(Table::One(name)) = &table {
                found.push(Dependency {
                    name: name.clone(),
                    package: None,
                    inherited: false,
                });
            }
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        let key = unquote(key.trim());
        match &table {
            Some(Table::Many) => found.push(Dependency {
                name: key.to_owned(),
                package: field(value, "package"),
                inherited: field(value, "workspace").as_deref() == Some("true"),
            }),
            Some(Table::One(name)) => {
                if let Some(dependency) = found.iter_mut().rev().find(|found| found.name == *name) {
                    match key {
                        "package" => dependency.package = Some(unquote(value.trim()).to_owned()),
                        "workspace" => dependency.inherited = value.trim() == "true",
                        _ => {}
                    }
                }
            }
            None => {}
        }
    }
    found
}

/// A table of dependencies, or one dependency's table.
enum Table {
    Many,
    One(String),
}

/// What the table of the header `header` (between its brackets) is: a table of dependencies,
/// one dependency's table, or neither.
fn dependency_table(header: &str, workspace: bool) -> Option<Table> {
    let kinds = ["dependencies", "dev-dependencies", "build-dependencies"];
    let header = if workspace {
        header.strip_prefix("workspace.")?
    } else {
        // `target.'cfg(…)'.dependencies`: the part after the target's name.
        match header.strip_prefix("target.") {
            Some(rest) => kinds
                .iter()
                .find_map(|kind| rest.find(&format!(".{kind}")).map(|at| &rest[at + 1..]))?,
            None => header,
        }
    };
    let (kind, rest) = match header.split_once('.') {
        Some((kind, name)) => (kind, Some(name)),
        None => (header, None),
    };
    if !kinds.contains(&kind) || (workspace && kind != "dependencies") {
        return None;
    }
    Some(match rest {
        Some(name) => Table::One(unquote(name).to_owned()),
        None => Table::Many,
    })
}

/// The value of `key` in an inline table (`{ package = "oauth-errors", version = "0.1" }`), or
/// `None`.
fn field(value: &str, key: &str) -> Option<String> {
    let inner = value.trim().strip_prefix('{')?.strip_suffix('}')?;
    inner.split(',').find_map(|pair| {
        let (name, value) = pair.split_once('=')?;
        (unquote(name.trim()) == key).then(|| unquote(value.trim()).to_owned())
    })
}

/// `text` without the quotes around it, if it has them.
fn unquote(text: &str) -> &str {
    text.strip_prefix('"')
        .and_then(|text| text.strip_suffix('"'))
        .or_else(|| {
            text.strip_prefix('\'')
                .and_then(|text| text.strip_suffix('\''))
        })
        .unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::renamed;

    #[test]
    fn a_facade_renamed_in_the_manifest() {
        let manifest = "[package]\nname = \"app\"\n\n[dependencies]\n\
                        oe = { package = \"oauth-errors\", version = \"0.1\" }\nserde = \"1\"\n";
        assert_eq!(renamed(manifest, None).as_deref(), Some("oe"));
        // In its own table, with dashes in the name, as a target's or a dev-dependency.
        let manifest =
            "[dependencies.oauth-tables]\npackage = \"oauth-errors\"\nversion = \"0.1\"\n";
        assert_eq!(renamed(manifest, None).as_deref(), Some("oauth_tables"));
        let manifest = "[target.'cfg(unix)'.dependencies]\n\
                        errors = { version = \"0.1\", package = 'oauth-errors' }\n";
        assert_eq!(renamed(manifest, None).as_deref(), Some("errors"));
        // Inherited from the workspace, which renames it.
        let manifest = "[dependencies]\noe = { workspace = true }\n";
        let workspace = "[workspace]\nmembers = [\"app\"]\n\n[workspace.dependencies]\n\
                         oe = { package = \"oauth-errors\", path = \"../oauth-errors\" }\n";
        assert_eq!(renamed(manifest, Some(workspace)).as_deref(), Some("oe"));
        assert_eq!(renamed(manifest, None), None);
    }

    #[test]
    fn a_facade_under_its_own_name() {
        for manifest in [
            "[dependencies]\noauth-errors = \"0.1\"\n",
            "[dependencies]\noauth-errors = { version = \"0.1\", features = [\"serde\"] }\n\
             [dev-dependencies]\noe = { package = \"oauth-errors\", version = \"0.1\" }\n",
            "[dependencies]\nserde = \"1\"\n",
            "[package]\nname = \"oauth-errors\"\n",
            "",
        ] {
            assert_eq!(renamed(manifest, None), None, "{manifest}");
        }
    }
}
