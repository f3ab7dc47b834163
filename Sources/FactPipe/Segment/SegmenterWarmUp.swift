/// What every segmenter needs, made ahead of the first document: ICU's break iterators,
/// opened once per process (``Segmenter`` clones them), and the Chinese dictionary that
/// divides runs of Chinese characters (``HanWordDictionary``). A program that calls
/// ``prepare()`` on another thread while its lexicons load finds them ready.
///
/// ICU's own Chinese word-break engine is not warmed up: it builds its tables (about eight
/// million instructions, once per process) only when text that mixes Chinese characters with
/// others reaches it, which English text and many short texts never do.
public enum SegmenterWarmUp {
    public static func prepare() {
        _ = HanWordDictionary()
        Segmenter.openIterators()
    }
}
