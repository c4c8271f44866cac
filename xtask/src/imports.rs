//! Short names for the WebAssembly's imports. wasm-bindgen names each function the module
//! imports from its JavaScript glue after the function and a 16-digit hash
//! (`__wbg_setAttribute_f75317b2b5cabfb4`): about 200 of them, written once in the module's
//! import section and once as keys of the glue's import object. Hex digits are nearly
//! random, so no compressor shrinks them: renaming them (`a`, `b`, … in both places) takes
//! about 4.8 KiB off the first load at brotli's best. The glue reads the names nowhere else.
//! The closures' entry points are exported under such names too
//! (`wasm_bindgen__convert__closures_____invoke__h4a96dd2f26cd2bb9`), read by the glue as
//! `wasm.<name>` in a glue function of the same name: both get short names (`hp_a`, …).

use std::path::Path;

/// Renames the imports of the one `*_bg.wasm` in `dir` and the keys of its glue script.
pub fn shorten(dir: &Path) -> Result<(), String> {
    let (wasm_path, glue_path) = find(dir)?;
    let wasm = std::fs::read(&wasm_path).map_err(|e| format!("{}: {e}", wasm_path.display()))?;
    let glue =
        std::fs::read_to_string(&glue_path).map_err(|e| format!("{}: {e}", glue_path.display()))?;
    let (wasm, glue) = rename(&wasm, &glue)?;
    std::fs::write(&wasm_path, wasm).map_err(|e| format!("{}: {e}", wasm_path.display()))?;
    std::fs::write(&glue_path, glue).map_err(|e| format!("{}: {e}", glue_path.display()))
}

/// The module (`<crate>-<hash>_bg.wasm`) and its glue: the one script that builds the import
/// object (trunk hashes the two files apart, so their names do not pair them).
fn find(dir: &Path) -> Result<(std::path::PathBuf, std::path::PathBuf), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let paths: Vec<std::path::PathBuf> = entries.flatten().map(|e| e.path()).collect();
    let named = |end: &str| -> Vec<&std::path::PathBuf> {
        paths
            .iter()
            .filter(|p| p.to_string_lossy().ends_with(end))
            .collect()
    };
    let glue: Vec<&std::path::PathBuf> = named(".js")
        .into_iter()
        .filter(|p| std::fs::read_to_string(p).is_ok_and(|js| js.contains(GLUE_MARK)))
        .collect();
    match (&named("_bg.wasm")[..], &glue[..]) {
        ([wasm], [glue]) => Ok((wasm.to_path_buf(), glue.to_path_buf())),
        _ => Err(format!(
            "expected one *_bg.wasm and one script with `{GLUE_MARK}` in {}",
            dir.display()
        )),
    }
}

/// What only wasm-bindgen's glue has: the function that builds the import object.
const GLUE_MARK: &str = "function __wbg_get_imports(";

/// The module and glue with every import renamed. Fails, changing nothing, if an import's
/// name is not exactly once a key in the glue (a wasm-bindgen that writes its glue another
/// way must be looked at, not half renamed).
pub fn rename(wasm: &[u8], glue: &str) -> Result<(Vec<u8>, String), String> {
    if wasm.get(..8) != Some(b"\0asm\x01\0\0\0".as_slice()) {
        return Err("not a WebAssembly module (version 1)".into());
    }
    let mut out = wasm[..8].to_vec();
    let mut glue = glue.to_string();
    let mut at = 8;
    while at < wasm.len() {
        let id = wasm[at];
        let (size, body_at) = leb(wasm, at + 1)?;
        let body = wasm
            .get(body_at..body_at + size)
            .ok_or("a section runs past the end")?;
        let body = match id {
            2 => imports(body, &mut glue)?,
            7 => exports(body, &mut glue)?,
            _ => body.to_vec(),
        };
        out.push(id);
        out.extend(uleb(body.len()));
        out.extend(body);
        at = body_at + size;
    }
    Ok((out, glue))
}

