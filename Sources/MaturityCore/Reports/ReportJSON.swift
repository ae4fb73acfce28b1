import MaturityJSON

/// The JSON report of `mlmaturity report --format json`: the score document
/// plus the workshop, each framework's target, the action backlog, and every
/// question with its answer, note and workshop record.
///
/// Like the score document, keys are only ever added.
public enum ReportJSON {
  /// The whole report.
  public static func document(
    session: Session,
    path: String,
    scores: [FrameworkScore],
    catalog: BankCatalog
  ) -> JSONValue {
    guard
      case .object(var members) = ScoreJSON.document(
        session: session,
        path: path,
        scores: scores,
        catalog: catalog
      )
    else { return .null }
    let backlog = Backlog(session: session, scores: scores)
    members += [
      JSONMember(
        "workshop",
        .object([
          JSONMember("facilitator", .string(session.facilitator)),
          JSONMember("participants", ScoreJSON.strings(session.participants)),
          JSONMember(
            "timeboxMinutes",
            session.timeboxMinutes.map { .number(Double($0)) } ?? .null
          ),
        ])
      ),
      JSONMember("targets", BacklogReport.targetsJSON(backlog, scores: scores)),
      JSONMember("backlog", BacklogReport.itemsJSON(backlog)),
    ]
    var questions: [JSONNode] = []
    for score in scores {
      for detail in QuestionDetail.all(session: session, score: score) {
        questions.append(JSONNode(question(detail, score: score)))
      }
    }
    members.append(JSONMember("questions", .array(questions)))
    return .object(members)
  }

  private static func question(_ detail: QuestionDetail, score: FrameworkScore) -> JSONValue {
    let answer = detail.answer
    let id = detail.question.id
    func text(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
    return .object([
      JSONMember("id", .string(id)),
      JSONMember("framework", .string(score.bank.id)),
      JSONMember("section", .string(detail.section.id)),
      JSONMember("title", .string(detail.question.title)),
      JSONMember("answer", text(answer.value)),
      JSONMember("answerLabel", text(score.sheet.chosen[id]?.label)),
      JSONMember("note", text(answer.note)),
      JSONMember("blocksNextLevel", .bool(detail.blocksNextLevel)),
      JSONMember("improve", .string(detail.question.improve)),
      JSONMember("nextStep", text(detail.nextStep)),
      JSONMember("state", .string(detail.state.rawValue)),
      JSONMember("result", .string(detail.result)),
      JSONMember("notApplicableReason", text(detail.notApplicableReason)),
      JSONMember("agreed", text(answer.agreed)),
      JSONMember("changedAfterVote", .bool(answer.changedAfterVote)),
      JSONMember("rationale", text(answer.rationale)),
      JSONMember("dissent", text(answer.dissent)),
      JSONMember("confidence", text(answer.confidence?.rawValue)),
      JSONMember(
        "evidence",
        .array(
          answer.evidence.map { item in
            JSONNode(
              .object([
                JSONMember("reference", .string(item.reference)),
                JSONMember("owner", text(item.owner)),
                JSONMember("verified", text(item.verified)),
              ])
            )
          }
        )
      ),
      JSONMember("votes", votes(detail)),
      JSONMember("spread", spread(detail)),
      JSONMember("owner", text(answer.owner)),
      JSONMember("due", text(answer.due)),
    ])
  }

  /// Votes by participant, in the order the report lists them.
  private static func votes(_ detail: QuestionDetail) -> JSONValue {
    .object(detail.voters.map { JSONMember($0, .string(detail.answer.votes[$0] ?? "")) })
  }

  private static func spread(_ detail: QuestionDetail) -> JSONValue {
    guard let spread = detail.spread else { return .null }
    return .object([
      JSONMember(
        "counts",
        .object(spread.counts.map { JSONMember($0.option.id, .number(Double($0.votes))) })
      ),
      JSONMember("notApplicable", .number(Double(spread.notApplicableVotes))),
      JSONMember("unknown", .number(Double(spread.unknownVotes))),
      JSONMember("disagrees", .bool(spread.disagrees)),
      JSONMember("range", .number(Double(spread.range))),
      JSONMember("majority", spread.majority.map { .string($0.id) } ?? .null),
    ])
  }
}
