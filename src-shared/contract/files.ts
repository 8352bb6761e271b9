import { z } from 'zod';
import { command, event } from './define';

const invoiceId = z.string().min(3).max(400);

export interface PdfBytes {
  /** The PDF, base64 (plain data over both Electron IPC and the web host's HTTP). */
  base64: string;
  size: number;
  /** True when served from the on-disk PDF cache (works offline). */
  fromCache: boolean;
}

export const fileCommands = {
  /** Fetches (or reads from cache) an invoice's PDF: size-capped and checked to be a PDF. */
  'pdf:fetch': command<PdfBytes>()(z.object({ invoiceId })),
  /** Opens the cached PDF in the system's PDF viewer. */
  'pdf:openExternal': command<{ opened: boolean }>()(z.object({ invoiceId })),
  /** Saves a copy where the user chooses (Electron: save dialog; web host: a download). */
  'pdf:saveCopy': command<{ saved: boolean; path: string | null }>()(z.object({ invoiceId })),
  /**
   * Opens the invoice's pay or receipt page in the default browser (https only, never in the app).
   * Main reads the URL from the cached invoice; the renderer never sends a URL.
   */
  'links:open': command<{ opened: boolean; url: string }>()(z.object({ invoiceId, which: z.enum(['pay', 'receipt']) })),
};

export const fileEvents = {
  /** The web host hands "open link" back to the page (and tests) instead of a browser. */
  'links:opened': event<{ invoiceId: string; which: 'pay' | 'receipt'; url: string }>(),
};
