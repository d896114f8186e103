#!/usr/bin/env bash
# The CTest fixture of the reference clinic server: starts it in the
# background (once over HTTP, once over HTTPS with a throw-away CA) and stops it.
#
# Usage:
#   fixture.sh start STATE_DIR   kill a stale server of a previous run, make the
#                                CA, start both servers, write STATE_DIR/server.json
#   fixture.sh stop STATE_DIR    stop the servers this fixture started
#
# Environment: NODE (default: node), OPENSSL (default: openssl; set it empty to
# skip the HTTPS server), START_TIMEOUT seconds (default 120).
#
# STATE_DIR/server.json, for tests:
#   {"baseUrl": "http://127.0.0.1:PORT/fhir/R4", "pid": N, "token": "...",
#    "tlsBaseUrl": "https://127.0.0.1:PORT/fhir/R4", "tlsPid": N, "tlsHttp2": true,
#    "caFile": ".../tls/ca.pem", "otherCaFile": ".../tls/other-ca.pem",
#    "pinnedPublicKey": "sha256//..."}
# (the tls* and CA keys only when the HTTPS server runs). Both servers run with
# --control (fault injection); server logs are STATE_DIR/*.log.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
server_dir=$(dirname "$here")
node=${NODE:-node}
openssl=${OPENSSL-openssl}
start_timeout=${START_TIMEOUT:-120}

say() { printf 'clinic fixture: %s\n' "$*"; }
die() {
    printf 'clinic fixture: error: %s\n' "$*" >&2
    exit 1
}

# is_our_server PID: the process is alive and runs server.mjs
is_our_server() {
    local pid=$1
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'server\.mjs'
}

stop_pid() { # pid name
    local pid=$1 name=$2 i
    is_our_server "$pid" || return 0
    say "stopping the $name server (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do
        is_our_server "$pid" || return 0
        sleep 0.1
    done
    say "the $name server did not stop on SIGTERM; killing it"
    kill -KILL "$pid" 2>/dev/null || true
}

stop_all() {
    local state=$1 f name
    shopt -s nullglob
    for f in "$state"/*.pid; do
        name=$(basename "$f" .pid)
        stop_pid "$(cat "$f")" "$name"
        rm -f "$f"
    done
    shopt -u nullglob
}

# launch STATE NAME ARGS...: start one server in the background, detached from
# this script's output so that ctest does not wait for it.
launch() {
    local state=$1 name=$2
    shift 2
    rm -f "$state/$name.json" "$state/$name.log"
    CLINIC_TOKEN=$(cat "$state/token") setsid "$node" "$server_dir/server.mjs" --port 0 --control "$@" \
        >"$state/$name.json" 2>"$state/$name.log" </dev/null &
    echo $! >"$state/$name.pid"
}

# await STATE NAME: wait for the server's JSON line; record its pid
await() {
    local state=$1 name=$2 pid deadline
    pid=$(cat "$state/$name.pid")
    deadline=$((SECONDS + start_timeout))
    while ! grep -q '"baseUrl"' "$state/$name.json" 2>/dev/null; do
        if ! kill -0 "$pid" 2>/dev/null; then
            cat "$state/$name.log" >&2 || true
            die "the $name server exited before it was ready (log above)"
        fi
        ((SECONDS < deadline)) || die "the $name server was not ready within ${start_timeout}s"
        sleep 0.1
    done
    # The server reports its own pid (the same, unless setsid had to fork).
    "$node" -e 'process.stdout.write(String(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).pid))' \
        "$state/$name.json" >"$state/$name.pid"
    say "$name server ready: $(head -n1 "$state/$name.json")"
}

cmd_start() {
    local state=$1
    mkdir -p "$state"
    state=$(cd "$state" && pwd)
    stop_all "$state"
    rm -f "$state/server.json"
    [[ -f "$server_dir/node_modules/@medplum/fhir-router/package.json" ]] ||
        die "the npm packages are missing: run 'npm ci --prefix tests/clinic-server' (./dev test does)"
    command -v "$node" >/dev/null || die "node not found ($node)"

    (umask 077 && head -c 24 /dev/urandom | base64 | tr -d '/+=\n' >"$state/token")
    local tls=false
    if [[ -n "$openssl" ]]; then
        OPENSSL=$openssl "$here/make-test-ca.sh" "$state/tls"
        tls=true
    fi

    # Start both, then wait for both: the start-up (loading the FHIR
    # definitions) is the slow part, so they load in parallel.
    launch "$state" plain
    if $tls; then
        launch "$state" tls --tls-cert "$state/tls/server.pem" --tls-key "$state/tls/server.key"
    fi
    await "$state" plain
    if $tls; then
        await "$state" tls
    fi

    STATE="$state" TLS="$tls" "$node" -e '
        const fs = require("fs");
        const state = process.env.STATE;
        const read = (n) => JSON.parse(fs.readFileSync(`${state}/${n}.json`, "utf8"));
        const plain = read("plain");
        const out = { baseUrl: plain.baseUrl, pid: plain.pid, token: fs.readFileSync(`${state}/token`, "utf8").trim() };
        if (process.env.TLS === "true") {
            const tls = read("tls");
            Object.assign(out, {
                tlsBaseUrl: tls.baseUrl, tlsPid: tls.pid, tlsHttp2: tls.http2,
                caFile: `${state}/tls/ca.pem`, otherCaFile: `${state}/tls/other-ca.pem`,
                pinnedPublicKey: fs.readFileSync(`${state}/tls/pin.txt`, "utf8").trim(),
            });
        }
        fs.writeFileSync(`${state}/server.json.tmp`, JSON.stringify(out, null, 2) + "\n");
        fs.renameSync(`${state}/server.json.tmp`, `${state}/server.json`);
    '
    say "wrote $state/server.json"
}

cmd_stop() {
    local state=$1
    [[ -d "$state" ]] || return 0
    stop_all "$state"
    rm -f "$state/server.json"
}

case "${1:-}" in
    start) cmd_start "${2:?usage: fixture.sh start STATE_DIR}" ;;
    stop) cmd_stop "${2:?usage: fixture.sh stop STATE_DIR}" ;;
    *)
        sed -n '2,9p' "$0" >&2
        exit 64
        ;;
esac
