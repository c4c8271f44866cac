//! Builds in English without its comments' words: each `#` comment line of
//! `assets/locales/en.ftl` becomes a bare `#` (still a comment, so every message ends where it
//! did). The file itself, with its notes for translators, is unchanged.

fn main() {
    let source = "assets/locales/en.ftl";
    println!("cargo:rerun-if-changed={source}");
    let text = std::fs::read_to_string(source).expect("reading assets/locales/en.ftl");
    let mut kept = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if line.starts_with('#') {
            kept.push('#');
            if line.ends_with('\n') {
                kept.push('\n');
            }
        } else {
            kept.push_str(line);
        }
    }
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("en.ftl");
    std::fs::write(out, kept).expect("writing en.ftl");
}
