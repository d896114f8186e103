#!/usr/bin/env bash
# Makes a throw-away test CA and a server certificate for 127.0.0.1, ::1 and
# localhost, signed by it, for the clinic server's HTTPS mode. Also makes an
# unrelated CA (for "wrong CA" tests) and the server key's pin in curl's
# --pinnedpubkey form. Run at test time; the keys never go into git.
#
# Usage: make-test-ca.sh OUT_DIR
# Writes: ca.pem ca.key server.pem server.key other-ca.pem other-ca.key pin.txt
# Environment: OPENSSL (default: openssl), DAYS (default: 7)
set -euo pipefail

out=${1:?usage: make-test-ca.sh OUT_DIR}
openssl=${OPENSSL:-openssl}
days=${DAYS:-7}
umask 077
mkdir -p "$out"
tmp=$(mktemp -d "$out/.make-ca-XXXXXX")
trap 'rm -rf "$tmp"' EXIT

new_ca() { # name common-name
    "$openssl" req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
        -keyout "$tmp/$1.key" -out "$tmp/$1.pem" -days "$days" -subj "/CN=$2" \
        -addext "basicConstraints=critical,CA:TRUE" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
}

new_ca ca "Pacewise clinic-server test CA"
new_ca other-ca "Unrelated test CA"

"$openssl" req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
    -keyout "$tmp/server.key" -out "$tmp/server.csr" -subj "/CN=127.0.0.1" 2>/dev/null
cat >"$tmp/server.ext" <<'EXT'
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=serverAuth
subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost
EXT
"$openssl" x509 -req -in "$tmp/server.csr" -CA "$tmp/ca.pem" -CAkey "$tmp/ca.key" \
    -set_serial "0x$("$openssl" rand -hex 8)" -days "$days" -extfile "$tmp/server.ext" \
    -out "$tmp/server.pem" 2>/dev/null

# sha256 of the server's SubjectPublicKeyInfo, as curl's CURLOPT_PINNEDPUBLICKEY takes it
pin=$("$openssl" x509 -in "$tmp/server.pem" -pubkey -noout |
    "$openssl" pkey -pubin -outform der |
    "$openssl" dgst -sha256 -binary | base64)
printf 'sha256//%s\n' "$pin" >"$tmp/pin.txt"

"$openssl" verify -CAfile "$tmp/ca.pem" "$tmp/server.pem" >/dev/null
for f in ca.pem ca.key other-ca.pem other-ca.key server.pem server.key pin.txt; do
    mv -f "$tmp/$f" "$out/$f"
done
chmod 644 "$out/ca.pem" "$out/other-ca.pem" "$out/server.pem" "$out/pin.txt"
