/// An article's claims as read from its claims file and anchored in its text: the slow part
/// of opening a large article, done apart from the text so that the text can show first.
public struct LoadedClaims: Sendable, Hashable {
    public var sidecar: Sidecar
    public var anchors: [AnchorResult]

    public static let none = LoadedClaims(sidecar: Sidecar(), anchors: [])

    public init(sidecar: Sidecar, anchors: [AnchorResult]) {
        self.sidecar = sidecar
        self.anchors = anchors
    }

    /// Reads the claims file beside an article and anchors its claims in the article's body.
    public static func load(articlePath: String, body: ScalarText) -> Result<LoadedClaims, FileProblem> {
        do {
            let sidecar = try SidecarFile.readOrEmpty(forArticle: articlePath).sidecar
            let anchorer = Anchorer(text: body)
            return .success(LoadedClaims(sidecar: sidecar, anchors: sidecar.claims.map(anchorer.anchor)))
        } catch {
            return .failure(error)
        }
    }
}
