import Scheduling

/// Escaping for text and attribute values in the pages the service renders.
enum HTML {
    /// `&`, `<`, `>`, `"` and `'` as entities.
    static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// A hidden field carrying the session's CSRF token, for every form.
    static func csrfField(_ session: Session?) -> String {
        guard let session else { return "" }
        return #"<input type="hidden" name="csrf" value="\#(escape(session.csrfToken))">"#
    }
}
