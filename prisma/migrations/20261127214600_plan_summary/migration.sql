-- Issue 13: the engine's result per plan, kept for reuse and provably current.
--
-- Every change to anything a plan's figures are computed from (the unit, its plans, indicators, target versions,
-- month reports, monthly actuals, deviation records, budget executions) bumps the unit's data version in the same
-- transaction, by the triggers below. A stored summary carries the version it was computed at and is used only
-- while that is still the unit's version, so it is never older than the data it was computed from
-- (lib/data/plan-summary.ts explains the read).

CREATE TABLE "UnitDataVersion" (
    "unitId"  INTEGER NOT NULL,
    "version" BIGINT  NOT NULL DEFAULT 0,
    CONSTRAINT "UnitDataVersion_pkey" PRIMARY KEY ("unitId")
);

CREATE TABLE "PlanSummary" (
    "planId"      INTEGER       NOT NULL,
    "variant"     VARCHAR(64)   NOT NULL,
    "unitId"      INTEGER       NOT NULL,
    "dataVersion" BIGINT        NOT NULL,
    "engine"      VARCHAR(64)   NOT NULL,
    "figures"     TEXT          NOT NULL,
    "computedAt"  TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PlanSummary_pkey" PRIMARY KEY ("planId", "variant")
);
ALTER TABLE "PlanSummary" ADD CONSTRAINT "PlanSummary_planId_fkey"
    FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO "UnitDataVersion" ("unitId", "version") SELECT "id", 1 FROM "Unit";

CREATE FUNCTION "bump_unit_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed JSONB := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
    unit_id INTEGER;
BEGIN
    CASE TG_TABLE_NAME
        WHEN 'Unit' THEN
            unit_id := (changed ->> 'id')::INTEGER;
        WHEN 'Plan' THEN
            unit_id := (changed ->> 'unitId')::INTEGER;
        WHEN 'Indicator', 'MonthReport', 'BudgetExecution' THEN
            SELECT p."unitId" INTO unit_id FROM "Plan" p WHERE p."id" = (changed ->> 'planId')::INTEGER;
        WHEN 'MonthlyActual', 'TargetVersion' THEN
            SELECT p."unitId" INTO unit_id
            FROM "Indicator" i JOIN "Plan" p ON p."id" = i."planId"
            WHERE i."id" = (changed ->> 'indicatorId')::INTEGER;
        WHEN 'DeviationRecord' THEN
            SELECT p."unitId" INTO unit_id
            FROM "MonthlyActual" a JOIN "Indicator" i ON i."id" = a."indicatorId" JOIN "Plan" p ON p."id" = i."planId"
            WHERE a."id" = (changed ->> 'actualId')::INTEGER;
    END CASE;
    -- a row deleted by a cascade from its plan finds no plan any more: the plan's own deletion has bumped the unit
    IF unit_id IS NOT NULL THEN
        INSERT INTO "UnitDataVersion" ("unitId", "version") VALUES (unit_id, 1)
        ON CONFLICT ("unitId") DO UPDATE SET "version" = "UnitDataVersion"."version" + 1;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER "Unit_bump_data_version" AFTER INSERT OR UPDATE ON "Unit"
    FOR EACH ROW EXECUTE FUNCTION "bump_unit_data_version"();

-- TRUNCATE fires no row trigger: it bumps every unit
CREATE FUNCTION "bump_every_unit_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "UnitDataVersion" SET "version" = "version" + 1;
    RETURN NULL;
END;
$$;

-- every other source of a plan's figures: its rows move their unit's version, a TRUNCATE moves every unit's
DO $$
DECLARE
    source TEXT;
BEGIN
    FOREACH source IN ARRAY ARRAY['Plan', 'Indicator', 'TargetVersion', 'MonthReport', 'MonthlyActual',
                                  'DeviationRecord', 'BudgetExecution'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I '
                       'FOR EACH ROW EXECUTE FUNCTION "bump_unit_data_version"()', source || '_bump_data_version', source);
        EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION "bump_every_unit_data_version"()',
                       source || '_truncate_data_version', source);
    END LOOP;
END;
$$;
