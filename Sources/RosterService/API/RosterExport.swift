import Foundation
import Hummingbird
import RosterStore
import Scheduling

/// A version exported as CSV, iCalendar (one agent) or the printable HTML page, each with the
/// transparency notice, through the formats of `Scheduling`.
struct RosterExport: Sendable {
    var contentType: String
    var fileName: String
    var text: String

    init(context: VersionContext, number: Int, format: String, agent: String?) throws(ServiceError) {
        let notice = TransparencyNotice(signature: context.workflow.signature, version: number)
        let base = "planning-\(context.version.rosterId)-v\(number)"
        switch format {
        case "csv":
            contentType = "text/csv; charset=utf-8"
            fileName = base + ".csv"
            text = RosterCSV.export(context.roster, notice: notice)
        case "html":
            contentType = "text/html; charset=utf-8"
            fileName = base + ".html"
            text = RosterHTML.render(context.roster, problem: context.problem, notice: notice)
        case "ics":
            guard let agent, !agent.isEmpty else {
                throw .badRequest("Le format ics donne un calendrier par agent : précisez agent=IDENTIFIANT.", code: "agent-required")
            }
            guard let row = context.roster.rows.first(where: { $0.staff.rawValue == agent }) else {
                throw .notFound("agent \(agent) dans ce planning")
            }
            let stamp = context.workflow.signature?.signedAt ?? Date().ISO8601Format()
            contentType = "text/calendar; charset=utf-8"
            fileName = "\(base)-\(agent.filter { $0.isLetter || $0.isNumber || $0 == "-" }).ics"
            text = RosterICalendar.calendar(row, roster: context.roster, problem: context.problem, notice: notice, stamp: stamp, sequence: number)
        default:
            throw .badRequest("Format d'export inconnu « \(format) » : csv, ics ou html.", code: "invalid-format")
        }
    }

    func response() -> Response {
        Response(status: .ok, headers: [.contentType: contentType, .contentDisposition: "inline; filename=\"\(fileName)\""],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
