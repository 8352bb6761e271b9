import {
  API_GLOBAL,
  type CommandArgs,
  type CommandError,
  type CommandName,
  type CommandValue,
  type EventName,
  type EventPayload,
  type InvoiceInboxApi,
} from '../../src-shared/contract';
import { plainCommandError } from './plain-errors';

/** A command that came back as a typed error value; `message` is in the user's words (see plain-errors). */
export class ApiError extends Error {
  readonly code: CommandError['code'];
  readonly field: string | undefined;

  constructor(error: CommandError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.field = error.field;
  }
}

/** The renderer's only door to main: typed calls that resolve with the value or reject with ApiError. */
export interface ApiClient {
  call<K extends CommandName>(name: K, args: CommandArgs<K>): Promise<CommandValue<K>>;
  on<K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void): () => void;
  /** Hands a finished export to the browser's downloads (web host); false where the host saved it already (desktop). */
  download(url: string, fileName: string): Promise<boolean>;
}

export function createApiClient(api: InvoiceInboxApi): ApiClient {
  return {
    async download(url, fileName) {
      if (typeof api.download !== 'function') return false;
      await api.download(url, fileName);
      return true;
    },
    async call(name, args) {
      const result = await api.invoke(name, args);
      if (!result.ok) throw new ApiError(plainCommandError(name, args, result.error));
      return result.value;
    },
    on: (name, listener) => api.on(name, listener),
  };
}

/** The API object the preload (Electron) or the web host's bootstrap script put on window. */
export function apiFromWindow(): InvoiceInboxApi {
  const api = (window as unknown as Record<string, InvoiceInboxApi | undefined>)[API_GLOBAL];
  if (!api) throw new Error('Invoice Inbox API is not available: the app must be started from its host.');
  return api;
}
