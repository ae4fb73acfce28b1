import MaturityCore
import MaturityTUI

#if canImport(Glibc)
  import Glibc
#endif

/// Finds, creates and lists session files for the wizard commands.
enum SessionLauncher {
  /// The default folder for sessions.
  static var defaultDirectory: String {
    SessionFile.defaultDirectory(environment: environment)
  }

  /// A fresh session built from the new-session form, saved at once so the
  /// file exists; returns it, its path and the writer holding its lock.
  static func create(
    _ request: NewSessionRequest,
    catalog: BankCatalog,
    now: Timestamp
  ) throws(MaturityError) -> (Session, String, SessionWriter) {
    let session = try request.session(catalog: catalog, now: now)
    let path =
      request.path.isEmpty
      ? newPath(team: request.team, system: request.system, now: now) : request.path
    if !request.path.isEmpty && FileIO.exists(path) {
      throw MaturityError(
        .usage,
        path: path,
        "already exists; open it with `mlmaturity open \(path)`"
      )
    }
    let writer = try SessionWriter.create(session, at: path)
    return (session, path, writer)
  }

  /// The wizard on the session at `path`, with the writer holding its
  /// lock when this process can take it within a second (a `set` holds it
  /// for milliseconds; the file is read again under the lock); read-only on
  /// `session` when another mlmaturity keeps it.
  static func wizard(
    session: Session,
    path: String,
    catalog: BankCatalog
  ) -> (WizardModel, SessionWriter?) {
    do {
      if let (writer, locked) = try SessionWriter.open(path, waitingUpTo: 1) {
        return (WizardModel(session: locked, path: path, catalog: catalog), writer)
      }
      return (WizardModel(session: session, path: path, catalog: catalog, readOnly: true), nil)
    } catch {
      // No lock file possible (e.g. a read-only folder): saving will fail
      // too, and the wizard says so; there is no other writer to protect.
      return (WizardModel(session: session, path: path, catalog: catalog), nil)
    }
  }

  /// `<folder>/<date>-<team>-<system>.json`, numbered when taken.
  static func newPath(team: String, system: String = "", now: Timestamp) -> String {
    newPath(team: team, system: system, day: now.day)
  }

  /// `<folder>/<day>-<team>-<system>.json` (`-<system>` left out when it
  /// is empty), numbered when taken. The system is in the name so that two
  /// systems of one team assessed on the same day are told apart by their
  /// files, not as `…-team.json` and `…-team-2.json`, which reads as a
  /// second round of the first.
  static func newPath(team: String, system: String = "", day: String) -> String {
    let team = slug(team)
    let system = slug(system)
    let name =
      (team.isEmpty ? "assessment" : String(team.prefix(40)))
      + (system.isEmpty ? "" : "-" + String(system.prefix(30)))
    let base = "\(defaultDirectory)/\(day)-\(name)"
    var candidate = base + ".json"
    var number = 2
    while FileIO.exists(candidate) {
      candidate = "\(base)-\(number).json"
      number += 1
    }
    return candidate
  }

  /// `team` as a file-name part: ASCII letters and digits, words joined
  /// by `-`.
  static func slug(_ text: String) -> String {
    text.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" }
      .split(separator: "-", omittingEmptySubsequences: true).map { String($0) }
      .joined(separator: "-")
  }

  /// Recent sessions in the default folder, newest first (at most 50).
  static func recent(catalog: BankCatalog) -> [StartModel.RecentSession] {
    SessionFile.recent(in: defaultDirectory).prefix(50).map { path in
      do throws(MaturityError) {
        let session = try SessionFile.load(path)
        let scores = Scorer.score(session, catalog: catalog)
        let answered = scores.reduce(0) { $0 + $1.sheet.answeredCount }
        let total = scores.reduce(0) { $0 + $1.sheet.totalCount }
        let parts = [session.team, session.system].filter { !$0.isEmpty }
        var title = parts.isEmpty ? FileIO.baseName(path) : parts.joined(separator: " · ")
        if let prework = session.prework { title += " · pre-work of \(prework.participant)" }
        return StartModel.RecentSession(
          path: path,
          title: title,
          date: session.date,
          createdAt: session.createdAt,
          progress: (answered, total),
          problem: nil
        )
      } catch {
        return StartModel.RecentSession(
          path: path,
          title: FileIO.baseName(path),
          date: "",
          progress: nil,
          problem: error.message
        )
      }
    }
  }

  /// The process environment, read with `getenv` (no Foundation).
  static var environment: [String: String] {
    var result: [String: String] = [:]
    for name in ["XDG_DATA_HOME", "HOME", "EDITOR", "VISUAL", "TERM", "NO_COLOR"] {
      if let value = getenv(name) { result[name] = String(cString: value) }
    }
    return result
  }
}
