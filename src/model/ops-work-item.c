/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-work-item.c: one entry of the My Work start page.
 */
#include "config.h"

#include "core/ops-calendar.h"
#include "model/ops-work-item.h"

struct _OpsWorkItem
{
  GObject         parent_instance;

  OpsWorkKind     kind;
  OpsWorkUrgency  urgency;
  char           *title;
  char           *detail;
  gint64          due;
  char           *due_date;
  char           *page;
  gint64          record_id;
};

G_DEFINE_FINAL_TYPE (OpsWorkItem, ops_work_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_URGENCY,
  PROP_TITLE,
  PROP_DETAIL,
  PROP_DUE,
  PROP_DUE_DATE,
  PROP_PAGE,
  PROP_RECORD_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ops_work_item_finalize (GObject *object)
{
  OpsWorkItem *self = OPS_WORK_ITEM (object);

  g_free (self->title);
  g_free (self->detail);
  g_free (self->due_date);
  g_free (self->page);

  G_OBJECT_CLASS (ops_work_item_parent_class)->finalize (object);
}

static void
ops_work_item_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  OpsWorkItem *self = OPS_WORK_ITEM (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_URGENCY:
      g_value_set_int (value, self->urgency);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DETAIL:
      g_value_set_string (value, self->detail);
      break;
    case PROP_DUE:
      g_value_set_int64 (value, self->due);
      break;
    case PROP_DUE_DATE:
      g_value_set_string (value, self->due_date);
      break;
    case PROP_PAGE:
      g_value_set_string (value, self->page);
      break;
    case PROP_RECORD_ID:
      g_value_set_int64 (value, self->record_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_work_item_class_init (OpsWorkItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ops_work_item_finalize;
  object_class->get_property = ops_work_item_get_property;

  properties[PROP_KIND] = g_param_spec_int ("kind", NULL, NULL, 0, OPS_WORK_STAMP, 0, ro);
  properties[PROP_URGENCY] = g_param_spec_int ("urgency", NULL, NULL, 0, OPS_WORK_LATER, 0, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);
  properties[PROP_DETAIL] = g_param_spec_string ("detail", NULL, NULL, NULL, ro);
  properties[PROP_DUE] = g_param_spec_int64 ("due", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_DUE_DATE] = g_param_spec_string ("due-date", NULL, NULL, NULL, ro);
  properties[PROP_PAGE] = g_param_spec_string ("page", NULL, NULL, NULL, ro);
  properties[PROP_RECORD_ID] = g_param_spec_int64 ("record-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_work_item_init (OpsWorkItem *self)
{
}

OpsWorkItem *
ops_work_item_new (OpsWorkKind     kind,
                   OpsWorkUrgency  urgency,
                   const char     *title,
                   const char     *detail,
                   gint64          due,
                   const char     *due_date,
                   const char     *page,
                   gint64          record_id)
{
  OpsWorkItem *self = g_object_new (OPS_TYPE_WORK_ITEM, NULL);

  self->kind = kind;
  self->urgency = urgency;
  self->title = g_strdup (title);
  self->detail = g_strdup (detail);
  self->due = due;
  self->due_date = g_strdup (due_date);
  self->page = g_strdup (page);
  self->record_id = record_id;
  return self;
}

OpsWorkKind
ops_work_item_get_kind (OpsWorkItem *self)
{
  g_return_val_if_fail (OPS_IS_WORK_ITEM (self), 0);
  return self->kind;
}

OpsWorkUrgency
ops_work_item_get_urgency (OpsWorkItem *self)
{
  g_return_val_if_fail (OPS_IS_WORK_ITEM (self), OPS_WORK_LATER);
  return self->urgency;
}

const char *
ops_work_item_get_title (OpsWorkItem *self)
{
  g_return_val_if_fail (OPS_IS_WORK_ITEM (self), NULL);
  return self->title;
}

const char *
ops_work_item_get_detail (OpsWorkItem *self)
{
  g_return_val_if_fail (OPS_IS_WORK_ITEM (self), NULL);
  return self->detail;
}

gint64
ops_work_item_get_due (OpsWorkItem *self)
{
  g_return_val_if_fail (OPS_IS_WORK_ITEM (self), 0);
  return self->due;
}

const char *
ops_work_item_get_due_date (OpsWorkItem *self)
{
  g_return_val_if_fail (OPS_IS_WORK_ITEM (self), NULL);
  return self->due_date;
}

const char *
ops_work_item_get_page (OpsWorkItem *self)
{
  g_return_val_if_fail (OPS_IS_WORK_ITEM (self), NULL);
  return self->page;
}

gint64
ops_work_item_get_record_id (OpsWorkItem *self)
{
  g_return_val_if_fail (OPS_IS_WORK_ITEM (self), 0);
  return self->record_id;
}

/* A sortable key for when the entry falls due: the instant, or the date's
 * local midnight. 0 (no due) sorts last. */
static gint64
due_key (OpsWorkItem *item)
{
  if (item->due != 0)
    return item->due;
  if (item->due_date != NULL)
    {
      GDate date;

      if (ops_date_parse_iso (item->due_date, &date))
        {
          g_autoptr(GDateTime) dt = g_date_time_new_local (g_date_get_year (&date),
                                                           g_date_get_month (&date),
                                                           g_date_get_day (&date),
                                                           23, 59, 59);

          if (dt != NULL)
            return g_date_time_to_unix (dt);
        }
    }
  return G_MAXINT64;
}

int
ops_work_item_compare (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  OpsWorkItem *x = *(OpsWorkItem * const *) a;
  OpsWorkItem *y = *(OpsWorkItem * const *) b;
  gint64 dx, dy;

  if (x->urgency != y->urgency)
    return x->urgency < y->urgency ? -1 : 1;
  dx = due_key (x);
  dy = due_key (y);
  if (dx != dy)
    return dx < dy ? -1 : 1;
  return g_strcmp0 (x->title, y->title);
}

OpsWorkUrgency
ops_work_urgency_for_date (const char *due_date,
                           const char *today)
{
  GDate due, now;
  int days;

  g_return_val_if_fail (due_date != NULL && today != NULL, OPS_WORK_LATER);

  if (!ops_date_parse_iso (due_date, &due) || !ops_date_parse_iso (today, &now))
    return OPS_WORK_LATER;
  days = g_date_days_between (&now, &due);
  if (days < 0)
    return OPS_WORK_OVERDUE;
  if (days == 0)
    return OPS_WORK_TODAY;
  if (days <= 7)
    return OPS_WORK_THIS_WEEK;
  return OPS_WORK_LATER;
}
