@testable import FactPipe
import Foundation
import Testing

/// An entity lexicon kept in a cache folder is read back the same as it was built, and is
/// used only for the files it was built from.
@Suite("Entity lexicon cache")
struct EntityLexiconCacheTests {
    /// A lexicon folder holding the shipped `entities.tsv` and `simplified.tsv`, and a cache
    /// folder, both removed after `body`.
    func withFolders(_ body: (_ lexicons: String, _ cache: CacheFolder) throws -> Void) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("entity-cache-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/lexicons", withIntermediateDirectories: true)
        for name in ["entities.tsv", "simplified.tsv"] {
            try FileManager.default.copyItem(atPath: TestSupport.lexiconDirectory + "/" + name, toPath: root + "/lexicons/" + name)
        }
        try body(root + "/lexicons", CacheFolder(directory: root + "/cache", settledSeconds: 0))
    }

    func load(_ directory: String, cache: CacheFolder?) throws -> EntityLexicon {
        let simplified = try SimplifiedTable.load(directory + "/simplified.tsv")
        return try EntityLexicon(directory: directory, simplified: simplified, folder: CharacterFolder(simplified: simplified), cache: cache)
    }

    func kept(_ directory: String, in cache: CacheFolder) throws -> EntityLexicon? {
        let sources = try #require(EntityLexiconSources(entities: directory + "/entities.tsv", simplified: directory + "/simplified.tsv"))
        return cache.entityLexicon(of: sources, simplified: try SimplifiedTable.load(directory + "/simplified.tsv"))
    }

    /// Everything a lexicon holds, as bytes.
    func contents(_ lexicon: EntityLexicon) -> [UInt8] {
        var archive = ArchiveWriter(header: "")
        lexicon.write(to: &archive)
        return archive.bytes
    }

    /// Every alias found at each position of `text` (in the letter case written there), with its
    /// entity's name.
    func matches(_ lexicon: EntityLexicon, in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var found: [String] = []
        for start in scalars.indices {
            lexicon.forEachAliasIndex(in: scalars, from: start, limit: scalars.count) { end, alias in
                found.append("\(start)-\(end) \(lexicon.entities[Int(lexicon.aliases[Int(alias)].entity)].name)")
            }
        }
        return found
    }

    @Test("a built lexicon is kept and read back holding the same, and finds the same aliases")
    func sameLexicon() throws {
        try withFolders { directory, cache in
            #expect(try kept(directory, in: cache) == nil)
            let built = try load(directory, cache: cache)
            let read = try #require(try kept(directory, in: cache))
            #expect(contents(read) == contents(built))
            #expect(contents(try load(directory, cache: cache)) == contents(built))
            let text = "OpenAI 与微软、Google DeepMind、阿里巴巴和 NVIDIA 的 GPT-4 与 TPU；騰訊雲、ＡＷＳ、Meta Platforms。"
            #expect(!matches(built, in: text).isEmpty)
            #expect(matches(read, in: text) == matches(built, in: text))
        }
    }

    @Test("an entities file changed since is built again, and what is kept then describes it")
    func changedFile() throws {
        try withFolders { directory, cache in
            let before = try load(directory, cache: cache)
            let file = try FileHandle(forWritingTo: URL(fileURLWithPath: directory + "/entities.tsv"))
            try file.seekToEnd()
            try file.write(contentsOf: Data("Zorblax Dynamics\torg\t左布拉克斯\t\tZorblax\t\n".utf8))
            try file.close()
            #expect(try kept(directory, in: cache) == nil)
            let after = try load(directory, cache: cache)
            #expect(after.count == before.count + 1)
            #expect(matches(after, in: "左布拉克斯与Zorblax") == ["0-5 Zorblax Dynamics", "6-13 Zorblax Dynamics"])
            #expect(try kept(directory, in: cache).map(contents) == contents(after))
        }
    }

    @Test("a damaged or cut kept lexicon is not used, and is made again")
    func damagedFile() throws {
        try withFolders { directory, cache in
            let built = try load(directory, cache: cache)
            let files = try FileManager.default.contentsOfDirectory(atPath: cache.directory).filter { $0.hasSuffix(".lexicon") }
            #expect(files.count == 1)
            let path = cache.directory + "/" + files[0]
            let whole = try Data(contentsOf: URL(fileURLWithPath: path))
            var damaged = whole
            damaged[whole.count / 2] ^= 0x10
            for bytes in [damaged, whole.prefix(whole.count - 3), whole.prefix(whole.count / 2)] {
                try bytes.write(to: URL(fileURLWithPath: path))
                #expect(try kept(directory, in: cache) == nil)
                #expect(contents(try load(directory, cache: cache)) == contents(built))
                #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == whole)
            }
        }
    }

    @Test("a lexicon read back takes more entities as one built does")
    func addedFile() throws {
        try withFolders { directory, cache in
            let rows = "name\ttype\tzh_hans\tzh_hant\ten\nOpenAI\torg\t开放人工智能\t\t\nZorblax Dynamics\torg\t左布拉克斯\t\t\n"
            let path = try TestSupport.temporaryFile("entities", containing: rows)
            defer { try? FileManager.default.removeItem(atPath: path) }
            var built = try load(directory, cache: cache)
            var read = try #require(try kept(directory, in: cache))
            try built.add(path: path)
            try read.add(path: path)
            #expect(read.count == built.count)
            #expect(contents(read) == contents(built))
            #expect(matches(read, in: "开放人工智能与左布拉克斯") == ["0-6 OpenAI", "7-12 Zorblax Dynamics"])
        }
    }

    @Test("a kept lexicon altered behind a valid checksum is refused or read whole, never trapping")
    func alteredBehindChecksum() throws {
        try withFolders { directory, cache in
            let built = try load(directory, cache: cache)
            var writer = ArchiveWriter(header: "h")
            built.write(to: &writer)
            let body = writer.bytes
            var generator = SystemRandomNumberGenerator()
            var refused = 0
            for round in 0..<200 {
                var bytes = body
                for _ in 0..<(1 + round % 4) {
                    let at = Int.random(in: 2..<bytes.count, using: &generator)
                    bytes[at] = round % 3 == 0 ? 0xFF : UInt8.random(in: 0...255, using: &generator)
                }
                withUnsafeBytes(of: ArchiveChecksum.of(bytes[...])) { bytes.append(contentsOf: $0) }
                var reader = try #require(ArchiveReader(bytes, header: "h"))
                if let read = EntityLexicon(reading: &reader, simplified: nil) {
                    _ = matches(read, in: "OpenAI 与微软、Google、阿里巴巴和 NVIDIA")
                } else {
                    refused += 1
                }
            }
            #expect(refused > 0)
        }
    }

    @Test("the archive checksum changes with any bit turned, any two words swapped, and the length")
    func checksumSeesDamage() {
        var g = SeededGenerator(seed: 31)
        let bytes = (0..<1000).map { _ in UInt8.random(in: 0...255, using: &g) }
        let whole = ArchiveChecksum.of(bytes[...])
        for k in bytes.indices {
            for bit in 0..<8 {
                var damaged = bytes
                damaged[k] ^= 1 << bit
                #expect(ArchiveChecksum.of(damaged[...]) != whole, "\(k) \(bit)")
            }
        }
        for _ in 0..<1000 {
            let a = Int.random(in: 0..<125, using: &g) * 8, b = Int.random(in: 0..<125, using: &g) * 8
            var swapped = bytes
            for i in 0..<8 { swapped.swapAt(a + i, b + i) }
            #expect(swapped == bytes || ArchiveChecksum.of(swapped[...]) != whole, "\(a) \(b)")
        }
        for count in 0..<bytes.count { #expect(ArchiveChecksum.of(bytes[..<count]) != whole) }
    }

    @Test("an archive file mapped into memory reads as the bytes do; one damaged, cut or lengthened is refused")
    func mappedArchive() throws {
        var g = SeededGenerator(seed: 7)
        // more than one of the pieces its checksum is read in, and not a whole number of words
        let values = (0..<40_001).map { _ in UInt32.random(in: 0...UInt32.max, using: &g) }
        var writer = ArchiveWriter(header: "h")
        writer.write(values)
        writer.write("end")
        let bytes = writer.finished()
        let path = try TestSupport.temporaryFile("archive", containing: "")
        defer { try? FileManager.default.removeItem(atPath: path) }
        func mapped(_ file: [UInt8]) throws -> ArchiveReader? {
            try Data(file).write(to: URL(fileURLWithPath: path))
            return ArchiveReader(mappingFileAt: path, header: "h")
        }
        var reader = try #require(try mapped(bytes))
        let inPlace = reader.valuesInPlace(UInt32.self)
        #expect(inPlace.map(Array.init) == values)
        let end = reader.string()
        #expect(end == "end" && reader.isAtEnd)
        #expect(try mapped(bytes) != nil && ArchiveReader(mappingFileAt: path, header: "other") == nil)
        for at in [0, 100, 65_535, 65_536, 100_000, bytes.count - 9, bytes.count - 1] {
            var damaged = bytes
            damaged[at] ^= 0x04
            #expect(try mapped(damaged) == nil, "\(at)")
        }
        #expect(try mapped(Array(bytes.dropLast())) == nil)
        #expect(try mapped(bytes + [0]) == nil)
        #expect(try mapped([]) == nil)
        #expect(ArchiveReader(mappingFileAt: path + ".missing", header: "h") == nil)
    }

    @Test("without a simplified table (ICU folds instead) nothing is kept")
    func noSimplifiedTable() {
        #expect(EntityLexiconSources(entities: TestSupport.lexiconDirectory + "/entities.tsv", simplified: nil) == nil)
    }

    @Test("lexicons loaded through a cache folder give the same records")
    func sameRecords() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-cache-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let cache = CacheFolder(directory: root, settledSeconds: 0)
        _ = try Lexicons(directory: TestSupport.lexiconDirectory, cache: cache)
        let cached = try Lexicons(directory: TestSupport.lexiconDirectory, cache: cache)
        let options = ExtractionOptions(entities: true)
        let plain = try Extractor(lexicons: TestSupport.lexicons, rates: TestSupport.fixedRates, options: options)
        let fromCache = try Extractor(lexicons: cached, rates: TestSupport.fixedRates, options: options)
        let articles = try FileManager.default.contentsOfDirectory(at: TestSupport.corpusDirectory.appendingPathComponent("zh"), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.prefix(4)
        #expect(!articles.isEmpty)
        func lines(_ extractor: Extractor, _ text: [Unicode.Scalar]) -> [UInt8] {
            var bytes: [UInt8] = []
            for record in extractor.records(text, doc: "a") { JSONLEncoder().encode(record, into: &bytes) }
            return bytes
        }
        for article in articles {
            let text = Array(try String(contentsOf: article, encoding: .utf8).unicodeScalars)
            let expected = lines(plain, text)
            #expect(expected.count > 1000)
            #expect(lines(fromCache, text) == expected)
        }
    }
}
