/**
 * One cold start of the alias matcher over the bundled dataset, in a process
 * of its own (the engine case runs it in turn for each way): `compile` builds
 * it from the dataset, as pages did before ADR 0100; `packed` reads the
 * tables the build writes (`pack(buildMatcherTables(actors))`, given as a
 * file; unpacked and closed over), as content-matcher.js does now. Prints the milliseconds that took,
 * then the mentions found in the dataset's own wording (the same either way).
 */
import { readFileSync } from 'node:fs';
import { compileActorMatcher, matcherFromTables, type MatcherTables } from '../../src/actors/matcher';
import { dataset } from '../../src/dataset/bundled';
import { unpack } from '../../src/engine/packed';

const [way, tablesFile] = process.argv.slice(2);
// the build's text, read before the clock starts (content-matcher.js carries it as a string)
const text = way === 'packed' ? readFileSync(tablesFile!, 'utf8') : '';
const wording = dataset.claims.map((c) => c.statement).join('\n');
const t0 = performance.now();
const matcher = way === 'packed' ? matcherFromTables(unpack<MatcherTables>(text), dataset.actors) : compileActorMatcher(dataset.actors);
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, mentions: matcher.find(wording).length }));