/// The import section with short names, renaming each in `glue` too.
fn imports(body: &[u8], glue: &mut String) -> Result<Vec<u8>, String> {
    entries(body, "import", |index, at, out| {
        let (module, next) = name(body, at)?;
        let (field, next) = name(body, next)?;
        let end = descriptor_end(body, next)?;
        let short = short_name(index);
        // Already short: this build was finished before.
        if field != short {
            rename_key(glue, field, &short)?;
        }
        put_name(out, module);
        put_name(out, &short);
        out.extend(&body[next..end]);
        Ok(end)
    })
}

/// The export section with short names for the exports named after a hash, renaming each in
/// `glue` too. Other exports (`memory`, `__wbindgen_start`, …) keep theirs.
fn exports(body: &[u8], glue: &mut String) -> Result<Vec<u8>, String> {
    let mut renamed = 0;
    entries(body, "export", |_, at, out| {
        let (field, next) = name(body, at)?;
        // A kind byte, then the index.
        let end = leb(body, next + 1)?.1;
        if hashed(field) {
            let short = format!("hp_{}", short_name(renamed));
            renamed += 1;
            rename_member(glue, field, &short)?;
            put_name(out, &short);
        } else {
            put_name(out, field);
        }
        out.extend(&body[next..end]);
        Ok(end)
    })
}

/// A section of counted entries, each rewritten by `entry` (given its index and where it
/// starts, it writes the new entry and says where the old one ends).
fn entries(
    body: &[u8],
    what: &str,
    mut entry: impl FnMut(usize, usize, &mut Vec<u8>) -> Result<usize, String>,
) -> Result<Vec<u8>, String> {
    let (count, mut at) = leb(body, 0)?;
    let mut out = uleb(count);
    for index in 0..count {
        at = entry(index, at, &mut out)?;
    }
    if at != body.len() {
        return Err(format!("the {what} section has bytes after its {what}s"));
    }
    Ok(out)
}

fn put_name(out: &mut Vec<u8>, name: &str) {
    out.extend(uleb(name.len()));
    out.extend(name.as_bytes());
}

/// A Rust symbol's name ends in `_h` and 16 hex digits, its hash.
fn hashed(name: &str) -> bool {
    let bytes = name.as_bytes();
    bytes.len() > 18
        && bytes[bytes.len() - 18..].starts_with(b"_h")
        && bytes[bytes.len() - 16..].iter().all(u8::is_ascii_hexdigit)
}

/// Renames the export `old` to `new` in `glue`: where it reads it (`wasm.old`) and the glue's
/// own function of the same name. `new` must be a name the glue does not use yet.
fn rename_member(glue: &mut String, old: &str, new: &str) -> Result<(), String> {
    let found = words(glue, old);
    let read = format!("wasm.{old}");
    if !found
        .iter()
        .any(|&i| glue[..i + old.len()].ends_with(&read))
    {
        return Err(format!("the glue never reads the export {old}"));
    }
    if !words(glue, new).is_empty() {
        return Err(format!("the short name {new} is in the glue already"));
    }
    for &i in found.iter().rev() {
        glue.replace_range(i..i + old.len(), new);
    }
    Ok(())
}

/// Where `word` stands in `glue` as a whole word (not part of a longer name).
fn words(glue: &str, word: &str) -> Vec<usize> {
    let part = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    glue.match_indices(word)
        .map(|(i, _)| i)
        .filter(|&i| {
            let before = glue[..i].chars().next_back().is_none_or(|c| !part(c));
            let after = glue[i + word.len()..]
                .chars()
                .next()
                .is_none_or(|c| !part(c));
            before && after
        })
        .collect()
}

