import type { Database } from 'better-sqlite3';
import { SCHEMA_V1 } from './schema-v1';
import { REBUILD_DUPLICATES, SCHEMA_V2 } from './schema-v2';
import { SCHEMA_V3 } from './schema-v3';
import { SCHEMA_V4 } from './schema-v4';

/** One step of the schema. Steps run in order inside the opening transaction; each has its own test. */
export interface Migration {
  version: number;
  description: string;
  up(db: Database): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'accounts, invoices, line items, search, sync state, user marks, reminders, settings, views, notices',
    up: (db) => db.exec(SCHEMA_V1),
  },
  {
    version: 2,
    description: 'possible duplicates across accounts, and the user\'s decision about them',
    up: (db) => {
      db.exec(SCHEMA_V2);
      db.exec(REBUILD_DUPLICATES);
    },
  },
  {
    version: 3,
    description: 'notes and tags on invoices, with who and when',
    up: (db) => db.exec(SCHEMA_V3),
  },
  {
    version: 4,
    description: 'indexes for the date sorts, missing dates last, so a sorted first page reads no more than it shows',
    up: (db) => db.exec(SCHEMA_V4),
  },
];

export const LATEST_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

/** Runs the migrations above `from` (the caller holds the write transaction); returns the new version. */
export function migrate(db: Database, from: number, migrations: readonly Migration[] = MIGRATIONS): number {
  let version = from;
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (migration.version <= version) continue;
    migration.up(db);
    version = migration.version;
    db.pragma(`user_version = ${version}`);
  }
  return version;
}
