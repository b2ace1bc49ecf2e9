/** The largest JSON body the API reads; facts fit in a few hundred bytes. */
export const MAX_JSON_BYTES = 64 * 1024;

export type JsonBody = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; error: string };

/**
 * Reads a request's JSON body with a size cap, reading at most MAX_JSON_BYTES + 1 bytes whatever
 * Content-Length claims, so a huge or endless body costs nothing. Every failure is a clear 4xx.
 */
export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BYTES): Promise<JsonBody> {
  const type = request.headers.get('content-type') ?? '';
  if (type && !/^application\/(.+\+)?json\b/i.test(type)) {
    return { ok: false, status: 415, error: 'Send the body as JSON, with Content-Type: application/json.' };
  }
  const declared = Number(request.headers.get('content-length'));
  if (declared > maxBytes) return { ok: false, status: 413, error: `The body is larger than ${maxBytes} bytes.` };
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return { ok: false, status: 413, error: `The body is larger than ${maxBytes} bytes.` };
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) return { ok: false, status: 400, error: 'The body is empty: send a JSON object.' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, status: 400, error: `The body is not valid JSON (${(error as Error).message}).` };
  }
}
