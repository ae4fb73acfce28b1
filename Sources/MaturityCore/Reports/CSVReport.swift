/// The CSV report of `mlmaturity report --format csv`: one record per
/// question of every framework, for a spreadsheet.
///
/// Written with ``CSV``: RFC 4180 quoting, and cells that a spreadsheet
/// would run as a formula are neutralised.
public enum CSVReport {
  /// The columns.
  public static let header = [
    "Framework", "Section", "ID", "Title", "Answer", "Points/Level", "N/A reason", "Note",
    "Votes", "Spread", "Rationale", "Dissent", "Confidence", "Evidence", "Owner", "Due",
  ]

  /// The whole report.
  public static func render(session: Session, scores: [FrameworkScore]) -> String {
    var rows: [[String]] = []
    for score in scores {
      for detail in QuestionDetail.all(session: session, score: score) {
        let answer = detail.answer
        rows.append([
          score.bank.name, detail.section.title, detail.question.id, detail.question.title,
          detail.shortAnswer, detail.result, detail.notApplicableReason ?? "", answer.note ?? "",
          detail.votesText,
          [detail.spreadText, detail.changedAfterVoteText ?? ""].filter { !$0.isEmpty }
            .joined(separator: "; "),
          answer.rationale ?? "", answer.dissent ?? "",
          answer.confidence?.rawValue ?? "", detail.evidenceTexts.joined(separator: "\n"),
          answer.owner ?? "", answer.due ?? "",
        ])
      }
    }
    return CSV.document(header: header, rows: rows)
  }
}
