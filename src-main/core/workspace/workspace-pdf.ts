import type { DemoWorkspace } from '../demo/types';
import type { Resolver } from '../pdf/address-policy';
import type { PdfFetch } from '../pdf/download';
import { createPdfService } from '../pdf/pdf-service';
import type { PdfService } from '../pdf/types';
import type { WorkspaceStore } from '../store/types';
import type { Lazy } from './lazy';

export interface WorkspacePdfParts {
  dataDir: string;
  store: WorkspaceStore;
  demo: Lazy<DemoWorkspace>;
  developerMode: () => boolean;
  log: (line: string) => void;
  fetch?: PdfFetch;
  resolve?: Resolver;
}

/** The workspace's PDFs: a demo account's come from this process's simulator (started when one is opened). */
export function workspacePdf(parts: WorkspacePdfParts): PdfService {
  const { store, demo } = parts;
  const base = createPdfService({
    dataDir: parts.dataDir,
    developerMode: parts.developerMode,
    accountOf: (accountId) => {
      const account = store.accounts.find(accountId);
      return account?.demo ? { demo: true, baseUrl: demo.peek()?.runningBaseUrl(account.provider) ?? account.baseUrl } : account;
    },
    log: parts.log,
    ...(parts.fetch ? { fetch: parts.fetch } : {}),
    ...(parts.resolve ? { resolve: parts.resolve } : {}),
  });
  return {
    async fetchPdf(invoice, fetchOptions) {
      const account = store.accounts.find(invoice.accountId);
      const pdfUrl = account?.demo && invoice.pdfUrl !== null ? await demo.get().localize(invoice.pdfUrl) : invoice.pdfUrl;
      return base.fetchPdf({ ...invoice, pdfUrl }, fetchOptions);
    },
    cachedPath: (invoiceId) => base.cachedPath(invoiceId),
    evict: (invoiceIds) => base.evict(invoiceIds),
    idle: () => base.idle(),
  };
}
