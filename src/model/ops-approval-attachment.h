/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-approval-attachment.h: a file of an approval request: the final
 * document (final = TRUE; at most one per request, the newest wins) or an
 * attachment. The store copies the file into
 * "<files dir>/approvals/<request id>/<file-name>"; get the full path with
 * ops_store_dup_approval_file_path() and open it with the default
 * application.
 *
 * Properties (readable and writable, notify only on change):
 *   id             gint64   0 before it is stored
 *   request-id     gint64
 *   title          string   what it is ("Final document", "差旅费标准附表")
 *   file-name      string   the stored file's name inside the request's folder
 *   original-name  string   the name of the file that was added
 *   added-at       gint64   Unix seconds UTC
 *   round          guint    the round in which it was added (1-based)
 *   final          boolean  TRUE for the final document
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OPS_TYPE_APPROVAL_ATTACHMENT (ops_approval_attachment_get_type ())
G_DECLARE_FINAL_TYPE (OpsApprovalAttachment, ops_approval_attachment, OPS, APPROVAL_ATTACHMENT, GObject)

OpsApprovalAttachment *ops_approval_attachment_new               (void);
/* A deep copy (a new object with the same values). (transfer full) */
OpsApprovalAttachment *ops_approval_attachment_copy              (OpsApprovalAttachment *self);
gint64                 ops_approval_attachment_get_id            (OpsApprovalAttachment *self);
void                   ops_approval_attachment_set_id            (OpsApprovalAttachment *self, gint64 id);
gint64                 ops_approval_attachment_get_request_id    (OpsApprovalAttachment *self);
void                   ops_approval_attachment_set_request_id    (OpsApprovalAttachment *self, gint64 request_id);
const char            *ops_approval_attachment_get_title         (OpsApprovalAttachment *self);
void                   ops_approval_attachment_set_title         (OpsApprovalAttachment *self, const char *title);
const char            *ops_approval_attachment_get_file_name     (OpsApprovalAttachment *self);
void                   ops_approval_attachment_set_file_name     (OpsApprovalAttachment *self, const char *file_name);
const char            *ops_approval_attachment_get_original_name (OpsApprovalAttachment *self);
void                   ops_approval_attachment_set_original_name (OpsApprovalAttachment *self, const char *original_name);
gint64                 ops_approval_attachment_get_added_at      (OpsApprovalAttachment *self);
void                   ops_approval_attachment_set_added_at      (OpsApprovalAttachment *self, gint64 added_at);
guint                  ops_approval_attachment_get_round         (OpsApprovalAttachment *self);
void                   ops_approval_attachment_set_round         (OpsApprovalAttachment *self, guint round);
gboolean               ops_approval_attachment_get_final         (OpsApprovalAttachment *self);
void                   ops_approval_attachment_set_final         (OpsApprovalAttachment *self, gboolean final);


G_END_DECLS
