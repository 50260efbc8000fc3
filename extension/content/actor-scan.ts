/**
 * Finds actor mentions in the article text. Interim: a short hard-coded list
 * until the engine's dataset-wide matcher lands (issue 4) and replaces it.
 */
export interface Mention {
  start: number;
  end: number;
  type: 'person' | 'group' | 'place';
}

const INTERIM: [RegExp, Mention['type']][] = [
  [/\b(?:Vladimir Putin|Putin|Bashar al-Assad|Assad|Igor Konashenkov|Konashenkov|Ahmet Davutoglu|Davutoglu|Sergei Lavrov|Lavrov|John Kerry|Kerry|Francois Hollande|Hollande)\b/g, 'person'],
  [/\b(?:Islamic State|ISIS|ISIL|Daesh|IS(?=\b)|Free Syrian Army|Syrian Observatory for Human Rights|Russian Defence Ministry)\b/g, 'group'],
  [/\b(?:Raqqa|Latakia|Syria|Russia|Moscow|Turkey|Paris|Idlib|Hama)\b/g, 'place'],
];

export function findActorMentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (const [pattern, type] of INTERIM) {
    for (const m of text.matchAll(pattern)) found.push({ start: m.index, end: m.index + m[0].length, type });
  }
  return found.sort((a, b) => a.start - b.start);
}
