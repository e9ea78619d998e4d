/// An article's judged claims as schema.org `ClaimReview` JSON-LD, as fact-check publishers
/// give them to search engines: the claim reviewed, its rating on DESIGN.md's scale (5 true …
/// 1 false; "Unverifiable" by name only), who made it and where it appeared, who reviewed it
/// and when. Claims not judged yet, and opinions, are left out: there is nothing to rate.
public enum ClaimReviewExport {
    /// - Parameter publishedAt: the address of the page the fact-check is published on; each
    ///   review's `url` is it with the claim's id as fragment. Without it there is no `url`.
    public static func graph(article: Article, sidecar: Sidecar, publishedAt: String?) -> JSONValue {
        let reviews = sidecar.claims.filter { $0.verdict.claimReviewRating != nil || $0.verdict == .unverifiable }
            .map { review($0, article: article, publishedAt: publishedAt) }
        return .object(["@context": .string("https://schema.org"), "@graph": .array(reviews)])
    }

    static func review(_ claim: Claim, article: Article, publishedAt: String?) -> JSONValue {
        var rating: [String: JSONValue] = ["@type": .string("Rating"), "alternateName": .string(claim.verdict.label.capitalizedFirst)]
        if let value = claim.verdict.claimReviewRating {
            rating["ratingValue"] = .number(value)
            rating["bestRating"] = .number(5)
            rating["worstRating"] = .number(1)
        }
        let metadata = article.metadata
        let appearance: JSONValue = .object([
            "@type": .string("NewsArticle"), "headline": .string(article.title), "url": JSONValue.string(metadata.url),
            "datePublished": JSONValue.string(metadata.date),
            "publisher": metadata.outlet.map { .object(["@type": .string("Organization"), "name": .string($0)]) },
            "author": metadata.author.map { .object(["@type": .string("Person"), "name": .string($0)]) },
        ])
        // The verdict's date: when it was last set, else when the claim was last changed.
        let judged = claim.history.last?.time ?? claim.modified?.time ?? claim.created?.time
        let reviewer = claim.history.last?.author ?? claim.modified?.author ?? claim.created?.author
        return .object([
            "@type": .string("ClaimReview"),
            "claimReviewed": .string(claim.quote.exact),
            "reviewRating": .object(rating),
            "reviewBody": JSONValue.string(claim.rationale),
            "itemReviewed": .object([
                "@type": .string("Claim"),
                // Lateral does not record whether a claimant is a person or an organization.
                "author": claim.claimant.map { .object(["name": .string($0)]) },
                "appearance": appearance,
            ]),
            "author": reviewer.map { .object(["@type": .string("Person"), "name": .string($0)]) },
            "datePublished": judged.map { .string(String($0.prefix(10))) },
            "url": publishedAt.map { .string($0 + "#" + claim.id) },
        ])
    }
}

extension String {
    /// "Mostly true" from "mostly true".
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
