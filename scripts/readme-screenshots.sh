#!/usr/bin/env bash
# Regenerates the README's screenshots: runs the end-to-end suite in a real VS Code
# (code-server + headless Chromium, see test/e2e/README.md) and copies the screenshots
# of four of their steps into docs/images/. Usage: npm run screenshots
set -euo pipefail
cd "$(dirname "$0")/.."
shots="$(mktemp -d)"
trap 'rm -rf "$shots"' EXIT
RAPPORTEUR_E2E_RESULTS="$shots" npm run test:e2e
cp "$shots/extension-3-problems.png" docs/images/problems.png
cp "$shots/extension-5-hover.png" docs/images/hover.png
cp "$shots/extension-7-outline.png" docs/images/outline.png
cp "$shots/documents-1-preview.png" docs/images/preview.png
echo "Updated docs/images/problems.png, hover.png, outline.png and preview.png."
