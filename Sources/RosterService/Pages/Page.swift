import HTTPTypes
import Hummingbird

/// A complete French page of the web interface: header with the signed-in person, main
/// content, and the stylesheet (legible at 1366×768, visible focus, WCAG AA contrasts).
struct Page: Sendable {
    var title: String
    var session: Session?
    var body: String
    /// Seconds after which the page reloads itself (a solve in progress), if any.
    var refreshSeconds: Int? = nil

    func render() -> String {
        let refresh = refreshSeconds.map { #"<meta http-equiv="refresh" content="\#($0)">"# } ?? ""
        let account: String
        if let session {
            account = """
                <nav aria-label="Compte"><a href="/">Mes unités</a>
                <span class="who">\(HTML.escape(session.name)) — \(Self.roleLabel(session))</span>
                <form method="post" action="/deconnexion" class="inline">\(HTML.csrfField(session))<button type="submit" class="link">Se déconnecter</button></form></nav>
                """
        } else {
            account = ""
        }
        return """
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            \(refresh)
            <title>\(HTML.escape(title)) — Planning hospitalier</title>
            <style>\(Self.stylesheet)</style>
            </head>
            <body>
            <a class="skip" href="#contenu">Aller au contenu</a>
            <header><span class="brand">Planning hospitalier</span>\(account)</header>
            <main id="contenu">
            \(body)
            </main>
            </body>
            </html>
            """
    }

    func response(status: HTTPResponse.Status = .ok) -> Response {
        var headers = Self.securityHeaders
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: render())))
    }

    /// No script at all, no framing, no content sniffing, nothing cached.
    static let securityHeaders: HTTPFields = [
        .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        HTTPField.Name("X-Content-Type-Options")!: "nosniff",
        HTTPField.Name("Referrer-Policy")!: "same-origin",
        .cacheControl: "no-store",
    ]

    static func roleLabel(_ session: Session) -> String {
        switch session.role {
        case .admin: "administrateur"
        case .cadre: "cadre de santé"
        case .viewer: "lecture seule"
        }
    }

    static let stylesheet = """
        :root { --ink: #1b1f24; --muted: #4a5360; --line: #c5cbd3; --accent: #0b5cad; --bg: #f6f7f9; --hard: #b00020; --soft: #8a5a00; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.45 system-ui, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink); background: var(--bg); }
        header { display: flex; justify-content: space-between; align-items: center; padding: .5rem 1rem; background: #0b3d6e; color: #fff; }
        header a, header .link { color: #fff; }
        header nav { display: flex; gap: 1rem; align-items: center; }
        .brand { font-weight: 700; font-size: 1.1rem; }
        main { padding: 1rem; max-width: 1340px; margin: 0 auto; }
        h1 { font-size: 1.4rem; margin: .2rem 0 .8rem; } h2 { font-size: 1.15rem; margin: 1.2rem 0 .5rem; }
        a { color: var(--accent); }
        a:focus, button:focus, input:focus, textarea:focus, select:focus, td:focus { outline: 3px solid #f9a825; outline-offset: 1px; }
        .skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: .5rem; background: #fff; padding: .3rem; z-index: 10; }
        .inline { display: inline; }
        button, .button { font: inherit; padding: .35rem .8rem; border-radius: 4px; border: 1px solid #0b4a8a; background: var(--accent); color: #fff; cursor: pointer; text-decoration: none; display: inline-block; }
        button[disabled] { background: #8a949e; border-color: #8a949e; cursor: not-allowed; }
        button.secondary { background: #fff; color: var(--accent); }
        button.link { background: none; border: none; text-decoration: underline; padding: 0; }
        input, textarea, select { font: inherit; padding: .3rem; border: 1px solid #7a8591; border-radius: 4px; }
        textarea { width: 100%; min-height: 3.2rem; }
        label { font-weight: 600; }
        .card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .8rem 1rem; margin-bottom: 1rem; }
        .alert { padding: .6rem .8rem; border-radius: 4px; border: 1px solid; }
        .alert-error { background: #fdecee; border-color: var(--hard); color: #7a0016; }
        .alert-ok { background: #e8f5e9; border-color: #2e7d32; color: #1b5e20; }
        table { border-collapse: collapse; background: #fff; }
        th, td { border: 1px solid var(--line); padding: .25rem .45rem; text-align: left; }
        .muted { color: var(--muted); }
        .state { display: inline-block; padding: 0 .4rem; border-radius: 3px; background: #e3e8ee; font-size: .85rem; }
        .grid-wrap { overflow-x: auto; max-width: 100%; border: 1px solid var(--line); }
        table.grid { font-size: 12px; }
        table.grid th, table.grid td { padding: 2px 3px; text-align: center; min-width: 26px; }
        table.grid th.person { text-align: left; white-space: nowrap; position: sticky; left: 0; background: #fff; z-index: 1; min-width: 150px; }
        table.grid th.we, table.grid td.we { border-bottom-color: #8d99a6; }
        table.grid thead th.we { background: #e7eaee; } table.grid thead th.ferie { text-decoration: underline; }
        td.matin { background: #fff3b0; } td.journee { background: #c8e6c9; } td.soir { background: #ffcc80; }
        td.nuit { background: #3f4a9e; color: #fff; } td.long { background: #80deea; } td.autre { background: #e0e0e0; }
        td.absence { background: repeating-linear-gradient(45deg, #eceff1, #eceff1 4px, #cfd8dc 4px, #cfd8dc 8px); color: #263238; font-style: italic; }
        td.lock { box-shadow: inset 0 0 0 2px #37474f; }
        td.hard { outline: 3px solid var(--hard); outline-offset: -3px; font-weight: 700; }
        td.soft { box-shadow: inset 0 -4px 0 var(--soft); }
        td.changed { box-shadow: inset 0 0 0 3px #0b5cad; }
        a.cell { display: block; color: inherit; text-decoration: none; min-height: 1.2em; }
        a.cell:hover { text-decoration: underline; }
        td.nuit a.cell { color: #fff; }
        td.cover-short { background: #fdecee; color: var(--hard); font-weight: 700; }
        td.hours-off { color: var(--hard); font-weight: 700; }
        .legend span { display: inline-block; padding: 0 .5rem; margin: 0 .3rem .3rem 0; border: 1px solid var(--line); }
        ul.items { list-style: none; padding: 0; } ul.items li { border-bottom: 1px solid var(--line); padding: .6rem 0; }
        .tag-hard { color: var(--hard); font-weight: 700; } .tag-soft { color: var(--soft); font-weight: 700; }
        .done { color: #1b5e20; font-weight: 600; }
        @media print { header, form, .skip { display: none; } }
        """
}
