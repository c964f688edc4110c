#!/bin/sh
# Starts one q worker serving the execute API on a unix socket named after this container, in the folder the
# gateway dispatches to (`qrl serve --worker-sockets DIR`; a volume both containers mount).
set -eu
sock="${WORKER_SOCKET_DIR:-/sock}/${HOSTNAME:-$(hostname)}.sock"
rm -f "$sock"   # left behind by an earlier run of this same container
exec qrl worker --socket "$sock" "$@"
