import Foundation

/// Reads and writes scenario and roster JSON files.
///
/// Reading is strict: malformed JSON, a wrong type, a missing field or an unknown field (a
/// typo such as `quotité` instead of `quotite` would otherwise be silently ignored) is an
/// error naming the file and the path to the field; then the scenario is validated and every
/// problem is reported at once.
public enum ScenarioFile {
    public static func load(path: String) throws(ScenarioError) -> Scenario {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw ScenarioError(file: path, issues: [InputIssue(path: "", message: "cannot read the file: \(error.localizedDescription)")])
        }
        return try decode(Scenario.self, from: data, source: path)
    }

    /// Loads a scenario: JSON, or a Curtois–Qu `.txt` instance.
    public static func loadAny(path: String) throws(ScenarioError) -> Scenario {
        path.lowercased().hasSuffix(".txt") ? try CurtoisInstance.load(path: path) : try load(path: path)
    }

    public static func loadRoster(path: String) throws(ScenarioError) -> Roster {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw ScenarioError(file: path, issues: [InputIssue(path: "", message: "cannot read the file: \(error.localizedDescription)")])
        }
        return try decode(Roster.self, from: data, source: path)
    }

    public static func encode<T: Encodable>(_ value: T) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding our own model types cannot fail: they hold only strings, numbers and arrays.
        return (try? encoder.encode(value)) ?? Data()
    }

    /// Decodes with field paths in errors, then rejects unknown fields.
    public static func decode<T: Codable>(_ type: T.Type, from data: Data, source: String) throws(ScenarioError) -> T {
        let original: Any
        do { original = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) } catch {
            let nsError = error as NSError
            let detail = (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? nsError.localizedDescription
            throw ScenarioError(file: source, issues: [InputIssue(path: "", message: "malformed JSON: \(detail)")])
        }
        let value: T
        do { value = try JSONDecoder().decode(T.self, from: data) } catch let error as DecodingError {
            throw ScenarioError(file: source, issues: [issue(for: error)])
        } catch {
            throw ScenarioError(file: source, issues: [InputIssue(path: "", message: "\(error)")])
        }
        let reencoded = (try? JSONSerialization.jsonObject(with: encode(value))) ?? [:]
        let unknown = unknownKeys(original, known: reencoded, path: "")
        if !unknown.isEmpty {
            throw ScenarioError(file: source, issues: unknown.map { InputIssue(path: $0, message: "unknown field (misspelt, or not part of format version 1)") })
        }
        return value
    }

    static func issue(for error: DecodingError) -> InputIssue {
        switch error {
        case .typeMismatch(let type, let context):
            return InputIssue(path: format(context.codingPath), message: "expected \(describe(type)): \(context.debugDescription)")
        case .valueNotFound(let type, let context):
            return InputIssue(path: format(context.codingPath), message: "missing value, expected \(describe(type))")
        case .keyNotFound(let key, let context):
            return InputIssue(path: format(context.codingPath + [key]), message: "required field is missing")
        case .dataCorrupted(let context):
            return InputIssue(path: format(context.codingPath), message: context.debugDescription)
        @unknown default:
            return InputIssue(path: "", message: "\(error)")
        }
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        default: "\(type)"
        }
    }

    /// `staff[3].contract.quotite`
    static func format(_ path: [CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue { text += "[\(index)]" } else { text += text.isEmpty ? key.stringValue : ".\(key.stringValue)" }
        }
        return text
    }

    /// Keys present in the file but absent once decoded and re-encoded (null values are fine).
    static func unknownKeys(_ original: Any, known: Any, path: String) -> [String] {
        if let object = original as? [String: Any] {
            let knownObject = known as? [String: Any] ?? [:]
            var result: [String] = []
            for key in object.keys.sorted() {
                let childPath = path.isEmpty ? key : "\(path).\(key)"
                if let knownChild = knownObject[key] {
                    result += unknownKeys(object[key]!, known: knownChild, path: childPath)
                } else if !(object[key] is NSNull) {
                    result.append(childPath)
                }
            }
            return result
        }
        if let array = original as? [Any], let knownArray = known as? [Any], array.count == knownArray.count {
            return zip(array, knownArray).enumerated().flatMap { unknownKeys($0.element.0, known: $0.element.1, path: "\(path)[\($0.offset)]") }
        }
        return []
    }
}
