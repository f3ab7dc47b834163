/// Ties each product a sentence names to its maker: the lexicon's `owner`, else an owner the
/// text states right before it (`Anthropic's Claude`, `谷歌旗下的Gemini`, `OpenAI's latest
/// GPT-5`, `澄星Fold 4`) or through a possessive pronoun (`Helixmind's revenue … its Atlas models`: the
/// sentence's first organisation, else the document's last), else what the document stated
/// earlier for the same product.
struct ProductOwners {
    let rules: NameRules

    func assign(_ found: inout [EntityRecognizer.Found], in text: [Unicode.Scalar], names: inout DocumentNames) {
        for k in found.indices where found[k].type == .product && found[k].owner == nil {
            let stated = k > 0 ? statedOwner(of: found[k], after: found[k - 1], in: text) : nil
            if let owner = stated ?? pronounOwner(of: found[k], in: text, organisations: found[..<k], names: names) {
                found[k].owner = owner
                names.setOwner(owner, of: found[k].name)
            } else {
                found[k].owner = names.owner(of: found[k].name)
            }
        }
        // (set once, for the sentence's last organisation: the loop reads it only for a product
        // no organisation of the sentence precedes, before any of them would have set it)
        if let last = found.indices.last(where: { found[$0].type == .org }) { names.lastOrganisation = found[last].name }
    }

    private func pronounOwner(of product: EntityRecognizer.Found, in text: [Unicode.Scalar],
                              organisations before: ArraySlice<EntityRecognizer.Found>, names: DocumentNames) -> String? {
        var start = product.range.lowerBound
        while start > 0, text[start - 1] == " " { start -= 1 }
        if let modifier = rules.productModifiers.lengthEnding(at: start, in: text) {
            start -= modifier
            while start > 0, text[start - 1] == " " { start -= 1 }
        }
        guard let pronoun = rules.ownerPronouns.lengthEnding(at: start, in: text) else { return nil }
        let first = start - pronoun
        if first > 0, isLatinLetter(text[first]), isAlphanumeric(text[first - 1]) { return nil }
        return before.first { $0.type == .org }?.name ?? names.lastOrganisation
    }

    /// The maker named just before a product, joined to it by a possessive (`'s`, `的`,
    /// `旗下`, `推出的`) and at most one modifier (`new`, `最新`).
    private func statedOwner(of product: EntityRecognizer.Found, after maker: EntityRecognizer.Found,
                             in text: [Unicode.Scalar]) -> String? {
        guard maker.type == .org, maker.range.upperBound <= product.range.lowerBound else { return nil }
        var i = maker.range.upperBound
        // `澄星Fold 4`, `华为Mate 70`: a Chinese maker's name glued to a Latin model's
        if i == product.range.lowerBound { return isHan(text[i - 1]) && isLatinLetter(text[i]) ? maker.name : nil }
        guard let link = rules.ownerLinks.longestMatch(in: text, at: i) else { return nil }
        i = afterSpaces(i + link, in: text)
        if i < product.range.lowerBound, let modifier = rules.productModifiers.longestMatch(in: text, at: i) {
            i = afterSpaces(i + modifier, in: text)
        }
        return i == product.range.lowerBound ? maker.name : nil
    }

    private func afterSpaces(_ i: Int, in text: [Unicode.Scalar]) -> Int {
        var k = i
        while k < text.count, text[k] == " " { k += 1 }
        return k
    }
}
