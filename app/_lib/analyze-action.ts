'use server';

import { evidencePaste } from '@/content/ui/evidence';
import { analyze } from '@/lib/analyzer';
import type { Analysis } from '@/lib/analyzer/types';

export type PasteResult = { analysis?: Analysis; error?: string } | null;

/**
 * The paste form's server path, for browsers without JavaScript (with it, the analysis runs in a
 * Web Worker and the text never leaves the device). Reads the text box, else the chosen file.
 */
export async function analyzeEvidence(_previous: PasteResult, form: FormData): Promise<PasteResult> {
  const text = form.get('text');
  const file = form.get('file');
  let evidence = typeof text === 'string' ? text : '';
  if (!evidence.trim() && file instanceof File && file.size > 0) evidence = await file.text();
  if (!evidence.trim()) return { error: evidencePaste.empty };
  return { analysis: analyze(evidence) };
}
