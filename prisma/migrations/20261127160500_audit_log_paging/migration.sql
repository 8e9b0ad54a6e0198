-- The audit log is paged newest first under a filter on action, entity or user, at a million events and more:
-- each filter gets an index in the page's order, so a page and its count read only the matching index entries.
CREATE INDEX "AuditEvent_action_at_id_idx" ON "AuditEvent"("action", "at", "id");
CREATE INDEX "AuditEvent_entity_at_id_idx" ON "AuditEvent"("entity", "at", "id");
CREATE INDEX "AuditEvent_userId_at_id_idx" ON "AuditEvent"("userId", "at", "id");
