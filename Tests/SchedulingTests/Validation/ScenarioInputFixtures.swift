import Foundation
import Testing
@testable import Scheduling

/// Fixtures and helpers of `ScenarioInputTests`: small scenario files written as JSON text, the
/// loading path of the command-line tools, and a reader of `docs/scenario.schema.json`.
extension ScenarioInputTests {
    /// The file name every test passes as the source, so errors can be checked to name it.
    static let source = "unit.json"

    /// A small valid scenario file (Monday 1 to Sunday 7 June 2026, shifts M/S/N, two IDE and
    /// one AS, FPH daily rest) in which a test replaces one section by its own JSON text.
    struct ScenarioJSON {
        var header = #""formatVersion": 1, "name": "Unité test", "period": {"start": "2026-06-01", "days": 7}"#
        var shiftTypes = """
            {"code": "M", "label": "Matin", "start": "06:45", "end": "14:15", "paidMinutes": 450, "night": false},
            {"code": "S", "label": "Soir", "start": "13:45", "end": "21:15", "paidMinutes": 450, "night": false},
            {"code": "N", "label": "Nuit", "start": "21:00", "end": "07:00", "paidMinutes": 600, "night": true}
            """
        var staff = """
            {"id": "IDE01", "name": "IDE01", "grade": "IDE", "quotite": 100, "contract": {"targetMinutes": 2100, "toleranceMinutes": 450}},
            {"id": "IDE02", "name": "IDE02", "grade": "IDE", "quotite": 80, "contract": {"targetMinutes": 1680, "toleranceMinutes": 450}},
            {"id": "AS01", "name": "AS01", "grade": "AS", "contract": {}}
            """
        var demand = #"{"days": {"from": "2026-06-01", "to": "2026-06-07"}, "shift": "M", "skill": "IDE", "minimum": 1}"#
        /// Further top-level fields, each written `"absences": [...]`.
        var extra: [String] = []
        var rules = #"{"dailyRest": {"minutes": 720}, "coverage": {}, "requests": {}}"#

        var text: String {
            """
            {
              \(header),
              "shiftTypes": [\(shiftTypes)],
              "staff": [\(staff)],
              "demand": [\(demand)],
              \(extra.map { $0 + ",\n" }.joined())"rules": \(rules)
            }
            """
        }
    }

    /// One wrong file and the issue it must produce.
    struct Mistake: Sendable, CustomTestStringConvertible {
        let label: String
        let json: String
        let path: String
        let fragment: String
        var testDescription: String { label }

        init(_ label: String, _ json: ScenarioJSON, path: String, saying fragment: String) {
            self.label = label
            self.json = json.text
            self.path = path
            self.fragment = fragment
        }
    }

    /// Loads `json` as the command-line tools do: strict decoding, then validation.
    static func problem(_ json: String) throws(ScenarioError) -> PlanningProblem {
        let scenario = try ScenarioFile.decode(Scenario.self, from: Data(json.utf8), source: source)
        return try PlanningProblem(scenario, source: source)
    }

    /// The error reported for `json`, nil when it loads and validates.
    static func error(loading json: String) -> ScenarioError? {
        do throws(ScenarioError) {
            _ = try problem(json)
            return nil
        } catch {
            return error
        }
    }

