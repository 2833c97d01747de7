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

static const OpsExportTemplate templates[] = {
  { "people", people_title, people_description },
  { NULL, NULL, NULL },
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
