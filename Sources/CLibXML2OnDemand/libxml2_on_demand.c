// libxml2 is loaded when a page is first imported, not when `lateral` starts: with the ICU it
// brings, loading it cost every start about 1 ms, and only `lateral import` uses it. The
// functions Lateral calls are defined here under their own names, so that the Swift code calls
// them as libxml2's; the first call loads libxml2 and finds them all.

#include "CLibXML2OnDemand.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stddef.h>

#include "../CLibXML2/shim.h"

// The library the headers belong to: libxml2 2.14 changed its binary interface and its soname.
#if LIBXML_VERSION >= 21400
#define LIBXML2_SONAME "libxml2.so.16"
#else
#define LIBXML2_SONAME "libxml2.so.2"
#endif

static struct {
    void (*initParser)(void);
    htmlDocPtr (*readMemory)(const char *, int, const char *, const char *, int);
    void (*freeDoc)(xmlDocPtr);
    xmlNodePtr (*rootElement)(const xmlDoc *);
    xmlChar *(*getProp)(const xmlNode *, const xmlChar *);
    xmlChar *(*nodeGetContent)(const xmlNode *);
} libxml2;

static char problem[512];
static pthread_once_t loaded = PTHREAD_ONCE_INIT;

static int find(void *library, const char *name, void **function) {
    *function = dlsym(library, name);
    if (*function == NULL) snprintf(problem, sizeof problem, "%s has no %s", LIBXML2_SONAME, name);
    return *function != NULL;
}

static void load(void) {
    void *library = dlopen(LIBXML2_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        const char *reason = dlerror();
        snprintf(problem, sizeof problem, "%s", reason != NULL ? reason : "cannot be loaded");
        return;
    }
    int found = find(library, "xmlInitParser", (void **)&libxml2.initParser)
        && find(library, "htmlReadMemory", (void **)&libxml2.readMemory)
        && find(library, "xmlFreeDoc", (void **)&libxml2.freeDoc)
        && find(library, "xmlDocGetRootElement", (void **)&libxml2.rootElement)
        && find(library, "xmlGetProp", (void **)&libxml2.getProp)
        && find(library, "xmlNodeGetContent", (void **)&libxml2.nodeGetContent);
    if (!found) libxml2.readMemory = NULL;
}

const char *lateral_libxml2_load_problem(void) {
    pthread_once(&loaded, load);
    return libxml2.readMemory == NULL ? problem : NULL;
}

// Without libxml2 no page is parsed (NULL), so that the import says why instead of crashing;
// the functions that take a parsed page are not reached without one. They are kept out of the
// program's exported symbols, so that libxml2's own calls to them never land here.
#define ON_DEMAND __attribute__((visibility("hidden")))

ON_DEMAND void xmlInitParser(void) {
    if (lateral_libxml2_load_problem() == NULL) libxml2.initParser();
}

ON_DEMAND htmlDocPtr htmlReadMemory(const char *buffer, int size, const char *url, const char *encoding, int options) {
    if (lateral_libxml2_load_problem() != NULL) return NULL;
    return libxml2.readMemory(buffer, size, url, encoding, options);
}

ON_DEMAND void xmlFreeDoc(xmlDocPtr document) {
    if (lateral_libxml2_load_problem() == NULL) libxml2.freeDoc(document);
}

ON_DEMAND xmlNodePtr xmlDocGetRootElement(const xmlDoc *document) {
    return lateral_libxml2_load_problem() == NULL ? libxml2.rootElement(document) : NULL;
}

ON_DEMAND xmlChar *xmlGetProp(const xmlNode *node, const xmlChar *name) {
    return lateral_libxml2_load_problem() == NULL ? libxml2.getProp(node, name) : NULL;
}

ON_DEMAND xmlChar *xmlNodeGetContent(const xmlNode *node) {
    return lateral_libxml2_load_problem() == NULL ? libxml2.nodeGetContent(node) : NULL;
}
