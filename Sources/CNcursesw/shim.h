#ifndef LATERAL_CNCURSESW_SHIM_H
#define LATERAL_CNCURSESW_SHIM_H

// The wide-character API (get_wch, mvadd_wch, cchar_t) is only declared with this set.
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Swift cannot see C macros with arguments or curses' global variables as functions;
// these wrappers are the only way LateralTerminal touches them.
static inline WINDOW *lateral_stdscr(void) { return stdscr; }
static inline int lateral_lines(void) { return LINES; }
static inline int lateral_cols(void) { return COLS; }
static inline int lateral_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int lateral_colors(void) { return COLORS; }

// stdin and stdout are C globals that Swift 6 will not touch outside an actor.
static inline SCREEN *lateral_newterm(void) { return newterm(NULL, stdout, stdin); }

// Attribute bits are macros with arguments in ncurses.
static inline attr_t lateral_a_bold(void) { return A_BOLD; }
static inline attr_t lateral_a_dim(void) { return A_DIM; }
static inline attr_t lateral_a_underline(void) { return A_UNDERLINE; }
static inline attr_t lateral_a_reverse(void) { return A_REVERSE; }
static inline attr_t lateral_a_normal(void) { return A_NORMAL; }
static inline int lateral_key_f(int n) { return KEY_F(n); }

// Draws one cell: a wide-character string (one grapheme cluster) with attributes and a pair.
static inline int lateral_draw_cell(int y, int x, const wchar_t *text, attr_t attributes, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attributes, pair, NULL) != OK) { return ERR; }
    return mvwadd_wch(stdscr, y, x, &cell);
}

// The mouse: clicks, double clicks and the wheel. Button masks are macros with arguments.
static inline void lateral_enable_mouse(void) {
    mousemask(BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    mouseinterval(300);
}

// After KEY_MOUSE: 1 click, 2 double click, 3 wheel up, 4 wheel down, 0 anything else.
static inline int lateral_read_mouse(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) { return 0; }
    *x = event.x;
    *y = event.y;
    if (event.bstate & BUTTON1_DOUBLE_CLICKED) { return 2; }
    if (event.bstate & BUTTON1_CLICKED) { return 1; }
    if (event.bstate & BUTTON4_PRESSED) { return 3; }
    if (event.bstate & BUTTON5_PRESSED) { return 4; }
    return 0;
}

// Reads a terminfo number capability for TERM without starting curses; -1 when absent,
// -2 when the terminal type is unknown.
static inline int lateral_terminfo_number(const char *term, int fd, const char *capability) {
    int status = 0;
    if (setupterm((char *)term, fd, &status) != OK) { return -2; }
    int value = tigetnum((char *)capability);
    del_curterm(cur_term);
    return value;
}

#endif
