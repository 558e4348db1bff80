//! The `cortado` command: `java`'s command-line surface over Cortado (see `vm::launcher`).

fn main() {
    // Like `java`, take arguments that are not valid Unicode as best we can rather than refuse to start.
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    std::process::exit(vm::launcher::main(&args));
}
