import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program to completion and collects its exit status and output.
///
/// Two traps are avoided on purpose:
/// - Children get an empty signal mask and default signal actions.
///   Swift Testing runs tests on threads that block most signals, and a
///   child started with `Foundation.Process` inherits that mask
///   (swift-corelibs-foundation#4772), so SIGTERM, SIGINT and SIGWINCH would
///   never reach it.
/// - Output goes to temporary files, not pipes, so a chatty child can never
///   block on a full pipe, and a daemon it leaves behind (tmux) cannot keep
///   the read end waiting.
public enum ProcessRunner {
  /// Runs `executable` (a path, or a name looked up in `PATH`) with
  /// `arguments` and waits for it.
  ///
  /// - Parameters:
  ///   - stdin: text fed to standard input; `nil` connects `/dev/null`.
  ///   - environment: the child's whole environment; `nil` passes this
  ///     process's environment.
  ///   - currentDirectory: the child's working directory; `nil` keeps ours.
  /// - Returns: the exit status (`128 + n` if killed by signal `n`, 127 if it
  ///   could not be started, with the reason in `stderr`) and the output.
  ///
  /// ```swift
  /// let result = ProcessRunner.run(productURL("mlmaturity").path, ["--help"])
  /// #expect(result.status == 0)
  /// ```
  public static func run(
    _ executable: String,
    _ arguments: [String],
    stdin: String? = nil,
    environment: [String: String]? = nil,
    currentDirectory: String? = nil
  ) -> (status: Int32, stdout: String, stderr: String) {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("process-runner-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("stdin")
    let output = folder.appendingPathComponent("stdout")
    let errors = folder.appendingPathComponent("stderr")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data((stdin ?? "").utf8).write(to: input)
    } catch {
      return (127, "", "cannot prepare to run \(executable): \(error)")
    }
    let status = spawnAndWait(
      [executable] + arguments,
      environment: environment,
      currentDirectory: currentDirectory,
      stdin: stdin == nil ? "/dev/null" : input.path,
      stdout: output.path,
      stderr: errors.path
    )
    let stdoutText = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    let stderrText = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
    switch status {
    case .success(let code): return (code, stdoutText, stderrText)
    case .failure(let error): return (127, stdoutText, stderrText + error.description)
    }
  }

  /// glibc's `posix_spawn_file_actions_addchdir_np`, which `Glibc` does not
  /// import (it needs `_GNU_SOURCE`), looked up at run time.
  private static let addChdirAction: AddChdir? = dlsym(
    nil,
    "posix_spawn_file_actions_addchdir_np"
  ).map { unsafeBitCast($0, to: AddChdir.self) }

  private typealias AddChdir =
    @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

  /// Why a program could not be started.
  struct SpawnError: Error, CustomStringConvertible {
    /// A message naming the program and the reason.
    let description: String
  }

  /// Spawns `argv` with a clean signal mask and the given files as standard
  /// input, output and error, waits for it and returns its status.
  static func spawnAndWait(
    _ argv: [String],
    environment: [String: String]?,
    currentDirectory: String?,
    stdin: String,
    stdout: String,
    stderr: String
  ) -> Result<Int32, SpawnError> {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var emptyMask = sigset_t()
    sigemptyset(&emptyMask)
    posix_spawnattr_setsigmask(&attributes, &emptyMask)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGWINCH, SIGCHLD, SIGPIPE, SIGTSTP] {
      sigaddset(&defaults, signalNumber)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    if let currentDirectory {
      guard let addChdir = addChdirAction else {
        return .failure(SpawnError(description: "cannot change directory: glibc < 2.29"))
      }
      addChdir(&actions, currentDirectory)
    }

    let environment = (environment ?? ProcessInfo.processInfo.environment)
      .map { "\($0.key)=\($0.value)" }
    let cArguments = argv.map { strdup($0) } + [nil]
    let cEnvironment = environment.map { strdup($0) } + [nil]
    defer { (cArguments + cEnvironment).forEach { free($0) } }

    var pid = pid_t()
    let spawn = argv[0].contains("/") ? posix_spawn : posix_spawnp
    let result = spawn(&pid, argv[0], &actions, &attributes, cArguments, cEnvironment)
    guard result == 0 else {
      return .failure(
        SpawnError(description: "cannot run \(argv[0]): \(String(cString: strerror(result)))")
      )
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let signalNumber = status & 0x7F
    return .success(signalNumber == 0 ? (status >> 8) & 0xFF : 128 + signalNumber)
  }
}
