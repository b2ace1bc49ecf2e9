/** The map of every question and outcome (/map), drawn from the machine. */
export const decisionMap = {
  title: 'Map of every question and outcome',
  /** Followed by `data-step`, as code. */
  intro:
    'Drawn from the decision machine itself. Each question lists where each answer leads; the first matching line wins. Step ids are the words used in links and in',
  asks: (fact: string) => `Asks: ${fact}`,
  /** A route's condition on the question's own answer, by the answers' labels. */
  answerIs: (labels: readonly string[]) => `answer is ${labels.map((label) => `“${label}”`).join(' or ')}`,
  /** A route's condition on an earlier fact, by its key and values. */
  factIs: (fact: string, values: readonly string[]) => `${fact} is ${values.join(' or ')}`,
  when: (conditions: readonly string[]) => `When ${conditions.join(' and ')}`,
  /** A route without conditions. */
  otherwise: 'Otherwise',
  outcomes: 'Outcomes',
};