    /// Expects an issue at exactly `path` whose message contains `fragment`, and the printed
    /// error to name the file, then that path and message.
    static func expectIssue(_ error: ScenarioError, at path: String, saying fragment: String, file: String = source,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        let match = error.issues.first { $0.path == path && $0.message.contains(fragment) }
        #expect(match != nil, "no issue at “\(path)” saying “\(fragment)”; got:\n\(error)", sourceLocation: sourceLocation)
        #expect(error.file == file, sourceLocation: sourceLocation)
        if let match {
            let printed = error.description
            #expect(printed.hasPrefix("\(file):") && printed.contains("  - \(match.description)"), "printed error: \(printed)", sourceLocation: sourceLocation)
            if !path.isEmpty { #expect(match.description.hasPrefix("\(path): "), sourceLocation: sourceLocation) }
        }
    }

    /// Expects `json` to load and validate.
    static func expectValid(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let error = error(loading: json)
        #expect(error == nil, "unexpected: \(error.map(String.init(describing:)) ?? "")", sourceLocation: sourceLocation)
    }
}

// MARK: - A scenario with every optional field set

extension ScenarioInputTests {
    /// A scenario in which no optional field is nil, so that its encoding writes every key of
    /// the format (checked by `fullyPopulatedScenarioHasNoNilField`).
    static func fullyPopulatedScenario() throws -> Scenario {
        func date(_ text: String) throws -> CivilDate { try #require(CivilDate(iso: text)) }
        func time(_ text: String) throws -> ClockTime { try #require(ClockTime(text)) }
        let week = DaySelection(dates: [try date("2026-06-02")], from: try date("2026-06-01"), to: try date("2026-06-07"),
                                weekdays: [1, 2, 3, 4, 5, 6, 7])
        return Scenario(
            formatVersion: 1,
            name: "Toutes les rubriques",
            unit: "Unité test",
            period: PlanningPeriod(start: try date("2026-06-01"), days: 7),
            publicHolidays: [try date("2026-06-04")],
            derogation12h: true,
            shiftTypes: [
                ShiftType(code: "M", label: "Matin", start: try time("06:45"), end: try time("14:15"), paidMinutes: 450, night: false,
                          cannotBeFollowedBy: ["N"]),
                ShiftType(code: "N", label: "Nuit", start: try time("21:00"), end: try time("07:00"), paidMinutes: 600, night: true,
                          cannotBeFollowedBy: ["M"]),
            ],
            absenceCodes: [AbsenceCodeDefinition(code: "CA", label: "Congé annuel", creditMinutesPerDay: 420)],
            staff: [
                StaffMember(id: "IDE01", name: "Infirmière 1", grade: "IDE", skills: ["EXP"], quotite: 80, team: .alternating,
                            contract: Contract(targetMinutes: 1680, toleranceMinutes: 450, minMinutes: 900, maxMinutes: 2400),
                            allowedShifts: ["M", "N"], maxShifts: ["N": 2],
                            limits: WorkLimits(maxConsecutiveWorkDays: 5, minConsecutiveWorkDays: 2, minConsecutiveDaysOff: 2,
                                               maxWorkedWeekends: 1, maxConsecutiveNights: 3),
                            fairnessGroup: "IDE"),
            ],
            demand: [DemandRule(days: week, shift: "M", skill: "IDE", minimum: 1, target: 1, maximum: 2, underWeight: 1000, overWeight: 1)],
            absences: [Absence(staff: "IDE01", days: week, code: "CA")],
            requests: [StaffRequest(staff: "IDE01", days: week, kind: .shiftOff, shift: "N", priority: .p1,
                                    weight: 500, note: "examen")],
            history: History(from: try date("2026-05-30"),
                             assignments: [HistoryAssignment(staff: "IDE01", date: try date("2026-05-31"), shift: "N")],
                             counters: [StaffCounters(staff: "IDE01", hourBalanceMinutes: -60, consecutiveWorkedWeekends: 1,
                                                      overtimeMinutesThisYear: 600)]),
            locks: [CellLock(staff: "IDE01", date: try date("2026-06-01"), shift: "M")],
            rules: RuleSettings(
                dailyRest: MinimumMinutesSetting(minutes: 720, severity: .hard),
                rollingSevenDays: MaximumMinutesSetting(minutes: 2880, severity: .hard),
                civilWeek: MaximumMinutesSetting(minutes: 2640, severity: .soft(weight: 5)),
                weeklyRest: MinimumMinutesSetting(minutes: 2160, severity: .hard),
                fortnightRest: FortnightRestSetting(restDays: 4, anchor: try date("2026-06-01"), rolling: false, sundayPair: true, severity: .hard),
                maxConsecutiveWorkDays: LimitSetting(limit: 5, severity: .soft(weight: 100)),
                maxConsecutiveNights: LimitSetting(limit: 4, severity: .soft(weight: 100)),
                minConsecutiveWorkDays: LimitSetting(limit: 2, severity: .soft(weight: 10)),
                minConsecutiveDaysOff: LimitSetting(limit: 2, severity: .soft(weight: 10)),
                maxWorkedWeekends: LimitSetting(limit: 2, severity: .hard),
                contractHours: ContractHoursSetting(overtimeAllowed: true, overtimeCapMinutes: 1200, severity: .hard),
                hoursDeviation: HoursDeviationSetting(weightPerHour: 20),
                coverage: CoverageSetting(minimumShortfallWeight: 10_000, underWeight: 1000, overWeight: 1),
                requests: RequestWeights(p1: 500, p2: 50),
                fairness: FairnessSetting(nightsWeight: 10, weekendsWeight: 10, holidaysWeight: 10),
                splitHoursAtMidnight: true),
            notes: "Sert à vérifier que docs/scenario.schema.json suit le modèle.")
    }

    /// Paths of the optional values that are nil anywhere inside `value`.
    static func nilOptionals(in value: Any, path: String) -> [String] {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let wrapped = mirror.children.first else { return [path] }
            return nilOptionals(in: wrapped.value, path: path)
        }
        return mirror.children.enumerated().flatMap { index, child in
            nilOptionals(in: child.value, path: path + (child.label.map { ".\($0)" } ?? "[\(index)]"))
        }
    }
}

// MARK: - JSON values and the schema file

extension ScenarioInputTests {
    /// Any JSON value, to look at what the encoder writes and to edit it.
    enum JSONValue: Codable, Equatable {
        case null
        case bool(Bool)
        case integer(Int)
        case number(Double)
        case string(String)
        case array([JSONValue])
        case object([String: JSONValue])

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null }
            else if let value = try? container.decode(Bool.self) { self = .bool(value) }
            else if let value = try? container.decode(Int.self) { self = .integer(value) }
            else if let value = try? container.decode(Double.self) { self = .number(value) }
            else if let value = try? container.decode(String.self) { self = .string(value) }
            else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
            else { self = .object(try container.decode([String: JSONValue].self)) }
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .null: try container.encodeNil()
            case .bool(let value): try container.encode(value)
            case .integer(let value): try container.encode(value)
            case .number(let value): try container.encode(value)
            case .string(let value): try container.encode(value)
            case .array(let value): try container.encode(value)
            case .object(let value): try container.encode(value)
            }
        }

