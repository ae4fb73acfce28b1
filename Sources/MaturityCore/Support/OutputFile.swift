#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a command's output to the file named with `-o`, safely.
///
/// The rules, also in the README's commands section:
///
/// - A path that does not exist yet, or names a regular file, is replaced
///   atomically (``FileIO/writeAtomically(_:to:)``): a reader sees the old
///   file or the new one, never half of it.
/// - A path that is one of the command's input files (the same device and
///   inode, whatever the spelling) is refused: `report s.json -o s.json`
///   would replace the session with its report.
/// - A stdout-like path — a character device (`/dev/stdout`, a terminal,
///   `/dev/null`, `/dev/full`), a FIFO, or anything under `/dev/` or
///   `/proc/` such as `/proc/self/fd/1` — is written by opening it, never
///   replaced; a write error (`/dev/full`: no space) is reported (exit 74).
/// - Anything else that exists and is not a regular file (a folder, a
///   socket, a block device) is refused and left alone.
public enum OutputFile {
  /// Writes `text` to `path` by the rules above; `inputs` are the files the
  /// command read.
  ///
  /// - Throws: `.usage` for a path that is an input or cannot be written
  ///   to, `.io` for write failures.
  public static func write(_ text: String, to path: String, inputs: [String]) throws(MaturityError)
  {
    var info = stat()
    guard stat(path, &info) == 0 else {
      try FileIO.writeAtomically(text, to: path)
      return
    }
    for input in inputs {
      var other = stat()
      if stat(input, &other) == 0 && other.st_dev == info.st_dev && other.st_ino == info.st_ino {
        throw MaturityError(
          .usage,
          path: path,
          "is an input of this command (\(input)); not overwritten: name another output file"
        )
      }
    }
    let type = info.st_mode & S_IFMT
    if type == S_IFCHR || type == S_IFIFO || isSpecialPath(path) {
      try writeInPlace(text, to: path)
    } else if type == S_IFREG {
      try FileIO.writeAtomically(text, to: path)
    } else {
      let kind = FileIO.nonRegularKind(info.st_mode) ?? "not a regular file"
      throw MaturityError(.usage, path: path, "is \(kind); not replaced: name a file")
    }
  }

  /// Whether `path`, or a symbolic link on the way to its target, lies
  /// under `/dev/` or `/proc/` (as `/dev/stdout` → `/proc/self/fd/1` does).
  static func isSpecialPath(_ path: String) -> Bool {
    var current = path
    for _ in 0..<40 {
      if current.hasPrefix("/dev/") || current.hasPrefix("/proc/") { return true }
      var buffer = [CChar](repeating: 0, count: 4096)
      let count = readlink(current, &buffer, buffer.count - 1)
      guard count > 0 else { return false }
      let target = String(
        decoding: buffer[0..<count].map { UInt8(bitPattern: $0) },
        as: UTF8.self
      )
      current = target.hasPrefix("/") ? target : FileIO.directoryName(current) + "/" + target
    }
    return false
  }

  /// Opens `path` for writing (truncating a regular file behind it), writes
  /// every byte and closes it, reporting every failure.
  static func writeInPlace(_ text: String, to path: String) throws(MaturityError) {
    // O_NONBLOCK: a FIFO nobody reads fails at once (ENXIO) instead of
    // blocking; the flag is cleared before writing.
    let fd = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)
    guard fd >= 0 else {
      if errno == ENXIO {
        throw MaturityError(.io, path: path, "cannot write: nothing reads from this FIFO")
      }
      throw FileIO.failure(path, verb: "cannot open for writing")
    }
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
    var info = stat()
    if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG {
      _ = ftruncate(fd, 0)
    }
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let count = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else {
        let error = FileIO.failure(path, verb: "cannot write")
        close(fd)
        throw error
      }
      bytes = bytes.dropFirst(count)
    }
    guard close(fd) == 0 else { throw FileIO.failure(path, verb: "cannot write") }
  }
}
