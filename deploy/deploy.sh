#!/usr/bin/env bash
# Build the hub and put the new site online atomically; restart the newsletter server only if its code changed.
#
#   sudo /srv/praxisdialog/app/deploy/deploy.sh            # pull, install, build, switch, maybe restart
#   deploy.sh --no-pull                                    # build what is checked out (e.g. after editing content)
#
# Steps:
#   1. git pull --ff-only in the app folder (skipped with --no-pull);
#   2. npm install when package.json or package-lock.json changed (or node_modules is missing);
#   3. npm run build into a new folder <site>/releases/<time>-<commit>; a failed build changes nothing online;
#   4. switch <site>/current to it with one rename(2) — readers get either the old or the new site, never a mix;
#   5. restart praxisdialog-newsletter only when files the server runs changed between the old and new commit;
#   6. keep the newest PRAXIS_KEEP_RELEASES releases (default 5) for a quick rollback (docs/operations.md).
#
# Settings (environment, all optional): PRAXIS_APP_DIR (/srv/praxisdialog/app), PRAXIS_SITE_DIR
# (/srv/praxisdialog/site), PRAXIS_ENV_FILE (/etc/praxisdialog/praxisdialog.env), PRAXIS_RUN_AS (praxisdialog:
# build as this user when started as root), PRAXIS_KEEP_RELEASES (5), PRAXIS_RESTART_CMD (the restart command,
# default `systemctl restart praxisdialog-newsletter`).
set -euo pipefail

app=${PRAXIS_APP_DIR:-/srv/praxisdialog/app}
site=${PRAXIS_SITE_DIR:-/srv/praxisdialog/site}
env_file=${PRAXIS_ENV_FILE:-/etc/praxisdialog/praxisdialog.env}
run_as=${PRAXIS_RUN_AS:-praxisdialog}
keep=${PRAXIS_KEEP_RELEASES:-5}
restart_cmd=${PRAXIS_RESTART_CMD:-systemctl restart praxisdialog-newsletter}
pull=1
for arg in "$@"; do
  case "$arg" in
    --no-pull) pull=0 ;;
    -h | --help)
      sed -n '2,20p' "$0"
      exit 0
      ;;
    *)
      echo "deploy: unknown option $arg (try --help)" >&2
      exit 64
      ;;
  esac
done

# Files the newsletter server and the digest load at run time (directly or through imports). A change to any
# of them restarts the server; a change to content, pages or styles does not.
server_paths=(scripts/newsletter-server.ts scripts/digest.ts src/server src/lib src/config src/i18n package.json package-lock.json)

# As root, do the work as the unprivileged owner of the app folder; only the restart needs root.
as_user() {
  if [ "$(id -u)" -eq 0 ] && [ "$run_as" != root ]; then runuser -u "$run_as" -- "$@"; else "$@"; fi
}
log() { echo "deploy: $*"; }

cd "$app"
old=$(as_user git rev-parse HEAD)
if [ "$pull" -eq 1 ]; then as_user git pull --ff-only --quiet; fi
new=$(as_user git rev-parse HEAD)
log "commit ${old:0:12} -> ${new:0:12}"

if [ ! -x node_modules/.bin/node ] || ! as_user git diff --quiet "$old" "$new" -- package.json package-lock.json; then
  log "installing npm packages"
  as_user npm install --no-audit --no-fund
fi

# The build reads the operator file and the addresses from the same environment file as the server.
if [ -f "$env_file" ]; then
  set -a
  # shellcheck disable=SC1090
  . "$env_file"
  set +a
fi

release="$site/releases/$(date -u +%Y%m%dT%H%M%SZ)-${new:0:12}"
as_user mkdir -p "$site/releases"
log "building into $release"
if ! as_user env PRAXIS_OUT_DIR="$release" PRAXIS_CACHE_DIR="$app/node_modules/.astro" npm run --silent build; then
  as_user rm -rf "$release"
  log "the build failed; the site online is unchanged"
  exit 1
fi

# ln -s into a temporary name, then rename over `current`: rename(2) is atomic, so there is no moment without
# a site. Caddy resolves the symlink on every request.
as_user ln -sfn "$release" "$site/current.new"
as_user mv -Tf "$site/current.new" "$site/current"
log "online: $release"

if [ "$old" != "$new" ] && ! as_user git diff --quiet "$old" "$new" -- "${server_paths[@]}"; then
  log "server code changed: $restart_cmd"
  $restart_cmd
else
  log "server code unchanged: no restart"
fi

# Old releases, oldest first, except the newest $keep (the current one is always among them).
mapfile -t releases < <(find "$site/releases" -mindepth 1 -maxdepth 1 -type d | sort)
if [ "${#releases[@]}" -gt "$keep" ]; then
  for old_release in "${releases[@]:0:${#releases[@]}-keep}"; do
    [ "$(readlink -f "$site/current")" = "$old_release" ] && continue
    as_user rm -rf "$old_release"
  done
fi
