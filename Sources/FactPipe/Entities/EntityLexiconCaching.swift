/// The files an entity lexicon is built from, as they stand before it is built, and the
/// program building it: a lexicon kept in a cache folder is read back only by the same
/// program, for the same unchanged files. `nil` where one of them cannot be named (no
/// `simplified.tsv`, whose fold ICU's transliterator stands in for, or no executable).
struct EntityLexiconSources {
    let entities: String
    /// The lines a kept lexicon starts with.
    let header: String
    /// When the latest of the files changed, in seconds.
    let changed: Int

    init?(entities: String, simplified: String?) {
        guard let program = FileIdentity.executable, let simplified,
              let entitiesFile = FileIdentity(path: entities), let simplifiedFile = FileIdentity(path: simplified) else { return nil }
        self.entities = entities
        header = "factpipe entity lexicon 2\nprogram \(program.text)\nentities \(entitiesFile.text)\nsimplified \(simplifiedFile.text)"
        changed = max(entitiesFile.changed, simplifiedFile.changed)
    }
}

/// A built entity lexicon, kept in a cache folder as `entities-<hash of the path>.lexicon`.
extension CacheFolder {
    func entityLexicon(of sources: EntityLexiconSources, simplified: [UInt32: UInt32]?) -> EntityLexicon? {
        guard let bytes = read("entities.lexicon", of: sources.entities),
              var archive = ArchiveReader(bytes, header: sources.header) else { return nil }
        return EntityLexicon(reading: &archive, simplified: simplified)
    }

    func remember(_ lexicon: EntityLexicon, of sources: EntityLexiconSources) {
        var archive = ArchiveWriter(header: sources.header)
        lexicon.write(to: &archive)
        store(archive.finished(), as: "entities.lexicon", of: sources.entities, changed: sources.changed)
    }
}

extension EntityLexicon {
    /// Entities (name, type, owner), then the aliases (entity, and where the form and the form
    /// in another case stand among all the forms' code points), then the trie.
    func write(to archive: inout ArchiveWriter) {
        archive.write(entities.count)
        for entity in entities { archive.write(entity.name) }
        archive.write(entities.map { UInt8(EntityType.allCases.firstIndex(of: $0.type)!) })
        archive.write(entities.map { $0.owner == nil ? UInt8(0) : 1 })
        for entity in entities { if let owner = entity.owner { archive.write(owner) } }
        var scalars: [UInt32] = []
        var spans: [Int32] = []
        func place(_ form: ArraySlice<Unicode.Scalar>?) {
            guard let form else { spans += [-1, -1]; return }
            spans += [Int32(scalars.count), Int32(scalars.count + form.count)]
            scalars += form.map(\.value)
        }
        for alias in aliases {
            spans.append(alias.entity)
            place(alias.form)
            place(alias.otherCase)
        }
        archive.write(scalars)
        archive.write(spans)
        trie.write(to: &archive)
        firstAsWritten.write(to: &archive)
        pairsAsWritten.write(to: &archive)
    }

    /// The lexicon ``write(to:)`` wrote; `nil` when the archive does not hold a whole one.
    init?(reading archive: inout ArchiveReader, simplified: [UInt32: UInt32]?) {
        guard let count = archive.int(), count >= 0 else { return nil }
        var names: [String] = []
        names.reserveCapacity(count)
        for _ in 0..<count {
            guard let name = archive.string() else { return nil }
            names.append(name)
        }
        guard let types = archive.values(UInt8.self), types.count == count,
              types.allSatisfy({ Int($0) < EntityType.allCases.count }),
              let hasOwner = archive.values(UInt8.self), hasOwner.count == count else { return nil }
        var entities: [Entity] = []
        entities.reserveCapacity(count)
        for k in 0..<count {
            var owner: String? = nil
            if hasOwner[k] != 0 {
                guard let written = archive.string() else { return nil }
                owner = written
            }
            entities.append(Entity(name: names[k], type: EntityType.allCases[Int(types[k])], owner: owner))
        }
        // (the code points copied at once, then each one's value checked)
        guard let scalars = archive.values(Unicode.Scalar.self), scalars.allSatisfy({ Unicode.Scalar($0.value) != nil }),
              let spans = archive.values(Int32.self), spans.count % 5 == 0 else { return nil }
        func slice(_ start: Int32, _ end: Int32) -> ArraySlice<Unicode.Scalar>?? {
            if start == -1 && end == -1 { return .some(nil) }
            guard start >= 0, start <= end, Int(end) <= scalars.count else { return nil }
            return scalars[Int(start)..<Int(end)]
        }
        var aliases: [Alias] = []
        aliases.reserveCapacity(spans.count / 5)
        for k in stride(from: 0, to: spans.count, by: 5) {
            guard spans[k] >= 0, Int(spans[k]) < count,
                  let written = slice(spans[k + 1], spans[k + 2]), let form = written,
                  let otherCase = slice(spans[k + 3], spans[k + 4]) else { return nil }
            aliases.append(Alias(entity: spans[k], form: form, otherCase: otherCase))
        }
        guard let trie = AliasTrie(reading: &archive), trie.holdsPayloads(below: aliases.count),
              let firstAsWritten = ScalarBitSet(reading: &archive), let pairsAsWritten = PairBits(reading: &archive),
              archive.isAtEnd else { return nil }
        self.init(entities: entities, aliases: aliases, trie: trie, firstAsWritten: firstAsWritten, pairsAsWritten: pairsAsWritten,
                  simplified: simplified)
    }
}
