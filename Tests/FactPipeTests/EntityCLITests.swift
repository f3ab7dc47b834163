import Foundation
import Testing

@Suite("Command line: entities", .serialized)
struct EntityCLITests {
    @Test("--entities writes entity records in text order among the facts, in the contract's key order")
    func entityRecords() throws {
        let run = try CLIRun.run(["extract", "--entities", "--quiet"], input: "谷歌向Anthropic投资20亿美元。")
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0] == #"{"type":"entity","doc":"-","start":0,"end":2,"text":"谷歌","name":"Google","entity":"org","known":true,"owner":null}"#)
        #expect(lines[1].hasPrefix(#"{"type":"entity","doc":"-","start":3,"end":12,"text":"Anthropic","name":"Anthropic""#))
        let fact = try #require(run.records.last)
        #expect(fact["subject"] as? String == "Google")
        #expect(fact["predicate"] as? String == "investment")
        #expect(fact["object"] as? String == "Anthropic")
    }

    @Test("without --entities only facts are written")
    func factsOnly() throws {
        let run = try CLIRun.run(["extract", "--quiet"], input: "谷歌向Anthropic投资20亿美元。")
        #expect(run.records.map { $0["type"] as? String } == ["fact"])
    }

    @Test("--lexicon adds a user's entities; a bad one is a usage error (status 2)")
    func userLexicon() throws {
        let path = try TestSupport.temporaryFile("cli-entities", containing: "name\ttype\tzh_hans\tzh_hant\ten\nQuorvia Pay\torg\t夸维亚\t\tQuorvia\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try CLIRun.run(["extract", "--entities", "--quiet", "--lexicon", path], input: "夸维亚营收增长20%。")
        #expect(run.records.first?["name"] as? String == "Quorvia Pay")
        #expect(run.records.last?["subject"] as? String == "Quorvia Pay")
        let bad = try CLIRun.run(["extract", "--lexicon", "/nonexistent/entities.tsv"], input: "x")
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("/nonexistent/entities.tsv"))
    }

    @Test("every record of the corpus run with entities is valid against the JSON Schema")
    func schema() throws {
        let run = try CLIRun.run([], shell: "FACTPIPE extract --quiet --entities Corpus | python3 scripts/validate-records Schemas/fact-record.schema.json")
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains("records valid"))
    }
}
