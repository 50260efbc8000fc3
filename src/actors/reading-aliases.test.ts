/**
 * Names and spellings real reporting of October–November 2015 uses that the
 * five reports do not (issue 13, actor recall). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset';
import { compileActorMatcher } from './matcher';

const matcher = compileActorMatcher(dataset.actors);
const ids = (text: string) => matcher.find(text).map((m) => `${m.actorId}:${m.text}`);

describe('spellings and names from real reporting', () => {
  it.each([
    ['Russian jets hit positions of Jaish al-Fatah in Idlib.', 'army-of-conquest:Jaish al-Fatah'],
    ['Russian jets hit positions of Jaish al-Fateh in Idlib.', 'army-of-conquest:Jaish al-Fateh'],
    ['The alliance includes the Nusra Front, al-Qaeda’s branch in Syria.', 'al-nusra-front:Nusra Front'],
    ['Jabhat al-Nusra fighters pulled back from Latakia.', 'al-nusra-front:Jabhat al-Nusra'],
    ['Kremlin spokesman Dmitry Peskov said no ground operation was planned in Syria.', 'kremlin-spokesman:Dmitry Peskov'],
    ['Observatory director Rami Abdurrahman said 12 fighters were killed near Raqqa.', 'rami-abdel-rahman:Rami Abdurrahman'],
    ['The Russian Aerospace Forces flew 20 sorties over Syria.', 'russian-air-force:Russian Aerospace Forces'],
    ['The Russian Ministry of Defence said its jets hit 12 targets.', 'russian-defence-ministry:Russian Ministry of Defence'],
    ['Britain\'s defence secretary Michael Fallon said Russia was making things worse in Syria.', 'fallon:Michael Fallon'],
    ['Russia fired Kalibr cruise missiles from the Caspian.', 'cruise-missiles:Kalibr'],
    ['Warships of the Caspian Flotilla fired 26 missiles at Syria.', 'russian-navy:Caspian Flotilla'],
    ['Defence minister Sergei Shoigu told Putin the missiles hit 11 targets in Syria.', 'sergei-shoigu:Sergei Shoigu'],
    ['Russia: Defence minister Sergei Shoygu said all targets were hit.', 'sergei-shoigu:Sergei Shoygu'],
    ['US Defense Secretary Ashton Carter said Russia was pouring gasoline on the fire in Syria.', 'ashton-carter:Ashton Carter'],
    ['Turkish F-16s shot down a Russian Su-24 near the Syrian border.', 'su-24:Su-24'],
  ])('%s', (text, expected) => {
    expect(ids(text)).toContain(expected);
  });

  it('keeps the generic "Ministry of Defence" to Russia\'s', () => {
    expect(ids("Britain's Ministry of Defence said RAF jets flew over Iraq; Russia declined to comment.").some((x) => x.startsWith('russian-defence-ministry'))).toBe(false);
    expect(ids('Russia said on Friday that the Ministry of Defence had released footage of the strikes.')).toContain('russian-defence-ministry:Ministry of Defence');
  });

  it('marks every spelling taken from reading, so the report-coverage test can tell them apart', () => {
    const fromReading = dataset.actors.flatMap((a) => a.aliases.filter((x) => typeof x !== 'string' && x.from === 'reading'));
    expect(fromReading.length).toBeGreaterThanOrEqual(20);
    for (const a of dataset.actors.filter((x) => x.sources.length === 0)) {
      expect(a.aliases.every((x) => typeof x !== 'string' && x.from === 'reading'), a.id).toBe(true);
    }
  });
});
