/**
 * early.js: the classic script popup.html runs before its module file, so
 * the popup's calls to the page and the worker leave before that file is
 * fetched and compiled (ADR 0365). start.ts takes them over.
 */
import { startEarlyCalls } from './early-calls';

startEarlyCalls(location.search);
