export * from './fake-clock';
export * from './test-connector';
export * from './memory-stores';
export * from './fake-provider';
export * from './sync-harness';
