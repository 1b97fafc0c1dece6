#!/usr/bin/env bash
# Submits a demo application for a security activity licence through the portal API, as the portal would:
# builds the form, signs its exact bytes with the applicant's demo EDS (openssl cms, detached), and posts it.
#
#   config/demo/submit-application.sh [BIN] [API base URL] [PKI dir]
#
# BIN defaults to 150440001011 (a clean applicant); see README for the seeded outcomes of the other BINs.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-150440001011}
api=${2:-http://localhost:8080/api/v1}
pki=${3:-$here/../../.data/pki}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for tool in openssl curl base64 sha256sum; do
  command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }
done
[ -f "$pki/applicants/$bin.key.pem" ] || { echo "no demo key for $bin in $pki/applicants (start the system once first)" >&2; exit 1; }

# The attached documents (any PDF bytes will do for the demo).
doc() { printf '%%PDF-1.4\n%% %s for %s\n%%%%EOF\n' "$1" "$bin" > "$work/$2"; }
doc "qualification form" qualification.pdf
doc "head special training certificate" training.pdf
doc "premises lease" premises.pdf
sha() { sha256sum "$work/$1" | cut -d' ' -f1; }
head_iin=$(openssl x509 -in "$pki/applicants/$bin.cert.pem" -noout -subject -nameopt multiline | sed -n 's/.*serialNumber *= *IIN\([0-9]*\).*/\1/p')
head_name=$(openssl x509 -in "$pki/applicants/$bin.cert.pem" -noout -subject -nameopt multiline,utf8,-esc_msb | sed -n 's/.*commonName *= *//p')
org=$(openssl x509 -in "$pki/applicants/$bin.cert.pem" -noout -subject -nameopt multiline,utf8,-esc_msb | sed -n 's/.*organizationName *= *//p')
valid_until=$(date -d '+1 year' +%F)

cat > "$work/form.json" <<JSON
{"procedure":"SECURITY_ACTIVITY_ISSUE",
 "applicant":{"bin":"$bin","name":"$org","legalAddress":"Астана, проспект Мәңгілік Ел, 55","phone":"+7 7172 000000","email":"office@example.kz"},
 "head":{"iin":"$head_iin","fullName":"$head_name","position":"Директор"},
 "personnel":[],
 "documents":[
  {"kind":"QUALIFICATION_FORM","fileName":"qualification.pdf","sha256":"$(sha qualification.pdf)"},
  {"kind":"HEAD_SPECIAL_TRAINING","fileName":"training.pdf","sha256":"$(sha training.pdf)","validUntil":"$valid_until"},
  {"kind":"PREMISES_TITLE","fileName":"premises.pdf","sha256":"$(sha premises.pdf)","validUntil":"$valid_until"}],
 "feePaidThroughGateway":true}
JSON

openssl cms -sign -binary -outform DER -nosmimecap -md sha256 -in "$work/form.json" \
  -signer "$pki/applicants/$bin.cert.pem" -inkey "$pki/applicants/$bin.key.pem" \
  -certfile "$pki/applicants/chain.pem" -out "$work/form.sig"

b64() { base64 -w0 "$work/$1"; }
cat > "$work/request.json" <<JSON
{"form":"$(b64 form.json)","signature":"$(b64 form.sig)","documents":[
 {"kind":"QUALIFICATION_FORM","fileName":"qualification.pdf","mediaType":"application/pdf","content":"$(b64 qualification.pdf)"},
 {"kind":"HEAD_SPECIAL_TRAINING","fileName":"training.pdf","mediaType":"application/pdf","content":"$(b64 training.pdf)"},
 {"kind":"PREMISES_TITLE","fileName":"premises.pdf","mediaType":"application/pdf","content":"$(b64 premises.pdf)"}]}
JSON

curl -sS -u "$bin:demo" -H 'Content-Type: application/json' --data-binary "@$work/request.json" \
  -w '\nHTTP %{http_code}\n' "$api/applications"
