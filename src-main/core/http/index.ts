export * from './types';
export * from './abort';
export * from './retry-after';
export * from './backoff';
export * from './rate-limiter';
export * from './failures';
export * from './attempt';
export * from './request';
