import Foundation
import MaturityCore
import Testing

/// Reading refuses what is not a regular file without waiting on it, and
/// `-o` output never replaces an input, a folder or a device.
@Suite("Files: reading non-regular files and writing -o output safely")
struct FileIOTests {
  @Test("a FIFO named as a file is refused at once, not read or waited on")
  func fifoIsRefused() throws {
    try withTemporaryFolder { folder in
      let path = folder + "/f.json"
      #expect(mkfifo(path, 0o600) == 0)
      // Should the reader wait on the FIFO, a writer comes along and closes
      // it at once, so the read ends (with nothing) instead of hanging the
      // test: that mistake then fails below rather than blocking.
      let writer = Thread {
        let deadline = Date().addingTimeInterval(2)
        while Date() < deadline {
          let fd = open(path, O_WRONLY | O_NONBLOCK)
          if fd >= 0 {
            close(fd)
            return
          }
          usleep(20_000)
        }
      }
      writer.start()
      let error = caught { try FileIO.read(path) }
      #expect(error?.kind == .io)
      #expect(error?.message.contains("FIFO") == true, "\(String(describing: error))")
      #expect(error?.message.contains("not a regular file") == true)
    }
  }

  @Test("-o naming an input file, under any spelling, is refused and the input kept")
  func outputThatIsAnInputIsRefused() throws {
    try withTemporaryFolder { folder in
      let path = folder + "/s.json"
      try writeFile(path, Array("{\"formatVersion\": 1}\n".utf8))
      try FileManager.default.createDirectory(
        atPath: folder + "/sub",
        withIntermediateDirectories: false
      )
      for spelling in [path, folder + "/sub/../s.json"] {
        let error = caught { try OutputFile.write("# report\n", to: spelling, inputs: [path]) }
        #expect(error?.kind == .usage)
        #expect(error?.message.contains("is an input") == true)
      }
      #expect(try readFile(path) == Array("{\"formatVersion\": 1}\n".utf8))
    }
  }

  @Test("-o naming a folder is refused and the folder left alone")
  func outputThatIsAFolderIsRefused() throws {
    try withTemporaryFolder { folder in
      let target = folder + "/out"
      try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
      try writeFile(target + "/keep", Array("k".utf8))
      let error = caught { try OutputFile.write("text\n", to: target, inputs: []) }
      #expect(error?.kind == .usage)
      #expect(error?.message.contains("a folder") == true)
      #expect(try folderContents(target) == ["keep"])
      #expect(try folderContents(folder) == ["out"])
    }
  }

  @Test("-o naming a FIFO writes into it and leaves it a FIFO")
  func outputToAFIFOIsWrittenInPlace() throws {
    try withTemporaryFolder { folder in
      let path = folder + "/pipe"
      #expect(mkfifo(path, 0o600) == 0)
      let reader = open(path, O_RDONLY | O_NONBLOCK)
      #expect(reader >= 0)
      defer { close(reader) }
      try OutputFile.write("through the pipe\n", to: path, inputs: [])
      var bytes = [UInt8](repeating: 0, count: 64)
      let count = read(reader, &bytes, bytes.count)
      #expect(count > 0)
      #expect(String(decoding: bytes.prefix(max(0, count)), as: UTF8.self) == "through the pipe\n")
      var info = stat()
      #expect(lstat(path, &info) == 0)
      #expect((info.st_mode & S_IFMT) == S_IFIFO, "the FIFO was replaced")
    }
  }

  @Test("-o naming a FIFO nobody reads fails at once with an I/O error")
  func outputToAnUnreadFIFOFails() throws {
    try withTemporaryFolder { folder in
      let path = folder + "/pipe"
      #expect(mkfifo(path, 0o600) == 0)
      let error = caught { try OutputFile.write("x\n", to: path, inputs: []) }
      #expect(error?.kind == .io)
      #expect(error?.message.contains("nothing reads") == true)
    }
  }

  @Test("-o through a symbolic link to /dev/null writes to the device and keeps the link")
  func outputThroughALinkToADeviceKeepsTheLink() throws {
    try withTemporaryFolder { folder in
      let link = folder + "/out.md"
      #expect(symlink("/dev/null", link) == 0)
      try OutputFile.write("discarded\n", to: link, inputs: [])
      var info = stat()
      #expect(lstat(link, &info) == 0)
      #expect((info.st_mode & S_IFMT) == S_IFLNK, "the link was replaced by a file")
      #expect(try folderContents(folder) == ["out.md"])
    }
  }

  @Test(
    "-o /dev/full reports no space (exit 74) and /dev/full stays a device",
    .enabled(if: FileManager.default.fileExists(atPath: "/dev/full"))
  )
  func outputToDevFullFails() throws {
    let error = caught { try OutputFile.write("report\n", to: "/dev/full", inputs: []) }
    #expect(error?.kind == .io)
    #expect(error?.exitCode == 74)
    #expect(error?.message.contains("No space") == true, "\(String(describing: error))")
    var info = stat()
    #expect(lstat("/dev/full", &info) == 0)
    #expect((info.st_mode & S_IFMT) == S_IFCHR)
  }

  @Test("-o naming a new file or a regular file replaces it with the text")
  func outputToARegularFile() throws {
    try withTemporaryFolder { folder in
      let path = folder + "/r.md"
      try OutputFile.write("one\n", to: path, inputs: [folder + "/s.json"])
      #expect(try readFile(path) == Array("one\n".utf8))
      try OutputFile.write("two\n", to: path, inputs: [folder + "/s.json"])
      #expect(try readFile(path) == Array("two\n".utf8))
      #expect(try folderContents(folder) == ["r.md"])
    }
  }

  @Test(
    "an atomic write that fails after its temporary file exists keeps the target and removes the temporary file"
  )
  func failedAtomicWriteLeavesNoTemporaryFile() throws {
    // The rename fails whoever runs the test (root too): the target is a
    // folder that is not empty. By then the temporary file is written.
    try withTemporaryFolder { folder in
      let target = folder + "/team.json"
      try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
      try writeFile(target + "/inside", Array("old".utf8))
      let error = caught { try FileIO.writeAtomically("{\"new\": true}\n", to: target) }
      #expect(error?.kind == .io)
      #expect(error?.exitCode == 74)
      #expect(error?.path == target)
      #expect(try folderContents(folder) == ["team.json"], "a temporary file was left")
      #expect(try readFile(target + "/inside") == Array("old".utf8))
    }
  }
}
