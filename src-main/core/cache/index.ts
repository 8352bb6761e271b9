export * from './types';
export * from './atomic-write';
export * from './safe-name';
export * from './snapshot-check';
export * from './snapshot-file-store';
export * from './memo-snapshot-store';