        /// The JSON Schema type names this value satisfies.
        var schemaTypes: Set<String> {
            switch self {
            case .null: ["null"]
            case .bool: ["boolean"]
            case .integer: ["integer", "number"]
            case .number: ["number"]
            case .string: ["string"]
            case .array: ["array"]
            case .object: ["object"]
            }
        }

        /// A copy without the member at `path` (the last step must be an object key).
        func removing(_ path: ArraySlice<PathStep>) -> JSONValue {
            guard let step = path.first else { return self }
            switch (self, step) {
            case (.object(var members), .key(let key)):
                if path.count == 1 { members[key] = nil } else if let child = members[key] { members[key] = child.removing(path.dropFirst()) }
                return .object(members)
            case (.array(var elements), .index(let index)) where elements.indices.contains(index):
                elements[index] = elements[index].removing(path.dropFirst())
                return .array(elements)
            default:
                return self
            }
        }
    }

    enum PathStep: Hashable {
        case key(String)
        case index(Int)

        /// `staff[0].contract.targetMinutes`, as the loader writes paths.
        static func format(_ path: [PathStep]) -> String {
            path.reduce(into: "") { text, step in
                switch step {
                case .key(let key): text += text.isEmpty ? key : ".\(key)"
                case .index(let index): text += "[\(index)]"
                }
            }
        }
    }

    /// The parts of a JSON Schema (draft 2020-12) node that describe the shape of the data.
    final class SchemaNode: Decodable, Sendable {
        let ref: String?
        let types: [String]?
        let properties: [String: SchemaNode]?
        let required: [String]?
        let items: SchemaNode?
        let additionalProperties: AdditionalProperties?
        let anyOf: [SchemaNode]?
        let oneOf: [SchemaNode]?
        let defs: [String: SchemaNode]?

        enum AdditionalProperties: Decodable, Sendable {
            case allowed(Bool)
            case schema(SchemaNode)

            init(from decoder: Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let flag = try? container.decode(Bool.self) { self = .allowed(flag) } else { self = .schema(try container.decode(SchemaNode.self)) }
            }
        }

        enum CodingKeys: String, CodingKey {
            case ref = "$ref", type, properties, required, items, additionalProperties, anyOf, oneOf, defs = "$defs"
        }

        required init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            ref = try container.decodeIfPresent(String.self, forKey: .ref)
            if let single = try? container.decodeIfPresent(String.self, forKey: .type) { types = [single] } else {
                types = try container.decodeIfPresent([String].self, forKey: .type)
            }
            properties = try container.decodeIfPresent([String: SchemaNode].self, forKey: .properties)
            required = try container.decodeIfPresent([String].self, forKey: .required)
            items = try container.decodeIfPresent(SchemaNode.self, forKey: .items)
            additionalProperties = try container.decodeIfPresent(AdditionalProperties.self, forKey: .additionalProperties)
            anyOf = try container.decodeIfPresent([SchemaNode].self, forKey: .anyOf)
            oneOf = try container.decodeIfPresent([SchemaNode].self, forKey: .oneOf)
            defs = try container.decodeIfPresent([String: SchemaNode].self, forKey: .defs)
        }

        var closesObjects: Bool { if case .allowed(false) = additionalProperties { true } else { false } }
        var mapValues: SchemaNode? { if case .schema(let node) = additionalProperties { node } else { nil } }
    }

    static var schemaURL: URL { RepositoryPaths.root.appendingPathComponent("docs/scenario.schema.json") }
    static var examplePath: String { RepositoryPaths.root.appendingPathComponent("docs/examples/small-unit.json").path }

    static func loadSchema() throws -> SchemaNode {
        try JSONDecoder().decode(SchemaNode.self, from: Data(contentsOf: schemaURL))
    }

    static func encoded(_ scenario: Scenario) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: ScenarioFile.encode(scenario))
    }

    /// Walks a JSON value along the schema, noting every difference in shape.
    struct SchemaWalk {
        enum Mode {
            /// The value sets every field: the schema's properties and the value's keys must be equal.
            case fullyPopulated
            /// The value is an ordinary file: no key outside the schema, every required key present.
            case conforming
        }

        struct Record {
            let path: [PathStep]
            let properties: [String]
            let required: Set<String>
        }

        let root: SchemaNode
        let mode: Mode
        private(set) var mismatches: [String] = []
        /// Every object of the value described by a schema with properties.
        private(set) var records: [Record] = []

        init(root: SchemaNode, mode: Mode) {
            self.root = root
            self.mode = mode
        }

        /// The alternatives a node stands for, references followed.
        func leaves(_ node: SchemaNode) -> [SchemaNode] {
            if let ref = node.ref {
                let name = String(ref.dropFirst("#/$defs/".count))
                guard ref.hasPrefix("#/$defs/"), let target = root.defs?[name] else { return [] }
                return leaves(target)
            }
            let branches = (node.anyOf ?? []) + (node.oneOf ?? [])
            return branches.isEmpty ? [node] : branches.flatMap(leaves)
        }

        mutating func visit(_ node: SchemaNode, _ value: JSONValue, at path: [PathStep] = []) {
            let here = path.isEmpty ? "(top level)" : PathStep.format(path)
            let candidates = leaves(node)
            if candidates.isEmpty { mismatches.append("\(here): unresolved $ref"); return }
            let typed = candidates.compactMap(\.types)
            if typed.count == candidates.count, value.schemaTypes.isDisjoint(with: typed.joined()) {
                mismatches.append("\(here): the encoder writes \(value.schemaTypes.sorted()) where the schema allows \(Set(typed.joined()).sorted())")
            }
            switch value {
            case .object(let members):
                if let record = candidates.first(where: { $0.properties != nil }), let properties = record.properties {
                    let declared = Set(properties.keys), written = Set(members.keys), required = Set(record.required ?? [])
                    if !record.closesObjects { mismatches.append("\(here): the schema does not say additionalProperties: false") }
                    for key in written.subtracting(declared).sorted() {
                        mismatches.append("\(PathStep.format(path + [.key(key)])): written by the encoder, missing from the schema")
                    }
                    for key in required.subtracting(declared).sorted() {
                        mismatches.append("\(PathStep.format(path + [.key(key)])): required by the schema but not among its properties")
                    }
                    switch mode {
                    case .fullyPopulated:
                        for key in declared.subtracting(written).sorted() {
                            mismatches.append("\(PathStep.format(path + [.key(key)])): in the schema, never written by the encoder")
                        }
                    case .conforming:
                        for key in required.subtracting(written).sorted() {
                            mismatches.append("\(PathStep.format(path + [.key(key)])): required by the schema, missing from the file")
                        }
                    }
                    records.append(Record(path: path, properties: declared.sorted(), required: required))
                    for (key, child) in members.sorted(by: { $0.key < $1.key }) {
                        if let sub = properties[key] { visit(sub, child, at: path + [.key(key)]) }
                    }
                } else if let valueSchema = candidates.lazy.compactMap(\.mapValues).first {
                    for (key, child) in members.sorted(by: { $0.key < $1.key }) { visit(valueSchema, child, at: path + [.key(key)]) }
                } else {
                    mismatches.append("\(here): an object is written where the schema describes none")
                }
            case .array(let elements):
                guard let itemSchema = candidates.lazy.compactMap(\.items).first else {
                    mismatches.append("\(here): an array is written where the schema describes none")
                    return
                }
                for (index, element) in elements.enumerated() { visit(itemSchema, element, at: path + [.index(index)]) }
            default:
                break
            }
        }
    }
}
