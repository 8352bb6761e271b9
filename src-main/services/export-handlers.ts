import { localDay, systemZone } from '../../src-shared/domain/local-time';
import { exportFileName } from '../core/export/file-names';
import type { CommandHandlers } from './commands';
import type { ExportJobs } from './export-jobs';
import type { ServiceDeps } from './types';

type ExportCommand = 'export:start' | 'export:cancel' | 'print:savePdf';

/**
 * Exports (CSV, XLSX, the PDFs in one ZIP) and "Save as PDF" of the print page. The renderer names a
 * scope (filter, sort, or selected invoice ids), never a path: where files go is the host's choice
 * (Electron's save dialog, the web host's downloads).
 */
export function exportHandlers(deps: Pick<ServiceDeps, 'savePrintedPdf' | 'now'>, jobs: ExportJobs): Pick<CommandHandlers, ExportCommand> {
  return {
    'export:start': (args) => jobs.start(args),
    'export:cancel': async ({ exportId }) => ({ cancelled: jobs.cancel(exportId) }),
    'print:savePdf': ({ title }) => deps.savePrintedPdf({ suggestedName: exportFileName(title, localDay((deps.now ?? Date.now)(), systemZone()), 'pdf') }),
  };
}
