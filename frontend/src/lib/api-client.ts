/**
 * The one way the app talks to the CareSlot API: same-origin cookies, the CSRF header on every
 * state change, and RFC 9457 problem details turned into a typed {@link ApiError}.
 */
import i18n from '@/lib/i18n';

export type FieldError = { field: string; message: string };

export type ProblemDetail = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: FieldError[];
};

export class ApiError extends Error {
  readonly status: number;
  readonly type: string | undefined;
  readonly title: string | undefined;
  readonly detail: string | undefined;
  readonly errors: FieldError[];
  /** Seconds to wait before retrying, from a 429/503 `Retry-After` header. */
  readonly retryAfterSeconds: number | undefined;
  /** The whole problem document, with any extension members (say, the visits a change would cancel). */
  readonly problem: Record<string, unknown>;

  constructor(init: {
    status: number;
    type?: string;
    title?: string;
    detail?: string;
    errors?: FieldError[];
    retryAfterSeconds?: number;
    problem?: Record<string, unknown>;
  }) {
    super(init.detail ?? init.title ?? `Request failed with status ${init.status}`);
    this.name = 'ApiError';
    this.status = init.status;
    this.type = init.type;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.problem = init.problem ?? {};
  }

  /** Status 0 means the request never got an HTTP answer (offline, server down). */
  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

const CSRF_COOKIE = 'XSRF-TOKEN';
const CSRF_HEADER = 'X-XSRF-TOKEN';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Read at request time: the server rotates the token at sign-in and sign-out. */
export function readCsrfToken(): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === CSRF_COOKIE) {
      const value = rest.join('=');
      return value ? decodeURIComponent(value) : undefined;
    }
  }
  return undefined;
}

/** Any GET makes the server set the CSRF cookie; /api/me does it even when answering 401. */
async function ensureCsrfToken(): Promise<string | undefined> {
  const existing = readCsrfToken();
  if (existing) return existing;
  await refreshCsrfToken();
  return readCsrfToken();
}

async function refreshCsrfToken(): Promise<void> {
  try {
    await fetch('/api/me', {
      method: 'GET',
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
  } catch {
    // The real request reports the network failure.
  }
}

export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

function isJson(response: Response): boolean {
  const type = response.headers.get('Content-Type') ?? '';
  return /application\/([\w.+-]+\+)?json/i.test(type);
}

async function toApiError(response: Response): Promise<ApiError> {
  let problem: ProblemDetail = {};
  if (isJson(response)) {
    try {
      problem = (await response.json()) as ProblemDetail;
    } catch {
      problem = {};
    }
  }
  const errors = Array.isArray(problem.errors)
    ? problem.errors.filter(
        (e): e is FieldError => typeof e?.field === 'string' && typeof e?.message === 'string',
      )
    : [];
  return new ApiError({
    status: response.status,
    type: problem.type,
    title: problem.title ?? (response.statusText || undefined),
    detail: problem.detail,
    errors,
    retryAfterSeconds: parseRetryAfter(response.headers.get('Retry-After')),
    problem: problem as Record<string, unknown>,
  });
}

type QueryValue = string | number | boolean | null | undefined;

export type RequestOptions = {
  params?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
  headers?: Record<string, string>;
};

export function buildUrl(path: string, params?: Record<string, QueryValue>): string {
  if (!params) return path;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.append(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

async function send(
  method: string,
  path: string,
  options: RequestOptions,
  csrfToken: string | undefined,
): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    // the server words its problems in the reader's language (a signed-in account's own choice first)
    'Accept-Language': i18n.language,
    ...options.headers,
  };
  // FormData (uploads) goes as multipart: the browser writes the Content-Type with its boundary.
  const isForm = options.body instanceof FormData;
  if (options.body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  if (csrfToken) headers[CSRF_HEADER] = csrfToken;
  try {
    return await fetch(buildUrl(path, options.params), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : isForm ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, title: 'Network error' });
  }
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  return (await requestWithHeaders<T>(method, path, options)).data;
}

async function requestWithHeaders<T>(method: string, path: string, options: RequestOptions = {}): Promise<{ data: T; headers: Headers }> {
  const isMutation = !SAFE_METHODS.has(method);
  const token = isMutation ? await ensureCsrfToken() : undefined;
  let response = await send(method, path, options, token);

  // A 403 with a stale token (rotated by a sign-in or sign-out in another tab) was refused
  // before anything happened, so it is safe to fetch a fresh token and send once more.
  if (isMutation && response.status === 403) {
    await refreshCsrfToken();
    const fresh = readCsrfToken();
    if (fresh && fresh !== token) response = await send(method, path, options, fresh);
  }

  if (!response.ok) throw await toApiError(response);
  if (response.status === 204 || response.status === 205) return { data: undefined as T, headers: response.headers };

  const text = await response.text();
  return { data: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
}

/** A file rather than JSON, for downloads a plain link cannot make (say, ones that need a header). */
async function requestBlob(path: string, options: Omit<RequestOptions, 'body'> = {}): Promise<Blob> {
  const response = await send('GET', path, { ...options, headers: { Accept: '*/*', ...options.headers } }, undefined);
  if (!response.ok) throw await toApiError(response);
  return response.blob();
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  /** A GET whose answer also says something in its headers (a page's `X-Total-Count`). */
  getWithHeaders: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => requestWithHeaders<T>('GET', path, options),
  getBlob: requestBlob,
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};
