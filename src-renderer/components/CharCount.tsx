/** How close a text is to its limit; quiet until the last ten characters, then said politely. */
export function CharCount({ id, length, max }: { id: string; length: number; max: number }) {
  const left = max - length;
  const over = left < 0;
  return (
    <>
      <span id={id} className="char-count" data-over={over}>
        {`${length}/${max} characters${over ? ` — ${-left} too many` : ''}`}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {over ? `${-left} ${-left === 1 ? 'character' : 'characters'} too many` : left <= 10 ? `${left} ${left === 1 ? 'character' : 'characters'} left` : ''}
      </span>
    </>
  );
}
