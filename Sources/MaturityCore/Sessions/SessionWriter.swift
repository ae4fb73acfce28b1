/// The one writer of a session file: holds its ``SessionLock`` and
/// remembers the file's ``FileIdentity`` as this process last read or wrote
/// it, so a save never overwrites a file that changed behind its back.
///
/// Before every write it checks that the folder is still there (it is never
/// created again silently), that the lock file is still the one it holds
/// (see ``SessionLock/confirm()``), and that the session file is the one it
/// knows. Any of these failing is an error and the file is left alone; the
/// caller keeps the session in memory and may save it elsewhere with
/// ``save(_:to:)``.
///
/// Not thread-safe: use one writer from one thread at a time.
public final class SessionWriter {
  /// The session file this writer writes.
  public private(set) var path: String
  private var lock: SessionLock
  /// The file as last read or written here; `nil` when there was none.
  private var known: FileIdentity?

  private init(path: String, lock: SessionLock) {
    self.path = path
    self.lock = lock
  }

  deinit { lock.release() }

  /// Takes the lock of `path`, waiting up to `seconds` for a short-lived
  /// holder (a `set`) to finish, and reads the session under it.
  ///
  /// - Returns: the writer and the session, or `nil` when another process
  ///   keeps the lock.
  /// - Throws: as ``SessionFile/load(_:)`` and ``SessionLock/acquire(for:holder:)``.
  public static func open(
    _ path: String,
    waitingUpTo seconds: Double = 0,
    holder: String = SessionLock.thisProcess
  ) throws(MaturityError) -> (SessionWriter, Session)? {
    let taken: SessionLock?
    do {
      taken = try SessionLock.acquire(for: path, waitingUpTo: seconds, holder: holder)
    } catch  where error.kind == .busy {
      taken = nil
    }
    guard let lock = taken else { return nil }
    let writer = SessionWriter(path: path, lock: lock)
    SessionFile.removeStaleTemporaryFiles(for: path)
    guard let session = try writer.load() else {
      throw MaturityError(.missingFile, path: path, "cannot open: no such file or folder")
    }
    return (writer, session)
  }

  /// Takes the lock of `path`, waiting up to `seconds` (see
  /// ``SessionLock/acquire(for:waitingUpTo:holder:)``), and removes the
  /// temporary files an interrupted save left. Read the file with ``load()``.
  ///
  /// - Throws: `.busy` naming the holder when the lock stays taken.
  public static func take(
    _ path: String,
    waitingUpTo seconds: Double,
    holder: String = SessionLock.thisProcess
  ) throws(MaturityError) -> SessionWriter {
    let lock = try SessionLock.acquire(for: path, waitingUpTo: seconds, holder: holder)
    SessionFile.removeStaleTemporaryFiles(for: path)
    let writer = SessionWriter(path: path, lock: lock)
    writer.known = FileIdentity.of(path)
    return writer
  }

  /// Takes the lock of `path` without waiting, for a file that must not
  /// exist yet (a new session, or a copy saved elsewhere by a process
  /// without a writer).
  ///
  /// - Throws: `.busy` naming the holder when another process holds it.
  public static func claim(
    _ path: String,
    holder: String = SessionLock.thisProcess
  ) throws(MaturityError) -> SessionWriter {
    guard let lock = try SessionLock.acquire(for: path, holder: holder) else {
      throw SessionLock.busy(path)
    }
    SessionFile.removeStaleTemporaryFiles(for: path)
    let writer = SessionWriter(path: path, lock: lock)
    writer.known = FileIdentity.of(path)
    return writer
  }

  /// Reads the session, remembering which file it came from; `nil` when
  /// there is no file.
  public func load() throws(MaturityError) -> Session? {
    // The identity is taken before reading: if the file changes in
    // between, the next save sees a difference and refuses, never the
    // other way round.
    known = FileIdentity.of(path)
    guard known != nil else { return nil }
    return try SessionFile.load(path)
  }

  /// Writes `session` over the file this writer knows, atomically.
  ///
  /// - Throws: `.missingFile` when the folder was deleted, `.busy` when the
  ///   lock was lost or the file was replaced or deleted by someone else;
  ///   the file is then left as it is. `.io` when writing fails.
  public func save(_ session: Session) throws(MaturityError) {
    let folder = FileIO.directoryName(path)
    guard FileIO.isDirectory(folder) else {
      throw MaturityError(
        .missingFile,
        path: path,
        "the folder \(folder) was deleted while the session was open; not created again"
      )
    }
    try lock.confirm()
    let current = FileIdentity.of(path)
    if current != known {
      let what =
        current == nil
        ? "was deleted"
        : known == nil ? "was created by another program" : "was changed by another program"
      throw MaturityError(.busy, path: path, "\(what) since it was opened; not overwritten")
    }
    try FileIO.writeAtomically(SessionFile.text(of: session), to: path)
    known = FileIdentity.of(path)
  }

  /// Saves `session` to `newPath` and makes that the session this writer
  /// holds: takes `newPath`'s lock first (without waiting), creates missing
  /// folders (the user named them), writes, then gives up the old lock.
  /// With `newPath` equal to ``path`` this is ``save(_:)``.
  ///
  /// - Throws: `.busy` naming the holder when another process holds
  ///   `newPath`; on any failure this writer keeps its old path and lock.
  public func save(_ session: Session, to newPath: String) throws(MaturityError) {
    guard newPath != path else { return try save(session) }
    let other = try Self.create(session, at: newPath)
    let old = lock
    lock = other.lock
    path = other.path
    known = other.known
    other.lock = old
    old.release()
  }

  /// Saves `session` to `path` as a new writer holding `path`'s lock:
  /// for a process that holds no lock yet (a new session, or a read-only
  /// wizard saving a copy elsewhere).
  ///
  /// - Throws: `.busy` naming the holder when another process holds `path`.
  public static func create(
    _ session: Session,
    at path: String,
    holder: String = SessionLock.thisProcess
  ) throws(MaturityError) -> SessionWriter {
    let folder = FileIO.directoryName(path)
    if !FileIO.isDirectory(folder) { try FileIO.createDirectories(folder) }
    let writer = try claim(path, holder: holder)
    try FileIO.writeAtomically(SessionFile.text(of: session), to: path)
    writer.known = FileIdentity.of(path)
    return writer
  }

  /// Gives the lock up (see ``SessionLock/release()``); the writer cannot
  /// save afterwards.
  public func release() { lock.release() }
}
