import type { CommandName, CommandValue, EventName, EventPayload, ParsedArgs } from '../../src-shared/contract';

/** One handler per command, receiving arguments already parsed by the command's zod schema. */
export type CommandHandlers = {
  [K in CommandName]: (args: ParsedArgs<K>) => Promise<CommandValue<K>>;
};

/** Where main pushes events: the Electron window(s) or the web host's server-sent-event streams. */
export interface EventSink {
  emit<K extends EventName>(name: K, payload: EventPayload<K>): void;
}
