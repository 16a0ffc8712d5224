import contentDisposition from 'content-disposition';

/**
 * Content-Disposition for a file's name as its user gave it — Chinese, quotes, backslashes and all — with a
 * plain-ASCII fallback for old clients (RFC 6266 and 5987, through the `content-disposition` package).
 */
export function attachmentHeader(fileName: string, type: 'attachment' | 'inline' = 'attachment'): string {
  return contentDisposition(fileName, { type });
}
