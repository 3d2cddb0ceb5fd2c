// The engine's public face: pure rules with no DOM, Phaser, store, clock or Math.random.
export * from './model';
export * from './score';
export * from './events';
export * from './rng';
export * from './protocol-types';
