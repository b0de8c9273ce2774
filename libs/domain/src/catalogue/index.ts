export * from './voucher-types';
export * from './photo-classes';
export * from './evidence-kind';
export * from './industries';
