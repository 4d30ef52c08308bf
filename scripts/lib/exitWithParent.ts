/**
 * Preloaded into the Astro process scripts/build.ts starts (`node --import …/exitWithParent.ts`): when the
 * build script ends for any reason — even SIGKILL, which it cannot catch — its end of the IPC channel closes
 * and Astro stops too, instead of building on into a folder no one will use.
 */
if (process.channel) {
  process.on('disconnect', () => process.exit(1));
  // The channel alone must not keep Astro running once the build is done.
  process.channel.unref();
}

export {};
