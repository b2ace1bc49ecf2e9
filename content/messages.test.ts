import { describe, expect, it } from 'vitest';
import { evidencePack, ownerMessage, supportPanel, type Ticket, unknownTime } from './messages';

// The copied texts are templates filled with a person's answers: each value handed in must come
// out, or a host, owner or agent gets a message with a hole where the fact was.
const when = '2026-11-21 09:30 UTC';
const answers = [
  { question: 'Hosting', answer: 'A VPS or cloud server' },
  { question: 'Proxy', answer: 'nginx | with a pipe' },
];

describe('message for the site owner', () => {
  const text = ownerMessage.text({
    when,
    page: 'https://shop.example/cart',
    also: [ownerMessage.othersSeeIt],
    details: [ownerMessage.tried(['Reloaded the page', 'Cleared the cache']), ownerMessage.browserOn('Chrome', 'Mac')],
  });

  it('names the page, the time and the status', () => {
    expect(text).toContain('https://shop.example/cart');
    expect(text).toContain(when);
    expect(text).toContain('502 Bad Gateway');
  });

  it('says what was tried, the browser and that others see it too', () => {
    expect(text).toContain('reloaded the page; cleared the cache');
    expect(text).toContain('Chrome on Mac');
    expect(text).toContain(ownerMessage.othersSeeIt);
  });

  it('keeps its three parts apart by single blank lines when there are no details', () => {
    const bare = ownerMessage.text({ when: unknownTime, page: ownerMessage.unknownPage, also: [], details: [] });
    expect(bare.split('\n\n')).toHaveLength(3);
    expect(bare).toContain(ownerMessage.unknownPage);
    expect(bare).toContain(unknownTime);
  });
});

describe('ticket summary', () => {
  const ticket: Ticket = {
    when,
    customer: supportPanel.customer.owner,
    status: supportPanel.outcome('The upstream is down'),
    headline: 'The upstream is down',
    answers,
    path: ['role', 'hosting', 'upstream-down'],
    link: '{origin}/diagnose?role=owner&hosting=vps',
  };
  const text = supportPanel.text(ticket);
  const markdown = supportPanel.markdown(ticket);

  it('carries the time, customer, status, path and link in plain text and Markdown', () => {
    for (const form of [text, markdown]) {
      for (const value of [when, 'site owner', 'Outcome: The upstream is down', 'upstream-down', ticket.link])
        expect(form).toContain(value);
    }
  });

  it('carries the same answers in plain text and Markdown', () => {
    const plainAnswers = text.split('\n').filter((line) => line.startsWith('- '));
    const tableRows = markdown
      .split('\n')
      .filter((line) => line.startsWith('| '))
      .slice(2);
    expect(plainAnswers).toEqual(answers.map((a) => `- ${a.question}: ${a.answer}`));
    expect(tableRows).toHaveLength(answers.length);
    // After the header and separator, one row per answer; an escaped pipe stays inside its cell.
    for (const [i, row] of tableRows.entries()) {
      const cells = row.split(/(?<!\\)\|/).slice(1, -1);
      expect(cells.map((c) => c.trim().replaceAll('\\|', '|'))).toEqual([answers[i].question, answers[i].answer]);
    }
  });

  it('heads the Markdown with the outcome, or says the diagnosis is in progress', () => {
    expect(markdown).toMatch(/^### 502 Bad Gateway: The upstream is down\n/);
    expect(supportPanel.markdown({ ...ticket, headline: supportPanel.inProgress })).toMatch(/^### 502 Bad Gateway: in progress\n/);
  });
});

describe('evidence pack', () => {
  it('carries the time, URL, answers, suspected cause and the causes already tried', () => {
    const text = evidencePack.text({
      when,
      url: 'https://shop.example/cart',
      answers,
      suspected: 'The upstream is down',
      tried: evidencePack.tried(['The proxy points at the wrong place']),
    });
    for (const value of [when, 'https://shop.example/cart', 'The upstream is down', '- The proxy points at the wrong place'])
      expect(text).toContain(value);
    for (const a of answers) expect(text).toContain(`- ${a.question}: ${a.answer}`);
  });

  it('leaves out the "already tried" lines when nothing was tried', () => {
    const text = evidencePack.text({ when, url: evidencePack.unknownUrl, answers, suspected: 'The upstream is down', tried: [] });
    expect(text).not.toContain('Already tried');
    expect(text).toContain(evidencePack.unknownUrl);
  });
});
