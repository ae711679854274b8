//! Embeds the files `sunlight init` writes: the starter site in `src/init/scaffold/` and the repository's default
//! theme, so a new site always gets the theme this binary was built with, and there is no second copy to keep in step.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs, io};

fn main() -> io::Result<()> {
    let root = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let mut files = Vec::new();
    for (dir, prefix) in [
        ("src/init/scaffold", ""),
        ("themes/default", "themes/default/"),
    ] {
        println!("cargo:rerun-if-changed={dir}");
        collect(&root.join(dir), &root.join(dir), prefix, &mut files)?;
    }
    files.sort();
    let mut out = String::from(
        "/// Every file of a new site: path in the site folder, contents.\npub const FILES: &[(&str, &[u8])] = &[\n",
    );
    for (rel, abs) in &files {
        let _ = writeln!(
            out,
            "    ({rel:?}, include_bytes!({:?})),",
            abs.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest = PathBuf::from(env::var_os("OUT_DIR").unwrap_or_default()).join("scaffold.rs");
    fs::write(dest, out)
}

/// Files below `dir`, skipping hidden ones (editor and system litter such as `.DS_Store`).
fn collect(
    base: &Path,
    dir: &Path,
    prefix: &str,
    out: &mut Vec<(String, PathBuf)>,
) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        if entry.file_type()?.is_dir() {
            collect(base, &path, prefix, out)?;
        } else if let Ok(rel) = path.strip_prefix(base) {
            let rel: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            out.push((format!("{prefix}{}", rel.join("/")), path));
        }
    }
    Ok(())
}
