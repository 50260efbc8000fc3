import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/dataset/index';
import { createAnalysisService } from '../background/analysis';
import { MAX_ANALYSIS_TEXT, TEXT_PART_CHARS, textParts, type AnalysisReply } from './analysis-protocol';

describe('textParts', () => {
  it('cuts a text into parts that join back to it, none longer than the size', () => {
    const text = 'Moscow says its jets hit Islamic State camps near Raqqa. '.repeat(50);
    const parts = textParts(text, 100);
    expect(parts.join('')).toBe(text);
    expect(parts.every((p) => p.length <= 100 && p.length > 0)).toBe(true);
    expect(parts.length).toBe(Math.ceil(text.length / 100));
  });

  it('never splits a surrogate pair across two parts', () => {
    const text = `${'a'.repeat(99)}😀${'b'.repeat(50)}`; // the emoji's halves at 99 and 100
    const parts = textParts(text, 100);
    expect(parts.join('')).toBe(text);
    expect(parts[0]).toBe('a'.repeat(99));
    expect(parts[1]!.startsWith('😀')).toBe(true);
  });

  it('gives one (empty) part for an empty text, and the default size is the protocol\'s', () => {
    expect(textParts('')).toEqual(['']);
    expect(textParts('x'.repeat(TEXT_PART_CHARS + 1)).map((p) => p.length)).toEqual([TEXT_PART_CHARS, 1]);
  });
});

describe("the worker's port reader", () => {
  const service = createAnalysisService({ bundled: dataset, imported: async () => [], notes: async () => [] });
  const collect = () => {
    const replies: AnalysisReply[] = [];
    let done: () => void;
    const finished = new Promise<void>((r) => (done = r));
    const post = (reply: AnalysisReply) => {
      replies.push(reply);
      if (reply.type === 'done' || reply.type === 'error') done();
    };
    return { replies, post, finished };
  };

  it('reads the text parts sent ahead of an article request as its text', async () => {
    const text = 'The Syrian Observatory for Human Rights said the strikes near Raqqa killed 12 militants.';
    const whole = collect();
    service.port(whole.post)({ type: 'article', urlKey: '', text, paragraphs: [{ start: 0, end: text.length }], furniture: [] });
    const split = collect();
    const receive = service.port(split.post);
    const [a, b, c] = textParts(text, 30);
    receive({ type: 'text', text: a });
    receive({ type: 'text', text: b });
    receive({ type: 'article', urlKey: '', text: c, paragraphs: [{ start: 0, end: text.length }], furniture: [] });
    await Promise.all([whole.finished, split.finished]);
    expect(split.replies.some((r) => r.type === 'mentions')).toBe(true);
    expect(split.replies).toEqual(whole.replies);
  });

  it('refuses parts that add up to more than the longest text it reads, and reads nothing after', async () => {
    const { replies, post, finished } = collect();
    const receive = service.port(post);
    const part = 'x'.repeat(TEXT_PART_CHARS);
    for (let sent = 0; sent <= MAX_ANALYSIS_TEXT; sent += part.length) receive({ type: 'text', text: part });
    receive({ type: 'article', urlKey: '', text: 'x', paragraphs: [], furniture: [] });
    await finished;
    expect(replies).toEqual([{ type: 'error', message: expect.stringMatching(/longer than/) }]);
  });

  it('refuses a part too long or of the wrong shape as a malformed request', async () => {
    const { replies, post, finished } = collect();
    service.port(post)({ type: 'text', text: 'x'.repeat(TEXT_PART_CHARS + 1) });
    await finished;
    expect(replies).toEqual([{ type: 'error', message: expect.stringMatching(/^Malformed analysis request/) }]);
  });
});
