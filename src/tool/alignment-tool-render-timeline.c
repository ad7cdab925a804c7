/* alignment-tool-render-timeline.c: to be written with its issue */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-tool-private.h"

int
render_timeline (int    argc,
           char **argv)
{
  return usage_error ("render ", "not written yet");
}
