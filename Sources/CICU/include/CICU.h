#ifndef FACTPIPE_CICU_H
#define FACTPIPE_CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Thin wrappers around the ICU services factpipe uses. ICU's own names carry a
   version suffix (ubrk_open_72), so Swift calls these instead. Text is UTF-16;
   an `int32_t *status` receives 0 on success, a negative ICU warning, or a
   positive ICU error code. */

typedef struct fp_breaker fp_breaker;

enum { FP_BREAK_WORD = 0, FP_BREAK_SENTENCE = 1 };

/* Opens a word or sentence break iterator for `locale` (e.g. "zh", "en@ss=standard"). */
fp_breaker *fp_breaker_open(int32_t kind, const char *locale, int32_t *status);
fp_breaker *fp_breaker_clone(const fp_breaker *breaker, int32_t *status);
void fp_breaker_close(fp_breaker *breaker);

/* Sets the text and writes every boundary after 0, in order, into `boundaries`
   (and the rule status of the segment that ends there into `statuses`, if not
   NULL). Returns the count, or -1 when `capacity` is too small. The text must
   stay alive until the next call. */
int32_t fp_breaker_boundaries(fp_breaker *breaker, const uint16_t *text, int32_t length,
                              int32_t *boundaries, int32_t *statuses, int32_t capacity,
                              int32_t *status);

/* The Sentence_Break property value (UAX #29) of code point `c`, as ICU numbers
   them (USentenceBreak: 0 other, 1 ATerm, 2 Close, 3 Format, 4 Lower, 5 Numeric,
   6 OLetter, 7 Sep, 8 Sp, 9 STerm, 10 Upper, 11 CR, 12 Extend, 13 LF, 14 SContinue). */
int32_t fp_sentence_break_class(int32_t c);

/* The strings after which ICU's sentence iterator for `locale` with `ss=standard`
   suppresses a break (CLDR's segmentation exceptions, e.g. "Mr.", "U.S."), in UTF-8,
   each followed by a NUL, written into `out`. Returns the bytes they take (more than
   `capacity`: call again with room for that many), 0 when the locale has none. */
int32_t fp_sentence_break_exceptions(const char *locale, char *out, int32_t capacity);

/* ICU's dictionary of Chinese and Japanese words, or NULL when it cannot be read. */
const void *fp_cjk_dictionary(void);

/* What divides runs of Han characters into words (`fp_cjk_divide`): the dictionary and the
   steps through it it keeps from call to call. One thread at a time uses one. */
typedef struct fp_cjk_divider fp_cjk_divider;

/* A divider, or NULL without a dictionary. */
fp_cjk_divider *fp_cjk_divider_open(void);
void fp_cjk_divider_close(fp_cjk_divider *divider);

/* Divides `text` (code points) into words as ICU's word break iterator does when every code
   point is a Han character of the BMP that NFKC leaves alone: `breaks[k]` becomes 1 where a
   word starts at code point k, 0 elsewhere (`length + 1` entries; the ends are 1). `scratch`
   holds 2 * (length + 1) entries. Returns 0, or -1 without a divider. */
int32_t fp_cjk_divide(fp_cjk_divider *divider, const uint32_t *text, int32_t length,
                      uint8_t *breaks, uint32_t *scratch);

/* NFKC of `source` into `dest`; returns the length needed. */
int32_t fp_nfkc(const uint16_t *source, int32_t length, uint16_t *dest, int32_t capacity,
                int32_t *status);

typedef struct fp_transliterator fp_transliterator;

/* Opens an ICU transliterator by id, e.g. "Traditional-Simplified". */
fp_transliterator *fp_transliterator_open(const char *id, int32_t *status);
void fp_transliterator_close(fp_transliterator *transliterator);

/* Transliterates `text` in place; returns the new length (may exceed `capacity`,
   then the text is not changed and the call must be repeated with more room). */
int32_t fp_transliterate(fp_transliterator *transliterator, uint16_t *text, int32_t length,
                         int32_t capacity, int32_t *status);

/* Guesses the charset of `bytes`; writes its ICU name into `name` and returns
   the confidence (0-100), or -1 when nothing matched. */
int32_t fp_detect_charset(const char *bytes, int32_t length, char *name, int32_t nameCapacity,
                          int32_t *status);

/* Converts `bytes` in `charset` to UTF-16. Returns the UTF-16 length needed.
   Invalid sequences become U+FFFD and are counted in `*replaced`. */
int32_t fp_convert_to_utf16(const char *charset, const char *bytes, int32_t length,
                            uint16_t *dest, int32_t capacity, int32_t *replaced,
                            int32_t *status);

/* Spells `value` out in words with ICU's rule-based number format for `locale`, using the
   rule set `ruleSet` (e.g. "%spellout-cardinal-financial") or the default when NULL.
   Returns the UTF-16 length needed. */
int32_t fp_spellout(int64_t value, const char *locale, const char *ruleSet,
                    uint16_t *dest, int32_t capacity, int32_t *status);

typedef struct fp_converter fp_converter;

/* A converter from `charset` to UTF-16 that keeps partial sequences between calls;
   invalid sequences become U+FFFD and are counted (see fp_converter_replaced). */
fp_converter *fp_converter_open(const char *charset, int32_t *status);
void fp_converter_close(fp_converter *converter);

/* Converts up to `length` bytes into `dest`; `*consumed` receives the bytes used and the
   result is the number of UTF-16 units written. `flush` ends the input. `*status` is
   15 (U_BUFFER_OVERFLOW_ERROR) when `dest` filled up: call again with the rest. */
int32_t fp_converter_decode(fp_converter *converter, const char *bytes, int32_t length,
                            int32_t *consumed, uint16_t *dest, int32_t capacity, int32_t flush,
                            int32_t *status);
int32_t fp_converter_replaced(const fp_converter *converter);

/* Writes every ISO 4217 code ICU knows (current and historic), three letters each with no
   separator, into `buffer`; returns the number of codes, or -1 when ICU fails. When
   `capacity` is too small, returns the number of codes without writing them all. */
int32_t fp_iso_currency_codes(char *buffer, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
