import ArgumentParser

/// An option whose values are the raw strings of its cases: help, completions and error
/// messages list them as written, without reflecting on each case at every parse.
protocol ArgumentValues: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

extension ArgumentValues {
    var defaultValueDescription: String { rawValue }
    static var allValueStrings: [String] { allCases.map { $0.rawValue } }
    static var allValueDescriptions: [String: String] { [:] }
}
