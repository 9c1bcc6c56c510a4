/// The OpenAPI 3.1 description of the JSON API, served at `/api/openapi.json`.
/// Kept by hand beside `APIController`; `OpenAPITests` checks that every route it registers is
/// described here.
enum OpenAPIDocument {
    static let json = #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "Planning hospitalier",
        "version": "1.0.0",
        "description": "Rosters of French public-hospital units: scenarios, solve jobs, roster versions, review and sign-off, exports. Log in with POST /api/v1/session; send the returned csrfToken in the X-CSRF-Token header of every POST and DELETE. Errors are {\"error\": {\"code\", \"message\", \"detail\"}}. Any request still running after the service's limit (30 s unless configured) is abandoned with 503 and code request-timeout."
      },
      "servers": [{"url": "/"}],
      "components": {
        "securitySchemes": {
          "session": {"type": "apiKey", "in": "cookie", "name": "session"}
        },
        "parameters": {
          "roster": {"name": "roster", "in": "path", "required": true, "schema": {"type": "integer"}},
          "version": {"name": "version", "in": "path", "required": true, "schema": {"type": "integer", "minimum": 1}},
          "job": {"name": "job", "in": "path", "required": true, "schema": {"type": "integer"}},
          "csrf": {"name": "X-CSRF-Token", "in": "header", "required": true, "schema": {"type": "string"}}
        },
        "schemas": {
          "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "object", "required": ["code", "message"], "properties": {
            "code": {"type": "string", "examples": ["not-found", "invalid-json", "forbidden", "workflow-refused", "queue-full", "request-timeout"]},
            "message": {"type": "string"}, "detail": {"type": "string"}}}}},
          "Login": {"type": "object", "required": ["name", "password"], "properties": {"name": {"type": "string"}, "password": {"type": "string"}}},
          "Session": {"type": "object", "properties": {"name": {"type": "string"}, "role": {"enum": ["admin", "cadre", "viewer"]},
            "units": {"type": "array", "items": {"type": "string"}}, "csrfToken": {"type": "string"}}},
          "List": {"type": "object", "properties": {"items": {"type": "array", "items": {"type": "object"}}}},
          "Scenario": {"type": "object", "description": "A scenario file (docs/scenario-format.md)."},
          "Import": {"type": "object", "properties": {"scenario": {"type": "object"}, "isNew": {"type": "boolean"}}},
          "VersionDetail": {"type": "object", "properties": {"rosterId": {"type": "integer"}, "unit": {"type": "string"}, "version": {"type": "object"},
            "roster": {"type": "object"}, "evaluation": {"type": "object"}, "indicators": {"type": "object"}, "checklist": {"$ref": "#/components/schemas/Checklist"},
            "signature": {"type": ["object", "null"]}}},
          "Checklist": {"type": "object", "properties": {"state": {"enum": ["proposed", "under-review", "validated", "signed"]},
            "items": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}, "kind": {"type": "string"},
              "message": {"type": "string"}, "action": {"enum": ["override", "acknowledge"]}, "done": {"type": "boolean"}}}},
            "openHardViolations": {"type": "integer"}, "openAttentionPoints": {"type": "integer"}, "readyToSign": {"type": "boolean"}}},
          "Workflow": {"type": "object", "properties": {"state": {"type": "string"}, "openHardViolations": {"type": "array", "items": {"type": "string"}},
            "openAttentionPoints": {"type": "array", "items": {"type": "string"}}}},
          "Acknowledge": {"type": "object", "required": ["item"], "properties": {"item": {"type": "string"}, "note": {"type": "string"}}},
          "Override": {"type": "object", "required": ["item", "justification"], "properties": {"item": {"type": "string"},
            "justification": {"type": "string", "description": "At least 20 letters or digits."}}},
          "Cell": {"type": "object", "required": ["staff", "date"], "properties": {"staff": {"type": "string"}, "date": {"type": "string", "format": "date"},
            "shift": {"type": ["string", "null"], "description": "Shift code; null or absent for a day off."}, "note": {"type": "string"}}},
          "CellChange": {"type": "object", "properties": {"version": {"type": "object"}, "changedCells": {"type": "integer"}}},
          "Signature": {"type": "object", "properties": {"signature": {"type": "object"}}},
          "Audit": {"type": "object", "properties": {"intact": {"type": "boolean"}, "entriesChecked": {"type": "integer"}, "lastHash": {"type": ["string", "null"]},
            "problems": {"type": "array", "items": {"type": "string"}}, "contentMismatches": {"type": "array", "items": {"type": "string"}}}},
          "JobInput": {"type": "object", "required": ["scenarioId"], "properties": {"scenarioId": {"type": "integer"},
            "timeLimitSeconds": {"type": "number", "minimum": 1, "maximum": 3600, "default": 60}, "seed": {"type": "integer", "minimum": 0, "default": 1},
            "engine": {"enum": ["hybrid", "mip", "local-search", "greedy"], "default": "hybrid"}}},
          "Job": {"type": "object", "properties": {"id": {"type": "integer"}, "scenarioId": {"type": "integer"}, "unit": {"type": "string"},
            "state": {"enum": ["queued", "running", "succeeded", "failed", "cancelled"]}, "timeLimitSeconds": {"type": "number"}, "seed": {"type": "integer"}, "engine": {"type": "string"},
            "attempts": {"type": "integer"}, "elapsedSeconds": {"type": "number"}, "failure": {"type": "string"}, "rosterId": {"type": "integer"},
            "progress": {"type": "object", "properties": {"elapsedSeconds": {"type": "number"}, "bestObjective": {"type": "number"}, "bound": {"type": "number"},
              "gap": {"type": "number"}, "engine": {"type": "string"}}},
            "summary": {"type": "object"}}},
          "Health": {"type": "object", "properties": {"status": {"type": "string"}, "database": {"type": "string"},
            "migrations": {"type": "array", "items": {"type": "string"}}, "queue": {"type": "object"}}}
        },
        "responses": {
          "Error": {"description": "Refused; see error.code.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        }
      },
      "security": [{"session": []}],
      "paths": {
        "/health": {"get": {"summary": "Store and queue status", "security": [], "responses": {"200": {"description": "Up", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}}}}},
        "/metrics": {"get": {"summary": "Prometheus metrics", "security": [], "responses": {"200": {"description": "Exposition text", "content": {"text/plain": {"schema": {"type": "string"}}}}}}},
        "/api/v1/session": {
          "post": {"summary": "Log in (throttled)", "security": [], "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Login"}}}},
            "responses": {"200": {"description": "Logged in; sets the session cookie", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Session"}}}},
              "401": {"$ref": "#/components/responses/Error"}, "429": {"$ref": "#/components/responses/Error"}}},
          "get": {"summary": "Who am I", "responses": {"200": {"description": "The session", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Session"}}}}, "401": {"$ref": "#/components/responses/Error"}}},
          "delete": {"summary": "Log out", "parameters": [{"$ref": "#/components/parameters/csrf"}], "responses": {"204": {"description": "Logged out"}}}
        },
        "/api/v1/units": {"get": {"summary": "Readable units", "responses": {"200": {"description": "Units", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/List"}}}}}}},
        "/api/v1/scenarios": {
          "get": {"summary": "Readable scenarios", "responses": {"200": {"description": "Scenarios", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/List"}}}}}},
          "post": {"summary": "Import a scenario file (its unit must be writable)", "parameters": [{"$ref": "#/components/parameters/csrf"}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Scenario"}}}},
            "responses": {"201": {"description": "Imported", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Import"}}}},
              "200": {"description": "Identical file already stored", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Import"}}}},
              "400": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "413": {"$ref": "#/components/responses/Error"}}}
        },
        "/api/v1/rosters": {"get": {"summary": "Readable rosters", "responses": {"200": {"description": "Rosters", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/List"}}}}}}},
        "/api/v1/rosters/{roster}/versions": {"get": {"summary": "Versions of a roster", "parameters": [{"$ref": "#/components/parameters/roster"}],
          "responses": {"200": {"description": "Versions", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/List"}}}}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/rosters/{roster}/versions/{version}": {"get": {"summary": "A version with its evaluation, indicators and checklist",
          "parameters": [{"$ref": "#/components/parameters/roster"}, {"$ref": "#/components/parameters/version"}],
          "responses": {"200": {"description": "The version", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/VersionDetail"}}}}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/rosters/{roster}/versions/{version}/checklist": {"get": {"summary": "Hard violations to justify and points of attention to acknowledge",
          "parameters": [{"$ref": "#/components/parameters/roster"}, {"$ref": "#/components/parameters/version"}],
          "responses": {"200": {"description": "Checklist", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Checklist"}}}}, "403": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/rosters/{roster}/versions/{version}/cells/{staff}/{date}": {"get": {"summary": "Alternatives for one cell with their cost",
          "parameters": [{"$ref": "#/components/parameters/roster"}, {"$ref": "#/components/parameters/version"},
            {"name": "staff", "in": "path", "required": true, "schema": {"type": "string"}}, {"name": "date", "in": "path", "required": true, "schema": {"type": "string", "format": "date"}}],
          "responses": {"200": {"description": "Alternatives", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/List"}}}}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/rosters/{roster}/versions/{version}/cells": {"post": {"summary": "Change one cell into a new version",
          "parameters": [{"$ref": "#/components/parameters/roster"}, {"$ref": "#/components/parameters/version"}, {"$ref": "#/components/parameters/csrf"}],
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Cell"}}}},
          "responses": {"201": {"description": "New version", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CellChange"}}}},
            "400": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/rosters/{roster}/versions/{version}/export": {"get": {"summary": "CSV, iCalendar (one agent) or printable HTML, with the transparency notice",
          "parameters": [{"$ref": "#/components/parameters/roster"}, {"$ref": "#/components/parameters/version"},
            {"name": "format", "in": "query", "schema": {"enum": ["csv", "ics", "html"], "default": "html"}}, {"name": "agent", "in": "query", "schema": {"type": "string"}}],
          "responses": {"200": {"description": "The export", "content": {"text/csv": {}, "text/calendar": {}, "text/html": {}}}, "400": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/rosters/{roster}/versions/{version}/review/start": {"post": {"summary": "proposed → under review",
          "parameters": [{"$ref": "#/components/parameters/roster"}, {"$ref": "#/components/parameters/version"}, {"$ref": "#/components/parameters/csrf"}],
          "responses": {"200": {"description": "New state", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Workflow"}}}}, "403": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/rosters/{roster}/versions/{version}/review/acknowledge": {"post": {"summary": "Acknowledge a point of attention",
          "parameters": [{"$ref": "#/components/parameters/roster"}, {"$ref": "#/components/parameters/version"}, {"$ref": "#/components/parameters/csrf"}],
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Acknowledge"}}}},
          "responses": {"200": {"description": "New state", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Workflow"}}}}, "403": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/rosters/{roster}/versions/{version}/review/override": {"post": {"summary": "Justify a hard violation",
          "parameters": [{"$ref": "#/components/parameters/roster"}, {"$ref": "#/components/parameters/version"}, {"$ref": "#/components/parameters/csrf"}],
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Override"}}}},
          "responses": {"200": {"description": "New state", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Workflow"}}}}, "403": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/rosters/{roster}/versions/{version}/review/validate": {"post": {"summary": "under review → validated, once nothing is open",
          "parameters": [{"$ref": "#/components/parameters/roster"}, {"$ref": "#/components/parameters/version"}, {"$ref": "#/components/parameters/csrf"}],
          "responses": {"200": {"description": "New state", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Workflow"}}}}, "403": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/rosters/{roster}/versions/{version}/review/sign": {"post": {"summary": "validated → signed",
          "parameters": [{"$ref": "#/components/parameters/roster"}, {"$ref": "#/components/parameters/version"}, {"$ref": "#/components/parameters/csrf"}],
          "responses": {"200": {"description": "The signature", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Signature"}}}}, "403": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/audit/verify": {"get": {"summary": "Verify the hash-chained audit log and stored hashes (administrators)",
          "responses": {"200": {"description": "Verification", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Audit"}}}}, "403": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/jobs": {
          "get": {"summary": "One page of the readable solve jobs, newest first, each summary compact (figures only: no violations, indicators or explanations; GET /api/v1/jobs/{job} has them)",
            "parameters": [{"name": "limit", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 1, "maximum": 500, "default": 50}, "description": "Jobs examined for this page (the page holds the readable ones among them)"},
              {"name": "after", "in": "query", "required": false, "schema": {"type": "integer"}, "description": "The nextAfter of the previous page: only jobs older than this one"}],
            "responses": {"200": {"description": "Jobs", "content": {"application/json": {"schema": {"type": "object", "required": ["jobs"], "properties": {"jobs": {"type": "array", "items": {"$ref": "#/components/schemas/Job"}}, "nextAfter": {"type": "integer", "description": "after of the next page; absent on the last page"}}}}}},
              "400": {"$ref": "#/components/responses/Error"}}},
          "post": {"summary": "Submit a solve job", "parameters": [{"$ref": "#/components/parameters/csrf"}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/JobInput"}}}},
            "responses": {"202": {"description": "Queued", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Job"}}}},
              "400": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "503": {"$ref": "#/components/responses/Error"}}}
        },
        "/api/v1/jobs/{job}": {"get": {"summary": "A job: state, progress, failure, summary, roster", "parameters": [{"$ref": "#/components/parameters/job"}],
          "responses": {"200": {"description": "The job", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Job"}}}}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/jobs/{job}/cancel": {"post": {"summary": "Cancel a queued job, or stop a running job's process", "parameters": [{"$ref": "#/components/parameters/job"}, {"$ref": "#/components/parameters/csrf"}],
          "responses": {"200": {"description": "The job", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Job"}}}}, "403": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}}
      }
    }
    """#
}
