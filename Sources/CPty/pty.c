#define _GNU_SOURCE
#include "lateral_pty.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

// In C because the child's side (fork, setsid, TIOCSCTTY, exec) cannot run Swift code
// between fork and exec, and ioctl is variadic.

int lateral_pty_resize(int master, int width, int height) {
    struct winsize size = {.ws_row = (unsigned short)height, .ws_col = (unsigned short)width};
    return ioctl(master, TIOCSWINSZ, &size) == 0 ? 0 : errno;
}

int lateral_pty_spawn(const char *path, char *const argv[], char *const envp[], const char *directory,
                      int width, int height, int *master_out, pid_t *pid_out) {
    int master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (master < 0) return errno;
    if (grantpt(master) != 0 || unlockpt(master) != 0) {
        int error = errno;
        close(master);
        return error;
    }
    char name[128];
    if (ptsname_r(master, name, sizeof name) != 0) {
        int error = errno;
        close(master);
        return error;
    }
    lateral_pty_resize(master, width, height);
    pid_t pid = fork();
    if (pid < 0) {
        int error = errno;
        close(master);
        return error;
    }
    if (pid == 0) {
        setsid();
        int slave = open(name, O_RDWR);
        if (slave < 0) _exit(126);
        ioctl(slave, TIOCSCTTY, 0);
        dup2(slave, 0);
        dup2(slave, 1);
        dup2(slave, 2);
        if (slave > 2) close(slave);
        if (directory != NULL && chdir(directory) != 0) _exit(126);
        execve(path, argv, envp);
        _exit(127);
    }
    int flags = fcntl(master, F_GETFL);
    fcntl(master, F_SETFL, flags | O_NONBLOCK);
    *master_out = master;
    *pid_out = pid;
    return 0;
}
