import type { FastifyInstance } from 'fastify';

/** A form the way a browser posts it, from an address (the site limits writing per address). */
export function postForm(app: FastifyInstance, url: string, fields: Record<string, string>, ip = '203.0.113.9') {
  return app.inject({
    method: 'POST',
    url,
    remoteAddress: ip,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  });
}

/** Answers a form page's check question as a person would: reads it and works it out. */
export function answerCheckQuestion(html: string): { challenge: string; captcha: string } {
  const token = html.match(/name="challenge" value="([^"]+)"/)![1]!;
  const [, a, op, b] = html.match(/(\d+) (加|减) (\d+) 等于多少/)!;
  return { challenge: token, captcha: String(op === '加' ? Number(a) + Number(b) : Number(a) - Number(b)) };
}
