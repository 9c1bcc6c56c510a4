/// Escaping and the page frame of the review's HTML renderings.
enum HTMLText {
    static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

    static func page(title: String, language: Language, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <title>\(escape(title))</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
        table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
        th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
        th { background: #f2f2f2; }
        tr.person td { background: #eef3fb; }
        td ul, li { margin: 0; }
        .bad { color: #a00; }
        .good { color: #070; }
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }
}
