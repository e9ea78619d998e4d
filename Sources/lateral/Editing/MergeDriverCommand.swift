import ArgumentParser
import LateralCore

struct MergeDriverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-driver",
        abstract: "Merge two versions of a claims file for git, claim by claim and field by field.",
        discussion: """
            Set it up in a repository with two lines:
              echo '*.claims.json merge=lateral' >> .gitattributes
              git config merge.lateral.driver "lateral merge-driver %O %A %B"
            The result is written to OURS. Exit status 0 when the merge is clean; 1 when fields were \
            changed differently on both sides (recorded in the file as conflicts, which the reader \
            settles and `lateral check` reports); 2 when a version cannot be read (OURS is left as it was).
            """)

    @Argument(help: "The common ancestor (git's %O).") var base: String
    @Argument(help: "Our version, where the result is written (git's %A).") var ours: String
    @Argument(help: "Their version (git's %B).") var theirs: String

    func run() throws {
        let outcome: SidecarMerge.Outcome
        do {
            outcome = try SidecarFile.mergeFiles(base: base, ours: ours, theirs: theirs)
        } catch {
            Console.report(error)
            throw ExitStatus.usageOrUnreadable.code
        }
        if outcome.newConflicts > 0 {
            Console.error("\(ours): \(Plural.count(outcome.newConflicts, "conflict")) recorded in the file; `lateral check` lists them, and the reader settles each with one key (K or O on the claim)")
            throw ExitStatus.findings.code
        }
    }
}
