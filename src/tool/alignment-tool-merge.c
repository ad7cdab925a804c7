/* alignment-tool-merge.c: "merge" and "share", the two parties' copies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-merge.h"
#include "alignment-tool-private.h"

/* merge has its own statuses, as a git merge driver needs them. */
enum
{
  MERGE_CLEAN = 0,
  MERGE_CONFLICTS = 1,
  MERGE_USAGE = 2,
  MERGE_FAILED = 3,  /* unreadable input, or the result not written */
};

static gboolean
save_case (AlignmentCase *self,
           const char    *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;

  if (alignment_case_save (self, file, NULL, &error))
    return TRUE;

  g_printerr ("%s: %s: %s\n", path, _("error"), error->message);
  return FALSE;
}

/* git hands an empty file as the ancestor of two files added on two
 * branches: no base then. */
static gboolean
is_empty_file (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return info != NULL && g_file_info_get_size (info) == 0;
}

int
alignment_tool_command_merge (int    argc,
                              char **argv)
{
  g_autofree char *base_path = NULL;
  g_autofree char *output = NULL;
  g_autofree char *report_path = NULL;
  gboolean git = FALSE;
  const GOptionEntry entries[] = {
    { "base", 'b', 0, G_OPTION_ARG_FILENAME, &base_path,
      N_("The common ancestor (default: the state OURS last exchanged)"), N_("BASE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("File to write (required, but with --git)"), N_("FILE") },
    { "report", 'r', 0, G_OPTION_ARG_FILENAME, &report_path,
      N_("Write the merge report to FILE instead of printing it"), N_("FILE") },
    { "git", 0, 0, G_OPTION_ARG_NONE, &git,
      N_("Work as a git merge driver: BASE OURS THEIRS, the result written to OURS"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AlignmentCase) base_case = NULL;
  g_autoptr(AlignmentCase) ours = NULL;
  g_autoptr(AlignmentCase) theirs = NULL;
  g_autoptr(AlignmentCase) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  const char *ours_path, *theirs_path;
  guint n_conflicts = 0;

  context = alignment_tool_command_context_new ("merge", _("OURS THEIRS"),
                                                _("Merges the other party’s copy of a case (THEIRS) into ours, "
                                                  "three-way, by the signals’ stable ids. Exit status: 0 merged "
                                                  "cleanly, 1 merged with conflicts (kept in the result), "
                                                  "2 usage error, 3 nothing written (a file could not be read "
                                                  "or written)."),
                                                entries);
  if (!alignment_tool_command_parse (context, "merge", &argc, &argv))
    return MERGE_USAGE;

  if (git)
    {
      if (argc != 4 || base_path != NULL || output != NULL)
        return alignment_tool_usage_error ("merge ", _("--git takes three files: BASE OURS THEIRS (%O %A %B)"));
      base_path = g_strdup (argv[1]);
      ours_path = argv[2];
      theirs_path = argv[3];
      output = g_strdup (ours_path);
    }
  else
    {
      if (argc != 3)
        return alignment_tool_usage_error ("merge ", _("Give two files: OURS THEIRS"));
      if (output == NULL)
        return alignment_tool_usage_error ("merge ", _("--output is required"));
      ours_path = argv[1];
      theirs_path = argv[2];
    }

  if (base_path != NULL && !is_empty_file (base_path)
      && (base_case = alignment_tool_load_case (base_path)) == NULL)
    return MERGE_FAILED;

  if ((ours = alignment_tool_load_case (ours_path)) == NULL
      || (theirs = alignment_tool_load_case (theirs_path)) == NULL)
    return MERGE_FAILED;

  /* git keeps the ancestor itself: an empty one means none, not ours'. */
  if (git && base_case == NULL)
    base_case = alignment_case_new ();

  result = alignment_merge (ours, theirs, base_case, git ? ALIGNMENT_MERGE_FLAGS_KEEP_BASE : ALIGNMENT_MERGE_FLAGS_NONE,
                            &n_conflicts, &report, &error);
  if (result == NULL)
    {
      g_printerr ("%s: %s: %s\n", ours_path, _("error"), error->message);
      return MERGE_FAILED;
    }

  if (!save_case (result, output))
    return MERGE_FAILED;

  if (report_path != NULL)
    {
      if (!g_file_set_contents (report_path, report, -1, &error))
        {
          g_printerr ("%s: %s: %s\n", report_path, _("error"), error->message);
          return MERGE_FAILED;
        }
    }
  else if (git)
    g_printerr ("%s", report);
  else
    g_print ("%s", report);

  return n_conflicts > 0 ? MERGE_CONFLICTS : MERGE_CLEAN;
}

int
alignment_tool_command_share (int    argc,
                              char **argv)
{
  g_autofree char *owner_name = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "for", 'f', 0, G_OPTION_ARG_STRING, &owner_name,
      N_("Whose copy it is: customer, provider or joint (required)"), N_("PARTY") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("File to write the copy to (required)"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AlignmentCase) self = NULL;
  g_autoptr(AlignmentCase) copy = NULL;
  g_autoptr(GError) error = NULL;
  AlignmentCopyOwner owner;

  context = alignment_tool_command_context_new ("share", _("CASE"),
                                                _("Writes a copy of a case for a party, which records the case it "
                                                  "came from; both remember the signals as they are now as the base "
                                                  "of the next merge (CASE is saved with it)."),
                                                entries);
  if (!alignment_tool_command_parse (context, "share", &argc, &argv))
    return EXIT_USAGE;
  if (argc != 2)
    return alignment_tool_usage_error ("share ", _("Give one case file"));
  if (output == NULL)
    return alignment_tool_usage_error ("share ", _("--output is required"));
  if (owner_name == NULL || !alignment_copy_owner_from_token (owner_name, &owner)
      || owner == ALIGNMENT_COPY_OWNER_UNKNOWN)
    return alignment_tool_usage_error ("share ", _("--for must be customer, provider or joint"));

  if ((self = alignment_tool_load_case (argv[1])) == NULL)
    return EXIT_INVALID;

  copy = alignment_merge_share_copy (self, owner, &error);
  if (copy == NULL)
    {
      g_printerr ("%s: %s: %s\n", argv[1], _("error"), error->message);
      return EXIT_INVALID;
    }

  if (!save_case (copy, output) || !save_case (self, argv[1]))
    return EXIT_INVALID;

  return EXIT_OK;
}
