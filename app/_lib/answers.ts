import type { Visit } from '@/machines/replay';
import { loadQuestion } from './content';

export type AnswerRow = Visit & { question: string; answer: string };

/** The path in words: each question's short form and the label of the answer given. */
export async function answerRows(path: Visit[]): Promise<AnswerRow[]> {
  return Promise.all(
    path.map(async (visit) => {
      const content = await loadQuestion(visit.step);
      return { ...visit, question: content.short ?? content.question, answer: content.options[visit.value] ?? visit.value };
    }),
  );
}
