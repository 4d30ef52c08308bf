/**
 * Where the browser editor reads and writes content: a Git host in production (GitLab — openCode or the
 * operator's own —, GitHub, Gitea/Forgejo), and on an editor's machine the local folder through `decap-server`
 * (`npm run editor:local`), which Decap uses whenever the editor is opened on localhost.
 *
 * Set by environment variables at build time (and for `npm run dev`), like every other PRAXIS_* setting:
 *   PRAXIS_EDITOR_BACKEND    gitlab | github | gitea | forgejo (default: none — only the local mode works)
 *   PRAXIS_EDITOR_REPO       owner/name of the repository, e.g. praxisdialog/hub
 *   PRAXIS_EDITOR_BRANCH     branch the editor commits to (default: main)
 *   PRAXIS_EDITOR_BASE_URL   GitLab/Gitea/Forgejo: the host's address when self-hosted, e.g. https://gitlab.opencode.de;
 *                            GitHub: the address of the OAuth helper that logs editors in (GitHub has no PKCE login)
 *   PRAXIS_EDITOR_APP_ID     GitLab: the OAuth application's id (PKCE login, no server needed);
 *                            Gitea/Forgejo: the OAuth2 application's client id
 *   PRAXIS_EDITOR_LOCAL_URL  decap-server's API for the local mode (default http://localhost:8081/api/v1)
 * docs/editor-choice.md describes each host's setup.
 */
import { z } from 'zod';

const HOSTS = ['gitlab', 'github', 'gitea', 'forgejo'] as const;

const settings = z.object({
  PRAXIS_EDITOR_BACKEND: z
    .enum(HOSTS, { error: `PRAXIS_EDITOR_BACKEND: expected one of ${HOSTS.join(', ')}` })
    .optional(),
  PRAXIS_EDITOR_REPO: z
    .string()
    .regex(/^[\w.-]+(\/[\w.-]+)+$/u, 'PRAXIS_EDITOR_REPO: expected owner/name, e.g. praxisdialog/hub')
    .optional(),
  PRAXIS_EDITOR_BRANCH: z
    .string()
    .regex(/^[\w./-]+$/u, 'PRAXIS_EDITOR_BRANCH: expected a branch name')
    .default('main'),
  PRAXIS_EDITOR_BASE_URL: z
    .url({ protocol: /^https$/u, error: 'PRAXIS_EDITOR_BASE_URL: expected https://…' })
    .optional(),
  PRAXIS_EDITOR_APP_ID: z
    .string()
    .regex(/^[\w-]+$/u, 'PRAXIS_EDITOR_APP_ID: expected an application id')
    .optional(),
  PRAXIS_EDITOR_LOCAL_URL: z
    .url({
      protocol: /^http$/u,
      hostname: /^(localhost|127\.0\.0\.1)$/u,
      error: 'PRAXIS_EDITOR_LOCAL_URL: expected http://localhost:PORT/api/v1',
    })
    .default('http://localhost:8081/api/v1'),
});

export interface EditorBackend {
  backend: Record<string, string>;
  local_backend: { url: string; allowed_hosts: string[] };
}

/** The backend part of the editor's configuration, from the environment; a wrong setting throws a sentence. */
export function editorBackend(env: Record<string, string | undefined> = process.env): EditorBackend {
  const parsed = settings.safeParse(
    Object.fromEntries(Object.keys(settings.shape).map((k) => [k, env[k] || undefined])),
  );
  if (!parsed.success) throw new Error(`Editor settings: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  const s = parsed.data;
  if (s.PRAXIS_EDITOR_BACKEND && !s.PRAXIS_EDITOR_REPO) {
    throw new Error('Editor settings: PRAXIS_EDITOR_BACKEND is set, so PRAXIS_EDITOR_REPO must name the repository');
  }
  const local = { url: s.PRAXIS_EDITOR_LOCAL_URL, allowed_hosts: ['localhost', '127.0.0.1'] };
  if (!s.PRAXIS_EDITOR_BACKEND) {
    // Without a Git host the editor works only on localhost, against decap-server.
    return {
      backend: { name: 'proxy', proxy_url: s.PRAXIS_EDITOR_LOCAL_URL, branch: s.PRAXIS_EDITOR_BRANCH },
      local_backend: local,
    };
  }
  const backend: Record<string, string> = {
    name: s.PRAXIS_EDITOR_BACKEND,
    repo: s.PRAXIS_EDITOR_REPO!,
    branch: s.PRAXIS_EDITOR_BRANCH,
  };
  if (s.PRAXIS_EDITOR_BASE_URL) {
    const base = s.PRAXIS_EDITOR_BASE_URL.replace(/\/+$/u, '');
    backend.base_url = base;
    if (s.PRAXIS_EDITOR_BACKEND === 'gitlab') backend.api_root = `${base}/api/v4`;
    else if (s.PRAXIS_EDITOR_BACKEND !== 'github') backend.api_root = `${base}/api/v1`;
  }
  if (s.PRAXIS_EDITOR_APP_ID) {
    backend.app_id = s.PRAXIS_EDITOR_APP_ID;
    // GitLab and Gitea log in from the browser with PKCE: no OAuth server of our own.
    backend.auth_type = 'pkce';
  }
  return { backend, local_backend: local };
}
