import Foundation

/// A running `factpipe` whose standard input stays open, for tests that act while it runs.
final class CLIProcess {
    let process = Process()
    private let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    private let outData = LockedData(), errData = LockedData()
    private let readers = DispatchGroup()

    init(_ arguments: [String], directory: URL = TestSupport.packageRoot) throws {
        signal(SIGPIPE, SIG_IGN)
        process.executableURL = CLIRun.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["FACTPIPE_LEXICONS": TestSupport.lexiconDirectory]) { _, new in new }
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let out = stdout.fileHandleForReading, err = stderr.fileHandleForReading
        let outData = outData, errData = errData
        DispatchQueue.global().async(group: readers) {
            while case let chunk = out.availableData, !chunk.isEmpty { outData.append(chunk) }
        }
        DispatchQueue.global().async(group: readers) {
            while case let chunk = err.availableData, !chunk.isEmpty { errData.append(chunk) }
        }
    }

    /// Runs to the end with `input` on standard input.
    static func run(_ arguments: [String], input: [UInt8] = [], directory: URL = TestSupport.packageRoot) throws -> CLIRun {
        let running = try CLIProcess(arguments, directory: directory)
        running.send(input)
        return running.finish()
    }

    func send(_ bytes: [UInt8]) {
        // a reader that has gone away is the test's business, not a crash
        try? stdin.fileHandleForWriting.write(contentsOf: Data(bytes))
    }

    var stdoutSoFar: String { String(decoding: outData.get(), as: UTF8.self) }

    /// Waits up to `seconds` for `condition`.
    func wait(seconds: Double, until condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }

    func finish() -> CLIRun {
        try? stdin.fileHandleForWriting.close()
        readers.wait()
        process.waitUntilExit()
        return CLIRun(status: process.terminationStatus, stdout: String(decoding: outData.get(), as: UTF8.self),
                      stderr: String(decoding: errData.get(), as: UTF8.self))
    }
}

extension LockedData {
    func append(_ chunk: Data) { set(get() + chunk) }
}
