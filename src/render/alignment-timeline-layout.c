/* alignment-timeline-layout.c: to be written with its issue */
#include "config.h"
