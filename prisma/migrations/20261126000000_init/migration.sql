-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'MANAGER', 'LEADER', 'EVALUATOR');
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'PUBLISHED');
CREATE TYPE "IndicatorKind" AS ENUM ('COUNT', 'RATIO', 'QUALITATIVE');
CREATE TYPE "Comparator" AS ENUM ('GTE', 'LTE', 'EQ');
CREATE TYPE "ShareMode" AS ENUM ('EQUAL', 'PLAN', 'LAST_YEAR');
CREATE TYPE "Rating" AS ENUM ('ACHIEVED', 'PARTIAL', 'NOT_ACHIEVED');
CREATE TYPE "MonthState" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED');
CREATE TYPE "Likelihood" AS ENUM ('CERTAIN', 'POSSIBLE', 'IMPOSSIBLE');
CREATE TYPE "DeviationCause" AS ENUM ('FUNDING', 'INSTITUTION', 'STAFFING', 'HARDWARE', 'OTHER');

-- CreateTable
CREATE TABLE "Unit" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Unit_code_not_blank" CHECK (btrim("code") <> '')
);

CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "username" VARCHAR(64) NOT NULL,
    "displayName" VARCHAR(100) NOT NULL,
    "passwordHash" VARCHAR(100) NOT NULL,
    "role" "Role" NOT NULL,
    "unitId" INTEGER,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMPTZ(3),
    "lastLoginAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "User_manager_has_unit" CHECK ("role" <> 'MANAGER' OR "unitId" IS NOT NULL),
    CONSTRAINT "User_failedLogins_nonnegative" CHECK ("failedLogins" >= 0)
);

CREATE TABLE "Plan" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "goal" TEXT NOT NULL,
    "budgetTotal" DECIMAL(14,2) NOT NULL,
    "basicExpense" DECIMAL(14,2) NOT NULL,
    "projectExpense" DECIMAL(14,2) NOT NULL,
    "budgetWeight" DECIMAL(5,2) NOT NULL DEFAULT 10,
    "gradeExcellent" DECIMAL(5,2) NOT NULL DEFAULT 90,
    "gradeGood" DECIMAL(5,2) NOT NULL DEFAULT 80,
    "gradeFair" DECIMAL(5,2) NOT NULL DEFAULT 60,
    "countGreenPace" DECIMAL(5,2) NOT NULL DEFAULT 100,
    "countYellowPace" DECIMAL(5,2) NOT NULL DEFAULT 95,
    "countTooLowPace" DECIMAL(5,2) NOT NULL DEFAULT 120,
    "ratioTolerancePp" DECIMAL(5,2) NOT NULL DEFAULT 2,
    "budgetGreen" DECIMAL(5,2) NOT NULL DEFAULT 80,
    "budgetYellow" DECIMAL(5,2) NOT NULL DEFAULT 60,
    "dueDay" INTEGER NOT NULL DEFAULT 10,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Plan_year_range" CHECK ("year" BETWEEN 2000 AND 2100),
    CONSTRAINT "Plan_amounts_nonnegative" CHECK ("budgetTotal" >= 0 AND "basicExpense" >= 0 AND "projectExpense" >= 0),
    CONSTRAINT "Plan_budget_split" CHECK ("basicExpense" + "projectExpense" = "budgetTotal"),
    CONSTRAINT "Plan_budgetWeight_range" CHECK ("budgetWeight" BETWEEN 0 AND 100),
    CONSTRAINT "Plan_grade_bands_ordered" CHECK ("gradeFair" <= "gradeGood" AND "gradeGood" <= "gradeExcellent"),
    CONSTRAINT "Plan_dueDay_range" CHECK ("dueDay" BETWEEN 1 AND 28)
);

CREATE TABLE "Indicator" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "level1" VARCHAR(50) NOT NULL,
    "level2" VARCHAR(50) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "kind" "IndicatorKind" NOT NULL,
    "comparator" "Comparator" NOT NULL,
    "target" DECIMAL(18,4),
    "targetText" VARCHAR(500) NOT NULL,
    "displayUnit" VARCHAR(20) NOT NULL,
    "displayDivisor" INTEGER NOT NULL DEFAULT 1,
    "weight" DECIMAL(5,2) NOT NULL,
    "numeratorLabel" VARCHAR(50),
    "denominatorLabel" VARCHAR(50),
    "isMonitoring" BOOLEAN NOT NULL DEFAULT false,
    "isBudgetDerived" BOOLEAN NOT NULL DEFAULT false,
    "shareMode" "ShareMode" NOT NULL DEFAULT 'EQUAL',
    "monthlyPlan" DECIMAL(18,2)[],
    "evaluatorScore" DECIMAL(5,2),
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Indicator_weight_range" CHECK ("weight" BETWEEN 0 AND 100),
    CONSTRAINT "Indicator_monitoring_unweighted" CHECK (NOT "isMonitoring" OR "weight" = 0),
    CONSTRAINT "Indicator_target_by_kind" CHECK (("kind" = 'QUALITATIVE') = ("target" IS NULL)),
    CONSTRAINT "Indicator_target_nonnegative" CHECK ("target" IS NULL OR "target" >= 0),
    CONSTRAINT "Indicator_displayDivisor_positive" CHECK ("displayDivisor" > 0),
    CONSTRAINT "Indicator_evaluatorScore_range" CHECK ("evaluatorScore" IS NULL OR ("evaluatorScore" >= 0 AND "evaluatorScore" <= "weight"))
);

