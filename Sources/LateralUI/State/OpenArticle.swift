import LateralCore
import Synchronization

/// An article open in the reader: its claims anchored, their spans indexed, and its layout
/// for the current pane width.
public struct OpenArticle: Sendable {
    /// Which opening of the file this is (its request's id): claims read for it find it by this.
    public var id: Int
    public var path: String
    public var article: Article
    public private(set) var sidecar: Sidecar
    public var anchors: [AnchorResult]
    public var spans: ClaimSpans
    /// Anchored claims in text order (indexes into `sidecar.claims`).
    public var order: [Int]
    /// For each claim, its place in `order` (-1 for an orphan).
    public var placeInOrder: [Int] = []
    /// The side pane's list: the claims in text order, then the orphans; and each claim's place in it.
    public var listOrder: [Int] = []
    public var placeInList: [Int] = []
    /// The body's Markdown blocks, found once for every width it is laid out at.
    let pieces: [TextPiece]
    /// For each source, how many claims use it in each relation.
    public var sourceUses: [String: [Relation: Int]]
    /// For each source, the claims that use it (what its page lists).
    var usesBySource: [String: [SourceUse]] = [:]
    public var layout: ArticleLayout
    public var top: LinePosition
    public var selected: Int?
    /// A passage shown highlighted: the quoted passage of a source opened from a claim.
    public var highlighted: Range<Int>?
    /// The last search, whose matches are highlighted, and where it last matched.
    public var search: TextSearch?
    public var lastMatch: Range<Int>?
    /// Where every match of the last search starts (bytes of the text searched), found once
    /// per search, so that the status line can say "match 3/12".
    public var matchStarts: [Int] = []
    /// Whether keys move through the side pane's list instead of the article.
    public var sidePaneFocused = false
    /// In the side pane's list, a row that is not a claim of the article: a source (by its
    /// index in the claims file), or for a local copy, a claim that uses its source.
    public var listSelection: Int?
    /// Only claims with this verdict are stepped through with Tab; nil for all.
    public var verdictFilter: Verdict?
    /// Words being selected to become a claim (`v`), if they are.
    public var visual: VisualSelection?
    private let folded = FoldedText()

    /// The claims file as it was last read or written: the base of a merge at the next save.
    public var disk = DiskVersion(sidecar: Sidecar(), digest: nil)
    /// Changes made here, for `u`, and those undone, for Ctrl-R.
    public var undoStack: [SidecarChange] = []
    public var redoStack: [SidecarChange] = []
    /// Why the last save failed; the changes are kept here and written with the next one.
    public var unsavedProblem: String?
    /// Why the claims file could not be read; nothing is written over it then.
    public var claimsProblem: String?
    var saveSequence = 0
    /// How many times it was asked to be read again; only the newest answer is taken.
    var reloadSequence = 0

    /// The text a search looks in: the body, or its lower case for a term without capitals.
    func searchText(for search: TextSearch) -> ScalarText {
        search.isCaseSensitive ? article.body : folded.text(of: article.body)
    }

    /// The folder the article is in, where the local copies of its sources are found.
    public var folder: String {
        let folder = Path.folder(of: path)
        return folder.isEmpty ? "." : folder
    }

    /// Highlights the first occurrence of a passage; false when the text does not hold it.
    public mutating func highlight(_ passage: String) -> Bool {
        let bytes = Array(passage.utf8)
        guard let hit = article.body.occurrences(of: bytes, limit: 1).first else { return false }
        let start = article.body.scalarOffset(ofByte: hit)
        highlighted = start..<(start + passage.unicodeScalars.count)
        return true
    }

    /// Whether its claims are still being read and anchored; the text shows meanwhile.
    public var claimsPending = false
    /// Whether only the beginning of its text is shown yet, the rest being read.
    public var textPending = false
    /// A claim to select once the claims are read (`lateral read ARTICLE --claim ID`).
    public var claimToSelect: String?
    /// For a source's local copy: the source it is a copy of.
    public var sourceContext: SourceContext?

    public init(id: Int, path: String, article: Article, claims: LoadedClaims, width: Int, asciiGlyphs: Bool) {
        self.id = id
        self.path = path
        self.article = article
        sidecar = Sidecar()
        anchors = []
        spans = ClaimSpans(ranges: [])
        order = []
        sourceUses = [:]
        pieces = MarkdownBlocks.pieces(of: article.body)
        layout = ArticleLayout(text: article.body, width: width, markers: [], pieces: pieces, ascii: asciiGlyphs)
        top = layout.first
        install(claims, asciiGlyphs: asciiGlyphs)
    }

