export * from './types';
export * from './data-dir';
export * from './inbox-service';
export * from './create-inbox';
export * from './query';
