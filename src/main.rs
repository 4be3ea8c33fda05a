fn main() -> std::process::ExitCode {
    kiemtra::cli::run()
}