    /// Puts claims (read and anchored, perhaps on another thread) into the article, keeping
    /// the same text at the top of the screen.
    public mutating func install(_ claims: LoadedClaims, asciiGlyphs: Bool) {
        sidecar = claims.sidecar
        let anchors = claims.anchors
        self.anchors = anchors
        spans = ClaimSpans(ranges: anchors.map(\.range))
        order = anchors.indices.filter { anchors[$0].range != nil }
            .sorted { (anchors[$0].range!.lowerBound, $0) < (anchors[$1].range!.lowerBound, $1) }
        placeInOrder = Array(repeating: -1, count: anchors.count)
        for (place, claim) in order.enumerated() { placeInOrder[claim] = place }
        listOrder = order + anchors.indices.filter { anchors[$0].range == nil }
        placeInList = Array(repeating: 0, count: anchors.count)
        for (place, claim) in listOrder.enumerated() { placeInList[claim] = place }
        indexSources()
        selected = selected.flatMap { sidecar.claims.indices.contains($0) ? $0 : nil }
        claimsPending = false
        let topOffset = layout.startOffset(at: top)
        layout = OpenArticle.makeLayout(article.body, width: layout.width, sidecar: sidecar, anchors: anchors, asciiGlyphs: asciiGlyphs, pieces: pieces)
        top = layout.position(ofOffset: topOffset)
    }

    /// Takes a changed set of claims (an edit, an undo, a merge): claims whose quote and
    /// position did not change keep their anchors, the others are anchored anew; the
    /// selected claim stays selected.
    public mutating func update(to sidecar: Sidecar, asciiGlyphs: Bool) {
        if updateInPlace(to: sidecar, asciiGlyphs: asciiGlyphs) { return }
        var known: [String: (claim: Claim, anchor: AnchorResult)] = [:]
        known.reserveCapacity(self.sidecar.claims.count)
        for (claim, anchor) in zip(self.sidecar.claims, anchors) { known[claim.id] = (claim, anchor) }
        let selectedID = selected.map { self.sidecar.claims[$0].id }
        var anchorer: Anchorer?
        let anchors = sidecar.claims.map { claim -> AnchorResult in
            if let old = known[claim.id], old.claim.quote == claim.quote, old.claim.position == claim.position { return old.anchor }
            if anchorer == nil { anchorer = Anchorer(text: article.body) }
            return anchorer!.anchor(claim)
        }
        let listedSource = listedSourceID
        selected = nil
        install(LoadedClaims(sidecar: sidecar, anchors: anchors), asciiGlyphs: asciiGlyphs)
        selected = selectedID.flatMap { id in sidecar.claims.firstIndex { $0.id == id } }
        listSelection = position(ofSource: listedSource)
    }

    /// An edit inside claims (a note, a rationale, a verdict) leaves every claim where it was:
    /// their anchors and order stay, the text is laid out again only if a glyph changed, and
    /// the sources' uses are counted again only if a link did. On 50,000 claims this is the
    /// difference between a note saved at once and one that waits for the whole article's layout.
    private mutating func updateInPlace(to new: Sidecar, asciiGlyphs: Bool) -> Bool {
        let old = sidecar
        guard new.claims.count == old.claims.count else { return false }
        var glyphChanged = false
        var linksChanged = new.sources != old.sources
        for index in new.claims.indices {
            // Most claims are the very ones of before (one box shared), equal at once.
            if new.claims[index] == old.claims[index] { continue }
            guard new.claims[index].id == old.claims[index].id, new.claims[index].quote == old.claims[index].quote,
                  new.claims[index].position == old.claims[index].position else { return false }
            if new.claims[index].verdict != old.claims[index].verdict { glyphChanged = true }
            if new.claims[index].links != old.claims[index].links { linksChanged = true }
        }
        let listedSource = listedSourceID
        sidecar = new
        if linksChanged { indexSources() }
        if glyphChanged {
            let topOffset = layout.startOffset(at: top)
            layout = OpenArticle.makeLayout(article.body, width: layout.width, sidecar: new, anchors: anchors, asciiGlyphs: asciiGlyphs, pieces: pieces)
            top = layout.position(ofOffset: topOffset)
        }
        listSelection = position(ofSource: listedSource)
        return true
    }

    /// The source selected in the side list, by id, so that it stays selected when sources
    /// are added or removed around it.
    var listedSourceID: String? {
        guard sourceContext == nil, let row = listSelection, sidecar.sources.indices.contains(row) else { return nil }
        return sidecar.sources[row].id
    }

    func position(ofSource id: String?) -> Int? {
        guard sourceContext == nil else { return listSelection }
        return id.flatMap { id in sidecar.sources.firstIndex { $0.id == id } }
    }

    /// Which claims use each source, and how many in each relation, from the claims as they are.
    mutating func indexSources() {
        usesBySource = SourceUse.bySource(in: sidecar)
        sourceUses = usesBySource.mapValues { uses in
            var counts: [Relation: Int] = [:]
            for use in uses { counts[use.relation, default: 0] += 1 }
            return counts
        }
    }

