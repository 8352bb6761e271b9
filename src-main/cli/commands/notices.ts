import { expectNoPositionals, optionValue, parseArgs, UsageError } from '../args';
import { EXIT, type CliContext } from '../io';

/** `notices [--dismiss ID|all]`: what went wrong with the workspace (a damaged database set aside, an import problem). */
export async function runNotices(argv: string[], ctx: CliContext): Promise<number> {
  const args = parseArgs(argv, { valued: ['dismiss'] });
  expectNoPositionals(args, 'notices');
  const dismiss = optionValue(args, 'dismiss');
  if (dismiss !== undefined && dismiss !== 'all' && !/^\d+$/.test(dismiss)) throw new UsageError(`--dismiss takes a notice number or "all", got "${dismiss}"`);
  const { inbox } = await ctx.openWorkspace();
  const notices = inbox.notices();
  if (dismiss === undefined) {
    if (notices.length === 0) ctx.stderr('No notices: the workspace is fine.\n');
    for (const notice of notices) ctx.stdout(`${notice.id}  ${notice.createdAt}  ${notice.message}\n`);
    return EXIT.ok;
  }
  const targets = dismiss === 'all' ? notices.map((notice) => notice.id) : [Number(dismiss)];
  for (const id of targets) {
    if (!inbox.acknowledgeNotice(id)) throw new UsageError(`no open notice number ${id} (see: notices)`);
  }
  ctx.stderr(`Dismissed ${targets.length} ${targets.length === 1 ? 'notice' : 'notices'}.\n`);
  return EXIT.ok;
}
