import Foundation

/// Compact JSON with sorted keys: the same value always gives the same bytes.
enum CanonicalJSON {
    static func encode<T: Encodable>(_ value: T) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Our payloads hold only strings, numbers and arrays: encoding cannot fail.
        return (try? encoder.encode(value)) ?? Data("{}".utf8)
    }

    static func string<T: Encodable>(_ value: T) -> String { String(decoding: encode(value), as: UTF8.self) }
}
