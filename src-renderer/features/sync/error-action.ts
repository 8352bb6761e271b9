import type { SyncErrorInfo } from '../../../src-shared/domain/sync';
import { formatTime } from '../../format/dates';

export type ErrorFix =
  | { kind: 'button'; action: 'reenter_credential' | 'check_base_url' | 'retry'; label: string }
  | { kind: 'hint'; text: string }
  | { kind: 'none' };

/** The action that fixes a sync error, in the user's words. */
export function errorFix(error: SyncErrorInfo): ErrorFix {
  switch (error.action) {
    case 'reenter_credential':
      return { kind: 'button', action: 'reenter_credential', label: 'Enter the credential again' };
    case 'check_base_url':
      return { kind: 'button', action: 'check_base_url', label: 'Check the base URL' };
    case 'retry':
      return { kind: 'button', action: 'retry', label: 'Try again' };
    case 'wait':
      return { kind: 'hint', text: error.retryAfter ? `Try again after ${formatTime(error.retryAfter)}.` : 'Wait a few minutes, then try again.' };
    case 'contact_provider':
      return { kind: 'hint', text: 'If this keeps happening, contact the provider.' };
    case 'free_disk':
      return { kind: 'hint', text: 'Free some disk space on this computer, then sync again.' };
    case 'none':
      return { kind: 'none' };
  }
}
