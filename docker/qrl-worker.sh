#!/bin/sh
# Starts one q worker serving the execute API on a unix socket named after this container, in the folder the
# gateway dispatches to (`qrl serve --worker-sockets DIR`; a volume both containers mount). A socket left by an
# earlier run of this container is replaced by `qrl worker` itself.
set -eu
exec qrl worker --socket "${WORKER_SOCKET_DIR:-/sock}/${HOSTNAME:-$(hostname)}.sock" "$@"
