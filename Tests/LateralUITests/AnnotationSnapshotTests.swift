import Foundation
import LateralCore
import Testing
@testable import LateralUI

/// The annotation screens at the size a terminal opens at, on the sample library, compared
/// with golden files in Snapshots/ (nothing here is saved: each stops before its last key).
struct AnnotationSnapshotTests {
    init() { DisplayWidth.prepareLocale() }

    /// The sample article at 80×24 with its third claim selected.
    func thirdClaim() throws -> ReaderState {
        var state = step(try ReaderSnapshotTests.sampleState(width: 80, height: 24), .open)
        for _ in 0..<3 { state = step(state, .nextClaim) }
        return state
    }

    func expectSnapshot(_ state: ReaderState, named name: String) throws {
        let file = ReaderSnapshotTests.snapshots.appendingPathComponent(name + ".txt")
        try ReaderSnapshotTests.compare(GridSnapshot.text(of: render(state)), with: file, named: name)
    }

    @Test func theVerdictMenu() throws {
        try expectSnapshot(step(try thirdClaim(), .chooseVerdict), named: "verdict-menu-80x24")
    }

    @Test func theRationaleEditor() throws {
        var state = step(try thirdClaim(), .editRationale)
        for character in " Checked against the annex, 北京 ✔." { state = step(state, .edit(.insert(character))) }
        try expectSnapshot(state, named: "rationale-editor-80x24")
    }

    @Test func aSelection() throws {
        var state = step(try thirdClaim(), .startSelection)
        for motion in [CursorMotion.wordEnd, .wordEnd, .down] { state = step(state, .moveCursor(motion)) }
        try expectSnapshot(state, named: "selection-80x24")
    }

    @Test func theSourceForm() throws {
        var state = step(try thirdClaim(), .linkSource)
        state = step(state, .menuPick(0))
        for character in "Bank of Korea estimate" { state = step(state, .edit(.insert(character))) }
        state = step(state, .lineDown)
        try expectSnapshot(state, named: "source-form-80x24")
    }

    @Test func aConflictInTheSidePane() throws {
        var state = try thirdClaim()
        var open = try #require(state.article)
        let selected = try #require(open.selected)
        var sidecar = open.sidecar
        sidecar.claims[selected].conflicts = [
            Conflict(field: "verdict", kept: ConflictSide(value: .string("mostly-true"), author: "ana", time: "2026-01-02T03:04:05Z"),
                     other: ConflictSide(value: .string("mixed"), author: "ben", time: "2026-01-02T04:05:06Z")),
        ]
        open.update(to: sidecar, asciiGlyphs: state.asciiGlyphs)
        state.article = open
        try expectSnapshot(state, named: "conflict-80x24")
    }
}
