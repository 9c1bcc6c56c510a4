import Hummingbird

/// The session cookie: HttpOnly, SameSite=Strict, for the whole site.
enum SessionCookie {
    static func make(_ session: Session) -> Cookie {
        Cookie(name: SessionMiddleware.cookieName, value: session.token, path: "/", httpOnly: true, sameSite: .strict)
    }

    static func expired() -> Cookie {
        Cookie(name: SessionMiddleware.cookieName, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict)
    }
}
