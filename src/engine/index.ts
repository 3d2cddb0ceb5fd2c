// The engine's public face: pure rules with no DOM, Phaser, store, clock or Math.random.
export * from './model';
export * from './score';
export * from './events';
export * from './rng';
export * from './protocol-types';
export * from './enumerate';
export * from './score-table';
export * from './frontier';
export * from './solutions';
export * from './analysis';
export * from './analysis-queries';
export * from './warnings';
export * from './protocol';
export * from './results';
export * from './view';
export * from './replay';
export * from './cache';
export { valueHash } from './value-hash';
