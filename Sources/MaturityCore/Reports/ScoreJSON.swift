import MaturityJSON

/// The machine-readable result of `mlmaturity score --json`.
///
/// This is a contract other tools rely on (see the README): keys are only
/// ever added, never renamed or removed.
public enum ScoreJSON {
  /// The result object key for a bank: its `resultKey` (`mlTestScore` for
  /// the ML Test Score), else its id (`azure`, `google`, a user bank's id).
  public static func key(for bank: Bank) -> String { bank.resultKey ?? bank.id }

  /// The whole document for `session`, read from `path`.
  public static func document(
    session: Session,
    path: String,
    scores: [FrameworkScore],
    catalog: BankCatalog
  ) -> JSONValue {
    var members: [JSONMember] = [
      JSONMember("file", .string(path)),
      JSONMember(
        "session",
        .object([
          JSONMember("team", .string(session.team)),
          JSONMember("system", .string(session.system)),
          JSONMember("date", .string(session.date)),
          JSONMember("updatedAt", .string(session.updatedAt)),
        ])
      ),
    ]
    let warnings = Diagnostics.warnings(session: session, scores: scores, catalog: catalog)
    for score in scores {
      var fields = result(score)
      if case .object(let base) = fields {
        // The warnings that concern this framework: its bank version, or
        // answers to its questions.
        let own = warnings.filter {
          $0.hasPrefix(score.bank.id + ":") || $0.contains(score.bank.id + ".")
        }
        fields = .object(
          base + workshopMembers(score, session: session) + [JSONMember("warnings", strings(own))]
        )
      }
      members.append(JSONMember(key(for: score.bank), fields))
    }
    members.append(JSONMember("warnings", strings(warnings)))
    members.append(contentsOf: [
      // The system's context; an empty object means unknown (every
      // question applies).
      JSONMember(
        "context",
        .object(
          session.context.values.sorted { $0.key < $1.key }.map {
            JSONMember($0.key, .string($0.value))
          }
        )
      )
    ])
    return .object(members)
  }

  /// One framework's result object.
  public static func result(_ score: FrameworkScore) -> JSONValue {
    var members: [JSONMember] = [
      JSONMember("bank", .string(score.bank.id)),
      JSONMember("bankVersion", .string(score.bank.version)),
    ]
    members += score.result.jsonMembers(score)
    members += [
      JSONMember("blockers", strings(score.blockers)),
      JSONMember("answered", .number(Double(score.sheet.answeredCount))),
      JSONMember("total", .number(Double(score.sheet.totalCount))),
      JSONMember("unanswered", .number(Double(score.sheet.unanswered.count))),
      JSONMember("unansweredIds", strings(score.sheet.unanswered)),
      JSONMember("provisional", .bool(score.provisional)),
      JSONMember(
        "doesNotApply",
        .array(
          score.bank.questions.compactMap { question in
            score.sheet.doesNotApply[question.id].map {
              JSONNode(
                .object([
                  JSONMember("id", .string(question.id)), JSONMember("reason", .string($0)),
                ])
              )
            }
          }
        )
      ),
    ]
    return .object(members)
  }

  /// Not-applicable answers and the target gap of one framework.
  static func workshopMembers(_ score: FrameworkScore, session: Session) -> [JSONMember] {
    let notApplicable = score.bank.questions.compactMap { question -> JSONNode? in
      guard let reason = score.sheet.notApplicable[question.id] else { return nil }
      return JSONNode(
        .object([JSONMember("id", .string(question.id)), JSONMember("reason", .string(reason))])
      )
    }
    let gap = TargetGap(score: score, target: session.targets[score.bank.id])
    return [
      JSONMember("notApplicable", .array(notApplicable)),
      JSONMember(
        "target",
        .object([
          JSONMember("level", .number(Double(gap.target))),
          JSONMember("default", .bool(gap.isDefaultTarget)),
          JSONMember("reached", .bool(gap.reached)),
          JSONMember("steps", strings(gap.steps.filter(\.closesGap).map(\.questionID))),
        ])
      ),
    ]
  }

  static func strings(_ values: [String]) -> JSONValue {
    .array(values.map { JSONNode(.string($0)) })
  }
}

/// Problems in a session that do not stop it from being scored.
public enum Diagnostics {
  /// One line per problem: answers to questions no bank has (kept in the
  /// file), answers naming an option the question does not have, and bank
  /// versions that differ from the ones the answers were given against.
  public static func warnings(session: Session, scores: [FrameworkScore], catalog: BankCatalog)
    -> [String]
  {
    var lines: [String] = []
    let orphans = session.orphanedAnswerIDs(in: catalog)
    if !orphans.isEmpty {
      lines.append(
        "\(Plural.count(orphans.count, "answer")) to questions no bank has (kept in the file, not scored): "
          + orphans.joined(separator: ", ")
      )
    }
    for score in scores {
      for (id, value) in score.sheet.invalid {
        let allowed = score.bank.question(id)?.allowedAnswers ?? ""
        lines.append(
          "\(id): \(JSONReader.quoted(value)) is not an answer to this question (allowed: \(allowed)); counted as unanswered"
        )
      }
      if let recorded = session.bankVersions[score.bank.id],
        !score.bank.answersMatch(recorded: recorded)
      {
        lines.append(
          "\(score.bank.id): answers were given against bank version \(recorded); scored with version \(score.bank.version)"
        )
      }
    }
    for id in session.frameworks where catalog.bank(id) == nil {
      lines.append(
        "framework \"\(id)\" is not known to this mlmaturity (pass its bank with --bank FILE)"
      )
    }
    return lines
  }
}
