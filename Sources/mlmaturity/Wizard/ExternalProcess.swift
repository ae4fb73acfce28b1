#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// Runs another program in the foreground and waits for it.
enum ExternalProcess {
  /// Runs `arguments` (the first is the program path), sharing the terminal;
  /// returns its exit status, or -1 when it could not start.
  static func run(_ arguments: [String]) -> Int32 {
    var pid = pid_t()
    var cArguments = arguments.map { strdup($0) }
    cArguments.append(nil)
    defer { cArguments.forEach { free($0) } }
    let result = posix_spawnp(&pid, arguments[0], nil, nil, cArguments, environ)
    guard result == 0 else { return -1 }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
  }
}