    /// Lays the article out again for a new width, keeping the same text at the top.
    public mutating func relayout(width: Int, asciiGlyphs: Bool) {
        guard width != layout.width else { return }
        let topOffset = layout.startOffset(at: top)
        layout = OpenArticle.makeLayout(article.body, width: width, sidecar: sidecar, anchors: anchors, asciiGlyphs: asciiGlyphs, pieces: pieces)
        top = layout.position(ofOffset: topOffset)
    }

    private static func makeLayout(_ body: ScalarText, width: Int, sidecar: Sidecar, anchors: [AnchorResult],
                                   asciiGlyphs: Bool, pieces: [TextPiece]) -> ArticleLayout {
        let markers = anchors.indices.compactMap { index -> (offset: Int, claim: Int, glyph: String)? in
            guard let range = anchors[index].range else { return nil }
            let verdict = sidecar.claims[index].verdict
            return (range.lowerBound, index, asciiGlyphs ? verdict.asciiGlyph : verdict.glyph)
        }
        return ArticleLayout(text: body, width: width, markers: markers, pieces: pieces, ascii: asciiGlyphs)
    }
}

extension OpenArticle {
    /// The article read again: its new text (when it changed) and claims, with the view kept:
    /// the same text at the top, the same claim selected, the search, the filter, undo and redo.
    func reloaded(article newArticle: Article?, claims: LoadedClaims, disk: DiskVersion, asciiGlyphs: Bool) -> OpenArticle {
        var fresh = OpenArticle(id: id, path: path, article: newArticle ?? article, claims: claims, width: layout.width, asciiGlyphs: asciiGlyphs)
        fresh.disk = disk
        fresh.top = fresh.layout.position(ofOffset: min(layout.startOffset(at: top), fresh.article.body.scalarCount))
        let selectedID = selected.map { sidecar.claims[$0].id }
        fresh.selected = selectedID.flatMap { id in fresh.sidecar.claims.firstIndex { $0.id == id } }
        fresh.search = search
        if newArticle == nil {
            fresh.lastMatch = lastMatch
            fresh.matchStarts = matchStarts
            fresh.visual = visual
        }
        fresh.sidePaneFocused = sidePaneFocused
        fresh.listSelection = fresh.position(ofSource: listedSourceID)
        fresh.verdictFilter = verdictFilter
        fresh.undoStack = undoStack
        fresh.redoStack = redoStack
        fresh.unsavedProblem = unsavedProblem
        fresh.saveSequence = saveSequence
        fresh.reloadSequence = reloadSequence
        return fresh
    }
}

/// A claims file's content as it stands on disk.
public struct DiskVersion: Sendable {
    public var sidecar: Sidecar
    /// What the file holds; nil: there is no file yet.
    public var digest: ContentDigest?
    /// Where its claims stand in it, when known.
    public var claimPlaces: [Range<Int>]?
}

/// The body in lower case, made once per article on its first case-insensitive search and
/// shared by every copy of the article's state.
final class FoldedText: Sendable {
    private let cached = Mutex<ScalarText?>(nil)

    func text(of body: ScalarText) -> ScalarText {
        cached.withLock { cached in
            if let cached { return cached }
            let text = ScalarText(bytes: TextSearch.fold(bytes: body.bytes))
            cached = text
            return text
        }
    }
}

extension OpenArticle {
    /// How many claims are no longer where the claims file says, said once when they load:
    /// "since the claims file was written: 2 moved, 1 changed, 1 orphan".
    public var anchoringNotice: String? {
        var counts: [AnchorMethod: Int] = [:]
        for anchor in anchors where anchor.method != .exact { counts[anchor.method, default: 0] += 1 }
        guard !counts.isEmpty else { return nil }
        let parts = [(AnchorMethod.moved, "moved"), (.fuzzy, "changed"), (.orphan, "orphan")]
            .compactMap { method, word in counts[method].map { "\($0) \(word)\(method == .orphan && $0 > 1 ? "s" : "")" } }
        return "since the claims file was written: " + parts.joined(separator: ", ") + " (lateral check --fix records moves)"
    }
}

extension OpenArticle {
    /// The part of the body on the screen's rows of text, from the top line.
    public func shownRange(rows: Int) -> Range<Int> {
        let first = layout.startOffset(at: top)
        // The last row with text on it: the bottom row is often the blank line between paragraphs.
        var end = first
        var position = top
        for _ in 0..<max(rows, 1) {
            if let last = layout.line(at: position)?.last { end = max(end, last.offset + 1) }
            let next = layout.move(position, by: 1)
            if next == position { break }
            position = next
        }
        return first..<max(first, min(end, article.body.scalarCount))
    }

    /// Which match of the last search is the current one, and how many there are.
    public var currentMatchPlace: (current: Int, total: Int)? {
        guard let match = lastMatch, let search, !matchStarts.isEmpty else { return nil }
        let byte = searchText(for: search).byteOffset(ofScalar: match.lowerBound)
        return (matchStarts.partitionPoint { $0 >= byte } + 1, matchStarts.count)
    }
}
