export * from './errors';
export * from './search-attributes';
export * from './ids';
export * from './catalogue';
export * from './case';
export * from './ports';
export * from './evidence-media';
export * from './event-ids';
