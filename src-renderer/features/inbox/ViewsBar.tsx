import { useState, type FormEvent } from 'react';
import { useInbox, useServices, useSettings } from '../../app/context';
import { messageOf } from '../../stores/types';
import { BUILTIN_VIEWS, type SavedView } from './views';

/** Built-in and user-saved views; saving stores the current filter and sort in settings. */
export function ViewsBar() {
  const { stores } = useServices();
  const activeViewId = useInbox((s) => s.activeViewId);
  const applyView = useInbox((s) => s.applyView);
  const views = useSettings((s) => s.views);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setError('Give the view a name.');
      return;
    }
    const { filter, sort } = stores.inbox.getState();
    try {
      const view = await stores.settings.getState().saveView(name, filter, sort);
      stores.inbox.setState({ activeViewId: view.id });
      setNaming(false);
      setName('');
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const button = (view: SavedView, own: boolean) => (
    <span className="view-chip" key={view.id}>
      <button type="button" className="view-button" aria-pressed={activeViewId === view.id} onClick={() => applyView(view)}>
        {view.name}
      </button>
      {own ? (
        <button
          type="button"
          className="view-delete"
          aria-label={`Delete view ${view.name}`}
          onClick={() => void stores.settings.getState().deleteView(view.id).catch(() => undefined)}
        >
          ×
        </button>
      ) : null}
    </span>
  );

  return (
    <nav className="views-bar" aria-label="Saved views">
      {BUILTIN_VIEWS.map((v) => button(v, false))}
      {views.map((v) => button(v, true))}
      {naming ? (
        <form className="save-view" onSubmit={(e) => void save(e)}>
          <label className="inline-field">
            <span className="visually-hidden">View name</span>
            <input autoFocus value={name} onChange={(e) => setName(e.target.value)} placeholder="View name" aria-label="View name" aria-invalid={error !== null} />
          </label>
          <button type="submit" className="primary">
            Save view
          </button>
          <button type="button" onClick={() => (setNaming(false), setError(null))}>
            Cancel
          </button>
          {error ? (
            <span className="field-error" role="alert">
              {error}
            </span>
          ) : null}
        </form>
      ) : (
        <button type="button" className="link-button" onClick={() => setNaming(true)}>
          Save current view…
        </button>
      )}
    </nav>
  );
}
