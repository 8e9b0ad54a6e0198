// The documented webhook formats of 企业微信 and 钉钉 group robots (markdown messages) and 钉钉's signature.
import { createHmac } from 'node:crypto';

export const PROVIDERS = ['WECOM', 'DINGTALK'] as const;
export type Provider = (typeof PROVIDERS)[number];

export type RobotMessage = { title: string; body: string; link: string; linkLabel: string };

/** 企业微信: {"msgtype":"markdown","markdown":{"content":"…"}} */
export const wecomPayload = (m: RobotMessage) => ({
  msgtype: 'markdown',
  markdown: { content: `**${m.title}**\n${m.body}\n[${m.linkLabel}](${m.link})` },
});

/** 钉钉: {"msgtype":"markdown","markdown":{"title":"…","text":"…"}} */
export const dingtalkPayload = (m: RobotMessage) => ({
  msgtype: 'markdown',
  markdown: { title: m.title, text: `#### ${m.title}\n\n${m.body}\n\n[${m.linkLabel}](${m.link})` },
});

/** 钉钉 加签: sign = urlencode(base64(HmacSHA256(secret, timestamp + "\n" + secret))), appended with the timestamp */
export function dingtalkSignedUrl(url: string, secret: string, timestampMs: number): string {
  const sign = createHmac('sha256', secret).update(`${timestampMs}\n${secret}`, 'utf8').digest('base64');
  const separator = url.includes('?') ? '&' : '?';
  return `${url}${separator}timestamp=${timestampMs}&sign=${encodeURIComponent(sign)}`;
}

export const robotPayload = (provider: Provider, m: RobotMessage) =>
  provider === 'WECOM' ? wecomPayload(m) : dingtalkPayload(m);
