//! The shape the code promises its readers, checked: no import circles, between sibling files or between
//! the top-level modules of the widget and of each crate, and no component function longer than a screen.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// A component or hook function may be this long, its signature and closing brace included.
const MOST_LINES: usize = 80;

/// The source roots: the widget's and each crate's.
const ROOTS: [&str; 3] = ["src", "crates/agentdesktop-sdk/src", "crates/agentdesktop-simulator/src"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap().map(Result::unwrap) {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `a/b.rs` and `a/b/mod.rs` are both module `a::b`.
fn module_of(root: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(root).unwrap().with_extension("");
    let mut parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib" | "main")) {
        parts.pop();
    }
    parts
}

/// The code of a file without its comments and its tests (a test may reach anywhere).
fn code(file: &Path) -> String {
    let text = fs::read_to_string(file).unwrap();
    let text = match text.find("#[cfg(test)]") {
        Some(at) => &text[..at],
        None => &text,
    };
    text.lines().filter(|line| !line.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
}

/// Every module path `text` names after `prefix` (`crate::`, `super::`), one segment deep or two.
fn named_after<'a>(text: &'a str, prefix: &'a str) -> impl Iterator<Item = Vec<String>> + 'a {
    text.match_indices(prefix).map(move |(at, _)| {
        text[at + prefix.len()..]
            .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .next()
            .unwrap_or("")
            .split("::")
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    })
}

/// A circle in `edges`, if there is one, as the modules along it.
fn circle(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut found = path[at..].to_vec();
            found.push(node.to_owned());
            return Some(found);
        }
        if !done.insert(node.to_owned()) {
            return None;
        }
        path.push(node.to_owned());
        for next in edges.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, edges, path, done) {
                return Some(found);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    edges.keys().find_map(|node| visit(node, edges, &mut Vec::new(), &mut done))
}

#[test]
fn no_import_circles_between_top_level_modules_or_sibling_files() {
    for root in ROOTS {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(root);
        let mut files = Vec::new();
        rust_files(&root, &mut files);
        let modules: BTreeSet<Vec<String>> = files.iter().map(|f| module_of(&root, f)).collect();
        let mut top = BTreeMap::<String, BTreeSet<String>>::new();
        let mut siblings = BTreeMap::<String, BTreeSet<String>>::new();
        for file in &files {
            let module = module_of(&root, file);
            let Some(first) = module.first() else { continue };
            let text = code(file);
            for named in named_after(&text, "crate::") {
                if let Some(other) = named.first().filter(|other| *other != first) {
                    if modules.contains(&vec![other.clone()]) {
                        top.entry(first.clone()).or_default().insert(other.clone());
                    }
                }
            }
            // `super::x` from a file whose parent module is `p`: the sibling `p::x`.
            let parent = &module[..module.len() - 1];
            for named in named_after(&text, "super::") {
                let Some(name) = named.first() else { continue };
                let mut sibling = parent.to_vec();
                sibling.push(name.clone());
                if sibling != module && modules.contains(&sibling) {
                    siblings.entry(module.join("::")).or_default().insert(sibling.join("::"));
                }
            }
        }
        assert_eq!(circle(&top), None, "top-level modules of {} import each other", root.display());
        assert_eq!(circle(&siblings), None, "sibling files of {} import each other", root.display());
    }
}

#[test]
fn no_component_or_hook_is_longer_than_a_screen() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut long = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for (at, line) in lines.iter().enumerate() {
            if *line != "#[component]" && *line != "#[hook]" {
                continue;
            }
            let start = (at + 1..lines.len()).find(|&i| lines[i].contains("fn ")).unwrap();
            let end = (start..lines.len()).find(|&i| lines[i] == "}").unwrap();
            if end - start + 1 > MOST_LINES {
                long.push(format!("{}: {} ({} lines)", file.display(), lines[start].trim(), end - start + 1));
            }
        }
    }
    assert!(long.is_empty(), "longer than {MOST_LINES} lines:\n{}", long.join("\n"));
}
