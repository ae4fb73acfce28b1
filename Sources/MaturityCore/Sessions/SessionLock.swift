#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An advisory lock that makes one process the only writer of a session.
///
/// The lock is an `flock` on a small file beside the session
/// (`.NAME.json.lock`), not on the session itself, because every save
/// replaces the session file by renaming a new one over it. The kernel
/// releases it when the process ends, however it ends (even `SIGKILL`), so a
/// crash never leaves a session locked.
///
/// The lock file names its holder (pid and command line), so a writer that
/// finds the session busy can say who has it. Taking the lock follows the
/// usual safe protocol: open, `flock`, then check that the path still names
/// the file locked (a holder releasing it unlinks the file first, and a user
/// may delete it); otherwise try again. ``release()`` unlinks the lock file
/// while still holding it, so no lock file stays behind after a run.
///
/// ```swift
/// if let lock = try SessionLock.acquire(for: path) {
///   // we are the writer until `lock` is released
/// } else {
///   // another mlmaturity has it open: read-only
/// }
/// ```
public final class SessionLock {
  private var descriptor: Int32
  /// The lock file's path.
  public let path: String
  /// What this process wrote into the lock file about itself.
  private let holder: String

  private init(descriptor: Int32, path: String, holder: String) {
    self.descriptor = descriptor
    self.path = path
    self.holder = holder
  }

  deinit { release() }

  /// The lock file that guards `sessionPath`.
  public static func lockPath(for sessionPath: String) -> String {
    "\(FileIO.directoryName(sessionPath))/.\(FileIO.baseName(sessionPath)).lock"
  }

  /// How this process describes itself in a lock file: `pid N, COMMAND`.
  public static var thisProcess: String {
    var words = CommandLine.arguments
    if let program = words.first { words[0] = FileIO.baseName(program) }
    let command = words.joined(separator: " ")
    let shown = command.count > 200 ? String(command.prefix(200)) + "…" : command
    return "pid \(getpid()), \(shown)"
  }

  /// Takes the lock for `sessionPath` without waiting.
  ///
  /// - Returns: the lock, or `nil` when another process holds it.
  /// - Throws: `.io` when the lock file cannot be created (e.g. a read-only
  ///   folder), `.missingFile` when the folder does not exist.
  public static func acquire(
    for sessionPath: String,
    holder: String = thisProcess
  ) throws(MaturityError) -> SessionLock? {
    let path = lockPath(for: sessionPath)
    // A few rounds at most: each retry means a holder released (and
    // unlinked) the file between our open and our flock.
    for _ in 0..<16 {
      let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
      guard descriptor >= 0 else { throw failure(path, "cannot create the lock file") }
      if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
        close(descriptor)
        return nil
      }
      if names(path, descriptor) {
        let lock = SessionLock(descriptor: descriptor, path: path, holder: holder)
        lock.writeHolder()
        return lock
      }
      close(descriptor)
    }
    return nil
  }

  /// Takes the lock for `sessionPath`, trying again every 10 ms for up to
  /// `seconds`.
  ///
  /// - Throws: `.busy` (exit 75) naming the holder when it stays taken;
  ///   otherwise as ``acquire(for:holder:)``.
  public static func acquire(
    for sessionPath: String,
    waitingUpTo seconds: Double,
    holder: String = thisProcess
  ) throws(MaturityError) -> SessionLock {
    let deadline = monotonicNanoseconds() + Int64(max(0, seconds) * 1e9)
    while true {
      if let lock = try acquire(for: sessionPath, holder: holder) { return lock }
      if monotonicNanoseconds() >= deadline { throw busy(sessionPath) }
      usleep(10_000)
    }
  }

  /// The error for a session another process holds: names the holder
  /// from its lock file.
  public static func busy(_ sessionPath: String) -> MaturityError {
    let who = holder(of: sessionPath).map { " (\($0))" } ?? ""
    return MaturityError(
      .busy,
      path: sessionPath,
      "another mlmaturity is writing this session\(who); close it or try again later"
    )
  }

  /// What the holder of the lock of `sessionPath` wrote about itself
  /// (`pid N, COMMAND`), or `nil` when there is no lock file or it is empty.
  public static func holder(of sessionPath: String) -> String? {
    holderText(lockPath(for: sessionPath))
  }

  /// Checks, before a save, that this process still holds the session:
  /// that the lock file at ``path`` is the one it locked. A lock file that
  /// was deleted is created and locked again, unless another process got
  /// there first.
  ///
  /// - Throws: `.busy` when another process took the session, `.io` or
  ///   `.missingFile` when the lock file cannot be made again (e.g. the
  ///   folder was deleted).
  public func confirm() throws(MaturityError) {
    guard descriptor >= 0 else {
      throw MaturityError(.busy, path: path, "the session's lock was already released")
    }
    if Self.names(path, descriptor) { return }
    guard !FileIO.exists(path) else {
      throw MaturityError(
        .busy,
        path: path,
        "the lock file was replaced and another process may be writing the session"
          + (Self.holderText(path).map { " (\($0))" } ?? "")
      )
    }
    let fresh = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard fresh >= 0 else {
      if errno == EEXIST {
        throw MaturityError(.busy, path: path, "another process took the session's lock")
      }
      throw Self.failure(path, "cannot create the lock file again")
    }
    guard flock(fresh, LOCK_EX | LOCK_NB) == 0 else {
      close(fresh)
      throw MaturityError(.busy, path: path, "another process took the session's lock")
    }
    close(descriptor)
    descriptor = fresh
    writeHolder()
  }

  /// Gives the lock up: unlinks the lock file (when it is still this
  /// lock's) while holding it, then unlocks. Waiting processes notice the
  /// file is gone and start again on a new one. Calling it twice is harmless.
  public func release() {
    guard descriptor >= 0 else { return }
    if Self.names(path, descriptor) { unlink(path) }
    flock(descriptor, LOCK_UN)
    close(descriptor)
    descriptor = -1
  }

  // MARK: - Private

  /// Writes ``holder`` into the lock file.
  private func writeHolder() {
    let bytes = Array((holder + "\n").utf8)
    guard ftruncate(descriptor, 0) == 0 else { return }
    _ = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
  }

  /// Whether `path` names the open file `descriptor` (same device and inode).
  private static func names(_ path: String, _ descriptor: Int32) -> Bool {
    guard let open = FileIdentity.of(descriptor: descriptor), let named = FileIdentity.of(path)
    else { return false }
    return open.isSameFile(as: named)
  }

  /// The holder text in the lock file at `lockPath`.
  private static func holderText(_ lockPath: String) -> String? {
    let descriptor = open(lockPath, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var bytes = [UInt8](repeating: 0, count: 512)
    let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    guard count > 0 else { return nil }
    let text = String(decoding: bytes[0..<count], as: UTF8.self).trimmingWhitespace()
    return text.isEmpty ? nil : text
  }

  private static func failure(_ path: String, _ what: String) -> MaturityError {
    let code = errno
    if code == ENOENT {
      return MaturityError(
        .missingFile,
        path: path,
        "\(what): the folder \(FileIO.directoryName(path)) does not exist"
      )
    }
    return MaturityError(.io, path: path, "\(what): \(String(cString: strerror(code)))")
  }

  private static func monotonicNanoseconds() -> Int64 {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
  }
}
