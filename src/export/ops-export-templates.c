/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-export-templates.c: the registry of export templates (name, title,
 * description). Each workflow adds a row to the table below.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "export/ops-export-templates.h"

static const char *
people_title (void)
{
  return _("People directory");
}

static const char *
people_description (void)
{
  return _("Everyone in the directory, by department");
}

static const char *
approval_form_title (void)
{
  return C_("approval form", "Document Approval Requests");
}

static const char *
approval_form_description (void)
{
  return _("One row per approval request dated in the range (--from, --to), with its chain and the approvers’ opinions");
}

static const char *
meeting_notice_title (void)
{
  return _("Meeting notices");
}

static const char *
meeting_notice_description (void)
{
  return _("One row per meeting starting in the range (--from, --to): topic, time, place, attendees, agenda and materials");
}

static const char *
meeting_minutes_title (void)
{
  return _("Meeting minutes");
}

static const char *
meeting_minutes_description (void)
{
  return _("The minutes of one meeting (--meeting ID) on one printed page: time, place, attendees with sign-in, resolutions and action items");
}

static const char *
action_items_title (void)
{
  return _("Action item tracking");
}

static const char *
action_items_description (void)
{
  return _("Every action item from meetings with owner, due dates, status, reason for delay and revisions (--from, --to: due dates)");
}

static const char *
meeting_notice_range (void)
{
  return _("Meetings starting between these dates");
}

static const char *
action_items_range (void)
{
  return _("Action items due between these dates");
}

static const char *
approval_form_range (void)
{
  return _("Requests dated between these dates");
}

static const OpsExportTemplate templates[] = {
  { "people", people_title, people_description, NULL },
  { "meeting-notice", meeting_notice_title, meeting_notice_description, meeting_notice_range },
  { "meeting-minutes", meeting_minutes_title, meeting_minutes_description, NULL },
  { "action-items", action_items_title, action_items_description, action_items_range },
  { "approval-form", approval_form_title, approval_form_description, approval_form_range },
  { NULL, NULL, NULL, NULL },
};

/**
 * ops_export_templates:
 *
 * Returns: (transfer none): the templates, terminated by an entry whose
 * name is %NULL.
 */
const OpsExportTemplate *
ops_export_templates (void)
{
  return templates;
}

/**
 * ops_export_template_lookup:
 * @name: a template name such as "people"
 *
 * Returns: (transfer none) (nullable): the template called @name, or %NULL.
 * The caller reports an unknown name with OPS_EXPORT_ERROR_UNKNOWN_TEMPLATE
 * (see ops_export_template_lookup_checked()).
 */
const OpsExportTemplate *
ops_export_template_lookup (const char *name)
{
  guint i;

  if (name == NULL)
    return NULL;

  for (i = 0; templates[i].name != NULL; i++)
    if (g_str_equal (templates[i].name, name))
      return &templates[i];

  return NULL;
}

/**
 * ops_export_template_lookup_checked:
 * @name: a template name such as "people"
 *
 * Like ops_export_template_lookup(), with the error a person sees for a name
 * that doesn't exist.
 *
 * Returns: (transfer none) (nullable): the template, or %NULL with
 * OPS_EXPORT_ERROR_UNKNOWN_TEMPLATE.
 */
const OpsExportTemplate *
ops_export_template_lookup_checked (const char  *name,
                                    GError     **error)
{
  const OpsExportTemplate *template = ops_export_template_lookup (name);

  if (template == NULL)
    {
      g_autofree char *shown = g_utf8_make_valid (name != NULL ? name : "", -1);

      g_set_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_UNKNOWN_TEMPLATE,
                   _("There is no export template called “%s”. Run opsdesk --export list to see the names."),
                   shown);
    }

  return template;
}
