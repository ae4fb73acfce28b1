import Foundation
import MaturityCore
import Testing

/// One writer per session: the lock, its holder's name, and the checks a
/// save makes before it writes.
@Suite("Session writers: one lock holder, no clobbered files, no lock files left")
struct SessionWriterTests {
  static let now = Timestamp(secondsSince1970: 1_767_323_045)  // 2026-01-02T03:04:05Z

  /// A session answering `id` with `value`.
  static func session(_ id: String = "mlts.data.1", _ value: String = "automated") -> Session {
    var session = Session.new(banks: [], now: now)
    session.answers[id] = Answer(value: value, answeredAt: now.iso8601)
    return session
  }

  @Test("a held session makes a waiting writer fail with exit 75 naming the holder")
  func busyNamesHolder() throws {
    try withTemporaryFolder { folder in
      let path = folder + "/s.json"
      let holder = try SessionWriter.create(Self.session(), at: path, holder: "pid 42, wizard")
      defer { holder.release() }
      #expect(SessionLock.holder(of: path) == "pid 42, wizard")
      #expect(try SessionLock.acquire(for: path) == nil)
      let error = caught { try SessionLock.acquire(for: path, waitingUpTo: 0.05) }
      #expect(error?.exitCode == 75)
      #expect(error?.description.contains("pid 42, wizard") == true)
      let edit = caught {
        try SessionFile.update(at: path, waitingUpTo: 0.05, createWith: { Self.session() }) {
          $0.team = "lost"
        }
      }
      #expect(edit?.exitCode == 75)
      #expect(try SessionFile.load(path).team == "")
    }
  }

  @Test("an update reads the file under the lock, so updates one after another keep every answer")
  func updatesKeepEarlierAnswers() throws {
    try withTemporaryFolder { folder in
      let path = folder + "/s.json"
      for index in 1...5 {
        try SessionFile.update(at: path, createWith: { Self.session() }) {
          $0.answers["mlts.data.\(index + 1)"] = Answer(value: "manual")
        }
      }
      let ids = try SessionFile.load(path).answers.keys.sorted()
      #expect(ids == (1...6).map { "mlts.data.\($0)" })
    }
  }

  @Test("an edit that throws saves nothing and releases the lock")
  func failedEditSavesNothing() throws {
    try withTemporaryFolder { folder in
      let path = folder + "/s.json"
      try SessionFile.save(Self.session(), to: path)
      let before = try readFile(path)
      let error = caught {
        try SessionFile.update(at: path, createWith: { Self.session() }) { _ in
          throw MaturityError(.usage, "bad edit")
        }
      }
      #expect(error?.message == "bad edit")
      #expect(try readFile(path) == before)
      #expect(try folderContents(folder) == ["s.json"])
    }
  }

  @Test("releasing the lock removes the lock file; the next writer takes a fresh one")
  func releaseRemovesLockFile() throws {
    try withTemporaryFolder { folder in
      let path = folder + "/s.json"
      try SessionFile.update(at: path, createWith: { Self.session() }) { $0.team = "A" }
      #expect(try folderContents(folder) == ["s.json"])
      let writer = try #require(try SessionWriter.open(path)).0
      #expect(try folderContents(folder) == [".s.json.lock", "s.json"])
      writer.release()
      #expect(try folderContents(folder) == ["s.json"])
      #expect(try SessionLock.acquire(for: path) != nil)
    }
  }

  @Test("stale temporary files of an interrupted save go when the next writer takes the lock")
  func staleTemporaryFilesGo() throws {
    try withTemporaryFolder { folder in
      let path = folder + "/s.json"
      try SessionFile.save(Self.session(), to: path)
      try writeFile(folder + "/.s.json.tmp-AbC123", Array("{\"half".utf8))
      try writeFile(folder + "/other.json", Array("{}".utf8))
      try SessionFile.update(at: path, createWith: { Self.session() }) { $0.team = "B" }
      #expect(try folderContents(folder) == ["other.json", "s.json"])
    }
  }

  @Test("a deleted lock file lets another writer in, and the first one then refuses to save")
  func deletedLockFileHolderRefuses() throws {
    try withTemporaryFolder { folder in
      let path = folder + "/s.json"
      let first = try SessionWriter.create(Self.session(), at: path)
      defer { first.release() }
      unlink(SessionLock.lockPath(for: path))
      try SessionFile.update(at: path, createWith: { Self.session() }) {
        $0.answers["mlts.data.2"] = Answer(value: "manual")
      }
      let second = try readFile(path)
      let error = caught { try first.save(Self.session("mlts.data.3", "manual")) }
      #expect(error?.exitCode == 75)
      #expect(try readFile(path) == second)
    }
  }

