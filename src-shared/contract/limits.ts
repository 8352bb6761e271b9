/**
 * Field limits that the contract enforces and the renderer shows at input (a counter), so a user
 * meets the limit while typing instead of as a refused request.
 */
import { LABEL_MAX } from '../domain/account-input';

export const ACCOUNT_LABEL_MAX = LABEL_MAX;
/** Saved view names ('views:save' checks it too). */
export const VIEW_NAME_MAX = 60;
