#!/usr/bin/env bash
# Two Helder nodes and nginx on this machine, against a PostgreSQL you already run (see README "Several nodes").
#   HELDER_DB_PASSWORD=... deploy/two-nodes/run-local.sh            start both nodes and nginx on :8080
#   deploy/two-nodes/run-local.sh rolling-restart                   restart node 1, wait for it, then node 2
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="${HELDER_JAR:-$here/../../helder-server/target/helder.jar}"
data="${HELDER_DATA:-$here/data}"

start_node() { # $1 = 1 or 2
  local port=$((8080 + $1))
  mkdir -p "$data/node$1"
  nohup java -Xmx1g -jar "$jar" --server.port="$port" --helder.data-dir="$data/node$1" \
    --spring.config.additional-location="file:$here/helder-node.properties" >"$data/node$1/server.log" 2>&1 &
  echo $! >"$data/node$1/pid"
}

wait_ready() { # $1 = 1 or 2: readiness, not just liveness, before the next node goes down
  local port=$((8080 + $1))
  for _ in $(seq 1 180); do
    curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "node $1 did not become ready; see $data/node$1/server.log" >&2
  return 1
}

stop_node() { # SIGTERM: graceful; open streams end and their clients reconnect to the other node
  local pidfile="$data/node$1/pid"
  [ -f "$pidfile" ] || return 0
  kill "$(cat "$pidfile")" 2>/dev/null || true
  while kill -0 "$(cat "$pidfile")" 2>/dev/null; do sleep 1; done
  rm -f "$pidfile"
}

case "${1:-start}" in
  start)
    start_node 1; wait_ready 1
    start_node 2; wait_ready 2
    nginx -c "$here/nginx.conf" -p "$data"
    echo "Helder on http://127.0.0.1:8080 (nodes on 8081 and 8082)";;
  rolling-restart)
    for n in 1 2; do stop_node "$n"; start_node "$n"; wait_ready "$n"; done;;
  stop)
    nginx -c "$here/nginx.conf" -p "$data" -s quit 2>/dev/null || true
    stop_node 1; stop_node 2;;
  *) echo "usage: $0 [start|rolling-restart|stop]" >&2; exit 2;;
esac
