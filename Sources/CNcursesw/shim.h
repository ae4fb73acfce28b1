#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

/* The wide-character API of ncurses (get_wch, setcchar, mvadd_wch, cchar_t)
 * is only declared with this defined. pkg-config would pass it as a -D flag,
 * but SwiftPM drops -D flags from .pc files, so the shim defines it. */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* wcwidth needs _XOPEN_SOURCE in <wchar.h>, which Glibc's module does not
 * set; declare it so Swift code can ask glibc directly. */
extern int wcwidth(wchar_t c);

/* C globals: reading them from Swift 6 is a strict-concurrency error
 * ("reference to var 'stdscr' is not concurrency-safe"), so expose getters. */
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline WINDOW *cn_curscr(void) { return curscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }

/* newterm returns NULL on failure where initscr prints and exit()s. stdin and
 * stdout are C globals too, so they are touched here, not in Swift. */
static inline SCREEN *cn_newterm_stdio(void) { return newterm(NULL, stdout, stdin); }

/* Function-like macros are not imported by Swift. */
static inline int cn_key_f(int n) { return KEY_F(n); }
static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }

/* Whether the terminal can move the cursor (terminfo "cup"); TERM=dumb and
 * other hardcopy-like types cannot, and a full-screen program would only
 * scroll garbage there. tigetstr returns (char *)-1 for a non-string name. */
static inline int cn_can_address_cursor(void) {
  char *cup = tigetstr("cup");
  return cup != NULL && cup != (char *)-1;
}

/* Whether the terminfo entry has the string capability `name`. */
static inline int cn_has_string(const char *name) {
  char *value = tigetstr(name);
  return value != NULL && value != (char *)-1;
}

/* Whether the terminal speaks ECMA-48 as CursesTerminal writes it directly:
 * cursor addressing is exactly ESC[r;cH (no padding delays), and writing the
 * bottom-right cell does not scroll (no auto-margin, or xterm's newline
 * glitch that defers the wrap). */
static inline int cn_is_ansi_terminal(void) {
  char *cup = tigetstr("cup");
  if (cup == NULL || cup == (char *)-1) return 0;
  if (strcmp(cup, "\033[%i%p1%d;%p2%dH") != 0) return 0;
  return tigetflag("am") <= 0 || tigetflag("xenl") > 0;
}

/* Whether LC_CTYPE's codeset is UTF-8, after setlocale. */
static inline int cn_locale_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

#endif /* CNCURSESW_SHIM_H */
