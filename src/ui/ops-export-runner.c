/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-export-runner.c: runs an export template end to end on a worker thread:
 * reads records from an OpsStoreReader, writes them with the template's
 * writer, reports progress and honours cancellation. No GTK here.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "export/ops-ics.h"
#include "ui/ops-export-runner.h"

/* Progress is reported every 1% of the rows, and at least every this many. */
#define OPS_EXPORT_PROGRESS_MAX_STEP 200
/* ops_export_run_async() forwards at most one update per this many µs. */
#define OPS_EXPORT_PROGRESS_INTERVAL_US (G_USEC_PER_SEC / 20)

typedef gboolean (*OpsExportRunFunc) (OpsStoreReader        *reader,
                                      const OpsExportParams *params,
                                      const char            *output_path,
                                      OpsExportProgressFunc  progress,
                                      gpointer               progress_data,
                                      GCancellable          *cancellable,
                                      GError               **error);

/* Counting progress ------------------------------------------------------- */

typedef struct {
  OpsExportProgressFunc func;
  gpointer              data;
  guint                 done;
  guint                 total;
  guint                 step;
  guint                 next;
} OpsProgress;

static void
ops_progress_init (OpsProgress           *progress,
                   OpsExportProgressFunc  func,
                   gpointer               data,
                   guint                  total)
{
  progress->func = func;
  progress->data = data;
  progress->done = 0;
  progress->total = total;
  progress->step = CLAMP (total / 100, 1, OPS_EXPORT_PROGRESS_MAX_STEP);
  progress->next = progress->step;

  if (func != NULL)
    func (0, total, data);
}

static void
ops_progress_add (OpsProgress *progress)
{
  progress->done++;
  /* The snapshot can't change under the reader, but stay sane anyway. */
  if (progress->done > progress->total)
    progress->total = progress->done;

  if (progress->func != NULL && progress->done >= progress->next)
    {
      progress->func (progress->done, progress->total, progress->data);
      progress->next = progress->done + progress->step;
    }
}

static void
ops_progress_end (OpsProgress *progress)
{
  if (progress->func != NULL)
    progress->func (progress->done, MAX (progress->done, progress->total), progress->data);
}

/* The people directory ---------------------------------------------------- */

typedef struct {
  OpsSheet     *sheet;
  OpsProgress  *progress;
  GCancellable *cancellable;
  GError       *error;
} PeopleRun;

static gboolean
people_row_cb (OpsPerson *person,
               gpointer   user_data)
{
  PeopleRun *run = user_data;

  if (g_cancellable_is_cancelled (run->cancellable))
    return FALSE;

  if (!ops_export_people_row (run->sheet, person, &run->error))
    return FALSE;

  ops_progress_add (run->progress);
  return TRUE;
}

static gboolean
run_people (OpsStoreReader        *reader,
            const OpsExportParams *params,
            const char            *output_path,
            OpsExportProgressFunc  progress_func,
            gpointer               progress_data,
            GCancellable          *cancellable,
            GError               **error)
{
  /* The directory export lists everyone, with their status. */
  const OpsPersonFilter filter = { NULL, 0, TRUE };
  OpsProgress progress;
  PeopleRun run = { NULL, &progress, cancellable, NULL };
  guint total = 0;

  if (!ops_store_reader_count_people (reader, &filter, &total, error))
    return FALSE;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  run.sheet = ops_export_people_begin (output_path, error);
  if (run.sheet == NULL)
    return FALSE;
  ops_sheet_set_cancellable (run.sheet, cancellable);

  ops_progress_init (&progress, progress_func, progress_data, total);

  if (!ops_store_reader_foreach_person (reader, &filter, people_row_cb, &run, cancellable, error))
    {
      g_clear_error (&run.error);
      ops_sheet_abort (run.sheet);
      return FALSE;
    }

  if (run.error != NULL)
    {
      g_propagate_error (error, run.error);
      ops_sheet_abort (run.sheet);
      return FALSE;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      ops_sheet_abort (run.sheet);
      return FALSE;
    }

  if (!ops_sheet_finish (run.sheet, error))
    return FALSE;

  ops_progress_end (&progress);
  return TRUE;
}

