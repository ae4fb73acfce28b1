/// The JSON report of `mlmaturity report --format json`: the score document
/// plus every question with its answer and note.
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
    var questions: [JSONNode] = []
    for score in scores {
      for section in score.bank.sections {
        for question in section.questions {
          let answer = session.answers[question.id]
          questions.append(
            JSONNode(
              .object([
                JSONMember("id", .string(question.id)),
                JSONMember("framework", .string(score.bank.id)),
                JSONMember("section", .string(section.id)),
                JSONMember("title", .string(question.title)),
                JSONMember("answer", answer?.value.map { .string($0) } ?? .null),
                JSONMember(
                  "answerLabel",
                  score.sheet.chosen[question.id].map { .string($0.label) } ?? .null
                ),
                JSONMember("note", answer?.note.map { .string($0) } ?? .null),
                JSONMember("blocksNextLevel", .bool(score.blockers.contains(question.id))),
                JSONMember("improve", .string(question.improve)),
              ])
            )
          )
        }
      }
    }
    members.append(JSONMember("questions", .array(questions)))
    return .object(members)
  }
}
