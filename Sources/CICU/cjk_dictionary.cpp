// The division of a run of Chinese characters into words, as ICU's CJK dictionary engine
// makes it (CjkBreakEngine::divideUpDictionaryRange, word mode) for text it needs neither
// to normalise nor to treat as kana or Hangul: the same dictionary (ICU's cjdict, read
// through ICU's public UCharsTrie), the same costs, the same tie order. It skips what a
// general break iterator pays for on every call (UText, vectors, set lookups, the rules).
#include "CICU.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unicode/ucharstrie.h>
#include <unicode/udata.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>

namespace {

// The dictionary's header (ICU's DictionaryData): offsets and the trie's type.
enum { kStringTrieOffset = 0, kTrieType = 4 };
enum { kTrieTypeMask = 7, kTrieTypeUChars = 1, kTransformMask = 0x7f000000 };

// The dictionary's file, kept open for the life of the process, as ICU keeps its own.
UDataMemory *dictionaryFile = NULL;

const char16_t *openDictionary() {
    UErrorCode error = U_ZERO_ERROR;
    // ICU names its Han dictionary in the break iterators' root bundle ("cjdict.dict")
    UResourceBundle *root = ures_open(U_ICUDATA_NAME "-brkitr", "", &error);
    UResourceBundle *dictionaries = ures_getByKey(root, "dictionaries", NULL, &error);
    int32_t length = 0;
    const UChar *file = ures_getStringByKey(dictionaries, "Hani", &length, &error);
    char name[64] = {0};
    if (U_SUCCESS(error) && length > 0 && length < (int32_t)sizeof(name)) u_UCharsToChars(file, name, length);
    ures_close(dictionaries);
    ures_close(root);
    if (U_FAILURE(error)) return NULL;
    char *dot = strrchr(name, '.');
    if (dot == NULL) return NULL;
    *dot = 0;
    UDataMemory *data = udata_open(U_ICUDATA_NAME "-brkitr", dot + 1, name, &error);
    if (U_FAILURE(error)) return NULL;
    const int32_t *indexes = (const int32_t *)udata_getMemory(data);
    // only a plain UChars trie (no transform of the text) is read this way
    if ((indexes[kTrieType] & kTrieTypeMask) != kTrieTypeUChars || (indexes[kTrieType] & kTransformMask) != 0) {
        udata_close(data);
        return NULL;
    }
    dictionaryFile = data;
    return (const char16_t *)((const uint8_t *)indexes + indexes[kStringTrieOffset]);
}

}  // namespace

extern "C" const void *fp_cjk_dictionary(void) {
    static const char16_t *const dictionary = openDictionary();
    return dictionary;
}

