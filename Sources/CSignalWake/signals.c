#include "lateral_signals.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t termination_signal = 0;
static volatile int wake_fd = -1;
static struct sigaction previous_winch, previous_term, previous_hup;

static void wake(void) {
    int saved = errno;
    char byte = 1;
    if (wake_fd >= 0) { (void)write(wake_fd, &byte, 1); }
    errno = saved;
}

static void on_winch(int number, siginfo_t *info, void *context) {
    if (previous_winch.sa_flags & SA_SIGINFO) {
        if (previous_winch.sa_sigaction) { previous_winch.sa_sigaction(number, info, context); }
    } else if (previous_winch.sa_handler != SIG_DFL && previous_winch.sa_handler != SIG_IGN) {
        previous_winch.sa_handler(number);
    }
    wake();
}

static void on_termination(int number) {
    termination_signal = number;
    wake();
}

void lateral_signals_install(int fd) {
    wake_fd = fd;
    termination_signal = 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_SIGINFO | SA_RESTART;
    action.sa_sigaction = on_winch;
    sigaction(SIGWINCH, &action, &previous_winch);

    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = on_termination;
    sigaction(SIGTERM, &action, &previous_term);
    sigaction(SIGHUP, &action, &previous_hup);

    // A parent may have left these blocked (test runners do); a blocked SIGWINCH would
    // mean no resize ever reaches the reader.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGWINCH);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGHUP);
    sigaddset(&signals, SIGTSTP);
    sigaddset(&signals, SIGCONT);
    sigprocmask(SIG_UNBLOCK, &signals, NULL);
}

void lateral_signals_restore(void) {
    sigaction(SIGWINCH, &previous_winch, NULL);
    sigaction(SIGTERM, &previous_term, NULL);
    sigaction(SIGHUP, &previous_hup, NULL);
    wake_fd = -1;
}

int lateral_signals_termination(void) { return termination_signal; }
