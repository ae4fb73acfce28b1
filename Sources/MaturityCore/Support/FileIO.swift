#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads and writes whole files with POSIX calls, so the core needs no
/// Foundation, and every failure becomes a ``MaturityError`` naming the path.
public enum FileIO {
  /// The largest file mlmaturity reads: 16 MiB, twice the largest session
  /// the tool writes (`SessionLimits.maximumSessionBytes`, 8 MiB), so
  /// every file the tool writes it can read back. Keep it above that limit.
  public static let maximumFileBytes = 16 << 20

  /// Returns the bytes of the file at `path`.
  ///
  /// The file is opened with `O_NONBLOCK` and checked with `fstat` before
  /// anything is read, so a FIFO, a device or a socket named as a session
  /// is refused at once instead of blocking for ever; then the flag is
  /// cleared and the regular file read.
  ///
  /// - Throws: `.missingFile` when it does not exist, `.badData` when it is
  ///   larger than ``maximumFileBytes``, `.io` for a folder, anything that
  ///   is not a regular file, and read errors.
  public static func read(_ path: String) throws(MaturityError) -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    guard fd >= 0 else { throw failure(path, verb: "cannot open") }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw failure(path, verb: "cannot read") }
    if (info.st_mode & S_IFMT) == S_IFDIR {
      throw MaturityError(.io, path: path, "is a folder, not a file")
    }
    if let kind = nonRegularKind(info.st_mode) {
      throw MaturityError(.io, path: path, "is \(kind), not a regular file; name a JSON file")
    }
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
    if info.st_size > maximumFileBytes {
      throw tooLarge(path, size: Int(info.st_size))
    }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw failure(path, verb: "cannot read")
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
      if bytes.count > maximumFileBytes {
        throw tooLarge(path, size: nil)
      }
    }
    return bytes
  }

  /// What a non-regular file mode is, for messages; `nil` for a regular file.
  static func nonRegularKind(_ mode: mode_t) -> String? {
    switch mode & S_IFMT {
    case S_IFREG: nil
    case S_IFDIR: "a folder"
    case S_IFIFO: "a FIFO (named pipe)"
    case S_IFCHR: "a character device"
    case S_IFBLK: "a block device"
    case S_IFSOCK: "a socket"
    default: "not a regular file"
    }
  }

  private static func tooLarge(_ path: String, size: Int?) -> MaturityError {
    let actual = size.map { "\($0) bytes; " } ?? ""
    return MaturityError(
      .badData,
      path: path,
      "file too large (\(actual)the limit is \(maximumFileBytes >> 20) MiB, \(maximumFileBytes) "
        + "bytes): mlmaturity never "
        + "writes a session this large, so it was made or grown elsewhere; shorten its longest "
        + "notes in a text editor, or split it into several sessions"
    )
  }

  /// Whether something exists at `path`.
  public static func exists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
  }

  /// Whether `path` is a folder.
  public static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// Replaces the file at `path` with `text`, atomically.
  ///
  /// Writes a temporary file in the same folder, flushes it to disk
  /// (`fsync`), renames it over `path` and flushes the folder, so a reader
  /// (or a crash) sees either the old file or the new one, never a mix. On
  /// any failure the old file is left as it was and the temporary file is
  /// removed.
  public static func writeAtomically(_ text: String, to path: String) throws(MaturityError) {
    let folder = directoryName(path)
    let base = baseName(path)
    var template = Array("\(folder)/.\(base).tmp-XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemp(base)
    }
    guard fd >= 0 else {
      throw failure(path, verb: "cannot write (creating a temporary file in \(folder))")
    }
    let temporary = String(
      decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) },
      as: UTF8.self
    )
    var succeeded = false
    defer {
      if !succeeded { unlink(temporary) }
    }
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
      let count = bytes[written...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        let error = failure(path, verb: "cannot write")
        close(fd)
        throw error
      }
      written += count
    }
    // Keep the permissions of the file being replaced; new files get 0644.
    var info = stat()
    let mode = stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0o644
    fchmod(fd, mode)
    guard fsync(fd) == 0 else {
      let error = failure(path, verb: "cannot write (flushing to disk)")
      close(fd)
      throw error
    }
    guard close(fd) == 0 else { throw failure(path, verb: "cannot write") }
    guard rename(temporary, path) == 0 else { throw failure(path, verb: "cannot replace") }
    succeeded = true
    let folderFD = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if folderFD >= 0 {
      fsync(folderFD)
      close(folderFD)
    }
  }

  /// Creates `path` and its missing parents (like `mkdir -p`).
  public static func createDirectories(_ path: String) throws(MaturityError) {
    var current = path.hasPrefix("/") ? "" : "."
    for part in path.split(separator: "/") {
      current += "/" + part
      if isDirectory(current) { continue }
      if mkdir(current, 0o755) != 0 && errno != EEXIST {
        throw failure(current, verb: "cannot create the folder")
      }
    }
  }

  /// The names in folder `path` (no `.` or `..`), sorted; empty when it
  /// cannot be read.
  public static func listDirectory(_ path: String) -> [String] {
    (try? entries(path)) ?? []
  }

  /// The names in folder `path` (no `.` or `..`), sorted.
  ///
  /// - Throws: why the folder cannot be read (`permission denied`), naming
  ///   it.
  public static func entries(_ path: String) throws(MaturityError) -> [String] {
    guard let dir = opendir(path) else { throw failure(path, verb: "cannot read the folder") }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
  }

  /// The folder part of `path` (`.` for a bare name).
  public static func directoryName(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let folder = String(path[..<slash])
    return folder.isEmpty ? "/" : folder
  }

  /// The last component of `path`.
  public static func baseName(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }

  /// Where the symbolic link `path` points when nothing is there (a
  /// dangling link); `nil` for anything else.
  public static func danglingLinkTarget(_ path: String) -> String? {
    var info = stat()
    guard stat(path, &info) != 0, lstat(path, &info) == 0,
      (info.st_mode & S_IFMT) == S_IFLNK
    else { return nil }
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count >= 0 else { return "a missing file" }
    return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// An error for the `errno` of a failed call on `path`.
  static func failure(_ path: String, verb: String) -> MaturityError {
    let code = errno
    let reason = String(cString: strerror(code))
    if code == ENOENT {
      if let target = danglingLinkTarget(path) {
        return MaturityError(
          .missingFile,
          path: path,
          "\(verb): it is a symbolic link to \(target), which does not exist"
        )
      }
      return MaturityError(.missingFile, path: path, "\(verb): no such file or folder")
    }
    return MaturityError(.io, path: path, "\(verb): \(reason)")
  }
}