/// Where an import's kind and type end (function, table, memory or global).
fn descriptor_end(body: &[u8], at: usize) -> Result<usize, String> {
    let kind = *body.get(at).ok_or("an import without a kind")?;
    let limits = |at: usize| -> Result<usize, String> {
        let flags = *body.get(at).ok_or("limits cut short")?;
        let (_, at) = leb(body, at + 1)?;
        if flags & 1 == 1 {
            Ok(leb(body, at)?.1)
        } else {
            Ok(at)
        }
    };
    match kind {
        0 => Ok(leb(body, at + 1)?.1),
        1 => limits(at + 2),
        2 => limits(at + 1),
        3 => Ok(at + 3),
        other => Err(format!("an import of unknown kind {other}")),
    }
}

/// `a`, `b`, … `Z`, `ba`, …: letters only, so always a plain object key (a keyword such as
/// `do` is one too), and never `__proto__`.
fn short_name(mut index: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = Vec::new();
    loop {
        name.push(LETTERS[index % LETTERS.len()]);
        index /= LETTERS.len();
        if index == 0 {
            break;
        }
    }
    name.reverse();
    String::from_utf8(name).expect("letters")
}

/// Renames the one object key `old` (as `old:`) in `glue`.
fn rename_key(glue: &mut String, old: &str, new: &str) -> Result<(), String> {
    let found = words(glue, old);
    match found[..] {
        [i] if glue[i + old.len()..].starts_with(':') => {
            glue.replace_range(i..i + old.len(), new);
            Ok(())
        }
        _ => Err(format!(
            "the import {old} is {} times a word in the glue, not once as a key",
            found.len()
        )),
    }
}

fn name(bytes: &[u8], at: usize) -> Result<(&str, usize), String> {
    let (len, at) = leb(bytes, at)?;
    let text = bytes.get(at..at + len).ok_or("a name runs past the end")?;
    let text = std::str::from_utf8(text).map_err(|_| "a name that is not UTF-8")?;
    Ok((text, at + len))
}

/// An unsigned LEB128 number at `at`, and where it ends.
fn leb(bytes: &[u8], mut at: usize) -> Result<(usize, usize), String> {
    let (mut value, mut shift) = (0usize, 0);
    loop {
        let byte = *bytes.get(at).ok_or("a number runs past the end")?;
        at += 1;
        value |= usize::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok((value, at));
        }
        shift += 7;
        if shift > 28 {
            return Err("a number too long".into());
        }
    }
}

