import { useId, useState } from 'react';
import { NOTE_MAX_CHARS, type InvoiceDetail } from '../../../src-shared/contract';
import { useInbox, useServices } from '../../app/context';
import { CharCount } from '../../components/CharCount';
import { formatDateTime } from '../../format/dates';
import { messageOf } from '../../stores/types';
import { runMarkAction } from '../marks/run-mark';
import { TagAddForm } from '../marks/TagAddForm';

/**
 * The user's plain-text note on the invoice, saved with who and when (searchable in the inbox). Keyed
 * by invoice and stored text by its parent, so a note saved elsewhere shows here.
 */
export function NoteEditor({ detail }: { detail: InvoiceDetail }) {
  const { api, stores } = useServices();
  const id = useId();
  const countId = useId();
  const saved = detail.note?.text ?? '';
  const [text, setText] = useState(saved);
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    try {
      await api.call('invoices:setNote', { invoiceId: detail.invoice.id, text });
      stores.app.getState().notify(text.trim() === '' ? 'Note removed.' : 'Note saved.');
    } catch (error) {
      stores.app.getState().notify(messageOf(error), 'error');
    } finally {
      setSaving(false);
    }
  };
  const tooLong = text.length > NOTE_MAX_CHARS;
  return (
    <form
      className="detail-note"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label htmlFor={id}>Note</label>
      <textarea id={id} rows={3} value={text} aria-describedby={countId} onChange={(event) => setText(event.target.value)} placeholder="Who approved it, the PO number, anything the team should know" />
      <div className="detail-note-foot">
        <CharCount id={countId} length={text.length} max={NOTE_MAX_CHARS} />
        {detail.note ? (
          <span className="muted">
            Last edited by {detail.note.updatedBy}, {formatDateTime(detail.note.updatedAt)}
          </span>
        ) : null}
        <button type="submit" disabled={saving || tooLong || text === saved}>
          Save note
        </button>
      </div>
    </form>
  );
}

const NO_TAGS: readonly { tag: string; count: number }[] = [];

/** Tags on the invoice: remove one, add one (existing tags offered), each with who and when. */
export function TagEditor({ detail }: { detail: InvoiceDetail }) {
  const { api, stores } = useServices();
  const labelId = useId();
  const known = useInbox((s) => s.facets?.tags ?? NO_TAGS);
  const [tag, setTag] = useState('');
  const target = { ids: [detail.invoice.id] };
  const add = async (value: string) => {
    if (await runMarkAction(api, stores.app, target, { kind: 'tag', tag: value })) setTag('');
  };
  return (
    <div className="detail-tags">
      <span className="field-label" id={labelId}>
        Tags
      </span>
      <ul className="tag-list" aria-labelledby={labelId}>
        {detail.tags.length === 0 ? <li className="muted">No tags yet.</li> : null}
        {detail.tags.map((entry) => (
          <li key={entry.tag} className="tag" title={`Added by ${entry.addedBy}, ${formatDateTime(entry.addedAt)}`}>
            <span>{entry.tag}</span>
            <button type="button" className="icon-button" aria-label={`Remove tag ${entry.tag}`} onClick={() => void runMarkAction(api, stores.app, target, { kind: 'untag', tag: entry.tag })}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <TagAddForm value={tag} onChange={setTag} onAdd={(value) => void add(value)} known={known} hideLabel />
    </div>
  );
}
