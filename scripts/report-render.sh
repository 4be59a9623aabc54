#!/usr/bin/env bash
# Renders the fixture report (nl and en) in headless Chromium: a screenshot and an A4 PDF
# per language in target/report-render/, then the PDF pages as PNG when pdftoppm is there.
# Needs Debian's `chromium` (apt-get install chromium; poppler-utils for the pages).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --no-default-features --test core report_renders_in_chromium -- --ignored
out=target/report-render
if command -v pdftoppm >/dev/null; then
    for lang in nl en; do
        pdftoppm -r 60 -png "$out/verslag-$lang.pdf" "$out/page-$lang"
    done
fi
ls "$out"
