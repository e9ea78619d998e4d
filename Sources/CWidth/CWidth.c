#include "CWidth.h"

int lateral_wcwidth(unsigned int scalar) {
    return wcwidth((wchar_t)scalar);
}
