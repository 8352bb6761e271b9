export type { DemoSync, DemoWorkspace } from './types';
export { DemoCredentialStore } from './demo-credentials';
export { createDemoWorkspace, demoTokenLookup, type DemoWorkspaceDeps } from './demo-workspace';
export { DEMO_ACCOUNTS, startDemoSimulator, type DemoSimulator, type DemoTenant, type StartDemoSimulator } from './simulator-host';
