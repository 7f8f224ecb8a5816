import { describe, expect, it, vi } from 'vitest';
import { api, ApiError, buildUrl, parseRetryAfter, readCsrfToken } from '@/lib/api-client';
import { headerOf, jsonResponse, mockFetch } from '@/testing/test-utils';

describe('api-client', () => {
  it('sends the CSRF header with the cookie value current at request time', async () => {
    const fetchMock = mockFetch(() => jsonResponse({ status: 204 }));

    document.cookie = 'XSRF-TOKEN=first-token; path=/';
    await api.post('/api/auth/logout');
    document.cookie = 'XSRF-TOKEN=rotated%2Btoken; path=/';
    await api.post('/api/auth/logout');

    expect(headerOf(fetchMock.mock.calls[0]![1], 'X-XSRF-TOKEN')).toBe('first-token');
    expect(headerOf(fetchMock.mock.calls[1]![1], 'X-XSRF-TOKEN')).toBe('rotated+token');
    expect(fetchMock.mock.calls[0]![1]?.credentials).toBe('same-origin');
  });

  it('fetches /api/me first when no CSRF cookie exists yet', async () => {
    const fetchMock = mockFetch((method, url) => {
      if (method === 'GET' && url === '/api/me') {
        // What the server's Set-Cookie does, even on its 401.
        document.cookie = 'XSRF-TOKEN=fresh; path=/';
        return jsonResponse({ status: 401, body: { title: 'Unauthorized', status: 401 } });
      }
      if (method === 'POST' && url === '/api/auth/login') {
        return jsonResponse({ body: { id: 1, email: 'a@b.co', fullName: 'A B', role: 'PATIENT' } });
      }
      return undefined;
    });

    const user = await api.post('/api/auth/login', { email: 'a@b.co', password: 'x' });

    expect(user).toEqual({ id: 1, email: 'a@b.co', fullName: 'A B', role: 'PATIENT' });
    expect(fetchMock.mock.calls.map(([url, init]) => `${init?.method} ${url}`)).toEqual([
      'GET /api/me',
      'POST /api/auth/login',
    ]);
    expect(headerOf(fetchMock.mock.calls[1]![1], 'X-XSRF-TOKEN')).toBe('fresh');
    expect(headerOf(fetchMock.mock.calls[1]![1], 'Content-Type')).toBe('application/json');
    expect(fetchMock.mock.calls[1]![1]?.body).toBe(JSON.stringify({ email: 'a@b.co', password: 'x' }));
  });

  it('does not send the CSRF header on GET', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const fetchMock = mockFetch(() => jsonResponse({ body: { items: [] } }));
    await api.get('/api/doctors', { params: { page: 0, q: '', specialty: undefined } });
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/doctors?page=0');
    expect(headerOf(fetchMock.mock.calls[0]![1], 'X-XSRF-TOKEN')).toBeUndefined();
  });

  it('parses problem+json into an ApiError with field errors', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    mockFetch(() =>
      jsonResponse({
        status: 400,
        body: {
          type: 'https://careslot.org/problems/validation',
          title: 'Bad Request',
          status: 400,
          detail: 'Some fields are not valid',
          errors: [
            { field: 'password', message: 'must be at least 12 characters' },
            { field: 'email', message: 'must be a well-formed email address' },
          ],
        },
      }),
    );

    const error = await api.post('/api/auth/register', {}).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.title).toBe('Bad Request');
    expect(apiError.detail).toBe('Some fields are not valid');
    expect(apiError.type).toBe('https://careslot.org/problems/validation');
    expect(apiError.errors).toEqual([
      { field: 'password', message: 'must be at least 12 characters' },
      { field: 'email', message: 'must be a well-formed email address' },
    ]);
  });

  it('reads Retry-After on 429', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    mockFetch(() =>
      jsonResponse({
        status: 429,
        body: { title: 'Too Many Requests', status: 429 },
        headers: { 'Retry-After': '42' },
      }),
    );
    const error = (await api.post('/api/auth/login', {}).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(429);
    expect(error.retryAfterSeconds).toBe(42);
  });

  it('turns a non-JSON error into an ApiError with the status', async () => {
    mockFetch(() => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } }));
    const error = (await api.get('/api/doctors').catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(502);
    expect(error.title).toBe('Bad Gateway');
    expect(error.errors).toEqual([]);
  });

  it('sends FormData as multipart, leaving the boundary to the browser, with the CSRF header', async () => {
    const fetchMock = mockFetch(() => jsonResponse({ status: 201, body: { id: 'x' } }));
    document.cookie = 'XSRF-TOKEN=form-token; path=/';
    const form = new FormData();
    form.append('file', new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'scan.pdf');

    await api.post('/api/patients/p1/attachments', form);

    const init = fetchMock.mock.calls[0]![1];
    expect(init?.body).toBe(form);
    expect(headerOf(init, 'Content-Type')).toBeUndefined();
    expect(headerOf(init, 'X-XSRF-TOKEN')).toBe('form-token');
  });

  it('handles 204 No Content without parsing a body', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    mockFetch(() => new Response(null, { status: 204 }));
    await expect(api.post('/api/auth/logout')).resolves.toBeUndefined();
  });

  it('reports a network failure as ApiError with status 0', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const error = (await api.get('/api/me').catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.isNetworkError).toBe(true);
  });

  it('retries once with a fresh token when the server refuses a stale one', async () => {
    document.cookie = 'XSRF-TOKEN=stale; path=/';
    const fetchMock = mockFetch((method, url, init) => {
      if (method === 'GET' && url === '/api/me') {
        document.cookie = 'XSRF-TOKEN=fresh; path=/';
        return jsonResponse({ status: 401, body: { status: 401 } });
      }
      const token = headerOf(init, 'X-XSRF-TOKEN');
      return token === 'fresh'
        ? new Response(null, { status: 204 })
        : jsonResponse({ status: 403, body: { title: 'Forbidden', status: 403 } });
    });

    await expect(api.post('/api/auth/logout')).resolves.toBeUndefined();
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });
});

describe('helpers', () => {
  it('reads the XSRF-TOKEN cookie among others', () => {
    document.cookie = 'other=1; path=/';
    document.cookie = 'XSRF-TOKEN=abc%3D%3D; path=/';
    expect(readCsrfToken()).toBe('abc==');
  });

  it('parses Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('30')).toBe(30);
    expect(parseRetryAfter(null)).toBeUndefined();
    const now = Date.parse('2027-03-29T07:00:00Z');
    expect(parseRetryAfter('Mon, 29 Mar 2027 07:00:10 GMT', now)).toBe(10);
  });

  it('builds query strings without empty parameters', () => {
    expect(buildUrl('/api/doctors', { q: 'heart', specialty: '', page: 0, size: 6 })).toBe(
      '/api/doctors?q=heart&page=0&size=6',
    );
  });
});
