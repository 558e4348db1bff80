//! The `cortado` command: `java`'s command-line surface over Cortado.
fn main() {
    eprintln!("cortado: not yet");
    std::process::exit(1);
}
