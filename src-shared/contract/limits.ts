/**
 * Field limits that the contract enforces and the renderer shows at input (a counter), so a user
 * meets the limit while typing instead of as a refused request.
 */
export const ACCOUNT_LABEL_MAX = 80;
/** Saved view names: the renderer enforces it today (views are stored as settings' unknown[]); a views command should use it in its schema. */
export const VIEW_NAME_MAX = 60;
