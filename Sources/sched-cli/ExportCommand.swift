import ArgumentParser
import Foundation
import RosterStore
import Scheduling

/// `sched-cli export`: a stored version as a CSV grid, iCalendar files or a printable page.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a stored roster version: csv (grid), ics (one calendar per agent), html (A3 landscape, for the wall).",
        discussion: "Every export carries the transparency notice: who signed and when, or « non signé — proposition ».")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, ics, html
    }

    @OptionGroup var store: StoreOptions
    @OptionGroup var selection: VersionOptions

    @Option(name: .long, help: "csv, ics or html.")
    var format: Format

    @Option(name: .long, help: "Output file (csv, html; default: standard output) or directory (ics, required).")
    var out: String?

    func validate() throws {
        if format == .ics && out == nil { throw ValidationError("--format ics writes one file per agent: give a directory with --out") }
    }

    func run() throws {
        let database = store.open()
        let number = selection.number(in: database)
        let context = orExit { () throws(StoreError) in try database.context(rosterId: selection.roster, number: number) }
        let notice = TransparencyNotice(signature: context.workflow.signature, version: number)
        switch format {
        case .csv: try emit(RosterCSV.export(context.roster, notice: notice))
        case .html: try emit(RosterHTML.render(context.roster, problem: context.problem, notice: notice))
        case .ics:
            guard let out else { return }
            do { try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true) } catch {
                throw ValidationError("cannot create the directory \(out): \(error.localizedDescription)")
            }
            let stamp = context.workflow.signature?.signedAt ?? Date().ISO8601Format()
            let files = RosterICalendar.calendars(context.roster, problem: context.problem, notice: notice, stamp: stamp, sequence: number)
            for file in files {
                try writeFile(Data(file.content.utf8), to: URL(fileURLWithPath: out).appendingPathComponent(file.fileName).path)
            }
            print("\(files.count) calendrier(s) écrit(s) dans / calendar file(s) written to \(out)")
        }
        if context.workflow.signature == nil { printError("note: version \(number) n'est pas signée — l'export porte la mention « non signé — proposition ».") }
    }

    func emit(_ text: String) throws {
        if let out {
            try writeFile(Data(text.utf8), to: out)
            print("Écrit / written: \(out)")
        } else {
            print(text, terminator: "")
        }
    }
}
