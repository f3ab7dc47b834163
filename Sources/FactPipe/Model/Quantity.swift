import FoundationEssentials

/// The kinds of quantity a fact record can hold (the contract's `kind`).
public enum QuantityKind: String, Sendable, Codable, CaseIterable {
    case money, percent, number, multiple, fraction, duration, date
}

/// How a quantity is qualified (the contract's `approx`).
public enum Approximation: String, Sendable, Codable, CaseIterable {
    case about, over, under
    case atLeast = "at_least"
    case atMost = "at_most"
    case upTo = "up_to"
    case vague
}

/// A quantity found in a document, before linking.
///
/// `span` is a half-open range of Unicode code points into the document's decoded text.
public struct Quantity: Sendable, Equatable {
    public var span: Range<Int>
    public var kind: QuantityKind
    /// The amount in `unit`; `nil` for dates.
    public var value: Decimal?
    public var unit: String?
    public var currency: String?
    public var currencyInferred: Bool
    public var approx: Approximation?
    public var low: Decimal?
    public var high: Decimal?
    /// For dates: ISO 8601 as precise as written, or `nil` when relative and unresolved.
    public var time: String?

    public init(span: Range<Int>, kind: QuantityKind, value: Decimal?, unit: String? = nil,
                currency: String? = nil, currencyInferred: Bool = false,
                approx: Approximation? = nil, low: Decimal? = nil, high: Decimal? = nil,
                time: String? = nil) {
        self.span = span
        self.kind = kind
        self.value = value
        self.unit = unit
        self.currency = currency
        self.currencyInferred = currencyInferred
        self.approx = approx
        self.low = low
        self.high = high
        self.time = time
    }
}

/// A money amount in US dollars, with the rate that produced it.
public struct USDValue: Sendable, Equatable {
    public var usd: Decimal
    /// US dollars per one unit of the quantity's currency.
    public var rate: Decimal
    /// The date the rate is as of (`YYYY-MM-DD`).
    public var rateDate: String
}

/// One fact: a quantity with its context, ready to be written as a record.
public struct Fact: Sendable, Equatable {
    public var quantity: Quantity
    public var text: String
    public var usd: USDValue?
    public var subject: String?
    public var predicate: String?
    public var object: String?
    public var time: String?
    /// The sentence the fact was found in (kept as ``sentenceUTF8``).
    public var sentence: String {
        get { sentenceUTF8.string }
        set { sentenceUTF8 = UTF8Text(newValue) }
    }
    var sentenceUTF8: UTF8Text
    public var lang: String
}
