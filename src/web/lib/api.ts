import i18n from '../i18n';

/** An error the server answered with: {"error":{"code","message","details"}}; the message is already translated. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

let csrfToken = '';
export function setCsrfToken(token: string): void {
  csrfToken = token;
}
export function currentCsrfToken(): string {
  return csrfToken;
}

/** The server's refusal as an ApiError, its message already in the reader's language. */
export function refusalOf(
  status: number,
  statusText: string,
  data: { error?: { code: string; message: string; details?: unknown } } | null,
): ApiError {
  return new ApiError(
    status,
    data?.error?.code ?? 'INTERNAL',
    data?.error?.message ?? statusText,
    data?.error?.details,
  );
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export async function api<T>(method: Method, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { 'accept-language': i18n.language };
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  if (body !== undefined && !(body instanceof FormData)) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers,
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', i18n.t('errors.network'));
  }
  if (response.status === 204) return undefined as T;
  const data = (await response.json().catch(() => null)) as {
    error?: { code: string; message: string; details?: unknown };
  } | null;
  if (!response.ok) throw refusalOf(response.status, response.statusText, data);
  return data as T;
}

/** Uploads a multipart form with progress (fetch cannot report upload progress). */
export function upload<T>(
  url: string,
  form: FormData,
  onProgress: (percent: number) => void,
  method: 'POST' | 'PUT' = 'POST',
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.setRequestHeader('accept-language', i18n.language);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', i18n.t('errors.network')));
    xhr.onload = () => {
      const data = JSON.parse(xhr.responseText || 'null');
      if (xhr.status >= 200 && xhr.status < 300) resolve(data as T);
      else
        reject(
          new ApiError(
            xhr.status,
            data?.error?.code ?? 'INTERNAL',
            data?.error?.message ?? xhr.statusText,
            data?.error?.details,
          ),
        );
    };
    xhr.send(form);
  });
}

/** Builds a query string from the set values only. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * Downloads a generated file in place: the server's refusal (nothing to list, LibreOffice missing …)
 * comes back as an ApiError for a message, instead of a page of JSON.
 */
export async function downloadFile(url: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', headers: { 'accept-language': i18n.language } });
  } catch {
    throw new ApiError(0, 'NETWORK', i18n.t('errors.network'));
  }
  if (!response.ok) {
    const data = (await response.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
    throw new ApiError(response.status, data?.error?.code ?? 'INTERNAL', data?.error?.message ?? response.statusText);
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  // A quoted name escapes its quotes and backslashes with a backslash (RFC 6266).
  const quoted = /filename="((?:[^"\\]|\\.)*)"/.exec(disposition)?.[1]?.replace(/\\(.)/g, '$1');
  const name = encoded ? decodeURIComponent(encoded) : (quoted ?? 'download');
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
