/// Escaping for text and attribute values in the pages the service renders.
enum HTML {
    /// `&`, `<`, `>`, `"` and `'` as entities.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A hidden field carrying the session's CSRF token, for every form.
    static func csrfField(_ session: Session?) -> String {
        guard let session else { return "" }
        return #"<input type="hidden" name="csrf" value="\#(escape(session.csrfToken))">"#
    }
}
