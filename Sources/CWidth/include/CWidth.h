#ifndef LATERAL_CWIDTH_H
#define LATERAL_CWIDTH_H

// wcwidth is an X/Open function; Swift's Glibc module does not export it.
#define _XOPEN_SOURCE 700
#include <wchar.h>

/// The C library's display width of a Unicode scalar in the current LC_CTYPE.
int lateral_wcwidth(unsigned int scalar);

#endif
