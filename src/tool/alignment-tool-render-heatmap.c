/* alignment-tool-render-heatmap.c: to be written with its issue */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-tool-private.h"

int
render_heatmap (int    argc,
           char **argv)
{
  return usage_error ("render ", "not written yet");
}
