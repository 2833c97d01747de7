/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-roles.c: unit tests of role identifiers and labels.
 */

#include "config.h"

#include <locale.h>

#include "core/ops-roles.h"

/* The identifiers are stored in databases: they must never change. */
static const char *expected_ids[OPS_N_ROLES] = {
  "staff", "department-head", "division-leader", "general-manager",
  "administration", "hr", "trainer", "project-manager", "account-manager",
};

/* NULL-terminated for g_strjoinv(). */
static const char *expected_labels[OPS_N_ROLES + 1] = {
  "Staff", "Department head", "Division leader", "General manager",
  "Administration", "HR", "Trainer", "Project manager", "Account manager",
};

static void
test_id_round_trip (void)
{
  OpsRole seen = OPS_ROLE_NONE;

  for (guint i = 0; i < OPS_N_ROLES; i++)
    {
      OpsRole role = ops_role_nth (i);
      const char *id = ops_role_to_id (role);

      /* exactly one bit, not seen before */
      g_assert_cmpuint (role, !=, 0);
      g_assert_cmpuint (role & (role - 1), ==, 0);
      g_assert_cmpuint (seen & role, ==, 0);
      seen |= role;

      g_assert_cmpstr (id, ==, expected_ids[i]);
      g_assert_cmpuint (ops_role_from_id (id), ==, role);
    }

  g_assert_cmpuint (seen, ==, OPS_ROLE_ALL);
  g_assert_cmpuint (ops_role_nth (0), ==, OPS_ROLE_STAFF);
  g_assert_cmpuint (ops_role_nth (OPS_N_ROLES - 1), ==, OPS_ROLE_ACCOUNT_MANAGER);
  g_assert_cmpuint (ops_role_from_id ("department-head"), ==, OPS_ROLE_DEPARTMENT_HEAD);
}

static void
test_unknown (void)
{
  const char *unknown[] = { "", "Staff", "staff ", "department_head", "admin", "hr\n" };

  g_assert_null (ops_role_to_id (OPS_ROLE_NONE));
  g_assert_null (ops_role_to_id (OPS_ROLE_STAFF | OPS_ROLE_HR));
  g_assert_null (ops_role_to_id ((OpsRole) (1 << 9)));
  g_assert_null (ops_role_to_id (OPS_ROLE_ALL));
  g_assert_null (ops_role_to_label (OPS_ROLE_NONE));
  g_assert_null (ops_role_to_label (OPS_ROLE_TRAINER | OPS_ROLE_HR));

  g_assert_cmpuint (ops_role_from_id (NULL), ==, OPS_ROLE_NONE);
  for (guint i = 0; i < G_N_ELEMENTS (unknown); i++)
    g_assert_cmpuint (ops_role_from_id (unknown[i]), ==, OPS_ROLE_NONE);
}

static void
test_nth_out_of_range (void)
{
  if (g_test_subprocess ())
    {
      /* A programming error: critical, and no role. */
      g_assert_cmpuint (ops_role_nth (OPS_N_ROLES), ==, OPS_ROLE_NONE);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*ops_role_nth*");
}

static void
test_labels (void)
{
  for (guint i = 0; i < OPS_N_ROLES; i++)
    {
      const char *label = ops_role_to_label (ops_role_nth (i));

      g_assert_nonnull (label);
      g_assert_cmpstr (label, !=, "");
      g_assert_cmpstr (label, ==, expected_labels[i]);

      for (guint j = 0; j < i; j++)
        g_assert_cmpstr (label, !=, ops_role_to_label (ops_role_nth (j)));
    }
}

static void
test_roles_to_label (void)
{
  g_autofree char *none = ops_roles_to_label (OPS_ROLE_NONE);
  g_autofree char *one = ops_roles_to_label (OPS_ROLE_STAFF);
  g_autofree char *two = ops_roles_to_label (OPS_ROLE_HR | OPS_ROLE_STAFF);
  g_autofree char *three = ops_roles_to_label (OPS_ROLE_ACCOUNT_MANAGER | OPS_ROLE_DEPARTMENT_HEAD |
                                               OPS_ROLE_GENERAL_MANAGER);
  g_autofree char *all = ops_roles_to_label (OPS_ROLE_ALL);
  g_autofree char *extra_bits = ops_roles_to_label ((OpsRole) (OPS_ROLE_TRAINER | (1 << 12)));
  g_autofree char *expected_all = NULL;

  g_assert_cmpstr (none, ==, "");
  g_assert_cmpstr (one, ==, "Staff");
  /* display order, not bit order of the argument */
  g_assert_cmpstr (two, ==, "Staff, HR");
  g_assert_cmpstr (three, ==, "Department head, General manager, Account manager");
  g_assert_cmpstr (extra_bits, ==, "Trainer");

  expected_all = g_strjoinv (", ", (char **) expected_labels);
  g_assert_cmpstr (all, ==, expected_all);

  /* Every single role alone gives its own label. */
  for (guint i = 0; i < OPS_N_ROLES; i++)
    {
      g_autofree char *single = ops_roles_to_label (ops_role_nth (i));

      g_assert_cmpstr (single, ==, ops_role_to_label (ops_role_nth (i)));
    }
}

int
main (int   argc,
      char *argv[])
{
  /* Labels are compared in the source language. */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/roles/id-round-trip", test_id_round_trip);
  g_test_add_func ("/roles/unknown", test_unknown);
  g_test_add_func ("/roles/nth-out-of-range", test_nth_out_of_range);
  g_test_add_func ("/roles/labels", test_labels);
  g_test_add_func ("/roles/roles-to-label", test_roles_to_label);

  return g_test_run ();
}
