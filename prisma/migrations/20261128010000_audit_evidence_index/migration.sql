-- Issue 13: the history beside a month and an indicator finds its evidence files' events by what they were attached
-- to (JSON containment on after/before, lib/data/history.ts). Only EvidenceFile events are indexed; the other
-- events are found by entity and id.
CREATE INDEX "AuditEvent_after_idx" ON "AuditEvent" USING GIN ("after" jsonb_path_ops) WHERE "entity" = 'EvidenceFile';
CREATE INDEX "AuditEvent_before_idx" ON "AuditEvent" USING GIN ("before" jsonb_path_ops) WHERE "entity" = 'EvidenceFile';
