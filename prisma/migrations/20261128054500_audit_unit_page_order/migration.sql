-- The audit log filtered by unit is paged in the same order as the other filters (at, id): with id in the index, a page
-- and its count read the index alone instead of fetching every skipped row (one unit holds ten thousand events and
-- more at province scale). It serves every query the (unitId, at) index served.
DROP INDEX "AuditEvent_unitId_at_idx";
CREATE INDEX "AuditEvent_unitId_at_id_idx" ON "AuditEvent"("unitId", "at", "id");
