/// The login form.
struct LoginPage {
    var error: String?
    var name: String = ""

    func page() -> Page {
        let alert = error.map { #"<p class="alert alert-error" role="alert">\#(HTML.escape($0))</p>"# } ?? ""
        return Page(title: "Connexion", session: nil, body: """
            <div class="card" style="max-width: 26rem; margin: 3rem auto;">
            <h1>Connexion</h1>
            \(alert)
            <form method="post" action="/connexion">
            <p><label for="name">Identifiant</label><br><input id="name" name="name" autocomplete="username" required autofocus value="\(HTML.escape(name))"></p>
            <p><label for="password">Mot de passe</label><br><input id="password" name="password" type="password" autocomplete="current-password" required></p>
            <p><button type="submit">Se connecter</button></p>
            </form>
            <p class="muted">Les plannings proposés par l'algorithme restent des propositions : le cadre de santé les vérifie, les modifie et les signe.</p>
            </div>
            """)
    }
}
