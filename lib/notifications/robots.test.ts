import { createHmac } from 'node:crypto';
import { expect, test } from 'vitest';
import { dingtalkPayload, dingtalkSignedUrl, wecomPayload } from './robots';

const m = {
  title: '预警',
  body: '话务接通率 未达标',
  link: 'https://t.example/indicators/3?asOf=10',
  linkLabel: '查看',
};

test('企业微信 markdown message', () => {
  expect(wecomPayload(m)).toEqual({
    msgtype: 'markdown',
    markdown: { content: '**预警**\n话务接通率 未达标\n[查看](https://t.example/indicators/3?asOf=10)' },
  });
});

test('钉钉 markdown message', () => {
  expect(dingtalkPayload(m)).toEqual({
    msgtype: 'markdown',
    markdown: {
      title: '预警',
      text: '#### 预警\n\n话务接通率 未达标\n\n[查看](https://t.example/indicators/3?asOf=10)',
    },
  });
});

test('钉钉 signature: HmacSHA256 of "timestamp\\nsecret", base64, URL-encoded', () => {
  const url = dingtalkSignedUrl('https://oapi.dingtalk.com/robot/send?access_token=abc', 'SECabc', 1700000000000);
  const expected = createHmac('sha256', 'SECabc').update('1700000000000\nSECabc').digest('base64');
  const parsed = new URL(url);
  expect(parsed.searchParams.get('access_token')).toBe('abc');
  expect(parsed.searchParams.get('timestamp')).toBe('1700000000000');
  expect(parsed.searchParams.get('sign')).toBe(expected);
  expect(url).toContain(`sign=${encodeURIComponent(expected)}`);
});
