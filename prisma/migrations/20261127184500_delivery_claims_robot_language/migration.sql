-- When a sender claimed a delivery: one left SENDING long after its claim (the sender died mid-send) is claimed again.
ALTER TABLE "NotificationDelivery" ADD COLUMN "claimedAt" TIMESTAMPTZ(3);

-- The language a unit's group robot is written to (zh-CN or en).
ALTER TABLE "UnitWebhook" ADD COLUMN "locale" VARCHAR(8) NOT NULL DEFAULT 'zh-CN';
