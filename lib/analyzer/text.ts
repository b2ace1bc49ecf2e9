import type { FactValue } from '@/machines/facts';

/** The text a browser shows for a line of HTML: tags dropped, common entities decoded, spaces collapsed. */
export function visibleText(line: string): string {
  return line
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#32;/g, ' ')
    .replace(/&#35;/g, '#')
    .replace(/&#46;/g, '.')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The `statusCode` fact for an HTTP status: the codes the wizard tells apart, `other` for other errors. */
export function statusFact(code: number): FactValue<'statusCode'> | undefined {
  if (code === 500 || code === 502 || code === 503 || code === 504) return String(code) as FactValue<'statusCode'>;
  if (code >= 400 && code <= 599) return 'other';
  return undefined;
}
