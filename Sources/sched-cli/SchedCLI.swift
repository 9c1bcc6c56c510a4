import ArgumentParser

/// `sched-cli`: propose, check and inspect rosters for a hospital unit.
@main
struct SchedCLI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sched-cli",
        abstract: "Propose and check hospital staff rosters (plannings) under French public-hospital rules.",
        subcommands: [SolveCommand.self, CheckCommand.self, ValidateCommand.self, BenchCommand.self, ModelCommand.self,
                      DiffCommand.self, ExplainCommand.self, PersonCommand.self,
                      EditCommand.self, RepairCommand.self, StressCommand.self, VariantsCommand.self, CompareCommand.self,
                      StoreCommand.self, RosterCommand.self, ReviewCommand.self, AuditCommand.self, ExportCommand.self,
                      ServeCommand.self, UserCommand.self, WorkerCommand.self, QueueCommand.self,
                      GenerateCommand.self, LoadTestCommand.self])
}

/// Options shared by the commands that print reports.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Language of messages: fr or en.")
    var lang: LanguageOption = .fr
}

enum LanguageOption: String, ExpressibleByArgument, CaseIterable {
    case fr, en
}
