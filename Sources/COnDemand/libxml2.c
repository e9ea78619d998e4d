// libxml2, for `lateral import`: with the ICU it brings, loading it cost every start about 1 ms.

#include "COnDemand.h"

#ifdef LATERAL_LINKED

#include <stddef.h>

// Linked in (the StaticExecutable trait): nothing to load.
const char *lateral_libxml2_load_problem(void) { return NULL; }

#else

#include "on_demand.h"

#include <pthread.h>

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

static LoadProblem problem = {LIBXML2_SONAME, ""};
static pthread_once_t loaded = PTHREAD_ONCE_INIT;
static int ready;

static void load(void) {
    const OnDemandFunction functions[] = {
        {"xmlInitParser", (void **)&libxml2.initParser},
        {"htmlReadMemory", (void **)&libxml2.readMemory},
        {"xmlFreeDoc", (void **)&libxml2.freeDoc},
        {"xmlDocGetRootElement", (void **)&libxml2.rootElement},
        {"xmlGetProp", (void **)&libxml2.getProp},
        {"xmlNodeGetContent", (void **)&libxml2.nodeGetContent},
    };
    ready = on_demand_load(&problem, functions, sizeof functions / sizeof functions[0]);
}

const char *lateral_libxml2_load_problem(void) {
    pthread_once(&loaded, load);
    return ready ? NULL : problem.text;
}

// Without libxml2 no page is parsed (NULL), so that the import says why instead of crashing;
// the functions that take a parsed page are not reached without one.

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

#endif
