/** A host's export destination for tests: files in a temporary folder, the save dialog's answer scripted. */
import { mkdtempSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ChooseExportTarget, OutputKind, SavePrintedPdf } from './types';

export class TempExportTargets {
  private made: string | null = null;

  /** The folder exports land in (made on first use, so harnesses that never export leave nothing behind). */
  get dir(): string {
    this.made ??= mkdtempSync(path.join(tmpdir(), 'invoice-inbox-exports-'));
    return this.made;
  }

  /** What the "dialog" was asked, oldest first. */
  readonly asked: Array<{ suggestedName: string; kind: OutputKind }> = [];
  /** The next dialog is cancelled by the user. */
  cancelNext = false;
  discarded = 0;

  readonly choose: ChooseExportTarget = async (request) => {
    this.asked.push(request);
    if (this.cancelNext) {
      this.cancelNext = false;
      return null;
    }
    const final = path.join(this.dir, request.suggestedName);
    const tempPath = `${final}.part`;
    return {
      tempPath,
      commit: async () => {
        await rename(tempPath, final);
        return { path: final, download: null };
      },
      discard: async () => {
        this.discarded += 1;
        await rm(tempPath, { force: true });
      },
    };
  };

  readonly printed: string[] = [];
  readonly savePrintedPdf: SavePrintedPdf = async ({ suggestedName }) => {
    this.printed.push(suggestedName);
    return { saved: true, path: path.join(this.dir, suggestedName) };
  };

  async remove(): Promise<void> {
    if (this.made !== null) await rm(this.made, { recursive: true, force: true });
  }
}
