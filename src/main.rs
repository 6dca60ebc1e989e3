//! The `chanyuan` program: the window by default, or a command.
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(chanyuan::cli::run(args));
}
