#!/bin/bash
# Start to ready (README): turn throughput and server CPU per turn after a start with C2 (the default) and with
# -XX:TieredStopAtLevel=1, both AOT + CDS. Run from the repository root after StartTimeBenchmark has made
# helder-bench/target/start-time/extracted (with --ways AOT_CDS), under the bench lock:
#   flock /work/bench.lock tools/start-c1-cost.sh
X=helder-bench/target/start-time/extracted
LUA=helder-bench/src/main/resources/wrk/turns.lua
for variant in C2 C1; do
  flags="-Dspring.aot.enabled=true -XX:SharedArchiveFile=$X/helder-aot.jsa"
  [ $variant = C1 ] && flags="-XX:TieredStopAtLevel=1 $flags"
  data=$(mktemp -d); port=$(( 20000 + RANDOM % 20000 ))
  java $flags -jar $X/helder.jar --server.port=$port --helder.data-dir=$data --logging.level.root=WARN \
    --helder.conversation.turns-per-minute=100000000 --helder.conversation.starts-per-minute-per-client=100000000 > $data/server.log 2>&1 &
  pid=$!
  until curl -sf -o /dev/null http://127.0.0.1:$port/actuator/health; do
    kill -0 $pid 2>/dev/null || { echo "$variant: the server did not start, see $data/server.log"; exit 1; }
    sleep 0.2
  done
  wrk -t2 -c8 -d30s --timeout 30s -s $LUA http://127.0.0.1:$port -- turn - 160 > /dev/null   # warm-up
  for round in 1 2 3; do
    read -r -a f < <(sed 's/.*) //' /proc/$pid/stat); before=$(( ${f[11]} + ${f[12]} ))
    out=$(wrk -t2 -c8 -d15s --timeout 30s --latency -s $LUA http://127.0.0.1:$port -- turn - 160)
    read -r -a f < <(sed 's/.*) //' /proc/$pid/stat); after=$(( ${f[11]} + ${f[12]} ))
    reqs=$(echo "$out" | awk '/requests in/{print $1}')
    rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
    p99=$(echo "$out" | awk '$1=="99%"{print $2}')
    errs=$(echo "$out" | grep -c "Non-2xx\|Socket errors")
    echo "$variant round $round: $rps turns/s, p99 $p99, server cpu per turn $(echo "scale=2; ($after - $before) * 10 / $reqs" | bc) ms, errors-lines $errs, load $(cut -d' ' -f1 /proc/loadavg)"
  done
  kill $pid; wait $pid 2>/dev/null; rm -rf $data
done