namespace {

// A step's result and the trie's state after it, packed in 32 bits (the tables of kept steps
// are larger than the processor's second-level cache: the fewer bytes, the fewer misses). Bit 31
// says a step is kept, bits 29-30 hold its UStringTrieResult, 24-28 the trie's remaining match
// length + 2 (ICU's linear matches are at most 16 units) and 0-23 its position in the
// dictionary's units. A state that does not fit is not kept: its step is taken again.
typedef uint32_t KeptStep;
enum : uint32_t { kKept = 1u << 31, kResultShift = 29, kRemainingShift = 24, kPositionMask = (1u << 24) - 1 };
// How getState64 lays out the state: the remaining match length + 2 above this bit, the
// position below it (ucharstrie.h).
const int kState64RemainingShift = 59;

// `result` and the state `trie` is in after it, or 0 when they do not fit.
inline KeptStep keep(UStringTrieResult result, const icu::UCharsTrie &trie) {
    if (result == USTRINGTRIE_NO_MATCH) return kKept;  // (after no match the trie has no state)
    uint64_t state = trie.getState64();
    uint64_t remaining = state >> kState64RemainingShift, position = state & ((UINT64_C(1) << kState64RemainingShift) - 1);
    if (remaining >= 32 || position > kPositionMask) return 0;
    return kKept | (uint32_t)result << kResultShift | (uint32_t)remaining << kRemainingShift | (uint32_t)position;
}

// Puts `trie` in the state `step` kept, and gives the step's result.
inline UStringTrieResult restore(KeptStep step, icu::UCharsTrie &trie) {
    UStringTrieResult result = (UStringTrieResult)(step >> kResultShift & 3);
    if (result != USTRINGTRIE_NO_MATCH)
        trie.resetToState64((uint64_t)(step >> kRemainingShift & 31) << kState64RemainingShift | (step & kPositionMask));
    return result;
}

// A pair of code units and the step from the first's state by the second, in an open table.
struct PairStep {
    uint32_t pair;  // kPairTaken | first << 15 | second (both as offsets from kFirstUnit); 0 for none
    KeptStep step;
};

// The units whose steps are kept: U+3000 to U+9FFF, where the Han characters of the BMP stand.
enum : uint32_t { kFirstUnit = 0x3000, kUnits = 0x7000, kPairTaken = 1u << 31 };
// Slots of the pairs' table (2 MB); it is emptied all at once at half load (a bound on
// memory). 30 MB of Chinese news hold some 290,000 different pairs of Han characters side by
// side: with 2^17 slots, emptied that much more often, the whole run took 3 % longer.
enum : uint32_t { kPairSlotBits = 18, kPairSlots = 1u << kPairSlotBits };

// The steps of a search that come back at every position: the first from each character (the
// root branches to thousands of them) and the second from each pair (a character's words go on
// with tens or hundreds of others). The root's and first characters' branches are searched once
// per divider, not at every position, which was most of the cost of a division.
struct Steps {
    PairStep pairs[kPairSlots];
    KeptStep first[kUnits];
    uint32_t pairsTaken;
};

// The size of a huge page, where the system gives them for the asking (Linux's transparent
// huge pages, `madvise` mode): the pairs' table is exactly one.
const size_t kHugePage = 2u << 20;
static_assert(sizeof(PairStep) * kPairSlots == kHugePage, "the pairs' table fills one huge page");

// Zeroed tables of steps, written through before use: a page of fresh zeroed memory read first
// is the system's shared zero page, and the first write to it makes a copy whose TLB flush, with
// the process's other threads running on other cores, interrupts them all (the 540 pages of the
// tables cost 1.4 % of a `-j 2` run's time so). The pairs' table is asked for as a huge page of
// its own, one page fault where small pages take 512 (which a one-line run would notice).
Steps *newSteps() {
    void *memory = NULL;
    if (posix_memalign(&memory, kHugePage, sizeof(Steps)) != 0) return NULL;
#ifdef MADV_HUGEPAGE
    madvise(memory, kHugePage, MADV_HUGEPAGE);
#endif
    memset(memory, 0, sizeof(Steps));
    return (Steps *)memory;
}

}  // namespace

struct fp_cjk_divider {
    const char16_t *dictionary;
    // (made at the first division: a divider that divides nothing, as for English text, costs
    // no 2.1 MB; zeroed, no step looked up yet)
    Steps *steps;
};

namespace {

// `trie.first(unit)`, its result kept in `steps`.
UStringTrieResult firstStep(Steps *steps, icu::UCharsTrie &trie, int32_t unit) {
    uint32_t index = (uint32_t)unit - kFirstUnit;
    if (index >= kUnits) return trie.first(unit);
    KeptStep &step = steps->first[index];
    if (step != 0) return restore(step, trie);
    UStringTrieResult result = trie.first(unit);
    step = keep(result, trie);
    return result;
}

// The key of the pair of units `a`, `b` (offsets from kFirstUnit) in `steps->pairs`.
inline uint32_t pairKey(uint32_t a, uint32_t b) { return kPairTaken | a << 15 | b; }

// The pair's first slot in `steps->pairs` (Fibonacci hashing into the slots).
inline uint32_t pairSlot(uint32_t pair) { return (pair * 2654435761u) >> (32 - kPairSlotBits); }

// Asks the processor to fetch the kept steps of a position (the first step's alone where
// `second` is outside the kept units) before the search needs them: the tables and the
// dictionary are more than its second-level cache holds, and waiting for them was most of a
// division's time. A division asks for all of its run's at once, so that the fetches overlap.
inline void prefetchSteps(const Steps *steps, int32_t first, int32_t second) {
    uint32_t a = (uint32_t)first - kFirstUnit, b = (uint32_t)second - kFirstUnit;
    if (a >= kUnits) return;
    __builtin_prefetch(&steps->first[a]);
    if (b < kUnits) __builtin_prefetch(&steps->pairs[pairSlot(pairKey(a, b))]);
}

// `trie.next(unit)` right after `firstStep(previous)`, its result kept in `steps`.
UStringTrieResult secondStep(Steps *steps, icu::UCharsTrie &trie, int32_t previous, int32_t unit) {
    uint32_t a = (uint32_t)previous - kFirstUnit, b = (uint32_t)unit - kFirstUnit;
    if (a >= kUnits || b >= kUnits) return trie.next(unit);
    uint32_t pair = pairKey(a, b);
    uint32_t slot = pairSlot(pair);
    while (steps->pairs[slot].pair != 0) {
        const PairStep &step = steps->pairs[slot];
        if (step.pair == pair) return restore(step.step, trie);
        slot = (slot + 1) & (kPairSlots - 1);
    }
    UStringTrieResult result = trie.next(unit);
    KeptStep kept = keep(result, trie);
    if (kept == 0) return result;
    if (steps->pairsTaken * 2 >= kPairSlots) {
        memset(steps->pairs, 0, sizeof steps->pairs);
        steps->pairsTaken = 0;
        slot = pairSlot(pair);
    }
    steps->pairs[slot] = PairStep{pair, kept};
    steps->pairsTaken++;
    return result;
}

}  // namespace

