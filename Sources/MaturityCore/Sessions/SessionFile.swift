import MaturityJSON

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads and writes session files.
///
/// Reading never changes the file. Writing is atomic (see
/// ``FileIO/writeAtomically(_:to:)``).
public enum SessionFile {
  /// Reads the session at `path`.
  ///
  /// - Throws: ``MaturityError`` with exit code 66 when the file is missing,
  ///   65 with line, column and field when its content is bad, 74 when it
  ///   cannot be read.
  public static func load(_ path: String) throws(MaturityError) -> Session {
    try parse(try FileIO.read(path), path: path)
  }

  /// Decodes session bytes; errors name `path`.
  public static func parse(_ bytes: [UInt8], path: String) throws(MaturityError) -> Session {
    do {
      return try Session(json: try JSONParser.parse(bytes))
    } catch let error as JSONParseError {
      throw MaturityError(.badData, path: path, error.description)
    } catch let error as MaturityError {
      throw error.at(path: path)
    } catch {
      throw MaturityError(.badData, path: path, "\(error)")
    }
  }

  /// The file text for `session`: pretty-printed JSON with a trailing newline.
  public static func text(of session: Session) -> String {
    JSONWriter.write(session.json)
  }

  /// Writes `session` to `path` atomically, creating missing folders.
  ///
  /// Takes no lock and checks nothing: for files no other process can
  /// know yet (tests, fresh files). Sessions that may be open elsewhere are
  /// written through ``SessionWriter`` or ``update(at:waitingUpTo:holder:createWith:_:)``.
  public static func save(_ session: Session, to path: String) throws(MaturityError) {
    let folder = FileIO.directoryName(path)
    if !FileIO.isDirectory(folder) { try FileIO.createDirectories(folder) }
    try FileIO.writeAtomically(text(of: session), to: path)
  }

  /// Removes temporary files that an interrupted save of `path` left
  /// beside it (a process killed between writing and renaming). Call only
  /// while holding the session's ``SessionLock``: another writer's save in
  /// progress would otherwise lose its file (``SessionWriter`` does it when
  /// it takes the lock). Returns how many were removed.
  @discardableResult
  public static func removeStaleTemporaryFiles(for path: String) -> Int {
    let folder = FileIO.directoryName(path)
    let prefix = ".\(FileIO.baseName(path)).tmp-"
    var removed = 0
    for name in FileIO.listDirectory(folder) where name.hasPrefix(prefix) {
      if unlink(folder + "/" + name) == 0 { removed += 1 }
    }
    return removed
  }

  /// The default folder for sessions: `$XDG_DATA_HOME/mlmaturity/sessions`,
  /// else `~/.local/share/mlmaturity/sessions`.
  public static func defaultDirectory(environment: [String: String]) -> String {
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
      return data + "/mlmaturity/sessions"
    }
    let home = environment["HOME"] ?? "."
    return home + "/.local/share/mlmaturity/sessions"
  }

  /// The session files (`*.json`) in `folder`, newest first by modification
  /// time.
  public static func recent(in folder: String) -> [String] {
    var entries: [(path: String, time: Int)] = []
    for name in FileIO.listDirectory(folder) where name.hasSuffix(".json") && !name.hasPrefix(".") {
      let path = folder + "/" + name
      var info = stat()
      guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
      entries.append((path, Int(info.st_mtim.tv_sec)))
    }
    return entries.sorted { $0.time != $1.time ? $0.time > $1.time : $0.path < $1.path }.map(\.path)
  }
}
