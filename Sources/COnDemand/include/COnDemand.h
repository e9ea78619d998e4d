#ifndef LATERAL_ON_DEMAND_H
#define LATERAL_ON_DEMAND_H

/// Loads libxml2 if it is not yet loaded; NULL when it is ready, else why it cannot be used
/// (the loader's message). Every libxml2 function Lateral calls loads it the same way.
const char *lateral_libxml2_load_problem(void);

#endif
