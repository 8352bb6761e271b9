/**
 * The fake API's exports: 'export:start' answers like main (an id, the file name, the total) and, unless
 * told to wait, reports progress and the end of the export at once, before its answer arrives, as the
 * web host's event stream may; tests drive a held export with progress() and finish().
 */
import type { CommandValue, EventName, EventPayload, ExportFinished, ParsedArgs } from '../../src-shared/contract';

type Emit = <K extends EventName>(name: K, payload: EventPayload<K>) => void;

export class FakeExports {
  readonly started: Array<ParsedArgs<'export:start'>> = [];
  readonly cancelled: string[] = [];
  readonly printed: string[] = [];
  /** The save dialog's answer: false is the user closing it. */
  dialogAccepts = true;
  /** False: the export stays running until the test calls finish(). */
  autoFinish = true;
  /** Where the finished file is fetched (web host) or null (desktop: already saved). */
  download: 'web' | 'desktop' = 'web';
  private next = 1;

  constructor(
    private readonly emit: Emit,
    /** Invoices the export would hold. */
    private readonly countOf: (args: ParsedArgs<'export:start'>) => number,
  ) {}

  fileName(args: ParsedArgs<'export:start'>): string {
    const subject = args.title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    return `invoices-${subject}-2026-06-15.${args.format === 'pdfs' ? 'zip' : args.format}`;
  }

  start(args: ParsedArgs<'export:start'>): CommandValue<'export:start'> {
    this.started.push(args);
    const fileName = this.fileName(args);
    const total = this.countOf(args);
    if (!this.dialogAccepts) return { exportId: null, fileName, total };
    const exportId = `exp-${this.next++}`;
    this.emit('export:progress', { exportId, done: 0, total });
    if (this.autoFinish) this.finish(exportId, total, fileName);
    return { exportId, fileName, total };
  }

  progress(exportId: string, done: number, total: number): void {
    this.emit('export:progress', { exportId, done, total });
  }

  finish(exportId: string, written: number, fileName: string, outcome: ExportFinished['outcome'] = 'done'): void {
    const web = this.download === 'web';
    this.emit('export:progress', { exportId, done: written, total: written });
    this.emit('export:finished', {
      exportId,
      outcome,
      message: outcome === 'done' ? `Exported ${written} invoices to ${web ? `${fileName} (in your browser's downloads)` : `/home/u/${fileName}`}.` : outcome === 'cancelled' ? 'Export cancelled; nothing was saved.' : 'The export could not be saved: the disk is full. Choose another folder or free some space, then export again.',
      path: web ? `/data/downloads/${fileName}` : `/home/u/${fileName}`,
      download: web && outcome === 'done' ? { url: `/api/download/${exportId}`, fileName } : null,
      written: outcome === 'done' ? written : 0,
      skipped: 0,
      failed: 0,
    });
  }

  cancel(exportId: string): CommandValue<'export:cancel'> {
    this.cancelled.push(exportId);
    return { cancelled: true };
  }

  savePdf(title: string): CommandValue<'print:savePdf'> {
    this.printed.push(title);
    return { saved: true, path: `/home/u/${title}.pdf` };
  }
}