extern "C" fp_cjk_divider *fp_cjk_divider_open(void) {
    const void *dictionary = fp_cjk_dictionary();
    if (dictionary == NULL) return NULL;
    fp_cjk_divider *divider = (fp_cjk_divider *)calloc(1, sizeof(fp_cjk_divider));
    if (divider != NULL) divider->dictionary = (const char16_t *)dictionary;
    return divider;
}

extern "C" void fp_cjk_divider_close(fp_cjk_divider *divider) {
    if (divider != NULL) free(divider->steps);
    free(divider);
}

extern "C" int32_t fp_cjk_divide(fp_cjk_divider *divider, const uint32_t *text, int32_t length,
                                 uint8_t *breaks, uint32_t *scratch) {
    if (divider == NULL || length <= 0) return -1;
    if (divider->steps == NULL && (divider->steps = newSteps()) == NULL) return -1;
    Steps *steps = divider->steps;
    // ICU's constants: the longest word tried, and the cost of a character no word starts with
    const int32_t maxWordSize = 20;
    const uint32_t maxSnlp = 255;
    uint32_t *best = scratch;                       // best cost of the first i characters
    int32_t *previous = (int32_t *)(scratch + length + 1);  // where the last word of that best starts
    best[0] = 0;
    for (int32_t i = 1; i <= length; i++) best[i] = UINT32_MAX;
    for (int32_t i = 0; i <= length; i++) previous[i] = -1;
    for (int32_t i = 0; i < length; i++) prefetchSteps(steps, (int32_t)text[i], i + 1 < length ? (int32_t)text[i + 1] : 0);
    icu::UCharsTrie trie(divider->dictionary);
    for (int32_t i = 0; i < length; i++) {
        if (best[i] == UINT32_MAX) continue;
        bool singleFound = false;
        trie.reset();
        // every dictionary word starting at i, shortest first
        for (int32_t k = i; k < length; k++) {
            // (every code point is of the BMP: it is its own UTF-16 unit)
            int32_t unit = (int32_t)text[k];
            UStringTrieResult result = k == i ? firstStep(steps, trie, unit)
                : k == i + 1 ? secondStep(steps, trie, (int32_t)text[i], unit) : trie.next(unit);
            int32_t matched = k + 1 - i;
            if (USTRINGTRIE_HAS_VALUE(result)) {
                if (matched == 1) singleFound = true;
                uint32_t cost = best[i] + (uint32_t)trie.getValue();
                if (cost < best[i + matched]) { best[i + matched] = cost; previous[i + matched] = i; }
                if (result == USTRINGTRIE_FINAL_VALUE) break;
            } else if (result == USTRINGTRIE_NO_MATCH) {
                break;
            }
            if (matched >= maxWordSize) break;
        }
        // a character that is no word of its own is one, at the highest cost (ICU adds it
        // after the dictionary's words, so it loses every tie)
        if (!singleFound) {
            uint32_t cost = best[i] + maxSnlp;
            if (cost < best[i + 1]) { best[i + 1] = cost; previous[i + 1] = i; }
        }
    }
    for (int32_t i = 0; i <= length; i++) breaks[i] = 0;
    for (int32_t i = length; i > 0; i = previous[i]) breaks[i] = 1;
    breaks[0] = 1;
    return 0;
}
