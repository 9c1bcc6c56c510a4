import ArgumentParser
import Foundation
import Logging
import RosterService
import RosterStore
import RosterStorePostgres

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

    /// `sched-cli user add --db F|postgres://… --name N --role admin|cadre|viewer [--unit U]… [--password-file P]`
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
            let location = store.db, name = name, role = role.role, units = unit, actor = defaultActor()
            let outcome: Result<StoredAccount, AccountError> = try runBlocking {
                let opened = try await OpenStore.open(location, logger: Logger(label: "sched-cli"))
                let outcome: Result<StoredAccount, AccountError>
                do throws(AccountError) {
                    outcome = .success(try await AccountDirectory.add(to: opened.store, name: name, role: role, password: password, units: units, by: actor))
                } catch { outcome = .failure(error) }
                await opened.close()
                return outcome
            }
            switch outcome {
            case .success(let account):
                print("Compte créé / account created: \(account.name) (\(account.role.rawValue))\(unit.isEmpty ? "" : " — " + unit.joined(separator: ", "))")
            case .failure(let error):
                printError("error: \(error)")
                throw ExitCode(StoreExit.refused)
            }
        }
    }

    /// `sched-cli user list --db F|postgres://…`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the accounts and their units.")

        @OptionGroup var store: StoreOptions

        func run() throws {
            let location = store.db
            if !PostgresLocation.isURL(location) { _ = store.open() }  // a missing file is an error, not a new store
            let lines: [String] = try runBlocking {
                let opened = try await OpenStore.open(location, logger: Logger(label: "sched-cli"))
                var lines: [String] = []
                for account in try await opened.store.accounts() {
                    let units = try await opened.store.unitNames(ofAccount: account.id ?? 0)
                    lines.append("\(account.name)\t\(account.role.rawValue)\t\(units.joined(separator: "; "))")
                }
                await opened.close()
                return lines
            }
            lines.forEach { print($0) }
        }
    }
}