/* The meetings ------------------------------------------------------------ */

static gboolean
directory_add_cb (OpsPerson *person,
                  gpointer   user_data)
{
  ops_export_directory_add_person (user_data, person);
  return TRUE;
}

/* Everyone, active or not: e-mail addresses and department members. */
static OpsExportDirectory *
load_directory (OpsStoreReader  *reader,
                GCancellable    *cancellable,
                GError         **error)
{
  const OpsPersonFilter filter = { NULL, 0, TRUE };
  g_autoptr(OpsExportDirectory) directory = ops_export_directory_new ();

  if (!ops_store_reader_foreach_person (reader, &filter, directory_add_cb, directory,
                                        cancellable, error))
    return NULL;

  return g_steal_pointer (&directory);
}

static gboolean
collect_object_cb (gpointer object,
                   gpointer user_data)
{
  g_ptr_array_add (user_data, g_object_ref (object));
  return TRUE;
}

/* Rows are collected first (a date range of meetings, the action items:
 * hundreds, not millions) so that progress knows the total. Each row of
 * @records goes through @row; the sheet is finished or aborted. */
static gboolean
write_rows (OpsSheet               *sheet,
            GPtrArray              *records,
            gboolean              (*row) (OpsSheet *, gpointer, gpointer, GError **),
            gpointer                row_data,
            OpsExportProgressFunc   progress_func,
            gpointer                progress_data,
            GCancellable           *cancellable,
            GError                **error)
{
  OpsProgress progress;
  guint i;

  ops_sheet_set_cancellable (sheet, cancellable);
  ops_progress_init (&progress, progress_func, progress_data, records->len);

  for (i = 0; i < records->len; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
          !row (sheet, g_ptr_array_index (records, i), row_data, error))
        {
          ops_sheet_abort (sheet);
          return FALSE;
        }
      ops_progress_add (&progress);
    }

  if (!ops_sheet_finish (sheet, error))
    return FALSE;

  ops_progress_end (&progress);
  return TRUE;
}

static gboolean
notice_row (OpsSheet  *sheet,
            gpointer   record,
            gpointer   directory,
            GError   **error)
{
  return ops_export_meeting_notice_row (sheet, record, directory, error);
}

static gboolean
run_meeting_notice (OpsStoreReader        *reader,
                    const OpsExportParams *params,
                    const char            *output_path,
                    OpsExportProgressFunc  progress_func,
                    gpointer               progress_data,
                    GCancellable          *cancellable,
                    GError               **error)
{
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(OpsExportDirectory) directory = NULL;
  OpsSheet *sheet;

  directory = load_directory (reader, cancellable, error);
  if (directory == NULL)
    return FALSE;

  if (!ops_store_reader_foreach_meeting (reader, params->from, params->to,
                                         (OpsMeetingFunc) collect_object_cb, meetings,
                                         cancellable, error))
    return FALSE;

  sheet = ops_export_meeting_notice_begin (output_path, params->from, params->to, error);
  if (sheet == NULL)
    return FALSE;

  return write_rows (sheet, meetings, notice_row, directory, progress_func, progress_data,
                     cancellable, error);
}

static gboolean
run_meeting_minutes (OpsStoreReader        *reader,
                     const OpsExportParams *params,
                     const char            *output_path,
                     OpsExportProgressFunc  progress_func,
                     gpointer               progress_data,
                     GCancellable          *cancellable,
                     GError               **error)
{
  g_autoptr(OpsMeeting) meeting = NULL;
  OpsProgress progress;

  if (params->record_id <= 0)
    {
      g_set_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_BAD_ARGUMENT,
                   _("The minutes are exported for one meeting: give its number with --meeting ID (or export them from the meeting in Opsdesk)."));
      return FALSE;
    }

  meeting = ops_store_reader_get_meeting (reader, params->record_id, error);
  if (meeting == NULL)
    return FALSE;

  ops_progress_init (&progress, progress_func, progress_data, 1);
  if (!ops_export_meeting_minutes_write (output_path, meeting, cancellable, error))
    return FALSE;
  ops_progress_add (&progress);
  ops_progress_end (&progress);
  return TRUE;
}

