import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../testing/factories.js';
import { type Client, login, type TestApp, testApp } from '../../testing/harness.js';

let t: TestApp;
let applicant: Client;
let orgId: number;
beforeAll(async () => {
  t = await testApp({ env: {} });
  const a = await makeUser(t.db, 'applicant');
  orgId = a.orgId!;
  applicant = await login(t.app, a.username, a.password);
});
afterAll(() => t.close());

function multipart(fileName: string, bytes: Buffer, kind = 'business_licence') {
  const boundary = 'kgboundary';
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  };
}

const pdf = Buffer.from('%PDF-1.4\n% 营业执照\n%%EOF\n');

describe('organisation documents', () => {
  it('stores a PDF with its SHA-256 and gives the same bytes back', async () => {
    const upload = await applicant.request({ method: 'POST', url: `/api/orgs/${orgId}/documents`, ...multipart('营业执照.pdf', pdf) });
    expect(upload.statusCode).toBe(201);
    expect(upload.json()).toMatchObject({ mediaType: 'application/pdf', size: pdf.length, kind: 'business_licence', originalName: '营业执照.pdf' });
    expect(upload.json().sha256).toMatch(/^[0-9a-f]{64}$/);
    const download = await applicant.get(`/api/files/${upload.json().id}`);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['content-disposition']).toContain(encodeURIComponent('营业执照.pdf'));
  });

  it('refuses a file whose bytes are not what its name claims with 415', async () => {
    const fake = await applicant.request({ method: 'POST', url: `/api/orgs/${orgId}/documents`, ...multipart('licence.pdf', Buffer.from('MZ\x90\x00 executable')) });
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses a file over the size limit with 413', async () => {
    const small = await testApp();
    try {
      const a = await makeUser(small.db, 'applicant');
      const client = await login(small.app, a.username, a.password);
      const big = Buffer.concat([pdf, Buffer.alloc(small.config.maxUploadBytes + 10)]);
      const response = await client.request({ method: 'POST', url: `/api/orgs/${a.orgId}/documents`, ...multipart('big.pdf', big) });
      expect(response.statusCode).toBe(413);
      expect(response.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    } finally {
      await small.close();
    }
  });
});
