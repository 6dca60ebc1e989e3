//! The `chanyuan` program: the window by default, or a command.
fn main() {
    // `args_os`: a path that is not UTF-8 is still a path.
    std::process::exit(chanyuan::cli::run(std::env::args_os().skip(1)));
}
