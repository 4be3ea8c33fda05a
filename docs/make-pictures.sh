#!/usr/bin/env bash
# Makes the pictures of docs/: page 1 of the PDF and of the printed HTML of a 2026 ward
# self-assessment (Phường Hạc Thành, commune-par@2025.1), as PNG files.
#
#   docs/make-pictures.sh [BINARY]      # default: target/release/kiemtra
#
# Needs pdftoppm (apt-get install poppler-utils); the HTML is printed to PDF by headless
# Chromium (apt-get install chromium) — without it only the PDF's picture is made, and the
# script says so. The clock and the key are the tests' (KIEMTRA_NOW, tests/fixtures/export/keys),
# so the pictures come out the same every time.
set -euo pipefail
cd "$(dirname "$0")/.."
binary="${1:-target/release/kiemtra}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

export KIEMTRA_HOME="$work/home" KIEMTRA_NOW="2026-01-05T02:30:00Z" KIEMTRA_PASSWORD="test"
mkdir -p "$KIEMTRA_HOME/keys"
cp tests/fixtures/export/keys/kiemtra.key tests/fixtures/export/keys/kiemtra.pub "$KIEMTRA_HOME/keys/"
chmod 600 "$KIEMTRA_HOME/keys/kiemtra.key"

k() { "$binary" --lang vi "$@" >/dev/null; }
k new --template commune-par@2025.1 --period 2026 --province "Thanh Hóa" \
  --commune "Phường Hạc Thành" --unit-kind phuong \
  --formed-from "Phường Điện Biên" --formed-from "Phường Ba Đình" \
  --agency "Sở Nội vụ tỉnh Thanh Hóa" --person "Lê Thị Hoa"
r=phuong-hac-thanh-commune-par-2026
k set $r 1.1.1 --status done --notes "Kế hoạch số 12/KH-UBND ngày 05/01/2026"
k set $r 1.1.2 --status done --notes "Báo cáo quý gửi đúng hạn"
k set $r 8.3 --status done --survey 82,45
k set $r D.1 --status done --count 3
k doc $r --parent "UBND tỉnh Thanh Hóa" --number "12/BC-UBND" --place "Hạc Thành" \
  --date 05/01/2026 --recipient "Sở Nội vụ tỉnh Thanh Hóa" \
  --basis "Quyết định số 5666/QĐ-UBND ngày 17/11/2025 của UBND tỉnh" \
  --strengths "Ban hành kế hoạch cải cách hành chính đúng hạn." \
  --shortcomings "Tỷ lệ hồ sơ trực tuyến còn thấp." \
  --recommendation "Tăng cường tuyên truyền dịch vụ công trực tuyến (trước 31/03/2026)" \
  --signer-for "TM. Ủy ban nhân dân" --signer-position "Chủ tịch" --signer "Nguyễn Văn An" \
  --copy-to "Sở Nội vụ tỉnh Thanh Hóa" --copy-to "TT Đảng ủy, HĐND phường"
k export $r --format pdf,html --out "$work/out"

pdftoppm -f 1 -l 1 -r 80 -png -singlefile "$work/out/$r.pdf" docs/pdf-page-1
echo "docs/pdf-page-1.png: page 1 of the PDF"

chrome="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -n "$chrome" ]; then
  "$chrome" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$work/html.pdf" "file://$work/out/$r.html" 2>/dev/null
  pdftoppm -f 1 -l 1 -r 80 -png -singlefile "$work/html.pdf" docs/html-page-1
  echo "docs/html-page-1.png: page 1 of the HTML printed by $(basename "$chrome")"
else
  echo "Chromium is not installed: only the PDF's picture was made (apt-get install chromium for the HTML's)"
fi
