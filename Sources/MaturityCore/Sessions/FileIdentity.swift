#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What tells one version of a file from another without reading it:
/// device, inode, size and the modification and change times (to the
/// nanosecond).
///
/// Every save replaces a session file by renaming a new one over it, so a
/// file another program wrote has another inode (or, if the number was
/// reused, other times); comparing identities before writing tells whether
/// the file is still the one this process last read or wrote.
public struct FileIdentity: Sendable, Equatable, CustomStringConvertible {
  /// The device the file is on.
  public var device: UInt64
  /// The file's inode number.
  public var inode: UInt64
  /// The size in bytes.
  public var size: Int64
  /// The last modification, in nanoseconds since 1970.
  public var modified: Int64
  /// The last status change (rename, chmod…), in nanoseconds since 1970.
  public var changed: Int64

  /// The identity of what `stat` returned.
  init(_ info: stat) {
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
    size = Int64(info.st_size)
    modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
  }

  /// The identity of the file at `path`, or `nil` when nothing is there.
  public static func of(_ path: String) -> FileIdentity? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return FileIdentity(info)
  }

  /// The identity of the open file `descriptor`, or `nil` when `fstat` fails.
  public static func of(descriptor: Int32) -> FileIdentity? {
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return nil }
    return FileIdentity(info)
  }

  /// Whether both name the same file (device and inode), whatever its content.
  public func isSameFile(as other: FileIdentity) -> Bool {
    device == other.device && inode == other.inode
  }

  /// `device:inode, N bytes`, for messages and tests.
  public var description: String { "\(device):\(inode), \(size) bytes" }
}
