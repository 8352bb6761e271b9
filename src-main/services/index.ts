export { createCommandHandlers, createCommandService, type CommandService } from './handlers';
export { BackgroundSync } from './sync-runner';
export { createNetworkMonitor, reachabilityProbe, type NetworkMonitor, type NetworkProbe } from './network-monitor';
export type * from './types';
