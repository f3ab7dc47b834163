#ifndef FACTPIPE_CICU_CURRENCY_H
#define FACTPIPE_CICU_CURRENCY_H

#include <stdint.h>

/* Writes every ISO 4217 code ICU knows (current and historic), three letters each with no
   separator, into `buffer`; returns the number of codes, or -1 when ICU fails. When
   `capacity` is too small, returns the number of codes without writing them all. */
int32_t fp_iso_currency_codes(char *buffer, int32_t capacity);

#endif