static gboolean
action_item_row (OpsSheet  *sheet,
                 gpointer   record,
                 gpointer   unused,
                 GError   **error)
{
  return ops_export_action_items_row (sheet, record, error);
}

static gboolean
run_action_items (OpsStoreReader        *reader,
                  const OpsExportParams *params,
                  const char            *output_path,
                  OpsExportProgressFunc  progress_func,
                  gpointer               progress_data,
                  GCancellable          *cancellable,
                  GError               **error)
{
  /* Every item, open and closed; --from/--to narrow the due dates. */
  const OpsActionItemFilter filter = {
    .status = OPS_ACTION_FILTER_ANY,
    .due_from = params->from,
    .due_to = params->to,
  };
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  OpsSheet *sheet;

  if (!ops_store_reader_foreach_action_item (reader, &filter,
                                             (OpsActionItemFunc) collect_object_cb, items,
                                             cancellable, error))
    return FALSE;

  sheet = ops_export_action_items_begin (output_path, params->from, params->to, error);
  if (sheet == NULL)
    return FALSE;

  return write_rows (sheet, items, action_item_row, NULL, progress_func, progress_data,
                     cancellable, error);
}

/* The document approval form (文件审批申请表) ------------------------------ */

typedef struct {
  OpsSheet     *sheet;
  OpsProgress  *progress;
  GCancellable *cancellable;
  GError       *error;
} ApprovalRun;

static gboolean
approval_row_cb (OpsApprovalRequest *request,
                 gpointer            user_data)
{
  ApprovalRun *run = user_data;

  if (g_cancellable_is_cancelled (run->cancellable))
    return FALSE;

  if (!ops_export_approval_form_row (run->sheet, request, &run->error))
    return FALSE;

  ops_progress_add (run->progress);
  return TRUE;
}

/* --from / --to: NULL, or a date that exists, the first not after the
 * second; else OPS_EXPORT_ERROR_BAD_ARGUMENT. */
static gboolean
approval_check_range (const OpsExportParams  *params,
                  GError                **error)
{
  const char *dates[] = { params->from, params->to };
  const char *fields[] = { "--from", "--to" };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autoptr(GError) local_error = NULL;

      if (dates[i] != NULL && !ops_validate_date (fields[i], dates[i], &local_error))
        {
          g_set_error_literal (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_BAD_ARGUMENT,
                               local_error->message);
          return FALSE;
        }
    }

  if (params->from != NULL && params->to != NULL && g_strcmp0 (params->from, params->to) > 0)
    {
      g_set_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_BAD_ARGUMENT,
                   _("The range starts on %s, after its end on %s. Give the earlier date first."),
                   params->from, params->to);
      return FALSE;
    }

  return TRUE;
}

static gboolean
run_approval_form (OpsStoreReader        *reader,
                   const OpsExportParams *params,
                   const char            *output_path,
                   OpsExportProgressFunc  progress_func,
                   gpointer               progress_data,
                   GCancellable          *cancellable,
                   GError               **error)
{
  OpsProgress progress;
  ApprovalRun run = { NULL, &progress, cancellable, NULL };
  guint total = 0;

  if (!approval_check_range (params, error))
    return FALSE;

  if (!ops_store_reader_count_approvals (reader, params->from, params->to, &total, error))
    return FALSE;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  run.sheet = ops_export_approval_form_begin (output_path, params->from, params->to, error);
  if (run.sheet == NULL)
    return FALSE;
  ops_sheet_set_cancellable (run.sheet, cancellable);

  ops_progress_init (&progress, progress_func, progress_data, total);

  if (!ops_store_reader_foreach_approval (reader, params->from, params->to, approval_row_cb, &run,
                                          cancellable, error))
    {
      g_clear_error (&run.error);
      ops_sheet_abort (run.sheet);
      return FALSE;
    }

  if (run.error != NULL)
    {
      g_propagate_error (error, run.error);
      ops_sheet_abort (run.sheet);
      return FALSE;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      ops_sheet_abort (run.sheet);
      return FALSE;
    }

  if (!ops_sheet_finish (run.sheet, error))
    return FALSE;

  ops_progress_end (&progress);
  return TRUE;
}

