/** Page effects from faults that change the items themselves: schema drift and hostile data. */
import type { PageEffects } from './faults';
import { HOSTILE_TEXT } from './hostile-fields';
import type { EffectFields } from './hostile-fields';

type JsonRecord = Record<string, unknown>;

function drift(item: JsonRecord, spec: PageEffects['drift'][number], fields: EffectFields): void {
  switch (spec.change) {
    case 'amountAsString': {
      const field = spec.field ?? fields.amount;
      item[field] = String(item[field]);
      return;
    }
    case 'missingField':
      delete item[spec.field ?? fields.id];
      return;
    case 'unknownStatus':
      item[spec.field ?? fields.status] = 'frozen';
      return;
    case 'extraField':
      item[spec.field ?? 'x_sim_unexpected'] = { added: true, note: 'field added by a newer API version' };
      return;
  }
}

function hostile(item: JsonRecord, fields: EffectFields): void {
  for (const [field, value] of Object.entries(fields.urls)) if (field in item) item[field] = value;
  for (const field of fields.text) if (field in item) item[field] = HOSTILE_TEXT;
}

/** Returns copies of `items` with the page's drift and hostile effects applied. */
export function applyItemEffects(items: readonly object[], fx: PageEffects, fields: EffectFields): readonly object[] {
  if (fx.drift.length === 0 && !fx.hostile) return items;
  const out: JsonRecord[] = items.map((item) => structuredClone({ ...item }));
  for (const spec of fx.drift) {
    const targets = spec.allItems ? out : out.slice(0, 1);
    for (const item of targets) drift(item, spec, fields);
  }
  if (fx.hostile) for (const item of out) hostile(item, fields);
  return out;
}
