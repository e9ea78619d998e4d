// libxml2 as Debian builds it declares ICU's converters in its headers; Foundation brings an
// ICU of its own, and the two clash in one Swift module. Lateral uses none of libxml2's ICU
// functions, so their declarations are left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
