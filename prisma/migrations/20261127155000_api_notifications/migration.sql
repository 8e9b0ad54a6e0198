-- API tokens (issue 14): each token acts through a service user of its own, so every write it makes is audited,
-- version-checked and named exactly like a person's.
CREATE TABLE "ApiToken" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "unitId" INTEGER,
    "userId" INTEGER NOT NULL,
    "tokenHash" CHAR(64) NOT NULL,
    "tokenPrefix" VARCHAR(16) NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ApiToken_name_not_blank" CHECK (btrim("name") <> '')
);
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");
CREATE UNIQUE INDEX "ApiToken_userId_key" ON "ApiToken"("userId");
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Calls per token and minute, counted in the database so the limit holds across instances.
CREATE TABLE "ApiRateWindow" (
    "tokenId" INTEGER NOT NULL,
    "kind" VARCHAR(8) NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "ApiRateWindow_pkey" PRIMARY KEY ("tokenId", "kind", "windowStart")
);
ALTER TABLE "ApiRateWindow" ADD CONSTRAINT "ApiRateWindow_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "ApiToken"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- In-app notifications; the dedupe key makes a reminder or warning arrive once per recipient however often it is raised.
CREATE TABLE "Notification" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "dedupeKey" VARCHAR(200) NOT NULL,
    "params" JSONB NOT NULL,
    "link" VARCHAR(300) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMPTZ(3),
    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Notification_userId_dedupeKey_key" ON "Notification"("userId", "dedupeKey");
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Outgoing e-mails and robot messages: one row per message, channel and recipient, claimed by one sender only.
CREATE TABLE "NotificationDelivery" (
    "id" SERIAL NOT NULL,
    "dedupeKey" VARCHAR(200) NOT NULL,
    "channel" VARCHAR(10) NOT NULL,
    "recipient" VARCHAR(500) NOT NULL,
    "payload" JSONB NOT NULL,
    "status" VARCHAR(10) NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),
    CONSTRAINT "NotificationDelivery_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "NotificationDelivery_dedupeKey_channel_recipient_key" ON "NotificationDelivery"("dedupeKey", "channel", "recipient");
CREATE INDEX "NotificationDelivery_status_idx" ON "NotificationDelivery"("status");

-- Per user: the e-mail address and language of messages, and which kinds arrive on which channel.
CREATE TABLE "NotificationSetting" (
    "userId" INTEGER NOT NULL,
    "email" VARCHAR(200),
    "locale" VARCHAR(8) NOT NULL DEFAULT 'zh-CN',
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "NotificationSetting_pkey" PRIMARY KEY ("userId")
);
ALTER TABLE "NotificationSetting" ADD CONSTRAINT "NotificationSetting_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "NotificationPreference" (
    "userId" INTEGER NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "channel" VARCHAR(10) NOT NULL,
    "isEnabled" BOOLEAN NOT NULL,
    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId", "kind", "channel")
);
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Group robots (企业微信, 钉钉) per unit.
CREATE TABLE "UnitWebhook" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "provider" VARCHAR(10) NOT NULL,
    "url" VARCHAR(500) NOT NULL,
    "secret" VARCHAR(200),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "UnitWebhook_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "UnitWebhook_unitId_provider_key" ON "UnitWebhook"("unitId", "provider");
ALTER TABLE "UnitWebhook" ADD CONSTRAINT "UnitWebhook_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;
