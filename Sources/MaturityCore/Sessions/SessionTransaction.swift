extension SessionFile {
  /// How long a writer waits for another one to finish before giving up.
  public static let lockWaitSeconds = 2.0

  /// Changes the session at `path` as one transaction: takes its lock
  /// (waiting up to `seconds`), removes temporary files an interrupted save
  /// left, reads the file as it is now (or makes a new session with
  /// `create` when there is none, creating missing folders), applies `edit`
  /// to it, saves atomically and releases the lock.
  ///
  /// Two processes updating one file this way never lose each other's
  /// changes: the second reads what the first wrote.
  ///
  /// - Returns: the session as saved.
  /// - Throws: `.busy` (exit 75) naming the holder when another process
  ///   keeps the lock; what `edit` throws (nothing is saved then); load and
  ///   save errors as ``SessionWriter`` reports them.
  @discardableResult
  public static func update(
    at path: String,
    waitingUpTo seconds: Double = lockWaitSeconds,
    holder: String = SessionLock.thisProcess,
    createWith create: () throws -> Session,
    _ edit: (inout Session) throws -> Void
  ) throws -> Session {
    let folder = FileIO.directoryName(path)
    if !FileIO.isDirectory(folder) { try FileIO.createDirectories(folder) }
    let writer = try SessionWriter.take(path, waitingUpTo: seconds, holder: holder)
    defer { writer.release() }
    var session = try writer.load() ?? create()
    try edit(&session)
    try writer.save(session)
    return session
  }
}
