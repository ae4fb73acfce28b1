#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An advisory lock that makes one mlmaturity the only writer of a session.
///
/// The lock is taken on a small file beside the session
/// (`.NAME.json.lock`), not on the session itself, because every save
/// replaces the session file by renaming a new one over it. The kernel
/// releases the lock when the process ends, however it ends (even
/// `SIGKILL`), so a crash never leaves a session locked.
///
/// ```swift
/// if let lock = try SessionLock.acquire(for: path) {
///   // we are the writer until `lock` is released
/// } else {
///   // another mlmaturity has it open: read-only
/// }
/// ```
public final class SessionLock {
  private let descriptor: Int32
  /// The lock file's path.
  public let path: String

  private init(descriptor: Int32, path: String) {
    self.descriptor = descriptor
    self.path = path
  }

  deinit {
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }

  /// The lock file that guards `sessionPath`.
  public static func lockPath(for sessionPath: String) -> String {
    "\(FileIO.directoryName(sessionPath))/.\(FileIO.baseName(sessionPath)).lock"
  }

  /// Takes the lock for `sessionPath` without waiting.
  ///
  /// - Returns: the lock, or `nil` when another process holds it.
  /// - Throws: `.io` when the lock file cannot be created (e.g. a read-only
  ///   folder); callers may then go on without a lock.
  public static func acquire(for sessionPath: String) throws(MaturityError) -> SessionLock? {
    let path = lockPath(for: sessionPath)
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      let reason = String(cString: strerror(errno))
      throw MaturityError(.io, path: path, "cannot create the lock file: \(reason)")
    }
    if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      close(descriptor)
      return nil
    }
    return SessionLock(descriptor: descriptor, path: path)
  }
}
