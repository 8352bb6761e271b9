/** The five billing providers Invoice Inbox connects to, and what a user needs to know to add one. */
export const PROVIDER_IDS = ['gpuoutlet', 'vastai', 'opterius', 'onepin', 'commet'] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export interface ProviderInfo {
  id: ProviderId;
  name: string;
  /** Default API base URL; null when every account must give its own (self-hosted Opterius). */
  defaultBaseUrl: string | null;
  /** What the secret is, in the user's words. */
  credentialName: string;
  /** Where the user finds it. */
  credentialHelp: string;
}

export const PROVIDERS: Readonly<Record<ProviderId, ProviderInfo>> = {
  gpuoutlet: {
    id: 'gpuoutlet',
    name: 'GPU Outlet',
    defaultBaseUrl: 'https://gpuoutlet.ai',
    credentialName: 'Session cookie (sid)',
    credentialHelp:
      'Sign in at gpuoutlet.ai, open the browser developer tools, Application > Cookies, and copy the value of "sid". It lasts 30 days.',
  },
  vastai: {
    id: 'vastai',
    name: 'Vast.ai',
    defaultBaseUrl: 'https://console.vast.ai',
    credentialName: 'API key',
    credentialHelp: 'Console > Account > API Keys: create a key with the billing_read scope.',
  },
  opterius: {
    id: 'opterius',
    name: 'Opterius',
    defaultBaseUrl: null,
    credentialName: 'API token',
    credentialHelp:
      'In your provider\'s Opterius client portal, API tokens > Create (shown once, starts with "ot_live_"). Also enter the portal\'s https address.',
  },
  onepin: {
    id: 'onepin',
    name: 'OnePin',
    defaultBaseUrl: 'https://api.onepin.ai',
    credentialName: 'Bearer token',
    credentialHelp: 'OnePin dashboard > Settings > API: copy your token (op_live_... or a session token).',
  },
  commet: {
    id: 'commet',
    name: 'Commet',
    defaultBaseUrl: 'https://commet.co',
    credentialName: 'API key',
    credentialHelp: 'Commet dashboard > Developers > API keys: create a key and copy it.',
  },
};

export function isProviderId(value: string): value is ProviderId {
  return (PROVIDER_IDS as readonly string[]).includes(value);
}

export function providerName(id: ProviderId): string {
  return PROVIDERS[id].name;
}
