// Libraries that only some commands use are loaded by their first call, not when `lateral`
// starts: the loader maps and relocates every library a program names before `main`. The
// functions Lateral calls are defined in this target under their own names, so that the Swift
// code calls them as the library's; the first call loads the library and finds them all.

#ifndef LATERAL_ON_DEMAND_INTERNAL_H
#define LATERAL_ON_DEMAND_INTERNAL_H

#include <dlfcn.h>
#include <stddef.h>
#include <stdio.h>

// Kept out of the program's exported symbols, so that the library's own calls never land here.
#define ON_DEMAND __attribute__((visibility("hidden")))

/// Why a library cannot be used, written once by its loader.
typedef struct {
    const char *soname;
    char text[512];
} LoadProblem;

/// A function of the library, by name, and where its address goes.
typedef struct {
    const char *name;
    void **address;
} OnDemandFunction;

/// Loads the library and finds every function; false, with the reason in `problem`, when the
/// library cannot be loaded or lacks one of them.
static inline int on_demand_load(LoadProblem *problem, const OnDemandFunction *functions, size_t count) {
    void *library = dlopen(problem->soname, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        const char *reason = dlerror();
        snprintf(problem->text, sizeof problem->text, "%s", reason != NULL ? reason : "cannot be loaded");
        return 0;
    }
    for (size_t index = 0; index < count; index++) {
        *functions[index].address = dlsym(library, functions[index].name);
        if (*functions[index].address == NULL) {
            snprintf(problem->text, sizeof problem->text, "%s has no %s", problem->soname, functions[index].name);
            return 0;
        }
    }
    return 1;
}

#endif