/* The templates' runners; every entry of ops_export_templates() has one. */
static const struct {
  const char       *name;
  OpsExportRunFunc  run;
} runners[] = {
  { "people", run_people },
  { "meeting-notice", run_meeting_notice },
  { "meeting-minutes", run_meeting_minutes },
  { "action-items", run_action_items },
  { "approval-form", run_approval_form },
};

/**
 * ops_export_run:
 * @reader: a reader, used from this thread only
 * @template_name: a name from ops_export_templates()
 * @params: (nullable): range and record for templates that use them
 * @output_path: the .xlsx to write; replaced only when the export succeeds
 * @progress: (nullable): called on this thread with rows done and in all
 * @cancellable: (nullable):
 *
 * Runs one export synchronously (worker threads and the command line; never
 * the UI thread). On failure or cancellation (G_IO_ERROR_CANCELLED) no file
 * is created and an existing @output_path is untouched.
 *
 * Returns: %TRUE when @output_path was written.
 */
gboolean
ops_export_run (OpsStoreReader        *reader,
                const char            *template_name,
                const OpsExportParams *params,
                const char            *output_path,
                OpsExportProgressFunc  progress,
                gpointer               progress_data,
                GCancellable          *cancellable,
                GError               **error)
{
  const OpsExportParams no_params = { NULL, NULL, 0 };
  const OpsExportTemplate *template;
  guint i;

  g_return_val_if_fail (reader != NULL, FALSE);
  g_return_val_if_fail (template_name != NULL, FALSE);
  g_return_val_if_fail (output_path != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  template = ops_export_template_lookup_checked (template_name, error);
  if (template == NULL)
    return FALSE;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  for (i = 0; i < G_N_ELEMENTS (runners); i++)
    if (g_str_equal (runners[i].name, template->name))
      return runners[i].run (reader, params != NULL ? params : &no_params, output_path,
                             progress, progress_data, cancellable, error);

  /* A template in the registry without a runner is a programming error. */
  g_critical ("Export template “%s” has no runner", template->name);
  g_set_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_UNKNOWN_TEMPLATE,
               _("The export template “%s” cannot be run by this version of Opsdesk. Report this problem."),
               template->name);
  return FALSE;
}

/* Asynchronous ------------------------------------------------------------ */

/* Progress shared by the worker (writer) and the caller's main context
 * (reader); reference counted because an idle may outlive the task. */
typedef struct {
  gatomicrefcount        ref_count;
  GMutex                 mutex;
  GMainContext          *context;
  OpsExportProgressFunc  func;
  gpointer               data;
  GDestroyNotify         destroy;
  guint                  done;
  guint                  total;
  gint64                 last_sent;   /* worker only */
  gboolean               pending;     /* an idle is scheduled */
} AsyncProgress;

static AsyncProgress *
async_progress_ref (AsyncProgress *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/* Runs @func on @context's thread, always through a source. Not
 * g_main_context_invoke(): from a worker it calls @func right there when
 * nobody owns the (global default) context at that moment. */
static void
run_in_context (GMainContext   *context,
                GSourceFunc     func,
                gpointer        data,
                GDestroyNotify  notify)
{
  GSource *source = g_idle_source_new ();

  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, func, data, notify);
  g_source_set_static_name (source, "[opsdesk] export progress");
  g_source_attach (source, context);
  g_source_unref (source);
}

static gboolean
async_progress_call_destroy (gpointer user_data)
{
  AsyncProgress *self = user_data;

  if (self->destroy != NULL)
    self->destroy (self->data);

  g_main_context_unref (self->context);
  g_mutex_clear (&self->mutex);
  g_free (self);
  return G_SOURCE_REMOVE;
}

static void
async_progress_unref (AsyncProgress *self)
{
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  /* @progress_destroy runs on the caller's main context, like @progress. */
  run_in_context (self->context, async_progress_call_destroy, self, NULL);
}

static gboolean
async_progress_dispatch (gpointer user_data)
{
  AsyncProgress *self = user_data;
  guint done, total;

  g_mutex_lock (&self->mutex);
  done = self->done;
  total = self->total;
  self->pending = FALSE;
  g_mutex_unlock (&self->mutex);

  if (self->func != NULL)
    self->func (done, total, self->data);

  return G_SOURCE_REMOVE;
}