  @Test("a deleted lock file nobody else took is made again, and the holder keeps saving")
  func deletedLockFileRecreated() throws {
    try withTemporaryFolder { folder in
      let path = folder + "/s.json"
      let writer = try SessionWriter.create(Self.session(), at: path, holder: "pid 7, test")
      defer { writer.release() }
      unlink(SessionLock.lockPath(for: path))
      try writer.save(Self.session("mlts.data.2", "manual"))
      #expect(try SessionFile.load(path).answers["mlts.data.2"]?.value == "manual")
      #expect(SessionLock.holder(of: path) == "pid 7, test")
      #expect(try SessionLock.acquire(for: path) == nil)
    }
  }

  @Test("a held lock file replaced by another one makes the holder refuse to save")
  func replacedLockFileHolderRefuses() throws {
    try withTemporaryFolder { folder in
      let path = folder + "/s.json"
      let writer = try SessionWriter.create(Self.session(), at: path)
      defer { writer.release() }
      let lockPath = SessionLock.lockPath(for: path)
      unlink(lockPath)
      let other = try #require(try SessionLock.acquire(for: path, holder: "pid 8, other"))
      defer { other.release() }
      let before = try readFile(path)
      let error = caught { try writer.save(Self.session("mlts.data.2", "manual")) }
      #expect(error?.exitCode == 75)
      #expect(try readFile(path) == before)
    }
  }

  @Test("a deleted folder is not made again by a save")
  func deletedFolderNotRecreated() throws {
    try withTemporaryFolder { folder in
      let sub = folder + "/team"
      let path = sub + "/s.json"
      let writer = try SessionWriter.create(Self.session(), at: path)
      defer { writer.release() }
      try FileManager.default.removeItem(atPath: sub)
      let error = caught { try writer.save(Self.session("mlts.data.2", "manual")) }
      #expect(error?.kind == .missingFile)
      #expect(error?.message.contains("was deleted") == true)
      #expect(!FileManager.default.fileExists(atPath: sub))
    }
  }

  @Test("a session file replaced or deleted behind the writer's back is not overwritten")
  func replacedSessionFileNotOverwritten() throws {
    try withTemporaryFolder { folder in
      let path = folder + "/s.json"
      let writer = try SessionWriter.create(Self.session(), at: path)
      defer { writer.release() }
      try writeFile(
        folder + "/new.json",
        Array(SessionFile.text(of: Self.session("x.y", "z")).utf8)
      )
      rename(folder + "/new.json", path)
      let replaced = try readFile(path)
      let error = caught { try writer.save(Self.session("mlts.data.2", "manual")) }
      #expect(error?.exitCode == 75)
      #expect(error?.message.contains("changed by another program") == true)
      #expect(try readFile(path) == replaced)
      unlink(path)
      let gone = caught { try writer.save(Self.session("mlts.data.2", "manual")) }
      #expect(gone?.message.contains("was deleted") == true)
      #expect(!FileManager.default.fileExists(atPath: path))
    }
  }

  @Test("saving elsewhere moves the lock to the new path and frees the old one")
  func saveElsewhereMovesLock() throws {
    try withTemporaryFolder { folder in
      let old = folder + "/s.json"
      let new = folder + "/copy/t.json"
      let writer = try SessionWriter.create(Self.session(), at: old)
      defer { writer.release() }
      try writer.save(Self.session("mlts.data.2", "manual"), to: new)
      #expect(writer.path == new)
      #expect(try SessionLock.acquire(for: new) == nil)
      #expect(try SessionLock.acquire(for: old) != nil)
      #expect(try folderContents(folder) == ["copy", "s.json"])
      try writer.save(Self.session("mlts.data.3", "manual"))
      #expect(try SessionFile.load(new).answers["mlts.data.3"] != nil)
    }
  }

  @Test("saving elsewhere to a path another process holds fails, and the writer keeps its own")
  func saveElsewhereToHeldPathFails() throws {
    try withTemporaryFolder { folder in
      let old = folder + "/s.json"
      let new = folder + "/t.json"
      let writer = try SessionWriter.create(Self.session(), at: old)
      defer { writer.release() }
      let other = try SessionWriter.create(Self.session(), at: new, holder: "pid 9, other")
      defer { other.release() }
      let error = caught { try writer.save(Self.session("mlts.data.2", "manual"), to: new) }
      #expect(error?.exitCode == 75)
      #expect(error?.description.contains("pid 9, other") == true)
      #expect(writer.path == old)
      try writer.save(Self.session("mlts.data.3", "manual"))
    }
  }
}
