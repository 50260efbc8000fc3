import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset';
import type { Actor } from '../dataset/schema';
import { compileActorMatcher } from './matcher';
import { nameKey } from './name-key';
import { compileReferenceMatcher } from './reference-matcher';

describe('nameKey', () => {
  it.each([
    ['Raqqa', 'Raqa', 'Raqqah', 'Rakka'],
    ['Deir al-Zour', 'Deir ez-Zor', 'Deir Ezzor', 'Deir el-Zour', 'Deir al Zor'],
    ['Latakia', 'Lattakia', 'Latakiyah'],
    ['Bayir Bucak', 'Bayirbucak', 'Bayır Bucak', 'Bayir-Bucak'],
    ['Davutoglu', 'Davutoğlu'],
    ['Shoigu', 'Shoygu'],
    ['Maaden Jedid', 'Maadan Jadid'],
    ['Hmeimim', 'Hmeymim'],
    ['Tartus', 'Tartous'],
    ['Sergei Lavrov', 'Sergey Lavrov'],
    ['Bosphorus', 'Bosforus'],
    ['Jabal al-Zawiya', 'Jebel Zawiyeh'],
  ])('gives %s and its spellings one key', (...spellings) => {
    const keys = new Set(spellings.map(nameKey));
    expect([...keys], spellings.join(' / ')).toHaveLength(1);
  });

  it('keeps names apart that differ in more than spelling', () => {
    for (const [a, b] of [['Raqqa', 'Rocca'], ['Hollande', 'Holland'], ['Latakia', 'Latvia'], ['Deir al-Zour', 'Dairy'], ['Shoigu', 'Shogun'], ['Aleppo', 'Apollo'], ['Idlib', 'Idol'], ['Kobani', 'Cuban']]) {
      expect(nameKey(a!), `${a} / ${b}`).not.toBe(nameKey(b!));
    }
  });
});

describe('the alias matcher reads names by their key', () => {
  const matcher = compileActorMatcher(dataset.actors);
  const reference = compileReferenceMatcher(dataset.actors);
  const found = (text: string) => {
    const got = matcher.find(text).map((m) => `${m.actorId}:${m.text}`);
    expect(reference.find(text).map((m) => `${m.actorId}:${m.text}`)).toEqual(got);
    return got;
  };

  it('finds the spellings real outlets use, without listing them', () => {
    const ids = found("Russia's jets pounded Raqqah and Deir Ezzor; the ministry named Lattakia and Bayirbucak.");
    expect(ids).toEqual(expect.arrayContaining(['raqqa:Raqqah', 'deir-al-zour:Deir Ezzor', 'latakia:Lattakia', 'bayir-bucak:Bayirbucak']));
    expect(found('Syria: the camp near Maadan Jadid was hit, said Ahmet Davutoğlu.')).toEqual(
      expect.arrayContaining(['maaden-jedid:Maadan Jadid', 'ahmet-davutoglu:Ahmet Davutoğlu']),
    );
    expect(found('Russia said strikes hit Deir ez-Zor.')).toContain('deir-al-zour:Deir ez-Zor');
  });

  it('guards against false friends (near-miss words must not match)', () => {
    const nearMisses = [
      'Rocca', 'Reka', 'Rakhine', 'Latvia', 'Lakota', 'Dairy', 'Deirdre', 'Bayern', 'Davos', 'Shogun', 'Maiden', 'Madden',
      'Holland', 'Apollo', 'Idol', 'Cuban', 'Parys', 'Hamas', 'Tartan', 'Sinatra', 'Assam', 'Kasper', 'Homer', 'Minsky',
      'Putnam', 'Obaman', 'Lavrova', 'Erdington', 'Istanbuli', 'Bosporos', 'Ankaran',
    ];
    const text = `Russia and Syria. ${nearMisses.join(' said. ')} said.`;
    expect(found(text).filter((x) => !/^(russia|syria):/.test(x))).toEqual([]);
  });

  it('needs the capital, and a text that names some actor exactly', () => {
    expect(found('Russia hit raqqah.')).toEqual(['russia:Russia']);
    expect(found('Lattakia is a port.')).toEqual([]);
    expect(found('Lattakia is a port in Syria.')).toEqual(['latakia:Lattakia', 'syria:Syria']);
  });

  it('leaves out acronyms, short names and names with context rules', () => {
    const actors: Actor[] = [
      { id: 'homs', name: 'Homs', type: 'place', aliases: ['Homs'], transliterated: true, sources: [] },
      { id: 'paris', name: 'Paris', type: 'place', aliases: ['Paris'], sources: [] },
      { id: 'isis', name: 'ISIS', type: 'armed_group', aliases: [{ text: 'ISIS', caseSensitive: true }], sources: [] },
      { id: 'syria', name: 'Syria', type: 'state', aliases: ['Syria'], sources: [] },
    ];
    const m = compileActorMatcher(actors);
    expect(m.find('Syria: Hums and ISYS and Siria and Parys').map((x) => x.text)).toEqual(['Syria']);
  });
});
