#!/bin/sh
# The nightly run (deploy/systemd/gka-nacht.service): a scheduled publish, plus what only a build
# makes. The repository is pulled; when code changed (anything outside content/), a fresh copy is
# built next to the running one and the servers are restarted one at a time, each back on /ready
# before the next goes. Then the content is published (npm run publiceer: a content release the
# running servers load within a second, no restart; nothing when the content did not change).
# Until a switch nothing changes; a failed step leaves the site as it was. A publishDate needs no
# run at all: the servers show a scheduled document from its day (lib/content/clock.ts).
#
#   GKA_ROOT   /srv/gka: repo/ (a clone the editors' commits reach), releases/, current -> releases/…
#   GKA_PORTS  the ports of the gka@ units, e.g. "3001 3002"
#   GKA_USER   the user the servers run as (builds as that user)
#   GKA_ENV    the servers' environment file (/etc/gka/omgeving): the build needs SITE_URL too
set -eu
GKA_ROOT=${GKA_ROOT:-/srv/gka}
GKA_PORTS=${GKA_PORTS:-"3001 3002"}
GKA_USER=${GKA_USER:-gka}
GKA_ENV=${GKA_ENV:-/etc/gka/omgeving}
as_user() { runuser -u "$GKA_USER" -- "$@"; }

publish() {
  as_user sh -c "set -a; . '$GKA_ENV'; set +a; cd '$GKA_ROOT/current' && CONTENT_DIR='$GKA_ROOT/repo/content' node scripts/node.mjs npm run --silent publiceer"
}

as_user git -C "$GKA_ROOT/repo" pull --ff-only --quiet
running=$(as_user git -C "$GKA_ROOT/current" rev-parse HEAD 2>/dev/null || echo none)
if [ "$running" != none ] && as_user git -C "$GKA_ROOT/repo" diff --quiet "$running" HEAD -- . ':(exclude)content'; then
  publish
  exit 0
fi

release="$GKA_ROOT/releases/$(date -u +%Y%m%dT%H%M%SZ)"
as_user git clone --quiet --depth 1 "file://$GKA_ROOT/repo" "$release"
# The current release's packages and Node as a start: npm install then only adds what changed, and
# the pinned Node (package.json "config") is downloaded only when the pin changed.
if [ -d "$GKA_ROOT/current/node_modules" ]; then as_user cp -a "$GKA_ROOT/current/node_modules" "$release/"; fi
if [ -d "$GKA_ROOT/current/.cache/node" ]; then as_user mkdir -p "$release/.cache" && as_user cp -a "$GKA_ROOT/current/.cache/node" "$release/.cache/"; fi
# scripts/node.mjs runs npm on the release's Node 24 (installed first if missing; any Node from 18
# on, Debian 12's too, can start it), and gka@.service starts the servers with that same binary.
as_user sh -c "set -a; . '$GKA_ENV'; set +a; cd '$release' && node scripts/node.mjs npm install --no-audit --no-fund --quiet && npm run build"

ln -sfn "$release" "$GKA_ROOT/current.next"
mv -T "$GKA_ROOT/current.next" "$GKA_ROOT/current"

for port in $GKA_PORTS; do
  systemctl restart "gka@$port"
  tries=0
  until curl -fsS -o /dev/null "http://127.0.0.1:$port/ready"; do
    tries=$((tries + 1))
    if [ "$tries" -ge 120 ]; then
      echo "gka@$port is na 120 s niet gereed: de andere servers blijven op de vorige release draaien." >&2
      exit 1
    fi
    sleep 1
  done
  # nginx keeps a server that refused connections out for fail_timeout (5 s, deploy/nginx/gka.conf)
  # even once it is back, then tries it with one request at a time: stopping the next before nginx
  # uses this one again would leave it no server at all. The first requests of each kind of page
  # are slow on a fresh server, so they are made here, not by nginx's trial request.
  for path in / /contact/vraag-stellen /beheer/inloggen /zoeken?q=gka /bestaat-niet; do
    curl -s -o /dev/null "http://127.0.0.1:$port$path" || true
  done
  sleep 10
done

# The last three releases stay, to go back to by hand (ln -sfn … current; restart as above).
ls -1d "$GKA_ROOT"/releases/* | head -n -3 | xargs -r rm -rf
publish
