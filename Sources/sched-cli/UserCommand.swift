import ArgumentParser
import Foundation
import RosterService
import RosterStore

/// `sched-cli user`: accounts of the web service.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Manage the accounts of the web service.",
        subcommands: [Add.self, List.self])

    enum RoleOption: String, ExpressibleByArgument, CaseIterable {
        case admin, cadre, viewer
        var role: AccountRole { AccountRole(rawValue: rawValue) ?? .viewer }
    }

    /// `sched-cli user add --db F --name N --role admin|cadre|viewer [--unit U]… [--password-file P]`
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account; the password is read from --password-file or the first line of standard input.")

        @OptionGroup var store: StoreOptions

        @Option(name: .long, help: "Login name.")
        var name: String

        @Option(name: .long, help: "admin (every unit), cadre (reads, edits and signs her units) or viewer (reads her units).")
        var role: RoleOption

        @Option(name: .long, help: "A unit the account works in, named as in the scenarios' \"unit\" field (repeatable).")
        var unit: [String] = []

        @Option(name: .long, help: "File whose first line is the password (otherwise: standard input).")
        var passwordFile: String?

        func validate() throws {
            if role != .admin && unit.isEmpty { throw ValidationError("a \(role.rawValue) account needs at least one --unit") }
        }

        func run() throws {
            let password: String
            if let passwordFile {
                guard let text = try? String(contentsOfFile: passwordFile, encoding: .utf8) else {
                    throw ValidationError("cannot read \(passwordFile)")
                }
                password = String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
            } else {
                password = readLine(strippingNewline: true) ?? ""
            }
            let database = store.open(create: true)
            do throws(AccountError) {
                let account = try AccountDirectory.add(to: database, name: name, role: role.role, password: password, units: unit, by: defaultActor())
                print("Compte créé / account created: \(account.name) (\(account.role.rawValue))\(unit.isEmpty ? "" : " — " + unit.joined(separator: ", "))")
            } catch {
                printError("error: \(error)")
                throw ExitCode(StoreExit.refused)
            }
        }
    }

    /// `sched-cli user list --db F`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the accounts and their units.")

        @OptionGroup var store: StoreOptions

        func run() throws {
            let database = store.open()
            for account in orExit({ () throws(StoreError) in try database.accounts() }) {
                let units = orExit { () throws(StoreError) in try database.unitNames(ofAccount: account.id ?? 0) }
                print("\(account.name)\t\(account.role.rawValue)\t\(units.joined(separator: "; "))")
            }
        }
    }
}