/* The OpsExportProgressFunc of the worker: rate-limited forwarding. */
static void
async_progress_cb (guint    done,
                   guint    total,
                   gpointer user_data)
{
  AsyncProgress *self = user_data;
  gint64 now = g_get_monotonic_time ();
  gboolean schedule;

  /* Always forward the first and the last update. */
  if (done != 0 && done < total && now - self->last_sent < OPS_EXPORT_PROGRESS_INTERVAL_US)
    return;
  self->last_sent = now;

  g_mutex_lock (&self->mutex);
  self->done = done;
  self->total = total;
  schedule = !self->pending;
  self->pending = TRUE;
  g_mutex_unlock (&self->mutex);

  if (schedule)
    run_in_context (self->context, async_progress_dispatch, async_progress_ref (self),
                    (GDestroyNotify) async_progress_unref);
}

typedef struct {
  char            *template_name;
  char            *from;
  char            *to;
  gint64           record_id;
  char            *output_path;
  AsyncProgress   *progress;   /* nullable */
} RunData;

static void
run_data_free (RunData *data)
{
  g_free (data->template_name);
  g_free (data->from);
  g_free (data->to);
  g_free (data->output_path);
  g_clear_pointer (&data->progress, async_progress_unref);
  g_free (data);
}

static void
run_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  RunData *data = task_data;
  OpsExportParams params = { data->from, data->to, data->record_id };
  g_autoptr(OpsStoreReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  reader = ops_store_reader_new (OPS_STORE (source_object), &error);
  if (reader == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (!ops_export_run (reader, data->template_name, &params, data->output_path,
                       data->progress != NULL ? async_progress_cb : NULL, data->progress,
                       cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * ops_export_run_async:
 * @store: the open store; the export reads from its own snapshot
 * @template_name: a name from ops_export_templates()
 * @params: (nullable): copied
 * @output_path: the .xlsx to write
 * @progress: (nullable): called on the caller's thread-default main context,
 *   about 20 times a second at most, and with the final count
 * @progress_destroy: (nullable): frees @progress_data, on that context too
 *
 * Runs ops_export_run() on a worker thread with a new reader of @store.
 */
void
ops_export_run_async (OpsStore              *store,
                      const char            *template_name,
                      const OpsExportParams *params,
                      const char            *output_path,
                      OpsExportProgressFunc  progress,
                      gpointer               progress_data,
                      GDestroyNotify         progress_destroy,
                      GCancellable          *cancellable,
                      GAsyncReadyCallback    callback,
                      gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  RunData *data;

  g_return_if_fail (OPS_IS_STORE (store));
  g_return_if_fail (template_name != NULL);
  g_return_if_fail (output_path != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (RunData, 1);
  data->template_name = g_strdup (template_name);
  data->output_path = g_strdup (output_path);
  if (params != NULL)
    {
      data->from = g_strdup (params->from);
      data->to = g_strdup (params->to);
      data->record_id = params->record_id;
    }
  if (progress != NULL || progress_destroy != NULL)
    {
      AsyncProgress *p = g_new0 (AsyncProgress, 1);

      g_atomic_ref_count_init (&p->ref_count);
      g_mutex_init (&p->mutex);
      p->context = g_main_context_ref_thread_default ();
      p->func = progress;
      p->data = progress_data;
      p->destroy = progress_destroy;
      data->progress = p;
    }

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, ops_export_run_async);
  g_task_set_name (task, "[opsdesk] export");
  /* The result is what happened: a cancel that came too late to stop the
   * rename still reports the file that was written. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, data, (GDestroyNotify) run_data_free);
  g_task_run_in_thread (task, run_thread);
}

/**
 * ops_export_run_finish:
 *
 * Returns: %TRUE when the file was written; %FALSE with @error set
 * (G_IO_ERROR_CANCELLED when cancelled; then no file was created).
 */
gboolean
ops_export_run_finish (GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ops_export_run_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Calendar files ---------------------------------------------------------- */

/**
 * ops_export_run_ics:
 * @reader: a reader, used from this thread only
 * @meeting_id: the meeting
 * @whole_series: write the meeting's whole series (when it has one)
 * @output_path: the .ics file; replaced only when complete
 * @cancellable: (nullable):
 *
 * Writes the calendar file of a meeting or of its whole series. Blocking:
 * worker threads and the command line.
 *
 * Returns: %TRUE when @output_path was written.
 */
gboolean
ops_export_run_ics (OpsStoreReader  *reader,
                    gint64           meeting_id,
                    gboolean         whole_series,
                    const char      *output_path,
                    GCancellable    *cancellable,
                    GError         **error)
{
  g_autoptr(OpsMeeting) meeting = NULL;
  g_autoptr(OpsExportDirectory) directory = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(OpsMeetingSeries) series = NULL;
  g_autofree char *database_uid = NULL;
  OpsIcsRecurrence recurrence = { 0 };

  g_return_val_if_fail (reader != NULL, FALSE);
  g_return_val_if_fail (output_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (meeting_id <= 0)
    {
      g_set_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_BAD_ARGUMENT,
                   _("A calendar file is written for one meeting or its series: give the meeting’s number with --meeting ID."));
      return FALSE;
    }

  meeting = ops_store_reader_get_meeting (reader, meeting_id, error);
  if (meeting == NULL)
    return FALSE;

  directory = load_directory (reader, cancellable, error);
  if (directory == NULL)
    return FALSE;

  database_uid = ops_store_reader_dup_database_uid (reader);

  if (whole_series && ops_meeting_get_series_id (meeting) != 0)
    {
      meetings = ops_store_reader_get_series (reader, ops_meeting_get_series_id (meeting),
                                              &series, error);
      if (meetings == NULL)
        return FALSE;
      if (series != NULL)
        recurrence = (OpsIcsRecurrence) { series->id, series->freq, series->interval };
    }

  if (meetings == NULL || meetings->len == 0)
    {
      g_clear_pointer (&meetings, g_ptr_array_unref);
      meetings = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (meetings, g_object_ref (meeting));
      recurrence.freq = OPS_RECUR_NONE;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  return ops_ics_write_meetings (output_path, meetings,
                                 recurrence.freq != OPS_RECUR_NONE ? &recurrence : NULL,
                                 directory, database_uid, cancellable, error);
}

typedef struct {
  gint64    meeting_id;
  gboolean  whole_series;
  char     *path;
} IcsData;

static void
ics_data_free (IcsData *data)
{
  g_free (data->path);
  g_free (data);
}

static void
ics_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  IcsData *data = task_data;
  g_autoptr(OpsStoreReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  reader = ops_store_reader_new (OPS_STORE (source_object), &error);
  if (reader == NULL ||
      !ops_export_run_ics (reader, data->meeting_id, data->whole_series, data->path,
                           cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * ops_export_runner_write_ics:
 * @store: the open store; the export reads from its own snapshot
 * @meeting_id: the meeting
 * @whole_series: write the meeting's whole series (when it has one)
 * @destination: a local file (the save dialog's choice)
 * @cancellable: (nullable):
 *
 * Runs ops_export_run_ics() on a worker thread. @callback runs on the
 * caller's thread-default main context.
 */
void
ops_export_runner_write_ics (OpsStore            *store,
                             gint64               meeting_id,
                             gboolean             whole_series,
                             GFile               *destination,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;
  IcsData *data;

  g_return_if_fail (OPS_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (destination));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, ops_export_runner_write_ics);
  g_task_set_name (task, "[opsdesk] export .ics");

  path = g_file_get_path (destination);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (destination);

      g_task_return_new_error (task, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_FAILED,
                               _("“%s” is not a file on this computer. Choose a folder on this computer and export again."),
                               uri);
      return;
    }

  data = g_new0 (IcsData, 1);
  data->meeting_id = meeting_id;
  data->whole_series = whole_series;
  data->path = g_steal_pointer (&path);
  g_task_set_task_data (task, data, (GDestroyNotify) ics_data_free);
  g_task_run_in_thread (task, ics_thread);
}

/**
 * ops_export_runner_write_ics_finish:
 *
 * Returns: %TRUE when the file was written; %FALSE with @error set.
 */
gboolean
ops_export_runner_write_ics_finish (GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ops_export_runner_write_ics, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
