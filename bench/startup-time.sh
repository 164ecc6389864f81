#!/usr/bin/env bash
# Start to first served page of the production jar: the time from `java` until GET /login answers 200 ("login"), and
# until the readiness probe says UP ("ready": the start-up work after Tomcat, such as the content loading and the demo
# data, is done too; /login is served while it still runs), and the CPU seconds it used until ready. Each run starts the
# app twice on a new data folder: "first" (the migrations, the bundled content and, with the demo profile, the demo
# organisation are written) and "again" (the same folder, as every later start). Prints each run and the medians. One
# app at a time, each stopped by its process id.
#
# Usage: bench/startup-time.sh [runs] [java options...]
#   JAR      the jar to start (default web/target/servewell.jar, or the extracted jar of README "Faster start"); it
#            runs from the jar's folder as `java [java options] -jar <file name>`
#   PROFILE  SPRING_PROFILES_ACTIVE for the app (default: none; "demo" adds the demo organisation)
#   PORT     the port (default: a free one)
#   KEEP_LOGS a folder to copy each start's log into
# Example, the AOT cache (bench/README.md "Start-up time"):
#   JAR=/tmp/servewell-app/servewell.jar bench/startup-time.sh 5 -XX:AOTCache=servewell.aot
set -euo pipefail
runs=${1:-5}
shift || true
java_opts=("$@")
jar=$(realpath "${JAR:-web/target/servewell.jar}")
profile=${PROFILE:-}
port=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Waits until $2 answers 200 from the app with process id $1 (log $3).
await() {
  local code
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$2" || true)
    [ "$code" = 200 ] && return
    if ! kill -0 "$1" 2>/dev/null; then
      echo "the app stopped before $2 answered; its log ends:" >&2
      tail -30 "$3" >&2
      exit 1
    fi
    sleep 0.05
  done
}

seconds() { echo "scale=2; ($(date +%s%N) - $1) / 1000000000" | bc | sed 's/^\./0./'; }

# Starts the app on data folder $1 with log $2, prints the seconds until /login answered 200 and until it was ready,
# stops the app.
start() {
  local data=$1 log=$2 t0 login cpu
  t0=$(date +%s%N)
  # From the jar's folder, by its file name, as an AOT cache is trained (it checks the class path as written).
  (cd "$(dirname "$jar")" && SERVEWELL_DATA_DIR=$data SERVER_PORT=$port SPRING_PROFILES_ACTIVE=$profile \
    exec java "${java_opts[@]}" -jar "$(basename "$jar")") >"$log" 2>&1 &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT TERM # this function runs in a subshell of its own
  await "$pid" /login "$log"
  login=$(seconds "$t0")
  await "$pid" /actuator/health/readiness "$log"
  # CPU seconds the app used until ready (user and system, from /proc): less disturbed by other work on the machine.
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$pid/stat")
  echo "$login $(seconds "$t0") $cpu"
  if grep -q 'error *\]\[aot' "$log"; then echo "warning: the JVM could not use the AOT cache (see its log)" >&2; fi
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  if [ -n "${KEEP_LOGS:-}" ]; then mkdir -p "$KEEP_LOGS" && cp "$log" "$KEEP_LOGS/"; fi
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }

# Outside the demo the first start needs its first administrator (README.md), or it stops after serving /login.
case ",$profile," in
  *,demo,*) ;;
  *) export SERVEWELL_ADMIN_EMAIL=${SERVEWELL_ADMIN_EMAIL:-admin@example.org} \
       SERVEWELL_ADMIN_PASSWORD=${SERVEWELL_ADMIN_PASSWORD:-startup-time-benchmark} ;;
esac

results=()
for i in $(seq 1 "$runs"); do
  first=$(start "$work/data-$i" "$work/run-$i-first.log")
  again=$(start "$work/data-$i" "$work/run-$i-again.log")
  read -r first_login first_ready first_cpu <<<"$first"
  read -r again_login again_ready again_cpu <<<"$again"
  echo "run $i: first login ${first_login} s ready ${first_ready} s (cpu ${first_cpu} s)," \
    "again login ${again_login} s ready ${again_ready} s (cpu ${again_cpu} s); load $(cut -d' ' -f1 /proc/loadavg)"
  results+=("$first_login $first_ready $first_cpu $again_login $again_ready $again_cpu")
done
column_median() { printf '%s\n' "${results[@]}" | awk -v c="$1" '{print $c}' | median; }
echo "median of $runs (${profile:-default} profile${java_opts[*]:+, ${java_opts[*]}}):" \
  "first login $(column_median 1) s ready $(column_median 2) s (cpu $(column_median 3) s)," \
  "again login $(column_median 4) s ready $(column_median 5) s (cpu $(column_median 6) s)"
