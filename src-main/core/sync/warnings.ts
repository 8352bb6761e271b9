import type { Invoice, InvoiceKind } from '../../../src-shared/domain';
import { redact } from '../connectors/classify';
import type { RecordWarning } from '../connectors/types';

/**
 * The account's warnings after a sync: one plain sentence per word a provider sent that Invoice Inbox
 * does not know, with how many of the saved invoices carry it and what they are shown as. Pages report
 * the words (connectors), this turns them into sentences over the invoices actually saved.
 */
export class WarningCollector {
  private readonly notes = new Map<string, { note: RecordWarning; ids: Set<string> }>();

  add(warnings: readonly RecordWarning[] | undefined): void {
    for (const note of warnings ?? []) {
      const key = `${note.subject}\u0000${note.word}\u0000${note.treatedAs}`;
      let entry = this.notes.get(key);
      if (entry === undefined) {
        entry = { note, ids: new Set() };
        this.notes.set(key, entry);
      }
      for (const id of note.invoiceIds) entry.ids.add(id);
    }
  }

  /** Sentences for the invoices saved (a copy replaced by a later page with a known word no longer counts). */
  sentences(providerName: string, saved: readonly Invoice[]): string[] {
    if (this.notes.size === 0) return [];
    const byId = new Map(saved.map((invoice) => [invoice.id, invoice]));
    const out: string[] = [];
    for (const { note, ids } of this.notes.values()) {
      let count = 0;
      for (const id of ids) {
        const invoice = byId.get(id);
        if (invoice === undefined) continue;
        if (note.subject === 'status' && (invoice.status !== 'unknown' || invoice.rawStatus !== note.word)) continue;
        count += 1;
      }
      if (count > 0) out.push(warningSentence(providerName, note, count));
    }
    return out;
  }
}

const KIND_NAMES: Readonly<Record<InvoiceKind, string>> = {
  invoice: 'ordinary invoices',
  credit_note: 'credit notes',
  refund: 'refunds',
  prepayment: 'prepayments',
  other: 'Other',
};

/** The provider's word, safe to show: one short line, nothing that looks like a secret. */
function shownWord(word: string): string {
  // Control characters (line breaks, escapes) become spaces; redact() then folds whitespace into one.
  const printable = [...word].map((ch) => (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f ? ' ' : ch)).join('');
  const text = redact(printable) ?? '(unreadable)';
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

export function warningSentence(providerName: string, note: Pick<RecordWarning, 'subject' | 'word' | 'treatedAs'>, count: number): string {
  const word = shownWord(note.word);
  const one = count === 1;
  if (note.subject === 'status') {
    return `${providerName} sent an invoice status "${word}" that Invoice Inbox does not know; ${count} ${one ? 'invoice with it is' : 'invoices with it are'} shown as Unknown and not counted as due.`;
  }
  if (note.treatedAs === 'invoice') {
    return `${providerName} sent an invoice type "${word}" that Invoice Inbox does not know; ${count} ${one ? 'invoice with it is' : 'invoices with it are'} counted as ordinary invoices (owed while unpaid).`;
  }
  const as = note.treatedAs === 'unknown' ? 'Unknown' : KIND_NAMES[note.treatedAs];
  return `${providerName} sent a record type "${word}" that Invoice Inbox does not know; ${count} ${one ? 'record with it is' : 'records with it are'} shown as ${as} and not counted as due.`;
}
