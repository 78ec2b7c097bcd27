#!/usr/bin/env bash
# Rewrites the README's command reference from each command's --help (the test CommandReferenceTest fails
# while the README and the commands disagree). Builds the jar first if needed, through bin/isctl.
set -euo pipefail
cd "$(dirname "$0")/.."
bin/isctl version >/dev/null
java -cp "target/isctl.jar" io.isctl.cli.docs.DocsGenerator --readme README.md
