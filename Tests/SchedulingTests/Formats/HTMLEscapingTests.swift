import Scheduling
import Testing

/// The five HTML-special characters become entities; everything else is kept byte for byte.
@Suite struct HTMLEscapingTests {
    @Test(arguments: [
        ("Équipe de nuit — 10 h", "Équipe de nuit — 10 h"),
        (#"<a href="x">M&S</a>"#, "&lt;a href=&quot;x&quot;&gt;M&amp;S&lt;/a&gt;"),
        ("l'agent", "l&#39;agent"),
        ("", ""),
        ("\"\u{301}", "&quot;\u{301}"),
    ])
    func specialCharactersBecomeEntities(text: String, escaped: String) {
        #expect(HTMLEscaping.escape(text) == escaped)
    }
}
