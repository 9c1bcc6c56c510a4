import Crypto
import Foundation

/// A SHA-256 digest, written as 64 lowercase hexadecimal digits.
public enum ContentDigest {
    /// SHA-256 of `data`, hexadecimal.
    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// SHA-256 of the UTF-8 bytes of `text`, hexadecimal.
    public static func sha256(_ text: String) -> String { sha256(Data(text.utf8)) }
}
