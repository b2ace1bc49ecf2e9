import { diagnose, readDiagnoseRequest } from '@/machines/diagnose';
import { readJsonBody } from '@/lib/json-body';

/** POST { "facts": {...} } → { outcome, causes, path, questionsAsked }. See docs/api.md. */
export async function POST(request: Request): Promise<Response> {
  const body = await readJsonBody(request);
  if (!body.ok) return Response.json({ error: body.error }, { status: body.status });
  const parsed = readDiagnoseRequest(body.value);
  if (!parsed.ok) return Response.json({ error: parsed.error, details: parsed.details }, { status: 400 });
  return Response.json(diagnose(parsed.facts));
}
