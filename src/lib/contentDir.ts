/** The folder the content collections are read from: `content/` unless PRAXIS_CONTENT_DIR names another. */
export function contentDir(): string {
  const dir = process.env.PRAXIS_CONTENT_DIR?.trim();
  return (dir && dir.length > 0 ? dir : './content').replace(/\/+$/u, '');
}
