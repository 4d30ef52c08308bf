/**
 * An output folder replaced all at once: a build writes into a fresh folder beside it, and only a
 * finished build takes its place (two renames on the same file system). Used by scripts/build.ts.
 *
 *   <parent>/dist                      the site being served (or PRAXIS_OUT_DIR)
 *   <parent>/.dist.building-<pid>      what the running build writes
 *   <parent>/.dist.previous-<pid>      the old site, for the moment between the two renames
 *
 * A build that fails removes its folder; one that is killed cannot, so every build first removes the
 * folders of builds that are no longer running — and puts a `previous` folder back in place when a build
 * was killed between the two renames.
 */
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface Staging {
  /** The output folder. */
  out: string;
  /** Where this build writes. */
  building: string;
  /** Where the old output waits while the new one moves in. */
  previous: string;
}

export function stagingOf(out: string, pid: number = process.pid): Staging {
  const parent = dirname(out);
  const name = basename(out);
  return {
    out,
    building: join(parent, `.${name}.building-${pid}`),
    previous: join(parent, `.${name}.previous-${pid}`),
  };
}

/** Is a process with this id running (or at least present)? */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );

const remove = (p: string) => rm(p, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });

/**
 * Remove what killed builds left beside `out`; restore the old output if a build was killed after moving
 * it aside and before moving the new one in. Folders of running builds are left alone. Returns what it removed.
 */
export async function cleanStale(out: string, running: (pid: number) => boolean = isRunning): Promise<string[]> {
  const parent = dirname(out);
  const name = basename(out);
  const pattern = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\.(building|previous)-(\\d+)$`, 'u');
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const entry of names.sort()) {
    const m = pattern.exec(entry);
    if (!m) continue;
    const pid = Number(m[2]);
    if (pid === process.pid || running(pid)) continue;
    const abs = join(parent, entry);
    if (m[1] === 'previous' && !(await exists(out))) {
      await rename(abs, out);
      continue;
    }
    await remove(abs);
    removed.push(abs);
  }
  return removed;
}

/** Put the finished build in place of the output folder, and remove the old one. */
export async function swapIn(s: Staging): Promise<void> {
  let moved = false;
  try {
    await rename(s.out, s.previous);
    moved = true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  try {
    await rename(s.building, s.out);
  } catch (e) {
    // Never leave the site missing: the old one goes back.
    if (moved) await rename(s.previous, s.out);
    throw e;
  }
  if (moved) await remove(s.previous);
}

/** Remove this build's folder (after a failure). */
export async function discard(s: Staging): Promise<void> {
  await remove(s.building);
}
