#!/usr/bin/env bash
# npm run test:e2e: the in-editor suites in a real VS Code (see README, "Tests inside a real VS Code").
# With CHINH_DANH_VSCODE=code-server (the default) the harness is installed first (cached, quick when present).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
if [ "${CHINH_DANH_VSCODE:-code-server}" = code-server ]; then
  bash scripts/e2e/install-vscode.sh
fi
exec node test/e2e/run.mjs "$@"
