export type { Anchor, AnchorMethod, Selector, Selectors, TextPositionSelector, TextQuoteSelector } from './types';
export { describe, DEFAULT_CONTEXT_LENGTH, type DescribeOptions } from './describe';
export { anchor, anchorMany, type AnchorOptions } from './anchor';
