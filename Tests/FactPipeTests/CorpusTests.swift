import FactPipe
import Foundation
import Testing

/// A corpus article and its gold file.
struct CorpusArticle: CustomTestStringConvertible, Sendable {
    let path: URL
    var testDescription: String { path.deletingPathExtension().lastPathComponent }

    static var all: [CorpusArticle] {
        let root = TestSupport.corpusDirectory
        var result: [CorpusArticle] = []
        for language in ["zh", "en"] {
            let folder = root.appendingPathComponent(language)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".txt") {
                result.append(CorpusArticle(path: folder.appendingPathComponent(name)))
            }
        }
        return result
    }

    var gold: [GoldFact] {
        let goldURL = path.deletingPathExtension().appendingPathExtension("gold.jsonl")
        let text = (try? String(contentsOf: goldURL, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map { try! JSONDecoder().decode(GoldFact.self, from: Data($0.utf8)) }
    }
}

/// Compares a fact with its gold entry; returns the fields that differ.
func differences(_ fact: Fact, _ gold: GoldFact) -> [String] {
    var diffs: [String] = []
    let q = fact.quantity
    func check(_ name: String, _ got: String?, _ want: String?) { if got != want { diffs.append("\(name): \(got ?? "null") != \(want ?? "null")") } }
    func close(_ a: Decimal?, _ b: Decimal?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        if a == b { return true }
        let tolerance = abs(b) * Decimal(string: "0.000000001")!
        return abs(a - b) <= tolerance
    }
    check("kind", q.kind.rawValue, gold.kind)
    if !close(q.value, gold.value) { diffs.append("value: \(q.value.map { "\($0)" } ?? "null") != \(gold.value.map { "\($0)" } ?? "null")") }
    check("unit", q.unit, gold.unit)
    check("currency", q.kind == .money ? q.currency : nil, gold.currency)
    if q.kind == .money, q.currencyInferred != (gold.currencyInferred ?? false) { diffs.append("currency_inferred") }
    check("approx", q.approx?.rawValue, gold.approx)
    if !close(q.low, gold.low) || !close(q.high, gold.high) { diffs.append("low/high") }
    if q.kind == .date { check("time", fact.time, gold.time) }
    return diffs
}

@Suite("Corpus")
struct CorpusTests {
    @Test("every gold fact is found with its values, and nothing else", arguments: CorpusArticle.all)
    func article(_ article: CorpusArticle) throws {
        let text = try String(contentsOf: article.path, encoding: .utf8)
        let facts = TestSupport.facts(text)
        let gold = article.gold
        #expect(!gold.isEmpty)
        var bySpan: [Range<Int>: Fact] = [:]
        for fact in facts { bySpan[fact.quantity.span] = fact }
        for expected in gold {
            guard let fact = bySpan[expected.start..<expected.end] else {
                Issue.record("missing \(expected.text) (\(expected.kind)) at \(expected.start)")
                continue
            }
            let diffs = differences(fact, expected)
            #expect(diffs.isEmpty, "\(expected.text): \(diffs.joined(separator: "; "))")
        }
        let goldSpans = Set(gold.map { $0.start..<$0.end })
        for fact in facts where !goldSpans.contains(fact.quantity.span) {
            Issue.record("unexpected fact \(fact.text) (\(fact.quantity.kind.rawValue)) at \(fact.quantity.span.lowerBound)")
        }
    }

    @Test("the corpus covers both languages with at least twelve articles")
    func size() {
        let all = CorpusArticle.all
        #expect(all.count >= 12)
        #expect(all.contains { $0.path.path.contains("/zh/") } && all.contains { $0.path.path.contains("/en/") })
    }
}

@Suite("Corpus links")
struct CorpusLinkTests {
    static func scores(language: String) throws -> LinkScores {
        var scores = LinkScores()
        for article in CorpusArticle.all where article.path.path.contains("/\(language)/") {
            let text = try String(contentsOf: article.path, encoding: .utf8)
            var bySpan: [Range<Int>: Fact] = [:]
            for fact in TestSupport.facts(text) { bySpan[fact.quantity.span] = fact }
            for gold in article.gold { scores.add(bySpan[gold.start..<gold.end], gold) }
        }
        return scores
    }

    @Test("subjects, predicates and times agree with the gold; a link given is rarely wrong", arguments: ["zh", "en"])
    func links(language: String) throws {
        let scores = try Self.scores(language: language)
        print("links (\(language))\n\(scores.table)")
        #expect(scores.predicate.precision >= 0.95 && scores.predicate.recall >= 0.90, "predicate \(scores.predicate)")
        #expect(scores.subject.precision >= 0.90 && scores.subject.recall >= 0.80, "subject \(scores.subject)")
        #expect(scores.time.precision >= 0.90 && scores.time.recall >= 0.85, "time \(scores.time)")
        #expect(scores.object.precision >= 0.90, "object \(scores.object)")
    }
}

extension CorpusArticle {
    var goldEntities: [GoldEntity] {
        let url = path.deletingPathExtension().appendingPathExtension("entities.jsonl")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map { try! JSONDecoder().decode(GoldEntity.self, from: Data($0.utf8)) }
    }
}

@Suite("Corpus entities")
struct CorpusEntityTests {
    @Test("entities agree with the gold (span, canonical name and type)", arguments: ["zh", "en"])
    func entityScores(language: String) throws {
        var hits = 0, predicted = 0, expected = 0
        for article in CorpusArticle.all where article.path.path.contains("/\(language)/") {
            let text = try String(contentsOf: article.path, encoding: .utf8)
            let scalars = Array(text.unicodeScalars)
            let gold = Set(article.goldEntities)
            for g in gold { #expect(String(String.UnicodeScalarView(scalars[g.start..<g.end])) == g.text, "\(g.text)") }
            let found = Set(entities(text).map(GoldEntity.init))
            hits += found.intersection(gold).count
            predicted += found.count
            expected += gold.count
            for miss in gold.subtracting(found) { print("entity missed (\(article.testDescription)): \(miss.text) \(miss.name) \(miss.entity)") }
            for extra in found.subtracting(gold) { print("entity not in gold (\(article.testDescription)): \(extra.text) \(extra.name) \(extra.entity)") }
        }
        let precision = Double(hits) / Double(max(predicted, 1)), recall = Double(hits) / Double(max(expected, 1))
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        print("entities (\(language)): P \(precision) (\(hits)/\(predicted))  R \(recall) (\(hits)/\(expected))  F1 \(f1)")
        #expect(expected > 0)
        #expect(f1 >= 0.95, "entity F1 \(f1)")
    }
}
