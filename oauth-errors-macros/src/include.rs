//! Tables kept in files: `include_str!("tables/qq.md")` in place of the literal.
//!
//! The path is resolved like std's `include_str!`: relative to the directory of the file that
//! holds the macro call (an absolute path stays as it is). When the compiler cannot say which file
//! that is, the path is relative to the crate's root (`CARGO_MANIFEST_DIR`). The file is UTF-8,
//! with `\n` or `\r\n` line ends; a leading byte order mark is dropped.

use std::path::{Component, Path, PathBuf};

/// A table read from a file.
#[derive(Debug)]
pub(crate) struct TableFile {
    /// The file's text, without a byte order mark.
    pub(crate) text: String,
    /// The path to show in messages: the calling file's directory as the compiler names it,
    /// joined with the path as written.
    pub(crate) display: String,
    /// The path read, to tell Cargo to rebuild when the file changes.
    pub(crate) path: PathBuf,
}

/// Reads the table file at `relative`, written in the file that the compiler names `caller`
/// (for display) and finds at `caller_on_disk`. The error says what went wrong and which path
/// was tried.
pub(crate) fn read(
    relative: &str,
    caller: &str,
    caller_on_disk: Option<&Path>,
) -> Result<TableFile, String> {
    let written = Path::new(relative);
    let (path, display) = if written.is_absolute() {
        (written.to_path_buf(), written.to_path_buf())
    } else {
        let base = match caller_on_disk.and_then(Path::parent) {
            Some(directory) => directory.to_path_buf(),
            None => PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default()),
        };
        let shown = Path::new(caller).parent().unwrap_or(Path::new(""));
        (base.join(written), shown.join(written))
    };
    let display = tidy(&display).display().to_string();
    // `include_bytes!` resolves a relative path against the calling file; give it the same file.
    let path = std::path::absolute(&path).unwrap_or(path);
    let bytes = std::fs::read(&path).map_err(|error| {
        format!(
            "cannot read the table file `{display}`: {error}\n \
             = note: tried `{}`\n \
             = help: the path is relative to the file that calls `oauth_error_table!`, \
             as with std's `include_str!`",
            path.display()
        )
    })?;
    let text = String::from_utf8(bytes).map_err(|error| {
        format!(
            "the table file `{display}` is not UTF-8: {error}\n \
             = help: save it as UTF-8"
        )
    })?;
    let text = match text.strip_prefix('\u{FEFF}') {
        Some(without_bom) => without_bom.to_owned(),
        None => text,
    };
    Ok(TableFile {
        text,
        display,
        path,
    })
}

/// `path` without `.` components, and without `dir/..` pairs where `dir` is a plain name: for
/// messages, where `src/ui/../tables/qq.md` reads better as `src/tables/qq.md`.
fn tidy(path: &Path) -> PathBuf {
    let mut tidy = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir
                if matches!(tidy.components().next_back(), Some(Component::Normal(_))) =>
            {
                tidy.pop();
            }
            component => tidy.push(component),
        }
    }
    tidy
}

#[cfg(test)]
mod tests {
    use super::{read, tidy};
    use std::path::Path;

    /// A fresh directory under the system's temporary directory.
    fn scratch(name: &str) -> std::path::PathBuf {
        let directory = std::env::temp_dir().join(format!(
            "oauth-errors-include-{}-{name}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&directory);
        std::fs::create_dir_all(directory.join("src/tables")).unwrap();
        directory
    }

    #[test]
    fn paths_are_relative_to_the_calling_file() {
        let root = scratch("relative");
        std::fs::write(root.join("src/tables/qq.md"), "\u{FEFF}| code |\r\n").unwrap();
        let caller = root.join("src/lib.rs");
        let file = read("tables/qq.md", "src/lib.rs", Some(&caller)).unwrap();
        assert_eq!(file.text, "| code |\r\n");
        assert_eq!(file.display, "src/tables/qq.md");
        assert_eq!(file.path, root.join("src/tables/qq.md"));
        assert!(file.path.is_absolute());
        // An absolute path stays as it is.
        let absolute = root.join("src/tables/qq.md");
        let file = read(absolute.to_str().unwrap(), "src/lib.rs", Some(&caller)).unwrap();
        assert_eq!(file.path, absolute);
        std::fs::remove_dir_all(root).unwrap();
    }

    #[test]
    fn errors_name_the_path_tried() {
        let root = scratch("missing");
        let caller = root.join("src/lib.rs");
        let error = read("tables/none.md", "src/lib.rs", Some(&caller)).unwrap_err();
        assert!(
            error.starts_with("cannot read the table file `src/tables/none.md`: "),
            "{error}"
        );
        let tried = root.join("src/tables/none.md");
        assert!(
            error.contains(&format!("tried `{}`", tried.display())),
            "{error}"
        );

        std::fs::write(root.join("src/tables/latin1.md"), b"| caf\xe9 |").unwrap();
        let error = read("tables/latin1.md", "src/lib.rs", Some(&caller)).unwrap_err();
        assert!(error.starts_with("the table file `src/tables/latin1.md` is not UTF-8"));
        std::fs::remove_dir_all(root).unwrap();
    }

    #[test]
    fn display_paths_are_tidy() {
        assert_eq!(
            tidy(Path::new("tests/ui/../tables/qq.md")),
            Path::new("tests/tables/qq.md")
        );
        assert_eq!(tidy(Path::new("./src/./a.md")), Path::new("src/a.md"));
        assert_eq!(tidy(Path::new("../a/../../b.md")), Path::new("../../b.md"));
        assert_eq!(tidy(Path::new("/x/../y.md")), Path::new("/y.md"));
    }

    #[test]
    fn without_the_calling_file_paths_start_at_the_crate_root() {
        let file = read("src/include.rs", "<macro expansion>", None).unwrap();
        assert!(file.text.contains("Tables kept in files"));
        assert!(file.path.ends_with(Path::new("src/include.rs")));
    }
}
