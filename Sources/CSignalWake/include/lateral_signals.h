#ifndef LATERAL_SIGNALS_H
#define LATERAL_SIGNALS_H

// Signals that must wake the reader's event loop, which sleeps in poll() until a key, a
// signal or a finished effect: each handler writes a byte to the loop's wake pipe.
// SIGWINCH is passed on to the handler curses installed first, so curses still learns the
// new size; SIGTERM and SIGHUP are remembered for the loop to end on.

// Installs the handlers; `wake_fd` is the write end of a non-blocking pipe.
void lateral_signals_install(int wake_fd);

// Puts back the handlers that were there before `lateral_signals_install`.
void lateral_signals_restore(void);

// The termination signal received (SIGTERM or SIGHUP), or 0.
int lateral_signals_termination(void);

#endif
