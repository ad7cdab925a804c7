/* alignment-tool-analyse.c: to be written with its issue */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-tool-private.h"

int
command_analyse (int    argc,
                 char **argv)
{
  return usage_error ("analyse ", "not written yet");
}
