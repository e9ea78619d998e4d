#ifndef LATERAL_PTY_H
#define LATERAL_PTY_H

#include <sys/types.h>

/// Starts `path` with `argv` and `envp` in a new session whose controlling terminal is a new
/// pseudo-terminal of `width` x `height` cells, in `directory`. The master side is returned
/// in `master_out` (non-blocking), the child's pid in `pid_out`. Returns 0, or an errno value.
int lateral_pty_spawn(const char *path, char *const argv[], char *const envp[], const char *directory,
                      int width, int height, int *master_out, pid_t *pid_out);

/// Tells the terminal its new size, as a window resize does (the program gets SIGWINCH).
int lateral_pty_resize(int master, int width, int height);

#endif
