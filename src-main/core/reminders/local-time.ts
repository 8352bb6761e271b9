/** The local calendar now lives in src-shared (one definition for main, the CLI and the renderer). */
export * from '../../../src-shared/domain/local-time';
