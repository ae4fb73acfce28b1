import MaturityCore
import Testing

/// A session file using every workshop field, in the writer's layout.
let workshopSessionText = """
  {
    "formatVersion": 1,
    "toolVersion": "0.1.0",
    "team": "Search",
    "system": "ranker",
    "facilitator": "Dana",
    "participants": [
      "Ana",
      "Bo"
    ],
    "date": "2026-03-10",
    "createdAt": "2026-03-10T09:00:00Z",
    "updatedAt": "2026-03-10T11:00:00Z",
    "frameworks": [
      "mlts"
    ],
    "banks": {
      "mlts": "1.0.0"
    },
    "answers": {
      "mlts.data.1": {
        "value": "manual",
        "note": "only the main pipeline",
        "rationale": "CI runs the check",
        "dissent": "Bo: backfill too",
        "confidence": "verified",
        "evidence": [
          {
            "reference": "https://ci.example.com/job",
            "owner": "Bo",
            "verified": "2026-03-08"
          },
          {
            "reference": "docs/schema.md"
          }
        ],
        "votes": {
          "Ana": "manual",
          "Bo": "automated"
        },
        "owner": "Bo",
        "due": "2026-04-15",
        "answeredAt": "2026-03-10T10:00:00Z"
      },
      "mlts.data.5": {
        "value": "n/a",
        "notApplicable": "no personal data",
        "answeredAt": "2026-03-10T10:05:00Z"
      }
    },
    "targets": {
      "mlts": 3
    },
    "timeboxMinutes": 15
  }

  """

/// The session text with `old` replaced by `new` (which must occur).
func editedSession(_ old: String, _ new: String) throws -> [UInt8] {
  #expect(workshopSessionText.contains(old), "fixture lacks \(old)")
  return Array(workshopSessionText.replacingOccurrences(of: old, with: new).utf8)
}

@Suite("Workshop: session file fields")
struct WorkshopSessionJSONTests {
  @Test("a session with every workshop field round-trips byte for byte")
  func roundTrip() throws {
    let session = try SessionFile.parse(Array(workshopSessionText.utf8), path: "s.json")
    #expect(SessionFile.text(of: session) == workshopSessionText)
    let answer = try #require(session.answers["mlts.data.1"])
    #expect(answer.value == "manual")
    #expect(answer.rationale == "CI runs the check")
    #expect(answer.dissent == "Bo: backfill too")
    #expect(answer.confidence == .verified)
    #expect(
      answer.evidence == [
        Evidence(reference: "https://ci.example.com/job", owner: "Bo", verified: "2026-03-08"),
        Evidence(reference: "docs/schema.md"),
      ]
    )
    #expect(answer.votes == ["Ana": "manual", "Bo": "automated"])
    #expect(answer.owner == "Bo")
    #expect(answer.due == "2026-04-15")
    let notApplicable = try #require(session.answers["mlts.data.5"])
    #expect(notApplicable.isNotApplicable)
    #expect(notApplicable.notApplicableReason == "no personal data")
    #expect(session.targets == ["mlts": 3])
    #expect(session.timeboxMinutes == 15)
  }

  @Test("n/a without a notApplicable reason is rejected")
  func notApplicableNeedsReason() throws {
    let bytes = try editedSession("\"notApplicable\": \"no personal data\",\n", "")
    let error = try #require(caught { try SessionFile.parse(bytes, path: "s.json") })
    #expect(error.kind == .badData)
    #expect(error.description.contains("needs a reason"))
    #expect(error.description.contains("mlts.data.5"))
  }

  @Test("n/a with a blank reason is rejected")
  func notApplicableBlankReason() throws {
    let bytes = try editedSession("\"no personal data\"", "\"  \"")
    let error = try #require(caught { try SessionFile.parse(bytes, path: "s.json") })
    #expect(error.description.contains("needs a reason"))
  }

  @Test(
    "a bad workshop field is bad data naming the field",
    arguments: [
      ("\"confidence\": \"verified\"", "\"confidence\": \"sure\"", "confidence"),
      ("\"due\": \"2026-04-15\"", "\"due\": \"2026-13-45\"", "due"),
      ("\"verified\": \"2026-03-08\"", "\"verified\": \"yesterday\"", "evidence[0].verified"),
      ("\"mlts\": 3\n", "\"mlts\": 6\n", "targets"),
      ("\"mlts\": 3\n", "\"mlts\": -1\n", "targets"),
      ("\"timeboxMinutes\": 15", "\"timeboxMinutes\": 0", "timeboxMinutes"),
      ("\"timeboxMinutes\": 15", "\"timeboxMinutes\": 601", "timeboxMinutes"),
    ]
  )
  func badField(old: String, new: String, field: String) throws {
    let bytes = try editedSession(old, new)
    let error = try #require(caught { try SessionFile.parse(bytes, path: "s.json") })
    #expect(error.kind == .badData)
    #expect(error.exitCode == 65)
    #expect(error.description.contains(field), "\(error.description)")
  }

  @Test("Evidence(line:) parses reference | owner | date and trims each part")
  func evidenceLine() {
    #expect(
      Evidence(line: " https://x | Bo | 2026-11-20 ")
        == Evidence(reference: "https://x", owner: "Bo", verified: "2026-11-20")
    )
    #expect(Evidence(line: "docs/a.md") == Evidence(reference: "docs/a.md"))
    #expect(
      Evidence(line: "docs/a.md | | 2026-01-01")
        == Evidence(reference: "docs/a.md", owner: nil, verified: "2026-01-01")
    )
    #expect(Evidence(line: " | Bo") == nil)
    #expect(Evidence(line: "") == nil)
    #expect(
      Evidence(reference: "r", owner: nil, verified: "2026-01-01").line == "r |  | 2026-01-01"
    )
    #expect(Evidence(reference: "r", owner: "Bo").line == "r | Bo")
  }
}
