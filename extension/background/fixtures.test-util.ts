/** A valid `annotations/create` payload for router tests; override any field. */
export function newAnnotation(overrides: Record<string, unknown> = {}) {
  return {
    url: 'https://news.example.com/2015/10/02/story',
    urlKey: 'news.example.com/2015/10/02/story',
    title: 'Story',
    selectors: [
      { type: 'TextQuoteSelector', exact: 'Raqqa', prefix: 'stronghold of ', suffix: ' and destroyed' },
      { type: 'TextPositionSelector', start: 40, end: 45 },
    ],
    note: 'check this',
    tags: ['strikes'],
    ...overrides,
  };
}
