/// Escaping for text and attribute values in every HTML the project writes (exports, review
/// renderings, the service's pages).
public enum HTMLEscaping {
    /// `&`, `<`, `>`, `"` and `'` as entities.
    ///
    /// Works on UTF-8 bytes: the five are ASCII, and an ASCII byte is never part of a multi-byte
    /// sequence, so this is exact (even for a quote followed by a combining mark, which a
    /// per-`Character` loop would see as another character and leave unescaped). A text
    /// without any of them, most of a page, is returned as it is.
    /// - Complexity: O(n) in UTF-8 bytes, no allocation when nothing needs escaping.
    public static func escape(_ text: String) -> String {
        let bytes = text.utf8
        guard bytes.contains(where: isSpecial) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 32)
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "'")
    }
}
