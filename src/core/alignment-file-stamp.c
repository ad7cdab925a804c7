/* alignment-file-stamp.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-file-stamp.h"

struct _AlignmentFileStamp
{
  goffset  size;
  guint64  mtime;     /* seconds */
  guint32  mtime_usec;
  char    *checksum;  /* SHA-256 of the content */
};

static gboolean
query (GFile         *file,
       GCancellable  *cancellable,
       goffset       *size,
       guint64       *mtime,
       guint32       *mtime_usec,
       GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_TIME_MODIFIED ","
                            G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return FALSE;

  *size = g_file_info_get_size (info);
  *mtime = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED);
  *mtime_usec = g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC);
  return TRUE;
}

static char *
checksum_file (GFile         *file,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GFileInputStream) input = g_file_read (file, cancellable, error);
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  guchar buffer[65536];
  gssize n;

  if (input == NULL)
    return NULL;

  while ((n = g_input_stream_read (G_INPUT_STREAM (input), buffer, sizeof buffer, cancellable, error)) > 0)
    g_checksum_update (checksum, buffer, n);
  if (n < 0)
    return NULL;

  return g_strdup (g_checksum_get_string (checksum));
}

AlignmentFileStamp *
alignment_file_stamp_new (GFile         *file,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(AlignmentFileStamp) stamp = g_new0 (AlignmentFileStamp, 1);

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!query (file, cancellable, &stamp->size, &stamp->mtime, &stamp->mtime_usec, error))
    return NULL;
  stamp->checksum = checksum_file (file, cancellable, error);
  if (stamp->checksum == NULL)
    return NULL;

  return g_steal_pointer (&stamp);
}

AlignmentFileStamp *
alignment_file_stamp_copy (const AlignmentFileStamp *stamp)
{
  AlignmentFileStamp *copy;

  if (stamp == NULL)
    return NULL;

  copy = g_memdup2 (stamp, sizeof *stamp);
  copy->checksum = g_strdup (stamp->checksum);
  return copy;
}

void
alignment_file_stamp_free (AlignmentFileStamp *stamp)
{
  if (stamp == NULL)
    return;

  g_free (stamp->checksum);
  g_free (stamp);
}

gboolean
alignment_file_stamp_matches (const AlignmentFileStamp *stamp,
                              GFile                    *file,
                              GCancellable             *cancellable)
{
  g_autofree char *checksum = NULL;
  goffset size;
  guint64 mtime;
  guint32 mtime_usec;

  g_return_val_if_fail (stamp != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!query (file, cancellable, &size, &mtime, &mtime_usec, NULL))
    return FALSE;
  if (size != stamp->size)
    return FALSE;
  if (mtime == stamp->mtime && mtime_usec == stamp->mtime_usec)
    return TRUE;

  checksum = checksum_file (file, cancellable, NULL);
  return g_strcmp0 (checksum, stamp->checksum) == 0;
}
