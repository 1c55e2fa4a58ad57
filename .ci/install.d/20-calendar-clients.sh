# Calendar client parsers the feed tests read the .ics output with (tests/clients/):
# Mozilla ical.js (Thunderbird's parser) run by node, and libical (GNOME Evolution's parser)
# through GObject introspection from Debian's python3. Sourced by .ci/run; safe to re-run.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  apt_install nodejs npm
fi
apt_install python3 python3-gi gir1.2-ical-3.0
(cd "$ROOT/tests/clients" && npm ci --no-audit --no-fund --loglevel=error)
DIPLOCAL_NODE=$(command -v node)
export DIPLOCAL_NODE
export DIPLOCAL_SYSTEM_PYTHON=/usr/bin/python3
