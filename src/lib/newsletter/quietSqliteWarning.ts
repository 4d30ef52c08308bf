/**
 * node:sqlite prints an ExperimentalWarning in Node 22. Imported first by the newsletter
 * scripts, this module replaces Node's default warning printer with one that drops that
 * single warning and prints every other warning as before.
 */
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.name === 'ExperimentalWarning' && /SQLite/u.test(warning.message)) return;
  process.stderr.write(`${warning.name}: ${warning.message}\n`);
});
