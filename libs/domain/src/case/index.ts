export * from './vocabulary';
export * from './events';
export * from './commands';
export * from './state';
export * from './evolve';
export * from './decide';
export * from './limits';
export * from './recognition';