CREATE TABLE "TargetVersion" (
    "id" SERIAL NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "target" DECIMAL(18,4),
    "targetText" VARCHAR(500) NOT NULL,
    "weight" DECIMAL(5,2) NOT NULL,
    "reason" TEXT NOT NULL,
    "changedById" INTEGER,
    "changedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TargetVersion_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "MonthReport" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "state" "MonthState" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" TIMESTAMPTZ(3),
    "submittedById" INTEGER,
    "reviewedAt" TIMESTAMPTZ(3),
    "reviewedById" INTEGER,
    "returnReason" TEXT,
    "reopenReason" TEXT,
    "updatedById" INTEGER,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MonthReport_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "MonthReport_month_range" CHECK ("month" BETWEEN 1 AND 12)
);

CREATE TABLE "MonthlyActual" (
    "id" SERIAL NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "value" DECIMAL(18,2),
    "numerator" DECIMAL(18,2),
    "denominator" DECIMAL(18,2),
    "rating" "Rating",
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MonthlyActual_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "MonthlyActual_month_range" CHECK ("month" BETWEEN 1 AND 12),
    CONSTRAINT "MonthlyActual_nonnegative" CHECK (("value" IS NULL OR "value" >= 0) AND ("numerator" IS NULL OR "numerator" >= 0) AND ("denominator" IS NULL OR "denominator" >= 0)),
    CONSTRAINT "MonthlyActual_numerator_le_denominator" CHECK ("numerator" IS NULL OR "denominator" IS NULL OR "numerator" <= "denominator")
);

CREATE TABLE "DeviationRecord" (
    "id" SERIAL NOT NULL,
    "actualId" INTEGER NOT NULL,
    "causes" "DeviationCause"[],
    "analysis" TEXT NOT NULL,
    "measures" TEXT NOT NULL,
    "likelihood" "Likelihood" NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DeviationRecord_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "BudgetExecution" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "spent" DECIMAL(14,2),
    "planned" DECIMAL(14,2) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" INTEGER,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BudgetExecution_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "BudgetExecution_month_range" CHECK ("month" BETWEEN 1 AND 12),
    CONSTRAINT "BudgetExecution_nonnegative" CHECK (("spent" IS NULL OR "spent" >= 0) AND "planned" >= 0)
);

CREATE TABLE "AuditEvent" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" INTEGER,
    "action" VARCHAR(50) NOT NULL,
    "entity" VARCHAR(50) NOT NULL,
    "entityId" VARCHAR(64),
    "unitId" INTEGER,
    "before" JSONB,
    "after" JSONB,
    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "EvidenceFile" (
    "id" SERIAL NOT NULL,
    "actualId" INTEGER NOT NULL,
    "fileName" VARCHAR(255) NOT NULL,
    "mimeType" VARCHAR(100) NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "content" BYTEA NOT NULL,
    "uploadedById" INTEGER,
    "uploadedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EvidenceFile_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "EvidenceFile_size_range" CHECK ("size" > 0 AND "size" <= 10485760)
);

-- CreateIndex
CREATE UNIQUE INDEX "Unit_code_key" ON "Unit"("code");
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");
CREATE INDEX "User_unitId_idx" ON "User"("unitId");
CREATE INDEX "Plan_year_idx" ON "Plan"("year");
CREATE UNIQUE INDEX "Plan_unitId_year_key" ON "Plan"("unitId", "year");
CREATE INDEX "Indicator_planId_sortOrder_idx" ON "Indicator"("planId", "sortOrder");
CREATE UNIQUE INDEX "Indicator_planId_code_key" ON "Indicator"("planId", "code");
CREATE UNIQUE INDEX "TargetVersion_indicatorId_versionNo_key" ON "TargetVersion"("indicatorId", "versionNo");
CREATE INDEX "MonthReport_state_idx" ON "MonthReport"("state");
CREATE UNIQUE INDEX "MonthReport_planId_month_key" ON "MonthReport"("planId", "month");
CREATE UNIQUE INDEX "MonthlyActual_indicatorId_month_key" ON "MonthlyActual"("indicatorId", "month");
CREATE UNIQUE INDEX "DeviationRecord_actualId_key" ON "DeviationRecord"("actualId");
CREATE UNIQUE INDEX "BudgetExecution_planId_month_key" ON "BudgetExecution"("planId", "month");
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");
CREATE INDEX "AuditEvent_entity_entityId_idx" ON "AuditEvent"("entity", "entityId");
CREATE INDEX "AuditEvent_unitId_at_idx" ON "AuditEvent"("unitId", "at");
CREATE INDEX "EvidenceFile_actualId_idx" ON "EvidenceFile"("actualId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "TargetVersion" ADD CONSTRAINT "TargetVersion_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MonthReport" ADD CONSTRAINT "MonthReport_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MonthlyActual" ADD CONSTRAINT "MonthlyActual_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DeviationRecord" ADD CONSTRAINT "DeviationRecord_actualId_fkey" FOREIGN KEY ("actualId") REFERENCES "MonthlyActual"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "BudgetExecution" ADD CONSTRAINT "BudgetExecution_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_actualId_fkey" FOREIGN KEY ("actualId") REFERENCES "MonthlyActual"("id") ON DELETE CASCADE ON UPDATE CASCADE;
