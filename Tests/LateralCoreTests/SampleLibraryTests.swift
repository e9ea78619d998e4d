import Foundation
import Testing
@testable import LateralCore

/// The sample library in Articles/ is what a new user opens first: it must load, anchor and
/// check clean, and its files must be exactly as Lateral writes them.
struct SampleLibraryTests {
    static let folder = Fixtures.repositoryRoot + "/Articles"

    @Test func everyArticleChecksClean() throws {
        let paths = try Library.articlePaths(in: Self.folder)
        #expect(!paths.isEmpty)
        for path in paths {
            let check = ArticleCheck.run(articlePath: path)
            #expect(check.findings.isEmpty, "\(check.findings)")
            #expect(check.anchors.allSatisfy { $0.method == .exact }, "\(path)")
        }
    }

    @Test func claimsFilesAreExactlyAsLateralWritesThem() throws {
        for path in try Library.articlePaths(in: Self.folder) {
            let file = try SidecarFile.readOrEmpty(forArticle: path)
            guard let bytes = file.originalBytes else { continue }
            #expect(SidecarFile.encode(file.sidecar) == bytes, "\(file.path)")
        }
    }

    @Test func everyVerdictRestsOnAPassageQuotedFromItsSource() throws {
        for path in try Library.articlePaths(in: Self.folder) {
            let sidecar = try SidecarFile.readOrEmpty(forArticle: path).sidecar
            for claim in sidecar.claims where claim.verdict.needsEvidence {
                let evidence = claim.links.filter { $0.relation != .cites && $0.passage != nil }
                #expect(!evidence.isEmpty, "\(claim.id) has no quoted passage behind its verdict")
            }
            for claim in sidecar.claims {
                #expect(claim.rationale?.isEmpty == false, "\(claim.id) has no rationale")
            }
        }
    }
}
