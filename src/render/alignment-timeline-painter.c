/* alignment-timeline-painter.c: to be written with its issue */
#include "config.h"
