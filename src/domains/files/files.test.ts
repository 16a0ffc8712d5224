import { Document, Packer, Paragraph } from 'docx';
import contentDisposition from 'content-disposition';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { storedFiles } from '../../db/tables/index.js';
import { AppError } from '../../server/errors.js';
import { detectMediaType } from './files.service.js';
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

/** A Word document as Word writes it; `macros` makes it the .docm Word saves with a VBA project inside. */
async function wordFile(o: { macros: boolean }): Promise<Buffer> {
  const bytes = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('佐证材料')] }] }));
  if (!o.macros) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types
      .replace(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
        'application/vnd.ms-word.document.macroEnabled.main+xml',
      )
      .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
  );
  zip.file('word/vbaProject.bin', Buffer.from('Attribute VB_Name = "AutoOpen"'));
  return zip.generateAsync({ type: 'nodebuffer' });
}

function multipart(fileName: string, bytes: Buffer, kind = 'business_licence') {
  const boundary = 'kgboundary';
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n`),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  };
}

const pdf = Buffer.from('%PDF-1.4\n% 营业执照\n%%EOF\n');

describe('what an upload really is', () => {
  it('takes a Word document named .docx', async () => {
    expect(await detectMediaType('佐证.docx', await wordFile({ macros: false }), ['.docx'])).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });

  it('refuses a macro-enabled document renamed .docx, saying what it is and how to fix it', async () => {
    const refused = await detectMediaType('佐证.docx', await wordFile({ macros: true }), ['.docx']).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('FILE_MACRO_ENABLED');
    expect((refused as AppError).messageIn('zh-CN')).toBe(
      '该文件是启用宏的 Office 文档（.docm），为安全起见不能上传；请在 Word/Excel/WPS 中另存为不含宏的 .docx 或 .xlsx 后再上传',
    );
  });

  it('refuses a spreadsheet named .docx, and a zip that is no Office file at all', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('表1').addRow(['名称']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    await expect(detectMediaType('佐证.docx', xlsx, ['.docx', '.pdf'])).rejects.toMatchObject({
      code: 'FILE_MISLABELLED',
      params: { actual: '.xlsx', claimed: '.docx' },
    });
    const zip = new JSZip();
    zip.file('readme.txt', 'not a document');
    await expect(
      detectMediaType('佐证.docx', await zip.generateAsync({ type: 'nodebuffer' }), ['.docx']),
    ).rejects.toMatchObject({ code: 'FILE_MISLABELLED', params: { actual: '.zip' } });
  });
});

describe('organisation documents', () => {
  it('stores a PDF with its SHA-256 and gives the same bytes back', async () => {
    const upload = await applicant.request({
      method: 'POST',
      url: `/api/orgs/${orgId}/documents`,
      ...multipart('营业执照.pdf', pdf),
    });
    expect(upload.statusCode).toBe(201);
    expect(upload.json()).toMatchObject({
      mediaType: 'application/pdf',
      size: pdf.length,
      kind: 'business_licence',
      originalName: '营业执照.pdf',
    });
    expect(upload.json().sha256).toMatch(/^[0-9a-f]{64}$/);
    const download = await applicant.get(`/api/files/${upload.json().id}`);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['content-disposition']).toContain(encodeURIComponent('营业执照.pdf'));
  });

  it('gives a download the name it was uploaded with, quotes and Chinese included', async () => {
    const upload = await applicant.request({
      method: 'POST',
      url: `/api/orgs/${orgId}/documents`,
      ...multipart('named.pdf', pdf),
    });
    // Names as an API client may send them (a browser's form encodes a quote as %22).
    for (const name of ['他说"好".pdf', 'report "final" v2.pdf']) {
      await t.db.update(storedFiles).set({ originalName: name }).where(eq(storedFiles.id, upload.json().id));
      const header = String((await applicant.get(`/api/files/${upload.json().id}`)).headers['content-disposition']);
      expect(contentDisposition.parse(header).parameters.filename).toBe(name);
    }
  });

  it('refuses a file whose bytes are not what its name claims with 415', async () => {
    const fake = await applicant.request({
      method: 'POST',
      url: `/api/orgs/${orgId}/documents`,
      ...multipart('licence.pdf', Buffer.from('MZ\x90\x00 executable')),
    });
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error).toEqual({
      code: 'FILE_MISLABELLED',
      message: '文件内容是.exe格式，与文件名的.pdf不符；允许：.pdf .png .jpg .jpeg',
    });
    const unknown = await applicant.request({
      method: 'POST',
      url: `/api/orgs/${orgId}/documents`,
      ...multipart('licence.pdf', Buffer.from('just some text')),
    });
    expect(unknown.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses a file over the size limit with 413', async () => {
    const small = await testApp();
    try {
      const a = await makeUser(small.db, 'applicant');
      const client = await login(small.app, a.username, a.password);
      const big = Buffer.concat([pdf, Buffer.alloc(small.config.maxUploadBytes + 10)]);
      const response = await client.request({
        method: 'POST',
        url: `/api/orgs/${a.orgId}/documents`,
        ...multipart('big.pdf', big),
      });
      expect(response.statusCode).toBe(413);
      expect(response.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    } finally {
      await small.close();
    }
  });
});
