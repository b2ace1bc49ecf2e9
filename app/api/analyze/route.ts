import { analyze } from '@/lib/analyzer';
import { MAX_EVIDENCE_BYTES } from '@/lib/evidence-limits';
import { readJsonBody } from '@/lib/json-body';

/** POST { "text": "…" } → { layer, vendor, facts, causes, signals, recognised, truncated }. See docs/api.md. */
export async function POST(request: Request): Promise<Response> {
  const body = await readJsonBody(request, MAX_EVIDENCE_BYTES);
  if (!body.ok) return Response.json({ error: body.error }, { status: body.status });
  const value = body.value as { text?: unknown } | null;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return Response.json({ error: 'The body must be a JSON object like {"text": "HTTP/1.1 502 Bad Gateway…"}.' }, { status: 400 });
  }
  const extra = Object.keys(value).filter((key) => key !== 'text');
  if (extra.length) return Response.json({ error: `Unexpected field(s): ${extra.join(', ')}. Send only "text".` }, { status: 400 });
  if (typeof value.text !== 'string') return Response.json({ error: '"text" must be a string: the headers, page or log lines to read.' }, { status: 400 });
  if (!value.text.trim()) return Response.json({ error: '"text" is empty: paste what you see.' }, { status: 400 });
  return Response.json(analyze(value.text));
}
