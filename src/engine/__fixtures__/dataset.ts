/**
 * A small hand-made dataset in the agreed format, for unit tests of the
 * engine while the real one is being written (and to keep tests independent
 * of its wording). Evidence offsets are not checked here.
 */
import type { Dataset } from '../../dataset/schema';

const ev = (source: string, quote: string) => ({ source, quote, start: 0, end: quote.length });

export const fixtureDataset: Dataset = {
  id: 'fixture',
  title: 'Fixture: Russian air campaign in Syria, October 2015',
  version: '0.0.1',
  sources: [
    { id: 'a.txt', headline: 'Russia strikes ISIS stronghold of Raqqa', outlet: 'AFP', date: '2015-10-02', dateBasis: 'dateline "Friday (Oct 2)"', description: 'Wire report.' },
    { id: 'b.txt', headline: 'Russian strikes again target Assad\'s foes', outlet: 'AAP', date: '2015-10-02', dateBasis: '02/10/2015', description: 'Wire report.' },
  ],
  actors: [
    { id: 'russia', name: 'Russia', type: 'state', aliases: ['Russian Federation', 'Russian', 'Russians'], sources: ['a.txt'] },
    { id: 'russia-mod', name: 'Russian Defence Ministry', type: 'organisation', aliases: ['Defence Ministry', 'Defense Ministry', 'Russian Defense Ministry', 'defence ministry'], sources: ['a.txt'] },
    { id: 'moscow', name: 'Moscow', type: 'place', aliases: [], metonymFor: 'russia', sources: ['a.txt'] },
    { id: 'cruiser-moskva', name: 'Moskva (missile cruiser)', type: 'weapon', aliases: [{ text: 'Moscow', context: ['cruiser', 'navy', 'warship'] }, 'Moskva'], sources: ['a.txt'] },
    { id: 'isis', name: 'Islamic State', type: 'armed_group', aliases: ['ISIS', 'ISIL', 'Islamic State group', 'Islamic State in Iraq and Syria', 'Daesh', { text: 'IS', caseSensitive: true }], sources: ['a.txt', 'b.txt'] },
    { id: 'us', name: 'United States', type: 'state', aliases: [{ text: 'US', caseSensitive: true }, 'U.S.', 'USA', 'Washington'], sources: ['a.txt'] },
    { id: 'turkey', name: 'Turkey', type: 'state', aliases: ['Turkish'], sources: ['a.txt'] },
    { id: 'syria', name: 'Syria', type: 'state', aliases: ['Syrian'], sources: ['a.txt'] },
    { id: 'assad', name: 'Bashar al-Assad', type: 'person', aliases: ['al-Assad', 'Assad', 'President Assad'], sources: ['a.txt'] },
    { id: 'putin', name: 'Vladimir Putin', type: 'person', aliases: ['Putin'], sources: ['a.txt'] },
    { id: 'sohr', name: 'Syrian Observatory for Human Rights', type: 'organisation', aliases: ['SOHR', 'Rami Abdel Rahman', 'monitoring group', 'Britain-based monitor'], sources: ['a.txt'] },
    { id: 'sinirlioglu', name: 'Feridun Sinirlioğlu', type: 'person', aliases: ['Sinirlioğlu'], sources: ['b.txt'] },
    { id: 'davutoglu', name: 'Ahmet Davutoğlu', type: 'person', aliases: ['Davutoğlu'], sources: ['a.txt'] },
    { id: 'raqqa', name: 'Raqqa', type: 'place', aliases: ['Raqa'], sources: ['a.txt'] },
    { id: 'aleppo', name: 'Aleppo', type: 'place', aliases: [], sources: ['b.txt'] },
    { id: 'fsa', name: 'Free Syrian Army', type: 'armed_group', aliases: ['FSA'], sources: ['a.txt'] },
    { id: 'al-qaeda', name: 'Al-Qaeda', type: 'armed_group', aliases: ['al Qaeda'], sources: ['b.txt'] },
  ],
  claims: [
    {
      id: 'sohr-12-killed', claimant: 'sohr', kind: 'casualty_figure',
      statement: 'At least 12 ISIS militants were killed in Russia\'s first air strikes on Raqqa.',
      slots: { actor: 'russia', action: 'killed', target: 'ISIS militants', targetActors: ['isis'], place: ['raqqa'], numbers: { militants_killed: 12 }, qualifiers: { militants_killed: 'at_least' } },
      actors: ['russia', 'isis', 'raqqa'],
      evidence: [ev('a.txt', 'Last night, Russian strikes on the western edges of Raqa city, and near the Tabqa military airport, killed 12 ISIS jihadists')],
    },
    {
      id: 'mod-raqqa-camp', claimant: 'russia-mod', kind: 'strike_report',
      statement: 'Su-34 jets struck an ISIS training camp and a command post south-west of Raqqa, destroying them.',
      slots: { actor: 'russia', action: 'struck', target: 'training camp and command post', targetActors: ['isis'], place: ['raqqa'] },
      actors: ['russia', 'isis', 'raqqa'],
      evidence: [ev('a.txt', 'Su-34 planes carried out strikes on an ISIS training camp... and on a camouflaged command post... south-west of the town of Raqqa')],
    },
    {
      id: 'mod-sorties', claimant: 'russia-mod', kind: 'target_count',
      statement: 'Russian warplanes flew 10 sorties overnight and hit seven targets.',
      slots: { actor: 'russia', action: 'hit', numbers: { sorties: 10, targets_hit: 7 } },
      actors: ['russia', 'isis'],
      evidence: [ev('b.txt', 'its warplanes had flown 10 sorties overnight, hitting seven targets including a training camp and a command post')],
    },
    {
      id: 'russia-says-bombing-isis', claimant: 'russia', kind: 'statement',
      statement: 'Russia insists it is bombing ISIS and other terrorist groups.',
      slots: { actor: 'russia', action: 'bombing', targetActors: ['isis'] },
      actors: ['isis'],
      evidence: [ev('a.txt', 'Russia insists it is bombing ISIS and other groups')],
    },
    {
      id: 'davutoglu-fsa', claimant: 'davutoglu', kind: 'accusation',
      statement: 'Davutoglu said the Russian operation had been entirely against positions of the Free Syrian Army.',
      slots: { actor: 'russia', action: 'targeted', targetActors: ['fsa'] },
      actors: ['russia', 'fsa'],
      evidence: [ev('a.txt', 'The operation has been entirely against positions of the Free Syrian Army (FSA)')],
    },
    {
      id: 'putin-denies-civilians', claimant: 'putin', kind: 'denial', polarity: 'deny',
      statement: 'Putin rejected allegations that civilians had been killed in Russian raids, calling the reports information warfare.',
      slots: { actor: 'russia', action: 'killed', target: 'civilians' },
      actors: ['russia'],
      evidence: [ev('b.txt', 'Putin rejected allegations that civilians had been killed in Russian raids, dubbing the reports "information warfare"')],
    },
    {
      id: 'putin-not-enough', claimant: 'putin', kind: 'assessment',
      statement: 'The current level of attacks is not enough to defeat Islamic State.',
      slots: {},
      actors: ['isis'],
      evidence: [ev('b.txt', 'Putin said the current level of attacks was not enough to defeat so-called Islamic State')],
    },
    {
      id: 'us-strikes-did-not-target-isis', claimant: 'us', kind: 'accusation',
      statement: "Russia's air strikes did not target Islamic State.",
      slots: { actor: 'russia', targetActors: ['isis'] },
      actors: ['russia', 'isis'],
      evidence: [ev('a.txt', 'The attacks avoided Islamic State targets')],
    },
    {
      id: 'turkey-demands-stop-turkmen', claimant: 'turkey', kind: 'demand',
      statement: 'Russia must immediately stop bombing civilian Turkmen villages in Syria near the Turkish border.',
      slots: { actor: 'russia', action: 'stop bombing', target: 'Turkmen villages', place: ['raqqa'] },
      actors: ['russia', 'syria'],
      evidence: [ev('b.txt', 'Turkey has warned Russia that it must immediately stop bombing "civilian Turkmen villages" in Syria')],
    },
  ],
  relations: [
    { from: 'davutoglu-fsa', to: 'russia-says-bombing-isis', type: 'contradicts', reason: 'Turkey says the strikes hit the FSA, Russia says it bombs ISIS', justification: 'Same strikes, same measure (who was hit): the FSA against ISIS.' },
  ],
};
