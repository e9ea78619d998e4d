import Foundation
import Testing
@testable import LateralCore

/// git's user.name read from its files, the same as git says; what this does not follow is
/// left to git.
struct GitConfigNameTests {
    @Test func valuesAsGitReadsThem() {
        #expect(GitConfigName.value(of: "user", "name", in: "[user]\n\tname = Ana Lima\n") == .name("Ana Lima"))
        #expect(GitConfigName.value(of: "user", "name", in: "[User]\nName=\"Ana \\\"A\\\" Lima\" # who\n") == .name("Ana \"A\" Lima"))
        #expect(GitConfigName.value(of: "user", "name", in: "[user] name = first\n[core]\nname = no\n[user]\n name = last ; old\n") == .name("last"))
        #expect(GitConfigName.value(of: "user", "name", in: "[user \"work\"]\nname = no\n") == .name(nil))
        #expect(GitConfigName.value(of: "user", "name", in: "[include]\npath = other\n") == .askGit)
        #expect(GitConfigName.value(of: "user", "name", in: "[includeIf \"gitdir:~/w/\"]\npath = w\n") == .askGit)
        #expect(GitConfigName.value(of: "user", "name", in: "[user]\nname = Ana \\\nLima\n") == .askGit)
    }

    @Test func theNameIsTheOneGitGives() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/git") else { return }
        let home = Fixtures.temporaryFolder()
        let repository = home + "/work/library"
        try FileManager.default.createDirectory(atPath: repository + "/Articles", withIntermediateDirectories: true)
        try "[user]\n\tname = Global Name\n\temail = g@example.org\n".write(toFile: home + "/.gitconfig", atomically: true, encoding: .utf8)
        func git(_ arguments: [String], in folder: String) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
            process.arguments = arguments
            process.currentDirectoryURL = URL(fileURLWithPath: folder)
            process.environment = ["HOME": home, "PATH": "/usr/bin:/bin", "GIT_CONFIG_NOSYSTEM": "1"]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let environment = ["HOME": home]
        #expect(GitConfigName.lookUp(environment: environment, folder: repository + "/Articles") == .name("Global Name"))
        _ = try git(["init", "-q"], in: repository)
        _ = try git(["config", "user.name", "Repository \"Desk\" Name"], in: repository)
        let expected = try git(["config", "user.name"], in: repository + "/Articles")
        #expect(expected == "Repository \"Desk\" Name")
        #expect(GitConfigName.lookUp(environment: environment, folder: repository + "/Articles") == .name(expected))
        #expect(GitConfigName.lookUp(environment: environment.merging(["GIT_CONFIG_GLOBAL": "/x"]) { $1 }, folder: repository) == .askGit)
    }

    @Test func theRepositoryIsFoundUpTheFolders() throws {
        let root = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/repo/.git", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/repo/a/b", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/worktree/c", withIntermediateDirectories: true)
        try "gitdir: /elsewhere\n".write(toFile: root + "/worktree/.git", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: root + "/plain", withIntermediateDirectories: true)
        #expect(GitConfigName.repositoryConfig(from: root + "/repo/a/b") == root + "/repo/.git/config")
        #expect(GitConfigName.repositoryConfig(from: root + "/repo/a/b/") == root + "/repo/.git/config")
        #expect(GitConfigName.repositoryConfig(from: root + "/repo") == root + "/repo/.git/config")
        #expect(GitConfigName.repositoryConfig(from: root + "/plain/../repo/a/./b") == root + "/repo/.git/config")
        // A .git file (a worktree, a submodule) is left to git.
        #expect(GitConfigName.repositoryConfig(from: root + "/worktree/c") == nil)
        #expect(GitConfigName.repositoryConfig(from: root + "/plain") == nil)
        #expect(GitConfigName.repositoryConfig(from: "/") == nil)
    }
}
