export * from './types';
export * from './data-dir';
export * from './inbox-service';