fn uleb(mut value: usize) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return out;
        }
        out.push(byte | 0x80);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module importing `__wbg_log_0123456789abcdef` (a function) and a memory, from
    /// "./app_bg.js", with a type section before and an export section after.
    fn module(first: &str, second: &str) -> Vec<u8> {
        let mut imports = uleb(2);
        for (field, desc) in [(first, vec![0u8, 0]), (second, vec![2u8, 1, 1, 0x80, 0x02])] {
            for part in ["./app_bg.js", field] {
                imports.extend(uleb(part.len()));
                imports.extend(part.as_bytes());
            }
            imports.extend(desc);
        }
        let mut out = b"\0asm\x01\0\0\0".to_vec();
        out.extend([1, 4, 1, 0x60, 0, 0]); // one type: () -> ()
        out.push(2);
        out.extend(uleb(imports.len()));
        out.extend(imports);
        out.extend([7, 5, 1, 1, b'm', 0, 0]); // export "m": function 0
        out
    }

    const GLUE: &str = r#"function i(){return{__proto__:null,"./app_bg.js":{__proto__:null,__wbg_log_0123456789abcdef:function(e){console.log(e)},__wbg_mem_fedcba9876543210:function(){}}}}"#;

    #[test]
    fn renames_each_import_in_the_module_and_its_glue() {
        let wasm = module("__wbg_log_0123456789abcdef", "__wbg_mem_fedcba9876543210");
        let (wasm, glue) = rename(&wasm, GLUE).unwrap();
        assert_eq!(wasm, module("a", "b"));
        assert_eq!(
            glue,
            r#"function i(){return{__proto__:null,"./app_bg.js":{__proto__:null,a:function(e){console.log(e)},b:function(){}}}}"#
        );
    }

    #[test]
    fn refuses_an_import_the_glue_does_not_name_once_as_a_key() {
        let wasm = module("__wbg_log_0123456789abcdef", "__wbg_gone_0000000000000000");
        assert!(rename(&wasm, GLUE).unwrap_err().contains("__wbg_gone"));
        let twice = GLUE.replace("console.log(e)", "__wbg_log_0123456789abcdef(e)");
        let wasm = module("__wbg_log_0123456789abcdef", "__wbg_mem_fedcba9876543210");
        assert!(rename(&wasm, &twice).unwrap_err().contains("2 times"));
    }

    #[test]
    fn a_longer_name_that_contains_an_import_is_left_alone() {
        let glue = GLUE.replace("console.log(e)", "x.__wbg_log_0123456789abcdef_more(e)");
        let wasm = module("__wbg_log_0123456789abcdef", "__wbg_mem_fedcba9876543210");
        let (_, glue) = rename(&wasm, &glue).unwrap();
        assert!(glue.contains("x.__wbg_log_0123456789abcdef_more(e)"));
        assert!(glue.contains("a:function"));
    }

    #[test]
    fn short_names_are_distinct_letters() {
        let names: std::collections::HashSet<String> = (0..3000).map(short_name).collect();
        assert_eq!(names.len(), 3000);
        assert_eq!(short_name(0), "a");
        assert_eq!(short_name(52), "ba");
    }

    #[test]
    fn a_module_renamed_before_is_left_as_it_is() {
        let wasm = module("__wbg_log_0123456789abcdef", "__wbg_mem_fedcba9876543210");
        let once = rename(&wasm, GLUE).unwrap();
        assert_eq!(rename(&once.0, &once.1).unwrap(), once);
    }

    /// A module exporting function 0 as `name`, and nothing else.
    fn exporting(name: &str) -> Vec<u8> {
        let mut exports = uleb(1);
        exports.extend(uleb(name.len()));
        exports.extend(name.as_bytes());
        exports.extend([0, 0]);
        let mut out = b"\0asm\x01\0\0\0".to_vec();
        out.push(7);
        out.extend(uleb(exports.len()));
        out.extend(exports);
        out
    }

    const INVOKE: &str = "wasm_bindgen__convert__closures_____invoke__h0123456789abcdef";

    #[test]
    fn renames_an_export_named_after_a_hash_and_the_glue_function_that_calls_it() {
        let glue = format!("g(1,{INVOKE});function {INVOKE}(a,b){{wasm.{INVOKE}(a,b)}}");
        let (wasm, glue) = rename(&exporting(INVOKE), &glue).unwrap();
        assert_eq!(wasm, exporting("hp_a"));
        assert_eq!(glue, "g(1,hp_a);function hp_a(a,b){wasm.hp_a(a,b)}");
        // Done once: a second finish leaves it as it is.
        assert_eq!(rename(&wasm, &glue).unwrap(), (wasm, glue));
    }

    #[test]
    fn other_exports_keep_their_names() {
        let glue = "wasm.__wbindgen_start()";
        let wasm = exporting("__wbindgen_start");
        assert_eq!(rename(&wasm, glue).unwrap(), (wasm, glue.to_string()));
    }

    #[test]
    fn refuses_an_export_the_glue_never_reads_or_a_short_name_it_uses() {
        assert!(rename(&exporting(INVOKE), &format!("{INVOKE}(1)")).is_err());
        let taken = format!("var hp_a=1;wasm.{INVOKE}(hp_a)");
        assert!(rename(&exporting(INVOKE), &taken).is_err());
    }

    #[test]
    fn refuses_what_is_not_webassembly() {
        assert!(rename(b"<html>", GLUE).is_err());
    }
}
