/// An article's claims as read from its claims file and anchored in its text: the slow part
/// of opening a large article, done apart from the text so that the text can show first.
public struct LoadedClaims: Sendable, Hashable {
    public var sidecar: Sidecar
    public var anchors: [AnchorResult]
    /// What the claims file held when read (nil: there is none yet), so that a save can tell
    /// whether another program changed it since.
    public var diskDigest: ContentDigest?
    /// Where each claim's bytes stand in the file read, when it was read a piece at a time,
    /// so that a save of a few claims need not look for them in 45 MB.
    public var claimPlaces: [Range<Int>]?

    public static let none = LoadedClaims(sidecar: Sidecar(), anchors: [])

    public init(sidecar: Sidecar, anchors: [AnchorResult], diskDigest: ContentDigest? = nil, claimPlaces: [Range<Int>]? = nil) {
        self.sidecar = sidecar
        self.anchors = anchors
        self.diskDigest = diskDigest
        self.claimPlaces = claimPlaces
    }

    /// Reads the claims file beside an article and anchors its claims in the article's body.
    public static func load(articlePath: String, body: ScalarText) -> Result<LoadedClaims, FileProblem> {
        // Read a piece at a time when it reads cleanly, so that the file is not held beside its
        // claims; else whole, which says what is wrong.
        if let (sidecar, digest, places) = StreamedClaimsFile.read(SidecarFile.path(forArticle: articlePath)) {
            let anchorer = Anchorer(text: body)
            return .success(LoadedClaims(sidecar: sidecar, anchors: sidecar.claims.map(anchorer.anchor), diskDigest: digest, claimPlaces: places))
        }
        do {
            let file = try SidecarFile.readOrEmpty(forArticle: articlePath)
            let anchorer = Anchorer(text: body)
            return .success(LoadedClaims(sidecar: file.sidecar, anchors: file.sidecar.claims.map(anchorer.anchor), diskDigest: ContentDigest(file.originalBytes)))
        } catch {
            return .failure(error)
        }
    }
}
